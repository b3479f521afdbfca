"""Rencana aksi (issue 21 point 3): per RHK of an SKP and per period the planned actions with
their expected output (a whole number) and unit. The employee (or their pejabat penilai on
their behalf) proposes them; the pejabat penilai agrees them for the period. A changed agreed
action goes back to proposed. Every write is one audited transaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from desktop_app.errors import FieldErrors, InputError, NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import ActionPlan, DailyLogEntry, PerformancePlan, PlanResult, utcnow
from desktop_app.models.database import write_transaction
from desktop_app.scoring import daily_log as rules
from desktop_app.scoring.period_key import PeriodKey, PeriodKeyError
from desktop_app.services import session
from desktop_app.services.daily_log import access
from desktop_app.services.daily_log.periods import plan_for

PROPOSED = "PROPOSED"
AGREED = "AGREED"
STATUS_LABELS = {
    PROPOSED: N_("daily_log", "Proposed"),
    AGREED: N_("daily_log", "Agreed"),
}


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "daily_log", **params)


@dataclass
class ActionPlanInput:
    result_id: int
    period_key: str
    text: str
    target: int | None
    unit: str


class ActionPlanRow(NamedTuple):
    id: int
    result_id: int
    result_text: str
    period_key: str
    text: str
    target: int
    unit: str
    status: str
    agreed_by: str


class ResultChoice(NamedTuple):
    id: int
    text: str


def _key(text: str) -> PeriodKey:
    try:
        key = PeriodKey.parse(text)
    except PeriodKeyError:
        raise _error(N_("daily_log", "{value} is not a period."), value=text) from None
    if key.is_annual:
        raise _error(
            N_("daily_log", "Action plans (rencana aksi) are planned per period, not for the year.")
        )
    return key


def results_for(employee_id: int, period_key: str) -> list[ResultChoice]:
    """The RHK of the SKP in force in the period, main ones first."""
    access.require_read(employee_id)
    plan_id = plan_for(employee_id, _key(period_key))
    if plan_id is None:
        return []
    query = (
        PlanResult.select(PlanResult.id, PlanResult.text)
        .where((PlanResult.plan == plan_id) & (PlanResult.deleted == False))
        .order_by(PlanResult.is_main.desc(), PlanResult.sort_order, PlanResult.id)
        .tuples()
    )
    return [ResultChoice(i, t) for i, t in query]


def list_action_plans(employee_id: int, period_key: str) -> list[ActionPlanRow]:
    """The employee's rencana aksi of the period, in RHK order."""
    access.require_read(employee_id)
    results = results_for(employee_id, period_key)
    order = {r.id: n for n, r in enumerate(results)}
    texts = {r.id: r.text for r in results}
    rows = (
        ActionPlan.select()
        .where(
            ActionPlan.result.in_(list(order))
            & (ActionPlan.period_key == period_key)
            & (ActionPlan.deleted == False)
        )
        .order_by(ActionPlan.sort_order, ActionPlan.id)
    )
    found = [
        ActionPlanRow(
            a.id,
            a.result_id,
            texts[a.result_id],
            a.period_key,
            a.text,
            a.target,
            a.unit,
            a.status,
            a.agreed_by,
        )
        for a in rows
    ]
    found.sort(key=lambda r: (order[r.result_id], 0))
    return found


def _owner(result_id: int) -> int | None:
    row = (
        PerformancePlan.select(PerformancePlan.employee)
        .join(PlanResult)
        .where((PlanResult.id == result_id) & (PlanResult.deleted == False))
        .tuples()
        .first()
    )
    return row[0] if row else None


def _live(action_id: int) -> ActionPlan:
    found = ActionPlan.get_or_none((ActionPlan.id == action_id) & (ActionPlan.deleted == False))
    if found is None:
        raise NotFoundError(N_("daily_log", "The action plan no longer exists."), "daily_log")
    return found


def employee_of(action_id: int) -> int:
    owner = _owner(_live(action_id).result_id)
    if owner is None:
        raise NotFoundError(N_("daily_log", "The action plan no longer exists."), "daily_log")
    return owner


def _validate(data: ActionPlanInput, employee_id: int) -> dict[str, ServiceError]:
    errors: dict[str, ServiceError] = {}
    key = _key(data.period_key)
    if data.result_id not in {r.id for r in results_for(employee_id, str(key))}:
        errors["result"] = _error(
            N_("daily_log", "Choose an RHK of the SKP in force in {period}."), period=key.label
        )
    text = " ".join((data.text or "").split())
    if not text:
        errors["text"] = _error(N_("daily_log", "Type the planned action."))
    elif len(text) > rules.MAX_TEXT:
        errors["text"] = _error(
            N_("daily_log", "The action is longer than {limit} characters."),
            limit=rules.MAX_TEXT,
        )
    if data.target is None:
        errors["target"] = _error(N_("daily_log", "Type the expected output as a whole number."))
    elif not 0 < data.target <= rules.MAX_REALISASI:
        errors["target"] = _error(
            N_("daily_log", "The expected output must be between 1 and {limit}."),
            limit=rules.MAX_REALISASI,
        )
    unit = " ".join((data.unit or "").split())
    if not unit:
        errors["unit"] = _error(N_("daily_log", "Type the unit of the output (e.g. reports)."))
    elif len(unit) > 60:
        errors["unit"] = _error(N_("daily_log", "The unit is longer than 60 characters."))
    return errors


def save_action_plan(data: ActionPlanInput, action_id: int | None = None) -> int:
    """Propose or change a rencana aksi; FieldErrors names each wrong field, nothing stored."""
    employee_id = _owner(data.result_id)
    if employee_id is None:
        raise _error(N_("daily_log", "The RHK no longer exists."))
    access.require_write(employee_id)
    with write_transaction():
        row = ActionPlan() if action_id is None else _live(action_id)
        if action_id is not None and _owner(row.result_id) != employee_id:
            raise _error(N_("daily_log", "The action plan belongs to another employee."))
        errors = _validate(data, employee_id)
        if errors:
            raise FieldErrors(errors)
        values = {
            "result": data.result_id,
            "period_key": str(_key(data.period_key)),
            "text": " ".join(data.text.split()),
            "target": data.target,
            "unit": " ".join(data.unit.split()),
        }
        changed = action_id is None or any(
            (row.result_id if k == "result" else getattr(row, k)) != v for k, v in values.items()
        )
        if not changed:
            return row.id
        for name, value in values.items():
            setattr(row, name, value)
        if action_id is None:
            row.sort_order = ActionPlan.select().where(ActionPlan.result == data.result_id).count()
        row.status = PROPOSED  # a change needs the pejabat penilai's agreement again
        row.agreed_by = ""
        row.agreed_at = None
        row.save()
        return row.id


def delete_action_plan(action_id: int) -> None:
    """Remove a rencana aksi no log entry serves yet (tombstone, audited)."""
    employee_id = employee_of(action_id)
    access.require_write(employee_id)
    with write_transaction():
        row = _live(action_id)
        used = (
            DailyLogEntry.select()
            .where((DailyLogEntry.action_plan == row.id) & (DailyLogEntry.deleted == False))
            .count()
        )
        if used:
            raise _error(
                N_(
                    "daily_log",
                    "{count} log entries serve this action plan: it cannot be removed.",
                ),
                count=used,
            )
        row.delete_instance()


def agree(employee_id: int, period_key: str) -> int:
    """The pejabat penilai agrees every proposed rencana aksi of the period; returns how many."""
    access.require_review(employee_id)
    current = session.current()
    who = current.username if current else "system"
    proposed = [r.id for r in list_action_plans(employee_id, period_key) if r.status == PROPOSED]
    if not proposed:
        raise _error(N_("daily_log", "There is no proposed action plan to agree."))
    with write_transaction():
        for row in ActionPlan.select().where(ActionPlan.id.in_(proposed)):
            row.status = AGREED
            row.agreed_by = who
            row.agreed_at = utcnow()
            row.save()
    return len(proposed)


def agree_year(employee_id: int, year: int) -> int:
    """Agree the proposed rencana aksi of every period of the year at once, as the pejabat
    penilai does with the SKP; returns how many."""
    from desktop_app.services.daily_log.periods import periods_of_year

    access.require_review(employee_id)
    total = 0
    with write_transaction():
        for key in periods_of_year(year):
            if any(r.status == PROPOSED for r in list_action_plans(employee_id, str(key))):
                total += agree(employee_id, str(key))
    if not total:
        raise _error(N_("daily_log", "There is no proposed action plan to agree."))
    return total
