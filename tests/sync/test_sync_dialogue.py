"""Dialog kinerja / konseling kinerja records and PPPK contracts travel in the sync packages:
the central office receives the demo's records with their references resolved; a hostile
record (an unknown kind or work time, an impossible date, a snapshot that is no JSON object)
is quarantined with its reason, never stored."""

from __future__ import annotations

from desktop_app.models import PerformanceDialogue, PppkContract
from tests.sync.conftest import using
from tests.sync.test_sync_appraisers import _forged


def test_dialogues_and_contracts_reach_the_central_office(sites):
    with using(sites.office):
        dialogues = {
            str(d.uid): (d.kind, d.held_on, str(d.employee.uid), d.evaluation_id is not None)
            for d in PerformanceDialogue.select()
        }
        contracts = {
            str(c.uid): (c.work_time, c.starts, c.ends, str(c.employee.uid))
            for c in PppkContract.select()
        }
    assert dialogues and contracts
    result = sites.import_(sites.export())
    assert result.totals["quarantined"] == 0
    assert result.summary["performance_dialogue"]["new"] == len(dialogues)
    assert result.summary["pppk_contract"]["new"] == len(contracts)
    with using(sites.central):
        for uid, (kind, held_on, employee, linked) in dialogues.items():
            row = PerformanceDialogue.get(PerformanceDialogue.uid == uid.replace("-", ""))
            assert (row.kind, row.held_on, str(row.employee.uid)) == (kind, held_on, employee)
            assert (row.evaluation_id is not None) == linked
        for uid, (work_time, starts, ends, employee) in contracts.items():
            row = PppkContract.get(PppkContract.uid == uid.replace("-", ""))
            assert (row.work_time, row.starts, row.ends, str(row.employee.uid)) == (
                work_time,
                starts,
                ends,
                employee,
            )


def test_hostile_dialogue_and_contract_records_are_quarantined(sites, tmp_path):
    cases = [
        ("performance_dialogue", {"kind": "GOSSIP"}, "kind 'GOSSIP' is not one of"),
        ("performance_dialogue", {"held_on": "2026-02-30"}, "is not a date"),
        ("performance_dialogue", {"snapshot": "[1]"}, "is not a JSON object"),
        ("pppk_contract", {"work_time": "HALF"}, "work_time 'HALF' is not one of"),
        ("pppk_contract", {"decree": "x" * 101}, "more than 100"),
    ]
    for entity, values, reason in cases:
        result, uid = _forged(sites, tmp_path, entity, lambda r, v=values: r.update(v))
        found = [
            q.reason for q in result.quarantined if q.uid.replace("-", "") == uid.replace("-", "")
        ]
        assert found and reason in found[0], (entity, values, found)
    with using(sites.central):
        assert PerformanceDialogue.select().where(PerformanceDialogue.kind == "GOSSIP").count() == 0
        assert PppkContract.select().where(PppkContract.work_time == "HALF").count() == 0
