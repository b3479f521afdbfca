"""The rules of the daily log (Progres Harian, domain.md §13.3): minutes of an entry, the
warnings of a day (more than 450 minutes, overlapping times), the working days of a month and
how full a day is for the supervisor's calendar. Pure: plain values in, plain values out."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.scoring.reference import N_

MAX_MINUTES_PER_DAY = 450
"""Above 7 h 30 min logged on one day the entry is saved with a warning (the working day of
Perpres 21/2023 is 37.5 hours a week: 7.5 hours a day over five days)."""

FILLED_MINUTES = 360
"""A working day counts as filled (terisi) from 6 hours logged; less is partly filled."""

MAX_REALISASI = 1_000_000
"""A day's output in one entry: more is a typing slip."""

MAX_TEXT = 2000


class EntryKind(StrEnum):
    PLAN = "PLAN"  # Kinerja Harian: serves a rencana aksi
    TASK = "TASK"  # Tugas Langsung Atasan


KIND_LABELS = {
    EntryKind.PLAN.value: N_("scoring", "Daily work (Kinerja Harian)"),
    EntryKind.TASK.value: N_("scoring", "Direct task of the superior (Tugas Langsung Atasan)"),
}


class DayState(StrEnum):
    FILLED = "FILLED"
    PARTLY = "PARTLY"
    EMPTY = "EMPTY"
    HOLIDAY = "HOLIDAY"  # hari libur or the weekend
    LEAVE = "LEAVE"  # cuti of the employee
    FUTURE = "FUTURE"  # not yet


@dataclass(frozen=True)
class Stretch:
    """One entry's times in minutes after midnight."""

    key: int
    start: int
    end: int


def minutes_of(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def hhmm(minutes: int) -> str:
    """ "08:30": the stored and exported form of a time."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_hhmm(text: str) -> int:
    """Minutes of a stored "HH:MM" (ValueError for anything else)."""
    hours, _, minutes = text.partition(":")
    if len(hours) != 2 or len(minutes) != 2 or not (hours + minutes).isdigit():
        raise ValueError(text)
    value = int(hours) * 60 + int(minutes)
    if int(hours) > 23 or int(minutes) > 59:
        raise ValueError(text)
    return value


def duration(start: int, end: int) -> int:
    """Minutes from start to end (the end after the start: an entry never spans midnight)."""
    return end - start


def total_minutes(stretches: Iterable[Stretch]) -> int:
    return sum(max(0, s.end - s.start) for s in stretches)


def overlapping(stretches: Sequence[Stretch]) -> list[tuple[int, int]]:
    """Pairs of keys whose times overlap (touching ends, 08:00-09:00 and 09:00-10:00, do not)."""
    ordered = sorted(stretches, key=lambda s: (s.start, s.end, s.key))
    found = []
    for n, first in enumerate(ordered):
        for second in ordered[n + 1 :]:
            if second.start >= first.end:
                break
            found.append((first.key, second.key))
    return found


def is_working_day(day: dt.date, holidays: Iterable[dt.date] = ()) -> bool:
    return day.weekday() < 5 and day not in set(holidays)


def month_days(year: int, month: int) -> list[dt.date]:
    return [dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]


def working_days(year: int, month: int, holidays: Iterable[dt.date] = ()) -> list[dt.date]:
    off = set(holidays)
    return [d for d in month_days(year, month) if d.weekday() < 5 and d not in off]


def day_state(
    day: dt.date,
    minutes: int,
    *,
    today: dt.date,
    holiday: bool = False,
    leave: bool = False,
) -> DayState:
    """How a day shows in the calendar: leave and holidays first, then filled / partly /
    empty by the minutes logged; days after today are not yet due."""
    if leave:
        return DayState.LEAVE
    if holiday or day.weekday() >= 5:
        return DayState.HOLIDAY if minutes == 0 else _by_minutes(minutes)
    if day > today:
        return DayState.FUTURE
    return _by_minutes(minutes)


def _by_minutes(minutes: int) -> DayState:
    if minutes >= FILLED_MINUTES:
        return DayState.FILLED
    return DayState.PARTLY if minutes > 0 else DayState.EMPTY


def parse_month(text: str) -> tuple[int, int]:
    """(year, month) of "2026-11" (ValueError for anything else)."""
    text = (text or "").strip()
    year, sep, month = text.partition("-")
    if not sep or len(year) != 4 or len(month) != 2 or not (year + month).isdigit():
        raise ValueError(text)
    if not 1 <= int(month) <= 12 or int(year) < 1900:
        raise ValueError(text)
    return int(year), int(month)
