"""Participatory targets: the employee drafts their own SKP in their own Pegawai session
(RHK linked to the appraiser's RHK), submits it; the pejabat penilai returns it with a comment
per RHK; the employee reads the comments and fixes it; nobody else reads them."""

from __future__ import annotations

import pytest

from desktop_app.errors import InputError
from desktop_app.models import AuditEntry, PlanResult
from desktop_app.services import auth, periods, session
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.session import AccessDenied
from desktop_app.services.skp import plan_flow, plans, review_comments
from desktop_app.services.skp.plans import IndicatorInput, PlanInput, ResultInput
from tests.builders import approved_skp

PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026


@pytest.fixture
def team(office):
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002", "Kabid", "IV/a", unit, position_name="Kepala Bidang",
            position_type="ADMINISTRATOR", echelon="32",
        )
    )  # fmt: skip
    budi = employees.save_employee(
        EmployeeInput(
            "198609262015051001", "Budi", "III/b", unit, supervisor_id=kabid,
            appraiser_id=kabid, position_name="Analis", position_type="PELAKSANA",
        )
    )  # fmt: skip
    ani = employees.save_employee(
        EmployeeInput(
            "199001152015032002", "Ani", "III/a", unit, supervisor_id=kabid,
            appraiser_id=kabid, position_name="Arsiparis", position_type="PELAKSANA",
        )
    )  # fmt: skip
    periods.open_period(YEAR)
    boss_plan = approved_skp(kabid, rhk="Meningkatnya layanan kepegawaian")
    auth.create_user("admin", PASSWORD, "admin")
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    auth.create_user("budi", PASSWORD, "employee", budi)
    auth.create_user("ani", PASSWORD, "employee", ani)
    session.sign_in_as(None)
    return {"kabid": kabid, "budi": budi, "ani": ani, "boss_plan": boss_plan}


def _as(name: str) -> None:
    session.sign_in_as(auth.authenticate(name, PASSWORD))


def _draft(parent_id: int) -> PlanInput:
    return PlanInput(
        "KUANTITATIF",
        [
            ResultInput(
                "Usulan kenaikan pangkat diproses tepat waktu",
                True,
                [IndicatorInput("KUANTITAS", "Jumlah usulan diproses", "120", "usulan")],
                parent_result_id=parent_id,
            ),
            ResultInput(
                "Arsip kepegawaian tertata",
                True,
                [IndicatorInput("KUALITAS", "Arsip tertata", "90", "%")],
                parent_result_id=parent_id,
            ),
        ],
    )


def test_the_employee_drafts_submits_and_reads_the_comments_per_rhk(team):
    _as("budi")
    choices = plan_flow.superior_results(team["budi"], YEAR)  # the appraiser's RHK to link to
    assert [c.text for c in choices] == ["Meningkatnya layanan kepegawaian"]
    plan_id = plans.create_plan(team["budi"], YEAR)
    plans.save_plan(plan_id, _draft(choices[0].id))
    plans.submit(plan_id)
    with pytest.raises(AccessDenied):  # the employee does not approve their own SKP
        plans.approve(plan_id)
    first, second = (r.id for r in plans.get_plan(plan_id).data.results)

    _as("kabid")
    review_comments.return_with_comments(
        plan_id,
        "Perbaiki target RHK 1",
        {first: "Target 120 terlalu rendah: tahun lalu 150.", second: ""},
    )
    assert plans.get_plan(plan_id).status == plan_flow.RETURNED

    _as("budi")
    assert review_comments.review_comments(plan_id) == {
        first: "Target 120 terlalu rendah: tahun lalu 150."
    }
    fixed = plans.get_plan(plan_id).data  # the editor saves what it read, ids kept
    fixed.results[0].indicators[0].target_value = "150"
    plans.save_plan(plan_id, fixed)  # fixing it keeps the comments shown
    assert PlanResult.get_by_id(first).review_comment.startswith("Target 120")
    plans.submit(plan_id)
    assert (
        AuditEntry.select()
        .where((AuditEntry.entity == "plan_result") & (AuditEntry.actor == "kabid"))
        .exists()
    )

    _as("ani")  # another Pegawai: neither the SKP nor its comments
    with pytest.raises(AccessDenied):
        review_comments.review_comments(plan_id)
    with pytest.raises(AccessDenied):
        review_comments.return_with_comments(plan_id, "x", {})


def test_comments_on_another_skp_or_without_reason_write_nothing(team):
    boss_rhk = plans.get_plan(team["boss_plan"]).data.results[0].id
    _as("budi")
    plan_id = plans.create_plan(team["budi"], YEAR)
    choices = plan_flow.superior_results(team["budi"], YEAR)
    plans.save_plan(plan_id, _draft(choices[0].id))
    plans.submit(plan_id)
    first = plans.get_plan(plan_id).data.results[0].id
    _as("kabid")
    with pytest.raises(InputError):
        review_comments.return_with_comments(plan_id, "Perbaiki", {boss_rhk: "bukan RHK ini"})
    with pytest.raises(InputError):
        review_comments.return_with_comments(plan_id, "", {first: "alasan kosong"})
    with pytest.raises(InputError):
        review_comments.return_with_comments(plan_id, "Perbaiki", {first: "x" * 2001})
    assert plans.get_plan(plan_id).status == plan_flow.SUBMITTED
    assert PlanResult.get_by_id(first).review_comment == ""
