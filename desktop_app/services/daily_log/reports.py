"""The printed daily log (issue 21 point 6): one employee's month and a unit's recap of who
filled how many working days, assembled here and rendered by `printing/daily_log.py`."""

from __future__ import annotations

from pathlib import Path

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Unit
from desktop_app.printing.daily_log import (
    LogLine,
    MonthReport,
    RecapLine,
    RecapReport,
    build_month,
    build_recap,
)
from desktop_app.scoring.daily_log import EntryKind
from desktop_app.scoring.indonesian_format import month_name
from desktop_app.scoring.nip import display_nip
from desktop_app.services.daily_log import access
from desktop_app.services.daily_log.calendar_view import month_calendar, staff_choices
from desktop_app.services.daily_log.entries import list_month
from desktop_app.services.reports import sources


def _label(year: int, month: int) -> str:
    return f"{month_name(month)} {year}"


def month_report(employee_id: int, year: int, month: int) -> MonthReport:
    access.require_read(employee_id)
    employee = Employee.get_by_id(employee_id)
    rows = list_month(employee_id, year, month)
    lines = tuple(
        LogLine(
            r.day,
            f"{r.starts}–{r.ends}",
            r.activity,
            r.action_text
            if r.kind == EntryKind.PLAN.value
            else f"Tugas Langsung Atasan ({r.task_giver})",
            f"{r.realisasi} {r.unit}".strip(),
            r.evidence_link or ("berkas" if r.evidence_path else ""),
        )
        for r in rows
    )
    return MonthReport(
        employee.name,
        display_nip(employee.nip),
        employee.unit.name,
        _label(year, month),
        lines,
        sum(r.minutes for r in rows),
        len({r.day for r in rows}),
        sources.data_as_of(),
    )


def print_month(employee_id: int, year: int, month: int, target: Path) -> int:
    """Write the employee's month as PDF; returns the page count."""
    return build_month(target, month_report(employee_id, year, month), sources.page_setup())


def recap_report(unit_id: int, year: int, month: int) -> RecapReport:
    unit = Unit.get_or_none((Unit.id == unit_id) & (Unit.deleted == False))
    if unit is None:
        raise InputError(N_("daily_log", "The unit no longer exists."), "daily_log")
    staff = [s.id for s in staff_choices(unit_id)]
    if not staff:
        raise InputError(
            N_("daily_log", "You may see nobody's daily log in {unit}."),
            "daily_log",
            unit=unit.name,
        )
    months = month_calendar(staff, year, month)
    lines = tuple(RecapLine(m.name, m.nip, m.working, m.filled, m.partly, m.empty) for m in months)
    return RecapReport(unit.name, _label(year, month), lines, sources.data_as_of())


def print_recap(unit_id: int, year: int, month: int, target: Path) -> int:
    return build_recap(target, recap_report(unit_id, year, month), sources.page_setup())
