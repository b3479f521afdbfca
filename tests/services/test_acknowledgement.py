"""Reading and acknowledging one's evaluation: only the employee, only a final one, once; the
time is audited and travels in the sync packages; the predikat explained by its matrix cell."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.errors import InputError
from desktop_app.models import AuditEntry, Evaluation
from desktop_app.scoring import Predikat, Rating, predikat
from desktop_app.scoring.predikat_explained import MEANING, explain
from desktop_app.services import auth, session
from desktop_app.services.evaluation import acknowledgement
from desktop_app.services.session import AccessDenied
from desktop_app.sync.entities import BY_NAME

PASSWORD = "Rahasia-Kantor-2026"


@given(st.sampled_from(list(Rating)), st.sampled_from(list(Rating)))
def test_every_matrix_cell_is_explained(hasil, perilaku):
    found = explain(hasil, perilaku)
    assert found.predikat is predikat(hasil, perilaku)
    assert found.meaning == MEANING[found.predikat]
    assert found.fields["hasil"] == hasil.label and found.fields["perilaku"] == perilaku.label


def test_the_cells_by_hand():
    assert explain("DI_ATAS", "DI_BAWAH").predikat is Predikat.KURANG
    assert "behaviour was below" in explain("DI_ATAS", "DI_BAWAH").meaning
    assert "results were below" in explain("DI_BAWAH", "DI_ATAS").meaning


@pytest.fixture
def demo(tmp_path, demo_templates):
    demo_templates.open_copy(tmp_path / "kantor.db", 30, seed=7, today=dt.date(2026, 12, 3))
    final = Evaluation.select().where(Evaluation.status == "FINAL").first()
    draft = Evaluation.select().where(Evaluation.status == "DRAFT").first()
    auth.create_user("t_final", PASSWORD, "employee", final.employee_id)
    auth.create_user("t_draft", PASSWORD, "employee", draft.employee_id)
    return final, draft


def _as(name: str) -> None:
    session.sign_in_as(auth.authenticate(name, PASSWORD))


def test_only_the_employee_acknowledges_a_final_evaluation_once(demo):
    final, draft = demo
    with pytest.raises(AccessDenied):  # the system (or HR) cannot acknowledge for them
        acknowledgement.acknowledge(final.id)
    _as("t_draft")
    with pytest.raises(InputError, match="Only a final evaluation"):
        acknowledgement.acknowledge(draft.id)
    with pytest.raises(AccessDenied):
        acknowledgement.acknowledge(final.id)
    _as("t_final")
    reading = acknowledgement.reading(final.id)
    assert reading.may_acknowledge and reading.read_at is None
    assert reading.explained is not None and reading.explained.predikat is reading.detail.predikat
    when = acknowledgement.acknowledge(final.id, dt.datetime(2026, 12, 3, 9, 30, 15, 999))
    assert when == dt.datetime(2026, 12, 3, 9, 30, 15)
    stored = Evaluation.get_by_id(final.id)
    assert (stored.read_at, stored.read_by) == (when, "t_final")
    with pytest.raises(InputError, match="already"):
        acknowledgement.acknowledge(final.id)
    assert not acknowledgement.reading(final.id).may_acknowledge
    entry = AuditEntry.select().where(AuditEntry.actor == "t_final").get()
    assert entry.entity == "evaluation" and "read_at" in entry.changes
    assert {r.id for r in acknowledgement.own_evaluations()} == {
        e.id
        for e in Evaluation.select().where(
            (Evaluation.employee == final.employee_id) & (Evaluation.deleted == False)
        )
    }


def test_the_reading_travels_in_the_packages():
    columns = {c.name for c in BY_NAME["evaluation"].columns}
    assert {"read_at", "read_by"} <= columns
    assert "review_comment" in {c.name for c in BY_NAME["plan_result"].columns}
