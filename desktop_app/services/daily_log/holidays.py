"""The holiday calendar HR keeps (issue 21 point 4): hari libur of the whole office and cuti
of one employee, which the supervisor's month calendar shows instead of an empty day."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from peewee import JOIN

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Holiday
from desktop_app.models.database import write_transaction
from desktop_app.services.session import Action, require


class HolidayRow(NamedTuple):
    id: int
    day: dt.date
    name: str
    employee_id: int | None
    employee_name: str


def list_holidays(year: int) -> list[HolidayRow]:
    """The year's holidays and leave days, by day (leave named by the employee)."""
    query = (
        Holiday.select(Holiday, Employee.name)
        .join(Employee, on=(Holiday.employee == Employee.id), join_type=JOIN.LEFT_OUTER)
        .where(
            (Holiday.deleted == False)
            & Holiday.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
        )
        .order_by(Holiday.day, Holiday.id)
    )
    return [
        HolidayRow(h.id, h.day, h.name, h.employee_id, h.employee.name if h.employee_id else "")
        for h in query
    ]


def save_holiday(day: dt.date | None, name: str, employee_id: int | None = None) -> int:
    """HR adds a holiday (or one employee's leave day)."""
    require(Action.WRITE_REGISTER)
    name = " ".join((name or "").split())
    if day is None:
        raise InputError(N_("daily_log", "Type the day."), "daily_log")
    if not name or len(name) > 200:
        raise InputError(
            N_("daily_log", "Type the name of the holiday (at most 200 characters)."), "daily_log"
        )
    with write_transaction():
        if (
            Holiday.select()
            .where(
                (Holiday.day == day)
                & (Holiday.deleted == False)
                & (
                    Holiday.employee.is_null()
                    if employee_id is None
                    else (Holiday.employee == employee_id)
                )
            )
            .exists()
        ):
            raise InputError(N_("daily_log", "That day is already in the calendar."), "daily_log")
        row = Holiday(day=day, name=name, employee=employee_id)
        row.save()
        return row.id


def delete_holiday(holiday_id: int) -> None:
    require(Action.WRITE_REGISTER)
    row = Holiday.get_or_none((Holiday.id == holiday_id) & (Holiday.deleted == False))
    if row is None:
        raise NotFoundError(N_("daily_log", "The holiday no longer exists."), "daily_log")
    with write_transaction():
        row.delete_instance()


def days_off(first: dt.date, last: dt.date) -> tuple[set[dt.date], dict[int, set[dt.date]]]:
    """(office holidays, employee id -> leave days) between two days."""
    office: set[dt.date] = set()
    leave: dict[int, set[dt.date]] = {}
    for day, employee_id in (
        Holiday.select(Holiday.day, Holiday.employee)
        .where((Holiday.deleted == False) & Holiday.day.between(first, last))
        .tuples()
    ):
        if employee_id is None:
            office.add(day)
        else:
            leave.setdefault(employee_id, set()).add(day)
    return office, leave
