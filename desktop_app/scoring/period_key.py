"""The period key of an appraisal year ("2026-Q1", "2026-S2", "2026-03", or "2026" for the
annual evaluation) as one typed value: parsed once, labelled, bounded by its first and last
day, and laid out per evaluation frequency.

Evaluations, organisation results, the forms and the IDP follow-up all name a period by this
key, so its arithmetic lives here only. `str(key)` is the stored form; parsing accepts lower
case and surrounding spaces ("2026-q1 " is 2026-Q1).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Self

from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.indonesian_format import MONTHS, period_label

_KEY = re.compile(r"^(\d{4})(?:-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?$")
ROMAN = ("I", "II", "III", "IV")
ANNUAL_LABEL = "Tahunan"
# the evaluation service's msgid (context "evaluations"), marked for lupdate where that
# service raises it (services/evaluation/values.py); every N_ here is in the "scoring" context
UNKNOWN_PERIOD = (
    "Period '{value}' is not known: write 2026, 2026-Q1 ... 2026-Q4, 2026-S1, "
    "2026-S2 or 2026-01 ... 2026-12."
)


class Frequency(StrEnum):
    """How often a year is evaluated (the stored `Period.frequency`)."""

    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    SEMESTER = "SEMESTER"

    @property
    def months(self) -> int:
        """Months in one period of this frequency."""
        return {"MONTHLY": 1, "QUARTERLY": 3, "SEMESTER": 6}[self.value]

    @property
    def letter(self) -> str:
        """The letter of the key part ("Q1", "S2"); "" for months ("03")."""
        return {"MONTHLY": "", "QUARTERLY": "Q", "SEMESTER": "S"}[self.value]

    @classmethod
    def of(cls, stored: str | None) -> Frequency:
        """The frequency of a stored value; anything but monthly or semester is quarterly,
        as it always was for the evaluations of a year."""
        if stored in (cls.MONTHLY, cls.SEMESTER):
            return cls(stored)
        return cls.QUARTERLY


class PeriodKeyError(RuleError):
    """A text that is no period key. The msgid and its context ("evaluations") are those the
    evaluation service always used, so translations still match."""

    def __init__(self, value: object) -> None:
        super().__init__(UNKNOWN_PERIOD, {"value": value}, context="evaluations")


@dataclass(frozen=True)
class PeriodKey:
    """One period of a year: the year's annual key (`frequency` None) or its `number`-th
    period of a frequency (1-based)."""

    year: int
    frequency: Frequency | None = None
    number: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.year <= 9999:  # "0000" parses (and is then no opened year)
            raise PeriodKeyError(self.year)
        if self.frequency is None:
            if self.number != 0:
                raise PeriodKeyError(f"{self.year}/{self.number}")
        elif not 1 <= self.number <= 12 // self.frequency.months:
            raise PeriodKeyError(f"{self.year}-{self.frequency.letter}{self.number}")

    # --- making keys ------------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str | None) -> Self:
        """The key of "2026-Q1", "2026-S2", "2026-03" or "2026" (case and surrounding spaces
        ignored); PeriodKeyError for anything else."""
        match = _KEY.match((text or "").strip().upper())
        if match is None:
            raise PeriodKeyError(text)
        year, part = int(match.group(1)), match.group(2) or ""
        if not part:
            return cls(year)
        if part[0] == "Q":
            return cls(year, Frequency.QUARTERLY, int(part[1]))
        if part[0] == "S":
            return cls(year, Frequency.SEMESTER, int(part[1]))
        return cls(year, Frequency.MONTHLY, int(part))

    @classmethod
    def annual_of(cls, year: int) -> Self:
        """The annual key of the year ("2026")."""
        return cls(year)

    @classmethod
    def of_year(cls, year: int, frequency: str | None) -> list[Self]:
        """The periodic keys of the year for a stored frequency, in order (they tile the year)."""
        kind = Frequency.of(frequency)
        return [cls(year, kind, n) for n in range(1, 12 // kind.months + 1)]

    @classmethod
    def containing(cls, day: dt.date, frequency: str | None) -> Self:
        """The period of `frequency` that holds `day`; the annual key when `frequency` is
        None."""
        if frequency is None:
            return cls(day.year)
        kind = Frequency.of(frequency)
        return cls(day.year, kind, (day.month - 1) // kind.months + 1)

    # --- reading keys -----------------------------------------------------------------------

    def __str__(self) -> str:
        if self.frequency is None:
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.part}"

    @property
    def is_annual(self) -> bool:
        return self.frequency is None

    @property
    def part(self) -> str:
        """What follows the year: "Q1", "S2", "03", or "" for the annual key."""
        if self.frequency is None:
            return ""
        if self.frequency is Frequency.MONTHLY:
            return f"{self.number:02d}"
        return f"{self.frequency.letter}{self.number}"

    @property
    def label(self) -> str:
        """The period as the forms print it: "Triwulan I", "Semester II", "Maret", "Tahunan"."""
        if self.frequency is None:
            return ANNUAL_LABEL
        if self.frequency is Frequency.QUARTERLY:
            return f"Triwulan {ROMAN[self.number - 1]}"
        if self.frequency is Frequency.SEMESTER:
            return f"Semester {ROMAN[self.number - 1]}"
        return MONTHS[self.number - 1]

    @property
    def months(self) -> tuple[int, int]:
        """First and last month (1..12) of the period."""
        if self.frequency is None:
            return 1, 12
        first = self.frequency.months * (self.number - 1) + 1
        return first, first + self.frequency.months - 1

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.months[0], 1)

    @property
    def last_day(self) -> dt.date:
        last = self.months[1]
        return dt.date(self.year, last, calendar.monthrange(self.year, last)[1])

    def __contains__(self, day: object) -> bool:
        if isinstance(day, dt.datetime):
            day = day.date()
        return isinstance(day, dt.date) and self.first_day <= day <= self.last_day

    @property
    def sort_key(self) -> tuple[int, int, str]:
        """A year's periods in order, then its annual key."""
        return (self.year, 1 if self.frequency is None else 0, self.part)


class LocalPeriod:
    """A period given to a message as a parameter: "Triwulan I 2026" on an Indonesian screen,
    "Quarter I 2026" on an English one (`str`: the English text of the CLI), never its stored
    key "2026-Q1" (issue 18: the screens name a period, users do not read keys)."""

    __slots__ = ("key",)

    def __init__(self, key: str | PeriodKey) -> None:
        self.key = key if isinstance(key, PeriodKey) else PeriodKey.parse(key)

    def __str__(self) -> str:
        return self.in_language("en")

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LocalPeriod) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)

    def in_language(self, lang: str) -> str:
        key = self.key
        frequency = key.frequency.value if key.frequency is not None else None
        return period_label(frequency, key.number, key.year, lang)
