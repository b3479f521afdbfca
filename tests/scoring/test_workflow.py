"""The pure workflow kit: transition tables and their refusals, history-only steps, reasons on
one line, and the frozen snapshot to and from JSON."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring import RuleError
from desktop_app.scoring.workflow import (
    PersonSnapshot,
    Snapshot,
    Transition,
    TransitionRefused,
    Workflow,
    clean_reason,
    stored_snapshot,
)

DRAFT, SUBMITTED, APPROVED, RETURNED, FINAL = "DRAFT", "SUBMITTED", "APPROVED", "RETURNED", "FINAL"
EDITABLE = frozenset({DRAFT, RETURNED})

ONLY_SUBMITTED, ONLY_APPROVED = frozenset({SUBMITTED}), frozenset({APPROVED})
SKP_LIKE = Workflow(
    context="plans",
    initial=DRAFT,
    editable=EDITABLE,
    transitions={
        "submit": Transition(SUBMITTED, EDITABLE, "Only a draft or returned SKP can be submitted."),
        "approve": Transition(APPROVED, ONLY_SUBMITTED, "Only a submitted SKP can be approved."),
        "return": Transition(RETURNED, ONLY_SUBMITTED, "Only a submitted SKP can be returned."),
        "reopen": Transition(
            RETURNED, frozenset({APPROVED}), "Only an approved SKP can be re-opened."
        ),
    },
)
EVALUATION_LIKE = Workflow(
    context="evaluations",
    initial=DRAFT,
    editable=frozenset({DRAFT}),
    transitions={
        "finalize": Transition(FINAL, frozenset({DRAFT}), "locked"),
        "reopen": Transition(
            DRAFT, frozenset({FINAL}), "Only a final evaluation can be re-opened."
        ),
        "object": Transition(
            "OBJECTION", frozenset({FINAL}), "Only a final evaluation can be objected to.", True
        ),
        "explain": Transition("EXPLANATION", None, "never refused by status", keeps_status=True),
    },
)


def test_a_transition_moves_the_status_from_its_sources_only():
    assert SKP_LIKE.after(DRAFT, "submit") == SUBMITTED
    assert SKP_LIKE.after(RETURNED, "submit") == SUBMITTED
    assert SKP_LIKE.after(SUBMITTED, "approve") == APPROVED
    assert SKP_LIKE.after(APPROVED, "reopen") == RETURNED
    with pytest.raises(TransitionRefused) as refused:
        SKP_LIKE.after(APPROVED, "submit")
    assert refused.value.msgid == "Only a draft or returned SKP can be submitted."
    assert refused.value.context == "plans"
    assert isinstance(refused.value, RuleError) and isinstance(refused.value, ValueError)
    assert str(refused.value) == "Only a draft or returned SKP can be submitted."
    with pytest.raises(TransitionRefused, match="approved SKP can be re-opened"):
        SKP_LIKE.after(SUBMITTED, "reopen")


def test_every_refusal_of_the_table_is_its_own_message():
    for name, step in SKP_LIKE.transitions.items():
        for status in SKP_LIKE.statuses() - (step.sources or frozenset()):
            assert not SKP_LIKE.allows(status, name)
            with pytest.raises(TransitionRefused) as refused:
                SKP_LIKE.after(status, name)
            assert refused.value.msgid == step.refusal


def test_a_history_only_step_keeps_the_status():
    assert EVALUATION_LIKE.after(FINAL, "object") == FINAL
    with pytest.raises(TransitionRefused, match="objected to"):
        EVALUATION_LIKE.after(DRAFT, "object")
    for status in (DRAFT, FINAL, "ANY"):
        assert EVALUATION_LIKE.after(status, "explain") == status  # no status guard at all
    assert EVALUATION_LIKE.statuses() == {DRAFT, FINAL}


def test_locks_follow_the_editable_statuses():
    assert [s for s in sorted(SKP_LIKE.statuses()) if SKP_LIKE.is_editable(s)] == [DRAFT, RETURNED]
    assert SKP_LIKE.statuses() == {DRAFT, SUBMITTED, APPROVED, RETURNED}


def test_an_unknown_transition_is_a_programming_error():
    with pytest.raises(KeyError):
        SKP_LIKE.after(DRAFT, "agree")


@given(st.sampled_from(sorted(SKP_LIKE.statuses())), st.sampled_from(sorted(SKP_LIKE.transitions)))
def test_after_agrees_with_allows(status, name):
    if SKP_LIKE.allows(status, name):
        assert SKP_LIKE.after(status, name) == SKP_LIKE.transitions[name].target
    else:
        with pytest.raises(TransitionRefused):
            SKP_LIKE.after(status, name)


def test_reasons_are_one_line():
    assert clean_reason("  Target\n  kurang\tjelas  ") == "Target kurang jelas"
    assert clean_reason("   \n\t") == ""
    assert clean_reason(None) == ""


@given(st.text())
def test_clean_reason_is_idempotent_and_single_spaced(text):
    cleaned = clean_reason(text)
    assert clean_reason(cleaned) == cleaned
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert cleaned.split() == text.split()


_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
_people = st.one_of(st.none(), st.builds(PersonSnapshot, _text, _text, _text, _text, _text, _text))
_snapshots = st.builds(Snapshot, _people, _people, _people)


@given(_snapshots)
def test_snapshot_json_round_trip(snapshot):
    text = snapshot.to_json()
    assert Snapshot.from_json(text) == snapshot
    assert json.loads(text) == snapshot.as_dict()
    assert text == json.dumps(snapshot.as_dict(), ensure_ascii=False, sort_keys=True)


def test_snapshot_stored_form_is_what_the_services_always_wrote():
    budi = PersonSnapshot("Budi", "198609262015051001", "PNS", "Penata Muda Tingkat I (III/b)",
                          "Analis", "Dinas Kesehatan")  # fmt: skip
    snapshot = Snapshot(budi, None, None)
    stored = {
        "employee": {"name": "Budi", "nip": "198609262015051001", "kind": "PNS",
                     "grade": "Penata Muda Tingkat I (III/b)", "position": "Analis",
                     "unit": "Dinas Kesehatan"},
        "appraiser": {},
        "appraiser_superior": {},
    }  # fmt: skip
    assert snapshot.to_json() == json.dumps(stored, ensure_ascii=False, sort_keys=True)
    assert Snapshot.from_json(json.dumps(stored)) == snapshot
    assert Snapshot.from_json("") == Snapshot() and Snapshot().as_dict()["appraiser"] == {}
    assert stored_snapshot("") == {} and stored_snapshot(snapshot.to_json()) == stored
