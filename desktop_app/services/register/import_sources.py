"""A register file (.xlsx or .csv) opened with hard limits, before anything trusts it.

The file must be a regular file of at most `MAX_BYTES` (`import_limits`); it is then held in
memory and its rows are read by the reader of its kind: `import_csv` (encoding and delimiter
found), `import_xlsx` (expat, streaming: the first rows, and any sheet that is not plain) or
`import_xlsx_fast` (calamine, for the whole of a plain sheet, after the limits were checked).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.i18n import N_
from desktop_app.services.register import import_limits
from desktop_app.services.register.import_csv import csv_rows, decode_text, sniff_delimiter
from desktop_app.services.register.import_limits import (
    MAX_BYTES,
    broken_file,
    column_letter,
    fail,
)
from desktop_app.services.register.import_xlsx import FORMULA_WITHOUT_VALUE, XlsxBook
from desktop_app.services.register.import_xlsx_fast import fast_rows

__all__ = [
    "FORMULA_WITHOUT_VALUE",
    "OpenedFile",
    "Row",
    "SheetSource",
    "broken_file",
    "column_letter",
    "decode_text",
    "fail",
    "open_file",
    "sniff_delimiter",
]

SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")
CSV_SUFFIXES = (".csv", ".txt")
_SNIFF = 64 * 1024

Row = tuple[int, list[Any]]  # (row number in the sheet, 1-based; the cell values)


@dataclass(frozen=True)
class SheetSource:
    """One sheet (or the one table of a CSV): its name ("" for CSV) and its zip member."""

    name: str
    member: str = ""


@dataclass
class OpenedFile:
    """A register file checked and held in memory (at most MAX_BYTES): its kind, the sheets
    and, for a CSV, the encoding and delimiter found."""

    path: Path
    data: bytes
    is_csv: bool
    sheets: tuple[SheetSource, ...]
    encoding: str = ""
    delimiter: str = ""

    def rows(self, sheet: SheetSource, whole: bool = False) -> Iterator[Row]:
        """The non-empty rows of a sheet. `whole`: all of them will be read (the fast reader
        is worth its start-up); otherwise they stream, for the first rows."""
        if self.is_csv:
            return csv_rows(self.path, self.data, self.delimiter)
        book = XlsxBook(self.path, self.data)
        if whole:
            found = fast_rows(book, self.data, sheet.name, sheet.member)
            if found is not None:
                return found
        return book.rows(sheet.name, sheet.member)


def open_file(path: Path, max_bytes: int | None = None) -> OpenedFile:
    """Check and read a register file; raises InputError with what to do about it."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise fail(
            N_(
                "employee_io",
                "{name} is not an .xlsx or .csv file. In Excel use Save As and choose "
                "'Excel Workbook (*.xlsx)' or 'CSV'.",
            ),
            name=path.name,
        )
    data = import_limits.read_regular(path, MAX_BYTES if max_bytes is None else max_bytes)
    if suffix in CSV_SUFFIXES:
        encoding, text = decode_text(data)
        return OpenedFile(
            path, data, True, (SheetSource(""),), encoding, sniff_delimiter(text[:_SNIFF])
        )
    sheets = tuple(SheetSource(name, member) for name, member in XlsxBook.check(path, data))
    return OpenedFile(path, data, False, sheets)
