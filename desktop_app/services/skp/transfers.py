"""A mid-year transfer or promotion (perubahan SKP: mutasi, promosi, a new pejabat penilai).

One use case, one transaction: the SKP in force is closed at a month (its range ends there,
its status stays), the register record gets the new unit, position and pejabat penilai (with
its audit, like an edit of the employee form), and the next SKP starts the month after as a
draft, holding the RHK (with their IKI) the user ticked. Rules of the months in
`scoring.skp_months`; decisions in docs/multiple_skp.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Evaluation, PerformancePlan, PlanResult, PlanStatusChange
from desktop_app.models.database import write_transaction
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.skp_months import MonthRange, month_range_text, split_at
from desktop_app.services import periods
from desktop_app.services.register import register_history
from desktop_app.services.register.employees import get_employee, save_employee
from desktop_app.services.session import Action, require
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
class TransferStart:
    """What the transfer dialog starts from: the SKP in force and the register today."""

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

    @property
    def close_months(self) -> range:
        """The months the SKP in force may be closed at (it keeps at least one month and the
        next SKP gets at least one)."""
        return range(self.months.start, self.months.end)


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
        and data.unit_id == start.unit_id
        and data.position_name.strip() == start.position_name
        and data.position_type == start.position_type
    )


def default_copy(kind: str) -> bool:
    """Whether the RHK are ticked at first: all for a new pejabat penilai only (the work
    stays), none for a transfer or a promotion (new work)."""
    return kind == PENILAI


def transfer_start(employee_id: int, year: int) -> TransferStart:
    """The SKP in force at year end (the one a transfer closes) with its RHK, or why there is
    none."""
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
    plan_id, months = found[-1]
    plan = PerformancePlan.get_by_id(plan_id)
    if months.start == months.end:
        raise _error(
            N_("transfers", "The SKP of {months} covers one month: it cannot be split."),
            months=month_range_text(months, year),
        )
    choices = [
        CopyChoice(r.id or 0, r.text, r.is_main, len(r.indicators)) for r in results_of(plan)
    ]
    return TransferStart(
        employee_id,
        Employee.get_by_id(employee_id).full_name,
        year,
        plan_id,
        months,
        plan.status,
        employee.unit_id or 0,
        employee.position_name,
        employee.position_type,
        employee.appraiser_id,
        choices,
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
    """Close the SKP in force at `close_month`, update the register, start the next SKP."""
    require(Action.WRITE_REGISTER)
    require_for(Action.WRITE_PLAN, data.employee_id)
    if data.kind not in KINDS:
        raise _error(N_("transfers", "Choose what happens: transfer, promotion or appraiser."))
    with write_transaction():
        period = periods.year_period(data.year, writable=True)
        start = transfer_start(data.employee_id, data.year)
        current = PerformancePlan.get_by_id(start.plan_id)
        try:
            closed, following = split_at(start.months, data.close_month)
        except RuleError as err:
            raise _error(
                N_("transfers", "Last month of the current SKP: {problem}"), problem=err
            ) from None
        _check_evaluations(current, data.close_month, data.year)
        unknown = set(data.copy) - {c.result_id for c in start.results}
        if unknown:
            raise NotFoundError(N_("transfers", "An RHK to copy no longer exists."), "transfers")
        same_appraiser = data.appraiser_id == start.appraiser_id
        if nothing_changes(start, data):
            raise nothing_changes_error()
        if data.appraiser_id == data.employee_id:
            raise _error(N_("transfers", "An employee cannot appraise themselves."))

        current.month_end = closed.end  # the status stays: an approved SKP stays approved
        current.save()

        record = get_employee(data.employee_id)
        record.unit_id = data.unit_id
        record.position_name = data.position_name
        if data.position_type != record.position_type:
            record.jf_level = None
            record.echelon = None
        record.position_type = data.position_type
        if data.kind != PENILAI:  # a new post from the first month of the next SKP
            record.position_since = dt.date(data.year, following.start, 1)
        record.appraiser_id = data.appraiser_id
        if data.kind != PENILAI:  # a new post: its pejabat penilai is the atasan langsung
            record.supervisor_id = data.appraiser_id
        save_employee(
            record,
            data.employee_id,
            effective=dt.date(data.year, following.start, 1),
            source=register_history.TRANSFER,
        )

        employee = Employee.get_by_id(data.employee_id)
        form = "JPT" if employee.position and employee.position.position_type == "JPT" else "STAFF"
        new = KIT.create(
            employee=employee,
            period=period,
            form=form,
            approach=current.approach,
            month_start=following.start,
            month_end=following.end,
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
