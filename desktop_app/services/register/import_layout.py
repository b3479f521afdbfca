"""The layout of a register file before it is imported (pemetaan kolom): which sheet, which
header row(s), and which column fills which field of the register.

HR brings the files it has: SIASN "Data Utama" exports, SIMPEG templates, e-Kinerja lists, a
school's or an office's own staff list. `detect_layout` finds the sheet with the most
recognised headers, the header row within the first `HEADER_SEARCH` rows (one or two rows deep,
for merged headers) and maps each column by the synonym table of `import_synonyms`, or by the
mapping the user confirmed for a file with the same headers before (`remember_mapping`). The
import dialog and the CLI show it, let the user change any column, then call
`employee_import_preview.read_file(path, mapping=layout.mapping, sheet=layout.sheet, ...)`.

A mapping is `dict[int, str]`: 0-based column index -> field key (`TARGET_FIELDS`); a column
left out is ignored. No Qt: labels are msgids in the context "employee_io" (`LABEL_CONTEXT`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from peewee import PeeweeException

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.services.register import import_sources
from desktop_app.services.register.import_sources import (
    FORMULA_WITHOUT_VALUE,
    OpenedFile,
    SheetSource,
    column_letter,
    fail,
)
from desktop_app.services.register.import_synonyms import (
    LABEL_CONTEXT,
    TARGET_FIELDS,
    TargetField,
    field_for_header,
    header_key,
    target_field,
)

__all__ = [
    "LABEL_CONTEXT",
    "TARGET_FIELDS",
    "ColumnMapping",
    "FileLayout",
    "LayoutColumn",
    "MatchKind",
    "SheetSummary",
    "TargetField",
    "detect_layout",
    "mapping_from_pairs",
    "remember_mapping",
    "remembered_mapping",
    "target_field",
    "target_fields",
]

HEADER_SEARCH = 20  # rows looked at for the header (title rows may come first)
SAMPLES = 5
_SETTING_PREFIX = "employee_import_mapping:"

ColumnMapping = dict[int, str]
"""0-based column index -> field key of TARGET_FIELDS; columns left out are ignored."""


class MatchKind(StrEnum):
    """How a column's field was found."""

    EXACT = "exact"  # the header is our own template's header or the field key
    SYNONYM = "synonym"  # a known header of SIASN, SIMPEG, e-Kinerja or a common spelling
    REMEMBERED = "remembered"  # the user mapped a file with the same headers before
    MANUAL = "manual"  # changed in the dialog or by --map


@dataclass(frozen=True)
class LayoutColumn:
    """One column of the header: its 0-based index and letter, the header text (both rows of
    a two-row header joined by " / "), up to 5 sample values below it, and its field."""

    index: int
    letter: str
    header: str
    samples: tuple[str, ...]
    field: str | None
    match: MatchKind | None


@dataclass(frozen=True)
class SheetSummary:
    """A sheet of the file and how many of its headers were recognised."""

    name: str
    recognised: int


@dataclass(frozen=True)
class FileLayout:
    """What `detect_layout` found. `sheet` is "" for a CSV; `header_row` is 1-based and the
    data start below its `header_depth` (1 or 2) rows. `signature` names the header for the
    remembered mapping."""

    path: Path
    sheets: tuple[SheetSummary, ...]
    sheet: str
    header_row: int
    header_depth: int
    columns: tuple[LayoutColumn, ...]
    signature: str
    encoding: str = ""  # CSV only: utf-8, utf-8-sig or cp1252
    delimiter: str = ""  # CSV only

    @property
    def mapping(self) -> ColumnMapping:
        """The field of each mapped column (index -> field key)."""
        return {c.index: c.field for c in self.columns if c.field is not None}

    @property
    def data_start(self) -> int:
        """The first row number (1-based) below the header."""
        return self.header_row + self.header_depth

    @property
    def recognised(self) -> tuple[LayoutColumn, ...]:
        return tuple(c for c in self.columns if c.field is not None)

    @property
    def unrecognised(self) -> tuple[LayoutColumn, ...]:
        return tuple(c for c in self.columns if c.field is None and c.header)

    def missing_required(self, mapping: Mapping[int, str] | None = None) -> list[TargetField]:
        """The required fields (NIP, name) that no column fills."""
        used = set((self.mapping if mapping is None else mapping).values())
        return [f for f in TARGET_FIELDS if f.required and f.key not in used]

    def with_changes(self, changes: Mapping[int, str | None]) -> ColumnMapping:
        """This layout's mapping with some columns changed (None: ignore the column)."""
        result = dict(self.mapping)
        for index, key in changes.items():
            if key is None:
                result.pop(index, None)
            else:
                result[index] = key
        return result

    def column(self, index: int) -> LayoutColumn | None:
        return next((c for c in self.columns if c.index == index), None)


def target_fields() -> tuple[TargetField, ...]:
    """The fields a column can fill, in the order the mapping step lists them."""
    return TARGET_FIELDS


@dataclass
class _Candidate:
    sheet: SheetSource
    row: int
    depth: int
    headers: list[str]
    fields: list[tuple[str | None, MatchKind | None]] = field(default_factory=list)

    @property
    def score(self) -> int:
        return len({f for f, _ in self.fields if f is not None})


def _text(value: Any) -> str:
    from desktop_app.services.register.employee_columns import plain

    if value is FORMULA_WITHOUT_VALUE:
        return ""
    return " ".join(plain(value).lstrip("'").split())


def _headers(first: list[Any], second: list[Any] | None) -> list[str]:
    """The column headers of one header row, or of two rows of a merged header: the upper
    cell of a merged group is carried right over the columns it spans."""
    width = max(len(first), len(second or []))
    tops = [_text(first[i]) if i < len(first) else "" for i in range(width)]
    if second is None:
        return tops
    bottoms = [_text(second[i]) if i < len(second) else "" for i in range(width)]
    carried: list[str] = []
    last = ""
    for i in range(width):
        if tops[i]:
            last = tops[i]
        elif not bottoms[i]:
            last = ""
        carried.append(tops[i] or (last if bottoms[i] else ""))
    return [
        f"{t} / {b}" if t and b and t != b else (t or b)
        for t, b in zip(carried, bottoms, strict=True)
    ]


def _match(header: str) -> tuple[str | None, MatchKind | None]:
    if not header:
        return None, None
    parts = [header]
    if " / " in header:
        # "Kelahiran / Tanggal", "Golongan / TMT": the two rows read as one header first.
        top, bottom = header.rsplit(" / ", 1)
        parts += [f"{bottom} {top}", f"{top} {bottom}", *reversed(header.split(" / "))]
    for part in parts:
        found = field_for_header(part)
        if found is not None:
            return found
    return None, None


def _assign(headers: list[str]) -> list[tuple[str | None, MatchKind | None]]:
    """Each header's field; a field goes to its first column only (a second "NIP" column is
    most often the atasan's, which has its own header)."""
    used: set[str] = set()
    result: list[tuple[str | None, MatchKind | None]] = []
    for header in headers:
        key, kind = _match(header)
        if key is not None and key in used:
            key, kind = None, None
        if key is not None:
            used.add(key)
        result.append((key, kind))
    return result


def _candidates(sheet: SheetSource, rows: list[tuple[int, list[Any]]]) -> list[_Candidate]:
    found: list[_Candidate] = []
    by_number = dict(rows)
    for number, values in rows:
        if number > HEADER_SEARCH:
            break
        one = _Candidate(sheet, number, 1, _headers(values, None))
        one.fields = _assign(one.headers)
        found.append(one)
        below = by_number.get(number + 1)
        if below is not None and not _holds_a_nip(below):
            two = _Candidate(sheet, number, 2, _headers(values, below))
            two.fields = _assign(two.headers)
            if two.score > one.score:
                found.append(two)
    return found


_NIP_LIKE = re.compile(r"\d{15,}")


def _holds_a_nip(values: list[Any]) -> bool:
    """A row with a NIP-like number in it is data, never the second row of a header (a name
    with an unquoted comma, "BUDI, S.Pd", gives the first data row one cell more than the
    header, which would otherwise read as a header row below it)."""
    return any(_NIP_LIKE.fullmatch("".join(_text(v).split()).lstrip("'")) for v in values)


def _head_rows(opened: OpenedFile, sheet: SheetSource, count: int) -> list[tuple[int, list[Any]]]:
    rows: list[tuple[int, list[Any]]] = []
    iterator = opened.rows(sheet)
    try:
        for number, values in iterator:
            if number > count:
                break
            if any(_text(v) for v in values):
                rows.append((number, values))
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()
    return rows


def signature_of(headers: Iterable[str]) -> str:
    """A digest of the headers (loosely compared) that names a file layout."""
    text = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]


def detect_layout(path: str | Path, sheet: str | None = None) -> FileLayout:
    """Open a register file and find its layout; raises InputError for a file that cannot be
    used (not readable, too big, a special file) or a sheet that does not exist. A file whose
    headers are not recognised still gets a layout (the user maps the columns)."""
    return layout_of(import_sources.open_file(Path(path)), sheet)


def layout_of(opened: OpenedFile, sheet: str | None = None) -> FileLayout:
    """`detect_layout` of a file already opened (the import reads the file once)."""
    path = opened.path
    sheets = opened.sheets
    if sheet:
        chosen = [s for s in sheets if s.name == sheet]
        if not chosen:
            raise fail(
                N_("employee_io", "The workbook has no sheet {sheet}; its sheets: {names}."),
                sheet=sheet,
                names=", ".join(s.name for s in sheets),
            )
        looked = chosen
    else:
        looked = list(sheets)
    heads = {s: _head_rows(opened, s, HEADER_SEARCH + 1 + SAMPLES) for s in looked}
    best: _Candidate | None = None
    summaries: list[SheetSummary] = []
    for s in sheets:
        if s not in heads:
            summaries.append(SheetSummary(s.name, 0))
            continue
        options = _candidates(s, heads[s])
        # the most recognised headers; on a tie one header row rather than two
        top = max(options, key=lambda c: (c.score, c.depth == 1), default=None)
        summaries.append(SheetSummary(s.name, top.score if top else 0))
        if top is not None and (best is None or top.score > best.score):
            best = top
    if best is None:
        target = looked[0]
        if not heads[target]:
            raise fail(
                N_(
                    "employee_io",
                    "The file {name} is empty. Save a blank template from the app, fill it in "
                    "and import that.",
                ),
                name=path.name,
            )
        first = heads[target][0]
        best = _Candidate(target, first[0], 1, _headers(first[1], None))
        best.fields = _assign(best.headers)
    return _layout(opened, best, heads[best.sheet], tuple(summaries))


_DATE_KEYS = frozenset({"grade_since", "position_since", "birth_date"})
_SERIAL = re.compile(r"\d{4,5}(?:\.0+)?")


def _sample(value: Any, key: str | None) -> str:
    """A sample value as the clerk knows it: a date cell, or an Excel serial number in a date
    column (45994), as "3 Desember 2026"; anything else as text."""
    from desktop_app.scoring.indonesian_format import format_date
    from desktop_app.scoring.register_values import excel_serial_date

    if isinstance(value, dt.datetime):
        return format_date(value.date())
    if isinstance(value, dt.date):
        return format_date(value)
    text = _text(value)
    if key in _DATE_KEYS and _SERIAL.fullmatch(text):
        day = excel_serial_date(float(text))
        if day is not None:
            return format_date(day)
    return text


def _layout(
    opened: OpenedFile,
    best: _Candidate,
    rows: list[tuple[int, list[Any]]],
    summaries: tuple[SheetSummary, ...],
) -> FileLayout:
    start = best.row + best.depth
    data = [values for number, values in rows if number >= start][:SAMPLES]
    signature = signature_of(best.headers)
    remembered = remembered_mapping(signature)
    columns: list[LayoutColumn] = []
    for index, header in enumerate(best.headers):
        key, kind = best.fields[index]
        if remembered is not None:
            key = remembered.get(index)
            kind = MatchKind.REMEMBERED if key is not None else None
        samples = tuple(
            text for values in data if index < len(values) and (text := _sample(values[index], key))
        )
        if not header and not samples and key is None:
            continue
        columns.append(LayoutColumn(index, column_letter(index), header, samples, key, kind))
    return FileLayout(
        opened.path,
        summaries,
        best.sheet.name,
        best.row,
        best.depth,
        tuple(columns),
        signature,
        opened.encoding,
        opened.delimiter,
    )


def remembered_mapping(signature: str) -> ColumnMapping | None:
    """The mapping the user confirmed for a file with these headers, if any."""
    from desktop_app.services import settings

    try:
        stored = settings.get(_SETTING_PREFIX + signature)
    except (PeeweeException, sqlite3.Error, AttributeError):
        return None  # no database open (peewee's unset proxy raises AttributeError)
    if not isinstance(stored, dict):
        return None
    valid = {f.key for f in TARGET_FIELDS}
    return {int(k): v for k, v in stored.items() if str(k).isdigit() and v in valid}


def remember_mapping(layout: FileLayout, mapping: Mapping[int, str]) -> None:
    """Keep the confirmed mapping for files with the same headers (stored in the database's
    settings, so every user of the office gets it)."""
    from desktop_app.services import settings
    from desktop_app.services.session import Action, require

    require(Action.WRITE_REGISTER)
    valid = {f.key for f in TARGET_FIELDS}
    settings.put(
        _SETTING_PREFIX + layout.signature,
        {str(i): k for i, k in sorted(mapping.items()) if k in valid},
    )


def mapping_from_pairs(layout: FileLayout, pairs: Iterable[str]) -> ColumnMapping:
    """The layout's mapping changed by "HEADER=field" texts (the CLI's --map): HEADER is a
    header as written (loosely compared) or a column letter; field a key of TARGET_FIELDS, or
    empty / "-" / "ignore" to leave the column out. Raises InputError naming a wrong pair."""
    changes: dict[int, str | None] = {}
    keys = {f.key for f in TARGET_FIELDS}
    for pair in pairs:
        header, sep, key = pair.rpartition("=")
        header, key = header.strip(), key.strip()
        if not sep or not header:
            raise fail(
                N_("employee_io", "'{pair}' is not HEADER=field (e.g. \"UNOR NAMA=unit_name\")."),
                pair=pair,
            )
        column = next(
            (c for c in layout.columns if header_key(c.header) == header_key(header)), None
        ) or next((c for c in layout.columns if c.letter == header.upper()), None)
        if column is None:
            raise fail(
                N_("employee_io", "The file has no column '{header}'; its columns: {names}."),
                header=header,
                names=", ".join(c.header or c.letter for c in layout.columns),
            )
        if key.casefold() in ("", "-", "ignore", "none"):
            changes[column.index] = None
        elif key in keys:
            changes[column.index] = key
        else:
            raise fail(
                N_("employee_io", "'{field}' is not a field; the fields: {names}."),
                field=key,
                names=", ".join(sorted(keys)),
            )
    return layout.with_changes(changes)


def describe_columns(layout: FileLayout) -> InputError:
    """A refusal that names the sheet and header row read and the columns recognised and not."""
    return fail(
        N_(
            "employee_io",
            "Sheet {sheet}, header row {row}: recognised {found}; not recognised {unknown}. "
            "Map the columns or fix the header row.",
        ),
        sheet=layout.sheet or "CSV",
        row=layout.header_row,
        found=", ".join(f"{c.header} ({c.field})" for c in layout.recognised) or "-",
        unknown=", ".join(c.header for c in layout.unrecognised) or "-",
    )
