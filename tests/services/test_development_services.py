"""Pengembangan through the services: gaps proposed from evaluations, the required IDP after a
poor predikat, the JP tally (minutes to JP), the under-20-JP list, the workflow with its
permissions, certificates, the Renbangkom recap and the Excel export, and that a failed write
leaves everything as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

import pytest

from desktop_app import files
from desktop_app.errors import InputError
from desktop_app.models import (
    AuditEntry,
    DevelopmentActivity,
    DevelopmentGap,
    DevelopmentPlan,
    DevelopmentStatusChange,
)
from desktop_app.scoring import Predikat, Rating
from desktop_app.scoring import idp as development_rules
from desktop_app.scoring.idp import GapInput
from desktop_app.services import auth, periods, session, stored_files
from desktop_app.services import office as office_service
from desktop_app.services.development import export as development_io
from desktop_app.services.development import idp as development
from desktop_app.services.development import office_view as development_office
from desktop_app.services.development import records as development_records
from desktop_app.services.development.idp import ActivityInput, IdpInput
from desktop_app.services.development.records import CompletionInput
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation.evaluations import BehaviourInput
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.session import AccessDenied
from desktop_app.services.skp.plans import IndicatorInput
from tests.builders import approved_skp

PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026
A, S, B = Rating.DI_ATAS.value, Rating.SESUAI.value, Rating.DI_BAWAH.value
D = Decimal


def _approved_skp(employee_id: int) -> None:
    approved_skp(
        employee_id,
        YEAR,
        rhk="Layanan imunisasi dasar lengkap",
        indicators=[IndicatorInput("KUANTITAS", "Bayi diimunisasi", "120", "bayi")],
        parent_text="Cakupan imunisasi",
    )


def _evaluate(employee_id: int, key: str, hasil: str, perilaku: str, *, final=True, values=()):
    evaluation_id = evaluations.open_evaluation(employee_id, key)
    data = evaluations.get_evaluation(evaluation_id).data
    for item in data.realisations:
        item.realisasi = "100 bayi"
    data.behaviours = [BehaviourInput(code, text, rating) for code, text, rating in values]
    data.rating_hasil, data.rating_perilaku = hasil, perilaku
    evaluations.save_evaluation(evaluation_id, data)
    if final:
        evaluations.finalize(evaluation_id)
    return evaluation_id


@pytest.fixture
def staff(db_path, database_templates):
    """The office of `_staff`, built once per test run and copied for each test."""
    return database_templates.open_copy(db_path, "development-services-staff", _staff)


def _staff() -> dict:
    """Kabid appraises Budi (Butuh Perbaikan in Q1 and Q2), Sari (Kurang in Q1, Kompeten
    rated low) and Andi (Baik); Lain is in another unit. Users: admin, staffhr, kabid
    (supervisor), budi and sari (viewers linked to their records)."""
    office_service.init_office("TST01", "Dinas Uji Coba")  # as the `office` fixture makes it
    unit = unit_service.save_unit(unit_service.UnitInput("PKM01", "Puskesmas Uji", "PUSKESMAS"))
    other_unit = unit_service.save_unit(unit_service.UnitInput("LAB", "Labkesda", "UPT"))
    kadis = employees.save_employee(EmployeeInput("197001012000031001", "Kadis", "IV/c", unit))
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002", "Kabid", "IV/a", unit, supervisor_id=kadis, appraiser_id=kadis
        )
    )

    def staff_member(nip: str, name: str, unit_id: int = unit) -> int:
        return employees.save_employee(
            EmployeeInput(nip, name, "III/a", unit_id, supervisor_id=kabid, appraiser_id=kabid)
        )

    budi = staff_member("198609262015051001", "Budi")
    sari = staff_member("198703032015052002", "Sari")
    andi = staff_member("198801012015051003", "Andi")
    lain = staff_member("198901012015051004", "Lain", other_unit)
    periods.open_period(YEAR)
    for employee_id in (budi, sari, andi, lain):
        _approved_skp(employee_id)
    ids = {
        "budi_q1": _evaluate(budi, f"{YEAR}-Q1", B, S),
        "budi_q2": _evaluate(budi, f"{YEAR}-Q2", B, A),
        "sari_q1": _evaluate(
            sari,
            f"{YEAR}-Q1",
            S,
            B,
            values=[(3, "Laporan sering tidak tuntas.", B), (1, "Ramah kepada pasien.", S)],
        ),
        "andi_q1": _evaluate(andi, f"{YEAR}-Q1", S, S),
        "andi_q2": _evaluate(andi, f"{YEAR}-Q2", B, B, final=False),  # a draft counts for nothing
    }
    auth.create_user("admin", PASSWORD, "admin")
    auth.create_user("staffhr", PASSWORD, "hr")
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    auth.create_user("budi", PASSWORD, "viewer", budi)
    auth.create_user("sari", PASSWORD, "viewer", sari)
    return {"unit": unit, "other_unit": other_unit, "kabid": kabid, "budi": budi, "sari": sari,
            "andi": andi, "lain": lain, **ids}  # fmt: skip


def _as(username: str) -> None:
    session.sign_in_as(auth.authenticate(username, PASSWORD))


def _complete_plan(plan_id: int) -> IdpInput:
    """Fill what a submitted IDP needs: indicators, JP and dates of every activity."""
    data = development.get_plan(plan_id).data
    if not data.gaps:
        data.gaps.append(GapInput("Literasi digital", "Belum memakai aplikasi", "Mahir"))
    for gap in data.gaps:
        gap.indicator = gap.indicator or "Sertifikat pelatihan"
    data.activities.append(
        ActivityInput(8, "Bimtek Aplikasi e-Kinerja", "BPSDM Provinsi", dt.date(YEAR, 3, 2),
                      dt.date(YEAR, 3, 4), "24", 3_500_000)
    )  # fmt: skip
    for item in data.activities:
        item.jp_planned = item.jp_planned or "6"
        item.planned_start = item.planned_start or dt.date(YEAR, 4, 1)
        item.planned_end = item.planned_end or dt.date(YEAR, 6, 30)
    development.save_plan(plan_id, data)
    return development.get_plan(plan_id).data


# --- proposals and follow-up -----------------------------------------------------------------


def test_gap_proposals_from_final_evaluations(staff):
    budi = development.propose_gaps(staff["budi"], YEAR)
    assert [g.origin for g in budi] == [development_rules.RESULT]
    gap = budi[0]
    assert gap.competence_type == development_rules.TEKNIS
    assert "Triwulan I 2026, Triwulan II 2026" in gap.gap
    assert "Layanan imunisasi dasar lengkap" in gap.gap
    assert gap.evaluation_id == staff["budi_q2"] and gap.indicator

    sari = development.propose_gaps(staff["sari"], YEAR)
    assert [(g.origin, g.competence_type) for g in sari] == [
        ("VALUE:3", development_rules.SOSIAL_KULTURAL)
    ]
    assert sari[0].competence == "Perilaku kerja Kompeten"
    assert "Laporan sering tidak tuntas." in sari[0].gap
    assert "Ramah" not in sari[0].gap  # a value rated Sesuai is no gap
    assert development.propose_gaps(staff["andi"], YEAR) == []  # Baik, and a draft


def test_behaviour_below_without_rated_values_uses_the_feedback_or_a_general_gap():
    facts = [
        development_rules.EvaluationFacts(
            1, "2026-Q1", S, B, "KURANG", ((7, None, "Kurang aktif."),)
        ),
        development_rules.EvaluationFacts(2, "2026-Q2", S, B, "KURANG"),
    ]
    gaps = development_rules.propose(facts)
    assert [g.origin for g in gaps] == ["VALUE:7", development_rules.BEHAVIOUR]
    assert "Kurang aktif." in gaps[0].gap and "Triwulan II 2026" in gaps[1].gap
    heads = development_rules.propose(
        [development_rules.EvaluationFacts(3, "2025", B, S, "BUTUH_PERBAIKAN")], "PENGAWAS"
    )
    assert heads[0].competence_type == development_rules.MANAJERIAL
    assert "Tahunan 2025" in heads[0].gap


def test_consecutive_poor_predikat_and_suggestions():
    rules = development_rules
    sequence = ["2025", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    found = {
        "2025": Predikat.BUTUH_PERBAIKAN,
        "2026-Q1": Predikat.KURANG,
        "2026-Q3": Predikat.SANGAT_KURANG,
    }
    follow = rules.follow_up(sequence, found)
    assert follow.required and follow.streak == 2 and follow.consecutive
    assert follow.latest == "SANGAT_KURANG"
    assert follow.suggestions == (rules.COACHING, rules.MENTORING)
    assert rules.follow_up(sequence, {"2026-Q1": "BAIK"}) == rules.NO_FOLLOW_UP
    assert rules.poor_streak(sequence, {"2026-Q1": "KURANG", "2026-Q3": "KURANG"}) == 1
    reason = rules.required_reason(follow)
    assert reason.startswith("Predikat Butuh Perbaikan pada Tahunan 2025")
    assert "(2 periode berturut-turut)" in reason


def test_required_idp_after_a_poor_predikat(staff):
    follow = development.follow_up(staff["budi"], YEAR)
    assert follow.required and follow.streak == 2
    assert follow.latest == Predikat.BUTUH_PERBAIKAN.value
    assert follow.suggestions == (development_rules.COACHING,)
    assert not development.follow_up(staff["andi"], YEAR).required

    rows = {r.employee_id: r for r in development_office.office_view(YEAR)}
    assert rows[staff["budi"]].needs_plan and rows[staff["budi"]].consecutive
    assert rows[staff["sari"]].required and rows[staff["sari"]].suggestions == (15,)
    assert not rows[staff["andi"]].required

    _as("kabid")
    plan_id = development.create_plan(staff["budi"], YEAR)
    detail = development.get_plan(plan_id)
    assert detail.required and "Butuh Perbaikan" in detail.required_reason
    assert "2 periode berturut-turut" in detail.required_reason
    assert [g.origin for g in detail.data.gaps] == [development_rules.RESULT]
    coaching = detail.data.activities[0]
    assert coaching.jenis_diklat == development_rules.COACHING and coaching.gap_index == 0
    assert "Kabid" in coaching.title
    assert detail.activities[0].jalur == "NONKLASIKAL"
    assert detail.status == development.DRAFT and detail.editable
    rows = {r.employee_id: r for r in development_office.office_view(YEAR)}
    assert rows[staff["budi"]].needs_plan  # still to be agreed
    with pytest.raises(InputError, match="already has an IDP"):
        development.create_plan(staff["budi"], YEAR)

    plain = development.create_plan(staff["andi"], YEAR)
    detail = development.get_plan(plain)
    assert not detail.required and detail.data.gaps == [] and detail.data.activities == []


def test_new_proposals_after_a_later_evaluation(staff):
    _as("kabid")
    plan_id = development.create_plan(staff["sari"], YEAR)
    assert development.new_proposals(plan_id) == []
    _evaluate(staff["sari"], f"{YEAR}-Q2", B, S)
    fresh = development.new_proposals(plan_id)
    assert [g.origin for g in fresh] == [development_rules.RESULT]


# --- the JP record ---------------------------------------------------------------------------


def test_jp_tally_minutes_to_jp(staff):
    _as("staffhr")
    andi = staff["andi"]
    seminar = development_records.record_activity(
        andi,
        YEAR,
        CompletionInput(9, "Seminar Gizi Masyarakat", "Dinkes Provinsi", dt.date(YEAR, 2, 3),
                        dt.date(YEAR, 2, 3), minutes=100, certificate_no="12/SEM/2026"),
    )  # fmt: skip
    row = development_records.get_activity(seminar)
    assert row.jp == D("2.22") and row.minutes == 100 and row.plan_id is None
    assert row.jenis_label == "Seminar" and row.jalur == "KLASIKAL"
    development_records.record_activity(
        andi, YEAR, CompletionInput(16, "E-Learning Literasi Digital", jp="2,5",
                                    end_date=dt.date(YEAR, 5, 20))
    )  # fmt: skip
    progress = development_records.jp_progress(andi, YEAR)
    assert progress.done == D("4.72") and progress.shortfall == D("15.28") and not progress.met
    assert progress.percent == 23
    development_records.record_activity(
        andi, YEAR, CompletionInput(8, "Bimtek SIMPUS", end_date=dt.date(YEAR, 7, 1), minutes=900)
    )
    progress = development_records.jp_progress(andi, YEAR)
    assert progress.done == D("24.72") and progress.met and progress.percent == 100

    with pytest.raises(InputError, match="2025"):  # counts in the year it ended
        development_records.record_activity(
            andi, YEAR, CompletionInput(9, "Seminar", end_date=dt.date(2025, 12, 30), jp="3")
        )
    with pytest.raises(InputError, match="JP"):
        development_records.record_activity(
            andi, YEAR, CompletionInput(9, "Seminar", end_date=dt.date(YEAR, 1, 30))
        )
    with pytest.raises(InputError, match="ends before"):
        development_records.record_activity(
            andi,
            YEAR,
            CompletionInput(9, "Seminar", "", dt.date(YEAR, 2, 2), dt.date(YEAR, 2, 1), "3"),
        )
    with pytest.raises(InputError, match="-5"):
        development_records.record_activity(
            andi, YEAR, CompletionInput(9, "Seminar", end_date=dt.date(YEAR, 2, 1), minutes=-5)
        )
    with pytest.raises(InputError, match="26"):
        development_records.record_activity(
            andi, YEAR, CompletionInput(26, "Lain", end_date=dt.date(YEAR, 2, 1), jp="3")
        )
    assert len(development_records.activities(andi, YEAR)) == 3


def test_completing_planned_activities_and_the_plan_progress(staff):
    _as("kabid")
    plan_id = development.create_plan(staff["budi"], YEAR)
    _complete_plan(plan_id)
    detail = development.get_plan(plan_id)
    assert detail.progress.planned == D("30") and detail.progress.done == 0
    coaching, bimtek = detail.data.activities
    development_records.complete_activity(
        bimtek.id,
        CompletionInput(8, "Bimtek Aplikasi e-Kinerja", "BPSDM Provinsi", dt.date(YEAR, 3, 2),
                        dt.date(YEAR, 3, 4), "24", certificate_no="800/BPSDM/III/2026",
                        cost=3_250_000),
    )  # fmt: skip
    development_records.cancel_activity(coaching.id)
    detail = development.get_plan(plan_id)
    assert detail.progress.done == D("24") and detail.progress.met
    assert detail.progress.planned == D("24")  # the cancelled coaching is not planned anymore
    assert [a.status for a in detail.activities] == [development.CANCELLED, development.DONE]
    done = detail.activity(bimtek.id)
    assert done.certificate_no == "800/BPSDM/III/2026" and done.cost_actual == 3_250_000
    with pytest.raises(InputError, match="cancelled"):
        development_records.complete_activity(
            coaching.id, CompletionInput(14, "X", end_date=dt.date(YEAR, 5, 1), jp="2")
        )
    development_records.reset_activity(coaching.id)
    assert development.get_plan(plan_id).activity(coaching.id).status == development.PLANNED
    with pytest.raises(InputError, match="belongs to the IDP"):
        development_records.remove_activity(bimtek.id)


def test_certificate_copied_with_its_hash_and_nothing_half_written(staff, tmp_path, monkeypatch):
    _as("staffhr")
    activity = development_records.record_activity(
        staff["andi"], YEAR, CompletionInput(11, "Kursus Bahasa Inggris", jp="32",
                                             end_date=dt.date(YEAR, 4, 30))
    )  # fmt: skip
    source = tmp_path / "sertifikat kursus.pdf"
    source.write_bytes(b"%PDF-1.4 sertifikat\n" * 500)
    stored = development_records.attach_certificate(activity, source)
    row = development_records.get_activity(activity)
    assert stored.read_bytes() == source.read_bytes()
    assert row.certificate_sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert development_records.certificate_file(row.certificate_path) == stored
    assert development_records.certificate_intact(row.certificate_path, row.certificate_sha256)
    stored.write_bytes(b"changed")
    assert not development_records.certificate_intact(row.certificate_path, row.certificate_sha256)

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    other = development_records.record_activity(
        staff["andi"], YEAR, CompletionInput(9, "Seminar", jp="4", end_date=dt.date(YEAR, 5, 2))
    )
    monkeypatch.setattr(files.os, "fsync", broken_fsync)  # the copy goes through files.py
    with pytest.raises(InputError, match="could not be copied"):
        development_records.attach_certificate(other, source)
    assert development_records.get_activity(other).certificate_path is None
    folder = stored_files.data_file(
        f"certificates/{DevelopmentActivity.get_by_id(other).uid}", stored_files.CERTIFICATES
    )
    assert not folder.exists() or list(folder.iterdir()) == []


# --- the office view -------------------------------------------------------------------------


def test_under_20_jp_list_and_unit_totals(staff):
    _as("staffhr")
    development_records.record_activity(
        staff["andi"], YEAR, CompletionInput(17, "PJJ Manajemen Puskesmas", jp="24",
                                             end_date=dt.date(YEAR, 6, 1), cost=1_000_000)
    )  # fmt: skip
    development_records.record_activity(
        staff["budi"], YEAR, CompletionInput(9, "Seminar", end_date=dt.date(YEAR, 6, 1),
                                             minutes=100)
    )  # fmt: skip
    under = development_office.under_minimum(YEAR)
    names = [r.name for r in under]
    assert "Andi" not in names and names[-1] == "Budi"  # fewest JP first
    assert set(names) == {"Kadis", "Kabid", "Budi", "Sari", "Lain"}
    budi = next(r for r in under if r.name == "Budi")
    assert budi.jp_done == D("2.22") and budi.shortfall == D("17.78")
    assert [r.name for r in development_office.under_minimum(YEAR, [staff["other_unit"]])] == [
        "Lain"
    ]
    rows = development_office.office_view(YEAR)
    totals, overall = development_office.unit_totals(rows)
    by_unit = {t.unit_name: t for t in totals}
    assert by_unit["Puskesmas Uji"].employees == 5 and by_unit["Puskesmas Uji"].under_minimum == 4
    assert by_unit["Labkesda"].under_minimum == 1
    assert overall.jp_done == D("26.22") and overall.cost_actual == 1_000_000
    assert overall.required == 2 and overall.required_open == 2

    _as("kabid")  # a supervisor sees only the people they appraise (and their own record)
    visible = {r.name for r in development_office.office_view(YEAR)}
    assert visible == {"Kabid", "Budi", "Sari", "Andi", "Lain"}


def test_renbangkom_recap_and_excel_export(staff, tmp_path):
    from openpyxl import load_workbook

    _as("kabid")
    plan_id = development.create_plan(staff["budi"], YEAR)
    _complete_plan(plan_id)
    other = development.create_plan(staff["sari"], YEAR)
    _complete_plan(other)
    recap = development_office.renbangkom(YEAR)
    bimtek = next(r for r in recap if r.jenis_diklat == 8)
    assert bimtek.target == 2 and bimtek.activities == 2 and bimtek.cost_planned == 7_000_000
    assert bimtek.jp_planned == D("48") and bimtek.providers == ["BPSDM Provinsi"]
    assert (bimtek.first_month, bimtek.last_month) == (3, 3)
    assert [(r.unit_name, r.competence_type, r.jenis_diklat) for r in recap] == [
        ("Puskesmas Uji", "TEKNIS", 14),
        ("Puskesmas Uji", "SOSIAL_KULTURAL", 15),
        ("Puskesmas Uji", "", 8),
    ]
    assert development_office.renbangkom(YEAR, agreed_only=True) == []

    _as("staffhr")
    path = tmp_path / "pengembangan.xlsx"
    assert development_io.export_development(path, YEAR) == 6
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["Pengembangan Pegawai", "Rekap Unit", "Renbangkom"]
    sheet = list(book["Pengembangan Pegawai"].values)
    header = sheet[4]
    assert header[:3] == ("No", "NIP", "Nama")
    budi = next(r for r in sheet[5:] if r[2] == "Budi")
    column = dict(zip(header, budi, strict=True))
    assert column["Status IDP"] == "Draf" and column["IDP Wajib"] == "Ya"
    assert column["Predikat Terakhir"] == "Butuh Perbaikan"
    assert column["Predikat Buruk Berturut-turut"] == 2
    assert column["Saran Tindak Lanjut"] == "Coaching"
    assert column["JP Direncanakan"] == 30 and column["Memenuhi 20 JP"] == "Tidak"
    assert budi[1] == "19860926 201505 1 001"
    recap_rows = list(book["Renbangkom"].values)
    assert recap_rows[-1][0] == "Jumlah" and recap_rows[-1][6] == 2  # two people, once each
    book.close()
    with pytest.raises(InputError, match=r"\.xlsx"):
        development_io.export_development(tmp_path / "x.csv", YEAR)


# --- workflow and permissions ----------------------------------------------------------------


def test_workflow_and_permissions(staff):
    _as("budi")  # the employee drafts their own IDP
    plan_id = development.create_plan(staff["budi"], YEAR)
    with pytest.raises(InputError, match="not complete"):
        development.submit(plan_id)
    problems = [str(p) for p in development.problems(plan_id)]
    assert problems == ["Activity 1 has no planned JP.", "Activity 1 has no schedule."]
    _complete_plan(plan_id)
    development.submit(plan_id)
    with pytest.raises(AccessDenied):
        development.agree(plan_id)  # not their own agreement
    _as("sari")  # a colleague may read (viewer) but not write it
    with pytest.raises(AccessDenied):
        development.save_plan(plan_id, development.get_plan(plan_id).data)
    with pytest.raises(AccessDenied):
        development.create_plan(staff["andi"], YEAR)
    _as("staffhr")
    with pytest.raises(AccessDenied):
        development.agree(plan_id)  # HR may draft, not agree

    _as("kabid")
    development.return_plan(plan_id, "  Tambahkan   jadwal coaching. ")
    detail = development.get_plan(plan_id)
    assert detail.status == development.RETURNED and detail.editable
    assert detail.return_reason == "Tambahkan jadwal coaching."
    development.submit(plan_id)
    development.agree(plan_id)
    detail = development.get_plan(plan_id)
    assert detail.status == development.AGREED and not detail.editable
    assert detail.snapshot["employee"]["name"] == "Budi"
    assert detail.snapshot["appraiser"]["name"] == "Kabid" and detail.agreed_at
    with pytest.raises(InputError, match="locked"):
        development.save_plan(plan_id, detail.data)
    with pytest.raises(InputError, match="reason"):
        development.reopen(plan_id, "  ")
    development.reopen(plan_id, "Jadwal bimtek berubah")
    steps = [(s.from_status, s.to_status, s.reason) for s in development.get_plan(plan_id).history]
    assert steps == [
        ("", "DRAFT", ""),
        ("DRAFT", "SUBMITTED", ""),
        ("SUBMITTED", "RETURNED", "Tambahkan jadwal coaching."),
        ("RETURNED", "SUBMITTED", ""),
        ("SUBMITTED", "AGREED", ""),
        ("AGREED", "RETURNED", "Jadwal bimtek berubah"),
    ]
    assert AuditEntry.select().where(AuditEntry.entity == "development_plan").count() >= 6
    # realisation goes on while the IDP is agreed; its agreed content stays as agreed
    development.submit(plan_id)
    development.agree(plan_id)
    bimtek = development.get_plan(plan_id).data.activities[1]
    development_records.complete_activity(
        bimtek.id,
        CompletionInput(9, "Judul lain", "Penyelenggara lain", end_date=dt.date(YEAR, 3, 4),
                        jp="24"),
    )  # fmt: skip
    row = development.get_plan(plan_id).activity(bimtek.id)
    assert row.status == development.DONE and row.title == "Bimtek Aplikasi e-Kinerja"
    assert row.jenis_diklat == 8 and row.jp == D("24")


def test_closed_year_refuses_every_change(staff):
    _as("kabid")
    plan_id = development.create_plan(staff["budi"], YEAR)
    data = _complete_plan(plan_id)
    _as("staffhr")
    periods.set_closed(YEAR, True)
    with pytest.raises(InputError, match="closed"):
        development.save_plan(plan_id, data)
    with pytest.raises(InputError, match="closed"):
        development.create_plan(staff["andi"], YEAR)
    with pytest.raises(InputError, match="closed"):
        development_records.record_activity(
            staff["andi"], YEAR, CompletionInput(9, "Seminar", end_date=dt.date(YEAR, 2, 1), jp="3")
        )
    assert DevelopmentPlan.select().count() == 1


# --- transaction safety ----------------------------------------------------------------------


def _state() -> tuple:
    return tuple(
        sorted(tuple(row.values()) for row in model.select().dicts())
        for model in (DevelopmentPlan, DevelopmentGap, DevelopmentActivity, DevelopmentStatusChange)
    )


def test_a_refused_save_changes_nothing(staff):
    _as("kabid")
    plan_id = development.create_plan(staff["budi"], YEAR)
    data = _complete_plan(plan_id)
    done = data.activities[1].id
    development_records.complete_activity(
        done, CompletionInput(8, "Bimtek", end_date=dt.date(YEAR, 3, 4), jp="24")
    )
    before = _state()
    audit_before = AuditEntry.select().count()
    data = development.get_plan(plan_id).data
    data.goals = "Berubah"
    data.gaps[0].competence = "Berubah juga"
    data.activities = [a for a in data.activities if a.id != done]  # the done one left out
    with pytest.raises(InputError, match="stays in the IDP"):
        development.save_plan(plan_id, data)
    assert _state() == before and AuditEntry.select().count() == audit_before

    data = development.get_plan(plan_id).data
    data.activities[0].jenis_diklat = 99
    data.gaps[0].competence_type = "LAINNYA"
    with pytest.raises(InputError) as err:
        development.save_plan(plan_id, data)
    assert set(err.value.errors) == {"gap1", "activity1"}  # type: ignore[attr-defined]
    assert _state() == before


def test_a_failing_create_leaves_no_half_plan(staff, monkeypatch):
    _as("kabid")
    before = _state()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(development_rules, "suggestion_title", broken)
    with pytest.raises(RuntimeError):
        development.create_plan(staff["budi"], YEAR)  # fails after the plan and gaps were made
    assert _state() == before
