"""Indonesian text of dates, numbers, money and JP, as forms, Excel files and screens write it.

Pure (no Qt, no database) so that printing, the Excel exports and the views share one
implementation: "3 Desember 2026", "1.234.567,89", "Rp 1.800.000", "12,5 JP". Rounding is half
up on the exact value (12,345 -> 12,35; a float is taken as the binary value it holds), as
Qt's QLocale rounds, so the Indonesian screens and the printed forms agree to the last digit.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Context, Decimal

from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.reference import N_

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


_NUMBER = re.compile(r"([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?")
_POINT_DECIMAL = re.compile(r"[+-]?\d+\.\d{1,2}")  # "1.5", "2.25": a decimal point, not a group
_MULTIPLIERS = {"ribu": 3, "rb": 3, "juta": 6, "jt": 6, "miliar": 9, "milyar": 9, "m": 9}
"""Words after an amount ("1,8 juta", "750 rb"): the power of ten they multiply by."""


def _refuse(msgid: str, text: str, **params: object) -> RuleError:
    return RuleError(msgid, {"text": text.strip(), **params})


def parse_number(text: str, decimals: int = 2) -> Decimal | None:
    """A number typed the Indonesian way, exactly, or None when nothing was typed.

    Accepted: digits ("1800000"), dots between groups of three ("1.800.000"), a comma before at
    most `decimals` decimals ("2,5"), a leading minus; spaces around it. Everything else is
    refused with a RuleError that says how to type it: letters and words ("sembilan puluh"), a
    decimal point ("1.5", so "1.500" is never read as one and a half), English thousands
    ("1,800,000"), more decimals than allowed.
    """
    stripped = text.strip()
    if not stripped:
        return None
    found = _NUMBER.fullmatch(stripped)
    if found is None:
        if _POINT_DECIMAL.fullmatch(stripped):
            raise _refuse(
                N_("scoring", "'{text}': type a comma before the decimals, e.g. 1,5."), text
            )
        raise _refuse(
            N_(
                "scoring",
                "'{text}' is not a number: type digits, with dots between thousands and a "
                "comma before decimals (1.234,5).",
            ),
            text,
        )
    sign, whole, part = found.groups()
    part = part or ""
    if len(part.rstrip("0")) > decimals:
        if decimals == 0:
            raise _refuse(N_("scoring", "'{text}': type a whole number."), text)
        raise _refuse(
            N_("scoring", "'{text}': at most {decimals} decimals."), text, decimals=decimals
        )
    part = part.rstrip("0")
    return Decimal(f"{sign}{whole.replace('.', '')}{'.' + part if part else ''}")


_ENGLISH = re.compile(r"([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")


def parse_english_number(text: str, decimals: int = 2) -> Decimal | None:
    """A number as the English screens write it ("1,234.5"), or None when nothing was typed;
    RuleError otherwise (the English interface reads a typed number this way first)."""
    stripped = text.strip()
    if not stripped:
        return None
    found = _ENGLISH.fullmatch(stripped)
    if found is None:
        raise _refuse(
            N_(
                "scoring",
                "'{text}' is not a number: type digits, with commas between thousands and a "
                "point before decimals (1,234.5).",
            ),
            text,
        )
    sign, whole, part = found.groups()
    part = (part or "").rstrip("0")
    if len(part) > decimals:
        raise _refuse(
            N_("scoring", "'{text}': at most {decimals} decimals."), text, decimals=decimals
        )
    return Decimal(f"{sign}{whole.replace(',', '')}{'.' + part if part else ''}")


def parse_rupiah(text: str) -> int | None:
    """An amount typed in rupiah, exactly, or None when nothing was typed.

    Accepted: "Rp 1.800.000", "Rp1.800.000,00", "Rp 1.800.000,-", "1800000", "1.800.000", and
    a number with ribu/rb, juta/jt or miliar ("Rp 1,8 juta", "750 rb") when it comes to whole
    rupiah. Refused with a RuleError: words ("seribu rupiah"), sen ("Rp 1.800.000,50"), a
    negative amount.
    The English screens' grouping ("1,800,000", "1,800.00") is read too: whole rupiah have no
    decimals, so "1,800" can only be one thousand eight hundred.
    """
    stripped = text.strip()
    if not stripped:
        return None
    body = re.sub(r"^rp\.?\s*", "", stripped, flags=re.IGNORECASE)
    body = re.sub(r",\s*[-\u2013\u2014]$", "", body)  # "Rp 1.800.000,-" as receipts write it
    words = body.rsplit(None, 1)
    power = 0
    if len(words) == 2 and words[1].casefold() in _MULTIPLIERS:
        body, power = words[0], _MULTIPLIERS[words[1].casefold()]
    elif body[-2:].casefold() in ("rb", "jt") and body[:-2].strip()[-1:].isdigit():
        body, power = body[:-2], _MULTIPLIERS[body[-2:].casefold()]
    if not body.strip():
        raise _refuse(N_("scoring", "'{text}': type the amount after Rp."), text)
    readings = [_reading(parse_number, body)]
    if power == 0:  # "1,800,000" and "1,800" as the English screens write them
        readings.append(_reading(parse_english_number, body))
    found = [v.scaleb(power) for v in readings if v is not None]
    whole = [v for v in found if v == v.to_integral_value()]
    if whole:
        return _whole_rupiah(whole[0], text)
    if found:
        return _whole_rupiah(found[0], text)  # refused: sen
    raise _refuse(
        N_(
            "scoring",
            "'{text}' is not an amount: type it as Rp 1.800.000 (or 1800000, Rp 1,8 juta).",
        ),
        text,
    )


def _reading(parse, text: str) -> Decimal | None:  # type: ignore[no-untyped-def]
    try:
        return parse(text, 9)
    except RuleError:
        return None


def _whole_rupiah(value: Decimal | None, text: str) -> int:
    if value is None:
        raise _refuse(N_("scoring", "'{text}': type the amount after Rp."), text)
    if value < 0:
        raise _refuse(N_("scoring", "'{text}': an amount cannot be negative."), text)
    if value != value.to_integral_value():
        raise _refuse(N_("scoring", "'{text}': whole rupiah only (no sen)."), text)
    return int(value)


def parse_percent(text: str, decimals: int = 2) -> Decimal | None:
    """ "75", "75 %", "75,5%": the number of percent, or None when nothing was typed."""
    stripped = text.strip()
    if stripped.endswith("%"):
        stripped = stripped[:-1]
    return parse_number(stripped, decimals)


def parse_jp(text: str) -> Decimal | None:
    """ "16", "2,5", "12,5 JP": jam pelajaran to 2 decimals, or None when nothing was typed."""
    stripped = text.strip()
    if stripped[-2:].casefold() == "jp":
        stripped = stripped[:-2]
    return parse_number(stripped, 2)


def format_percent(value: Decimal | int | float) -> str:
    """ "75,5 %"."""
    return f"{format_number(value)} %"


def format_jp(value: Decimal | int | float) -> str:
    """ "12,5 JP": hours of development (1 JP = 45 minutes)."""
    return f"{format_number(value)} JP"


_DATE_NUMERIC = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d+)", re.ASCII)
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_DATE_WORDS = re.compile(r"(\d{1,2})[\s\-/.]*([^\W\d_]+)\.?[\s\-/.,]*(\d+)", re.ASCII)
_DATE_MONTH_FIRST = re.compile(r"([^\W\d_]+)\.?\s*(\d{1,2})\s*,?\s+(\d+)", re.ASCII)


def parse_date(text: str) -> dt.date | None:
    """A date as offices type it, day first always, or None when nothing was typed.

    Accepted: "3 Desember 2026", "3 Des 2026", "3 des. 2026", "03/12/2026", "3-12-2026",
    "03.12.2026", the English long form the English screens show ("3 December 2026",
    "December 3, 2026") and the unambiguous ISO form "2026-12-03". "03/12/2026" is always
    3 December (never read month first). Refused with a RuleError that says how to type it: a
    year not in four digits ("3/12/26"), an unknown month word, a day the month does not have
    ("31 Februari 2026"), anything else.
    """
    stripped = text.strip()
    if not stripped:
        return None
    parts: tuple[str, str | int, str] | None = None
    if found := _DATE_ISO.fullmatch(stripped):
        year, month, day = found.groups()
        parts = (day, int(month), year)
    elif found := _DATE_NUMERIC.fullmatch(stripped):
        parts = (found[1], int(found[3]), found[4])
    elif (found := _DATE_WORDS.fullmatch(stripped)) or (
        found := _DATE_MONTH_FIRST.fullmatch(stripped)
    ):
        if found.re is _DATE_WORDS:
            day, word, year = found.groups()
        else:
            word, day, year = found.groups()
        month = parse_month(word)
        if month is None:
            raise _refuse(N_("scoring", "'{text}': '{word}' is not a month."), text, word=word)
        parts = (day, month, year)
    if parts is None:
        raise _refuse(
            N_("scoring", "'{text}' is not a date: type it as 3 Desember 2026 or 03/12/2026."),
            text,
        )
    day, month, year = parts
    if len(year) != 4:
        raise _refuse(N_("scoring", "'{text}': type the year in four digits (2026)."), text)
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise _refuse(N_("scoring", "'{text}' is not a real date."), text) from None


_TIME_SEPARATED = re.compile(r"(\d{1,2})\s*[.:]\s*(\d{2})", re.ASCII)
_TIME_COMPACT = re.compile(r"(\d{1,2})(\d{2})", re.ASCII)


def parse_time(text: str) -> dt.time | None:
    """A time of day to the minute: "08.30" (the Indonesian way), "8:30", "0830", "830"; None
    when nothing was typed. Refused with a RuleError: words, an hour past 23 or minutes past
    59 ("24.00", "8.75")."""
    stripped = text.strip()
    if not stripped:
        return None
    found = _TIME_SEPARATED.fullmatch(stripped) or _TIME_COMPACT.fullmatch(stripped)
    if found is None:
        raise _refuse(
            N_("scoring", "'{text}' is not a time: type hours and minutes, e.g. 08.30."), text
        )
    hour, minute = int(found[1]), int(found[2])
    if hour > 23 or minute > 59:
        raise _refuse(N_("scoring", "'{text}' is not a time of day: 00.00 to 23.59."), text)
    return dt.time(hour, minute)


def format_time(value: dt.time) -> str:
    """ "08.30": hours and minutes with a dot, as Indonesian letters and forms write them."""
    return f"{value.hour:02d}.{value.minute:02d}"


# --- labels in the interface language (issue 18): forms, Excel and the Indonesian screens use
# the official Indonesian words; the English interface shows these instead -------------------

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ROMAN = ("I", "II", "III", "IV")
_ENGLISH_DOMAIN = {  # official code-table labels (scoring.codes) -> English interface words
    "Kuantitatif": "Quantitative",
    "Kualitatif": "Qualitative",
    "Kuantitas": "Quantity",
    "Kualitas": "Quality",
    "Waktu": "Time",
    "Biaya": "Cost",
    "Perspektif Penerima Layanan": "Service recipients perspective",
    "Perspektif Proses Bisnis": "Business process perspective",
    "Perspektif Penguatan Internal": "Internal strengthening perspective",
    "Perspektif Anggaran": "Budget perspective",
    "Tahunan": "Annual",
    "Laki-laki": "Male",
    "Perempuan": "Female",
}


def date_label(day: dt.date, lang: str = "id") -> str:
    """ "3 Desember 2026" / "3 December 2026": a date in the interface language (screens and
    messages; the forms keep `format_date`)."""
    months = ENGLISH_MONTHS if lang == "en" else MONTHS
    return f"{day.day} {months[day.month - 1]} {day.year}"


class LocalDate:
    """A date given to a message as a parameter: the message shows it in the language it is
    read in (the GUI calls `in_language`; the CLI's English text uses `str`)."""

    __slots__ = ("day",)

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __str__(self) -> str:
        return date_label(self.day, "en")

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LocalDate) and other.day == self.day

    def __hash__(self) -> int:
        return hash(self.day)

    def in_language(self, lang: str) -> str:
        return date_label(self.day, lang)


def number_label(value: Decimal | int | float | str, decimals: int = 2, lang: str = "id") -> str:
    """A number in `lang`: "1.234,5" in Indonesian, "1,234.5" in English (rounded as
    `format_number`, the marks swapped), as QLocale writes it on the English screens."""
    text = format_number(value, decimals)
    return text.translate(_ENGLISH_MARKS) if lang == "en" else text


_ENGLISH_MARKS = str.maketrans(".,", ",.")


class LocalNumber:
    """A number given to a message as a parameter: the message shows it in the language it
    is read in ("1.000" on an Indonesian screen, "1,000" on an English one; `str` is the
    English text of the CLI), never the Indonesian form on an English screen."""

    __slots__ = ("decimals", "value")

    def __init__(self, value: Decimal | int | float | str, decimals: int = 2) -> None:
        self.value = value
        self.decimals = decimals

    def __str__(self) -> str:
        return number_label(self.value, self.decimals, "en")

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, LocalNumber)
            and other.value == self.value
            and other.decimals == self.decimals
        )

    def __hash__(self) -> int:
        return hash((self.value, self.decimals))

    def __repr__(self) -> str:
        return f"LocalNumber({self.value!r}, {self.decimals})"

    def in_language(self, lang: str) -> str:
        return number_label(self.value, self.decimals, lang)


def period_part_label(frequency: str | None, number: int, lang: str = "id") -> str:
    """One period of a year in the interface language: "Triwulan I" / "Quarter I", "Semester
    II", "Maret" / "March", "Tahunan" / "Annual" (`frequency` None: the whole year)."""
    english = lang == "en"
    if frequency is None:
        return "Annual" if english else "Tahunan"
    if frequency == "QUARTERLY":
        return f"{'Quarter' if english else 'Triwulan'} {_ROMAN[number - 1]}"
    if frequency == "SEMESTER":
        return f"Semester {_ROMAN[number - 1]}"
    return (ENGLISH_MONTHS if english else MONTHS)[number - 1]


def period_label(frequency: str | None, number: int, year: int, lang: str = "id") -> str:
    """ "Triwulan I 2026" / "Quarter I 2026", "Tahunan 2026" / "Annual 2026"."""
    return f"{period_part_label(frequency, number, lang)} {year}"


_PERIOD_WORDS = re.compile(r"(Triwulan|Semester|Tahunan|[A-Z][a-z]+)((?: [IV]+)?)((?: \d{4})?)")


def domain_label(text: str, lang: str = "id") -> str:
    """An official label ("Kuantitatif", "Kuantitas", "Triwulan I 2026", "Maret 2026") in the
    interface language; words that are official terms in English too (predikat names, SKP,
    RHK) stay as they are."""
    if lang != "en":
        return text
    if text in _ENGLISH_DOMAIN:
        return _ENGLISH_DOMAIN[text]
    match = _PERIOD_WORDS.fullmatch(text)
    if match:
        word, number, year = match.groups()
        if word == "Triwulan" and number:
            return f"Quarter{number}{year}"
        if word == "Tahunan" and not number:
            return f"Annual{year}"
        if word in MONTHS and not number:
            return f"{ENGLISH_MONTHS[MONTHS.index(word)]}{year}"
    return text
