"""Kedudukan hukum (employment status) with dates on each employee: the history HR keeps
(status from the SIASN table, first day, last day or open, decree, notes), and who it exempts
from an SKP or an evaluation in a period (`scoring.employment_status`).

HR and the administrator write, every role reads; the statuses of one employee never
overlap; every write is one audited transaction (docs/employment_status.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from desktop_app.errors import FieldErrors, InputError, NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import Employee, EmploymentStatus
from desktop_app.models.database import write_transaction
from desktop_app.scoring.employment_status import (
    BY_CODE,
    STATUSES,
    Duty,
    Exemption,
    Spell,
    first_overlap,
    is_exempt,
)
from desktop_app.scoring.indonesian_format import format_date
from desktop_app.services.session import Action, require

CONTEXT = "employment_status"
MAX_DECREE = 100
OPEN_END = N_("employment_status", "until further notice")
EXEMPTING = frozenset(s.code for s in STATUSES if s.exempts)


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, CONTEXT, **params)


@dataclass
class StatusInput:
    """One kedudukan hukum: the SIASN id, from `starts` to `ends` (inclusive; None: open)."""

    code: str
    starts: dt.date | None
    ends: dt.date | None = None
    decree: str = ""
    notes: str = ""


class StatusRow(NamedTuple):
    id: int
    code: str
    name: str  # the official SIASN name
    starts: dt.date
    ends: dt.date | None
    decree: str
    notes: str
    exempts: bool  # this status exempts from the SKP and evaluations


def choices() -> list[tuple[str, str]]:
    """(SIASN id, official name) of every kedudukan hukum, in the SIASN order."""
    return [(s.code, s.name) for s in STATUSES]


def _live(status_id: int) -> EmploymentStatus:
    found = EmploymentStatus.get_or_none(
        (EmploymentStatus.id == status_id) & (EmploymentStatus.deleted == False)
    )
    if found is None:
        raise NotFoundError(
            N_("employment_status", "The employment status no longer exists."),
            "employment_status",
        )
    return found


def _span(starts: dt.date, ends: dt.date | None) -> str:
    return f"{format_date(starts)} – {format_date(ends) if ends else OPEN_END}"


def _validate(employee_id: int, data: StatusInput, status_id: int | None) -> dict:
    errors: dict[str, ServiceError] = {}
    if data.code not in BY_CODE:
        errors["code"] = _error(
            N_("employment_status", "Choose the employment status (kedudukan hukum).")
        )
    if data.starts is None:
        errors["starts"] = _error(N_("employment_status", "Give the first day of the status."))
    elif data.ends is not None and data.ends < data.starts:
        errors["ends"] = _error(
            N_("employment_status", "The last day ({ends}) is before the first day ({starts})."),
            ends=format_date(data.ends),
            starts=format_date(data.starts),
        )
    if len(" ".join((data.decree or "").split())) > MAX_DECREE:
        errors["decree"] = _error(
            N_("employment_status", "The decree number is longer than {limit} characters."),
            limit=MAX_DECREE,
        )
    if data.starts is not None and not {"starts", "ends"} & set(errors):
        others = {
            row.id: Spell(row.code, row.starts, row.ends)
            for row in EmploymentStatus.select().where(
                (EmploymentStatus.employee == employee_id) & (EmploymentStatus.deleted == False)
            )
            if row.id != status_id
        }
        clash = first_overlap(Spell(data.code, data.starts, data.ends), others.values())
        if clash is not None:
            errors["starts"] = _error(
                N_(
                    "employment_status",
                    "{status} is recorded for {span}: the statuses of one employee cannot "
                    "overlap (end that one first).",
                ),
                status=BY_CODE[clash.code].name,
                span=_span(clash.first, clash.last),
            )
    return errors


def save_status(employee_id: int, data: StatusInput, status_id: int | None = None) -> int:
    """Record or change one status of an employee; FieldErrors names each wrong field."""
    require(Action.WRITE_REGISTER)
    with write_transaction():
        employee = Employee.get_or_none((Employee.id == employee_id) & (Employee.deleted == False))
        if employee is None:
            raise NotFoundError(
                N_("employment_status", "The employee no longer exists."), "employment_status"
            )
        row = EmploymentStatus(employee=employee_id) if status_id is None else _live(status_id)
        if row.employee_id != employee_id:
            raise NotFoundError(
                N_("employment_status", "The employment status no longer exists."),
                "employment_status",
            )
        errors = _validate(employee_id, data, status_id)
        if errors:
            raise FieldErrors(errors)
        row.code = data.code
        row.starts = data.starts
        row.ends = data.ends
        row.decree = " ".join((data.decree or "").split())
        row.notes = (data.notes or "").strip()
        row.save()
        return row.id


def delete_status(status_id: int) -> None:
    """Remove a status entered by mistake (tombstone)."""
    require(Action.WRITE_REGISTER)
    with write_transaction():
        _live(status_id).delete_instance()


def list_statuses(employee_id: int) -> list[StatusRow]:
    """The employee's statuses, newest first (any role may read them)."""
    query = (
        EmploymentStatus.select()
        .where((EmploymentStatus.employee == employee_id) & (EmploymentStatus.deleted == False))
        .order_by(EmploymentStatus.starts.desc(), EmploymentStatus.id.desc())
    )
    return [
        StatusRow(
            r.id,
            r.code,
            BY_CODE[r.code].name if r.code in BY_CODE else r.code,
            r.starts,
            r.ends,
            r.decree,
            r.notes,
            r.code in EXEMPTING,
        )
        for r in query
    ]


def get_status(status_id: int) -> StatusInput:
    row = _live(status_id)
    return StatusInput(row.code, row.starts, row.ends, row.decree, row.notes)


def exemptions(
    first: dt.date,
    last: dt.date,
    duty: Duty = Duty.EVALUATION,
    employee_ids: Iterable[int] | None = None,
) -> dict[int, Exemption]:
    """employee id -> why they are exempt from `duty` in `first`..`last` (only the exempt);
    one query over the exempting statuses that touch the period."""
    query = EmploymentStatus.select(
        EmploymentStatus.employee,
        EmploymentStatus.code,
        EmploymentStatus.starts,
        EmploymentStatus.ends,
    ).where(
        (EmploymentStatus.deleted == False)
        & EmploymentStatus.code.in_(sorted(EXEMPTING))
        & (EmploymentStatus.starts <= last)
        & (EmploymentStatus.ends.is_null() | (EmploymentStatus.ends >= first))
    )
    if employee_ids is not None:
        query = query.where(EmploymentStatus.employee.in_(list(employee_ids)))
    spells: dict[int, list[Spell]] = {}
    for employee_id, code, starts, ends in query.tuples():
        spells.setdefault(employee_id, []).append(Spell(code, starts, ends))
    found = {}
    for employee_id, history in spells.items():
        exemption = is_exempt(history, first, last, duty)
        if exemption is not None:
            found[employee_id] = exemption
    return found


def names_of(employee_ids: list[int]) -> dict[int, str]:
    """employee id -> full name, for the lists of the exempt (of those the user may see)."""
    from desktop_app.services.register.employee_queries import visible_to_session

    query = Employee.select().where(Employee.id.in_(employee_ids) & visible_to_session())
    return {e.id: e.full_name for e in query}
