"""One row of a register file as HR wrote it, turned into the cells the import validates
(issue 19, point 2): combined pangkat / golongan cells, PPPK golongan in Roman or Arabic
numerals, gelar after a comma, jenis jabatan inferred from the jabatan name, SIASN's
kedudukan hukum, non-ASN rows recognised, and the warnings a clerk should look at (an
inferred value, a split name, an ambiguous date, a birth date that contradicts the NIP).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from desktop_app.errors import InputError, ServiceError
from desktop_app.i18n import N_
from desktop_app.scoring import employment_status, position_inference, register_values
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.indonesian_format import format_date
from desktop_app.scoring.nip import NipInfo, parse_nip
from desktop_app.scoring.reference import EmployeeKind, PositionType
from desktop_app.services.register.employee_columns import fail, is_blank, plain
from desktop_app.services.register.import_sources import FORMULA_WITHOUT_VALUE

_NON_ASN = re.compile(
    r"\b(honor\w*|non\s*asn|non\s*pns|gtt|ptt|gty|pty|thl|kontrak|outsourc\w*|magang|"
    r"tenaga\s+harian|sukarela\w*|p3k\s*paruh|paruh\s*waktu|bhl)\b",
    re.IGNORECASE,
)
_ROUNDED = re.compile(r"\d{15}000")
_PPPK_WORD = re.compile(r"\b(pppk|p3k)\b")
_PNS_WORD = re.compile(r"\b(c?pns)\b")
_SERIAL = re.compile(r"\d{4,5}(?:\.0+)?")
_NO_NIP = {"", "-", "--", "0", "n/a", "na", "tidak ada", "belum ada", "nihil", "x"}
_ACTIVE_WORDS = re.compile(r"\b(aktif|cpns|pns|pppk|tugas belajar|dpk|diperbantukan)\b")
_INACTIVE_WORDS = re.compile(
    r"\b(tidak aktif|non ?aktif|nonaktif|pensiun|berhenti|diberhentikan|meninggal|wafat|"
    r"mutasi keluar|pindah keluar|keluar)\b"
)
_GENDERS = {
    "l": "L", "lk": "L", "laki": "L", "laki laki": "L", "pria": "L", "male": "L", "1": "L",
    "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "female": "P", "2": "P",
    "m": "L", "f": "P",  # SIASN's JENIS_KELAMIN
}  # fmt: skip


@dataclass(slots=True)
class NormalRow:
    """A row ready for `employee_cells.row_input`: its cells by field, the problems found
    while reading them (by field), the warnings, the fields whose value was inferred, and the
    reason to skip it (a non-ASN row) or ""."""

    cells: dict[str, Any]
    problems: dict[str, ServiceError] = field(default_factory=dict)
    warnings: list[ServiceError] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)
    skip: str = ""
    nip: tuple[str, NipInfo] | None = None  # the NIP text parsed and what it says


SKIP_NO_NIP = N_("employee_io", "No NIP / NI PPPK: not an ASN (honorer or other staff).")
SKIP_NON_ASN = N_("employee_io", "The employee type '{value}' is not PNS or PPPK.")


def _text(value: Any) -> str:
    """A cell as tidy text: no SIASN apostrophe, no-break spaces and runs of blanks as one."""
    if (
        type(value) is str
        and value.isprintable()
        and value[:1] not in ("'", "=", " ")
        and value[-1:] != " "
        and "  " not in value
    ):
        return value  # the common case: already tidy
    text = plain(value)
    if text.startswith("'"):
        text = text.lstrip("'")
    if "\u00a0" in text:
        text = text.replace("\u00a0", " ")
    return " ".join(text.split()) if "  " in text or "\t" in text or "\n" in text else text


def _nip_info(row: NormalRow) -> NipInfo | None:
    text = _text(row.cells.get("nip"))
    try:
        info = parse_nip(text)
    except (RuleError, ValueError):
        return None
    row.nip = (text, info)
    return info


def normalise(raw: dict[str, Any]) -> NormalRow:
    """The cells of one row (field -> value as read) made ready for validation."""
    row = NormalRow(raw)  # the caller's fresh dict, changed in place (no copy per row)
    cells = row.cells
    if FORMULA_WITHOUT_VALUE in raw.values():
        for key, value in raw.items():
            if value is FORMULA_WITHOUT_VALUE:
                row.problems[key] = fail(
                    N_(
                        "employee_io",
                        "The cell holds a formula whose result was never saved (the file was "
                        "written by a program, not by Excel): open the file in Excel, save it "
                        "and import it again.",
                    ),
                )
                cells[key] = None
    nip_text = _text(cells.get("nip"))
    if nip_text.casefold() in _NO_NIP or (not nip_text.isdigit() and _NON_ASN.search(nip_text)):
        row.skip = SKIP_NO_NIP
        return row
    kind_text = _text(cells.pop("kind", None)) if "kind" in cells else None
    if kind_text is not None:
        kind = _kind(kind_text)
        if kind is None and kind_text and _NON_ASN.search(kind_text):
            row.skip = SKIP_NON_ASN.replace("{value}", kind_text)
            return row
        cells["kind"] = kind if kind is not None else kind_text
    if nip_text.endswith("000") and _ROUNDED.fullmatch(nip_text.replace(" ", "")):
        row.problems["nip"] = fail(
            N_(
                "employee_io",
                "The NIP {nip} ends in 000: it looks rounded by Excel, which keeps only 15 "
                "digits of a number. Format the column as Text and type the NIP again.",
            ),
            nip=nip_text,
        )
    info = _nip_info(row)
    kind_of_row = info.kind if info is not None else _as_kind(cells.get("kind"))
    if "pns_id" in cells:
        cells["pns_id"] = "".join(_text(cells["pns_id"]).split())
    _name(row)
    _legal_status(row)
    _grade(row, kind_of_row)
    _position(row)
    _dates(row)
    if info is not None:
        _against_nip(row, info)
    return row


def _kind(text: str) -> str | None:
    key = text.casefold()
    if _PPPK_WORD.search(key):
        return "PPPK"
    if _PNS_WORD.search(key) or key in ("p", "c"):
        return "PNS"
    return None


def _as_kind(value: Any) -> EmployeeKind | None:
    try:
        return EmployeeKind(value) if value else None
    except ValueError:
        return None


def _name(row: NormalRow) -> None:
    cells = row.cells
    if "name" not in cells:
        return
    written = _text(cells["name"])
    parts = register_values.split_titles(written)
    if not parts.split:
        return
    has_front = not is_blank(cells.get("front_title"))
    has_back = not is_blank(cells.get("back_title"))
    if (parts.front and has_front) or (parts.back and has_back):
        return  # the file has its own gelar columns: the name is left as written
    cells["name"] = parts.name
    if parts.front:
        cells["front_title"] = parts.front
    if parts.back:
        cells["back_title"] = parts.back
    row.warnings.append(
        fail(
            N_(
                "employee_io",
                "The titles (gelar) were split off the name '{written}': name '{name}', "
                "titles '{titles}'. Check it.",
            ),
            written=written,
            name=parts.name,
            titles=" / ".join(t for t in (parts.front, parts.back) if t),
        )
    )


def _legal_status(row: NormalRow) -> None:
    """SIASN's KEDUDUKAN HUKUM NAMA: a status of the SIASN table other than Aktif is recorded
    from the import date (`employment_status`, cell "employment_status"); a status of one no
    longer serving (Tidak Aktif, Pensiun, ...) also makes the record inactive, with the status
    as the reason; a name SIASN does not know is a warning that shows it."""
    cells = row.cells
    if "legal_status" not in cells:
        return
    text = _text(cells.pop("legal_status"))
    if not text:
        return
    code, active, warning = _legal_status_outcome(text)
    if code is not None:
        cells["employment_status"] = code
    if warning is not None:
        row.warnings.append(warning)
    if "active" in cells and not is_blank(cells["active"]):
        return
    if active:
        cells["active"] = "Aktif"
    else:
        cells["active"] = "Tidak Aktif"
        if is_blank(cells.get("inactive_reason")):
            cells["inactive_reason"] = text


@lru_cache(maxsize=256)
def _legal_status_outcome(text: str) -> tuple[str | None, bool, InputError | None]:
    """(the SIASN id to record or None, the employee is active, a warning or None)."""
    code = employment_status.code_of_name(text)
    if code == employment_status.ACTIVE:
        return None, True, None  # Aktif: what holds where nothing is recorded
    if code is not None:
        return code, int(code) < _NOT_SERVING_FROM, None
    key = text.casefold()
    active = not _INACTIVE_WORDS.search(key)  # unknown: still serving unless it says not
    if _ACTIVE_WORDS.search(key) and active and _PLAIN_ACTIVE.fullmatch(key):
        return None, True, None  # "PNS", "CPNS", "PPPK Aktif": no status to record
    return (
        None,
        active,
        fail(
            N_(
                "employee_io",
                "The kedudukan hukum '{value}' is not one of the SIASN list: nothing was "
                "recorded for it. Record the employee's kedudukan hukum in the register "
                "(Kedudukan hukum...) if it is not Aktif.",
            ),
            value=text,
        ),
    )


_NOT_SERVING_FROM = 52  # SIASN ids 52 (Tidak Aktif) and up: no longer serving in the office
_PLAIN_ACTIVE = re.compile(r"(?:c?pns|pppk|asn)?\s*(?:aktif)?")


_KEEP = object()  # an outcome that leaves the golongan cell as it is


def _grade(row: NormalRow, kind: EmployeeKind | None) -> None:
    cells = row.cells
    rank_text = _text(cells.pop("rank", None)) if "rank" in cells else ""
    grade_text = _text(cells.get("grade")) if "grade" in cells else ""
    if not rank_text and not grade_text:
        return
    code, inferred, warnings = _grade_outcome(rank_text, grade_text, kind)
    if code is not _KEEP:
        cells["grade"] = code
    if inferred:
        row.inferred.append("grade")
    if warnings:
        row.warnings.extend(warnings)


@lru_cache(maxsize=4096)  # a file repeats a few dozen golongan / pangkat cells
def _grade_outcome(
    rank_text: str, grade_text: str, kind: EmployeeKind | None
) -> tuple[Any, bool, tuple[InputError, ...]]:
    """(the golongan cell to write or _KEEP, inferred, warnings) of a pangkat and a golongan
    cell, shared by the rows that write the same (the warnings are only shown, never raised)."""
    reading = register_values.parse_grade(grade_text, kind) if grade_text else None
    if reading is None and not grade_text and rank_text:
        reading = register_values.parse_grade(rank_text, kind)
        if reading is None:
            return _KEEP, False, ()
        warning = fail(
            N_("employee_io", "The grade {grade} was taken from the rank '{rank}'."),
            grade=reading.code,
            rank=rank_text,
        )
        return reading.code, True, (warning,)
    if reading is None:
        return _KEEP, False, ()  # empty (an incomplete record) or not a golongan (validation)
    if kind is not None and reading.kind != kind:
        return _KEEP, False, ()  # a PNS golongan for a PPPK (or the reverse): validation
    written_rank = rank_text or reading.rank
    rank_code = register_values.rank_code(written_rank) if written_rank else None
    if written_rank and rank_code is not None and rank_code != reading.code:
        warning = fail(
            N_(
                "employee_io",
                "The rank '{rank}' belongs to grade {rank_grade}, but the grade is "
                "{grade}: {grade} was kept. Check which one is right.",
            ),
            rank=written_rank,
            rank_grade=rank_code,
            grade=reading.code,
        )
        return reading.code, False, (warning,)
    return reading.code, False, ()


def _position(row: NormalRow) -> None:
    cells = row.cells
    name = _text(cells.get("position_name"))
    if not name:
        return
    written = _text(cells.get("position_type"))
    outcome = _position_outcome(name, written, is_blank(cells.get("jf_level")))
    if outcome is None:
        return
    updates, inferred, warnings = outcome
    cells.update(updates)
    row.inferred.extend(inferred)
    row.warnings.extend(warnings)


@lru_cache(maxsize=4096)  # a file repeats a few hundred jabatan names
def _position_outcome(
    name: str, written: str, no_level: bool
) -> tuple[dict[str, str], tuple[str, ...], tuple[InputError, ...]] | None:
    """(cells to write, fields inferred, warnings) for a jabatan name, the jenis jabatan
    written beside it and whether the jenjang cell is empty; None leaves the cells as they
    are. Shared by the rows that write the same (the warnings are only shown, never raised)."""
    written_name = name
    ptype: PositionType | None = None
    if written:
        known, ptype = position_inference.position_type_words(written)
        if not known:
            return None  # validation names the unknown jenis jabatan
    updates: dict[str, str] = {}
    inferred: list[str] = []
    warnings: list[InputError] = []
    guess = position_inference.infer_position(name)
    if guess is not None and guess.extra_task and ptype in (None, PositionType.FUNGSIONAL):
        ptype = PositionType.FUNGSIONAL
        level = guess.jf_level
        name = position_inference.GURU + (f" {level.label}" if level is not None else "")
        updates["position_name"] = name
        inferred.append("position_type")
        warnings.append(_extra_task(name, written_name))
    if ptype is None and guess is not None:
        ptype = guess.position_type  # no column, or "Struktural": the level from the name
        inferred.append("position_type")
        warnings.append(_inferred_type(ptype, name))
    if ptype is None:
        return None
    updates["position_type"] = ptype.value
    if ptype == PositionType.FUNGSIONAL and no_level:
        level = position_inference.jenjang_of(name)
        if level is not None:
            updates["jf_level"] = level.label
            inferred.append("jf_level")
        else:
            warnings.append(no_jenjang(name))
    return updates, tuple(inferred), tuple(warnings)


@lru_cache(maxsize=1024)
def no_jenjang(name: str) -> InputError:
    """The warning on a jabatan fungsional written without its jenjang ("Guru"): the record
    is stored with the JF and the jenjang not filled in (incomplete); one object per name."""
    return fail(
        N_(
            "employee_io",
            "The position '{name}' is a functional position (jabatan fungsional) written "
            "without its level (jenjang, e.g. Ahli Pertama, Terampil): it is imported as "
            "'{name}' with the level not filled in, and the record is listed as incomplete. "
            "Choose the level in the employee form, or write it in the file (e.g. '{name} "
            "Ahli Pertama').",
        ),
        name=name,
    )


def _extra_task(guru: str, written: str) -> InputError:
    return fail(
        N_(
            "employee_io",
            "'{written}' is an additional task (tugas tambahan) of a teacher, not a position: "
            "the position is taken as the jabatan fungsional {guru}. Check it.",
        ),
        written=written,
        guru=guru,
    )


@lru_cache(maxsize=4096)
def _inferred_type(ptype: PositionType, name: str) -> InputError:
    """One warning per distinct jabatan, shared by its rows (never raised, only shown)."""
    return fail(
        N_(
            "employee_io",
            "The jenis jabatan {type} was inferred from the jabatan '{name}': check it.",
        ),
        type=ptype.label,
        name=name,
    )


def _dates(row: NormalRow) -> None:
    cells = row.cells
    for key in ("grade_since", "position_since", "birth_date"):
        value = cells.get(key)
        if not isinstance(value, str) or not value:
            continue
        serial, warning = _date_reading(value)
        if serial is not None:
            cells[key] = serial
        elif warning is not None:
            row.warnings.append(warning)


@lru_cache(maxsize=8192)  # a file repeats its dates (TMT) on many rows
def _date_reading(value: str) -> tuple[dt.date | None, InputError | None]:
    """(the date of an Excel serial number written as text, else None; the warning on an
    ambiguous day/month, else None) of a date cell's text."""
    if _SERIAL.fullmatch(value.strip()):  # an Excel serial number as text
        serial = register_values.excel_serial_date(float(value))
        if serial is not None:
            return serial, None
    readings = register_values.ambiguous_day_month(value)
    if readings is None:
        return None, None
    return None, fail(
        N_(
            "employee_io",
            "The date '{value}' was read day first, as {date}; it could also be {other}. Check it.",
        ),
        value=value.strip(),
        date=format_date(readings[0]),
        other=format_date(readings[1]),
    )


@lru_cache(maxsize=256)
def _gender_of(text: str) -> str | None:
    """L or P for a gender cell as HR writes it (Laki-laki, Pr, M, 2, ...), else None."""
    return _GENDERS.get(" ".join(re.sub(r"[^a-z0-9]+", " ", text.casefold()).split()))


def _nip_birth_texts(digits: str) -> tuple[str, ...]:
    """The ways a date cell writes the birth date of NIP digits 1-8 (yyyymmdd)."""
    year, month, day = digits[:4], digits[4:6], digits[6:8]
    return (f"{day}-{month}-{year}", f"{year}-{month}-{day}", f"{day}/{month}/{year}")


def _against_nip(row: NormalRow, info: NipInfo) -> None:
    from desktop_app.services.register.employee_cells import parse_date

    cells = row.cells
    raw = cells.pop("birth_date", None)
    if type(raw) is str and raw in _nip_birth_texts(info.nip[:8]):
        pass  # the NIP's own date written as HR does (26-09-1986, 1986-09-26): nothing to say
    elif not is_blank(raw):
        try:
            written = parse_date(raw)
        except ServiceError:
            written = None
        if isinstance(written, dt.date) and written != info.birth_date:
            row.warnings.append(
                fail(
                    N_(
                        "employee_io",
                        "The birth date {written} differs from the one in the NIP "
                        "({nip_date}): the NIP's date is kept. Check the NIP and the date.",
                    ),
                    written=format_date(written),
                    nip_date=format_date(info.birth_date),
                )
            )
    gender = _gender_of(_text(cells.pop("gender", "")))
    if gender is not None and gender != info.gender.value:
        row.warnings.append(
            fail(
                N_(
                    "employee_io",
                    "The gender {written} differs from the one in the NIP ({nip_gender}): the "
                    "NIP's is kept. Check the NIP.",
                ),
                written=gender,
                nip_gender=info.gender.value,
            )
        )
