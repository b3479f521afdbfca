"""Reading an employee file (.xlsx or .csv) into rows by field: the layout (sheet, header
row, column mapping: `import_layout`), the limits (`import_sources`), each row read as HR
writes it (`import_rows`) and non-ASN rows set aside.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.services.register import import_layout, import_sources
from desktop_app.services.register.employee_columns import (
    CHUNK,
    Progress,
    fail,
    header_of,
    is_blank,
    plain,
)
from desktop_app.services.register.import_layout import FileLayout, LayoutColumn
from desktop_app.services.register.import_rows import NormalRow, normalise
from desktop_app.services.register.import_synonyms import (
    TARGET_FIELDS,
    field_for_header,
    header_key,
)

MAX_ROWS = 100_000
MAX_BYTES = 50 * 1024 * 1024
_HEADER_SEARCH = 20  # rows looked at for the column names (title rows may come first)


@dataclass
class SkippedRow:
    """A row that is not imported and not an error: a non-ASN staff member (no NIP, or an
    employee type such as Honorer). `reason` is a msgid in the context "employee_io"."""

    row: int
    name: str
    reason: str


@dataclass
class Source:
    """The cells of a file by field (only the mapped columns), already read as HR writes
    them (`import_rows`), kept so that `apply_import` can validate them again. `extras[i]`
    holds the problems, warnings and inferred fields of `rows[i]`; `headers` the file's own
    header of each field, which the row problems name."""

    rows: list[tuple[int, dict[str, Any]]]
    extras: list[NormalRow] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    layout: FileLayout | None = None
    mapping: dict[int, str] = field(default_factory=dict)


def _missing_columns(layout: FileLayout, missing: list[str]) -> InputError:
    found = ", ".join(f"{c.header or c.letter}" for c in layout.recognised) or "-"
    unknown = ", ".join(c.header for c in layout.unrecognised) or "-"
    return fail(
        N_(
            "employee_io",
            "The file has no column {columns}. Read sheet {sheet}, header row {row}: "
            "recognised {found}; not recognised {unknown}. Map the columns, or save a blank "
            "template from the app and copy the data into it.",
        ),
        columns=", ".join(missing),
        sheet=layout.sheet or "CSV",
        row=layout.header_row,
        found=found,
        unknown=unknown,
    )


def _shifted(cells: int, width: int, delimiter: str) -> InputError:
    """A CSV row with more cells than the header: a value holding the delimiter without
    quotes ("BUDI, S.Pd") moved the cells after it one column to the right."""
    return fail(
        N_(
            "employee_io",
            "The row has {cells} cells, the header {width}: a value that holds the separator "
            "'{delimiter}' without quotes (e.g. a name with its gelar, 'BUDI, S.Pd') moved the "
            "cells after it into the wrong columns. Put that value in double quotes, or open "
            "the file in Excel and save it again as CSV.",
        ),
        cells=cells,
        width=width,
        delimiter="TAB" if delimiter == "\t" else delimiter,
    )


def _doubled(layout: FileLayout, mapping: dict[int, str]) -> None:
    """The same header written twice over columns the automatic mapping would both use."""
    seen: dict[str, LayoutColumn] = {}
    for column in layout.columns:
        key = header_key(column.header)
        if not key:
            continue
        if key in seen and field_for_header(column.header) is not None:
            first = seen[key]
            if first.index in mapping:
                raise fail(
                    N_(
                        "employee_io",
                        "The column {column} appears twice (columns {first} and {second}): "
                        "keep one.",
                    ),
                    column=first.header,
                    first=first.letter,
                    second=column.letter,
                )
        seen.setdefault(key, column)


def load_rows(
    path: Path,
    progress: Progress | None,
    *,
    mapping: Mapping[int, str] | None = None,
    sheet: str | None = None,
    layout: FileLayout | None = None,
) -> tuple[Source, list[str]]:
    """The mapped, non-empty data rows of a file (cells read as HR writes them, not yet
    checked against the register) and the headers of the columns left out."""
    opened = import_sources.open_file(path, max_bytes=MAX_BYTES)
    if layout is None or layout.path != path:
        layout = import_layout.layout_of(opened, sheet)
    automatic = mapping is None
    chosen = dict(layout.mapping if mapping is None else mapping)
    if automatic:
        _doubled(layout, chosen)
    used = set(chosen.values())
    missing = [f.label for f in TARGET_FIELDS if f.required and f.key not in used]
    if missing:
        raise _missing_columns(layout, missing)
    headers: dict[str, str] = {}
    for index, key in chosen.items():
        column = layout.column(index)
        headers.setdefault(key, (column.header if column and column.header else header_of(key)))
    ignored = [c.header for c in layout.columns if c.index not in chosen and c.header]
    target = next(s for s in opened.sheets if s.name == layout.sheet)
    source = Source([], [], [], headers, layout, chosen)
    start = layout.data_start
    width = len(layout.columns) if opened.is_csv else 0  # cells beyond it shift a CSV row
    iterator = opened.rows(target, whole=True)
    try:
        for number, values in iterator:
            if number < start or all(is_blank(v) for v in values):
                continue
            raw = {
                key: (values[index] if index < len(values) else None)
                for index, key in chosen.items()
            }
            if all(is_blank(v) for v in raw.values()):
                continue
            normal = normalise(raw)
            if normal.skip:
                name = " ".join(plain(raw.get("name")).split())
                source.skipped.append(SkippedRow(number, name, normal.skip))
                continue
            if width and len(values) > width and not all(is_blank(v) for v in values[width:]):
                normal.problems.setdefault("row", _shifted(len(values), width, opened.delimiter))
            source.rows.append((number, normal.cells))
            source.extras.append(normal)
            if len(source.rows) > MAX_ROWS:
                raise fail(
                    N_(
                        "employee_io",
                        "The file has more than {limit} rows: split it into files of at most "
                        "{limit} rows.",
                    ),
                    limit=MAX_ROWS,
                )
            if progress is not None and len(source.rows) % CHUNK == 0:
                progress(len(source.rows), 0)
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()
    return source, ignored
