"""The pejabat penilai's comment on one entry of the daily log."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app.views.widgets import dialog_buttons, resize_within_screen


class CommentDialog(QDialog):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CommentDialog")
        self.setWindowTitle(self.tr("Comment on the entry"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Comment (empty: none):"))
        self.edit = QPlainTextEdit(text)
        self.edit.setObjectName("commentText")
        self.edit.setTabChangesFocus(True)
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(dialog_buttons(self, self.tr("&Save"), self.accept))
        resize_within_screen(self, 480, 240)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText()
