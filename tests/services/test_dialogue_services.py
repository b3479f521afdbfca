"""Dialog kinerja / konseling kinerja records and PPPK contracts through the services: saving
as typed, every refusal by field with nothing stored, the role scope (the appraiser for own
staff, HR everyone, viewers read), the audit trail, the follow-up of a poor predikat (the
missing konseling listed), the contract overlap refused and the recommendations."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.errors import FieldErrors, InputError
from desktop_app.models import AuditEntry, PerformanceDialogue, PppkContract
from desktop_app.scoring.pppk_contract import Reason, Recommendation
from desktop_app.services.development import dialogue
from desktop_app.services.development.dialogue import DialogueInput
from desktop_app.services.evaluation import pppk_recommendation
from desktop_app.services.register import contracts
from desktop_app.services.register.contracts import ContractInput
from desktop_app.services.session import AccessDenied
from tests import followup_office
from tests.followup_office import YEAR, day, evaluate, sign_in


@pytest.fixture
def people(office):
    return followup_office.build()


def _counselling(people, **changes) -> DialogueInput:
    values = dict(
        employee_id=people.budi,
        kind="KONSELING",
        held_on=day(4, 10),
        topic="Capaian triwulan I di bawah ekspektasi",
        agreement="Rencana perbaikan; bimbingan mingguan",
        others=["  dr. Ani  (NIP 1980)", "", "Pak  Joko"],
        follow_up_on=day(5, 10),
        evaluation_id=people.evaluations["budi_q1"],
    )
    values.update(changes)
    return DialogueInput(**values)


def test_saved_as_typed_with_the_people_frozen_and_audited(people):
    sign_in("kabid")
    record = dialogue.save_dialogue(_counselling(people))
    stored = dialogue.get_dialogue(record)
    assert stored.others == ["dr. Ani (NIP 1980)", "Pak Joko"]
    assert (stored.held_on, stored.follow_up_on) == (day(4, 10), day(5, 10))
    assert stored.topic == "Capaian triwulan I di bawah ekspektasi"
    snapshot = json.loads(PerformanceDialogue.get_by_id(record).snapshot)
    assert snapshot["employee"]["name"] == "Budi"
    assert snapshot["appraiser"]["name"] == "Kabid"
    rows = dialogue.list_dialogues(people.budi)
    assert [r.follows for r in rows] == ["Triwulan I 2026 (Kurang/Misconduct)"]
    entry = AuditEntry.select().where(AuditEntry.entity == "performance_dialogue").get()
    assert entry.actor == "kabid"


def test_each_wrong_field_is_named_and_nothing_is_stored(people):
    sign_in("kabid")
    bad = _counselling(
        people,
        kind="CHAT",
        held_on=dt.date.today() + dt.timedelta(days=1),
        topic="  ",
        evaluation_id=people.evaluations["lain_q1"],
    )
    with pytest.raises(FieldErrors) as caught:
        dialogue.save_dialogue(bad)
    assert set(caught.value.errors) == {"kind", "held_on", "topic", "evaluation"}
    late = _counselling(people, follow_up_on=day(4, 9), others=["x" * 201])
    with pytest.raises(FieldErrors) as caught:
        dialogue.save_dialogue(late)
    assert set(caught.value.errors) == {"follow_up_on", "others"}
    assert "before the day held" in str(caught.value.errors["follow_up_on"])
    assert PerformanceDialogue.select().count() == 0


def test_role_scope(people):
    sign_in("kasi")  # appraises Lain, not Budi
    with pytest.raises(AccessDenied):
        dialogue.save_dialogue(_counselling(people))
    assert not dialogue.may_write(people.budi)
    sign_in("lihat")
    with pytest.raises(AccessDenied):
        dialogue.save_dialogue(_counselling(people))
    sign_in("staffhr")  # HR writes everyone's records
    record = dialogue.save_dialogue(_counselling(people))
    sign_in("lihat")
    assert [r.id for r in dialogue.list_dialogues(people.budi)] == [record]
    with pytest.raises(AccessDenied):
        dialogue.delete_dialogue(record)
    sign_in("kabid")
    dialogue.delete_dialogue(record)
    assert dialogue.list_dialogues(people.budi) == []


def test_follow_up_lists_the_poor_predikat_without_counselling(people):
    sign_in("staffhr")
    everyone = [people.budi, people.pia, people.roni, people.lain]
    missing = dialogue.missing_counselling(YEAR, everyone)
    assert set(missing) == {people.budi, people.roni, people.lain}
    assert dialogue.missing_words(missing[people.roni]) == "Triwulan I 2026 (Butuh Perbaikan)"
    # a dialog kinerja does not follow up; an unlinked konseling in the window does
    dialogue.save_dialogue(_counselling(people, kind="DIALOG", evaluation_id=None))
    dialogue.save_dialogue(
        _counselling(people, employee_id=people.roni, evaluation_id=None, held_on=day(4, 2))
    )
    missing = dialogue.missing_counselling(YEAR, everyone)
    assert set(missing) == {people.budi, people.lain}
    record = dialogue.save_dialogue(_counselling(people))
    lines = dialogue.follow_up_lines(people.budi, YEAR)
    assert [(line.period_key, line.counselled_on) for line in lines] == [("2026-Q1", day(4, 10))]
    assert set(dialogue.missing_counselling(YEAR, everyone)) == {people.lain}
    dialogue.delete_dialogue(record)
    assert set(dialogue.missing_counselling(YEAR, everyone)) == {people.budi, people.lain}


def _contract(people, **changes) -> ContractInput:
    values = dict(
        employee_id=people.pia,
        starts=dt.date(YEAR, 1, 1),
        ends=dt.date(YEAR, 12, 31),
        work_time="PART",
        decree="  800.1.13/001/BKPSDM/2026 ",
        decree_on=dt.date(YEAR - 1, 12, 18),
    )
    values.update(changes)
    return ContractInput(**values)


def test_contracts_saved_overlap_refused_and_hr_only(people):
    sign_in("kabid")
    with pytest.raises(AccessDenied):
        contracts.save_contract(_contract(people))
    sign_in("staffhr")
    first = contracts.save_contract(_contract(people))
    assert contracts.get_contract(first).decree == "800.1.13/001/BKPSDM/2026"
    with pytest.raises(FieldErrors) as caught:
        contracts.save_contract(
            _contract(people, starts=dt.date(YEAR, 12, 31), ends=dt.date(YEAR + 1, 12, 30))
        )
    assert set(caught.value.errors) == {"starts"}
    assert "cannot overlap" in str(caught.value.errors["starts"])
    assert "800.1.13/001/BKPSDM/2026" in str(caught.value.errors["starts"])
    nxt = contracts.save_contract(
        _contract(people, starts=dt.date(YEAR + 1, 1, 1), ends=dt.date(YEAR + 1, 12, 31))
    )
    contracts.save_contract(_contract(people, notes="diubah"), first)  # itself is no overlap
    with pytest.raises(FieldErrors) as caught:
        contracts.save_contract(
            _contract(people, work_time="X", ends=dt.date(YEAR - 1, 1, 1), decree="")
        )
    assert set(caught.value.errors) == {"work_time", "ends", "decree"}
    with pytest.raises(FieldErrors) as caught:
        contracts.save_contract(
            _contract(people, starts=dt.date(2030, 1, 1), ends=dt.date(2036, 1, 1))
        )
    assert set(caught.value.errors) == {"ends"}
    with pytest.raises(InputError, match="not a PPPK"):
        contracts.save_contract(_contract(people, employee_id=people.budi))
    assert [r.id for r in contracts.list_contracts(people.pia)] == [nxt, first]
    assert PppkContract.select().where(PppkContract.deleted == False).count() == 2
    entries = AuditEntry.select().where(AuditEntry.entity == "pppk_contract").count()
    assert entries == 3  # two created, one changed


def test_recommendations_from_the_results(people):
    sign_in("staffhr")
    contracts.save_contract(_contract(people))
    contracts.save_contract(
        _contract(
            people,
            employee_id=people.roni,
            work_time="FULL",
            starts=dt.date(YEAR - 1, 7, 1),
            ends=dt.date(YEAR + 1, 6, 30),
        )
    )
    found = pppk_recommendation.advice_for([people.pia, people.roni, people.budi], YEAR)
    assert set(found) == {people.pia, people.roni}
    pia = found[people.pia].advice
    assert (pia.recommendation, pia.reason, pia.period_key) == (
        Recommendation.EXTEND,
        Reason.QUARTER_GOOD,
        "2026-Q2",
    )
    assert found[people.roni].advice.reason == Reason.QUARTER_IMPROVE
    # the annual Baik of a part-timer with every quarter Baik: conversion proposed
    sign_in(None)
    for key in ("2026-Q3", "2026-Q4"):
        evaluate(people.pia, key, "SESUAI", "SESUAI")
    evaluate(people.pia, "2026", "SESUAI", "SESUAI")
    advice = pppk_recommendation.advice_for([people.pia], YEAR)[people.pia].advice
    assert advice.recommendation == Recommendation.CONVERT
    column = pppk_recommendation.for_monitoring("2026-Q4", [people.pia, people.budi, people.roni])
    assert set(column) == {people.pia, people.roni}
    lines = pppk_recommendation.advice_lines(YEAR)
    assert [line.name for line in lines] == ["Pia", "Roni"]
