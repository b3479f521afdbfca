"""The daily log travels in the sync packages: the central office receives the demo's rencana
aksi, log entries and holidays with their references resolved; a hostile record (an unknown
kind or status, an impossible day, an over-long unit) is quarantined, never stored."""

from __future__ import annotations

from desktop_app.models import ActionPlan, DailyLogEntry, Holiday
from tests.sync.conftest import using
from tests.sync.test_sync_appraisers import _forged


def test_the_daily_log_reaches_the_central_office(sites):
    with using(sites.office):
        entries = {
            str(e.uid): (e.day, e.starts, e.ends, e.realisasi, str(e.employee.uid))
            for e in DailyLogEntry.select()
        }
        actions = ActionPlan.select().count()
        holidays = Holiday.select().count()
    assert entries and actions and holidays
    result = sites.import_(sites.export())
    assert result.totals["quarantined"] == 0
    assert result.summary["daily_log_entry"]["new"] == len(entries)
    assert result.summary["action_plan"]["new"] == actions
    assert result.summary["holiday"]["new"] == holidays
    with using(sites.central):
        for uid, (day, starts, ends, realisasi, employee) in list(entries.items())[:50]:
            row = DailyLogEntry.get(DailyLogEntry.uid == uid.replace("-", ""))
            assert (row.day, row.starts, row.ends, row.realisasi, str(row.employee.uid)) == (
                day,
                starts,
                ends,
                realisasi,
                employee,
            )


def test_hostile_daily_log_records_are_quarantined(sites, tmp_path):
    cases = [
        ("daily_log_entry", {"kind": "NAP"}, "kind 'NAP' is not one of"),
        ("daily_log_entry", {"day": "2026-02-30"}, "is not a date"),
        ("daily_log_entry", {"unit": "x" * 61}, "more than 60"),
        ("action_plan", {"status": "MAYBE"}, "status 'MAYBE' is not one of"),
    ]
    for entity, values, reason in cases:
        result, uid = _forged(sites, tmp_path, entity, lambda r, v=values: r.update(v))
        found = [
            q.reason for q in result.quarantined if q.uid.replace("-", "") == uid.replace("-", "")
        ]
        assert found and reason in found[0], (entity, values, found)
    with using(sites.central):
        assert DailyLogEntry.select().where(DailyLogEntry.kind == "NAP").count() == 0
