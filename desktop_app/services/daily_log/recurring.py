"""Kegiatan rutin: activities the employee logs on the same weekdays (issue 21 point 4),
kept once and added to a day with one key press."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import RecurringActivity
from desktop_app.models.database import write_transaction
from desktop_app.services.daily_log import access
from desktop_app.services.daily_log.entries import EntryInput, list_day, save_entry


@dataclass
class RecurringInput:
    employee_id: int
    activity: str
    starts: dt.time
    ends: dt.time
    kind: str
    action_plan_id: int | None
    task_giver: str
    realisasi: int
    unit: str
    weekdays: str = "12345"


class RecurringRow(NamedTuple):
    id: int
    activity: str
    starts: str
    ends: str
    weekdays: str


def list_recurring(employee_id: int) -> list[RecurringRow]:
    access.require_read(employee_id)
    query = RecurringActivity.select().where(
        (RecurringActivity.employee == employee_id) & (RecurringActivity.deleted == False)
    )
    return [
        RecurringRow(r.id, r.activity, r.starts, r.ends, r.weekdays)
        for r in query.order_by(RecurringActivity.starts, RecurringActivity.id)
    ]


def save_recurring(data: RecurringInput) -> int:
    """Keep an activity as recurring (checked like an entry of today)."""
    access.require_write(data.employee_id)
    weekdays = "".join(sorted({c for c in data.weekdays if c in "1234567"}))
    if not weekdays:
        raise InputError(N_("daily_log", "Choose at least one weekday."), "daily_log")
    with write_transaction():
        row = RecurringActivity(
            employee=data.employee_id,
            activity=" ".join(data.activity.split()),
            starts=data.starts.strftime("%H:%M"),
            ends=data.ends.strftime("%H:%M"),
            kind=data.kind,
            action_plan=data.action_plan_id,
            task_giver=data.task_giver,
            realisasi=data.realisasi,
            unit=data.unit,
            weekdays=weekdays,
        )
        row.save()
        return row.id


def delete_recurring(recurring_id: int) -> None:
    row = RecurringActivity.get_or_none(
        (RecurringActivity.id == recurring_id) & (RecurringActivity.deleted == False)
    )
    if row is None:
        raise NotFoundError(
            N_("daily_log", "The recurring activity no longer exists."), "daily_log"
        )
    access.require_write(row.employee_id)
    with write_transaction():
        row.delete_instance()


def add_to_day(employee_id: int, day: dt.date, late_reason: str = "") -> int:
    """Add the recurring activities of the weekday that the day does not hold yet (same
    activity at the same start); returns how many were added."""
    access.require_write(employee_id)
    present = {(r.activity, r.starts) for r in list_day(employee_id, day)}
    weekday = str(day.isoweekday())
    added = 0
    with write_transaction():
        for r in RecurringActivity.select().where(
            (RecurringActivity.employee == employee_id) & (RecurringActivity.deleted == False)
        ):
            if weekday not in r.weekdays or (r.activity, r.starts) in present:
                continue
            save_entry(
                EntryInput(
                    employee_id,
                    day,
                    dt.time.fromisoformat(r.starts),
                    dt.time.fromisoformat(r.ends),
                    r.activity,
                    r.kind,
                    r.action_plan_id,
                    r.task_giver,
                    r.realisasi,
                    r.unit,
                    "",
                    late_reason,
                )
            )
            added += 1
    return added
