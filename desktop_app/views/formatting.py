"""Dates, numbers and money in the interface language: "22 November 2026 14:05".

The Qt part only: the interface language (QLocale) and the local time zone. In Indonesian the
text comes from `desktop_app.scoring.indonesian_format`, the one implementation the forms and
Excel files use too; in English QLocale writes it. Timestamps are stored as naive UTC; they are
shown in the computer's local time.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from desktop_app.scoring import indonesian_format
from desktop_app.scoring.indonesian_format import parse_rupiah
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.target_units import Target

__all__ = [
    "format_date",
    "format_date_range",
    "format_number",
    "format_period",
    "format_rupiah",
    "format_target",
    "format_utc",
    "parse_rupiah",
]


def _indonesian(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Indonesian


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    if _indonesian(locale):
        return indonesian_format.format_date(value)
    return locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def format_utc(value: dt.datetime | None) -> str:
    """A stored (naive UTC) timestamp in local time, to the minute."""
    if value is None:
        return ""
    moment = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc(),
    ).toLocalTime()
    return QLocale().toString(moment, "d MMMM yyyy HH:mm")


def format_number(value: object, decimals: int = 2) -> str:
    """A number in the interface language without trailing zeros: "2,22", "24", "1.250"."""
    if value is None or value == "":
        return ""
    locale = QLocale()
    # a Decimal or an int is written digit for digit: a float would misquote a long number
    # typed by the user (99999999999999999999999) and round 2,675 down
    exact = isinstance(value, (Decimal, int)) and not isinstance(value, bool)
    if _indonesian(locale):
        return indonesian_format.format_number(value if exact else float(value), decimals)  # type: ignore[arg-type]
    if exact:
        return indonesian_format.number_label(value, decimals, "en")  # type: ignore[arg-type]
    text = locale.toString(float(value), "f", decimals)  # type: ignore[arg-type]
    point = locale.decimalPoint()
    if decimals and point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def format_target(target: Target) -> str:
    """A target as the reader writes it: "95,5 persen", "1.250 dokumen" (English "95.5
    persen", "1,250 dokumen"), none of its stored decimals dropped; a written target as is."""
    if target.value is None:
        return target.written()
    return target.written(format_number(target.value, target.decimals))


def format_rupiah(value: int | None) -> str:
    """An amount of money as offices write it: "Rp 3.500.000" (Indonesian grouping)."""
    if value is None:
        return ""
    return f"Rp {format_number(value, 0)}"


def format_date_range(start: dt.date | None, end: dt.date | None) -> str:
    """ "3 - 5 Maret 2026", "28 Februari - 2 Maret 2026", one day as one date."""
    if start is None or end is None or start == end:
        return format_date(end or start)
    locale = QLocale()
    if _indonesian(locale):
        return indonesian_format.format_date_span(start, end)
    if start.year != end.year:
        return f"{format_date(start)} – {format_date(end)}"
    pattern = "d" if start.month == end.month else "d MMMM"
    first = locale.toString(QDate(start.year, start.month, start.day), pattern)
    return f"{first} – {format_date(end)}"


def format_period(key: str) -> str:
    """A period key ("2026-Q1", "2026") as the screens name it: "Triwulan I 2026",
    "Tahunan 2026"; the forms' label, never the key."""
    period = PeriodKey.parse(key)
    return f"{period.label} {period.year}"
