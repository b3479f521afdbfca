"""The register history through the services (issue 20): a register edit of the unit,
position, golongan or appraiser closes the current stretch yesterday and opens one today; a
transfer from the first day of the next SKP; other edits leave it alone; the past period's
monitoring shows the appraiser of its time; migration 0017 gives every employee one open
stretch from its current values, found by `audit verify`; the list follows the role scope."""

from __future__ import annotations

import datetime as dt
import shutil

from desktop_app.models import AuditEntry, EmployeeHistory
from desktop_app.models.database import close_database, open_database
from desktop_app.services import audit_verify, auth, session
from desktop_app.services.evaluation import monitoring
from desktop_app.services.register import employees, register_history
from desktop_app.services.register.register_history import EDIT, START, TRANSFER
from tests.services.test_transfers import (
    _move,
    people,  # noqa: F401  (the fixture)
)

TODAY = dt.date.today()


def _rows(employee_id: int) -> list[tuple]:
    return [
        (r.valid_from, r.valid_to, r.unit_id, r.appraiser_id, r.grade, r.source)
        for r in EmployeeHistory.select()
        .where(EmployeeHistory.employee == employee_id)
        .order_by(EmployeeHistory.id)
    ]


def test_a_new_employee_starts_open_and_an_edit_of_the_post_is_dated(people):  # noqa: F811
    budi = people["budi"]
    assert _rows(budi) == [(None, None, people["dinkes"], people["kabid"], "III/b", START)]
    record = employees.get_employee(budi)
    record.phone = "0812 3456 7890"
    employees.save_employee(record, budi)  # not a post: no new stretch
    assert len(_rows(budi)) == 1
    record = employees.get_employee(budi)
    record.appraiser_id = people["kapus"]
    record.grade = "III/c"
    employees.save_employee(record, budi)
    assert _rows(budi) == [
        (None, TODAY - dt.timedelta(days=1), people["dinkes"], people["kabid"], "III/b", START),
        (TODAY, None, people["dinkes"], people["kapus"], "III/c", EDIT),
    ]
    record = employees.get_employee(budi)
    record.grade = "III/d"  # a second edit the same day corrects today's stretch
    employees.save_employee(record, budi)
    assert len(_rows(budi)) == 2 and _rows(budi)[1][4] == "III/d"
    entity = EmployeeHistory._meta.table_name
    assert AuditEntry.select().where(AuditEntry.entity == entity).count() >= 4


def test_a_transfer_dates_the_history_and_the_past_monitoring_follows_it(people):  # noqa: F811
    budi = people["budi"]
    _move(people)  # mutasi: SKP January - July, the next one from August
    rows = _rows(budi)
    assert rows[-2][1] == dt.date(2026, 7, 31) and rows[-2][3] == people["kabid"]
    assert rows[-1][:4] == (dt.date(2026, 8, 1), None, people["pkm"], people["kapus"])
    assert rows[-1][5] == TRANSFER
    assert register_history.post_on(budi, dt.date(2026, 3, 31)).appraiser_id == people["kabid"]
    assert register_history.post_on(budi, dt.date(2026, 9, 1)).unit_id == people["pkm"]
    assert register_history.appraisers_on(dt.date(2026, 6, 30))[budi] == people["kabid"]

    def appraiser(key: str, day: dt.date) -> str:
        found = [r for r in monitoring.monitoring(key, day=day) if r.employee_id == budi]
        return found[0].appraiser_name

    assert appraiser("2026-Q2", dt.date(2026, 12, 3)) == "Kabid"  # the appraiser of its time
    assert appraiser("2026-Q4", dt.date(2026, 12, 3)) == "Kapus"  # running: today's
    shown = register_history.history(budi)
    assert [(r.valid_from, r.unit_name, r.appraiser_name) for r in shown] == [
        (dt.date(2026, 8, 1), "Puskesmas Kota", "Kapus"),
        (None, "Dinas Kesehatan", "Kabid"),
    ]
    assert shown[0].position_name == "Pengelola Data" and shown[1].position_name == "Analis"


def test_the_list_follows_the_role_scope(people):  # noqa: F811
    auth.create_user("kapus", "Rahasia-Kantor-2026", "supervisor", employee_id=people["kapus"])
    session.sign_in_as(auth.authenticate("kapus", "Rahasia-Kantor-2026"))
    assert register_history.history(people["budi"]) == []  # not Kapus's staff
    session.sign_in_as(None)
    assert register_history.history(people["budi"])


def test_migration_0017_starts_every_employee_audited(tmp_path, monkeypatch):
    from desktop_app.models import database
    from desktop_app.services import office as office_service
    from desktop_app.services.register import units as unit_service
    from desktop_app.services.register.employees import EmployeeInput

    before = tmp_path / "migrations-0016"
    before.mkdir()
    for script in database.MIGRATIONS_DIR.glob("[0-9]*.py"):
        if int(script.stem[:4]) < 17:
            shutil.copy(script, before / script.name)
    path = tmp_path / "office-0016.db"
    with monkeypatch.context() as patch:  # an office made by the program before 0017
        patch.setattr(database, "MIGRATIONS_DIR", before)
        patch.setattr(register_history, "record_post", lambda *args: None)
        open_database(path)
        office_service.init_office("TST01", "Dinas Uji Coba")
        unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
        kabid = employees.save_employee(EmployeeInput("197102022000032002", "Kabid", "IV/a", unit))
        budi = employees.save_employee(
            EmployeeInput("198609262015051001", "Budi", "III/b", unit, appraiser_id=kabid)
        )
        close_database()
    result = open_database(path)
    try:
        assert result.upgraded_from is not None and result.upgraded_from < 17
        started = {r.employee_id: r for r in EmployeeHistory.select()}
        assert set(started) == {kabid, budi}
        row = started[budi]
        assert (row.valid_from, row.valid_to, row.source) == (None, None, START)
        assert (row.unit_id, row.appraiser_id, row.grade) == (unit, kabid, "III/b")
        check = audit_verify.check()
        assert check.ok and check.records >= 2, audit_verify.report_lines(check)
        record = employees.get_employee(budi)
        record.grade = "III/c"
        employees.save_employee(record, budi)  # the history goes on from the started row
        assert [r[5] for r in _rows(budi)] == [START, EDIT]
    finally:
        close_database()


def test_the_demos_past_year_finds_the_appraiser_of_its_time(db_path, demo_templates):
    """The demo's register history starts everybody in the past year's post; the July
    transfer closes it: every 2025 SKP froze the appraiser the history holds for 2025, and
    the 2025 monitoring shows that one for the transferred employee, not today's."""
    import json

    from desktop_app.models import Employee, PerformancePlan, Period

    demo_templates.open_copy(db_path, 300, seed=3, today=dt.date(2026, 11, 23))
    employees_now = {e.id: e for e in Employee.select()}
    assert EmployeeHistory.select().count() >= len(employees_now)
    end_2025 = dt.date(2025, 12, 31)
    then = register_history.appraisers_on(end_2025)
    by_nip = {e.nip: e.id for e in employees_now.values()}
    past_plans = (
        PerformancePlan.select()
        .join(Period)
        .where((Period.year == 2025) & (PerformancePlan.form != "JPT"))
    )
    checked = 0
    for plan in past_plans:
        frozen = json.loads(plan.snapshot)["appraiser"]
        if frozen and frozen.get("nip") in by_nip:
            assert then[plan.employee_id] == by_nip[frozen["nip"]], plan.employee_id
            checked += 1
    assert checked > 200
    moved = [e for e, a in then.items() if a != employees_now[e].appraiser_id]
    assert len(moved) == 1  # the demo's July transfer
    old = employees_now[then[moved[0]]]
    rows = {r.employee_id: r for r in monitoring.monitoring("2025-Q4", day=dt.date(2026, 11, 23))}
    assert rows[moved[0]].appraiser_name == old.name
    now = employees_now[employees_now[moved[0]].appraiser_id]
    rows = {r.employee_id: r for r in monitoring.monitoring("2026-Q4", day=dt.date(2026, 11, 23))}
    assert rows[moved[0]].appraiser_name == now.name
