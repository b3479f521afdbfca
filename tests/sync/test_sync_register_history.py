"""The register history travels in the sync packages (issue 20): the central office receives
each stretch with its employee, unit, position and appraiser resolved; an unknown source or a
date that is no date is quarantined, never stored."""

from __future__ import annotations

import datetime as dt

from desktop_app.models import Employee, EmployeeHistory
from desktop_app.services.register import employees
from tests.sync.conftest import using
from tests.sync.test_sync_appraisers import _forged


def _edit(sites) -> tuple[str, str]:
    """A register edit at the office: the employee's appraiser changes today."""
    with using(sites.office):
        staff = Employee.select().where(Employee.appraiser.is_null(False)).first()
        other = (
            Employee.select()
            .where((Employee.id != staff.id) & (Employee.id != staff.appraiser_id))
            .first()
        )
        record = employees.get_employee(staff.id)
        record.appraiser_id = other.id
        employees.save_employee(record, staff.id)
        return staff.nip, other.nip


def test_the_history_reaches_the_central_office(sites):
    nip, appraiser_nip = _edit(sites)
    result = sites.import_(sites.export())
    assert result.totals["quarantined"] == 0
    assert result.summary["employee_history"]["new"] >= 2
    with using(sites.central):
        staff = Employee.get(Employee.nip == nip)
        rows = list(
            EmployeeHistory.select()
            .where(EmployeeHistory.employee == staff)
            .order_by(EmployeeHistory.id)
        )
        assert rows[-1].valid_from == dt.date.today() and rows[-1].valid_to is None
        assert rows[-1].appraiser.nip == appraiser_nip and rows[-1].source == "EDIT"
        assert rows[-2].valid_to == dt.date.today() - dt.timedelta(days=1)
        assert rows[-1].unit.name == staff.unit.name


def test_hostile_history_records_are_quarantined(sites, tmp_path):
    _edit(sites)
    for values, reason in (
        ({"source": "HACK"}, "source 'HACK' is not one of"),
        ({"valid_from": "2026-02-30"}, "is not a date"),
        ({"grade": "x" * 9}, "more than 8"),
    ):
        result, uid = _forged(sites, tmp_path, "employee_history", lambda r, v=values: r.update(v))
        found = [
            q.reason for q in result.quarantined if q.uid.replace("-", "") == uid.replace("-", "")
        ]
        assert found and reason in found[0], (values, found)
