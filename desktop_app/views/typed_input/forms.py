"""A form whose every row keeps a message line under its field (`MessageForm`).

The line is always in the layout, one line high, so a message that appears or goes never
moves the fields under the pointer (issue 18, defect 6), and a message from Save stays only
while it is true: the form re-asks its `recheck` function on each change and clears what was
fixed ("Pilih golongan." goes as soon as a golongan is chosen).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.views.typed_input.fields import MessageLine, TypedEdit, message_line

Recheck = Callable[[], Mapping[str, str]]
"""The messages of the whole form by field key, as Save would give them now."""


class MessageForm:
    """Rows of label, field and message line; `show` puts Save's messages under their fields,
    `recheck` (optional) gives the messages as they stand, to clear the fixed ones."""

    def __init__(self, form: QFormLayout, recheck: Recheck | None = None) -> None:
        self.form = form
        self.recheck = recheck
        self.errors: dict[str, MessageLine] = {}
        self.widgets: dict[str, QWidget] = {}
        self._from_save: set[str] = set()
        self._fallback: QLabel | None = None

    def add(
        self, key: str, label: str, widget: QWidget, layout: QFormLayout | None = None
    ) -> MessageLine:
        """A row for `widget` (in `layout`, the form's own by default: one MessageForm may
        hold the rows of several group boxes); a `TypedEdit` says its messages on the row's
        line."""
        line = message_line(f"error_{key}")
        if isinstance(widget, TypedEdit):
            line.setText(widget.message.text())
            widget.message = line
        form = layout if layout is not None else self.form
        form.addRow(label, widget)
        form.addRow(line)  # the whole width of the form: a message is seldom cut
        buddy = form.labelForField(widget)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(widget)
        self.errors[key] = line
        self.widgets[key] = widget
        self._watch(key, widget)
        return line

    def _watch(self, key: str, widget: QWidget) -> None:
        on_change = lambda *_: self.changed(key)  # noqa: E731
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(on_change)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(on_change)
            widget.currentTextChanged.connect(on_change)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(on_change)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(on_change)
        elif hasattr(widget, "changed"):
            widget.changed.connect(on_change)

    def changed(self, key: str) -> None:
        """A field changed: Save's messages that are no longer true go (on every row, as one
        change can fix another row: the employee type fixes the golongan)."""
        if not self._from_save:
            return
        now = dict(self.recheck()) if self.recheck is not None else {}
        if self.recheck is None:
            now = {k: self.errors[k].text() for k in self._from_save if k != key}
        for name in list(self._from_save):
            message = now.get(name, "")
            widget = self.widgets.get(name)
            if isinstance(widget, TypedEdit) and widget.problem():
                self._from_save.discard(name)  # the field says what is wrong itself
                continue
            self.errors[name].setText(message)
            if not message:
                self._from_save.discard(name)
        if not self._from_save and not self.typed_problems() and self._fallback is not None:
            self._fallback.setText("")  # "Nothing was saved…" goes with the last message

    def show(self, messages: Mapping[str, str], fallback: QLabel) -> QWidget | None:
        """Each message under its field (unknown keys on `fallback`); returns the first wrong
        field, in the form's order, to focus it."""
        self._fallback = fallback
        for key, text in messages.items():
            line = self.errors.get(key)
            if line is None:
                fallback.setText(text)
                continue
            line.setText(text)
            self._from_save.add(key)
        return next((w for k, w in self.widgets.items() if k in messages), None)

    def clear(self) -> None:
        """Every message line empty (before Save asks again)."""
        self._from_save.clear()
        for key, line in self.errors.items():
            widget = self.widgets[key]
            line.setText(widget.problem() if isinstance(widget, TypedEdit) else "")

    def typed_problems(self) -> dict[str, str]:
        """The typed fields whose text is refused: key to message, in the form's order."""
        return {
            key: widget.problem()
            for key, widget in self.widgets.items()
            if isinstance(widget, TypedEdit) and widget.problem()
        }
