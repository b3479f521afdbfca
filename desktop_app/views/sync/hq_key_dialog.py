"""The central office key at an office: pasted, or read from the key file the central office
put on the stick, with the fingerprint of its receipt signing key when known."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.services.sync import office as sync_office
from desktop_app.sync.keys import grouped
from desktop_app.views.messages import error_text
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.common import fixed_font
from desktop_app.views.sync.folders import STICK_KEY, remembered
from desktop_app.views.widgets import dialog_buttons, error_label, show_error


class HqKeyDialog(QDialog):
    """Set the central office key: pasted, or read from the file the central office put on
    the stick; with the fingerprint of its receipt signing key when known."""

    def __init__(
        self, parent: QWidget | None = None, key: str = "", fingerprint: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HqKeyDialog")
        self.setWindowTitle(self.tr("Central office key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Packages are sealed for the central office's key, so only the central office "
                "can open them. Paste the key it gave you (it starts with age1), or read it from "
                "the key file the central office put on the stick."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key = QPlainTextEdit()
        self.key.setObjectName("hqKey")
        self.key.setPlaceholderText("age1…")
        self.key.setTabChangesFocus(True)
        self.key.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.key.setPlainText(key)
        self.fingerprint = QLineEdit(grouped(fingerprint) if fingerprint else "")
        self.fingerprint.setObjectName("hqFingerprint")
        self.fingerprint.setFont(fixed_font())
        self.fingerprint.setMinimumWidth(
            self.fingerprint.fontMetrics().horizontalAdvance("0" * 80) + 16
        )
        self.fingerprint.setPlaceholderText(
            self.tr("required: the central office shows it under its key; its key file holds it")
        )
        form.addRow(self.tr("Central office &key:"), self.key)
        form.addRow(self.tr("Receipt signing key &fingerprint:"), self.fingerprint)
        layout.addLayout(form)
        read = QPushButton(self.tr("&Read from a file…"))
        read.setObjectName("readKeyFile")
        read.clicked.connect(self.read_file)
        row = QHBoxLayout()
        row.addWidget(read)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = error_label()
        self.error.setObjectName("error")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Save"), self.store))
        self.adjustSize()

    def read_file(self) -> None:
        name = sync_common.ask_open_file(
            self,
            self.tr("Central office key file"),
            remembered(STICK_KEY),
            self.tr("Key files (*.txt *.key);;All files (*)"),
        )
        if not name:
            return
        try:
            key, fingerprint = sync_office.read_hq_key_file(name)
        except ServiceError as err:
            show_error(self.error, error_text(err))
            return
        show_error(self.error, "")
        self.key.setPlainText(key)
        if fingerprint:
            self.fingerprint.setText(grouped(fingerprint))

    def store(self) -> None:
        text = self.key.toPlainText()
        fingerprint = self.fingerprint.text().strip()
        try:
            if not fingerprint:
                _key, found = sync_office.parse_hq_key(text)
                fingerprint = found or ""
            sync_office.set_hq_key(text, fingerprint or None)
        except ServiceError as err:
            show_error(self.error, error_text(err))
            return
        self.accept()
