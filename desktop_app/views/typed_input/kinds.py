"""What a typed value is: how it is read (a parser of `scoring.indonesian_format`), how it is
shown again, and the range it must fall in (`scoring.input_ranges`).

A `Kind` is Qt-free apart from the translation of its messages, so a field and a table cell of
the same kind read and refuse the same texts the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale

from desktop_app.i18n.translator import tr_
from desktop_app.scoring import indonesian_format as fmt
from desktop_app.scoring import input_ranges, nip, target_units, telephone
from desktop_app.scoring.errors import RuleError
from desktop_app.views import formatting, messages


class Refused(ValueError):
    """A typed text that is not a value of its kind; `message` in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


HOSTILE_SAMPLES = ("abc", "-1", "99999999999999999999999", "1,2.3,4", "123456789012345678", "")
"""Texts a field is typed with by slip, whose refusals size its message line."""


@dataclass(frozen=True)
class Kind:
    """A kind of typed value: `parse` a text (None when empty, RuleError when not of the
    kind), `show` a value again as text, `check` its range (RuleError outside it);
    `required` refuses an empty text."""

    parse: Callable[[str], Any]
    show: Callable[[Any], str]
    check: Callable[[Any], Any] | None = None
    required: bool = False

    def read(self, text: str) -> Any:
        """The value of `text`, or Refused with the message to show beside the field."""
        try:
            value = self.parse(text)
            if value is None:
                if self.required:
                    raise Refused(tr_("TypedInput", "Type a value."))
                return None
            if self.check is not None:
                self.check(value)
        except RuleError as err:
            raise Refused(messages.error_text(_dates_shown(err))) from None
        return value

    def text(self, value: Any) -> str:
        """How a stored value is shown (empty for None)."""
        return "" if value is None else self.show(value)

    def sample_messages(self) -> list[str]:
        """The refusals of a few hostile texts: what the field's message line must have room
        for (the longest messages it will show)."""
        found = []
        for text in HOSTILE_SAMPLES:
            try:
                self.read(text)
            except Refused as refused:
                found.append(refused.message)
        return found

    def with_check(self, check: Callable[[Any], Any]) -> Kind:
        """The same kind with another range check (e.g. JP bound by an activity's dates)."""
        return Kind(self.parse, self.show, check, self.required)


def _dates_shown(err: RuleError) -> RuleError:
    """The error with its date and number parameters written in the interface language (a
    range message names "1 Januari 1900", never an ISO date, and "1.000" or "1,000" as the
    screen writes numbers)."""
    for key, value in err.params.items():
        if isinstance(value, dt.date):
            err.params[key] = formatting.format_date(value)
        elif isinstance(value, Decimal):
            err.params[key] = formatting.format_number(value)
    return err


def _indonesian() -> bool:
    return QLocale().language() == QLocale.Language.Indonesian


def read_number(text: str, decimals: int = 2) -> Decimal | None:
    """A typed number in the interface language: Indonesian screens read only the Indonesian
    form ("1.234,5"); English ones read "1,234.5" first and the Indonesian form after it (the
    way the office writes numbers on paper)."""
    if _indonesian():
        return fmt.parse_number(text, decimals)
    try:
        return fmt.parse_english_number(text, decimals)
    except RuleError as err:
        try:
            return fmt.parse_number(text, decimals)
        except RuleError:
            raise err from None


def _number(decimals: int) -> Callable[[str], Decimal | None]:
    return lambda text: read_number(text, decimals)


def _percent(text: str) -> Decimal | None:
    stripped = text.strip()
    return read_number(stripped[:-1] if stripped.endswith("%") else stripped)


def _jp(text: str) -> Decimal | None:
    stripped = text.strip()
    return read_number(stripped[:-2] if stripped[-2:].casefold() == "jp" else stripped)


def _shown(decimals: int) -> Callable[[Any], str]:
    return lambda value: formatting.format_number(value, decimals)


INTEGER = Kind(_number(0), _shown(0), input_ranges.check_not_negative)
DECIMAL = Kind(_number(2), _shown(2), input_ranges.check_not_negative)
PERCENT = Kind(_percent, lambda v: f"{formatting.format_number(v)} %", input_ranges.check_percent)
RUPIAH = Kind(fmt.parse_rupiah, formatting.format_rupiah, input_ranges.check_rupiah)
JP = Kind(_jp, _shown(2), input_ranges.check_jp)


def _realisasi(text: str) -> str | None:
    return None if input_ranges.read_realisasi(text) is None else text.strip()


REALISASI = Kind(_realisasi, str)
"""A quantitative realisasi: a number (not negative) with the unit or words after it, kept as
typed ("130 usulan")."""
TARGET = Kind(_number(2), _shown(2), input_ranges.check_target)
"""A quantitative SKP target (target kuantitatif)."""


def target_kind(unit: str) -> Kind:
    """A quantitative target of `unit`, within that unit's range (`scoring.target_units`:
    0-100 for a percentage, a whole number for a count, within the year for a time)."""
    return Kind(_number(2), _shown(2), lambda value: target_units.check_for_unit(value, unit))


def realisasi_kind(unit: str) -> Kind:
    """A realisasi of a target of `unit`: a number first (then any words), within the range
    of the unit (0-1000 for a percentage: over-achievement passes the target)."""

    def parse(text: str) -> str | None:
        return None if input_ranges.read_realisasi(text, unit) is None else text.strip()

    return Kind(parse, str)


def _time_shown(value: dt.time) -> str:
    return fmt.format_time(value) if _indonesian() else f"{value.hour:02d}:{value.minute:02d}"


def _bound(bound: dt.date | Callable[[], dt.date] | None) -> dt.date | None:
    return bound() if callable(bound) else bound


def date_kind(
    earliest: dt.date | Callable[[], dt.date] | None = None,
    latest: dt.date | Callable[[], dt.date] | None = None,
    required: bool = False,
) -> Kind:
    """A DATE with the field's own range: `earliest`/`latest` a date or a function giving one
    when the text is read (`dt.date.today` for "not in the future"); 1900 to 2100 otherwise."""

    def check(value: dt.date) -> dt.date:
        return input_ranges.check_date(value, _bound(earliest), _bound(latest))

    return Kind(fmt.parse_date, formatting.format_date, check, required)


DATE = date_kind()
"""A date (tanggal), day first always: "3 Desember 2026", "3 Des 2026", "03/12/2026",
"3-12-2026", "03.12.2026"; shown "3 Desember 2026" (English: "3 December 2026"); 1900-2100."""
PAST_DATE = date_kind(latest=dt.date.today)
"""A date that cannot be in the future: a birth date (tanggal lahir), a TMT already passed."""
TIME = Kind(fmt.parse_time, _time_shown)
"""A time of day (jam): "08.30", "8:30", "0830"; shown "08.30" (English: "08:30")."""
TELEPHONE = Kind(telephone.parse_telephone, telephone.format_telephone)
"""An Indonesian telephone number (nomor telepon/HP), stored and shown in the one form of
`scoring.telephone` ("+62 812-3456-7890")."""


def _nip(text: str) -> str | None:
    if not text.strip():
        return None
    return nip.parse_nip(text).nip  # clean_nip(strict=True)'s messages, then date and gender


NIP = Kind(_nip, nip.display_nip)
"""A NIP PNS or NI PPPK: 18 digits, with or without the spaces of `display_nip`; the value is
the 18 digits, shown grouped "19860926 201505 1 001"."""


def number_kind(
    decimals: int, check: Callable[[Any], Any] | None = None, required: bool = False
) -> Kind:
    """A number of at most `decimals` decimals in the interface language, within `check`."""
    return Kind(_number(decimals), _shown(decimals), check, required)


WHOLE_RUPIAH = Kind(fmt.parse_rupiah, _shown(0), input_ranges.check_rupiah)
"""An amount in a narrow table column: read as RUPIAH ("Rp 1.800.000", "1,8 juta"), shown
without "Rp" ("1.800.000") under a header that names the money."""
