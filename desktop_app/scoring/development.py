"""Pengembangan kompetensi (JP, 20 JP a year) and angka kredit of jabatan fungsional.

domain.md §8.5 and §9. The numbers (45 minutes, 20 JP, koefisien, percentages, jenis diklat)
live in `codes`; this module only applies them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.scoring.codes import (
    AK_KOEFISIEN,
    AK_PERCENT,
    JENIS_DIKLAT,
    JP_MINUTES,
    KLASIKAL,
    MIN_JP_PER_YEAR,
    NONKLASIKAL,
    JenisDiklatRow,
)
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.numbers import Number, quantize2, to_decimal
from desktop_app.scoring.ratings import Predikat
from desktop_app.scoring.reference import N_, JfLevel

__all__ = [
    "JP_MINUTES",
    "KLASIKAL",
    "MIN_JP_PER_YEAR",
    "NONKLASIKAL",
    "Activity",
    "JenisDiklatRow",
    "angka_kredit",
    "jenis_diklat",
    "jenis_diklat_list",
    "jp_from_minutes",
    "jp_shortfall",
    "jp_total",
]


def jp_from_minutes(minutes: Number) -> Decimal:
    """Jam pelajaran for a duration: minutes / 45, rounded to 2 decimals half up.

    Two decimals rather than whole JP so that short sessions still add up over a year
    (e.g. 100 minutes = 2.22 JP; 900 minutes = 20.00 JP). Negative minutes raise RuleError.
    """
    value = to_decimal(minutes, "minutes")
    if value < 0:
        raise RuleError(N_("scoring", "minutes {value} must not be negative"), {"value": minutes})
    return quantize2(value / JP_MINUTES)


@dataclass(frozen=True)
class Activity:
    """One development activity (pengembangan kompetensi) as far as the 20 JP rule needs it.

    Give `end_date` (tanggal selesai; the activity counts in the year it ends, when the
    certificate is issued) or just `year` (tahun kursus); if both, they must agree. `jp` is
    converted to Decimal. `jenis_diklat` is the optional SIASN jenisDiklatId (1-25).
    """

    jp: Decimal
    year: int | None = None
    end_date: date | None = None
    jenis_diklat: int | None = None

    def __post_init__(self) -> None:
        jp = to_decimal(self.jp, "JP")
        if jp < 0:
            raise RuleError(N_("scoring", "JP {value} must not be negative"), {"value": self.jp})
        object.__setattr__(self, "jp", jp)
        if self.end_date is not None and not isinstance(self.end_date, date):
            raise RuleError(
                N_("scoring", "end date {value} is not a date"), {"value": repr(self.end_date)}
            )
        if self.year is not None and (
            isinstance(self.year, bool) or not isinstance(self.year, int) or self.year < 1
        ):
            raise RuleError(N_("scoring", "year {value} is not a year"), {"value": repr(self.year)})
        if self.year is None and self.end_date is None:
            raise RuleError(
                N_("scoring", "activity of {value} JP has no year or end date"), {"value": jp}
            )
        if self.year is not None and self.end_date is not None and self.end_date.year != self.year:
            raise RuleError(
                N_("scoring", "activity year {value} does not match its end date {end_date}"),
                {"value": self.year, "end_date": self.end_date.isoformat()},
            )
        if self.jenis_diklat is not None:
            jenis_diklat(self.jenis_diklat)

    @property
    def counted_year(self) -> int:
        """The year whose 20 JP this activity counts towards."""
        if self.end_date is not None:
            return self.end_date.year
        assert self.year is not None
        return self.year


def _activity(item: Any) -> Activity:
    if isinstance(item, Activity):
        return item
    if isinstance(item, tuple) and len(item) == 2:
        when, jp = item
        if isinstance(when, date):
            return Activity(jp=jp, end_date=when)
        return Activity(jp=jp, year=when)
    raise RuleError(
        N_("scoring", "{value} is not an Activity or a (year or end date, JP) pair"),
        {"value": repr(item)},
    )


def _year(year: Any) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or year < 1:
        raise RuleError(N_("scoring", "year {value} is not a year"), {"value": repr(year)})
    return year


def jp_total(activities: Iterable[Activity | tuple[int | date, Number]], year: int) -> Decimal:
    """Sum of the JP of the activities counted in `year` (see `Activity.counted_year`)."""
    wanted = _year(year)
    items = [_activity(item) for item in activities]
    return quantize2(sum((a.jp for a in items if a.counted_year == wanted), Decimal(0)))


def jp_shortfall(activities: Iterable[Activity | tuple[int | date, Number]], year: int) -> Decimal:
    """JP still missing in `year` to reach the 20 JP minimum (PP 11/2017 Pasal 203(4)); 0 if met.

    `activities` are `Activity` objects or (year or end date, JP) pairs; other years'
    activities are ignored.
    """
    missing = Decimal(MIN_JP_PER_YEAR) - jp_total(activities, year)
    return quantize2(max(missing, Decimal(0)))


def angka_kredit(jenjang: JfLevel, predikat: Predikat) -> Decimal:
    """Annual angka kredit of a jabatan fungsional: koefisien x percentage of the predikat.

    PermenPANRB 1/2023 (tables in `codes`, UNCONFIRMED single source). Exact, not rounded
    (e.g. Ahli Pertama, Sangat Baik: 12.5 x 150 % = 18.75; Pemula, Butuh Perbaikan:
    3.75 x 75 % = 2.8125); round for display where the form needs it.
    """
    try:
        level = JfLevel(jenjang)
    except ValueError:
        raise RuleError(
            N_("scoring", "level {value} is not a level of a functional position"),
            {"value": repr(jenjang)},
        ) from None
    member = Predikat.coerce(predikat)
    return AK_KOEFISIEN.data[level.value] * AK_PERCENT.data[member.value] / 100


_DIKLAT = {row.id: row for row in JENIS_DIKLAT.data}


def jenis_diklat(diklat_id: int | str) -> JenisDiklatRow:
    """The SIASN jenis diklat with this id (1-25, int or digit string); RuleError otherwise."""
    number = None
    if isinstance(diklat_id, int) and not isinstance(diklat_id, bool):
        number = diklat_id
    elif isinstance(diklat_id, str) and diklat_id.strip().isdigit():
        number = int(diklat_id.strip())
    if number not in _DIKLAT:
        raise RuleError(
            N_("scoring", "kind of training {value} is not known"), {"value": repr(diklat_id)}
        )
    return _DIKLAT[number]


def jenis_diklat_list(jalur: str | None = None) -> tuple[JenisDiklatRow, ...]:
    """All jenis diklat in SIASN order, or only those of one jalur (KLASIKAL / NONKLASIKAL)."""
    if jalur is None:
        return JENIS_DIKLAT.data
    if jalur not in (KLASIKAL, NONKLASIKAL):
        raise RuleError(
            N_("scoring", "mode {value} is not KLASIKAL or NONKLASIKAL"), {"value": repr(jalur)}
        )
    return tuple(row for row in JENIS_DIKLAT.data if row.jalur == jalur)
