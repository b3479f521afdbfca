"""Office preferences for the administrator: idle lock, how many automatic backups to keep and
whether they are sealed too (once the office has a backup key)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services import backup_seal, settings
from desktop_app.views import messages
from desktop_app.views.admin.backup_key_dialog import fit_to_contents
from desktop_app.views.admin.field_messages import reserved_message, say
from desktop_app.views.typed_input.fields import TypedField
from desktop_app.views.typed_input.kinds import INTEGER, Kind, Refused
from desktop_app.views.widgets import dialog_buttons


def _between(low: int, high: int, message: str):  # type: ignore[no-untyped-def]
    """A range check for a whole number, refused with the service's own message."""

    def check(value: Decimal) -> Decimal:
        if not low <= value <= high:
            raise Refused(tr_("settings", message))
        return value

    return check


IDLE_MINUTES = Kind(
    INTEGER.parse,
    INTEGER.show,
    _between(0, 480, "The idle lock must be between 0 (never) and 480 minutes."),
    required=True,
)
"""Minutes without use before the program locks (0: never)."""
BACKUPS_KEPT = Kind(
    INTEGER.parse,
    INTEGER.show,
    _between(1, 365, "Keep between 1 and 365 automatic backups."),
    required=True,
)
"""How many automatic (daily) backups are kept."""


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.idle = TypedField(IDLE_MINUTES)
        self.idle.setObjectName("idleLock")
        self.idle.edit.setObjectName("idleLockEdit")
        self.idle.set_value(Decimal(int(settings.get("idle_lock_minutes") or 0)))
        self.keep = TypedField(BACKUPS_KEPT)
        self.keep.setObjectName("backupKeep")
        self.keep.edit.setObjectName("backupKeepEdit")
        self.keep.set_value(Decimal(int(settings.get("backup_keep") or 10)))
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # messages get the width
        for field in (self.idle, self.keep):
            field.edit.setMaximumWidth(90)
        form.addRow(self.tr("&Lock after no use for (minutes, 0 = never):"), self.idle)
        form.addRow(self.tr("Automatic &backups to keep:"), self.keep)
        for field in (self.idle, self.keep):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field.edit)
        self.seal_daily = QCheckBox(self.tr("Seal the automatic backups too"))
        self.seal_daily.setObjectName("sealDaily")
        self.seal_daily.setChecked(backup_seal.seal_daily())
        self.seal_daily.setEnabled(backup_seal.recipient() is not None)
        if not self.seal_daily.isEnabled():
            self.seal_daily.setToolTip(self.tr("Create the backup key first (Office identity)."))
        form.addRow("", self.seal_daily)
        layout.addLayout(form)
        self.error = reserved_message(2, "preferencesError")  # kept: never moves the fields
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, self.tr("&Save"), self.save)
        layout.addWidget(buttons)
        fit_to_contents(self, min_width=620)

    def save(self) -> None:
        """Store the preferences; a refused number stays as typed with its message beside
        it, the focus on it, and nothing is stored."""
        say(self.error, "")
        for field in (self.idle, self.keep):
            if not field.validate():
                field.edit.setFocus()
                return
        try:
            settings.update_preferences(int(self.idle.value()), int(self.keep.value()))
            if self.seal_daily.isChecked() != backup_seal.seal_daily():
                backup_seal.set_seal_daily(self.seal_daily.isChecked())
        except FieldErrors as err:
            fields = {"idle_lock_minutes": self.idle, "backup_keep": self.keep}
            for key, problem in err.errors.items():
                if key in fields:
                    fields[key].message.setText(messages.error_text(problem))
                    fields[key].edit.setFocus()
                else:
                    say(self.error, messages.error_text(problem))
            return
        except ServiceError as err:
            say(self.error, messages.error_text(err))
            return
        self.accept()
