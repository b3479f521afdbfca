"""The dated history of an employee's post (riwayat: unit kerja, jabatan, golongan, pejabat
penilai), so that a past period finds "the appraiser at that time" where no frozen snapshot
holds it (the past-year monitoring, the demo's past year).

Written in the register's own transaction by every change of those four values: a register
edit (from today), a transfer or promotion (from the first day of the next SKP). The current
stretch is closed the day before the change and a new one opened; a change dated on or
before the start of the current stretch corrects that stretch instead (history is not
rewritten backwards). An employee without history yet (imported in bulk, or made before
migration 0017) gets its first stretch from the values found before the change. Every row is
a synced, audited record (`models/register_history.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from peewee import JOIN

from desktop_app.i18n import N_
from desktop_app.models import Employee, EmployeeHistory, Position, Unit
from desktop_app.models.register import format_full_name
from desktop_app.services.register.employee_queries import visible_to_session

START, EDIT, TRANSFER = "START", "EDIT", "TRANSFER"
SOURCE_LABELS = {
    START: N_("register_history", "When the history began"),
    EDIT: N_("register_history", "Register edit"),
    TRANSFER: N_("register_history", "Transfer, promotion or new appraiser"),
}
ONE_DAY = dt.timedelta(days=1)


class Post(NamedTuple):
    """The four values the history keeps (ids; grade the golongan code)."""

    unit_id: int
    position_id: int | None
    grade: str
    appraiser_id: int | None


class HistoryRow(NamedTuple):
    """One stretch as the employee record lists it."""

    valid_from: dt.date | None  # None: since before the history began
    valid_to: dt.date | None  # None: still in force
    unit_name: str
    position_name: str
    grade: str
    appraiser_name: str
    source: str  # START, EDIT, TRANSFER


def post_of(employee: Employee) -> Post:
    """The register's values of `employee` as the history keeps them."""
    return Post(employee.unit_id, employee.position_id, employee.grade or "", employee.appraiser_id)


def _post(row: EmployeeHistory) -> Post:
    return Post(row.unit_id, row.position_id, row.grade or "", row.appraiser_id)


def _open_row(employee_id: int) -> EmployeeHistory | None:
    return (
        EmployeeHistory.select()
        .where(
            (EmployeeHistory.employee == employee_id)
            & EmployeeHistory.valid_to.is_null()
            & (EmployeeHistory.deleted == False)
        )
        .order_by(EmployeeHistory.id.desc())
        .first()
    )


def _new(employee: Employee, post: Post, first: dt.date | None, source: str) -> None:
    EmployeeHistory(
        employee=employee,
        valid_from=first,
        valid_to=None,
        unit=post.unit_id,
        position=post.position_id,
        grade=post.grade,
        appraiser=post.appraiser_id,
        source=source,
    ).save()


def record_post(employee: Employee, before: Post | None, on: dt.date, source: str) -> None:
    """Keep the change of `employee`'s post (saved already, in the caller's transaction)
    from `on`; `before` its values before the change (None for a new employee)."""
    now = post_of(employee)
    current = _open_row(employee.id)
    if current is None:
        if before is None or before == now:
            _new(employee, now, None, START)
            return
        first = EmployeeHistory(
            employee=employee, valid_from=None, valid_to=on - ONE_DAY, unit=before.unit_id,
            position=before.position_id, grade=before.grade, appraiser=before.appraiser_id,
            source=START,
        )  # fmt: skip
        first.save()
        _new(employee, now, on, source)
        return
    if _post(current) == now:
        return
    if current.valid_from is not None and on <= current.valid_from:
        current.unit, current.position = now.unit_id, now.position_id
        current.grade, current.appraiser, current.source = now.grade, now.appraiser_id, source
        current.save()
        return
    current.valid_to = on - ONE_DAY
    current.save()
    _new(employee, now, on, source)


def withdraw_transfer(employee_id: int, on: dt.date) -> None:
    """An undone transfer: its stretch from `on` is withdrawn and the one before it runs
    again (in the caller's transaction). Nothing happens if the open stretch is not a
    transfer's from `on` (the history changed since: the undo's register edit records it)."""
    current = _open_row(employee_id)
    if current is None or current.valid_from != on or current.source != TRANSFER:
        return
    current.deleted = True
    current.save()
    before = (
        EmployeeHistory.select()
        .where(
            (EmployeeHistory.employee == employee_id)
            & (EmployeeHistory.valid_to == on - ONE_DAY)
            & (EmployeeHistory.deleted == False)
        )
        .order_by(EmployeeHistory.id.desc())
        .first()
    )
    if before is not None:
        before.valid_to = None
        before.save()


def ensure_started(employee_ids: Iterable[int] | None = None) -> int:
    """Give every live employee (of `employee_ids`) without history its first open stretch
    from the register's values (a bulk import, the demo); in the caller's transaction.
    Returns how many were started."""
    have = EmployeeHistory.select(EmployeeHistory.employee).where(EmployeeHistory.deleted == False)
    query = Employee.select().where((Employee.deleted == False) & Employee.id.not_in(have))
    if employee_ids is not None:
        query = query.where(Employee.id.in_(list(employee_ids)))
    rows = [
        {
            "employee": e.id,
            "valid_from": None,
            "valid_to": None,
            "unit": e.unit_id,
            "position": e.position_id,
            "grade": e.grade or "",
            "appraiser": e.appraiser_id,
            "source": START,
        }
        for e in query
    ]
    for start in range(0, len(rows), 500):
        EmployeeHistory.insert_many(rows[start : start + 500]).execute()
    return len(rows)


def _covering(day: dt.date):  # type: ignore[no-untyped-def]
    return (
        (EmployeeHistory.deleted == False)
        & (EmployeeHistory.valid_from.is_null() | (EmployeeHistory.valid_from <= day))
        & (EmployeeHistory.valid_to.is_null() | (EmployeeHistory.valid_to >= day))
    )


def post_on(employee_id: int, day: dt.date) -> Post | None:
    """The employee's post on `day`; None when the history does not reach back to it."""
    row = (
        EmployeeHistory.select()
        .where((EmployeeHistory.employee == employee_id) & _covering(day))
        .order_by(EmployeeHistory.id.desc())
        .first()
    )
    return _post(row) if row is not None else None


def appraisers_on(day: dt.date, employee_ids: Iterable[int] | None = None) -> dict[int, int | None]:
    """employee id -> the pejabat penilai in the register on `day`, for those whose history
    covers that day (the others: ask the register)."""
    query = EmployeeHistory.select(EmployeeHistory.employee, EmployeeHistory.appraiser).where(
        _covering(day)
    )
    if employee_ids is not None:
        query = query.where(EmployeeHistory.employee.in_(list(employee_ids)))
    return dict(query.order_by(EmployeeHistory.id).tuples())


def changed_appraiser_names(day: dt.date) -> dict[int, str]:
    """employee id -> the name of the pejabat penilai on `day` (as the monitoring lists
    names: without gelar), only where it differs from the register's today (a past period's
    monitoring shows that one)."""
    then = appraisers_on(day)
    today = dict(Employee.select(Employee.id, Employee.appraiser).tuples())
    differs = {e: a for e, a in then.items() if a is not None and a != today.get(e)}
    if not differs:
        return {}
    names = dict(
        Employee.select(Employee.id, Employee.name)
        .where(Employee.id.in_(list(set(differs.values()))))
        .tuples()
    )
    return {e: names[a] for e, a in differs.items() if a in names}


def history(employee_id: int) -> list[HistoryRow]:
    """The employee's stretches, newest first, for whoever may see the employee."""
    if not Employee.select().where((Employee.id == employee_id) & visible_to_session()).exists():
        return []
    appraiser = Employee.alias("appraiser")
    query = (
        EmployeeHistory.select(
            EmployeeHistory.valid_from,
            EmployeeHistory.valid_to,
            Unit.name,
            Position.name,
            EmployeeHistory.grade,
            appraiser.front_title,
            appraiser.name,
            appraiser.back_title,
            EmployeeHistory.source,
        )
        .join(Unit, on=(EmployeeHistory.unit == Unit.id))
        .switch(EmployeeHistory)
        .join(Position, JOIN.LEFT_OUTER, on=(EmployeeHistory.position == Position.id))
        .switch(EmployeeHistory)
        .join(appraiser, JOIN.LEFT_OUTER, on=(EmployeeHistory.appraiser == appraiser.id))
        .where((EmployeeHistory.employee == employee_id) & (EmployeeHistory.deleted == False))
        .order_by(EmployeeHistory.valid_to.is_null().desc(), EmployeeHistory.valid_to.desc())
        .tuples()
    )
    return [
        HistoryRow(
            first,
            last,
            unit or "",
            position or "",
            grade or "",
            format_full_name(front or "", name, back or "") if name else "",
            source,
        )
        for first, last, unit, position, grade, front, name, back, source in query
    ]
