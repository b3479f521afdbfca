"""Sasaran Kinerja Pegawai (SKP): drafting, the approval workflow and the speed-ups for the
deadline (copy last year's SKP, give one RHK to several subordinates).

Workflow: DRAFT -> SUBMITTED (diajukan) -> APPROVED (disetujui), or back to RETURNED
(dikembalikan) with a reason; only DRAFT and RETURNED plans can be edited. An approved plan is
locked; re-opening it needs the pejabat penilai (or an administrator) and a reason. Every step
is a PlanStatusChange row and, like every write, in the audit trail.

Who may do what (checked here, not only in the screens): drafting and submitting
(WRITE_PLAN) is for admin, HR and the employee's pejabat penilai; approving, returning and
re-opening (APPROVE_PLAN) for admin and the pejabat penilai; reading for whoever may read the
employee's appraisal (a supervisor: the employees they appraise, and their own).

The statuses and the transition table are `plan_flow`, the data types `plan_types`, the
content's checks and storage `plan_content`, the progress list `progress` and the matriks
peran hasil `cascade`; their public names are re-exported here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from desktop_app.errors import NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import BehaviourExpectation, Employee, PerformancePlan, PlanResult, utcnow
from desktop_app.models.database import write_transaction
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.input_ranges import stored_decimal
from desktop_app.scoring.rhk_numbering import rhk_numbers
from desktop_app.scoring.target_units import check_for_unit
from desktop_app.services import periods
from desktop_app.services.register import appraiser_chain
from desktop_app.services.session import Action
from desktop_app.services.skp import transfer_people
from desktop_app.services.skp.cascade import cascade, subordinates
from desktop_app.services.skp.plan_content import (
    check_links,
    check_structure,
    results_of,
    save_expectations,
    save_results,
)
from desktop_app.services.skp.plan_flow import (
    APPROVED,
    DRAFT,
    EDITABLE,
    KIT,
    NO_PLAN,
    REASON,
    RETURNED,
    STATUS_LABELS,
    SUBMITTED,
    appraiser_of,
    plan_id_for,
    plan_in_force,
    plans_in_year,
    register_appraiser_of,
    require_for,
    superior_of,
    superior_results,
)
from desktop_app.services.skp.plan_flow import error as _error
from desktop_app.services.skp.plan_types import (
    CascadeMatrix,
    IndicatorInput,
    ParentChoice,
    PlanDetail,
    PlanInput,
    ProgressRow,
    ResultInput,
    StatusStep,
    SupportingResult,
)
from desktop_app.services.skp.progress import progress
from desktop_app.services.workflow import local_today, take_snapshot

__all__ = [
    "APPROVED",
    "DRAFT",
    "EDITABLE",
    "NO_PLAN",
    "RETURNED",
    "STATUS_LABELS",
    "SUBMITTED",
    "CascadeMatrix",
    "IndicatorInput",
    "ParentChoice",
    "PlanDetail",
    "PlanInput",
    "ProgressRow",
    "ResultInput",
    "StatusStep",
    "SupportingResult",
    "appraiser_of",
    "approve",
    "assign_result",
    "cascade",
    "copy_from_year",
    "create_plan",
    "get_plan",
    "plan_id_for",
    "plan_in_force",
    "plans_in_year",
    "problems",
    "progress",
    "register_appraiser_of",
    "reopen",
    "require_for",
    "return_plan",
    "save_plan",
    "snapshot",
    "submit",
    "subordinates",
    "superior_of",
    "superior_results",
]


def _live_plan(plan_id: int) -> PerformancePlan:
    return KIT.live(plan_id)


def _form_for(employee: Employee) -> str:
    position = employee.position
    return "JPT" if position is not None and position.position_type == "JPT" else "STAFF"


# --- creating and reading --------------------------------------------------------------------


def create_plan(employee_id: int, year: int) -> int:
    """A new draft SKP for the employee and year; one per employee and year."""
    require_for(Action.WRITE_PLAN, employee_id)
    with write_transaction():
        period = periods.year_period(year, writable=True)
        employee = Employee.get_or_none((Employee.id == employee_id) & (Employee.deleted == False))
        if employee is None:
            raise NotFoundError(N_("plans", "The employee no longer exists."), "plans")
        existing = PerformancePlan.get_or_none(
            (PerformancePlan.employee == employee)
            & (PerformancePlan.period == period)
            & (PerformancePlan.deleted == False)
        )
        if existing is not None:
            raise _error(
                N_("plans", "{name} already has an SKP for {year}: open that one."),
                name=employee.full_name,
                year=year,
            )
        plan = KIT.create(employee=employee, period=period, form=_form_for(employee))
        return plan.id


def get_plan(plan_id: int) -> PlanDetail:
    plan = _live_plan(plan_id)
    require_for(Action.READ_APPRAISAL, plan.employee_id)
    employee = plan.employee
    appraiser_name = appraiser_chain.appraiser_name_on(employee, local_today())
    expectations = {
        e.value_code: e.text
        for e in BehaviourExpectation.select().where(
            (BehaviourExpectation.plan == plan) & (BehaviourExpectation.deleted == False)
        )
    }
    data = PlanInput(
        plan.approach,
        results_of(plan),
        expectations,
        plan.resources,
        plan.accountability,
        plan.consequences,
    )
    return PlanDetail(
        plan.id,
        employee.id,
        employee.full_name,
        employee.nip,
        employee.position.name if employee.position else "",
        employee.unit.name,
        appraiser_name,
        plan.period.year,
        plan.status,
        plan.form,
        plan.return_reason,
        data,
        KIT.history(plan),
        superior_results(employee.id, plan.period.year),
        KIT.is_editable(plan),
        bool(plan.period.closed),
        plan.month_start,
        plan.month_end,
    )


# --- saving ----------------------------------------------------------------------------------


def save_plan(plan_id: int, data: PlanInput) -> None:
    """Store the whole content of a draft (the editor saves as you type). Rows keep their
    identity (uid) when they carry their id; rows left out become tombstones."""
    plan = _live_plan(plan_id)
    require_for(Action.WRITE_PLAN, plan.employee_id)
    check_structure(data)
    with write_transaction():
        plan = _live_plan(plan_id)
        KIT.unlocked(plan)
        KIT.not_closed(plan)
        check_links(plan, data.results)
        plan.approach = data.approach
        plan.resources = data.resources.strip()
        plan.accountability = data.accountability.strip()
        plan.consequences = data.consequences.strip()
        plan.save()
        save_results(plan, data.results)
        save_expectations(plan, data.expectations)


# --- the workflow ----------------------------------------------------------------------------


def problems(plan_id: int) -> list[ServiceError]:
    """What keeps a plan from being submitted (empty when it is complete)."""
    detail = get_plan(plan_id)
    data = detail.data
    found: list[ServiceError] = []
    if not any(r.is_main for r in data.results):
        found.append(_error(N_("plans", "The SKP has no main RHK (Utama).")))
    labels = rhk_numbers(r.is_main for r in data.results)  # "RHK A.2", as the form numbers it
    for n, result in zip(labels, data.results, strict=True):
        if not result.text.strip():
            found.append(_error(N_("plans", "RHK {n} has no text."), n=n))
        if detail.form == "JPT" and not result.perspective:
            found.append(_error(N_("plans", "RHK {n} needs its perspective."), n=n))
        if (
            detail.form == "STAFF"
            and detail.appraiser_name
            and result.parent_result_id is None
            and not result.parent_text.strip()
        ):
            found.append(
                _error(
                    N_("plans", "RHK {n} needs the superior's RHK it supports (or its text)."),
                    n=n,
                )
            )
        if not result.indicators:
            found.append(_error(N_("plans", "RHK {n} has no indicator (IKI)."), n=n))
        for indicator in result.indicators:
            if not indicator.text.strip():
                found.append(_error(N_("plans", "RHK {n}: an indicator has no text."), n=n))
            if data.approach == "KUANTITATIF" and not indicator.target_value.strip():
                found.append(_error(N_("plans", "RHK {n}: an indicator has no target."), n=n))
            elif data.approach == "KUANTITATIF":
                try:
                    check_for_unit(stored_decimal(indicator.target_value), indicator.target_unit)
                except RuleError as err:  # not a number, or outside the target's range
                    found.append(
                        _error(N_("plans", "RHK {n}: target: {problem}"), n=n, problem=err)
                    )
            elif not (indicator.target_text or indicator.target_value).strip():
                found.append(_error(N_("plans", "RHK {n}: an indicator has no target."), n=n))
    return found


def submit(plan_id: int) -> None:
    """Draft (or returned) -> submitted, when the SKP is complete."""
    plan = _live_plan(plan_id)
    require_for(Action.WRITE_PLAN, plan.employee_id)
    with write_transaction():
        plan = _live_plan(plan_id)
        KIT.not_closed(plan)
        KIT.check(plan, "submit")
        missing = problems(plan_id)
        if missing:
            raise _error(
                N_("plans", "The SKP is not complete: {problems}"),
                problems=missing,
            )
        KIT.step(plan, "submit")
        plan.return_reason = ""
        plan.save()


def snapshot(employee: Employee) -> dict[str, dict[str, str]]:
    """Who was assessed by whom, as they were today (domain.md §0.6)."""
    return take_snapshot(employee).as_dict()


def approve(plan_id: int) -> None:
    """Submitted -> approved (locked), with the snapshot of employee and appraisers."""
    plan = _live_plan(plan_id)
    require_for(Action.APPROVE_PLAN, plan.employee_id)
    with write_transaction():
        plan = _live_plan(plan_id)
        KIT.not_closed(plan)
        missing = problems(plan_id)  # a plan submitted by an older version may hold slips
        if missing:
            raise _error(N_("plans", "The SKP is not complete: {problems}"), problems=missing)
        KIT.step(plan, "approve")
        KIT.freeze(plan, plan.employee)
        kept = transfer_people.kept_people(plan)  # a late transfer froze its own people
        if kept:
            plan.snapshot = json.dumps(kept, ensure_ascii=False, sort_keys=True)
        plan.approved_at = utcnow()
        plan.save()


def return_plan(plan_id: int, reason: str) -> None:
    """Submitted -> returned (dikembalikan) with the reason; the preparer edits it again."""
    plan = _live_plan(plan_id)
    require_for(Action.APPROVE_PLAN, plan.employee_id)
    reason = KIT.reason(reason, REASON)
    with write_transaction():
        plan = _live_plan(plan_id)
        KIT.not_closed(plan)
        KIT.step(plan, "return", reason)
        plan.return_reason = reason
        plan.save()


def reopen(plan_id: int, reason: str) -> None:
    """Approved -> returned, by the pejabat penilai or an administrator, with a reason."""
    plan = _live_plan(plan_id)
    require_for(Action.APPROVE_PLAN, plan.employee_id)
    reason = KIT.reason(reason, REASON)
    with write_transaction():
        plan = _live_plan(plan_id)
        KIT.not_closed(plan)
        KIT.step(plan, "reopen", reason)
        plan.return_reason = reason
        plan.save()


# --- speed for the deadline ------------------------------------------------------------------


def copy_from_year(employee_id: int, from_year: int, to_year: int) -> int:
    """A new draft for `to_year` holding the RHK, indicators, expectations and lampiran of
    the employee's SKP of `from_year` (links to last year's superior RHK are kept as text)."""
    source_id = plan_id_for(employee_id, from_year)
    if source_id is None:
        raise _error(N_("plans", "There is no SKP of {year} to copy."), year=from_year)
    source = get_plan(source_id)
    with write_transaction():
        new_id = create_plan(employee_id, to_year)
        old_texts = {
            i: t
            for i, t in PlanResult.select(PlanResult.id, PlanResult.text)
            .where(PlanResult.id.in_([r.parent_result_id for r in source.data.results]))
            .tuples()
        }
        data = source.data
        data.results = [
            ResultInput(
                r.text,
                r.is_main,
                [IndicatorInput(i.aspect, i.text, i.target_value, i.target_unit, i.target_text)
                 for i in r.indicators],
                r.perspective,
                None,
                old_texts.get(r.parent_result_id, r.parent_text),
            )
            for r in data.results
        ]  # fmt: skip
        save_plan(new_id, data)
        return new_id


def assign_result(result_id: int, employee_ids: Iterable[int], text: str = "") -> int:
    """Give one RHK of a superior's SKP (a role-result of the matriks peran hasil) to several
    subordinates at once: each gets an RHK that supports it, in their draft SKP of the same
    year (made when missing). Returns how many SKPs received it."""
    source = PlanResult.get_or_none((PlanResult.id == result_id) & (PlanResult.deleted == False))
    if source is None:
        raise NotFoundError(N_("plans", "That RHK no longer exists."), "plans")
    owner = source.plan.employee_id
    require_for(Action.READ_APPRAISAL, owner)
    year = source.plan.period.year
    given = 0
    with write_transaction():
        for employee_id in employee_ids:
            require_for(Action.WRITE_PLAN, employee_id)
            if register_appraiser_of(employee_id) != owner:
                raise _error(
                    N_(
                        "plans",
                        "Only the employees appraised by the owner of the RHK can receive it.",
                    )
                )
            plan_id = plan_id_for(employee_id, year) or create_plan(employee_id, year)
            detail = get_plan(plan_id)
            if not detail.editable:
                raise _error(
                    N_("plans", "The SKP of {name} is locked ({status})."),
                    name=detail.employee_name,
                    status=KIT.status_word(detail.status),
                )
            if any(r.parent_result_id == result_id for r in detail.data.results):
                continue
            detail.data.results.append(
                ResultInput(text.strip() or source.text, True, [], None, result_id)
            )
            save_plan(plan_id, detail.data)
            given += 1
    return given
