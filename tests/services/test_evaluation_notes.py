"""The self-assessment, notes from peers and the phrase library: who may write them, when
they close, and that they are audited and never touch the ratings."""

from __future__ import annotations

import pytest

from desktop_app.errors import InputError
from desktop_app.models import AuditEntry, Evaluation
from desktop_app.scoring import Rating
from desktop_app.services import auth, periods, session
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation import notes as evaluation_notes
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.session import AccessDenied
from desktop_app.services.skp.plans import IndicatorInput
from tests.builders import approved_skp

PASSWORD = "Rahasia-Kantor-2026"
Q1 = "2026-Q1"


@pytest.fixture
def evaluation(office):
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kabid = employees.save_employee(EmployeeInput("197102022000032002", "Kabid", "IV/a", unit))
    budi = employees.save_employee(
        EmployeeInput(
            "198609262015051001", "Budi", "III/b", unit, supervisor_id=kabid, appraiser_id=kabid
        )
    )
    sari = employees.save_employee(
        EmployeeInput(
            "198703032015052002", "Sari", "III/b", unit, supervisor_id=kabid, appraiser_id=kabid
        )
    )
    periods.open_period(2026)
    approved_skp(
        budi,
        2026,
        rhk="Layanan",
        indicators=[IndicatorInput("KUANTITAS", "Usulan", "10", "usulan")],
        parent_text="Sasaran pimpinan",
    )
    auth.create_user("admin", PASSWORD, "admin")
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    auth.create_user("budi", PASSWORD, "viewer", budi)
    auth.create_user("sari", PASSWORD, "viewer", sari)
    return evaluations.open_evaluation(budi, Q1)


def _as(username: str) -> None:
    session.sign_in_as(auth.authenticate(username, PASSWORD))


def test_self_assessment_by_the_employee_until_final(evaluation):
    _as("budi")
    evaluation_notes.save_self_assessment(evaluation, "  Semua usulan selesai tepat waktu.  ")
    _as("kabid")
    detail = evaluations.get_evaluation(evaluation)
    assert detail.self_assessment == "Semua usulan selesai tepat waktu."
    with pytest.raises(InputError, match="Only the employee"):
        evaluation_notes.save_self_assessment(evaluation, "Ditulis atasan")
    _as("sari")  # a colleague may not write it either
    with pytest.raises(InputError):
        evaluation_notes.save_self_assessment(evaluation, "Ditulis rekan")
    _as("kabid")
    data = detail.data
    data.rating_hasil = data.rating_perilaku = Rating.SESUAI.value
    evaluations.save_evaluation(evaluation, data)
    evaluations.finalize(evaluation)
    _as("budi")
    with pytest.raises(InputError, match="final"):
        evaluation_notes.save_self_assessment(evaluation, "Terlambat")
    assert Evaluation.get_by_id(evaluation).self_assessment == "Semua usulan selesai tepat waktu."


def test_peer_notes_are_kept_audited_and_change_no_rating(evaluation):
    _as("kabid")
    note = evaluation_notes.add_peer_note(evaluation, "PEER", "Sari", "Selalu membantu rekan.")
    evaluation_notes.add_peer_note(evaluation, "SUBORDINATE", "Andi", "Memberi arahan jelas.")
    rows = evaluation_notes.peer_notes(evaluation)
    assert [(r.source, r.author, r.recorded_by) for r in rows] == [
        ("PEER", "Sari", "kabid"),
        ("SUBORDINATE", "Andi", "kabid"),
    ]
    assert Evaluation.get_by_id(evaluation).predikat is None
    with pytest.raises(InputError, match="Source"):
        evaluation_notes.add_peer_note(evaluation, "BOSS", "X", "Y")
    with pytest.raises(InputError, match="who gave"):
        evaluation_notes.add_peer_note(evaluation, "PEER", "  ", "Y")
    evaluation_notes.remove_peer_note(note)
    assert [r.author for r in evaluation_notes.peer_notes(evaluation)] == ["Andi"]
    assert AuditEntry.select().where(AuditEntry.entity == "evaluation_peer_note").count() >= 3
    _as("sari")  # a viewer cannot add notes to someone's evaluation
    with pytest.raises(AccessDenied):
        evaluation_notes.add_peer_note(evaluation, "PEER", "Sari", "Ingin menambah")


def test_phrase_library_has_built_ins_and_the_offices_own(evaluation):
    _as("kabid")
    built_in = evaluation_notes.phrases("RESULT")
    assert built_in and all(p.id is None for p in built_in)
    new = evaluation_notes.add_phrase("result", "  Laporan   rapi dan lengkap. ")
    assert evaluation_notes.add_phrase("RESULT", "Laporan rapi dan lengkap.") is None  # once
    assert evaluation_notes.add_phrase("RESULT", built_in[0].text) is None
    texts = [p.text for p in evaluation_notes.phrases("RESULT")]
    assert texts[-1] == "Laporan rapi dan lengkap." and len(texts) == len(built_in) + 1
    assert evaluation_notes.phrases("1") and evaluation_notes.phrases("7")
    with pytest.raises(InputError, match="not known"):
        evaluation_notes.phrases("8")
    evaluation_notes.remove_phrase(new)
    assert len(evaluation_notes.phrases("RESULT")) == len(built_in)
    deleted = AuditEntry.select().where(
        (AuditEntry.entity == "feedback_phrase") & (AuditEntry.action == "delete")
    )
    assert deleted.count() == 1
    _as("budi")  # a viewer keeps the library as it is
    with pytest.raises(AccessDenied):
        evaluation_notes.add_phrase("RESULT", "Boleh?")
