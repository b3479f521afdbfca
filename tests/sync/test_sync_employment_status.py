"""Kedudukan hukum, the stages of a year and their closing history travel in the sync
packages: the central office receives them with their references resolved; an unknown
status or action is quarantined, never stored. A package holding changes to a period the
office closed later is applied as the office sent it (the office's data; the closing
travels with it and the central office never writes an office's data)."""

from __future__ import annotations

import datetime as dt

from desktop_app.models import Employee, EmploymentStatus, Period, PeriodClosure, PeriodStage
from desktop_app.services import period_stages, periods
from desktop_app.services.register import employment_status
from desktop_app.services.register.employment_status import StatusInput
from tests.sync.conftest import using
from tests.sync.test_sync_appraisers import _forged


def _add(sites) -> str:
    with using(sites.office):
        recorded = EmploymentStatus.select(EmploymentStatus.employee)  # the demo's CLTN, ...
        staff = (
            Employee.select()
            .where(Employee.appraiser.is_null(False) & Employee.id.not_in(recorded))
            .first()
        )
        status_id = employment_status.save_status(
            staff.id, StatusInput("02", dt.date(2026, 3, 1), None, "800/12/2026")
        )
        year = Period.select().order_by(Period.year.desc()).first().year
        period_stages.set_deadline(year, f"{year}-Q2", dt.date(year, 7, 10))
        period_stages.close_stage(year, f"{year}-Q2")  # the demo closed Q1 already
        if not periods.period_for(year).closed:
            periods.close_year(year)
            periods.reopen_year(year, "Koreksi data")
        return str(EmploymentStatus.get_by_id(status_id).uid)


def test_statuses_stages_and_closings_reach_the_central_office(sites):
    status_uid = _add(sites)
    result = sites.import_(sites.export())
    assert result.totals["quarantined"] == 0
    for entity in ("employment_status", "period_stage", "period_closure"):
        assert result.summary[entity]["new"] >= 1, entity
    with using(sites.central):
        row = EmploymentStatus.get(EmploymentStatus.uid == status_uid)
        assert row.employee.nip and row.code == "02" and row.decree == "800/12/2026"
        assert row.starts == dt.date(2026, 3, 1) and row.ends is None
        stage = PeriodStage.get(PeriodStage.stage.endswith("-Q2"))
        assert stage.closed and stage.deadline.month == 7
        reasons = {c.reason for c in PeriodClosure.select()}
        assert "Koreksi data" in reasons


def test_unknown_statuses_and_actions_are_quarantined(sites, tmp_path):
    _add(sites)
    for entity, values, reason in (
        ("employment_status", {"code": "ZZ"}, "code 'ZZ' is not one of"),
        ("period_closure", {"action": "BURN"}, "action 'BURN' is not one of"),
        ("employment_status", {"starts": "2026-02-30"}, "is not a date"),
    ):
        result, uid = _forged(sites, tmp_path, entity, lambda r, v=values: r.update(v))
        found = [
            q.reason for q in result.quarantined if q.uid.replace("-", "") == uid.replace("-", "")
        ]
        assert found and reason in found[0], (entity, values, found)
