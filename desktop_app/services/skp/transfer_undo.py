"""Undo the last transfer of an employee's year (docs/multiple_skp.md).

While the SKP the last transfer started is still a draft that nothing hangs on (no
evaluation, no RHK of another employee supporting its RHK) and nobody changed the register
record since, one transaction gives the closed SKP its months back, removes the new SKP and
puts the register record (unit, post, pejabat penilai, an official outside the office) back
as it was before. Otherwise it is refused with the reason. Every write is audited; the
closed SKP's history gets a row saying what was undone.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import (
    BehaviourExpectation,
    Employee,
    Evaluation,
    Indicator,
    PerformancePlan,
    Period,
    PlanResult,
    PlanStatusChange,
)
from desktop_app.models.audit import current_actor
from desktop_app.models.base import utcnow
from desktop_app.models.database import write_transaction
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.skp_months import MonthRange, month_range_text
from desktop_app.services import periods
from desktop_app.services.session import Action, require
from desktop_app.services.skp.plan_flow import DRAFT, require_for
from desktop_app.services.skp.transfers import KINDS, register_state, restore_register


@dataclass(frozen=True)
class UndoStart:
    """The last transfer of the year as the question before undoing it says it."""

    employee_id: int
    employee_name: str
    year: int
    kind: str
    new_plan_id: int
    new_months: MonthRange
    closed_plan_id: int
    closed_months: MonthRange  # as it is now
    restored_months: MonthRange  # as it will be again
    register_back: bool  # the register record goes back too (the SKP at year end was split)


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "transfers", **params)


def _last_transfer(employee_id: int, year: int) -> PerformancePlan | None:
    """The SKP the employee's most recent transfer of the year made (None: no transfer)."""
    return (
        PerformancePlan.select()
        .join(Period)
        .where(
            (PerformancePlan.employee == employee_id)
            & (Period.year == year)
            & (PerformancePlan.deleted == False)
            & (PerformancePlan.transfer_before != "")
        )
        .order_by(PerformancePlan.id.desc())
        .first()
    )


def _record(plan: PerformancePlan) -> dict[str, Any]:
    return json.loads(plan.transfer_before)


def undo_start(employee_id: int, year: int) -> UndoStart:
    """The last transfer of the year if it can be undone, else why not (InputError)."""
    require(Action.WRITE_REGISTER)
    require_for(Action.WRITE_PLAN, employee_id)
    employee = Employee.get_or_none((Employee.id == employee_id) & (Employee.deleted == False))
    if employee is None:
        raise NotFoundError(N_("transfers", "The employee no longer exists."), "transfers")
    new = _last_transfer(employee_id, year)
    if new is None:
        raise _error(
            N_("transfers", "{name} has no transfer in {year} to undo."),
            name=employee.full_name,
            year=year,
        )
    new_months = MonthRange(new.month_start, new.month_end)
    months = month_range_text(new_months, year)
    if new.status != DRAFT:
        raise _error(
            N_(
                "transfers",
                "The SKP of {months} that the transfer started is no longer a draft: the "
                "transfer cannot be undone.",
            ),
            months=months,
        )
    evaluated = (
        Evaluation.select(Evaluation.period_key)
        .where((Evaluation.plan == new) & (Evaluation.deleted == False))
        .tuples()
        .first()
    )
    if evaluated:
        raise _error(
            N_(
                "transfers",
                "The SKP of {months} already has the evaluation of {period}: the transfer "
                "cannot be undone.",
            ),
            months=months,
            period=PeriodKey.parse(evaluated[0]).label,
        )
    supporting = (
        PlanResult.select()
        .join(PerformancePlan)
        .where(
            PlanResult.parent_result.in_(
                PlanResult.select(PlanResult.id).where(
                    (PlanResult.plan == new) & (PlanResult.deleted == False)
                )
            )
            & (PlanResult.deleted == False)
            & (PerformancePlan.deleted == False)
        )
        .count()
    )
    if supporting:
        raise _error(
            N_(
                "transfers",
                "{count} RHK of other employees support the RHK of the SKP of {months}: "
                "the transfer cannot be undone.",
            ),
            count=supporting,
            months=months,
        )
    record = _record(new)
    closed = PerformancePlan.get_or_none(
        (PerformancePlan.id == record["closed_plan"]) & (PerformancePlan.deleted == False)
    )
    if closed is None or closed.month_end + 1 != new.month_start:
        raise _error(
            N_(
                "transfers",
                "The SKP before the transfer changed since: the transfer cannot be undone.",
            )
        )
    register = record.get("register")
    if register is not None and register_state(employee_id) != register["after"]:
        raise _error(
            N_(
                "transfers",
                "The register record of {name} changed after the transfer: undoing it would "
                "overwrite that change. Change the register by hand instead.",
            ),
            name=employee.full_name,
        )
    return UndoStart(
        employee_id,
        employee.full_name,
        year,
        str(record.get("kind", "")),
        new.id,
        new_months,
        closed.id,
        MonthRange(closed.month_start, closed.month_end),
        MonthRange(closed.month_start, int(record["closed_end"])),
        register is not None,
    )


def undo_last_transfer(employee_id: int, year: int) -> UndoStart:
    """Undo the last transfer of the year in one transaction (see the module docstring)."""
    require(Action.WRITE_REGISTER)
    with write_transaction():
        periods.year_period(year, writable=True)
        found = undo_start(employee_id, year)
        new = PerformancePlan.get_by_id(found.new_plan_id)
        record = _record(new)
        for result in PlanResult.select().where(
            (PlanResult.plan == new) & (PlanResult.deleted == False)
        ):
            for indicator in Indicator.select().where(
                (Indicator.result == result) & (Indicator.deleted == False)
            ):
                indicator.delete_instance()
            result.delete_instance()
        for expectation in BehaviourExpectation.select().where(
            (BehaviourExpectation.plan == new) & (BehaviourExpectation.deleted == False)
        ):
            expectation.delete_instance()
        new.delete_instance()
        closed = PerformancePlan.get_by_id(found.closed_plan_id)
        closed.month_end = found.restored_months.end
        closed.save()
        if "register" in record:
            restore_register(
                employee_id,
                record["register"]["before"],
                transferred_on=dt.date(year, found.new_months.start, 1),
            )
        word = {"MUTASI": "Mutasi", "PROMOSI": "Promosi"}.get(
            found.kind, "Pergantian pejabat penilai"
        )
        PlanStatusChange(
            plan=closed,
            from_status=closed.status,
            to_status=closed.status,
            actor=current_actor(),
            reason=(
                f"{word} dibatalkan: SKP {month_range_text(found.new_months, year)} dihapus, "
                f"SKP ini kembali {month_range_text(found.restored_months, year)}"
            ),
            at=utcnow(),
        ).save()
        return found


def kind_label(kind: str) -> str:
    """The N_-marked label of a transfer's kind (the views translate it)."""
    return KINDS.get(kind, "")
