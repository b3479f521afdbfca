"""What the report assemblers read besides the plan and evaluation details: the office page
set-up from the settings, the people on a form (the frozen snapshot when there is one, else as
they are today) and the dates of a period key.

Three reads go to the models because no service function offers them yet: the SKP's approval
snapshot and time (PlanDetail lacks them), the live snapshot by employee id (`plans.snapshot`
takes an Employee row), and the time of the last change to the database (the date of a recap).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.models import Employee, PerformancePlan
from desktop_app.models.audit import AuditEntry
from desktop_app.printing.layout import PageSetup
from desktop_app.printing.report_data import People, Period, Person
from desktop_app.scoring.acting import ActingKind
from desktop_app.scoring.nip import display_nip
from desktop_app.scoring.period_key import Frequency, PeriodKey
from desktop_app.scoring.skp_months import MonthRange, month_range_text
from desktop_app.services import office as office_service
from desktop_app.services import settings
from desktop_app.services.evaluation import evaluations
from desktop_app.services.skp import plans


def person(data: Mapping[str, Any] | None) -> Person:
    """One person of a snapshot as the forms print them."""
    data = data or {}
    nip = str(data.get("nip") or "")
    return Person(
        str(data.get("name") or ""),
        nip,
        str(data.get("kind") or "PNS"),
        str(data.get("grade") or ""),
        str(data.get("position") or ""),
        str(data.get("unit") or ""),
        display_nip(nip) if nip else "",
        acting_prefix(str(data.get("acting") or "")),
    )


def acting_prefix(kind: str) -> str:
    """ "Plt." / "Plh." of a snapshot's acting kind ("" when not acting or unknown)."""
    try:
        return ActingKind(kind).prefix if kind else ""
    except ValueError:
        return ""


def people(snapshot: Mapping[str, Any] | None, employee_id: int) -> People:
    """Who is on the form: the snapshot frozen at approval/finalising, else the register as it
    is today (a draft)."""
    data = snapshot or live_snapshot(employee_id)
    return People(
        person(data.get("employee")),
        person(data.get("appraiser")),
        person(data.get("appraiser_superior")),
    )


def live_snapshot(employee_id: int) -> dict[str, dict[str, str]]:
    """`plans.snapshot` of the employee as they are today (the services have no by-id form)."""
    employee = Employee.get_or_none(Employee.id == employee_id)
    return plans.snapshot(employee) if employee is not None else {}


def plan_snapshot(plan_id: int) -> tuple[dict[str, Any], dt.datetime | None]:
    """The approval snapshot and time of an SKP ({} and None before approval). PlanDetail does
    not carry them yet; the caller has read the plan through plans.get_plan (access checked)."""
    row = (
        PerformancePlan.select(PerformancePlan.snapshot, PerformancePlan.approved_at)
        .where(PerformancePlan.id == plan_id)
        .tuples()
        .first()
    )
    if row is None or not row[0]:
        return {}, None
    return json.loads(row[0]), row[1]


# --- the office --------------------------------------------------------------------------------


def page_setup() -> PageSetup:
    """The office's page set-up: paper size, office name, logo and signature place."""
    info = office_service.current_office()
    logo = str(settings.get("report_logo") or "").strip()
    return PageSetup(
        paper=str(settings.get("paper_size") or "A4").upper(),
        office_name=info.name if info else "",
        logo=Path(logo) if logo and Path(logo).is_file() else None,
        place=str(settings.get("report_place") or "").strip(),
    )


def data_as_of() -> dt.datetime | None:
    """When the database last changed (UTC): the time of the newest audit entry, as every
    write leaves one. A recap is dated by it, so printing it twice gives the same bytes."""
    row = AuditEntry.select(AuditEntry.at).order_by(AuditEntry.id.desc()).tuples().first()
    return row[0] if row else None


# --- period keys -------------------------------------------------------------------------------


def skp_period(found: Period, plan_id: int | None, *, bounds: bool = False) -> Period:
    """`found` with the months of the SKP `plan_id` when it does not cover the whole year
    (docs/multiple_skp.md); `bounds`: its first and last day become the SKP's too (the SKP
    form's PERIODE PENILAIAN)."""
    row = (
        PerformancePlan.select(PerformancePlan.month_start, PerformancePlan.month_end)
        .where(PerformancePlan.id == plan_id)
        .tuples()
        .first()
        if plan_id
        else None
    )
    if row is None:
        return found
    months = MonthRange(*row)
    if months.whole_year:
        return found
    year = found.year
    changed = replace(found, skp_months=month_range_text(months, year))
    if not bounds:
        return changed
    last = dt.date(year + months.end // 12, months.end % 12 + 1, 1) - dt.timedelta(days=1)
    return replace(changed, first=dt.date(year, months.start, 1), last=last)


def period_bounds(key: str) -> tuple[dt.date, dt.date]:
    """First and last day of a period key ("2026-Q1" -> 1 January .. 31 March 2026)."""
    period = evaluations.parse_key(key)
    return period.first_day, period.last_day


def period(key: str, *, year_frequency: bool = False) -> Period:
    """The period of a key with its label and days; `year_frequency`: also the frequency of
    the year's periodic evaluations for an annual key (the year must be opened)."""
    parsed = evaluations.parse_key(key)
    frequency = None
    if year_frequency and parsed.is_annual:
        keys = evaluations.period_keys(parsed.year)
        frequency = PeriodKey.parse(keys[0]).frequency if len(keys) > 1 else Frequency.QUARTERLY
    return Period(
        key,
        parsed.year,
        parsed.part,
        parsed.label,
        parsed.first_day,
        parsed.last_day,
        frequency,
    )
