"""Several SKPs in one year (perubahan SKP: mutasi, promotion, a new pejabat penilai).

PermenPANRB 8/2021 lampiran §E "Perubahan SKP" and SIASN's periodic results (`bulanMulai`,
`bulanSelesai`) let one year hold several SKPs of one employee, each for a month range. The
rules, decided in docs/multiple_skp.md:

* a range is bulan mulai – bulan selesai, 1..12, start <= end; two SKPs of one employee in
  one year never share a month;
* a transfer closes the current SKP at a month (it ends there) and the next SKP starts the
  month after, up to the old end;
* a periodic evaluation belongs to the SKP in force in the last month of its period (a
  quarter across the change belongs to the new SKP, whose appraiser evaluates it);
* the annual evaluation is one per year, by the pejabat penilai of the SKP in force at year
  end. Its ratings stay that appraiser's call; the reference it is compared with weighs each
  SKP by its months: each SKP counts with the ratings of its last periodic evaluation, the
  rating with the most months is the reference, a tie goes to the later SKP. The predikat
  comes from the matrix only (domain.md §0.5), never from a weighted number.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.indonesian_format import MONTHS
from desktop_app.scoring.ratings import Predikat, Rating, predikat
from desktop_app.scoring.reference import N_

FIRST_MONTH = 1
LAST_MONTH = 12


@dataclass(frozen=True, order=True)
class MonthRange:
    """The months of the year one SKP covers (bulan mulai – bulan selesai), both included."""

    start: int = FIRST_MONTH
    end: int = LAST_MONTH

    def __post_init__(self) -> None:
        check_range(self.start, self.end)

    @property
    def months(self) -> int:
        return self.end - self.start + 1

    @property
    def whole_year(self) -> bool:
        return self.start == FIRST_MONTH and self.end == LAST_MONTH

    def __contains__(self, month: object) -> bool:
        return isinstance(month, int) and self.start <= month <= self.end

    def overlaps(self, other: MonthRange) -> bool:
        return self.start <= other.end and other.start <= self.end


_NOT_A_MONTH = {
    "start": N_("scoring", "the first month {value} is not a month (1 to 12)"),
    "end": N_("scoring", "the last month {value} is not a month (1 to 12)"),
}


def _month(value: object, which: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        raise RuleError(_NOT_A_MONTH[which], {"value": value})
    return value


def check_range(start: object, end: object) -> tuple[int, int]:
    """The range as two months, or why not: each 1..12 and the start not after the end."""
    first = _month(start, "start")
    last = _month(end, "end")
    if first > last:
        raise RuleError(
            N_("scoring", "the first month {start} is after the last month {end}"),
            {"start": MONTHS[first - 1], "end": MONTHS[last - 1]},
        )
    return first, last


def check_no_overlap(ranges: Iterable[MonthRange]) -> None:
    """Two SKPs of one employee in one year never share a month."""
    ordered = sorted(ranges)
    for before, after in pairwise(ordered):
        if before.overlaps(after):
            raise RuleError(
                N_("scoring", "the SKP of {first} overlaps the SKP of {second}"),
                {"first": month_range_text(before), "second": month_range_text(after)},
            )


def split_at(current: MonthRange, close_month: int) -> tuple[MonthRange, MonthRange]:
    """Close `current` at `close_month` (its last month now) and the range of the next SKP,
    from the month after to the old end. The closed SKP keeps at least its first month and
    the next one gets at least one month."""
    month = _month(close_month, "end")
    if not current.start <= month < current.end:
        raise RuleError(
            N_("scoring", "the SKP of {range} can only be closed from {first} to {last}"),
            {
                "range": month_range_text(current),
                "first": MONTHS[current.start - 1],
                "last": MONTHS[current.end - 2] if current.end > current.start else "-",
            },
        )
    return MonthRange(current.start, month), MonthRange(month + 1, current.end)


def in_force(ranges: Sequence[MonthRange], month: int) -> int | None:
    """The index of the range holding `month`, or None (no SKP covers that month)."""
    for n, found in enumerate(ranges):
        if month in found:
            return n
    return None


def owner_of_period(ranges: Sequence[MonthRange], first: int, last: int) -> int | None:
    """The SKP a periodic evaluation of months first..last belongs to: the one in force in
    its last month; failing that (no SKP then), the latest one in force within the period."""
    found = in_force(ranges, last)
    if found is not None:
        return found
    for month in range(last - 1, first - 1, -1):
        found = in_force(ranges, month)
        if found is not None:
            return found
    return None


def days_of(months: MonthRange, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the months in `year` (1 January – 30 June for January –
    June): the days a rule about an SKP of these months looks at (its kedudukan hukum
    exemption, docs/employment_status.md)."""
    last_day = calendar.monthrange(year, months.end)[1]
    return dt.date(year, months.start, 1), dt.date(year, months.end, last_day)


def month_range_text(months: MonthRange, year: int | None = None) -> str:
    """ "Januari – Juni 2026"; one month alone: "Juli 2026"."""
    first, last = MONTHS[months.start - 1], MONTHS[months.end - 1]
    text = first if months.start == months.end else f"{first} – {last}"
    return text if year is None else f"{text} {year}"


@dataclass(frozen=True)
class SkpPart:
    """One SKP of the year with the ratings of its last periodic evaluation (None: not
    evaluated yet)."""

    months: MonthRange
    hasil: Rating | None
    perilaku: Rating | None


@dataclass(frozen=True)
class AnnualReference:
    """What the annual ratings of an employee with several SKPs are compared with: per
    aspect, the months each rating holds and the rating with the most months."""

    hasil: Rating | None
    perilaku: Rating | None
    hasil_months: dict[Rating, int]
    perilaku_months: dict[Rating, int]

    @property
    def predikat(self) -> Predikat | None:
        if self.hasil is None or self.perilaku is None:
            return None
        return predikat(self.hasil, self.perilaku)


def _weighted(parts: Sequence[tuple[MonthRange, Rating | None]]) -> tuple[Rating | None, dict]:
    months = {r: 0 for r in Rating}
    last_seen: dict[Rating, int] = {}
    for n, (span, rating) in enumerate(parts):
        if rating is None:
            continue
        months[rating] += span.months
        last_seen[rating] = n
    rated = [r for r in Rating if months[r] > 0]
    if not rated:
        return None, months
    best = max(rated, key=lambda r: (months[r], last_seen[r]))
    return best, months


def annual_reference(parts: Iterable[SkpPart]) -> AnnualReference:
    """The month-weighted reference of the year's SKPs (see the module docstring). The SKPs
    must not overlap; an SKP not evaluated yet counts for no rating."""
    ordered = sorted(parts, key=lambda p: p.months)
    check_no_overlap(p.months for p in ordered)
    hasil, hasil_months = _weighted(
        [(p.months, None if p.hasil is None else Rating.coerce(p.hasil)) for p in ordered]
    )
    perilaku, perilaku_months = _weighted(
        [(p.months, None if p.perilaku is None else Rating.coerce(p.perilaku)) for p in ordered]
    )
    return AnnualReference(hasil, perilaku, hasil_months, perilaku_months)
