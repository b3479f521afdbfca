"""The header of the Impor tab: who this central office is, its key for the offices, and
the export of the central identity, with the warning that losing it makes every package
unreadable (design.md "Sync packages")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.errors import ServiceError
from desktop_app.services.session import Action
from desktop_app.services.sync import central as sync_central
from desktop_app.sync.keys import grouped
from desktop_app.views.formatting import format_utc
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.common import fingerprint_label, warning_label
from desktop_app.views.sync.folders import IDENTITY_KEY, PACKAGES_KEY, remembered
from desktop_app.views.widgets import ERROR_STYLE, enable_for


class CentralHeader(QWidget):
    """Who this central office is, its key for the offices, and its identity's safekeeping."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        central = sync_central.identity()
        recipient, fingerprint = sync_central.hq_key()
        form.addRow(self.tr("Central office:"), QLabel(central.name if central else ""))
        key = QLabel(recipient)
        key.setObjectName("centralKey")
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key_row = QHBoxLayout()
        key_row.addWidget(key, 1)
        self.key_file_button = QPushButton(self.tr("Save the &key for the offices…"))
        self.key_file_button.setObjectName("saveKeyFile")
        self.key_file_button.setToolTip(
            self.tr(
                "A small file to put on the stick: the offices read it in their Sync window. "
                "It holds no secret."
            )
        )
        self.key_file_button.clicked.connect(self.save_key_file)
        key_row.addWidget(self.key_file_button)
        form.addRow(self.tr("Key for the offices:"), key_row)
        signing = fingerprint_label(grouped(fingerprint))
        signing.setObjectName("receiptFingerprint")
        form.addRow(self.tr("Receipts signed with:"), signing)
        layout.addLayout(form)
        safe_row = QHBoxLayout()
        self.identity_label = warning_label("")
        self.identity_label.setObjectName("identityWarning")
        safe_row.addWidget(self.identity_label, 1)
        self.identity_button = QPushButton(self.tr("Export the &identity…"))
        self.identity_button.setObjectName("exportIdentity")
        enable_for(self.identity_button, Action.BACKUP)
        self.identity_button.clicked.connect(self.export_identity)
        safe_row.addWidget(self.identity_button)
        layout.addLayout(safe_row)
        enable_for(self.key_file_button, Action.SYNC)
        self.refresh()

    def refresh(self) -> None:
        when = sync_central.identity_exported_at()
        if when is None:
            self.identity_label.setStyleSheet(f"{ERROR_STYLE}; font-weight: bold")
            self.identity_label.setText(
                self.tr(
                    "The central identity has never been exported. If this database is lost "
                    "without it, no package sealed for this central office can ever be read "
                    "again. Export it and keep the copy offline, in a safe place (not on the "
                    "stick that travels)."
                )
            )
        else:
            self.identity_label.setStyleSheet("")
            self.identity_label.setText(
                self.tr(
                    "The central identity was last exported on {date}. Keep that copy safe: "
                    "losing both it and this database makes every package unreadable."
                ).format(date=format_utc(when))
            )

    def save_key_file(self) -> None:
        start = str(Path(remembered(PACKAGES_KEY) or ".") / "kunci-kantor-pusat.txt")
        name = sync_common.ask_save_file(
            self,
            self.tr("Save the central office key for the offices"),
            start,
            self.tr("Text files (*.txt)"),
        )
        if not name:
            return
        try:
            path = sync_central.write_key_file(name)
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        sync_common.info(
            self,
            self.tr("Key saved"),
            self.tr(
                "The key was written to:\n{path}\n\nPut it on the stick: each office reads it "
                "in its Sync window (Read the key from a file). It holds no secret."
            ).format(path=str(path)),
        )

    def export_identity(self) -> None:
        if not sync_common.confirm(
            self,
            self.tr("Export the central identity"),
            self.tr(
                "The central identity opens every package sealed for this central office. "
                "Losing it (with this database) makes every package unreadable; whoever else "
                "gets it can read them all.\n\nWrite it to a stick or disc that stays locked "
                "away, never to the stick that travels to the offices. Continue?"
            ),
        ):
            return
        name = sync_common.ask_save_file(
            self,
            self.tr("Export the central identity"),
            str(Path(remembered(IDENTITY_KEY) or ".") / "identitas-kantor-pusat.age"),
            self.tr("age identity (*.age *.txt);;All files (*)"),
        )
        if not name:
            return
        try:
            path = sync_central.export_identity(name)
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        QSettings().setValue(IDENTITY_KEY, str(Path(name).parent))
        self.refresh()
        sync_common.info(
            self,
            self.tr("Identity exported"),
            self.tr(
                "The central identity was written to:\n{path}\n\nKeep it offline and locked "
                "away. With it the standard 'age' tool opens the packages (age -d -i FILE)."
            ).format(path=str(path)),
        )
