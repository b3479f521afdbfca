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
        self.message = QLabel()
        self.message.setObjectName("typedMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
            self.message.setToolTip(refused.message)
            self.edit.setStyleSheet(INVALID_STYLE)
            return False
        self.message.setText("")
        self.message.setToolTip("")
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
