"""Indonesian text of dates, numbers, money and JP, as forms, Excel files and screens write it.

Pure (no Qt, no database) so that printing, the Excel exports and the views share one
implementation: "3 Desember 2026", "1.234.567,89", "Rp 1.800.000", "12,5 JP". Rounding is half
up on the exact value (12,345 -> 12,35; a float is taken as the binary value it holds), as
Qt's QLocale rounds, so the Indonesian screens and the printed forms agree to the last digit.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Context, Decimal

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
"""The month names, January first: MONTHS[month - 1]."""

MONTH_WORDS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip
"""Month words people type in dates (Indonesian, old spellings, abbreviations, English),
lower case, to the month number."""

_WIDE = Context(prec=1000)  # quantize never runs out of digits, whatever the magnitude
DASH = "–"  # en dash between the two ends of a span


def month_name(month: int) -> str:
    """ "Januari" for 1 ... "Desember" for 12."""
    return MONTHS[month - 1]


def parse_month(word: str) -> int | None:
    """The month a typed word names ("Januari", "jan", "Pebruari", "March"), or None."""
    return MONTH_WORDS.get(word.strip().casefold())


def day_and_month(day: dt.date) -> str:
    """ "3 Desember": the first end of a span within one year."""
    return f"{day.day} {MONTHS[day.month - 1]}"


def format_date(day: dt.date) -> str:
    """ "3 Desember 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_date_span(first: dt.date, last: dt.date) -> str:
    """ "3 – 5 Maret 2026", "28 Februari – 2 Maret 2026", "30 Desember 2026 – 2 Januari 2027";
    one day is one date."""
    if first == last:
        return format_date(first)
    if first.year != last.year:
        return f"{format_date(first)} {DASH} {format_date(last)}"
    if first.month != last.month:
        return f"{day_and_month(first)} {DASH} {format_date(last)}"
    return f"{first.day} {DASH} {format_date(last)}"


def format_number(value: Decimal | int | float | str, decimals: int = 2) -> str:
    """ "1.234.567,89", "2,5", "1.250": rounded half up to `decimals`, without trailing zeros."""
    number = value if isinstance(value, Decimal) else Decimal(value)
    if not number:
        number = abs(number)  # -0.0 is "0"; -0.001 still shows its sign ("-0"), as in QLocale
    number = number.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP, _WIDE)
    whole, _, part = f"{number:,.{decimals}f}".partition(".")
    part = part.rstrip("0")
    whole = whole.replace(",", ".")
    return f"{whole},{part}" if part else whole


def format_rupiah(value: int | Decimal) -> str:
    """ "Rp 1.800.000": whole rupiah, dots between thousands."""
    return f"Rp {format_number(value, 0)}"


def parse_rupiah(text: str) -> int | None:
    """What someone typed as an amount ("Rp 3.500.000", "3500000"): whole rupiah, or None when
    nothing was typed; digits only, so separators of either language are ignored."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return int(digits) if digits else None


def format_jp(value: Decimal | int | float) -> str:
    """ "12,5 JP": hours of development (1 JP = 45 minutes)."""
    return f"{format_number(value)} JP"
