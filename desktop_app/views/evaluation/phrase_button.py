"""A small button with the office's feedback phrases (umpan balik): choosing one inserts it at
the end of the feedback being written; the current text can be kept as a new phrase, and the
office's own phrases can be removed. Ctrl+Space on the field opens the same menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop_app.errors import ServiceError
from desktop_app.services.evaluation import notes as evaluation_notes
from desktop_app.views import messages


def appended(current: str, phrase: str) -> str:
    """`phrase` after what is already written, separated by one space."""
    current = current.rstrip()
    return f"{current} {phrase}" if current else phrase


class PhraseButton(QToolButton):
    """Offers the phrases of one group (RESULT or a BerAKHLAK value code)."""

    def __init__(
        self,
        scope: str,
        get_text: Callable[[], str],
        set_text: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.scope = scope
        self._get_text = get_text
        self._set_text = set_text
        self.setText(self.tr("Phrases"))
        self.setToolTip(self.tr("Insert a feedback phrase (Ctrl+Space)"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self._fill)

    def bind(self, field: QWidget) -> None:
        """Ctrl+Space on `field` opens the menu."""
        shortcut = QShortcut(QKeySequence("Ctrl+Space"), field, self.showMenu)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _fill(self) -> None:
        menu = self.menu()
        menu.clear()
        try:
            found = evaluation_notes.phrases(self.scope)
        except ServiceError as err:
            menu.addAction(messages.error_text(err)).setEnabled(False)
            return
        for phrase in found:
            action = menu.addAction(phrase.text)
            action.triggered.connect(lambda _=False, text=phrase.text: self.use(text))
        menu.addSeparator()
        keep = menu.addAction(self.tr("Keep the current text as a phrase"))
        keep.setEnabled(bool(self._get_text().strip()))
        keep.triggered.connect(self.keep_current)
        own = [p for p in found if p.id is not None]
        if own:
            remove = menu.addMenu(self.tr("Remove a phrase of this office"))
            for phrase in own:
                action = QAction(phrase.text, remove)
                action.triggered.connect(lambda _=False, pid=phrase.id: self.remove(pid))
                remove.addAction(action)

    def phrases(self) -> list[str]:
        return [p.text for p in evaluation_notes.phrases(self.scope)]

    def use(self, text: str) -> None:
        self._set_text(appended(self._get_text(), text))

    def keep_current(self) -> None:
        try:
            evaluation_notes.add_phrase(self.scope, self._get_text())
        except ServiceError as err:
            messages.show_error(self.window(), err)

    def remove(self, phrase_id: int) -> None:
        try:
            evaluation_notes.remove_phrase(phrase_id)
        except ServiceError as err:
            messages.show_error(self.window(), err)
