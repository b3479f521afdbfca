"""The backup key (kunci cadangan): the passphrase fields of the first-run dialog and the
dialog an administrator of an office without a key opens to create it. What they save is
services.backup_seal's; the recovery sheet (a PDF) is written at the same time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services import backup_seal
from desktop_app.services.office import BackupKeyRequest
from desktop_app.views import messages
from desktop_app.views.admin.field_messages import MessageForm, reserved_message, say
from desktop_app.views.widgets import (
    dialog_buttons,
    password_edit,
)


def fit_to_contents(dialog: QWidget, min_width: int = 560, margin: int = 40) -> None:
    """Size a dialog of word-wrapped explanations to their full height. Qt opens a window at
    most two thirds of the screen high, which squeezed the backup-key group's explanation to
    one cut line on a 1366x768 screen; the dialog may be as high as the screen allows."""
    screen = dialog.screen().availableGeometry()
    width = min(max(min_width, dialog.sizeHint().width()), screen.width() - margin)
    height = dialog.sizeHint().height()
    if dialog.hasHeightForWidth():
        height = dialog.heightForWidth(width)
    dialog.resize(width, min(height, screen.height() - margin))


class BackupKeyFields(QGroupBox):
    """Passphrase twice, its hint and where the recovery sheet goes, with what a lost
    passphrase means. `request()` is None (and an error shown) when the fields are wrong."""

    def __init__(self, sheet: Path, *, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backup key"), parent)
        self.optional = optional
        self.fields = MessageForm(QFormLayout(self))
        about = QLabel(
            self.tr(
                "Backups copied out of the program's folder (a USB stick) are sealed with this "
                "key. Writing a backup needs no passphrase; restoring one asks for it. If the "
                "passphrase is lost, only the recovery sheet printed now can open the backups: "
                "print it and keep it in the office safe, apart from the backup sticks."
            )
        )
        about.setWordWrap(True)
        about.setObjectName("backupAbout")
        self.fields.form.addRow(about)
        if optional:
            later = QLabel(
                self.tr(
                    "Leave the passphrase empty to create the key later (Office identity); "
                    "until then backups are written unsealed."
                )
            )
            later.setWordWrap(True)
            later.setObjectName("backupLater")
            self.fields.form.addRow(later)
        self.passphrase = password_edit()
        self.passphrase.setObjectName("backupPassphrase")
        self.repeat = password_edit()
        self.repeat.setObjectName("backupRepeat")
        self.hint = QLineEdit()
        self.hint.setObjectName("backupHint")
        self.sheet = QLineEdit(str(sheet))
        self.sheet.setObjectName("backupSheet")
        self.sheet.textChanged.connect(self.sheet.setToolTip)
        self.sheet.editingFinished.connect(self._show_path_start)
        self._show_path_start()
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.sheet)
        line.addWidget(choose)
        self.fields.add(
            "passphrase", self.tr("Backup &passphrase:"), self.passphrase, check=self._short
        )
        self.fields.add(
            "repeat",
            self.tr("R&epeat passphrase:"),
            self.repeat,
            check=self._differ,
            samples=[self.tr("The two passphrases differ: type the same passphrase twice.")],
        )
        self.fields.add("hint", self.tr("Passphrase &hint:"), self.hint, lines=0)
        self.fields.add("sheet", self.tr("Recovery &sheet (PDF):"), row, check=self._no_folder)
        self.passphrase.textEdited.connect(lambda *_: self.fields.recheck_if_shown("repeat"))

    def _left_empty(self) -> bool:
        return self.optional and not self.passphrase.text() and not self.repeat.text()

    def _short(self) -> str:
        if self._left_empty() or len(self.passphrase.text()) >= backup_seal.MIN_PASSPHRASE:
            return ""
        return self.tr("At least {n} characters.").format(n=backup_seal.MIN_PASSPHRASE)

    def _differ(self) -> str:
        if self._left_empty() or self.passphrase.text() == self.repeat.text():
            return ""
        return self.tr("The two passphrases differ: type the same passphrase twice.")

    def _no_folder(self) -> str:
        text = self.sheet.text().strip()
        if self._left_empty() or (text and Path(text).parent.is_dir()):
            return ""
        return self.tr("Choose an existing folder.")

    def _show_path_start(self) -> None:
        """A long path shows its start (the drive and folders a clerk recognises) once set
        or typed; the tooltip holds all of it."""
        self.sheet.setToolTip(self.sheet.text())
        self.sheet.setCursorPosition(0)

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery sheet"), self.sheet.text(), "PDF (*.pdf)"
        )
        if name:
            self.sheet.setText(name)
            self._show_path_start()

    def request(self) -> BackupKeyRequest | bool | None:
        """The request, None when left empty (optional form), False when wrong."""
        if self._left_empty():
            self.fields.clear()
            return None
        if self.fields.check_all() is not None:
            return False
        sheet = Path(self.sheet.text().strip())
        if sheet.suffix.lower() != ".pdf":
            sheet = sheet.with_name(sheet.name + ".pdf")
        return BackupKeyRequest(self.passphrase.text(), self.hint.text(), sheet)


class BackupKeyDialog(QDialog):
    """Create the backup key of an office that has none (administrators)."""

    def __init__(self, sheet: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackupKeyDialog")
        self.setWindowTitle(self.tr("Create the backup key"))
        layout = QVBoxLayout(self)
        self.key_fields = BackupKeyFields(sheet, optional=False)
        layout.addWidget(self.key_fields)
        self.general_error = reserved_message(2, "generalError")  # kept: never moves Save
        layout.addWidget(self.general_error)
        layout.addWidget(dialog_buttons(self, self.tr("Create"), self.save))
        self.key_fields.passphrase.setFocus()
        fit_to_contents(self)

    def save(self) -> None:
        say(self.general_error, "")
        request = self.key_fields.request()
        if not request:
            return
        try:
            self.key = backup_seal.create_with_sheet(
                request.passphrase, request.hint, request.sheet
            )
        except ServiceError as err:
            say(self.general_error, messages.error_text(err))
            return
        self.sheet_path = request.sheet
        self.accept()


def ask_passphrase(parent: QWidget | None, name: str) -> str | None:
    """The passphrase (or recovery key) of the sealed backup `name`; None when cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        tr_("BackupKeyDialog", "Sealed backup"),
        tr_(
            "BackupKeyDialog",
            "{name} is sealed. Type the backup passphrase (or the recovery key of the recovery "
            "sheet):",
        ).format(name=name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def created_text(dialog: BackupKeyDialog) -> str:
    """What the administrator must do once the key exists."""
    return tr_(
        "BackupKeyDialog",
        "Backups are sealed from now on. Print the recovery sheet {path} now, keep it in the "
        "office safe, then delete the file. Key fingerprint: {fingerprint}",
    ).format(path=str(dialog.sheet_path), fingerprint=dialog.key.fingerprint)
