"""What an evaluation is keyed and rated by, read from what callers pass: the period key
(checked against the year's frequency) and the ratings (keys of `scoring.Rating`), each
refused with the evaluation service's own message. The arithmetic of keys is
`scoring.period_key.PeriodKey`'s; this module only adds the year's frequency and the refusals
a user can act on."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import Period
from desktop_app.scoring import Predikat, Rating, RuleError, predikat
from desktop_app.scoring.period_key import PeriodKey, PeriodKeyError
from desktop_app.services import period_stages, periods

_Coded = TypeVar("_Coded", bound=StrEnum)


UNKNOWN_PERIOD = N_(
    "evaluations",
    "Period '{value}' is not known: write 2026, 2026-Q1 ... 2026-Q4, 2026-S1, "
    "2026-S2 or 2026-01 ... 2026-12.",
)  # the msgid of scoring.period_key.PeriodKeyError, marked here for the catalogue


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "evaluations", **params)


# --- period keys -----------------------------------------------------------------------------


def parse_key(text: str) -> PeriodKey:
    """The period key of a user's text ("2026-q1" is 2026-Q1); InputError when it is none."""
    try:
        return PeriodKey.parse(text)
    except PeriodKeyError as err:
        raise InputError(UNKNOWN_PERIOD, "evaluations", **err.params) from None


def period_keys(year: int) -> list[str]:
    """The periodic keys of the year by its frequency, then the annual key ("2026")."""
    period = periods.year_period(year)
    return [str(k) for k in PeriodKey.of_year(year, period.frequency)] + [
        str(PeriodKey.annual_of(year))
    ]


def key_period(key: str, *, writable: bool = True) -> tuple[str, Period]:
    """The normalised key and its year; refused when the key does not fit the year's
    frequency or (for a write) the year is closed."""
    parsed = parse_key(key)
    year = parsed.year
    key = str(parsed)
    period = periods.year_period(year)
    if not parsed.is_annual and parsed not in PeriodKey.of_year(year, period.frequency):
        raise _error(
            N_("evaluations", "Period {key} does not fit the {frequency} evaluations of {year}."),
            key=key,
            frequency=InputError(periods.FREQUENCIES[period.frequency], "periods"),
            year=year,
        )
    if writable and period.closed:
        raise _error(N_("evaluations", "The year {year} is closed: nothing can change."), year=year)
    if writable:
        period_stages.check_open(period, key)
    return key, period


# --- ratings ---------------------------------------------------------------------------------


def read_rating(value: Rating | str | None, what: str) -> Rating | None:
    """The rating of a stored key or member (None for none); refused naming `what`."""
    if value is None or value == "":
        return None
    try:
        return Rating.coerce(value)
    except RuleError:
        raise _error(
            N_("evaluations", "{what}: rating '{value}' is not known."), what=what, value=value
        ) from None


def predikat_of(hasil: Rating | str | None, perilaku: Rating | str | None) -> Predikat | None:
    """The predikat the kuadran matrix gives two ratings, members or stored keys (None while
    one is missing)."""
    if hasil is None or perilaku is None:
        return None
    return predikat(hasil, perilaku)


def stored(kind: type[_Coded], value: str | None) -> _Coded | None:
    """The member of `kind` (Rating, Predikat, OrgPredikat) a database column holds; None for
    an empty column."""
    return kind(value) if value else None
