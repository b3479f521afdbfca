"""Evaluasi kinerja through the services: period keys, opening against the approved SKP,
realisasi and ratings with the predikat matrix, finalise / re-open, evidence files, the
organisation predikat with the distribution findings, monitoring, the year and keberatan."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop_app import files, paths
from desktop_app.errors import InputError
from desktop_app.models import Evaluation, Realisation
from desktop_app.scoring import Predikat, Rating, check_distribution, period_key
from desktop_app.scoring.codes import MAX_SHARE, MUST_EXIST
from desktop_app.services import auth, periods, session
from desktop_app.services.evaluation import evaluations, values
from desktop_app.services.evaluation.evaluations import EvaluationInput
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.session import AccessDenied
from desktop_app.services.skp.plans import IndicatorInput
from tests.builders import USULAN, approved_skp

PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026
Q1 = f"{YEAR}-Q1"
A, S, B = Rating.DI_ATAS.value, Rating.SESUAI.value, Rating.DI_BAWAH.value


def _approved_skp(employee_id: int) -> None:
    approved_skp(
        employee_id,
        YEAR,
        indicators=(USULAN, IndicatorInput("WAKTU", "Lama proses", "3", "hari")),
        expectations={1: "Menjawab surat dalam 2 hari"},
    )


@pytest.fixture
def staff(office):
    """Kadis appraises Kabid and Lain; Kabid appraises ten staff; all with approved SKPs
    (except Lain). Users: admin, staffhr, kabid (supervisor)."""
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kadis = employees.save_employee(EmployeeInput("197001012000031001", "Kadis", "IV/c", unit))
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002", "Kabid", "IV/a", unit, supervisor_id=kadis, appraiser_id=kadis
        )
    )
    other = employees.save_employee(
        EmployeeInput(
            "198501012010011003", "Lain", "III/c", unit, supervisor_id=kadis, appraiser_id=kadis
        )
    )
    ten = [
        employees.save_employee(
            EmployeeInput(
                f"19{80 + i:02d}0101201001{1 + i % 2}{i + 1:03d}",
                f"Staf {i:02d}",
                "III/a",
                unit,
                supervisor_id=kabid,
                appraiser_id=kabid,
            )
        )
        for i in range(10)
    ]
    periods.open_period(YEAR)
    for employee_id in [kabid, *ten]:
        _approved_skp(employee_id)
    auth.create_user("admin", PASSWORD, "admin")
    auth.create_user("staffhr", PASSWORD, "hr")
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    return {"unit": unit, "kadis": kadis, "kabid": kabid, "other": other, "ten": ten}


def _as(username: str) -> None:
    session.sign_in_as(auth.authenticate(username, PASSWORD))


def _fill(evaluation_id: int, hasil: str | None, perilaku: str | None, realise=True) -> None:
    detail = evaluations.get_evaluation(evaluation_id)
    data = detail.data
    if realise:
        for n, item in enumerate(data.realisations):
            item.realisasi = f"{100 + n} usulan"
            item.bukti_dukung = "https://drive.example/laporan-q1"
            item.feedback = "Pertahankan"
    data.behaviours[0].feedback = "Ramah dan cekatan"
    data.rating_hasil, data.rating_perilaku = hasil, perilaku
    evaluations.save_evaluation(evaluation_id, data)


def test_period_keys_follow_the_frequency_and_bad_keys_are_refused(office):
    periods.open_period(YEAR)
    periods.open_period(YEAR + 1, "MONTHLY")
    periods.open_period(YEAR + 2, "SEMESTER")
    assert evaluations.period_keys(YEAR) == [f"{YEAR}-Q{q}" for q in (1, 2, 3, 4)] + ["2026"]
    assert evaluations.period_keys(YEAR + 1)[:2] == ["2027-01", "2027-02"]
    assert len(evaluations.period_keys(YEAR + 1)) == 13
    assert evaluations.period_keys(YEAR + 2) == ["2028-S1", "2028-S2", "2028"]
    assert evaluations.parse_key("2026-Q3").label == "Triwulan III"
    with pytest.raises(InputError, match="not known"):
        evaluations.parse_key("2026-Q5")
    assert values.UNKNOWN_PERIOD == period_key.UNKNOWN_PERIOD  # one msgid, one translation
    with pytest.raises(InputError, match="has not been opened"):
        evaluations.period_keys(2030)


def test_unit_of_ten_evaluated_end_to_end(staff):
    _as("kabid")
    pairs = [(A, A), (A, S), (S, S), (S, S), (S, S), (S, A), (S, S), (S, B), (B, S), (S, S)]
    ids = []
    for employee_id, (hasil, perilaku) in zip(staff["ten"], pairs, strict=True):
        evaluation_id = evaluations.open_evaluation(employee_id, Q1)
        _fill(evaluation_id, hasil, perilaku)
        evaluations.finalize(evaluation_id)
        ids.append(evaluation_id)
    with pytest.raises(InputError, match="already has an evaluation"):
        evaluations.open_evaluation(staff["ten"][0], Q1)

    detail = evaluations.get_evaluation(ids[0])
    assert detail.status == evaluations.FINAL and not detail.editable
    assert detail.period_label == "Triwulan I" and detail.predikat == Predikat.SANGAT_BAIK.value
    assert [i.text for i in detail.indicators] == ["Jumlah usulan diproses", "Lama proses"]
    assert detail.indicators[0].target.written() == "120 usulan"
    assert detail.indicators[0].target.value == 120  # typed: the screens write it
    assert detail.indicators[0].realisasi == "100 usulan"
    assert detail.indicators[0].parent_text == "Terselenggaranya layanan"
    assert len(detail.behaviours) == 7
    assert detail.behaviours[0].expectation == "Menjawab surat dalam 2 hari"
    assert detail.behaviours[0].feedback == "Ramah dan cekatan"
    assert [(s.from_status, s.to_status) for s in detail.history] == [
        ("", "DRAFT"),
        ("DRAFT", "FINAL"),
    ]
    assert detail.history[-1].actor == "kabid"
    assert detail.snapshot["appraiser"]["name"] == "Kabid"
    assert detail.snapshot["appraiser_superior"]["name"] == "Kadis"
    assert json.loads(Evaluation.get_by_id(ids[0]).snapshot)["employee"]["name"] == "Staf 00"

    session.sign_in_as(None)
    evaluations.set_org_result(staff["unit"], Q1, "BAIK")
    assert evaluations.get_evaluation(ids[0]).org_predikat == "BAIK"
    summary = evaluations.distribution([staff["unit"]], Q1)
    assert summary.total == 10 and summary.headcount == 13
    assert summary.counts[Predikat.BAIK] == 7
    assert summary.counts[Predikat.SANGAT_BAIK] == 1
    assert summary.counts[Predikat.KURANG] == 1
    assert summary.counts[Predikat.BUTUH_PERBAIKAN] == 1
    assert summary.findings == []  # max 70 % Baik kept, Butuh Perbaikan/Kurang present
    assert sum(summary.suggestion.values()) == 13
    assert sum(summary.suggestion_evaluated.values()) == 10
    assert check_distribution("BAIK", summary.suggestion_evaluated) == []
    states = {r.employee_id: r.state for r in evaluations.monitoring(Q1)}
    assert {states[e] for e in staff["ten"]} == {evaluations.FINALISED}


def test_predikat_follows_the_matrix_for_all_nine_pairs(staff):
    expected = {
        (A, B): Predikat.KURANG,
        (A, S): Predikat.BAIK,
        (A, A): Predikat.SANGAT_BAIK,
        (S, B): Predikat.KURANG,
        (S, S): Predikat.BAIK,
        (S, A): Predikat.BAIK,
        (B, B): Predikat.SANGAT_KURANG,
        (B, S): Predikat.BUTUH_PERBAIKAN,
        (B, A): Predikat.BUTUH_PERBAIKAN,
    }
    evaluation_id = evaluations.open_evaluation(staff["ten"][0], Q1)
    for (hasil, perilaku), wanted in expected.items():
        _fill(evaluation_id, hasil, perilaku, realise=False)
        assert evaluations.get_evaluation(evaluation_id).predikat == wanted.value
    _fill(evaluation_id, A, None, realise=False)
    assert evaluations.get_evaluation(evaluation_id).predikat is None
    with pytest.raises(InputError, match="not known"):
        _fill(evaluation_id, "SANGAT_BAGUS", A, realise=False)


def test_non_conforming_unit_shows_its_findings_with_numbers(staff):
    for employee_id in staff["ten"]:
        evaluation_id = evaluations.open_evaluation(employee_id, Q1)
        _fill(evaluation_id, S, S, realise=False)  # everybody Baik
        if employee_id != staff["ten"][-1]:
            evaluations.finalize(evaluation_id)
    evaluations.set_org_result(staff["unit"], Q1, "BAIK")
    summary = evaluations.distribution([staff["unit"]], Q1)
    assert summary.total == 9
    with_drafts = evaluations.distribution([staff["unit"]], Q1, include_drafts=True)
    assert with_drafts.total == 10 and with_drafts.org_predikat == "BAIK"
    by_kind = {f.kind: f for f in with_drafts.findings}
    too_many = by_kind[MAX_SHARE]
    assert (too_many.count, too_many.total, too_many.allowed_count) == (10, 10, 7)
    assert "10 of 10" in str(too_many) and "70%" in str(too_many)
    assert by_kind[MUST_EXIST].count == 0  # nobody Butuh Perbaikan / Kurang
    assert check_distribution("BAIK", with_drafts.suggestion) == []
    other = evaluations.distribution([staff["unit"]], Q1, org_predikat="ISTIMEWA")
    assert other.org_predikat == "ISTIMEWA" and other.findings
    with pytest.raises(InputError, match="not known"):
        evaluations.set_org_result(staff["unit"], Q1, "LUAR_BIASA")


def test_finalise_needs_ratings_locks_and_reopen_needs_a_reason(staff):
    evaluation_id = evaluations.open_evaluation(staff["ten"][0], Q1)
    _fill(evaluation_id, A, None)
    with pytest.raises(InputError, match="before finalising"):
        evaluations.finalize(evaluation_id)
    _fill(evaluation_id, A, S)
    evaluations.finalize(evaluation_id)
    with pytest.raises(InputError, match="locked"):
        _fill(evaluation_id, S, S)
    with pytest.raises(InputError, match="locked"):
        evaluations.finalize(evaluation_id)
    with pytest.raises(InputError, match="reason"):
        evaluations.reopen(evaluation_id, "  ")
    evaluations.reopen(evaluation_id, "Bukti dukung baru diterima")
    detail = evaluations.get_evaluation(evaluation_id)
    assert detail.status == evaluations.DRAFT and detail.editable
    assert detail.history[-1].reason == "Bukti dukung baru diterima"
    assert detail.history[-1].from_status == evaluations.FINAL
    _fill(evaluation_id, S, S)
    assert evaluations.get_evaluation(evaluation_id).predikat == Predikat.BAIK.value


def test_supervisor_cannot_rate_someone_elses_subordinate_and_hr_cannot_rate(staff):
    evaluation_id = evaluations.open_evaluation(staff["ten"][0], Q1)
    kabid_eval = evaluations.open_evaluation(staff["kabid"], Q1)
    _as("kabid")
    with pytest.raises(AccessDenied):
        evaluations.save_evaluation(kabid_eval, EvaluationInput(rating_hasil=A))
    with pytest.raises(AccessDenied):
        evaluations.open_evaluation(staff["other"], Q1)
    assert evaluations.get_evaluation(kabid_eval).employee_name == "Kabid"  # own: read only
    _fill(evaluation_id, A, A)
    with pytest.raises(AccessDenied):
        evaluations.set_org_result(staff["unit"], Q1, "BAIK")
    visible = {r.name for r in evaluations.monitoring(Q1)}
    assert "Lain" not in visible and "Kadis" not in visible and "Kabid" in visible
    _as("staffhr")
    with pytest.raises(AccessDenied):
        evaluations.save_evaluation(evaluation_id, EvaluationInput(rating_hasil=S))
    with pytest.raises(AccessDenied):
        evaluations.finalize(evaluation_id)
    evaluations.set_org_result(staff["unit"], Q1, "BAIK")  # HR sets the organisation predikat
    assert evaluations.get_evaluation(evaluation_id).rating_hasil == A


def test_evidence_is_copied_with_its_hash_and_nothing_half_written(staff, tmp_path, monkeypatch):
    evaluation_id = evaluations.open_evaluation(staff["ten"][0], Q1)
    indicator_id = evaluations.get_evaluation(evaluation_id).indicators[0].indicator_id
    source = tmp_path / "laporan triwulan.pdf"
    content = b"%PDF-1.4 bukti dukung\n" * 1000
    source.write_bytes(content)
    stored = evaluations.attach_evidence(evaluation_id, indicator_id, source)
    uid = str(Evaluation.get_by_id(evaluation_id).uid)
    assert stored.parent == paths.data_dir() / "evidence" / uid
    assert stored.read_bytes() == content
    row = evaluations.get_evaluation(evaluation_id).indicators[0]
    assert row.evidence_sha256 == hashlib.sha256(content).hexdigest()
    assert evaluations.evidence_file(row.evidence_path) == stored

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(files.os, "fsync", broken_fsync)  # the copy goes through files.py
    second = evaluations.get_evaluation(evaluation_id).indicators[1].indicator_id
    with pytest.raises(InputError, match="could not be copied"):
        evaluations.attach_evidence(evaluation_id, second, source)
    assert sorted(p.name for p in stored.parent.iterdir()) == [stored.name]
    assert not Realisation.select().where(Realisation.indicator == second).exists()
    with pytest.raises(InputError, match="does not exist"):
        evaluations.attach_evidence(evaluation_id, second, tmp_path / "missing.pdf")


def test_closed_year_refuses_changes(staff):
    evaluation_id = evaluations.open_evaluation(staff["ten"][0], Q1)
    _fill(evaluation_id, A, S)
    periods.set_closed(YEAR, True)
    with pytest.raises(InputError, match="closed"):
        _fill(evaluation_id, S, S)
    with pytest.raises(InputError, match="closed"):
        evaluations.finalize(evaluation_id)
    with pytest.raises(InputError, match="closed"):
        evaluations.open_evaluation(staff["ten"][1], Q1)
    with pytest.raises(InputError, match="closed"):
        evaluations.set_org_result(staff["unit"], Q1, "BAIK")
    with pytest.raises(InputError, match="closed"):
        evaluations.attach_evidence(evaluation_id, 1, Path(__file__))
    detail = evaluations.get_evaluation(evaluation_id)
    assert detail.period_closed and not detail.editable
    assert evaluations.monitoring(Q1)  # reading still works


def test_open_needs_an_approved_skp_and_a_fitting_key(staff):
    with pytest.raises(InputError, match="no approved SKP"):
        evaluations.open_evaluation(staff["other"], Q1)
    with pytest.raises(InputError, match="does not fit"):
        evaluations.open_evaluation(staff["ten"][0], f"{YEAR}-S1")
    assert evaluations.open_evaluation(staff["ten"][0], str(YEAR))  # the annual one


def test_monitoring_states(staff):
    ten = staff["ten"]
    evaluations.open_evaluation(ten[1], Q1)  # nothing filled
    half = evaluations.open_evaluation(ten[2], Q1)
    detail = evaluations.get_evaluation(half)
    data = detail.data
    data.realisations[0].realisasi = "50 usulan"
    evaluations.save_evaluation(half, data)
    unrated = evaluations.open_evaluation(ten[3], Q1)
    _fill(unrated, A, None)
    rated = evaluations.open_evaluation(ten[4], Q1)
    _fill(rated, A, A)
    final = evaluations.open_evaluation(ten[5], Q1)
    _fill(final, S, S)
    evaluations.finalize(final)
    rows = {r.employee_id: r for r in evaluations.monitoring(Q1, [staff["unit"]])}
    assert rows[staff["other"]].state == evaluations.NO_PLAN
    assert rows[ten[0]].state == evaluations.NO_EVALUATION
    assert rows[ten[1]].state == evaluations.NO_REALISATION
    assert (rows[ten[2]].state, rows[ten[2]].realised, rows[ten[2]].indicators) == (
        evaluations.NO_REALISATION,
        1,
        2,
    )
    assert rows[ten[3]].state == evaluations.NOT_RATED
    assert rows[ten[4]].state == evaluations.RATED
    assert rows[ten[5]].state == evaluations.FINALISED
    assert rows[ten[5]].predikat == Predikat.BAIK.value


def test_annual_summary_lays_out_the_periods(staff):
    employee_id = staff["ten"][0]
    for key, (hasil, perilaku) in zip(
        [f"{YEAR}-Q1", f"{YEAR}-Q2", f"{YEAR}-Q3"], [(B, S), (B, S), (B, B)], strict=True
    ):
        evaluation_id = evaluations.open_evaluation(employee_id, key)
        _fill(evaluation_id, hasil, perilaku, realise=False)
        evaluations.finalize(evaluation_id)
    annual = evaluations.open_evaluation(employee_id, str(YEAR))
    _fill(annual, A, S, realise=False)
    result = evaluations.annual_summary(employee_id, YEAR)
    assert [p.label for p in result.summary.periods] == [
        "Triwulan I",
        "Triwulan II",
        "Triwulan III",
    ]
    assert result.missing == [f"{YEAR}-Q4"]
    assert result.annual_evaluation_id == annual
    assert result.summary.annual_predikat == Predikat.BAIK
    assert [w.aspect for w in result.summary.warnings] == ["hasil"]


def test_objection_explanation_and_final_decision(staff):
    evaluation_id = evaluations.open_evaluation(staff["ten"][0], Q1)
    _fill(evaluation_id, B, S)
    with pytest.raises(InputError, match="final evaluation"):
        evaluations.file_objection(evaluation_id, "Tidak setuju")
    evaluations.finalize(evaluation_id)
    auth.create_user("kadis", PASSWORD, "supervisor", staff["kadis"])
    _as("kabid")
    with pytest.raises(AccessDenied):  # the appraiser does not object for the employee
        evaluations.file_objection(evaluation_id, "Tidak setuju")
    _as("staffhr")
    with pytest.raises(InputError, match="objection"):
        evaluations.file_objection(evaluation_id, " ")
    evaluations.file_objection(evaluation_id, "Realisasi triwulan I belum dihitung lengkap")
    with pytest.raises(InputError, match="already"):
        evaluations.file_objection(evaluation_id, "Lagi")
    _as("kadis")
    with pytest.raises(InputError, match="explains"):
        evaluations.decide_objection(evaluation_id, "Diterima")
    _as("kabid")
    evaluations.explain_objection(evaluation_id, "Bukti dukung diterima terlambat")
    with pytest.raises(AccessDenied):  # only the atasan pejabat penilai decides
        evaluations.decide_objection(evaluation_id, "Diterima", A)
    _as("kadis")
    evaluations.decide_objection(evaluation_id, "Keberatan diterima", rating_hasil=S)
    session.sign_in_as(None)
    detail = evaluations.get_evaluation(evaluation_id)
    assert detail.predikat == Predikat.BAIK.value and detail.status == evaluations.FINAL
    assert [s.to_status for s in detail.history][-3:] == ["OBJECTION", "EXPLANATION", "DECISION"]
    assert detail.decision == "Keberatan diterima"
    with pytest.raises(InputError, match="no open objection"):
        evaluations.decide_objection(evaluation_id, "Lagi")
