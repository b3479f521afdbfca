"""A mid-year transfer through the services: the SKP in force closed at a month, the register
updated with its audit, the next SKP a draft with the ticked RHK; periodic evaluations belong
to the SKP in force; the annual reference weighs the SKPs by months; refusals write nothing."""

from __future__ import annotations

import pytest

from desktop_app.errors import InputError
from desktop_app.models import AuditEntry, Employee, PerformancePlan
from desktop_app.scoring import Rating
from desktop_app.scoring.skp_months import MonthRange
from desktop_app.services import periods
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.skp import plans, transfers
from desktop_app.services.skp import progress as _progress
from desktop_app.services.skp.plans import IndicatorInput, PlanInput, ResultInput
from desktop_app.services.skp.transfers import MUTASI, PENILAI, TransferInput
from tests.builders import approved_skp

YEAR = 2026
A, S = Rating.DI_ATAS, Rating.SESUAI


@pytest.fixture
def people(office):
    dinkes = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    puskesmas = unit_service.save_unit(unit_service.UnitInput("PKM", "Puskesmas Kota", "UPT"))
    kadis = employees.save_employee(
        EmployeeInput("197001012000031001", "Kadis", "IV/c", dinkes, position_name="Kepala Dinas",
                      position_type="JPT", echelon="22")
    )  # fmt: skip
    kabid = employees.save_employee(
        EmployeeInput("197102022000032002", "Kabid", "IV/a", dinkes, appraiser_id=kadis,
                      position_name="Kepala Bidang", position_type="ADMINISTRATOR", echelon="32")
    )  # fmt: skip
    kapus = employees.save_employee(
        EmployeeInput("197203032000031003", "Kapus", "IV/a", puskesmas, appraiser_id=kadis,
                      position_name="Kepala Puskesmas", position_type="ADMINISTRATOR",
                      echelon="32")
    )  # fmt: skip
    budi = employees.save_employee(
        EmployeeInput("198609262015051001", "Budi", "III/b", dinkes, appraiser_id=kabid,
                      position_name="Analis", position_type="PELAKSANA")
    )  # fmt: skip
    periods.open_period(YEAR)
    two = PlanInput(
        "KUANTITATIF",
        [
            ResultInput("Layanan kepegawaian", True,
                        [IndicatorInput("KUANTITAS", "Usulan", "120", "usulan")],
                        parent_text="Layanan"),
            ResultInput("Arsip tertib", False,
                        [IndicatorInput("KUANTITAS", "Berkas", "40", "berkas")],
                        parent_text="Arsip"),
        ],
        {1: "Ramah"},
        "Laptop",
    )  # fmt: skip
    plan_id = approved_skp(budi, plan=two)
    return {"dinkes": dinkes, "pkm": puskesmas, "kabid": kabid, "kapus": kapus, "budi": budi,
            "plan": plan_id, "kadis": kadis}  # fmt: skip


def _move(people, month=7, copy=(), kind=MUTASI, **changes):
    values = dict(
        employee_id=people["budi"], year=YEAR, close_month=month, kind=kind,
        unit_id=people["pkm"], position_name="Pengelola Data", position_type="PELAKSANA",
        appraiser_id=people["kapus"], copy=copy,
    )  # fmt: skip
    values.update(changes)
    return transfers.transfer(TransferInput(**values))


def test_transfer_in_july_closes_and_starts(people):
    start = transfers.transfer_start(people["budi"], YEAR)
    assert start.months == MonthRange() and start.status == plans.APPROVED
    assert list(start.close_months) == list(range(1, 12))
    assert [c.text for c in start.results] == ["Layanan kepegawaian", "Arsip tertib"]
    audits = AuditEntry.select().count()
    done = _move(people, copy=[start.results[0].result_id])
    old, new = (
        PerformancePlan.get_by_id(done.closed_plan_id),
        PerformancePlan.get_by_id(done.new_plan_id),
    )
    assert (old.month_start, old.month_end, old.status) == (1, 7, plans.APPROVED)
    assert (new.month_start, new.month_end, new.status) == (8, 12, plans.DRAFT)
    budi = Employee.get_by_id(people["budi"])
    assert budi.unit_id == people["pkm"] and budi.appraiser_id == people["kapus"]
    assert budi.supervisor_id == people["kapus"]  # the atasan langsung of the new post
    assert budi.position.name == "Pengelola Data" and str(budi.position_since) == "2026-08-01"
    detail = plans.get_plan(new.id)
    assert [r.text for r in detail.data.results] == ["Layanan kepegawaian"]
    assert detail.data.results[0].parent_text == "Layanan"  # kept as text: a new appraiser
    assert detail.data.resources == ""  # the lampiran stays with the old appraiser
    assert (detail.month_start, detail.month_end) == (8, 12)
    assert detail.history[0].reason == "Mutasi: SKP sebelumnya Januari – Juli 2026"
    tables = {e.entity for e in AuditEntry.select().where(AuditEntry.id > audits)}
    assert {"performance_plan", "employee", "plan_result"} <= tables
    assert plans.plan_id_for(people["budi"], YEAR) == new.id
    assert plans.plan_id_for(people["budi"], YEAR, 3) == old.id
    rows = [r for r in _progress.progress(YEAR) if r.employee_id == people["budi"]]
    assert [(r.plan_id, r.month_start, r.month_end) for r in rows] == [
        (old.id, 1, 7),
        (new.id, 8, 12),
    ]


def test_change_of_appraiser_only_keeps_links_and_lampiran(people):
    start = transfers.transfer_start(people["budi"], YEAR)
    assert transfers.default_copy(PENILAI) and not transfers.default_copy(MUTASI)
    done = _move(people, 5, [c.result_id for c in start.results], PENILAI, unit_id=people["dinkes"],
                 position_name="Analis", appraiser_id=people["kapus"])  # fmt: skip
    detail = plans.get_plan(done.new_plan_id)
    assert len(detail.data.results) == 2 and detail.data.resources == "Laptop"
    assert (detail.month_start, detail.month_end) == (6, 12)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"close_month": 12}, "can only be closed from Januari to November"),
        ({"close_month": 0}, "not a month"),
        ({"unit_id": None, "position_name": "Analis", "appraiser_id": None}, "Nothing changes"),
        ({"kind": "X"}, "Choose what happens"),
    ],
)
def test_refusals_write_nothing(people, changes, message):
    if changes.get("unit_id", 1) is None:
        changes["unit_id"] = people["dinkes"]
        changes["appraiser_id"] = people["kabid"]
    before = AuditEntry.select().count()
    with pytest.raises(InputError, match=message):
        _move(people, **changes)
    assert AuditEntry.select().count() == before
    assert PerformancePlan.select().count() == 1


def test_evaluations_belong_to_the_skp_in_force(people):
    q1 = evaluations.open_evaluation(people["budi"], "2026-Q1")
    done = _move(people, 7, [transfers.transfer_start(people["budi"], YEAR).results[0].result_id])
    assert evaluations.get_evaluation(q1).plan_id == done.closed_plan_id
    with pytest.raises(InputError, match="no approved SKP"):  # Q3 ends in September: new SKP
        evaluations.open_evaluation(people["budi"], "2026-Q3")
    q2 = evaluations.open_evaluation(people["budi"], "2026-Q2")
    assert evaluations.get_evaluation(q2).plan_id == done.closed_plan_id
    from desktop_app.services.evaluation.monitoring import monitoring

    def state(key: str) -> str:
        return next(r.state for r in monitoring(key) if r.employee_id == people["budi"])

    assert state("2026-Q4") == "NO_PLAN"  # the SKP in force then is still a draft
    assert state("2026-Q2") != "NO_PLAN"
    assert sum(r.employee_id == people["budi"] for r in monitoring("2026-Q4")) == 1


def test_a_later_evaluation_blocks_an_early_close(people):
    evaluations.open_evaluation(people["budi"], "2026-Q3")
    with pytest.raises(InputError, match="Triwulan III already belongs to this SKP"):
        _move(people, 7)
    _move(people, 9)  # September is the end of Triwulan III: allowed


def _fill(evaluation_id: int, hasil: Rating, perilaku: Rating) -> None:
    data = evaluations.get_evaluation(evaluation_id).data
    for item in data.realisations:
        item.realisasi = "120 usulan"
        item.bukti_dukung = "https://drive.example/laporan"
    data.rating_hasil, data.rating_perilaku = hasil, perilaku
    evaluations.save_evaluation(evaluation_id, data)
    evaluations.finalize(evaluation_id)


def test_year_of_two_skps_annual_reference_forms_and_siasn(people, tmp_path):
    for key, rating in (("2026-Q1", A), ("2026-Q2", A)):
        _fill(evaluations.open_evaluation(people["budi"], key), rating, S)
    start = transfers.transfer_start(people["budi"], YEAR)
    done = _move(people, 7, [start.results[0].result_id])
    plans.submit(done.new_plan_id)
    plans.approve(done.new_plan_id)
    for key in ("2026-Q3", "2026-Q4"):
        _fill(evaluations.open_evaluation(people["budi"], key), S, S)
    annual = evaluations.open_evaluation(people["budi"], "2026")
    assert evaluations.get_evaluation(annual).plan_id == done.new_plan_id  # the SKP at year end
    _fill(annual, S, S)
    found = evaluations.annual_summary(people["budi"], YEAR)
    # by hand: January-July Di Atas (Q2, the old SKP's last) 7 months, August-December
    # Sesuai (Q4) 5 months: the reference is Di Atas / Sesuai, predikat Baik
    assert [(p.months.start, p.months.end, p.hasil) for p in found.skps] == [(1, 7, A), (8, 12, S)]
    assert found.reference is not None
    assert (found.reference.hasil, found.reference.perilaku) == (A, S)
    assert found.reference.predikat.label == "Baik"

    from pypdf import PdfReader

    from desktop_app.services.evaluation import exports as evaluation_io
    from desktop_app.services.reports import forms

    def first_page(build, record_id: int) -> str:
        path = tmp_path / f"{build.__name__}-{record_id}.pdf"
        build(path, record_id)
        return PdfReader(path).pages[0].extract_text()

    old_skp = first_page(forms.build_skp, done.closed_plan_id)
    assert "PERIODE: JANUARI – JULI 2026" in old_skp and "1 JANUARI – 31 JULI 2026" in old_skp
    new_skp = first_page(forms.build_skp, done.new_plan_id)
    assert "PERIODE: AGUSTUS – DESEMBER 2026" in new_skp
    assert "SKP AGUSTUS – DESEMBER 2026" in first_page(forms.build_evaluation, annual)
    assert "SKP AGUSTUS – DESEMBER 2026" in first_page(forms.build_document, annual)
    q1 = evaluations.evaluation_id_for(people["budi"], "2026-Q1")
    assert "SKP JANUARI – JULI 2026" in first_page(forms.build_evaluation, q1)

    from openpyxl import load_workbook

    path = tmp_path / "siasn.xlsx"
    evaluation_io.export_siasn(path, YEAR)
    sheet = load_workbook(path)["Rekonsiliasi SKP"]
    lines = list(sheet.iter_rows(values_only=True))
    budi = next(line for line in lines if line[-1] == "198609262015051001")  # NIP last
    assert budi[-3:-1] == (8, 12)


def test_migration_0013_gives_every_skp_the_whole_year(people):
    from desktop_app.models import db

    columns = {row[1]: row[4] for row in db.execute_sql('PRAGMA table_info("performance_plan")')}
    assert (columns["month_start"], columns["month_end"]) == ("1", "12")
    indexes = {row[1] for row in db.execute_sql('PRAGMA index_list("performance_plan")')}
    assert "performance_plan_one_per_start" in indexes
    assert "performance_plan_one_per_year" not in indexes
    plan = PerformancePlan.get_by_id(people["plan"])
    assert (plan.month_start, plan.month_end) == (1, 12)
