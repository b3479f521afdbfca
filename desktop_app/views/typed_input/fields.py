"""A line edit of one `Kind` with its message beside it.

The message label is always in the layout (empty while the text is fine), so a message that
appears or goes never moves the fields under the pointer; a refused text stays as typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from desktop_app.views.typed_input.kinds import Kind, Refused
from desktop_app.views.widgets import ERROR_STYLE

INVALID_STYLE = "QLineEdit { border: 1px solid #b00020; }"


class MessageLine(QLabel):
    """A one-line message that is always in the layout and never sizes it: its text appears
    and goes without moving or widening anything; the whole text is also its tooltip, in case
    a narrow window cuts it."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)


def message_line(name: str = "cellMessage") -> MessageLine:
    """A `MessageLine` in the message colour, one line high."""
    label = MessageLine()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    label.setFixedHeight(label.fontMetrics().height() + 4)
    label.setMinimumWidth(1)
    return label


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
        self.message = message_line("typedMessage")
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
