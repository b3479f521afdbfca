"""Admin screens: users (add, reset, the last admin stays), history of a record, the audit
viewer with its filters, preferences and the forced password change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from desktop_app.services import auth, session, settings
from desktop_app.services.register import employees, units
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.views.admin import users_dialog
from desktop_app.views.admin.audit_views import AuditTableModel, AuditViewer, HistoryDialog
from desktop_app.views.admin.preferences_dialog import PreferencesDialog
from desktop_app.views.auth_dialogs import ChangePasswordDialog
from desktop_app.views.register import tab as tab_module
from desktop_app.views.register.tab import RegisterTab

pytestmark = pytest.mark.gui


@pytest.fixture
def signed_admin(admin, admin_password):
    session.sign_in_as(auth.authenticate("admin", admin_password))
    return admin


@pytest.fixture
def employee(office):
    unit = units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    emp = employees.save_employee(
        EmployeeInput("198609262015051001", "Budi Santoso", "III/a", unit)
    )
    return emp


def test_users_dialog_adds_a_supervisor_linked_to_an_employee(
    qtbot, signed_admin, employee, monkeypatch, qtmodeltester
):
    dialog = users_dialog.UsersDialog()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)

    def fill(form):
        form.username.setText("kasi")
        form.role.setCurrentIndex(form.role.findData("supervisor"))
        form.password.setText("Penilai-Kinerja-2026")
        form.repeat.setText("Penilai-Kinerja-2026")
        form.save()
        assert form.fields.errors["employee"].text()  # a supervisor needs an employee
        form.employee.set_id(employee)
        form.save()
        return form.saved_id is not None

    monkeypatch.setattr(users_dialog, "open_form", fill)
    dialog.add()
    rows = {r.username: r for r in auth.list_users()}
    assert rows["kasi"].role == "supervisor" and rows["kasi"].employee_id == employee
    assert dialog.current().username == "kasi"


def test_reset_password_forces_a_change_and_the_last_admin_stays(qtbot, signed_admin, monkeypatch):
    auth.create_user("tamu", "Lihat-Saja-2026", "viewer")
    dialog = users_dialog.UsersDialog()
    qtbot.addWidget(dialog)
    dialog.reload("tamu")

    def reset(form):
        form.password.setText("Sementara-2026x")
        form.repeat.setText("Sementara-2026x")
        form.save()
        return form.result() == form.DialogCode.Accepted

    monkeypatch.setattr(users_dialog, "open_form", reset)
    dialog.reset_password()
    assert auth.must_change_password("tamu")
    errors = []
    monkeypatch.setattr(users_dialog.messages, "show_error", lambda parent, err: errors.append(err))
    dialog.reload("admin")
    dialog.toggle_active()
    assert errors and "only active administrator" in str(errors[0])
    assert all(r.active for r in auth.list_users() if r.username == "admin")

    change = ChangePasswordDialog("tamu", forced=True)
    qtbot.addWidget(change)
    change.old.setText("Sementara-2026x")
    change.new.setText("short")
    change.repeat.setText("short")
    change.save()
    assert change.fields.errors["new_password"].text()
    change.new.setText("Milik-Sendiri-2026")
    change.repeat.setText("Milik-Sendiri-2026")
    change.save()
    assert not auth.must_change_password("tamu")
    assert auth.authenticate("tamu", "Milik-Sendiri-2026").username == "tamu"


def test_history_shows_who_changed_what(qtbot, signed_admin, employee, monkeypatch, qtmodeltester):
    detail = employees.get_employee(employee)
    detail.name = "Budi Santoso Putra"
    employees.save_employee(detail, employee)
    tab = RegisterTab()
    qtbot.addWidget(tab)
    tab.select(employee)
    opened = []
    monkeypatch.setattr(tab_module, "open_dialog", lambda dialog: opened.append(dialog) or True)
    tab.show_history()
    history = opened[0]
    assert isinstance(history, HistoryDialog)
    qtmodeltester.check(history.model)
    texts = [
        history.model.index(r, AuditTableModel.CHANGES).data()
        for r in range(history.model.rowCount())
    ]
    assert history.model.rowCount() == 2
    assert "Budi Santoso → Budi Santoso Putra" in texts[1]
    assert history.model.index(1, AuditTableModel.WHO).data() == "Admin Kantor"  # the person


def test_audit_viewer_filters_by_user_and_type(qtbot, signed_admin, employee, qtmodeltester):
    viewer = AuditViewer()
    qtbot.addWidget(viewer)
    qtmodeltester.check(viewer.model)
    everything = viewer.model.rowCount()
    assert everything >= 3
    viewer.entity.setCurrentIndex(viewer.entity.findData("employee"))
    assert viewer.model.rowCount() == 1
    assert "Budi Santoso" in viewer.model.index(0, AuditTableModel.RECORD).data()
    viewer.entity.setCurrentIndex(0)
    viewer.actor.setCurrentIndex(viewer.actor.findData("admin"))
    assert 0 < viewer.model.rowCount() < everything
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).strftime("%d-%m-%Y")
    for field in (viewer.until, viewer.since):  # typed: a day after today, both ends
        field.edit.selectAll()
        qtbot.keyClicks(field.edit, tomorrow)
    assert viewer.model.rowCount() == 0


def test_audit_viewer_is_refused_to_a_viewer(qtbot, admin):
    auth.create_user("tamu", "Lihat-Saja-2026", "viewer")
    session.sign_in_as(auth.authenticate("tamu", "Lihat-Saja-2026"))
    with pytest.raises(session.AccessDenied):
        AuditViewer()


def test_preferences_are_saved_and_checked(qtbot, signed_admin):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.idle.value() == 15
    for field, typed in ((dialog.idle, "5"), (dialog.keep, "3")):
        field.edit.selectAll()
        qtbot.keyClicks(field.edit, typed)
    dialog.save()
    assert (settings.get("idle_lock_minutes"), settings.get("backup_keep")) == (5, 3)
    with pytest.raises(settings.FieldErrors):
        settings.update_preferences(-1, 0)


def test_history_names_the_superior_instead_of_an_id(qtbot, signed_admin, employee):
    detail = employees.get_employee(employee)
    boss = employees.save_employee(
        EmployeeInput("197001012000031001", "Hartono", "IV/b", detail.unit_id)
    )
    detail.supervisor_id = boss
    employees.save_employee(detail, employee)
    history = HistoryDialog(employees.record_uid(employee), "Budi")
    qtbot.addWidget(history)
    last = history.model.index(history.model.rowCount() - 1, AuditTableModel.CHANGES).data()
    assert "Hartono" in last and f": {boss}" not in last


def test_audit_viewer_turns_local_days_into_utc_bounds():
    from desktop_app.views.admin.audit_views import _utc

    local_midnight = dt.datetime(2026, 3, 1).astimezone()  # this computer's time zone
    expected = local_midnight.astimezone(dt.UTC).replace(tzinfo=None)
    assert _utc(QDate(2026, 3, 1)) == expected


def test_history_shows_the_whole_latest_change_below_the_table(qtbot, signed_admin, employee):
    detail = employees.get_employee(employee)
    detail.notes = "Catatan panjang " * 20
    employees.save_employee(detail, employee)
    history = HistoryDialog(employees.record_uid(employee), "Budi")
    qtbot.addWidget(history)
    assert history.details.text().count("Catatan panjang") == 20
