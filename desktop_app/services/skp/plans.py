"""Sasaran Kinerja Pegawai (SKP): drafting, the approval workflow, cascading and the progress
list for the deadline.

Workflow: DRAFT -> SUBMITTED (diajukan) -> APPROVED (disetujui), or back to RETURNED
(dikembalikan) with a reason; only DRAFT and RETURNED plans can be edited. An approved plan is
locked; re-opening it needs the pejabat penilai (or an administrator) and a reason. Every step
is a PlanStatusChange row and, like every write, in the audit trail.

Who may do what (checked here, not only in the screens): drafting and submitting
(WRITE_PLAN) is for admin, HR and the employee's pejabat penilai; approving, returning and
re-opening (APPROVE_PLAN) for admin and the pejabat penilai; reading for whoever may read the
employee's appraisal (a supervisor: the employees they appraise, and their own).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from sys import intern
from typing import NamedTuple

from peewee import JOIN, fn

from desktop_app.errors import FieldErrors, InputError, NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import (
    BehaviourExpectation,
    Employee,
    Indicator,
    PerformancePlan,
    Period,
    PlanResult,
    PlanStatusChange,
    utcnow,
)
from desktop_app.models.audit import current_actor
from desktop_app.models.database import write_transaction
from desktop_app.models.register import format_full_name
from desktop_app.scoring import reference
from desktop_app.scoring.codes import BERAKHLAK, SKP_APPROACHES, SKP_ASPECTS, SKP_PERSPECTIVES
from desktop_app.services import periods
from desktop_app.services.register.employee_queries import staff_query, visible_to_session
from desktop_app.services.session import Action, require

DRAFT, SUBMITTED, APPROVED, RETURNED = "DRAFT", "SUBMITTED", "APPROVED", "RETURNED"
EDITABLE = frozenset({DRAFT, RETURNED})
STATUS_LABELS = {
    DRAFT: N_("plans", "Draft"),
    SUBMITTED: N_("plans", "Submitted"),
    APPROVED: N_("plans", "Approved"),
    RETURNED: N_("plans", "Returned"),
}
NO_PLAN = "NONE"


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "plans", **params)


def _status_word(status: str) -> InputError:
    """A status as a message parameter: the GUI translates it like any nested message."""
    return InputError(STATUS_LABELS.get(status, status), "plans")


# --- input and output ------------------------------------------------------------------------


@dataclass
class IndicatorInput:
    """IKI of one aspect with its target: a number and unit (kuantitatif) or text."""

    aspect: str
    text: str
    target_value: str = ""
    target_unit: str = ""
    target_text: str = ""
    id: int | None = None


@dataclass
class ResultInput:
    """RHK with its indicators; `parent_result_id` is the superior's RHK it supports,
    `parent_text` the same as free text while the superior has no SKP yet."""

    text: str
    is_main: bool = True
    indicators: list[IndicatorInput] = field(default_factory=list)
    perspective: str | None = None
    parent_result_id: int | None = None
    parent_text: str = ""
    id: int | None = None


@dataclass
class PlanInput:
    approach: str = "KUANTITATIF"
    results: list[ResultInput] = field(default_factory=list)
    expectations: dict[int, str] = field(default_factory=dict)
    resources: str = ""
    accountability: str = ""
    consequences: str = ""


class StatusStep(NamedTuple):
    at: dt.datetime
    actor: str
    from_status: str
    to_status: str
    reason: str


class ParentChoice(NamedTuple):
    """An RHK of the superior's SKP that a subordinate's RHK may support."""

    id: int
    text: str
    is_main: bool


@dataclass
class PlanDetail:
    """An SKP as the editor shows it."""

    id: int
    employee_id: int
    employee_name: str
    employee_nip: str
    position_name: str
    unit_name: str
    appraiser_name: str
    year: int
    status: str
    form: str
    return_reason: str
    data: PlanInput
    history: list[StatusStep]
    parent_choices: list[ParentChoice]
    editable: bool
    period_closed: bool


class ProgressRow(NamedTuple):
    employee_id: int
    name: str
    nip: str
    unit_id: int
    unit_name: str
    appraiser_name: str
    status: str  # NO_PLAN or a plan status
    plan_id: int | None
    results: int


# --- helpers ---------------------------------------------------------------------------------


def appraiser_of(employee_id: int) -> int | None:
    row = Employee.select(Employee.appraiser).where(Employee.id == employee_id).tuples().first()
    return row[0] if row else None


def require_for(action: Action, employee_id: int) -> None:
    """Check `action` on one employee's appraisal (a supervisor: only those they appraise)."""
    require(action, employee_id, appraiser_of=appraiser_of)


def _live_plan(plan_id: int) -> PerformancePlan:
    plan = PerformancePlan.get_or_none(
        (PerformancePlan.id == plan_id) & (PerformancePlan.deleted == False)
    )
    if plan is None:
        raise NotFoundError(N_("plans", "The SKP no longer exists."), "plans")
    return plan


def _open_period(year: int) -> Period:
    return periods.year_period(year, writable=True)


def _not_closed(plan: PerformancePlan) -> None:
    if plan.period.closed:
        raise _error(N_("plans", "The year is closed: nothing can change."))


def _check_links(plan: PerformancePlan, results: Sequence[ResultInput]) -> None:
    """A link may point only to an RHK of the appraiser's SKP of the same year (or stay as it
    was stored, e.g. after the appraiser changed)."""
    offered = {c.id for c in superior_results(plan.employee_id, plan.period.year)}
    stored = {
        r[0]
        for r in PlanResult.select(PlanResult.parent_result)
        .where((PlanResult.plan == plan) & (PlanResult.deleted == False))
        .tuples()
    }
    for n, result in enumerate(results, 1):
        link = result.parent_result_id
        if link is not None and link not in offered and link not in stored:
            raise _error(
                N_("plans", "RHK {n} links to an RHK that is not in the appraiser's SKP."), n=n
            )


def _form_for(employee: Employee) -> str:
    position = employee.position
    return "JPT" if position is not None and position.position_type == "JPT" else "STAFF"


def _step(plan: PerformancePlan, to_status: str, reason: str = "") -> None:
    PlanStatusChange(
        plan=plan,
        from_status=plan.status,
        to_status=to_status,
        actor=current_actor(),
        reason=reason,
        at=utcnow(),
    ).save()
    plan.status = to_status


# --- creating and reading --------------------------------------------------------------------


def create_plan(employee_id: int, year: int) -> int:
    """A new draft SKP for the employee and year; one per employee and year."""
    require_for(Action.WRITE_PLAN, employee_id)
    with write_transaction():
        period = _open_period(year)
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
        plan = PerformancePlan(employee=employee, period=period, form=_form_for(employee))
        plan.save()
        PlanStatusChange(
            plan=plan, from_status="", to_status=DRAFT, actor=current_actor(), at=utcnow()
        ).save()
        return plan.id


def plan_id_for(employee_id: int, year: int) -> int | None:
    return periods.id_in_year(PerformancePlan, employee_id, year)


def _results_of(plan: PerformancePlan) -> list[ResultInput]:
    results = list(
        PlanResult.select()
        .where((PlanResult.plan == plan) & (PlanResult.deleted == False))
        .order_by(PlanResult.sort_order, PlanResult.id)  # the order the editor keeps
    )
    indicators: dict[int, list[IndicatorInput]] = {}
    if results:
        for i in (
            Indicator.select()
            .where(Indicator.result.in_([r.id for r in results]) & (Indicator.deleted == False))
            .order_by(Indicator.sort_order, Indicator.id)
        ):
            indicators.setdefault(i.result_id, []).append(
                IndicatorInput(
                    i.aspect, i.text, i.target_value, i.target_unit, i.target_text, id=i.id
                )
            )
    return [
        ResultInput(
            r.text,
            bool(r.is_main),
            indicators.get(r.id, []),
            r.perspective,
            r.parent_result_id,
            r.parent_text,
            id=r.id,
        )
        for r in results
    ]


def superior_results(employee_id: int, year: int) -> list[ParentChoice]:
    """The RHK of the employee's appraiser's SKP for the year (what theirs may support)."""
    appraiser = appraiser_of(employee_id)
    if appraiser is None:
        return []
    plan_id = plan_id_for(appraiser, year)
    if plan_id is None:
        return []
    query = (
        PlanResult.select(PlanResult.id, PlanResult.text, PlanResult.is_main)
        .where((PlanResult.plan == plan_id) & (PlanResult.deleted == False))
        .order_by(PlanResult.is_main.desc(), PlanResult.sort_order, PlanResult.id)
        .tuples()
    )
    return [ParentChoice(i, t, bool(m)) for i, t, m in query]


def get_plan(plan_id: int) -> PlanDetail:
    plan = _live_plan(plan_id)
    require_for(Action.READ_APPRAISAL, plan.employee_id)
    employee = plan.employee
    appraiser = Employee.get_or_none(Employee.id == employee.appraiser_id)
    expectations = {
        e.value_code: e.text
        for e in BehaviourExpectation.select().where(
            (BehaviourExpectation.plan == plan) & (BehaviourExpectation.deleted == False)
        )
    }
    history = [
        StatusStep(c.at, c.actor, c.from_status, c.to_status, c.reason)
        for c in PlanStatusChange.select()
        .where(PlanStatusChange.plan == plan)
        .order_by(PlanStatusChange.id)
    ]
    data = PlanInput(
        plan.approach,
        _results_of(plan),
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
        appraiser.full_name if appraiser else "",
        plan.period.year,
        plan.status,
        plan.form,
        plan.return_reason,
        data,
        history,
        superior_results(employee.id, plan.period.year),
        plan.status in EDITABLE and not plan.period.closed,
        bool(plan.period.closed),
    )


# --- saving ----------------------------------------------------------------------------------


def _check_structure(data: PlanInput) -> None:
    """What can never be stored, even in a draft (unknown codes)."""
    errors: dict[str, ServiceError] = {}
    if data.approach not in SKP_APPROACHES.data:
        errors["approach"] = _error(
            N_("plans", "Approach '{value}' is not known."), value=data.approach
        )
    for n, result in enumerate(data.results, 1):
        if result.perspective and result.perspective not in SKP_PERSPECTIVES.data:
            errors[f"result{n}"] = _error(
                N_("plans", "RHK {n}: perspective '{value}' is not known."),
                n=n,
                value=result.perspective,
            )
        for indicator in result.indicators:
            if indicator.aspect not in SKP_ASPECTS.data:
                errors[f"result{n}"] = _error(
                    N_("plans", "RHK {n}: aspect '{value}' is not known."),
                    n=n,
                    value=indicator.aspect,
                )
    codes = {v.code for v in BERAKHLAK.data}
    for code in data.expectations:
        if code not in codes:
            errors["expectations"] = _error(
                N_("plans", "BerAKHLAK value {value} is not known."), value=code
            )
    if errors:
        raise FieldErrors(errors)


def save_plan(plan_id: int, data: PlanInput) -> None:
    """Store the whole content of a draft (the editor saves as you type). Rows keep their
    identity (uid) when they carry their id; rows left out become tombstones."""
    plan = _live_plan(plan_id)
    require_for(Action.WRITE_PLAN, plan.employee_id)
    _check_structure(data)
    with write_transaction():
        plan = _live_plan(plan_id)
        if plan.status not in EDITABLE:
            raise _error(
                N_(
                    "plans",
                    "This SKP is {status} and locked: it can be changed only after it is "
                    "returned or re-opened.",
                ),
                status=_status_word(plan.status),
            )
        _not_closed(plan)
        _check_links(plan, data.results)
        plan.approach = data.approach
        plan.resources = data.resources.strip()
        plan.accountability = data.accountability.strip()
        plan.consequences = data.consequences.strip()
        plan.save()
        _save_results(plan, data.results)
        _save_expectations(plan, data.expectations)


def _save_results(plan: PerformancePlan, results: Sequence[ResultInput]) -> None:
    existing = {
        r.id: r
        for r in PlanResult.select().where(
            (PlanResult.plan == plan) & (PlanResult.deleted == False)
        )
    }
    kept: set[int] = set()
    for order, data in enumerate(results):
        row = existing.get(data.id) if data.id is not None else None
        row = row or PlanResult(plan=plan)
        values = {
            "is_main": int(data.is_main),
            "sort_order": order,
            "text": data.text.strip(),
            "perspective": data.perspective or None,
            "parent_result": data.parent_result_id,
            "parent_text": data.parent_text.strip(),
        }
        if row.id is None or any(
            getattr(row, "parent_result_id" if k == "parent_result" else k) != v
            for k, v in values.items()
        ):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        kept.add(row.id)
        _save_indicators(row, data.indicators)
    for row_id, row in existing.items():
        if row_id not in kept:
            for indicator in Indicator.select().where(
                (Indicator.result == row) & (Indicator.deleted == False)
            ):
                indicator.delete_instance()
            row.delete_instance()


def _save_indicators(result: PlanResult, indicators: Sequence[IndicatorInput]) -> None:
    existing = {
        i.id: i
        for i in Indicator.select().where(
            (Indicator.result == result) & (Indicator.deleted == False)
        )
    }
    kept: set[int] = set()
    for order, data in enumerate(indicators):
        row = existing.get(data.id) if data.id is not None else None
        row = row or Indicator(result=result)
        values = {
            "sort_order": order,
            "aspect": data.aspect,
            "text": data.text.strip(),
            "target_value": data.target_value.strip(),
            "target_unit": data.target_unit.strip(),
            "target_text": data.target_text.strip(),
        }
        if row.id is None or any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        kept.add(row.id)
    for row_id, row in existing.items():
        if row_id not in kept:
            row.delete_instance()


def _save_expectations(plan: PerformancePlan, wanted: dict[int, str]) -> None:
    existing = {
        e.value_code: e
        for e in BehaviourExpectation.select().where(
            (BehaviourExpectation.plan == plan) & (BehaviourExpectation.deleted == False)
        )
    }
    for code, text in wanted.items():
        text = text.strip()
        row = existing.get(code)
        if row is None and not text:
            continue
        row = row or BehaviourExpectation(plan=plan, value_code=code)
        if row.id is None or row.text != text:
            row.text = text
            row.save()


# --- the workflow ----------------------------------------------------------------------------


def problems(plan_id: int) -> list[ServiceError]:
    """What keeps a plan from being submitted (empty when it is complete)."""
    detail = get_plan(plan_id)
    data = detail.data
    found: list[ServiceError] = []
    if not any(r.is_main for r in data.results):
        found.append(_error(N_("plans", "The SKP has no main RHK (Utama).")))
    for n, result in enumerate(data.results, 1):
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
            if data.approach == "KUANTITATIF":
                try:
                    Decimal(indicator.target_value.replace(",", "."))
                except InvalidOperation:
                    found.append(
                        _error(
                            N_("plans", "RHK {n}: the target '{value}' is not a number."),
                            n=n,
                            value=indicator.target_value,
                        )
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
        _not_closed(plan)
        if plan.status not in EDITABLE:
            raise _error(N_("plans", "Only a draft or returned SKP can be submitted."))
        missing = problems(plan_id)
        if missing:
            raise _error(
                N_("plans", "The SKP is not complete: {problems}"),
                problems=missing,
            )
        _step(plan, SUBMITTED)
        plan.return_reason = ""
        plan.save()


def _person(employee: Employee | None) -> dict[str, str]:
    if employee is None:
        return {}
    grade = ""
    try:
        grade = reference.grade(employee.kind, employee.grade).label
    except ValueError:
        grade = employee.grade
    return {
        "name": employee.full_name,
        "nip": employee.nip,
        "kind": employee.kind,
        "grade": grade,
        "position": employee.position.name if employee.position else "",
        "unit": employee.unit.name,
    }


def snapshot(employee: Employee) -> dict[str, dict[str, str]]:
    """Who was assessed by whom, as they were today (domain.md §0.6)."""
    appraiser = Employee.get_or_none(Employee.id == employee.appraiser_id)
    superior = Employee.get_or_none(Employee.id == appraiser.appraiser_id) if appraiser else None
    return {
        "employee": _person(employee),
        "appraiser": _person(appraiser),
        "appraiser_superior": _person(superior),
    }


def approve(plan_id: int) -> None:
    """Submitted -> approved (locked), with the snapshot of employee and appraisers."""
    plan = _live_plan(plan_id)
    require_for(Action.APPROVE_PLAN, plan.employee_id)
    with write_transaction():
        plan = _live_plan(plan_id)
        _not_closed(plan)
        if plan.status != SUBMITTED:
            raise _error(N_("plans", "Only a submitted SKP can be approved."))
        _step(plan, APPROVED)
        plan.snapshot = json.dumps(snapshot(plan.employee), ensure_ascii=False, sort_keys=True)
        plan.approved_at = utcnow()
        plan.save()


def _reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise _error(N_("plans", "Give the reason, so the employee knows what to change."))
    return reason


def return_plan(plan_id: int, reason: str) -> None:
    """Submitted -> returned (dikembalikan) with the reason; the preparer edits it again."""
    plan = _live_plan(plan_id)
    require_for(Action.APPROVE_PLAN, plan.employee_id)
    reason = _reason(reason)
    with write_transaction():
        plan = _live_plan(plan_id)
        _not_closed(plan)
        if plan.status != SUBMITTED:
            raise _error(N_("plans", "Only a submitted SKP can be returned."))
        _step(plan, RETURNED, reason)
        plan.return_reason = reason
        plan.save()


def reopen(plan_id: int, reason: str) -> None:
    """Approved -> returned, by the pejabat penilai or an administrator, with a reason."""
    plan = _live_plan(plan_id)
    require_for(Action.APPROVE_PLAN, plan.employee_id)
    reason = _reason(reason)
    with write_transaction():
        plan = _live_plan(plan_id)
        _not_closed(plan)
        if plan.status != APPROVED:
            raise _error(N_("plans", "Only an approved SKP can be re-opened."))
        _step(plan, RETURNED, reason)
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
            if appraiser_of(employee_id) != owner:
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
                    status=_status_word(detail.status),
                )
            if any(r.parent_result_id == result_id for r in detail.data.results):
                continue
            detail.data.results.append(
                ResultInput(text.strip() or source.text, True, [], None, result_id)
            )
            save_plan(plan_id, detail.data)
            given += 1
    return given


def progress(year: int, unit_ids: Iterable[int] | None = None) -> list[ProgressRow]:
    """Every active employee the user may see with the state of their SKP for the year."""
    plans = PerformancePlan.alias("p")
    period = periods.period_for(year)
    result_counts: dict[int, int] = {}
    query = staff_query(plans.status, plans.id, unit_ids=unit_ids).join(
        plans,
        JOIN.LEFT_OUTER,
        on=(
            (plans.employee == Employee.id)
            & (plans.period == (period.id if period else -1))
            & (plans.deleted == False)
        ),
    )
    if period is not None:
        result_counts = dict(
            PlanResult.select(PlanResult.plan, fn.COUNT(PlanResult.id))
            .join(PerformancePlan)
            .where((PerformancePlan.period == period) & (PlanResult.deleted == False))
            .group_by(PlanResult.plan)
            .tuples()
        )
    shared: dict[str, str] = {}  # one string per unit and appraiser name, not one per row
    return [
        ProgressRow(
            eid,
            intern(format_full_name(front, name, back)),
            intern(nip),
            unit_id,
            shared.setdefault(unit_name, unit_name),
            shared.setdefault(appraiser_name or "", appraiser_name or ""),
            status or NO_PLAN,
            plan_id,
            result_counts.get(plan_id, 0) if plan_id else 0,
        )
        for eid, front, name, back, nip, unit_id, unit_name, appraiser_name, status, plan_id
        in query.tuples().iterator()
    ]  # fmt: skip


# --- cascading (matriks peran hasil) ---------------------------------------------------------


class SupportingResult(NamedTuple):
    employee_id: int
    employee_name: str
    result_id: int
    text: str


@dataclass
class CascadeMatrix:
    """A supervisor's RHK with the subordinates' RHK that support each one."""

    columns: list[ParentChoice]
    supporting: dict[int, list[SupportingResult]]
    unsupported: list[ParentChoice]  # RHK of the supervisor no subordinate supports
    unlinked: list[SupportingResult]  # subordinate RHK that link to none of them


def cascade(employee_id: int, year: int) -> CascadeMatrix:
    """The matriks peran hasil of `employee_id` (as pejabat penilai) for the year."""
    require_for(Action.READ_APPRAISAL, employee_id)
    plan_id = plan_id_for(employee_id, year)
    columns: list[ParentChoice] = []
    if plan_id is not None:
        columns = [
            ParentChoice(i, t, bool(m))
            for i, t, m in PlanResult.select(PlanResult.id, PlanResult.text, PlanResult.is_main)
            .where((PlanResult.plan == plan_id) & (PlanResult.deleted == False))
            .order_by(PlanResult.is_main.desc(), PlanResult.sort_order, PlanResult.id)
            .tuples()
        ]
    own = {c.id for c in columns}
    rows = (
        PlanResult.select(
            Employee.id,
            Employee.front_title,
            Employee.name,
            Employee.back_title,
            PlanResult.id,
            PlanResult.text,
            PlanResult.parent_result,
        )
        .join(PerformancePlan)
        .join(Period)
        .switch(PerformancePlan)
        .join(Employee)
        .where(
            (Employee.appraiser == employee_id)
            & (Employee.deleted == False)
            & visible_to_session()
            & (Period.year == year)
            & (PerformancePlan.deleted == False)
            & (PlanResult.deleted == False)
        )
        .order_by(Employee.name, PlanResult.sort_order)
        .tuples()
    )
    supporting: dict[int, list[SupportingResult]] = {c.id: [] for c in columns}
    unlinked: list[SupportingResult] = []
    for eid, front, name, back, rid, text, parent in rows:
        item = SupportingResult(eid, format_full_name(front, name, back), rid, text)
        if parent in own:
            supporting[parent].append(item)
        else:
            unlinked.append(item)
    unsupported = [c for c in columns if not supporting[c.id]]
    return CascadeMatrix(columns, supporting, unsupported, unlinked)


def subordinates(employee_id: int) -> list[tuple[int, str]]:
    """(id, name) of the active employees whose pejabat penilai is `employee_id` (those the
    signed-in user may see)."""
    require_for(Action.READ_APPRAISAL, employee_id)
    return [
        (i, format_full_name(f, n, b))
        for i, f, n, b in Employee.select(
            Employee.id, Employee.front_title, Employee.name, Employee.back_title
        )
        .where(
            (Employee.appraiser == employee_id)
            & (Employee.deleted == False)
            & (Employee.active == True)
            & visible_to_session()
        )
        .order_by(Employee.name)
        .tuples()
    ]
