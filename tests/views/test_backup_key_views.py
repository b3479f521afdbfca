"""The backup key in the GUI (issue 17, point 6): made in the first-run dialog with its
recovery sheet, offered in Office identity to an office without one, a folder backup sealed
(or said to be unsealed), and a sealed backup restored after typing its passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.services import backup, backup_seal
from desktop_app.services import office as office_service
from desktop_app.services.register import units
from desktop_app.views import controller as controller_module
from desktop_app.views.admin import backup_key_dialog
from desktop_app.views.admin.backup_key_dialog import BackupKeyDialog
from desktop_app.views.auth_dialogs import FirstRunDialog
from desktop_app.views.controller import AppController

pytestmark = pytest.mark.gui

STRONG = "Kantor-Baru-2026"
PASSPHRASE = "frasa-sandi-cadangan-2026"


def _fill_first_run(qtbot, dialog, sheet, passphrase=PASSPHRASE, repeat=PASSPHRASE):
    qtbot.keyClicks(dialog.code, "DINKES01")
    qtbot.keyClicks(dialog.name, "Dinas Kesehatan")
    qtbot.keyClicks(dialog.password, STRONG)
    qtbot.keyClicks(dialog.repeat, STRONG)
    qtbot.keyClicks(dialog.backup_key.passphrase, passphrase)
    qtbot.keyClicks(dialog.backup_key.repeat, repeat)
    qtbot.keyClicks(dialog.backup_key.hint, "lemari besi")
    dialog.backup_key.sheet.clear()
    qtbot.keyClicks(dialog.backup_key.sheet, str(sheet))


def test_first_run_makes_the_backup_key_and_its_recovery_sheet(qapp, db_path, tmp_path, qtbot):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    sheet = tmp_path / "lembar.pdf"
    _fill_first_run(qtbot, dialog, sheet, repeat=PASSPHRASE + "x")
    dialog.save()
    assert dialog.backup_key.fields.errors["repeat"].text()  # differ: said, nothing saved
    assert office_service.current_office() is None
    dialog.backup_key.repeat.clear()
    qtbot.keyClicks(dialog.backup_key.repeat, PASSPHRASE)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert backup_seal.recipient() is not None and backup_seal.hint() == "lemari besi"
    assert sheet.read_bytes().startswith(b"%PDF")


def test_first_run_without_a_passphrase_leaves_the_key_for_later(qapp, db_path, qtbot):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    _fill_first_run(qtbot, dialog, "", passphrase="", repeat="")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert office_service.current_office() is not None and backup_seal.recipient() is None


def test_a_sheet_that_cannot_be_written_keeps_nothing(qapp, db_path, tmp_path, qtbot):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    folder = tmp_path / "is-a-file.pdf"
    folder.mkdir()  # the sheet path is a folder: the PDF cannot be written
    _fill_first_run(qtbot, dialog, folder)
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.general_error.text()
    assert office_service.current_office() is None and backup_seal.recipient() is None


def test_office_without_a_key_backs_up_unsealed_then_creates_the_key_and_restores_sealed(
    qapp, db_path, admin, answer_dialogs, tmp_path, monkeypatch, qtbot
):
    controller = AppController(qapp, db_path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    stick = tmp_path / "usb"
    stick.mkdir()
    infos = []
    monkeypatch.setattr(
        controller_module.QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(stick))
    )
    monkeypatch.setattr(controller_module.messages, "info", lambda p, t, text: infos.append(t))
    controller.backup_to_folder()
    assert infos == ["Backup made, NOT sealed"]

    from desktop_app.views.admin.office_dialog import OfficeDialog

    office_dialog = OfficeDialog()
    qtbot.addWidget(office_dialog)
    assert office_dialog.backup_key_button.isEnabled()
    dialog = BackupKeyDialog(tmp_path / "lembar.pdf")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.key_fields.passphrase, "pendek")
    dialog.save()
    assert dialog.key_fields.fields.errors["passphrase"].text()
    dialog.key_fields.passphrase.clear()
    qtbot.keyClicks(dialog.key_fields.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.key_fields.repeat, PASSPHRASE)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (tmp_path / "lembar.pdf").exists()
    assert dialog.key.fingerprint in backup_key_dialog.created_text(dialog)

    controller.backup_to_folder()
    assert infos[-1] == "Backup made"
    sealed = next(stick.glob("*.db.age"))
    units.save_unit(units.UnitInput("BARU", "Unit setelah cadangan", "SEKSI"))
    monkeypatch.setattr(
        controller_module.QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(sealed), ""))
    )
    monkeypatch.setattr(controller_module.messages, "confirm", lambda *a: True)
    errors = []
    monkeypatch.setattr(controller_module.messages, "show_error", lambda p, e: errors.append(e))
    monkeypatch.setattr(backup_key_dialog, "ask_passphrase", lambda parent, name: "salah-sekali")
    controller.restore_backup()
    assert errors and "does not open" in errors[0].msgid
    assert [u.code for u in units.list_units()] == ["BARU"]  # nothing changed
    monkeypatch.setattr(backup_key_dialog, "ask_passphrase", lambda parent, name: PASSPHRASE)
    controller.restore_backup()
    qtbot.addWidget(controller.window)
    assert [u.code for u in units.list_units()] == []
    assert backup.integrity_problems(db_path) == []


def test_preferences_seal_the_daily_backups_once_the_key_exists(qapp, db_path, office, qtbot):
    from desktop_app.views.admin.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert not dialog.seal_daily.isEnabled()  # no backup key yet
    backup_seal.create_backup_key(PASSPHRASE)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.seal_daily.isEnabled() and not dialog.seal_daily.isChecked()
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.seal_daily, Qt.Key.Key_Space)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and backup_seal.seal_daily()
    assert backup.write_backup().sealed


def test_first_run_backup_group_is_shown_whole_on_a_laptop_screen(
    qapp, db_path, qtbot, monkeypatch
):
    """The review's 1366x768 screenshot: the backup-key explanation squeezed to one cut line,
    its edits thinner than the others, the sheet path showing only its end, no mnemonic."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 768 - 40
    for label in dialog.findChildren(QLabel):
        if label.wordWrap() and label.text() and label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    heights = {edit.objectName(): edit.height() for edit in dialog.findChildren(QLineEdit)}
    assert heights["backupPassphrase"] == heights["password"] == heights["officeCode"]
    assert heights["backupSheet"] == heights["backupHint"] == heights["officeCode"]
    sheet = dialog.backup_key.sheet
    assert sheet.cursorPosition() == 0 and sheet.toolTip() == sheet.text()
    chosen = "/media/usb/arsip/lembar-pemulihan.pdf"
    monkeypatch.setattr(
        backup_key_dialog.QFileDialog, "getSaveFileName", lambda *a, **k: (chosen, "")
    )
    dialog.backup_key._choose()
    assert sheet.text() == chosen
    assert sheet.cursorPosition() == 0 and sheet.toolTip() == chosen
    repeat_label = dialog.backup_key.fields.form.labelForField(dialog.backup_key.repeat)
    assert "&" in repeat_label.text() and repeat_label.buddy() is dialog.backup_key.repeat


def test_backup_key_dialog_shows_its_explanation_whole(qapp, db_path, tmp_path, qtbot):
    from PySide6.QtWidgets import QLabel

    dialog = BackupKeyDialog(tmp_path / "lembar.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    about = dialog.findChild(QLabel, "backupAbout")
    assert about.height() >= about.heightForWidth(about.width())
