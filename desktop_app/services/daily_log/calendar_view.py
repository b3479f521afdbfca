"""The supervisor's month calendar of the daily log (issue 21 point 4) and the unit recap of
who filled how many working days: per staff member and day, filled / partly / empty, with the
office holidays and the employee's leave from the holiday calendar."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from peewee import Cast, fn

from desktop_app.models import DailyLogEntry, Employee, Unit
from desktop_app.scoring import daily_log as rules
from desktop_app.scoring.daily_log import DayState
from desktop_app.scoring.nip import display_nip
from desktop_app.services import session
from desktop_app.services.daily_log import access
from desktop_app.services.daily_log.holidays import days_off
from desktop_app.services.session import Action
from desktop_app.services.workflow import local_today


def _clock(column):  # type: ignore[no-untyped-def]
    """Minutes after midnight of a stored "HH:MM", in portable SQL (SQLite and PostgreSQL):
    the sum of a day is taken by the database, not row by row here."""
    hours = Cast(fn.SUBSTR(column, 1, 2), "INTEGER")
    return hours * 60 + Cast(fn.SUBSTR(column, 4, 2), "INTEGER")


class StaffMonth(NamedTuple):
    employee_id: int
    name: str
    nip: str
    unit: str
    days: list[tuple[dt.date, DayState, int]]  # day, state, minutes logged
    working: int  # working days of the month up to today (less holidays and leave)
    filled: int
    partly: int
    empty: int


class StaffChoice(NamedTuple):
    id: int
    name: str
    nip: str


def staff_choices(unit_id: int | None = None) -> list[StaffChoice]:
    """Whose log the signed-in user may see: a supervisor their staff (and themselves), a
    Pegawai themselves, HR and the administrator everyone (of one unit when given)."""
    current = session.current()
    query = Employee.select(Employee.id, Employee.name, Employee.nip).where(
        (Employee.deleted == False) & (Employee.active == True)
    )
    if current is not None and not session.allowed(Action.READ_ALL):
        if current.employee_id is None:
            return []
        query = query.where(
            (Employee.appraiser == current.employee_id) | (Employee.id == current.employee_id)
        )
    if unit_id is not None:
        query = query.where(Employee.unit == unit_id)
    return [
        StaffChoice(i, n, nip)
        for i, n, nip in query.order_by(Employee.name, Employee.id).tuples()
        if access.may_read(i)
    ]


def month_calendar(employee_ids: list[int], year: int, month: int) -> list[StaffMonth]:
    """The month of each employee given (those the caller may not read are left out)."""
    wanted = [i for i in employee_ids if access.may_read(i)]
    days = rules.month_days(year, month)
    first, last = days[0], days[-1]
    today = local_today()
    office, leave = days_off(first, last)
    minutes: dict[tuple[int, dt.date], int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        query = (
            DailyLogEntry.select(
                DailyLogEntry.employee,
                DailyLogEntry.day,
                fn.SUM(_clock(DailyLogEntry.ends) - _clock(DailyLogEntry.starts)),
            )
            .where(
                DailyLogEntry.day.between(first, last)
                & DailyLogEntry.employee.in_(chunk)
                & (DailyLogEntry.deleted == False)
            )
            .group_by(DailyLogEntry.employee, DailyLogEntry.day)
        )
        for employee_id, day, total in query.tuples():
            minutes[(employee_id, day)] = int(total or 0)
    people = {
        i: (n, nip, u)
        for i, n, nip, u in Employee.select(Employee.id, Employee.name, Employee.nip, Unit.name)
        .join(Unit)
        .where(Employee.id.in_(wanted))
        .tuples()
    }
    found = []
    for employee_id in wanted:
        own_leave = leave.get(employee_id, set())
        cells = []
        counts = {DayState.FILLED: 0, DayState.PARTLY: 0, DayState.EMPTY: 0}
        working = 0
        for day in days:
            logged = minutes.get((employee_id, day), 0)
            state = rules.day_state(
                day, logged, today=today, holiday=day in office, leave=day in own_leave
            )
            cells.append((day, state, logged))
            due = day.weekday() < 5 and day not in office and day not in own_leave and day <= today
            if due:
                working += 1
                counts[state] = counts.get(state, 0) + 1
        name, nip, unit = people[employee_id]
        found.append(
            StaffMonth(
                employee_id,
                name,
                display_nip(nip),
                unit,
                cells,
                working,
                counts[DayState.FILLED],
                counts[DayState.PARTLY],
                counts[DayState.EMPTY],
            )
        )
    return found
