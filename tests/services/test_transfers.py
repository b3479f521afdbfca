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
            "plan": plan_id}  # fmt: skip


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


def test_a_later_evaluation_blocks_an_early_close(people):
    evaluations.open_evaluation(people["budi"], "2026-Q3")
    with pytest.raises(InputError, match="Triwulan III already belongs to this SKP"):
        _move(people, 7)
    _move(people, 9)  # September is the end of Triwulan III: allowed
