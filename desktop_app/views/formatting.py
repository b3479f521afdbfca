"""Dates and times as the user reads them: "22 November 2026 14.05" in the interface language.

Timestamps are stored as naive UTC; they are shown in the computer's local time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


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
