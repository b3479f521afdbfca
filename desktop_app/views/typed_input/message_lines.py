"""The message line of the typed-input kit (`MessageLine`): under a field, beside it or under a
table, always in the layout, its height reserved for the wrapped text of the longest messages
it can show, so a message appears whole (wrapped, never cut) and never moves the layout.

How the room is kept: the line is `lines` lines high from the start, and as high as its
`samples` (the longest messages of the field, e.g. a kind's refusals) need at the width the
window gives it, set when the window is laid out or resized, never when a message appears.
A message longer than every sample still is not cut: the line then grows to hold it, and with
`grow_window` (a dialog's own message line, `widgets.error_label`) the window grows by the same
room at once, so no field above the line moves; only a window already as high as the screen
gives the room from its stretching parts (the editors keep two lines for this). One
implementation for the typed fields, the cells' line under a table, the free-text fields of
accounts and the office, and every dialog's message line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop_app.views.widgets import ERROR_STYLE, usable_screen_size


class MessageLine(QLabel):
    """A word-wrapped message label of fixed, reserved height (see the module); its tooltip
    holds the whole text too."""

    def __init__(
        self, lines: int = 1, samples: Sequence[str] = (), *, grow_window: bool = False
    ) -> None:
        super().__init__()
        self.lines = max(lines, 1)
        self.grow_window = grow_window
        self.samples = [s for s in samples if s]
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(1)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self.lines + 4)

    def hasHeightForWidth(self) -> bool:
        return False  # the height is fixed: the layout keeps the whole room from the start

    def add_samples(self, samples: Iterable[str]) -> None:
        """More messages the line must hold whole (reserved at the next layout)."""
        self.samples.extend(s for s in samples if s)
        self._reserve()

    def needed_height(self, texts: Sequence[str]) -> int:
        """The height `texts` need at the label's present width (at least `lines` lines)."""
        width = max(self.contentsRect().width() - 2 * max(self.margin(), 0), 1)
        metrics = self.fontMetrics()
        needed = metrics.lineSpacing() * self.lines
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        for text in texts:
            needed = max(needed, metrics.boundingRect(0, 0, width, 100_000, flags, text).height())
        return needed + 4

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        if text and self.isVisible() and self.needed_height([text]) > self.height():
            grown = self.needed_height([text]) - self.height()
            self.setFixedHeight(self.needed_height([text]))  # never cut: longer than any sample
            if self.grow_window:
                self._grow_window_by(grown)
            QTimer.singleShot(0, self, self._grow_window)

    def holds(self, text: str) -> bool:
        """Whether `text` fits the room the line has now (no growing needed)."""
        return self.needed_height([text]) <= self.height()

    def say_shortened(self, text: str) -> None:
        """Show `text` cut to the line's room with "…" (the whole in the tooltip): for a line
        between fields, whose growing would move the fields below; the caller shows the whole
        text where growing moves nothing (FieldForm: the dialog's message line)."""
        width = (
            max(self.contentsRect().width(), 1) * self.lines - self.fontMetrics().averageCharWidth()
        )
        short = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
        super().setText(short)
        self.setToolTip(text)

    def _grow_window_by(self, pixels: int) -> None:
        """The window made `pixels` higher at once (as far as the screen allows), so the line's
        new room comes from the window, not from the widgets above it: nothing above moves."""
        window = self.window()
        if window is self or window.layout() is None:
            return
        height = min(window.height() + pixels, usable_screen_size(window)[1])
        if height <= window.height():
            return
        available = window.screen().availableGeometry()
        below = window.frameGeometry().bottom() + height - window.height() - available.bottom()
        if below > 0:  # kept on the screen: the window moves up whole, its fields with it
            window.move(window.x(), max(window.y() - below, available.top()))
        window.resize(window.width(), height)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._reserve()

    def _reserve(self) -> None:
        """The room for the samples (and the text shown) at the width the layout gave."""
        if self.width() <= 1:
            return
        needed = self.needed_height([*self.samples, self.text()])
        if needed != self.height():
            grows = needed > self.height()
            self.setFixedHeight(needed)
            if grows:
                QTimer.singleShot(0, self, self._grow_window)

    def _grow_window(self) -> None:
        """With `grow_window` (the small administration dialogs), the window is made as high
        as its wrapped texts need once the line grew; a large editor keeps its size (its
        tables give the room) so it still fits the screen."""
        if not self.grow_window:
            return
        window = self.window()
        layout = window.layout()
        if layout is None:
            return
        height = layout.totalMinimumSize().height()
        if layout.hasHeightForWidth():
            height = max(height, layout.totalHeightForWidth(window.width()))
        screen = window.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height())
        if window.height() < height:
            window.resize(window.width(), height)


def message_line(
    name: str = "cellMessage", lines: int = 1, samples: Sequence[str] = ()
) -> MessageLine:
    """A `MessageLine` named `name`, `lines` high at least, room for `samples`."""
    label = MessageLine(lines, samples)
    label.setObjectName(name)
    return label


def reserved_message(lines: int = 1, name: str = "", samples: Sequence[str] = ()) -> MessageLine:
    """A `MessageLine` (the signature of the administration dialogs, whose window grows with
    it)."""
    label = MessageLine(lines, samples, grow_window=True)
    if name:
        label.setObjectName(name)
    return label


def say(label: QLabel, text: str) -> None:
    """Put `text` (or nothing) in a message label."""
    label.setText(text)
    label.setToolTip(text)


def fits(label: QLabel) -> bool:
    """Whether the label's text is shown whole: its height holds the wrapped text at its
    width, and no other widget of the window lies over it."""
    if isinstance(label, MessageLine):
        if label.needed_height([label.text()]) > label.height():
            return False
    elif not label.wordWrap():  # one line: the text as wide as the label at most
        if label.fontMetrics().horizontalAdvance(label.text()) > label.contentsRect().width():
            return False
    elif label.heightForWidth(max(label.width(), 1)) > label.height():
        return False
    window = label.window()
    own = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    for other in window.findChildren(QWidget):
        if other is label or not other.isVisible() or other.isAncestorOf(label):
            continue
        if label.isAncestorOf(other) or other.parentWidget() is None:
            continue
        if other.parentWidget() is not None and other.parentWidget().isAncestorOf(label):
            place = QRect(other.mapTo(window, QPoint(0, 0)), other.size())
            if place.intersects(own):
                return False
    return True
