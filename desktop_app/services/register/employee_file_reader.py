"""Reading an employee file (.xlsx or .csv) into raw rows by column: the size and row limits,
Excel's and CSV's quirks, and the header row found below any title rows.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.services.register.employee_columns import (
    CHUNK,
    COLUMN_BY_FIELD,
    HELP_SHEET,
    SHEET,
    Header,
    Progress,
    column_letter,
    fail,
    is_blank,
    read_header,
)
from desktop_app.services.xlsx import FORMULA_STARTS

MAX_ROWS = 100_000
MAX_BYTES = 50 * 1024 * 1024
_HEADER_SEARCH = 10  # rows looked at for the column names (title rows may come first)


@dataclass
class Source:
    """The cells of a file by field (only the columns it has), kept so that `apply_import`
    can validate them again."""

    rows: list[tuple[int, dict[str, Any]]]


def _file_error(path: Path, reason: str) -> InputError:
    return fail(
        N_(
            "employee_io",
            "The file {name} could not be read ({reason}). Open it in Excel and save it again "
            "as an Excel workbook (.xlsx) or CSV.",
        ),
        name=path.name,
        reason=reason,
    )


def _check_file(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise fail(
            N_(
                "employee_io",
                "{name} is not an .xlsx or .csv file. In Excel use Save As and choose "
                "'Excel Workbook (*.xlsx)' or 'CSV'.",
            ),
            name=path.name,
        )
    try:
        size = path.stat().st_size
    except OSError as err:
        raise fail(
            N_("employee_io", "The file {name} could not be opened: {reason}"),
            name=path.name,
            reason=err.strerror or str(err),
        ) from err
    if size > MAX_BYTES:
        raise fail(
            N_(
                "employee_io",
                "The file {name} is {size} MB; files up to {limit} MB can be imported. "
                "Split it into smaller files.",
            ),
            name=path.name,
            size=round(size / 1024 / 1024, 1),
            limit=MAX_BYTES // 1024 // 1024,
        )


def _xlsx_rows(path: Path) -> Iterator[tuple[int, Sequence[Any]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about features it drops
            book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise _file_error(path, str(err) or type(err).__name__) from err
    try:
        names = book.sheetnames
        sheet = book[SHEET] if SHEET in names else None
        if sheet is None:
            others = [n for n in names if n != HELP_SHEET]
            sheet = book[others[0] if others else names[0]]
        sheet.reset_dimensions()  # some programs write wrong dimensions; read every row
        yield from enumerate(sheet.iter_rows(values_only=True), 1)
    finally:
        book.close()


def _csv_rows(path: Path) -> Iterator[tuple[int, Sequence[Any]]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's "CSV" is ANSI on Windows
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for number, row in enumerate(reader, 1):
        yield number, [_unquoted(cell) for cell in row]


def _unquoted(cell: str) -> str:
    """A cell our CSV export quoted against formulas ("'=x") reads back as typed ("=x")."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def _missing_columns(missing: list[str]) -> InputError:
    return fail(
        N_(
            "employee_io",
            "The file has no column {columns}. The first row must hold the column names: "
            "save a blank template from the app and copy the data into it.",
        ),
        columns=", ".join(missing),
    )


def load_rows(path: Path, progress: Progress | None) -> tuple[Source, list[str]]:
    """The header mapping and the non-empty data rows of a file (cells still raw)."""
    _check_file(path)
    suffix = path.suffix.lower()
    rows_iter = _csv_rows(path) if suffix in (".csv", ".txt") else _xlsx_rows(path)
    mapping: dict[str, int] | None = None
    ignored: list[str] = []
    rows: list[tuple[int, dict[str, Any]]] = []
    tried: list[Header] = []
    try:
        for number, values in rows_iter:
            if all(is_blank(v) for v in values):
                continue
            if mapping is None:  # the header; title rows above it are skipped
                header = read_header(values)
                tried.append(header)
                if header.missing and len(tried) < _HEADER_SEARCH:
                    continue
                if header.missing:
                    break
                if header.doubled:
                    name, first, second = header.doubled[0]
                    raise fail(
                        N_(
                            "employee_io",
                            "The column {column} appears twice (columns {first} and {second}): "
                            "keep one.",
                        ),
                        column=name,
                        first=column_letter(first),
                        second=column_letter(second),
                    )
                mapping, ignored = header.mapping, header.ignored
                continue
            cells = {
                name: (values[index] if index < len(values) else None)
                for name, index in mapping.items()
                if not COLUMN_BY_FIELD[name].informative
            }
            if all(is_blank(v) for v in cells.values()):
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise fail(
                    N_(
                        "employee_io",
                        "The file has more than {limit} rows: split it into files of at most "
                        "{limit} rows.",
                    ),
                    limit=MAX_ROWS,
                )
            if progress is not None and len(rows) % CHUNK == 0:
                progress(len(rows), 0)
    except csv.Error as err:
        raise _file_error(path, str(err)) from err
    finally:
        close = getattr(rows_iter, "close", None)
        if close is not None:
            close()
    if mapping is None and tried:
        raise _missing_columns(min((h.missing for h in tried), key=len))
    if mapping is None:
        raise fail(
            N_(
                "employee_io",
                "The file {name} is empty. Save a blank template from the app, fill it in and "
                "import that.",
            ),
            name=path.name,
        )
    return Source(rows), ignored
