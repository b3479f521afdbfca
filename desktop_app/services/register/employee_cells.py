"""The cells of one row of the employee file read into an `EmployeeInput`: NIPs (Excel's
number mangling refused), dates in the ways HR writes them, codes by their labels, unit codes.

Columns a file leaves out keep the stored values; empty cells clear them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from desktop_app.errors import InputError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Position
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.indonesian_format import parse_month
from desktop_app.scoring.nip import clean_nip
from desktop_app.scoring.reference import JfLevel, PositionType
from desktop_app.services.register.employee_columns import (
    DATE_FIELDS,
    NIP_FIELDS,
    fail,
    is_blank,
    norm,
    plain,
)
from desktop_app.services.register.employee_validation import rule_error
from desktop_app.services.register.employees import EmployeeInput

_SCIENTIFIC = re.compile(r"\d(?:[.,]\d+)?[eE]\+?\d+")
_NIP_PREFIX = re.compile(r"^(?:nip|ni\s*pppk)\b\.?\s*:?\s*", re.IGNORECASE)


def _nip_text(value: Any) -> str:
    """The NIP in a cell as text; raises InputError when Excel stored it as a lossy number."""
    if isinstance(value, float) and not (value.is_integer() and abs(value) < 2**53):
        raise _lost_digits(f"{value:.15G}")
    text = _NIP_PREFIX.sub("", plain(value).lstrip("'"))
    if _SCIENTIFIC.fullmatch(text):
        raise _lost_digits(text)
    return text


def nip_as_written(value: Any) -> str:
    """A NIP cell as the clerk sees it in Excel: a number with the 15 digits Excel keeps
    (1.98609262015051E+17 shows as 198609262015051000), text as typed."""
    if isinstance(value, float) and math.isfinite(value):
        return format(Decimal(f"{value:.15G}"), "f")
    return plain(value).lstrip("'")


def _lost_digits(shown: str) -> InputError:
    return fail(
        N_(
            "employee_io",
            "The NIP was stored as a number by Excel and lost digits ({value}): format the "
            "column as Text and type the NIP again.",
        ),
        value=shown,
    )


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")
_DMY_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_WORD_DATE = re.compile(r"(\d{1,2})[\s\-]+([A-Za-z]+)\.?[\s\-]+(\d{4})")


def parse_date(value: Any) -> dt.date | None:
    """A date from an Excel date cell, an Excel serial number, 2026-01-31, 31-01-2026,
    31/01/2026 or 31 Januari 2026 (Indonesian or English month names); None when empty."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 < value < 100_000:
        from openpyxl.utils.datetime import from_excel

        return from_excel(value).date()
    text = plain(value)
    found = _date_of_text(text)
    if found is not None:
        return found
    raise fail(
        N_(
            "employee_io",
            "'{value}' is not a date: write it as 31-01-2026, 2026-01-31 or 31 Januari 2026.",
        ),
        value=text,
    )


@lru_cache(maxsize=8192)  # an import file repeats its dates (TMT) on many rows
def _date_of_text(text: str) -> dt.date | None:
    """The date a text writes, or None when it is not one."""
    try:
        if match := _ISO_DATE.fullmatch(text):
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        if match := _DMY_DATE.fullmatch(text):
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        if (match := _WORD_DATE.fullmatch(text)) and (month := parse_month(match.group(2))):
            return dt.date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        pass
    return None


_KINDS = {"pns": "PNS", "pppk": "PPPK", "p3k": "PPPK"}
_POSITION_TYPES = (
    {norm(p.value): p for p in PositionType}
    | {norm(p.label): p for p in PositionType}
    | {
        "jabatan pimpinan tinggi": PositionType.JPT,
        "jabatan administrator": PositionType.ADMINISTRATOR,
        "jabatan pengawas": PositionType.PENGAWAS,
        "jabatan pelaksana": PositionType.PELAKSANA,
        "jabatan fungsional": PositionType.FUNGSIONAL,
        "jf": PositionType.FUNGSIONAL,
    }
)
_JF_LEVELS = {norm(level.value): level for level in JfLevel}
_NO_ECHELON = {"", "-", "non eselon", "noneselon", "non", "0"}
_STATUS = {
    "aktif": True, "ya": True, "1": True, "active": True,
    "tidak aktif": False, "nonaktif": False, "non aktif": False, "tidak": False,
    "0": False, "inactive": False,
}  # fmt: skip


def _position_type(text: str) -> str:
    if not text:
        return ""
    found = _POSITION_TYPES.get(norm(text))
    if found is None:
        raise fail(
            N_(
                "employee_io",
                "'{value}' is not a jenis jabatan: write JPT, Administrator, Pengawas, "
                "Pelaksana or Fungsional.",
            ),
            value=text,
        )
    return found.value


def _jf_level(text: str) -> str | None:
    if not text:
        return None
    found = _JF_LEVELS.get(norm(text))
    if found is None:
        raise fail(
            N_(
                "employee_io",
                "'{value}' is not a jenjang JF: write Ahli Pertama, Ahli Muda, Ahli Madya, "
                "Ahli Utama, Pemula, Terampil, Mahir or Penyelia.",
            ),
            value=text,
        )
    return found.value


def _echelon(text: str) -> str | None:
    if norm(text) in _NO_ECHELON:
        return None
    compact = text.replace(" ", "").replace("/", ".")
    if re.fullmatch(r"[IViv]+\.?[abAB]", compact):
        roman, letter = compact.rstrip("abAB").rstrip("."), compact[-1]
        return f"{roman.upper()}.{letter.lower()}"
    return text  # validate() names an unknown eselon


def _status(text: str) -> bool:
    if not text:
        return True
    found = _STATUS.get(norm(text))
    if found is None:
        raise fail(
            N_("employee_io", "'{value}' is not a status: write Aktif or Tidak Aktif."),
            value=text,
        )
    return found


_NOT_CELLS = frozenset(
    {"unit_name", "rank", "legal_status", "birth_date", "gender", "employment_status"}
)


@dataclass
class StoredEmployee:
    """An employee as stored, which an import row updates: its input and its superiors' NIPs."""

    id: int
    data: EmployeeInput
    supervisor: str | None  # NIPs of the stored links
    appraiser: str | None


def row_nip(cells: dict[str, Any]) -> str:
    """The row's NIP as 18 digits when it can be cleaned, else as written ("" if unusable)."""
    try:
        text = _nip_text(cells.get("nip"))
    except InputError:
        return ""
    try:
        return clean_nip(text)
    except RuleError:
        return text


def row_input(
    cells: dict[str, Any],
    stored: StoredEmployee | None,
    unit_ids: dict[str, int],
) -> tuple[EmployeeInput, dict[str, str | None], dict[str, ServiceError]]:
    """Turn the cells of one row into an EmployeeInput on top of the stored record (columns
    not in the file keep their values); returns the input, the links by NIP and the problems
    found while reading the cells."""
    errors: dict[str, ServiceError] = {}
    data: EmployeeInput | None = None
    if stored is not None:
        data = replace(stored.data, kind=None)
        links = {"supervisor": stored.supervisor, "appraiser": stored.appraiser}
    else:
        links = {"supervisor": None, "appraiser": None}
    values: dict[str, Any] = {}
    for name, raw in cells.items():
        if name in _REPEATED:  # a few distinct values over many rows: read each once
            try:
                found = _SEEN.get((name, type(raw), raw), _SEEN)
                values[name] = found if found is not _SEEN else _repeated(name, raw)
                continue
            except TypeError:
                pass  # an unhashable cell: read it below
            except (ServiceError, RuleError):
                pass  # read again below, which records the problem
        try:
            if name in NIP_FIELDS:
                text = _nip_text(raw)
                if name == "nip":
                    values["nip"] = text
                else:
                    links[name] = _superior_nip(text)
            elif name in DATE_FIELDS:
                values[name] = parse_date(raw)
            elif name == "kind":
                text = plain(raw)
                values["kind"] = _KINDS.get(text.casefold(), text) or None
            elif name == "position_type":
                values[name] = _position_type(plain(raw))
            elif name == "jf_level":
                values[name] = _jf_level(plain(raw))
            elif name == "echelon":
                values[name] = _echelon(plain(raw))
            elif name == "active":
                values[name] = _status(plain(raw))
            elif name == "unit":
                values["unit_id"] = _unit_id(plain(raw), unit_ids)
            elif name == "unit_id":  # found by name (import_units) or the default unit
                values["unit_id"] = raw
            elif name in _NOT_CELLS:
                continue
            else:
                values[name] = _text_field(name, plain(raw))
        except ServiceError as err:
            # kept without its traceback: the frames would keep the caller's progress
            # callback (and the dialog behind it) alive as long as the preview lives
            errors[name] = err.with_traceback(None)
            if name == "unit":
                values["unit_id"] = None
        except RuleError as err:
            errors[name] = rule_error(err)
    if "nip" in errors:
        values["nip"] = ""
    if "nip" in cells and not values.get("nip") and "nip" not in errors:
        errors["nip"] = fail(
            N_("employee_io", "The NIP is empty: every row needs the employee's NIP / NI PPPK.")
        )
    if data is None:  # a new record: built once (replace() costs a second construction)
        return EmployeeInput(**{**_BLANK, **values}), links, errors
    return replace(data, **values), links, errors


_BLANK: dict[str, Any] = {"nip": "", "name": "", "grade": "", "unit_id": None}

_REPEATED = frozenset(
    {
        *DATE_FIELDS, "kind", "position_type", "jf_level", "echelon", "active", "grade",
        "position_name", "birth_place", "front_title", "back_title", "inactive_reason",
    }
)  # fmt: skip
"""The fields whose cells repeat over a file's rows (codes, dates, jabatan, gelar)."""
_SEEN: dict[tuple[str, type, Any], Any] = {}
_SEEN_MAX = 50_000


def _repeated(name: str, raw: Any) -> Any:
    """The value of a cell of a `_REPEATED` field, remembered by (field, type, value): the
    readers are pure, so a file of 50,000 rows reads each distinct cell once. Raises what the
    reader raises (not remembered) and TypeError for an unhashable cell."""
    key = (name, type(raw), raw)
    found = _SEEN.get(key, _SEEN)
    if found is not _SEEN:
        return found
    if name in DATE_FIELDS:
        value: Any = parse_date(raw)
    elif name == "kind":
        text = plain(raw)
        value = _KINDS.get(text.casefold(), text) or None
    elif name == "position_type":
        value = _position_type(plain(raw))
    elif name == "jf_level":
        value = _jf_level(plain(raw))
    elif name == "echelon":
        value = _echelon(plain(raw))
    elif name == "active":
        value = _status(plain(raw))
    else:
        value = _text_field(name, plain(raw))
    if len(_SEEN) >= _SEEN_MAX:
        _SEEN.clear()
    _SEEN[key] = value
    return value


_LIMITS: dict[str, Any] = {}  # field -> the database column's max_length (None: no limit)


def _text_field(name: str, text: str) -> str:
    """Free text, refused when longer than the database column holds."""
    limit = _LIMITS.get(name, _LIMITS)
    if limit is _LIMITS:
        field_ = Position.name if name == "position_name" else Employee._meta.fields.get(name)
        limit = _LIMITS[name] = getattr(field_, "max_length", None)
    if limit is None or len(text) <= limit:  # a text no longer than the limit fits as is
        return text
    length = len(" ".join(text.split()))
    if limit is not None and length > limit:
        raise fail(
            N_("employee_io", "The text has {count} characters; at most {limit} fit: shorten it."),
            count=length,
            limit=limit,
        )
    return text


def _superior_nip(text: str) -> str | None:
    return clean_nip(text) if text else None  # raises NipError naming the wrong part


def _unit_id(code: str, unit_ids: dict[str, int]) -> int | None:
    if not code:
        raise fail(N_("employee_io", "The unit code is empty: every employee needs a unit."))
    found = unit_ids.get(code.strip().upper())
    if found is None:
        raise fail(
            N_(
                "employee_io",
                "Unit code '{code}' is not in this office's register: use a code from the "
                "Petunjuk sheet of the template, or add the unit first.",
            ),
            code=code,
        )
    return found
