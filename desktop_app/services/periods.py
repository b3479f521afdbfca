"""Appraisal years (periode penilaian): HR opens a year with its evaluation frequency and
regime; a closed year is locked for SKP and evaluations."""

from __future__ import annotations

from typing import NamedTuple

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import Period, SyncedModel
from desktop_app.models.database import write_transaction
from desktop_app.services import session
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


def _office_scope():  # type: ignore[no-untyped-def]
    """At the central office with an office chosen: that office's years only."""
    only = session.office_filter()
    return (Period.office_code == only) if only else Period.id.is_null(False)


def list_periods() -> list[PeriodRow]:
    """Every live appraisal year, newest first (at the central office, each year once, as
    every office has its own)."""
    query = (
        Period.select(Period.id, Period.year, Period.frequency, Period.regime, Period.closed)
        .where((Period.deleted == False) & _office_scope())
        .order_by(Period.year.desc(), Period.id)
        .tuples()
    )
    rows = [PeriodRow(i, y, f, r, bool(c)) for i, y, f, r, c in query]
    seen: set[int] = set()
    return [r for r in rows if not (r.year in seen or seen.add(r.year))]


def period_for(year: int) -> Period | None:
    return (
        Period.select()
        .where((Period.year == year) & (Period.deleted == False) & _office_scope())
        .order_by(Period.id)
        .first()
    )


def id_in_year(model: type[SyncedModel], employee_id: int, year: int) -> int | None:
    """The id of the employee's live record of `model` (an SKP, IDP or archive appraisal:
    one per employee and year, with `employee` and `period` fields) for the year."""
    row = (
        model.select(model.id)
        .join(Period)
        .where((model.employee == employee_id) & (Period.year == year) & (model.deleted == False))
        .tuples()
        .first()
    )
    return row[0] if row else None


def year_period(year: int, *, writable: bool = False) -> Period:
    """The appraisal year, or why there is none: not opened yet, or (for a write) closed.
    Every part of the program that works in a year asks here, so the messages are one."""
    period = period_for(year)
    if period is None:
        raise InputError(
            N_("periods", "The year {year} has not been opened: HR opens it first (Periods)."),
            "periods",
            year=year,
        )
    if writable and period.closed:
        raise InputError(
            N_("periods", "The year {year} is closed: nothing can change."), "periods", year=year
        )
    return period


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


def set_closed(year: int, closed: bool, reason: str = "") -> None:
    """Close (lock) or re-open an appraisal year: closing locks its SKPs, evaluations and
    development plans; re-opening needs a reason. Both are kept in the year's history
    (`period_stages.history`)."""
    from desktop_app.services import period_stages

    require(Action.WRITE_PERIODS)
    with write_transaction():
        period = period_for(year)
        if period is None:
            raise NotFoundError(
                N_("periods", "The year {year} has not been opened."), "periods", year=year
            )
        if bool(period.closed) == closed:
            return
        period_stages.record_year(period, closed, reason)
        period.closed = closed
        period.save()


def close_year(year: int) -> None:
    set_closed(year, True)


def reopen_year(year: int, reason: str) -> None:
    set_closed(year, False, reason)
