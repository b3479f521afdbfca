"""Shared pieces of the Excel and CSV exports: the atomic file write, the one cell writer of
every export (text stays text, never a formula: `text_sheet`, `csv_writer`), header and text
cells of openpyxl write-only sheets, saving a workbook cleanly, the Indonesian date of office
documents and the progress / cancel contract of long exports.

Formula injection (OWASP "CSV injection"): a name typed as `=HYPERLINK(...)` must reach Excel
as the text the user typed. In xlsx every text cell is written with the string type, so no
spreadsheet evaluates it; in CSV, where a cell has no type, a text that begins with `=`, `+`,
`-`, `@`, a tab or a carriage return gets a leading single quote. Real numbers stay numbers.

The contract of a long export: `progress(done, total)` is called every few hundred rows and
may raise to cancel (the GUI's `views.tasks.run_task` passes one that raises `Cancelled`);
`cancelled()` is polled at the same moments and, when it answers True, the export stops with
ExportCancelled. Either way nothing is left at the target path and a file already there is
untouched. No Qt here.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop_app.errors import InputError, ServiceError
from desktop_app.files import atomic_path
from desktop_app.i18n import N_
from desktop_app.scoring.indonesian_format import format_date

Progress = Callable[[int, int], None]
"""progress(done, total): total 0 means "not known yet". It may raise to cancel the work."""

CancelCheck = Callable[[], bool]
"""cancelled() -> True to stop the work (polled between chunks of rows)."""

CHUNK = 500
HEADER_FILL = "DDEBF7"


class ExportCancelled(ServiceError):
    """`cancelled()` answered True: the export stopped and wrote nothing."""

    def __init__(self) -> None:
        super().__init__(N_("xlsx", "The export was cancelled; nothing was written."), "xlsx")


@contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """Write to `<path>.part`, flush to disk, then rename: a stick pulled out mid-write leaves
    no file that looks complete, and a failed or cancelled write leaves a file already at
    `path` as it was. An OSError becomes an InputError that says what to do."""
    try:
        with atomic_path(path) as part:
            yield part
    except OSError as err:
        raise InputError(
            N_(
                "xlsx",
                "Could not write {path}: {reason}. If the file is open in Excel, close it and "
                "try again; otherwise choose another folder.",
            ),
            "xlsx",
            path=str(path),
            reason=err.strerror or str(err),
        ) from err


def xlsx_path(path: str | Path) -> Path:
    """The target of an Excel export; InputError unless it ends in .xlsx."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputError(
            N_("xlsx", "Export to a file ending in .xlsx, not {name}."), "xlsx", name=path.name
        )
    return path


def write_workbook(path: Path, steps: Steps, fill: Callable[[Any, Steps], None]) -> None:
    """`fill(book, steps)` into a write-only workbook saved atomically at `path`; the last
    chance to cancel is just before the file is kept."""
    from openpyxl import Workbook

    with atomic_file(path) as part:
        book = Workbook(write_only=True)
        try:
            fill(book, steps)
            steps.check(steps.total)
            book.save(part)
        except BaseException:
            close_sheets(book)
            raise


def close_sheets(book: Any) -> None:
    """End the temporary files of a write-only workbook that will not be saved."""
    for sheet in book.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()


def header_cells(sheet: Any, headers: Sequence[str]) -> list[Any]:
    """Bold, shaded header cells for `sheet.append`."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cells.append(cell)
    return cells


def text_cell(sheet: Any, value: str) -> Any:
    """A cell Excel keeps as text: an 18-digit NIP is not rounded, "=..." is not a formula,
    "09" keeps its zero."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    cell.number_format = "@"
    return cell


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Leading characters a spreadsheet may read as the start of a formula (OWASP)."""


def safe_cell(sheet: Any, value: Any) -> Any:
    """`value` as it may go into `sheet.append`: a text (or a cell holding one) is stored as
    a string, never as a formula; numbers, dates, None and other cells pass unchanged."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell

    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    if isinstance(value, Cell) and isinstance(value.value, str):
        value.data_type = "s"
    return value


class TextSheet:
    """A worksheet whose `append` stores every text as text (see `safe_cell`); everything
    else (column widths, freeze panes, filters) is the worksheet's own."""

    def __init__(self, sheet: Any) -> None:
        object.__setattr__(self, "_sheet", sheet)

    def append(self, values: Sequence[Any]) -> None:
        self._sheet.append([safe_cell(self._sheet, v) for v in values])

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sheet, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._sheet, name, value)


def text_sheet(book: Any, title: str) -> TextSheet:
    """A new sheet of `book` that every export writes through: no text becomes a formula."""
    return TextSheet(book.create_sheet(title))


def csv_text(value: Any) -> Any:
    """A CSV cell: a text a spreadsheet would read as a formula gets a leading `'` (OWASP);
    numbers stay numbers, None is an empty cell."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeCsvWriter:
    """`csv.writer` whose rows go through `csv_text`: the one CSV writer of the exports."""

    def __init__(self, fh: Any, **options: Any) -> None:
        self._writer = csv.writer(fh, **options)

    def writerow(self, row: Sequence[Any]) -> None:
        self._writer.writerow([csv_text(v) for v in row])


def csv_writer(fh: Any, **options: Any) -> SafeCsvWriter:
    """The CSV writer every export uses (options as `csv.writer`)."""
    return SafeCsvWriter(fh, **options)


def styled_cells(sheet: Any, values: Sequence[Any], *, bold: bool = False, size: int = 11) -> list:
    """Cells with a font (a title line, a total row)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    font = Font(bold=bold, size=size)
    cells = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=value)
        cell.font = font
        cells.append(cell)
    return cells


def set_widths(sheet: Any, widths: Sequence[float], text_columns: Sequence[int] = ()) -> None:
    """Column widths from column A on; `text_columns` (1-based) are formatted as text."""
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for index in text_columns:
        sheet.column_dimensions[get_column_letter(index)].number_format = "@"


def indonesian_date(day: dt.date) -> str:
    """A date as office documents print it: "22 November 2026"."""
    return format_date(day)


class Steps:
    """Progress and cancellation of one export of `total` rows. `check(done)` polls
    `cancelled` (ExportCancelled when it answers True) and reports `progress(done, total)`;
    the exports call it before writing, every CHUNK rows through `tick(done)`, and with
    `done == total` just before the workbook is saved."""

    def __init__(
        self, total: int, progress: Progress | None = None, cancelled: CancelCheck | None = None
    ) -> None:
        self.total = total
        self.progress = progress
        self.cancelled = cancelled

    def check(self, done: int = 0) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(done, self.total)

    def tick(self, done: int) -> None:
        if done % CHUNK == 0:
            self.check(done)
