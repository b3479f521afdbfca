"""The workflow kit against the database: a new record with its first history row, refused
transitions that write nothing, steps that write their history row before the record's own
change, history-only steps, the lock and closed-year guards with their messages, and the
frozen snapshot."""

from __future__ import annotations

import json

import pytest

from desktop_app.errors import InputError, NotFoundError
from desktop_app.models import AuditEntry, PerformancePlan, PlanStatusChange
from desktop_app.models.audit import acting_as
from desktop_app.models.database import write_transaction
from desktop_app.scoring.workflow import StatusStep, Transition, Workflow
from desktop_app.services import periods
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.skp import plans
from desktop_app.services.skp.plan_flow import KIT, REASON
from desktop_app.services.workflow import WorkflowKit, take_snapshot

YEAR = 2026


@pytest.fixture
def budi(office):
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002",
            "Kabid",
            "IV/a",
            unit,
            position_name="Kepala Bidang",
            position_type="ADMINISTRATOR",
            echelon="32",
        )
    )
    budi = employees.save_employee(
        EmployeeInput(
            "198609262015051001", "Budi", "III/b", unit, supervisor_id=kabid, appraiser_id=kabid,
            position_name="Analis", position_type="PELAKSANA",
        )
    )  # fmt: skip
    periods.open_period(YEAR)
    return budi


def _new_plan(employee_id: int) -> PerformancePlan:
    with write_transaction(), acting_as("tester"):
        return KIT.create(
            employee=employee_id, period=periods.year_period(YEAR, writable=True), form="STAFF"
        )


def _rows(plan: PerformancePlan) -> list[tuple[str, str, str, str]]:
    return [
        (c.from_status, c.to_status, c.actor, c.reason)
        for c in PlanStatusChange.select()
        .where(PlanStatusChange.plan == plan)
        .order_by(PlanStatusChange.id)
    ]


def test_create_writes_the_record_and_its_first_history_row(budi):
    plan = _new_plan(budi)
    assert plan.status == plans.DRAFT
    assert _rows(plan) == [("", plans.DRAFT, "tester", "")]
    [step] = KIT.history(plan)
    assert isinstance(step, StatusStep) and step.to_status == plans.DRAFT and step.at is not None


def test_a_refused_transition_writes_nothing(budi):
    plan = _new_plan(budi)
    with write_transaction(), pytest.raises(InputError) as refused:
        KIT.step(plan, "approve")
    assert refused.value.msgid == "Only a submitted SKP can be approved."
    assert refused.value.context == "plans"
    assert plan.status == plans.DRAFT and len(_rows(plan)) == 1
    assert KIT.refused("reopen").msgid == "Only an approved SKP can be re-opened."


def test_a_step_writes_its_row_then_the_record_change(budi):
    plan = _new_plan(budi)
    before = AuditEntry.select().count()
    with write_transaction(), acting_as("kabid"):
        KIT.step(plan, "submit")
        assert plan.status == plans.SUBMITTED  # set, not saved: the caller saves
        plan.save()
    with write_transaction(), acting_as("kabid"):
        KIT.step(plan, "return", "Target kurang jelas")
        plan.save()
    assert _rows(plan)[1:] == [
        (plans.DRAFT, plans.SUBMITTED, "kabid", ""),
        (plans.SUBMITTED, plans.RETURNED, "kabid", "Target kurang jelas"),
    ]
    assert PerformancePlan.get_by_id(plan.id).status == plans.RETURNED
    entries = [
        (e.action, e.entity) for e in AuditEntry.select().order_by(AuditEntry.id).offset(before)
    ]
    assert entries == [
        ("create", "plan_status_change"), ("status", "performance_plan"),
        ("create", "plan_status_change"), ("status", "performance_plan"),
    ]  # fmt: skip
    assert [s.to_status for s in KIT.history(plan)] == [
        plans.DRAFT,
        plans.SUBMITTED,
        plans.RETURNED,
    ]


def test_histories_of_many_records(budi, office):
    plan = _new_plan(budi)
    found = KIT.histories([plan.id, 999_999])
    assert [s.to_status for s in found[plan.id]] == [plans.DRAFT]
    assert found[999_999] == []


def test_a_history_only_step_keeps_the_status(budi):
    noted = WorkflowKit(
        Workflow("plans", plans.DRAFT, plans.EDITABLE, {
            "note": Transition("NOTE", frozenset({plans.DRAFT}), "Only a draft takes a note.",
                               keeps_status=True),
        }),
        PerformancePlan, PlanStatusChange, plans.STATUS_LABELS,
        gone="gone", closed="closed", locked="locked",
    )  # fmt: skip
    plan = _new_plan(budi)
    with write_transaction(), acting_as("tester"):
        noted.step(plan, "note", "Catatan")
        plan.save()
    assert plan.status == plans.DRAFT
    assert _rows(plan)[-1] == (plans.DRAFT, "NOTE", "tester", "Catatan")


def test_guards_and_their_messages(budi):
    plan = _new_plan(budi)
    KIT.editable(plan)  # a draft of an open year: no refusal
    assert KIT.is_editable(plan)
    plan.status = plans.APPROVED
    with pytest.raises(InputError) as locked:
        KIT.unlocked(plan)
    assert locked.value.msgid.startswith("This SKP is {status} and locked")
    assert locked.value.params["status"].msgid == "Approved"
    assert not KIT.is_editable(plan)
    periods.set_closed(YEAR, True)
    plan = PerformancePlan.get_by_id(plan.id)
    with pytest.raises(InputError) as closed:
        KIT.editable(plan)
    assert closed.value.msgid == "The year is closed: nothing can change."
    assert closed.value.params == {}
    with pytest.raises(NotFoundError, match="The SKP no longer exists"):
        KIT.live(999_999)
    assert KIT.live(plan.id).id == plan.id


def test_the_closed_year_message_may_name_the_year(budi):
    from desktop_app.services.archive import appraisals

    plan = _new_plan(budi)
    periods.set_closed(YEAR, True)
    plan = PerformancePlan.get_by_id(plan.id)
    with pytest.raises(InputError) as closed:
        appraisals.KIT.not_closed(plan)  # the archive kit names the year
    assert closed.value.params == {"year": YEAR}
    assert str(closed.value) == f"The year {YEAR} is closed: nothing can change."


def test_reasons(budi):
    assert KIT.reason("  Target\n kurang  jelas ", REASON) == "Target kurang jelas"
    with pytest.raises(InputError) as empty:
        KIT.reason(" \n", REASON)
    assert empty.value.msgid == "Give the reason, so the employee knows what to change."


def test_freeze_stores_the_snapshot_of_today(budi):
    plan = _new_plan(budi)
    KIT.freeze(plan, plan.employee)
    stored = json.loads(plan.snapshot)
    assert stored == plans.snapshot(plan.employee) == take_snapshot(plan.employee).as_dict()
    assert stored["employee"]["name"] == "Budi" and stored["appraiser"]["name"] == "Kabid"
    assert stored["appraiser_superior"] == {}
    assert KIT.snapshot_of(plan) == stored
    assert plan.snapshot == json.dumps(stored, ensure_ascii=False, sort_keys=True)
