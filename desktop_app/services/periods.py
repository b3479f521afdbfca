"""Appraisal years (periode penilaian): HR opens a year with its evaluation frequency and
regime; a closed year is locked for SKP and evaluations."""

from __future__ import annotations

from typing import NamedTuple

from desktop_app.i18n import N_
from desktop_app.models import Period
from desktop_app.models.database import write_transaction
from desktop_app.services.errors import InputError, NotFoundError
from desktop_app.services.session import Action, require

FREQUENCIES = {
    "MONTHLY": N_("periods", "Monthly"),
    "QUARTERLY": N_("periods", "Quarterly"),
    "SEMESTER": N_("periods", "Semester"),
}
REGIMES = {
    "PERMENPANRB_6_2022": "PermenPANRB 6/2022",
    "PP_30_2019": "PP 30/2019",
    "PP_46_2011": "PP 46/2011",
}


class PeriodRow(NamedTuple):
    id: int
    year: int
    frequency: str
    regime: str
    closed: bool


def list_periods() -> list[PeriodRow]:
    """Every live appraisal year, newest first."""
    query = (
        Period.select(Period.id, Period.year, Period.frequency, Period.regime, Period.closed)
        .where(Period.deleted == False)
        .order_by(Period.year.desc())
        .tuples()
    )
    return [PeriodRow(i, y, f, r, bool(c)) for i, y, f, r, c in query]


def period_for(year: int) -> Period | None:
    return Period.get_or_none((Period.year == year) & (Period.deleted == False))


def open_period(year: int, frequency: str = "QUARTERLY", regime: str = "PERMENPANRB_6_2022") -> int:
    """Open an appraisal year; refused when it is open already or the choices are unknown."""
    require(Action.WRITE_PERIODS)
    if not 2000 <= year <= 2100:
        raise InputError(N_("periods", "Year {year} is not plausible."), "periods", year=year)
    if frequency not in FREQUENCIES:
        raise InputError(
            N_("periods", "Frequency '{value}' is not known."), "periods", value=frequency
        )
    if regime not in REGIMES:
        raise InputError(N_("periods", "Regime '{value}' is not known."), "periods", value=regime)
    with write_transaction():
        if period_for(year) is not None:
            raise InputError(
                N_("periods", "The year {year} is open already."), "periods", year=year
            )
        period = Period(year=year, frequency=frequency, regime=regime)
        period.save()
        return period.id


def set_closed(year: int, closed: bool) -> None:
    """Close (lock) or re-open an appraisal year."""
    require(Action.WRITE_PERIODS)
    with write_transaction():
        period = period_for(year)
        if period is None:
            raise NotFoundError(
                N_("periods", "The year {year} has not been opened."), "periods", year=year
            )
        period.closed = closed
        period.save()
