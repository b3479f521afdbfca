"""Start-up as a user meets it: first-run setup, sign-in, roles in the window, sign-out, the
idle lock, a damaged or network database, the second start, and the backup on exit."""

from __future__ import annotations

import time

import pytest

from desktop_app.models.database import close_database, open_database
from desktop_app.services import auth, backup, session, settings
from desktop_app.services import office as office_service
from desktop_app.services.register import employees, units
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.views import controller as controller_module
from desktop_app.views import database_opening
from desktop_app.views.controller import AppController
from desktop_app.views.database_opening import hand_over

pytestmark = pytest.mark.gui

STRONG = "Kantor-Baru-2026"


@pytest.fixture
def warnings_shown(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        controller_module.messages, "warn", lambda parent, title, text: shown.append((title, text))
    )
    monkeypatch.setattr(controller_module.messages, "info", lambda *a: None)
    return shown


def test_first_start_sets_up_office_and_admin_then_signs_in(qapp, db_path, answer_dialogs, qtbot):
    def setup(dialog):
        assert dialog.office_box.isEnabled()
        dialog.code.setText("dinkes01")
        dialog.name.setText("Dinas Kesehatan Kabupaten Sleman")
        dialog.password.setText("weak")
        dialog.repeat.setText("weak")
        dialog.save()
        assert dialog.account_fields.errors["password"].text()  # too weak: said, not saved
        assert office_service.current_office() is None
        dialog.password.setText(STRONG)
        dialog.repeat.setText(STRONG)
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted

    answer_dialogs.handlers["FirstRunDialog"] = setup
    answer_dialogs.password = STRONG
    controller = AppController(qapp, db_path, "id")
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert answer_dialogs.shown == ["FirstRunDialog", "SignInDialog"]
    assert office_service.current_office().code == "DINKES01"
    assert session.current().username == "admin"
    assert "admin" in controller.window.user_label.text()


def test_office_made_by_the_cli_asks_only_for_the_admin(
    qapp, db_path, office, answer_dialogs, qtbot
):
    def setup(dialog):
        assert not dialog.office_box.isEnabled()
        assert dialog.code.text() == "TST01"
        dialog.password.setText(STRONG)
        dialog.repeat.setText("Kantor-Lain-2026")
        dialog.save()
        assert dialog.account_fields.errors["repeat"].text()  # passwords differ
        dialog.repeat.setText(STRONG)
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted

    answer_dialogs.handlers["FirstRunDialog"] = setup
    answer_dialogs.password = STRONG
    controller = AppController(qapp, db_path, "id")
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert auth.has_users()


def test_wrong_password_keeps_the_dialog_open_with_a_message(qtbot, admin, admin_password):
    from desktop_app.views.auth_dialogs import SignInDialog

    dialog = SignInDialog(None, "admin")
    qtbot.addWidget(dialog)
    dialog.password.setText("Salah-Sekali-99")
    dialog.sign_in()
    assert dialog.session is None
    assert dialog.error.text() and not dialog.error.isHidden()
    dialog.password.setText(admin_password)
    dialog.sign_in()
    assert dialog.session is not None and dialog.session.username == "admin"


def test_cancelled_sign_in_does_not_open_the_window(qapp, db_path, admin, answer_dialogs):
    answer_dialogs.handlers["SignInDialog"] = lambda dialog: False
    controller = AppController(qapp, db_path, "id")
    assert not controller.start()
    assert controller.window is None
    assert session.current() is None


def test_demo_database_lists_its_accounts_at_sign_in(qtbot, db_path):
    from desktop_app.demo import generator as demo
    from desktop_app.views.auth_dialogs import SignInDialog

    demo.generate_demo(30, seed=3)
    dialog = SignInDialog(None)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    text = dialog.findChild(QLabel, "demoAccounts").text()
    for account in demo.DEMO_ACCOUNTS:
        assert account.username in text and account.password in text


def _staff(office) -> dict[str, int]:
    dinas = units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    boss = employees.save_employee(EmployeeInput("197001012000031001", "Hartono", "IV/b", dinas))
    mine = employees.save_employee(
        EmployeeInput(
            "198609262015051001", "Budi", "III/b", dinas, supervisor_id=boss, appraiser_id=boss
        )
    )
    other = employees.save_employee(EmployeeInput("199001152015032002", "Siti", "III/a", dinas))
    return {"boss": boss, "mine": mine, "other": other}


def test_viewer_gets_a_read_only_window(qapp, db_path, admin, answer_dialogs, qtbot):
    _staff(None)
    auth.create_user("tamu", "Lihat-Saja-2026", "viewer")
    answer_dialogs.user, answer_dialogs.password = "tamu", "Lihat-Saja-2026"
    controller = AppController(qapp, db_path, "en")
    assert controller.start()
    window = controller.window
    qtbot.addWidget(window)
    tab = window.tabs.widget(0)
    assert tab.model.rowCount() == 3
    assert not tab.add_button.isEnabled() and not tab.units_button.isEnabled()
    tab.select(tab.model.row_at(0).id)
    assert tab.edit_button.isEnabled() and not tab.active_button.isEnabled()
    actions = {
        a.text(): a.isEnabled() for m in window.menuBar().actions() for a in m.menu().actions()
    }
    assert actions["&Users…"] is False and actions["&Audit trail…"] is False
    assert actions["&Back up to a folder…"] is False
    assert actions["&Restore from a backup…"] is False


def test_supervisor_sees_only_self_and_appraisees(qapp, db_path, admin, answer_dialogs, qtbot):
    ids = _staff(None)
    auth.create_user("kabid", "Penilai-Kinerja-2026", "supervisor", ids["boss"])
    answer_dialogs.user, answer_dialogs.password = "kabid", "Penilai-Kinerja-2026"
    controller = AppController(qapp, db_path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    tab = controller.window.tabs.widget(0)
    assert sorted(r.name for r in tab.model.all_rows()) == ["Budi", "Hartono"]
    with pytest.raises(employees.NotFoundError):
        employees.get_employee(ids["other"])


def test_sign_out_asks_for_a_new_sign_in(qapp, db_path, admin, answer_dialogs, qtbot):
    controller = AppController(qapp, db_path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    auth.create_user("tamu", "Lihat-Saja-2026", "viewer")
    answer_dialogs.user, answer_dialogs.password = "tamu", "Lihat-Saja-2026"
    controller.sign_out()
    qtbot.addWidget(controller.window)
    assert session.current().username == "tamu"
    assert answer_dialogs.shown.count("SignInDialog") == 2
    assert "tamu" in controller.window.user_label.text()


def test_idle_lock_hides_the_window_and_asks_for_the_password(
    qapp, db_path, admin, admin_password, answer_dialogs, qtbot
):
    controller = AppController(qapp, db_path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    seen = []

    def locked_sign_in(dialog):
        seen.append((dialog.username.text(), controller.window.isVisible()))
        dialog.password.setText(admin_password)
        dialog.sign_in()
        return dialog.session is not None

    answer_dialogs.handlers["SignInDialog"] = locked_sign_in
    settings.put("idle_lock_minutes", 1)
    controller.check_idle()
    assert seen == []  # not idle yet
    controller.last_input = time.monotonic() - 61
    controller.check_idle()
    assert seen == [("admin", False)]  # same user asked again, data hidden meanwhile
    assert controller.window.isVisible()
    settings.put("idle_lock_minutes", 0)
    controller.last_input = time.monotonic() - 10_000
    controller.check_idle()
    assert len(seen) == 1  # 0 = never lock


def test_damaged_database_offers_the_newest_good_backup(
    qapp, tmp_path, warnings_shown, answer_dialogs, admin_password, monkeypatch, qtbot
):
    path = tmp_path / "kantor.db"
    open_database(path)
    office_service.init_office("TST01", "Dinas Uji Coba")
    auth.create_user("admin", admin_password, "admin")
    good = backup.make_backup()
    close_database()
    data = bytearray(path.read_bytes())
    page = 4096
    for n in range(2, len(data) // page):  # every b-tree page header after the first
        data[n * page : n * page + 12] = b"\xee" * 12
    path.write_bytes(bytes(data))
    asked = []
    monkeypatch.setattr(
        controller_module.messages,
        "confirm",
        lambda parent, title, text: asked.append(text) or True,
    )
    controller = AppController(qapp, path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert asked and good.name in asked[0]
    assert backup.quick_check() == []
    assert office_service.current_office().code == "TST01"
    assert list((path.parent / "backups").glob("before-restore_*"))  # the damaged file kept


def test_network_drive_is_refused_with_the_reason(qapp, tmp_path, warnings_shown, monkeypatch):
    monkeypatch.setattr("desktop_app.models.database.is_network_path", lambda p: True)
    controller = AppController(qapp, tmp_path / "share.db", "en")
    assert not controller.start()
    assert warnings_shown and "network drive" in warnings_shown[0][1]
    assert not (tmp_path / "share.db").exists()


def test_second_start_brings_the_first_window_to_the_front(
    qapp, db_path, admin, answer_dialogs, qtbot
):
    first = AppController(qapp, db_path, "en")
    assert first.start()
    qtbot.addWidget(first.window)
    first.window.showMinimized()
    raised = []
    first.window.activateWindow = lambda: raised.append(True)
    second = AppController(qapp, db_path, "en")
    assert not second.start()
    assert second.handed_over
    qtbot.waitUntil(lambda: raised == [True], timeout=3000)
    assert answer_dialogs.shown.count("SignInDialog") == 1  # the second asked nothing


def test_database_in_use_by_a_silent_program_is_reported(
    qapp, db_path, warnings_shown, monkeypatch
):
    from PySide6.QtCore import QLockFile

    holder = QLockFile(str(db_path) + ".lock")
    assert holder.tryLock(0)
    monkeypatch.setattr(database_opening, "hand_over", lambda path: False)
    controller = AppController(qapp, db_path, "en")
    assert not controller.start()
    assert warnings_shown and "already open" in warnings_shown[0][1]
    holder.unlock()
    assert not hand_over(db_path)  # nobody listens


def test_start_backs_up_in_the_background_and_exit_only_when_the_last_is_old(
    qapp, db_path, admin, answer_dialogs, qtbot
):
    import os

    controller = AppController(qapp, db_path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    controller.wait_for_backup()
    folder = db_path.parent / "backups"
    daily = list(folder.glob("auto_*.db"))
    assert len(daily) == 1 and backup.integrity_problems(daily[0]) == []
    controller.shutdown()  # a backup from a minute ago is recent enough
    assert list(folder.glob("auto_*.db")) == daily
    old = daily[0].stat().st_mtime - 2 * 3600
    os.utime(daily[0], (old, old))
    open_database(db_path)
    controller.shutdown()
    made = set(folder.glob("auto_*.db")) - set(daily)
    assert len(made) == 1
    assert backup.integrity_problems(made.pop()) == []
    open_database(db_path)  # the fixture closes it again


def _damaged_office(path, password):
    open_database(path)
    office_service.init_office("TST01", "Dinas Uji Coba")
    auth.create_user("admin", password, "admin")
    elsewhere = backup.make_backup(path.parent.parent / "usb")
    close_database()
    for old in (path.parent / "backups").glob("*.db"):
        old.unlink()
    data = bytearray(path.read_bytes())
    for n in range(2, len(data) // 4096):
        data[n * 4096 : n * 4096 + 12] = b"\xee" * 12
    path.write_bytes(bytes(data))
    return elsewhere, bytes(data)


def test_damaged_database_without_backups_restores_a_chosen_copy(
    qapp, tmp_path, warnings_shown, answer_dialogs, admin_password, monkeypatch, qtbot
):
    (tmp_path / "kantor").mkdir()
    path = tmp_path / "kantor" / "kantor.db"
    elsewhere, _ = _damaged_office(path, admin_password)
    monkeypatch.setattr(controller_module.messages, "confirm", lambda *a: True)
    monkeypatch.setattr(database_opening, "choose_backup_file", lambda db: elsewhere)
    controller = AppController(qapp, path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert backup.quick_check() == []


def test_damaged_database_is_left_alone_when_the_user_declines(
    qapp, tmp_path, warnings_shown, answer_dialogs, admin_password, monkeypatch
):
    (tmp_path / "kantor").mkdir()
    path = tmp_path / "kantor" / "kantor.db"
    _, damaged = _damaged_office(path, admin_password)
    asked = []
    monkeypatch.setattr(
        controller_module.messages, "confirm", lambda parent, title, text: asked.append(text)
    )
    controller = AppController(qapp, path, "en")
    assert not controller.start()
    assert asked and "no good backup" in asked[0]
    assert path.read_bytes() == damaged  # nothing changed


def test_backup_to_a_chosen_folder_and_restore_it(
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
    monkeypatch.setattr(controller_module.messages, "info", lambda p, t, text: infos.append(text))
    controller.backup_to_folder()
    copies = list(stick.glob("*.db"))
    assert len(copies) == 1 and backup.integrity_problems(copies[0]) == []
    assert str(copies[0]) in infos[0]

    units.save_unit(units.UnitInput("BARU", "Unit setelah cadangan", "SEKSI"))
    old_id = office_service.current_office().database_id
    monkeypatch.setattr(
        controller_module.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a: (str(copies[0]), "")),
    )
    monkeypatch.setattr(controller_module.messages, "confirm", lambda *a: True)
    controller.restore_backup()
    qtbot.addWidget(controller.window)
    assert [u.code for u in units.list_units()] == []  # the state of the backup
    assert office_service.current_office().database_id != old_id
    assert answer_dialogs.shown.count("SignInDialog") == 2  # signed in again after restoring
    assert controller.window.isVisible()


def test_idle_lock_blurs_an_open_form_and_only_its_user_unlocks(
    qapp, db_path, admin, admin_password, answer_dialogs, qtbot
):
    from PySide6.QtWidgets import QDialog, QLineEdit

    controller = AppController(qapp, db_path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    auth.create_user("tamu", "Lihat-Saja-2026", "viewer")
    form = QDialog(controller.window)
    typed = QLineEdit("half-typed text", form)
    qtbot.addWidget(form)
    form.show()
    seen = []

    def unlock(dialog):
        seen.append((form.isVisible(), form.graphicsEffect() is not None))
        dialog.username.setText("tamu")
        dialog.password.setText("Lihat-Saja-2026")
        dialog.sign_in()
        assert dialog.session is None and "admin" in dialog.error.text()
        dialog.username.setText("admin")
        dialog.password.setText(admin_password)
        dialog.sign_in()
        return dialog.session is not None

    answer_dialogs.handlers["SignInDialog"] = unlock
    controller.lock_now()
    assert seen == [(True, True)]  # still open (not ended) but unreadable while locked
    assert form.isVisible() and form.graphicsEffect() is None
    assert typed.text() == "half-typed text"
    assert session.current().username == "admin"


def test_second_start_while_locked_does_not_show_the_data(
    qapp, db_path, admin, answer_dialogs, qtbot
):
    controller = AppController(qapp, db_path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    controller.locked = True
    controller.window.hide()
    assert hand_over(db_path)
    qtbot.wait(300)
    assert not controller.window.isVisible()
    controller.locked = False


def test_cancelled_switch_falls_back_to_the_previous_database_and_user(
    qapp, db_path, admin, answer_dialogs, tmp_path, monkeypatch, qtbot
):
    controller = AppController(qapp, db_path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    other = tmp_path / "lain.db"
    answer_dialogs.handlers["FirstRunDialog"] = lambda dialog: False  # cancelled
    controller._switch_to(other)
    qtbot.addWidget(controller.window)
    assert controller.db_path == db_path
    assert office_service.current_office().code == "TST01"
    assert session.current().username == "admin"


def test_switch_quits_when_the_previous_database_cannot_come_back(
    qapp, db_path, admin, answer_dialogs, tmp_path, monkeypatch, qtbot
):
    controller = AppController(qapp, db_path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    quits = []
    monkeypatch.setattr(controller, "quit", lambda: quits.append(True))
    answer_dialogs.handlers["FirstRunDialog"] = lambda dialog: False
    real_open = controller._open
    monkeypatch.setattr(
        controller, "_open", lambda path: False if path == db_path else real_open(path)
    )
    controller._switch_to(tmp_path / "lain.db")
    assert quits == [True]
    assert session.current() is None  # nobody stays signed in on a database they did not open
    open_database(db_path)


def test_first_start_with_a_refused_admin_leaves_no_office(qtbot, db_path):
    from desktop_app.views.auth_dialogs import FirstRunDialog

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.code.setText("DINKES01")
    dialog.name.setText("Dinas Kesehatan")
    dialog.username.setText("x")  # too short: refused by the account rules
    dialog.password.setText(STRONG)
    dialog.repeat.setText(STRONG)
    dialog.save()
    assert dialog.account_fields.errors["username"].text()
    assert office_service.current_office() is None and not auth.has_users()
    dialog.username.setText("admin")
    dialog.save()
    assert office_service.current_office().code == "DINKES01" and auth.has_users()


def test_later_tabs_are_built_when_first_shown(qapp, db_path, admin, answer_dialogs, qtbot):
    from desktop_app.views.skp.tab import SkpTab

    controller = AppController(qapp, db_path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    lazy = controller.window.tabs.widget(1)
    assert lazy.inner is None
    controller.window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: isinstance(lazy.inner, SkpTab), timeout=2000)
