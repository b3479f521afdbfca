"""Placeholder until the register tab lands."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class RegisterTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        QVBoxLayout(self).addWidget(QLabel("…"))
