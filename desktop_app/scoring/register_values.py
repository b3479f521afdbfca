"""Register values as HR writes them (issue 19): golongan in every spelling, combined pangkat /
golongan cells, gelar after a comma in the name, day/month dates that could be read both ways.

Pure rules: text in, typed reading out (or None when the text is not such a value); the import
turns the readings into warnings and problems.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.scoring.reference import PNS_GRADES, PPPK_GRADES, EmployeeKind

_ROMAN_DIGITS = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_PPPK_CODES = (
    {g.code: g.code for g in PPPK_GRADES}
    | {str(i): g.code for i, g in enumerate(PPPK_GRADES, 1)}
    | {f"{i:02d}": g.code for i, g in enumerate(PPPK_GRADES, 1)}
)
_PNS_CODES = {g.code for g in PNS_GRADES}
_RANK_WORDS = {
    re.sub(r"\s+", " ", g.rank.casefold()): g.code for g in PNS_GRADES if g.rank is not None
}
# "III/d", "III-d", "IIId", "III.d", "III d", "3/d", "3d", "III / d"
_PNS_GRADE = re.compile(
    r"(?<![A-Za-z])(IV|III|II|I|[1-4])\s*[/\-.]?\s*([a-e])(?![A-Za-z])", re.IGNORECASE
)
_PPPK_GRADE = re.compile(
    r"^(?:gol(?:ongan)?\.?\s*)?(XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I|"
    r"1[0-7]|0?[1-9])$",
    re.IGNORECASE,
)


def _space(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@dataclass(frozen=True)
class GradeReading:
    """A golongan cell read: the code ("III/d", "IX"), the kind it belongs to, and the pangkat
    written with it (normalised, "" when none) with the golongan that pangkat names."""

    code: str
    kind: EmployeeKind
    rank: str = ""
    rank_code: str | None = None  # the golongan the written pangkat belongs to

    @property
    def rank_mismatch(self) -> bool:
        return bool(self.rank) and self.rank_code is not None and self.rank_code != self.code


_TINGKAT = re.compile(r"\b(?:tk|tingkat)\.?\s*(?:i|1)\b\.?")
_TRAILING = re.compile(r"[,;:]+$")
_GOL_WORDS = re.compile(r"(?i)\bgol(?:ongan)?\b\.?|\bruang\b")


@lru_cache(maxsize=4096)
def rank_code(text: str) -> str | None:
    """The PNS golongan a pangkat name belongs to ("Penata Tk. I" -> "III/d"), else None."""
    words = _space(text).casefold()
    words = _TINGKAT.sub("tingkat i", words)
    words = _TRAILING.sub("", words).strip(" .-,")
    return _RANK_WORDS.get(words)


@lru_cache(maxsize=4096)
def parse_grade(text: str, kind: EmployeeKind | None = None) -> GradeReading | None:
    """The golongan in a cell as HR writes it, alone or with its pangkat: "III/d", "III-d",
    "IIId", "III.d", "3/d", "Penata Tk. I III/d", "Pembina Tk.I, IV-b", "Penata-IIIc",
    "Penata Muda, III-a", "Gol. IX", "9". PPPK golongan (I-XVII, Roman or Arabic) are read only
    for a PPPK (or when the text says PPPK) and never become a PNS golongan. None when the text
    holds no golongan; a pangkat alone gives its golongan (`rank` set)."""
    clean = _space(text)
    if not clean or clean in ("-", "0"):
        return None
    wants_pppk = kind == EmployeeKind.PPPK or "pppk" in clean.casefold()
    if wants_pppk:
        bare = re.sub(r"(?i)\bpppk\b", "", clean).strip(" -,")
        match = _PPPK_GRADE.match(bare)
        if match:
            return GradeReading(_PPPK_CODES[match.group(1).upper()], EmployeeKind.PPPK)
        return None
    found = list(_PNS_GRADE.finditer(clean))
    if found:
        match = found[-1]
        head = _ROMAN_DIGITS.get(match.group(1), match.group(1).upper())
        code = f"{head}/{match.group(2).lower()}"
        if code not in _PNS_CODES:
            return None
        rest = (clean[: match.start()] + " " + clean[match.end() :]).strip(" ,;-/()")
        rest = _GOL_WORDS.sub("", rest).strip(" ,;-/().")
        return GradeReading(code, EmployeeKind.PNS, _space(rest), rank_code(rest) if rest else None)
    if (code := rank_code(clean)) is not None:
        return GradeReading(code, EmployeeKind.PNS, clean, code)
    match = _PPPK_GRADE.match(clean)
    if match and kind is None and re.match(r"(?i)^gol", clean):
        return GradeReading(_PPPK_CODES[match.group(1).upper()], EmployeeKind.PPPK)
    return None


# --- names ---------------------------------------------------------------------------------

_FRONT = re.compile(r"^((?:(?:dr|drs|dra|ir|prof|h|hj|hc|kh|ns|apt|drg|bd)\.\s*)+)", re.IGNORECASE)
_TITLE_PART = re.compile(r"^[A-Za-z][A-Za-z.\s()]{0,24}$")


@dataclass(frozen=True)
class NameParts:
    front: str
    name: str
    back: str

    @property
    def split(self) -> bool:
        return bool(self.front or self.back)


@lru_cache(maxsize=4096)
def split_titles(text: str) -> NameParts:
    """A name written with its gelar, "ALFIKRI, S.Pd" or "Dr. Hj. SITI AMINAH, M.Kes., Sp.A":
    the gelar after the first comma (each part short, with a dot or all capitals like "SH")
    and the front gelar ending with a dot are split off; any other text stays the name."""
    clean = _space(text)
    back = ""
    if "," in clean:
        head, tail = clean.split(",", 1)
        parts = [p.strip() for p in tail.split(",") if p.strip()]
        if parts and all(_TITLE_PART.match(p) and ("." in p or len(p) <= 5) for p in parts):
            back, clean = ", ".join(parts), head.strip()
    front = ""
    match = _FRONT.match(clean)
    if match and clean[match.end() :].strip():
        front, clean = _space(match.group(1)), clean[match.end() :].strip()
    return NameParts(front, clean, back)


# --- dates ---------------------------------------------------------------------------------

_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def ambiguous_day_month(text: str) -> tuple[dt.date, dt.date] | None:
    """For "12/01/2012" (both parts could be the month) the day-first and the month-first
    reading; None when the text is not such a date or both readings are the same day.

    Only slashes count: 12-01-2012 and 12.01.2012 are the Indonesian way (day first), while
    a slashed date is also what Excel writes for a US locale (month first)."""
    match = _SLASHED.fullmatch(_space(text))
    if not match:
        return None
    first, second, year = (int(g) for g in match.groups())
    if first == second or first > 12 or second > 12:
        return None
    try:
        return dt.date(year, second, first), dt.date(year, first, second)
    except ValueError:
        return None


def excel_serial_date(number: float) -> dt.date | None:
    """The date of an Excel serial number (1900 system) in the range a register uses
    (1900-2100); None outside it."""
    if not 1 <= number < 73051:  # 2100-01-01
        return None
    base = dt.date(1899, 12, 30) if number >= 61 else dt.date(1899, 12, 31)
    return base + dt.timedelta(days=int(number))
