"""Office preferences for the administrator: idle lock, how many automatic backups to keep and
whether they are sealed too (once the office has a backup key)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.services import backup_seal, settings
from desktop_app.views import messages
from desktop_app.views.widgets import dialog_buttons, error_label, show_error


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.idle = QSpinBox()
        self.idle.setObjectName("idleLock")
        self.idle.setRange(0, 480)
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(int(settings.get("idle_lock_minutes") or 0))
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 365)
        self.keep.setValue(int(settings.get("backup_keep") or 10))
        form.addRow(self.tr("&Lock after no use for:"), self.idle)
        form.addRow(self.tr("Automatic &backups to keep:"), self.keep)
        self.seal_daily = QCheckBox(self.tr("Seal the automatic backups too"))
        self.seal_daily.setObjectName("sealDaily")
        self.seal_daily.setChecked(backup_seal.seal_daily())
        self.seal_daily.setEnabled(backup_seal.recipient() is not None)
        if not self.seal_daily.isEnabled():
            self.seal_daily.setToolTip(self.tr("Create the backup key first (Office identity)."))
        form.addRow("", self.seal_daily)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, self.tr("&Save"), self.save)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            settings.update_preferences(self.idle.value(), self.keep.value())
            if self.seal_daily.isChecked() != backup_seal.seal_daily():
                backup_seal.set_seal_daily(self.seal_daily.isChecked())
        except FieldErrors as err:
            show_error(self.error, messages.error_text(next(iter(err.errors.values()))))
            return
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return
        self.accept()
