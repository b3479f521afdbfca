"""A mid-year transfer or promotion (perubahan SKP: mutasi, promosi, a new pejabat penilai).

One use case, one transaction: the SKP in force is closed at a month (its range ends there,
its status stays), the register record gets the new unit, position and pejabat penilai (with
its audit, like an edit of the employee form), and the next SKP starts the month after as a
draft, holding the RHK (with their IKI) the user ticked. Rules of the months in
`scoring.skp_months`; decisions in docs/multiple_skp.md.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Evaluation, PerformancePlan, PlanResult, PlanStatusChange
from desktop_app.models.database import write_transaction
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.skp_months import MonthRange, month_range_text, split_at
from desktop_app.services import periods
from desktop_app.services.register import officials, register_history
from desktop_app.services.register.employees import EmployeeDetail, get_employee, save_employee
from desktop_app.services.session import Action, require
from desktop_app.services.skp import transfer_people
from desktop_app.services.skp.plan_content import results_of, save_results
from desktop_app.services.skp.plan_flow import KIT, plans_in_year, require_for
from desktop_app.services.skp.plan_types import IndicatorInput, ResultInput

MUTASI, PROMOSI, PENILAI = "MUTASI", "PROMOSI", "PENILAI"
KINDS = {
    MUTASI: N_("transfers", "Transfer (mutasi)"),
    PROMOSI: N_("transfers", "Promotion (promosi)"),
    PENILAI: N_("transfers", "New appraiser only (pejabat penilai)"),
}


@dataclass(frozen=True)
class CopyChoice:
    """An RHK of the SKP in force that the next SKP may keep."""

    result_id: int
    text: str
    is_main: bool
    indicators: int


@dataclass(frozen=True)
class SkpOfYear:
    """One SKP of the employee's year that a transfer may split, with its RHK."""

    plan_id: int
    months: MonthRange
    status: str
    results: list[CopyChoice] = field(default_factory=list)


@dataclass(frozen=True)
class TransferStart:
    """What the transfer dialog starts from: the SKPs of the year (`plan_id`, `months`,
    `status`, `results`: the one in force at year end) and the register today. `official_id`
    is the official outside the office who appraises the employee, if any."""

    employee_id: int
    employee_name: str
    year: int
    plan_id: int
    months: MonthRange
    status: str
    unit_id: int
    position_name: str
    position_type: str
    appraiser_id: int | None
    results: list[CopyChoice] = field(default_factory=list)
    official_id: int | None = None
    skps: list[SkpOfYear] = field(default_factory=list)

    @property
    def close_months(self) -> list[int]:
        """The months a transfer may happen at the end of: within any SKP of the year, each
        SKP keeping at least one month and the next one getting at least one."""
        return [m for skp in self.skps for m in range(skp.months.start, skp.months.end)]

    def skp_at(self, month: int) -> SkpOfYear | None:
        """The SKP in force in `month` (the one a transfer at the end of it splits)."""
        return next((s for s in self.skps if month in s.months), None)


@dataclass(frozen=True)
class TransferInput:
    """The transfer as the user confirmed it. `position_name`/`position_type` as the
    employee form takes them; `copy` the RHK ids of the SKP in force to keep."""

    employee_id: int
    year: int
    close_month: int
    kind: str
    unit_id: int
    position_name: str
    position_type: str
    appraiser_id: int | None
    copy: Sequence[int] = ()
    official_id: int | None = None  # an official outside the office as the new appraiser


@dataclass(frozen=True)
class TransferDone:
    closed_plan_id: int
    closed: MonthRange
    new_plan_id: int
    new: MonthRange
    copied: int


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "transfers", **params)


def nothing_changes_error() -> InputError:
    """Why a transfer that changes nothing is refused (the dialog says it before asking)."""
    return _error(N_("transfers", "Nothing changes: choose the new unit, position or appraiser."))


def nothing_changes(start: TransferStart, data: TransferInput) -> bool:
    """Whether the transfer keeps the unit, the position and the appraiser (refused: the
    dialog says so before asking)."""
    return (
        data.appraiser_id == start.appraiser_id
        and data.official_id == start.official_id
        and data.unit_id == start.unit_id
        and data.position_name.strip() == start.position_name
        and data.position_type == start.position_type
    )


def default_copy(kind: str) -> bool:
    """Whether the RHK are ticked at first: all for a new pejabat penilai only (the work
    stays), none for a transfer or a promotion (new work)."""
    return kind == PENILAI


def transfer_start(employee_id: int, year: int) -> TransferStart:
    """The SKPs of the year with their RHK (any of them may be split at a month), or why
    there is none to split."""
    require(Action.WRITE_REGISTER)
    require_for(Action.WRITE_PLAN, employee_id)
    found = plans_in_year(employee_id, year)
    employee = get_employee(employee_id)
    if not found:
        raise _error(
            N_("transfers", "{name} has no SKP for {year}: make the SKP first."),
            name=employee.name,
            year=year,
        )
    skps = []
    for plan_id, months in found:
        plan = PerformancePlan.get_by_id(plan_id)
        choices = [
            CopyChoice(r.id or 0, r.text, r.is_main, len(r.indicators)) for r in results_of(plan)
        ]
        skps.append(SkpOfYear(plan_id, months, plan.status, choices))
    if all(s.months.start == s.months.end for s in skps):
        raise _error(
            N_("transfers", "The SKP of {months} covers one month: it cannot be split."),
            months=month_range_text(skps[-1].months, year),
        )
    latest = skps[-1]
    return TransferStart(
        employee_id,
        Employee.get_by_id(employee_id).full_name,
        year,
        latest.plan_id,
        latest.months,
        latest.status,
        employee.unit_id or 0,
        employee.position_name,
        employee.position_type,
        employee.appraiser_id,
        latest.results,
        officials.external_appraiser(employee_id),
        skps,
    )


def _check_evaluations(plan: PerformancePlan, close_month: int, year: int) -> None:
    """An evaluation of the SKP in force whose period ends after the close would belong to
    the next SKP (scoring.skp_months.owner_of_period): refuse, naming it."""
    for (key,) in (
        Evaluation.select(Evaluation.period_key)
        .where((Evaluation.plan == plan) & (Evaluation.deleted == False))
        .tuples()
    ):
        parsed = PeriodKey.parse(key)
        if parsed.months[1] > close_month:
            raise _error(
                N_(
                    "transfers",
                    "The evaluation of {period} already belongs to this SKP and ends after "
                    "{month}: close the SKP at its last month or later.",
                ),
                period=parsed.label,
                month=month_range_text(MonthRange(close_month, close_month), year),
            )


def transfer(data: TransferInput) -> TransferDone:
    """Split the SKP in force in `close_month` at its end and start the next SKP. For the SKP
    in force at year end the register record changes too; for an earlier one (a change
    recorded late) the register keeps today's post and the new SKP keeps the people chosen
    here (docs/multiple_skp.md)."""
    require(Action.WRITE_REGISTER)
    require_for(Action.WRITE_PLAN, data.employee_id)
    if data.kind not in KINDS:
        raise _error(N_("transfers", "Choose what happens: transfer, promotion or appraiser."))
    with write_transaction():
        period = periods.year_period(data.year, writable=True)
        start = transfer_start(data.employee_id, data.year)
        part = start.skp_at(data.close_month) if isinstance(data.close_month, int) else None
        part = part or next(s for s in reversed(start.skps))  # split_at says what is wrong
        latest = part.plan_id == start.plan_id
        current = PerformancePlan.get_by_id(part.plan_id)
        try:
            closed, following = split_at(part.months, data.close_month)
        except RuleError as err:
            raise _error(
                N_("transfers", "Last month of the current SKP: {problem}"), problem=err
            ) from None
        _check_evaluations(current, data.close_month, data.year)
        unknown = set(data.copy) - {c.result_id for c in part.results}
        if unknown:
            raise NotFoundError(N_("transfers", "An RHK to copy no longer exists."), "transfers")
        if data.appraiser_id is not None and data.official_id is not None:
            raise _error(N_("transfers", "Choose one new appraiser, not two."))
        same_appraiser = (data.appraiser_id, data.official_id) == (
            start.appraiser_id,
            start.official_id,
        )
        if latest and nothing_changes(start, data):
            raise nothing_changes_error()
        if data.appraiser_id == data.employee_id:
            raise _error(N_("transfers", "An employee cannot appraise themselves."))
        if data.official_id is not None:
            transfer_people.official_row(data.official_id)  # live and active, or why not

        record: dict[str, Any] = {
            "closed_plan": current.id,
            "closed_end": part.months.end,
            "kind": data.kind,
        }
        current.month_end = closed.end  # the status stays: an approved SKP stays approved
        current.save()
        if latest:
            record["register"] = _change_register(data, following.start)
        else:
            record["people"] = transfer_people.people_of(data, following.start)
        employee = Employee.get_by_id(data.employee_id)
        form = "JPT" if data.position_type == "JPT" else "STAFF"
        new = KIT.create(
            employee=employee,
            period=period,
            form=form,
            approach=current.approach,
            month_start=following.start,
            month_end=following.end,
            transfer_before=json.dumps(record, sort_keys=True),
        )
        first_step = PlanStatusChange.get(PlanStatusChange.plan == new)
        first_step.reason = _note(data.kind, closed, data.year)
        first_step.save()
        copied = _copy_results(current, new, set(data.copy), keep_links=same_appraiser)
        if same_appraiser or data.kind == PENILAI:  # the same work: its lampiran still applies
            new.resources = current.resources
            new.accountability = current.accountability
            new.consequences = current.consequences
            new.save()
        return TransferDone(current.id, closed, new.id, following, copied)


REGISTER_FIELDS = (
    "unit_id",
    "position_name",
    "position_type",
    "jf_level",
    "echelon",
    "position_since",
    "supervisor_id",
    "appraiser_id",
)


def register_state(employee_id: int) -> dict[str, Any]:
    """What a transfer changes in the register record, as plain values (for the undo)."""
    detail = get_employee(employee_id)
    found: dict[str, Any] = {name: getattr(detail, name) for name in REGISTER_FIELDS}
    since = found["position_since"]
    found["position_since"] = since.isoformat() if since else None
    found["official_id"] = officials.external_appraiser(employee_id)
    return found


def restore_register(
    employee_id: int, state: dict[str, Any], transferred_on: dt.date | None = None
) -> None:
    """Put the register record back as `state` (register_state), audited like an edit of the
    employee form; the official outside the office too. `transferred_on`: the first day the
    undone transfer gave the register history, whose stretch is withdrawn."""
    if transferred_on is not None:
        register_history.withdraw_transfer(employee_id, transferred_on)
    record: EmployeeDetail = get_employee(employee_id)
    for name in REGISTER_FIELDS:
        value = state.get(name)
        if name == "position_since" and value:
            value = dt.date.fromisoformat(value)
        setattr(record, name, value)
    save_employee(record, employee_id)
    officials.set_external_appraiser(employee_id, state.get("official_id"))


def _change_register(data: TransferInput, first_month: int) -> dict[str, Any]:
    """The new unit, post and appraiser in the register (audited through the employee form's
    save); returns the record before and after, for the undo."""
    before = register_state(data.employee_id)
    record = get_employee(data.employee_id)
    record.unit_id = data.unit_id
    record.position_name = data.position_name
    if data.position_type != record.position_type:
        record.jf_level = None
        record.echelon = None
    record.position_type = data.position_type
    if data.kind != PENILAI:  # a new post from the first month of the next SKP
        record.position_since = dt.date(data.year, first_month, 1)
    record.appraiser_id = data.appraiser_id
    if data.kind != PENILAI:  # a new post: its pejabat penilai is the atasan langsung
        record.supervisor_id = data.appraiser_id  # none for an official outside the office
    save_employee(
        record,
        data.employee_id,
        effective=dt.date(data.year, first_month, 1),
        source=register_history.TRANSFER,
    )
    # one or the other: an official outside the office, or none (the link would win)
    officials.set_external_appraiser(data.employee_id, data.official_id)
    return {"before": before, "after": register_state(data.employee_id)}


def _note(kind: str, closed: MonthRange, year: int) -> str:
    """The reason on the new SKP's first history row (stored in Indonesian, like the forms)."""
    word = {MUTASI: "Mutasi", PROMOSI: "Promosi", PENILAI: "Pergantian pejabat penilai"}[kind]
    return f"{word}: SKP sebelumnya {month_range_text(closed, year)}"


def _copy_results(
    source: PerformancePlan, target: PerformancePlan, ids: set[int], *, keep_links: bool
) -> int:
    """Copy the ticked RHK with their IKI. With another pejabat penilai the superior's RHK
    each supported is kept as text (the new appraiser's SKP has other RHK)."""
    chosen = [r for r in results_of(source) if r.id in ids]
    if not chosen:
        return 0
    texts: dict[int, str] = {}
    if not keep_links:
        parents = [r.parent_result_id for r in chosen if r.parent_result_id]
        texts = dict(
            PlanResult.select(PlanResult.id, PlanResult.text)
            .where(PlanResult.id.in_(parents))
            .tuples()
        )
    results = [
        ResultInput(
            r.text,
            r.is_main,
            [
                IndicatorInput(i.aspect, i.text, i.target_value, i.target_unit, i.target_text)
                for i in r.indicators
            ],
            r.perspective,
            r.parent_result_id if keep_links else None,
            r.parent_text if keep_links else texts.get(r.parent_result_id, r.parent_text),
        )
        for r in chosen
    ]
    save_results(target, results)
    return len(results)
