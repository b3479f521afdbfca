"""A line edit of one `Kind` with its message beside it (`TypedField`) or under it in a form
row (`TypedEdit`).

The message label (`message_lines.MessageLine`) is always in the layout (empty while the text
is fine), with room for the kind's refusals wrapped, so a message that appears or goes never
moves the fields under the pointer and is never cut; a refused text stays as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from desktop_app.views.typed_input.kinds import Kind, Refused
from desktop_app.views.typed_input.message_lines import MessageLine, message_line

__all__ = ["MessageLine", "TypedEdit", "TypedField", "message_line"]

INVALID_STYLE = "QLineEdit { border: 1px solid #b00020; }"


class TypedField(QWidget):
    """A field for one kind of value; `value()` is the parsed value (Refused when the text is
    not one), `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setMinimumHeight(self.edit.sizeHint().height())  # the red border keeps it
        self.message = message_line("typedMessage", samples=kind.sample_messages())
        self.message.setMinimumWidth(180)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.message, 1)
        self.edit.textEdited.connect(self._typed)
        self.setFocusProxy(self.edit)

    def _typed(self) -> None:
        self.validate()
        self.changed.emit()

    def validate(self) -> bool:
        """Show the message of the text as it stands; True when it is a value."""
        try:
            self.kind.read(self.edit.text())
        except Refused as refused:
            self.message.setText(refused.message)
            self.edit.setStyleSheet(INVALID_STYLE)
            return False
        self.message.setText("")
        self.edit.setStyleSheet("")
        return True

    def value(self) -> Any:
        """The typed value (None when empty); Refused when the text is not one."""
        return self.kind.read(self.edit.text())

    def set_value(self, value: Any) -> None:
        self.edit.setText(self.kind.text(value))
        self.validate()

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class TypedEdit(QLineEdit):
    """A line edit of one `Kind` whose message goes to a `MessageLine` placed by the form (under
    the field in a `MessageForm` row), for forms too narrow for `TypedField`'s message beside.

    While typing, `unfinished(text)` may say a text is a value still being typed (a NIP of
    fewer than 18 digits): no message then until the field is left. On leaving, a value is
    shown again in its kind's form ("0812 3456 7890" becomes "+62 812-3456-7890") and a
    refused text stays as typed with its message.
    """

    changed = Signal()

    def __init__(
        self,
        kind: Kind,
        message: MessageLine | None = None,
        unfinished: Callable[[str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.message = message if message is not None else message_line("typedMessage")
        self.message.add_samples(kind.sample_messages())  # its room holds them wrapped
        self.unfinished = unfinished
        self.setMinimumHeight(self.sizeHint().height())  # the red border never shrinks it
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self.tidy)

    def _typed(self, text: str) -> None:
        if self.unfinished is not None and self.unfinished(text):
            self._show("")
        else:
            self.validate()
        self.changed.emit()

    def _show(self, message: str) -> None:
        self.message.setText(message)
        self.setStyleSheet(INVALID_STYLE if message else "")

    def problem(self) -> str:
        """The message of the text as it stands ("" when it is a value)."""
        try:
            self.kind.read(self.text())
        except Refused as refused:
            return refused.message
        return ""

    def validate(self) -> bool:
        """Show the message of the text as it stands; True when it is a value."""
        message = self.problem()
        self._show(message)
        return not message

    def tidy(self) -> None:
        """On leaving the field: a value in its kind's form, or the message of a refused text."""
        try:
            value = self.kind.read(self.text())
        except Refused as refused:
            self._show(refused.message)
            return
        shown = self.kind.text(value)
        if shown != self.text():
            self.setText(shown)
            self.changed.emit()
        self._show("")

    def value(self) -> Any:
        """The typed value (None when empty); Refused when the text is not one."""
        return self.kind.read(self.text())

    def set_value(self, value: Any) -> None:
        self.setText(self.kind.text(value))
        self.validate()
