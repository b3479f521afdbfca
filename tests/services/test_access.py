"""Authorisation through the real services on a real register: each role against each use
case, and a supervisor against their own staff and another supervisor's staff.

Kabid A appraises Budi; Kabid B appraises Siti. Signed in as Kabid A, the services show and open
Budi and Kabid A only, and refuse every register write, export, import and the audit trail.
"""

from __future__ import annotations

import pytest

from desktop_app.services import audit, auth, backup, office, session, settings
from desktop_app.services.register import (
    employee_export,
    employee_import_preview,
    employee_queries,
    employees,
)
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.session import AccessDenied

PASSWORD = "Rahasia-Kantor-2026"


@pytest.fixture
def register(office, tmp_path):
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kabid_a = employees.save_employee(EmployeeInput("197001012000031001", "Kabid A", "IV/a", unit))
    kabid_b = employees.save_employee(EmployeeInput("197102022000032002", "Kabid B", "IV/a", unit))
    budi = employees.save_employee(
        EmployeeInput(
            "198609262015051001", "Budi", "III/b", unit, supervisor_id=kabid_a,
            appraiser_id=kabid_a,
        )
    )  # fmt: skip
    siti = employees.save_employee(
        EmployeeInput(
            "199001152015032002", "Siti", "III/a", unit, supervisor_id=kabid_b,
            appraiser_id=kabid_b,
        )
    )  # fmt: skip
    auth.create_user("admin", PASSWORD, "admin")
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    auth.create_user("hrd", PASSWORD, "hr")
    auth.create_user("kabida", PASSWORD, "supervisor", kabid_a)
    auth.create_user("tamu", PASSWORD, "viewer")
    session.sign_in_as(None)
    return {"unit": unit, "kabid_a": kabid_a, "kabid_b": kabid_b, "budi": budi, "siti": siti}


def _as(username: str) -> None:
    session.sign_in_as(None)
    session.sign_in_as(auth.authenticate(username, PASSWORD))


def _allowed(call) -> bool:
    try:
        call()
    except AccessDenied:
        return False
    return True


@pytest.mark.parametrize(
    ("user", "sees"),
    [
        ("admin", {"Kabid A", "Kabid B", "Budi", "Siti"}),
        ("hrd", {"Kabid A", "Kabid B", "Budi", "Siti"}),
        ("tamu", {"Kabid A", "Kabid B", "Budi", "Siti"}),
        ("kabida", {"Kabid A", "Budi"}),
    ],
)
def test_who_sees_which_employees(register, user, sees):
    _as(user)
    assert {r.name for r in employee_queries.list_employees()} == sees


def test_supervisor_cannot_open_another_supervisors_staff(register):
    _as("kabida")
    assert employees.get_employee(register["budi"]).name == "Budi"
    with pytest.raises(employees.NotFoundError):
        employees.get_employee(register["siti"])
    with pytest.raises(employees.NotFoundError):
        employees.get_employee(register["kabid_b"])


@pytest.mark.parametrize(
    ("user", "may_write", "may_export", "may_audit", "may_manage"),
    [
        ("admin", True, True, True, True),
        ("hrd", True, True, True, False),
        ("kabida", False, False, False, False),
        ("tamu", False, True, False, False),
    ],
)
def test_use_case_matrix(register, tmp_path, user, may_write, may_export, may_audit, may_manage):
    _as(user)
    for target in ("budi", "siti"):  # own staff and someone else's: the same refusal
        data = EmployeeInput("198609262015051001", "Budi", "III/b", register["unit"])
        if target == "siti":
            data = EmployeeInput("199001152015032002", "Siti", "III/a", register["unit"])
        assert _allowed(lambda d=data, t=target: employees.save_employee(d, register[t])) is (
            may_write
        )
        assert _allowed(lambda t=target: employees.set_active(register[t], False, "Mutasi")) is (
            may_write
        )
    assert (
        _allowed(lambda: unit_service.save_unit(unit_service.UnitInput("X1", "Unit X", "SEKSI")))
        is may_write
    )
    out = tmp_path / f"{user}.xlsx"
    assert _allowed(lambda: employee_export.export_employees(out, [register["siti"]])) is may_export
    assert out.exists() is may_export
    template = tmp_path / "template.xlsx"
    employee_export.write_template(template)
    assert _allowed(lambda: employee_import_preview.read_file(template)) is may_write
    assert _allowed(lambda: audit.search()) is may_audit
    assert _allowed(lambda: audit.history(employees.record_uid(register["siti"]))) is (
        user != "kabida"
    )
    assert _allowed(lambda: auth.list_users()) is may_manage
    assert _allowed(lambda: settings.update_preferences(10, 5)) is may_manage
    assert _allowed(lambda: office.rename_office("Dinas Baru")) is may_manage
    assert _allowed(lambda: audit.actors()) is may_audit
    stick = tmp_path / f"usb-{user}"
    stick.mkdir()
    assert _allowed(lambda: backup.make_backup(stick)) is may_manage  # the whole file
    assert _allowed(lambda: backup.make_backup()) is True  # the automatic copy beside it


@pytest.mark.parametrize("user", ["hrd", "kabida", "tamu"])
def test_only_the_administrator_restores(register, tmp_path, user):
    session.sign_in_as(None)
    copy = backup.make_backup(tmp_path)
    _as(user)
    with pytest.raises(AccessDenied):
        backup.restore(copy)


def test_supervisor_sees_no_chain_outside_their_staff(register):
    _as("kabida")
    assert [link.name for link in employee_queries.chain_preview(register["budi"])] == [
        "Budi",
        "Kabid A",
    ]
    assert employee_queries.chain_preview(register["siti"]) == []
    assert employee_queries.supervisor_chain(register["siti"]) == []


def test_refused_writes_leave_no_trace(register):
    before = audit.verify_chain()[0]
    _as("kabida")
    with pytest.raises(AccessDenied):
        employees.set_active(register["siti"], False, "Mutasi")
    session.sign_in_as(None)
    assert employees.get_employee(register["siti"]).active
    assert audit.verify_chain()[0] == before  # nothing audited: nothing was written
