"""First start: make this database an office (code and name). Later: see the identity, rename."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.services import backup_seal, session
from desktop_app.services import office as office_service
from desktop_app.services.session import Action
from desktop_app.views.admin.backup_key_dialog import fit_to_contents
from desktop_app.views.admin.field_messages import (
    MessageForm,
    office_code_message,
    office_code_samples,
    office_name_message,
    reserved_message,
    say,
)
from desktop_app.views.messages import error_text, info
from desktop_app.views.widgets import dialog_buttons


class OfficeDialog(QDialog):
    """Create the office identity, or show it and allow renaming when it exists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = office_service.current_office()
        self.setWindowTitle(self.tr("Office identity"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Set the code and name of this office. The code is written on every record and "
                "every package sent to the central office; it cannot be changed later."
            )
            if self.info is None
            else self.tr("This database belongs to the office below. Only the name can be changed.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = MessageForm(QFormLayout())
        form = self.fields.form
        self.code_edit = QLineEdit(self.info.code if self.info else "")
        self.code_edit.setObjectName("officeCode")
        self.code_edit.setPlaceholderText(self.tr("for example DINKES01"))
        self.code_edit.setReadOnly(self.info is not None)
        self.name_edit = QLineEdit(self.info.name if self.info else "")
        self.name_edit.setObjectName("officeName")
        self.fields.add(
            "code",
            self.tr("Office &code:"),
            self.code_edit,
            lines=0 if self.info else 2,  # a fixed code has no message
            samples=() if self.info else office_code_samples(),
            check=lambda: "" if self.info else office_code_message(self.code_edit.text()),
        )
        self.fields.add(
            "name",
            self.tr("Office &name:"),
            self.name_edit,
            check=lambda: office_name_message(self.name_edit.text()),
        )
        if self.info is not None:
            fp = QLabel(self.info.fingerprint_grouped)
            fp.setWordWrap(True)
            form.addRow(self.tr("Key fingerprint:"), fp)
            self._backup_key_row(form)
        layout.addLayout(form)
        self.error_label = reserved_message(2, "errorLabel")  # kept: it never moves the fields
        layout.addWidget(self.error_label)
        buttons = dialog_buttons(self, self.tr("Save"), self.save)
        layout.addWidget(buttons)
        fit_to_contents(self, min_width=680)  # the code's rules on two lines, whole

    def _backup_key_row(self, form: QFormLayout) -> None:
        """The backup key's fingerprint, or the offer to create it (administrators)."""
        recipient = backup_seal.recipient()
        if recipient is not None:
            form.addRow(self.tr("Backup key:"), QLabel(backup_seal.fingerprint(recipient)))
            return
        self.backup_key_button = QPushButton(self.tr("Create the &backup key…"))
        self.backup_key_button.setObjectName("createBackupKey")
        self.backup_key_button.setEnabled(session.granted(Action.BACKUP))
        self.backup_key_button.clicked.connect(self.create_backup_key)
        form.addRow(self.tr("Backup key:"), self.backup_key_button)

    def create_backup_key(self) -> None:
        from desktop_app.views.admin.backup_key_dialog import BackupKeyDialog, created_text

        dialog = BackupKeyDialog(Path.home() / "lembar-pemulihan-kunci-cadangan.pdf", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.backup_key_button.setEnabled(False)
            info(self, self.tr("Backup key created"), created_text(dialog))

    def save(self) -> None:
        say(self.error_label, "")
        if self.fields.check_all() is not None:
            return
        try:
            if self.info is None:
                self.info = office_service.init_office(self.code_edit.text(), self.name_edit.text())
            else:
                self.info = office_service.rename_office(self.name_edit.text())
        except ServiceError as err:
            say(self.error_label, error_text(err))
            return
        self.accept()
