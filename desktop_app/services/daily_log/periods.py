"""The period of the year a day of the log falls in (the year's evaluation frequency: months,
quarters or semesters) and the SKP in force then."""

from __future__ import annotations

import datetime as dt

from desktop_app.models import Period
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.services.skp import plans


def frequency_of(year: int) -> str | None:
    row = (
        Period.select(Period.frequency)
        .where((Period.year == year) & (Period.deleted == False))
        .tuples()
        .first()
    )
    return row[0] if row else None


def period_of(day: dt.date) -> PeriodKey:
    """The periodic key holding `day` (quarterly when the year is not opened)."""
    return PeriodKey.containing(day, frequency_of(day.year) or "QUARTERLY")


def periods_of_year(year: int) -> list[PeriodKey]:
    return PeriodKey.of_year(year, frequency_of(year) or "QUARTERLY")


def plan_for(employee_id: int, key: PeriodKey) -> int | None:
    """The SKP in force in the last month of the period."""
    return plans.plan_id_for(employee_id, key.year, key.months[1])
