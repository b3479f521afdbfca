"""The ranges a typed value must fall in, from the domain (domain.md §2 targets, §3 realisasi,
§9 JP): one place the editors' fields, their table cells and the services check.

Each check takes the parsed value and raises RuleError with a message that names the bound, so
the field shows it beside itself and a service refuses the same value from any writer.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.indonesian_format import (
    LocalNumber,
    parse_english_number,
    parse_number,
)
from desktop_app.scoring.reference import N_
from desktop_app.scoring.target_units import check_for_unit

TARGET_MAX = Decimal(1_000_000_000)
"""A quantitative SKP target (target kuantitatif): 0 up to one billion of its unit. Larger is a
typing slip (no office counts a yearly output in trillions); rupiah targets of a budget above
it are written in "juta" or "miliar" units."""

REALISASI_MAX = TARGET_MAX * 100
"""A realisasi may exceed its target (a hundredfold at most, then it is a slip)."""

RUPIAH_MAX = 10**12 - 1
"""A cost of one activity: below a trillion rupiah (more is a typing slip, not a budget)."""

MAX_JP_PER_DAY = 12
"""Jam pelajaran one calendar day of an activity can hold: 12 JP = 9 hours of 45-minute
lessons (domain.md §9 gives 1 JP = 45 minutes and no daily limit; a long diklat day runs 8-10
JP, so 12 leaves room and still refuses 99.999.999 JP for a five-day course)."""

MAX_JP_UNDATED = 1000
"""JP of an activity without both dates: about a year of full-time study (a long diklat)."""


def _outside(name: str, value: Decimal, low: Decimal | int, high: Decimal | int) -> RuleError:
    return RuleError(
        N_("scoring", "{name} {value} must be between {low} and {high}."),
        {
            "name": name,
            "value": LocalNumber(value),
            "low": LocalNumber(low),
            "high": LocalNumber(high),
        },
    )


def check_not_negative(value: Decimal) -> Decimal:
    """A count or amount that cannot be below zero."""
    if value < 0:
        raise RuleError(N_("scoring", "{value} cannot be negative."), {"value": LocalNumber(value)})
    return value


def check_percent(value: Decimal) -> Decimal:
    """A percentage: 0 to 100."""
    if not 0 <= value <= 100:
        raise RuleError(
            N_("scoring", "{value} % must be between 0 and 100."), {"value": LocalNumber(value)}
        )
    return value


def check_target(value: Decimal) -> Decimal:
    """A quantitative target: 0 ≤ target ≤ TARGET_MAX."""
    if not 0 <= value <= TARGET_MAX:
        raise _outside("Target", value, 0, TARGET_MAX)
    return value


def check_rupiah(value: int) -> int:
    """An amount of money: 0 ≤ amount ≤ RUPIAH_MAX."""
    if not 0 <= value <= RUPIAH_MAX:
        raise RuleError(
            N_("scoring", "Rp {value} must be at most Rp {high}."),
            {"value": LocalNumber(value, 0), "high": LocalNumber(RUPIAH_MAX, 0)},
        )
    return value


def check_realisasi(value: Decimal) -> Decimal:
    """A realisasi: never negative, at most REALISASI_MAX."""
    if value < 0:
        raise RuleError(
            N_("scoring", "Achievement {value} cannot be negative."),
            {"value": LocalNumber(value)},
        )
    if value > REALISASI_MAX:
        raise _outside("Realisasi", value, 0, REALISASI_MAX)
    return value


def max_jp(start: dt.date | None, end: dt.date | None) -> int:
    """The most JP an activity from `start` to `end` (both days counted) can hold."""
    if start is None or end is None or end < start:
        return MAX_JP_UNDATED
    return ((end - start).days + 1) * MAX_JP_PER_DAY


def check_jp(value: Decimal, start: dt.date | None = None, end: dt.date | None = None) -> Decimal:
    """JP of an activity: not negative, at most what its dates allow (MAX_JP_PER_DAY a day)."""
    high = max_jp(start, end)
    if value < 0 or value > high:
        if start is not None and end is not None and end >= start:
            raise RuleError(
                N_(
                    "scoring",
                    "JP {value} does not fit the dates: {days} days hold at most {high} JP "
                    "({per_day} JP a day).",
                ),
                {
                    "value": LocalNumber(value),
                    "days": (end - start).days + 1,
                    "high": high,
                    "per_day": MAX_JP_PER_DAY,
                },
            )
        raise _outside("JP", value, 0, high)
    return value


_STORED = re.compile(r"-?\d+(?:[.,]\d+)?")


def stored_decimal(text: str) -> Decimal:
    """A number as the services store it ("1500", "2.5"; "2,5" from older versions): what any
    writer (editor, import, command line) must give; RuleError otherwise."""
    stripped = text.strip()
    if _STORED.fullmatch(stripped) is None:
        raise RuleError(N_("scoring", "'{text}' is not a number."), {"text": stripped})
    return Decimal(stripped.replace(",", "."))


def stored_text(value: Decimal) -> str:
    """How a number is stored: "1500", "2.5" (no exponent, no trailing zeros)."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def read_realisasi(text: str, unit: str | None = None) -> Decimal | None:
    """The number a quantitative realisasi starts with ("130 usulan", "1.250 dokumen",
    "97,5"), checked by `check_realisasi` and, given the target's `unit`, by the range of
    that unit (`target_units.check_for_unit`: 0-1000 for a percentage, a whole number for a
    count); None when nothing was typed. RuleError when it does not start with a number
    ("sembilan puluh") or the number is outside its range."""
    stripped = text.strip()
    if not stripped:
        return None
    first = stripped.split(None, 1)[0]
    value = None
    for parse in (parse_number, parse_english_number):
        try:
            value = parse(first, 2)
            break
        except RuleError:
            continue
    if value is None:
        raise RuleError(
            N_(
                "scoring",
                "Achievement '{text}' must start with a number, as the target does "
                "(e.g. 130 proposals).",
            ),
            {"text": stripped},
        )
    check_realisasi(value)
    if unit is not None:
        check_for_unit(value, unit, realisasi=True)
    return value


DATE_MIN = dt.date(1900, 1, 1)
"""No date the program keeps is before 1900 (the oldest birth date of a NIP, domain.md §8)."""

DATE_MAX = dt.date(2100, 12, 31)
"""A date past 2100 is a typing slip (a field may give a nearer bound, e.g. today)."""


def check_date(
    value: dt.date, earliest: dt.date | None = None, latest: dt.date | None = None
) -> dt.date:
    """A typed date: not before `earliest` (DATE_MIN) and not after `latest` (DATE_MAX); a
    field gives its own bound (a birth date or a TMT is not after today). The RuleError's
    `date` and `bound` parameters are dates, for the screen to write in its language."""
    low = max(earliest or DATE_MIN, DATE_MIN)
    high = min(latest or DATE_MAX, DATE_MAX)
    if value < low:
        raise RuleError(N_("scoring", "{date} is before {bound}."), {"date": value, "bound": low})
    if value > high:
        raise RuleError(N_("scoring", "{date} is after {bound}."), {"date": value, "bound": high})
    return value


# --- the archive appraisal (PP 46/2011, PP 30/2019; domain.md §6) ------------------------------

SCORE_MAX = Decimal(100)
"""A perilaku aspect and a kualitas (mutu) are scored out of 100 (domain.md §6.1)."""

KUALITAS_REAL_MAX = Decimal(200)
"""A kualitas realisasi may pass its target (the PP 30/2019 scale reaches 120, a worked example
has 130 against 100); twice the top score is a typing slip."""

MONTHS_MAX = Decimal(12)
"""Waktu of a kegiatan in months: a yearly SKP holds at most 12 (target and realisasi)."""

ANGKA_KREDIT_MAX = Decimal(1000)
"""Angka kredit of one kegiatan: far above any butir kegiatan's value (a typing slip beyond)."""

TUGAS_TAMBAHAN_MAX = 99
"""Tugas tambahan counted in a year (7 or more already give the most points)."""


def _between(
    value: Decimal, low: Decimal | int, high: Decimal | int, *, above_low: bool = False
) -> Decimal:
    if value < low or value > high or (above_low and value == low):
        if above_low:
            raise RuleError(
                N_("scoring", "{value} must be more than {low} and at most {high}."),
                {
                    "value": LocalNumber(value),
                    "low": LocalNumber(low),
                    "high": LocalNumber(high),
                },
            )
        raise RuleError(
            N_("scoring", "{value} must be between {low} and {high}."),
            {"value": LocalNumber(value), "low": LocalNumber(low), "high": LocalNumber(high)},
        )
    return value


def check_archive_target(value: Decimal) -> Decimal:
    """A kuantitas target of an archive kegiatan: above 0 (a ratio's divisor), TARGET_MAX."""
    return _between(value, 0, TARGET_MAX, above_low=True)


def check_archive_realisasi(value: Decimal) -> Decimal:
    """A kuantitas realisasi: 0 (not carried out) to REALISASI_MAX."""
    return _between(value, 0, REALISASI_MAX)


def check_kualitas_target(value: Decimal) -> Decimal:
    """A kualitas (mutu) target: above 0, at most 100."""
    return _between(value, 0, SCORE_MAX, above_low=True)


def check_score(value: Decimal) -> Decimal:
    """A score out of 100: a kualitas realisasi, a perilaku aspect."""
    return _between(value, 0, SCORE_MAX)


def check_kualitas_realisasi(value: Decimal) -> Decimal:
    """A kualitas realisasi: 0 to KUALITAS_REAL_MAX."""
    return _between(value, 0, KUALITAS_REAL_MAX)


def check_months_target(value: Decimal) -> Decimal:
    """A waktu target in months: above 0, at most MONTHS_MAX."""
    return _between(value, 0, MONTHS_MAX, above_low=True)


def check_months(value: Decimal) -> Decimal:
    """A waktu realisasi in months: 0 to MONTHS_MAX."""
    return _between(value, 0, MONTHS_MAX)


def check_rupiah_target(value: int) -> int:
    """A biaya target: above Rp 0 (a ratio's divisor), at most RUPIAH_MAX."""
    if value <= 0:
        raise RuleError(
            N_("scoring", "Rp {value}: a cost (biaya) target must be more than Rp 0."),
            {"value": LocalNumber(value, 0)},
        )
    return check_rupiah(value)


def check_angka_kredit(value: Decimal) -> Decimal:
    """Angka kredit of one kegiatan: 0 to ANGKA_KREDIT_MAX."""
    return _between(value, 0, ANGKA_KREDIT_MAX)


def check_tugas_tambahan(value: Decimal) -> Decimal:
    """Tugas tambahan: a whole count, 0 to TUGAS_TAMBAHAN_MAX."""
    return _between(value, 0, TUGAS_TAMBAHAN_MAX)
