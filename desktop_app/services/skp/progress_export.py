"""Excel export of the SKP progress list (progres penyusunan SKP) for the deadline.

`export_progress` writes the rows of `plans.progress(year, unit_ids)`: who has no SKP yet, a
draft, a submitted, an approved or a returned one, with the number of RHK and the SKP's
months ("Bulan": a transferred employee has one row per SKP), and a summary sheet
with the counts per status per unit and a total row. The column headers and status words are
Indonesian and fixed: they are the file format HR and the supervisors pass around, not
interface text. No Qt here; problems are ServiceError objects with N_-marked messages.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.scoring.nip import display_nip
from desktop_app.scoring.skp_months import MonthRange, month_range_text
from desktop_app.services import session
from desktop_app.services.session import Action, require
from desktop_app.services.skp.plans import (
    APPROVED,
    DRAFT,
    NO_PLAN,
    RETURNED,
    SUBMITTED,
    ProgressRow,
)
from desktop_app.services.xlsx import (
    Progress,
    atomic_file,
    close_sheets,
    header_cells,
    text_cell,
    text_sheet,
)

SHEET = "Progres SKP"
SUMMARY_SHEET = "Ringkasan"
HEADERS = (
    "No",
    "NIP",
    "Nama",
    "Unit Kerja",
    "Pejabat Penilai",
    "Status SKP",
    "Jumlah RHK",
    "Bulan",
    "Terlambat",
    "Dikecualikan",
)
WIDTHS = (6, 23, 36, 40, 36, 14, 12, 24, 11, 36)
STATUS_WORDS = {
    NO_PLAN: "Belum ada",
    DRAFT: "Draf",
    SUBMITTED: "Diajukan",
    APPROVED: "Disetujui",
    RETURNED: "Dikembalikan",
}
SUMMARY_STATUSES = (NO_PLAN, DRAFT, SUBMITTED, APPROVED, RETURNED)
SUMMARY_HEADERS = (
    "Unit Kerja",
    *(STATUS_WORDS[s] for s in SUMMARY_STATUSES),
    "Jumlah",
    "Terlambat",
    "Dikecualikan",
)
LATE_WORD = "Ya"  # past the batas pengisian and not approved
TOTAL_LABEL = "Jumlah"
_CHUNK = 500


def months_cell(row: ProgressRow) -> str | None:
    """The "Bulan" of a row: the SKP's months ("Januari – Juni"; a whole year "Januari –
    Desember"), none without an SKP. Built from month numbers only: never a formula."""
    if row.plan_id is None:
        return None
    return month_range_text(MonthRange(row.month_start, row.month_end))


def _check_access() -> None:
    """Reading appraisals; a supervisor exports the list of the people they appraise (which
    plans.progress already limits to them), checked against their own record."""
    current = session.current()
    require(Action.READ_APPRAISAL, current.employee_id if current is not None else None)


def export_progress(
    path: str | Path,
    rows: Sequence[ProgressRow],
    year: int,
    progress: Progress | None = None,
) -> int:
    """Write `rows` (from plans.progress) to the .xlsx file `path`: the sheet "Progres SKP"
    with one row per SKP (its months in "Bulan") and the sheet "Ringkasan" with the counts
    per unit. The file is written to `<name>.part` and renamed at the end, so a failed export
    leaves no half file. Returns the number of rows written."""
    _check_access()
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputError(
            N_("plan_io", "Export to a file ending in .xlsx, not {name}."),
            "plan_io",
            name=path.name,
        )
    with atomic_file(path) as part:
        _write(part, rows, year, progress)
    return len(rows)


def _write(part: Path, rows: Sequence[ProgressRow], year: int, progress: Progress | None) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    try:
        _fill(book, rows, year, progress)
        book.save(part)
    except BaseException:
        close_sheets(book)  # end the unfinished sheets' temporary files cleanly
        raise
    if progress is not None:
        progress(len(rows), len(rows))


def _fill(book: Any, rows: Sequence[ProgressRow], year: int, progress: Progress | None) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book.properties.title = f"Progres SKP Tahun {year}"
    sheet = text_sheet(book, SHEET)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.column_dimensions["B"].number_format = "@"
    sheet.append(header_cells(sheet, HEADERS))
    # unit id -> [unit name, count per status]; in the order the units first appear
    summary: dict[int, tuple[str, dict[str, int]]] = {}
    flags: dict[int, list[int]] = {}  # unit id -> [late, exempt]
    total = len(rows)
    for number, row in enumerate(rows, 1):
        sheet.append(
            [
                number,
                text_cell(sheet, display_nip(row.nip)),  # text: Excel would round 18 digits
                row.name,
                row.unit_name,
                row.appraiser_name or None,
                STATUS_WORDS.get(row.status, row.status),
                row.results,
                months_cell(row),
                LATE_WORD if row.late else None,
                row.exemption.reason if row.exemption is not None else None,
            ]
        )
        counts = summary.setdefault(row.unit_id, (row.unit_name, dict.fromkeys(STATUS_WORDS, 0)))
        marks = flags.setdefault(row.unit_id, [0, 0])
        marks[0] += row.late
        if row.exemption is not None:  # not counted: exempt by kedudukan hukum
            marks[1] += 1
        else:
            counts[1][row.status] = counts[1].get(row.status, 0) + 1
        if progress is not None and number % _CHUNK == 0:
            progress(number, total)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{total + 1}"

    recap = text_sheet(book, SUMMARY_SHEET)
    recap.column_dimensions["A"].width = 44
    for index in range(2, len(SUMMARY_HEADERS) + 1):
        recap.column_dimensions[get_column_letter(index)].width = 13
    title = WriteOnlyCell(recap, value=f"Progres penyusunan SKP tahun {year}")
    title.font = Font(bold=True, size=12)
    recap.append([title])
    recap.append([])
    recap.append(header_cells(recap, SUMMARY_HEADERS))
    totals = dict.fromkeys(SUMMARY_STATUSES, 0)
    for unit_id, (name, counts) in summary.items():
        line = [counts.get(status, 0) for status in SUMMARY_STATUSES]
        for status, n in zip(SUMMARY_STATUSES, line, strict=True):
            totals[status] += n
        recap.append([name, *line, sum(counts.values()), *flags[unit_id]])
    bold = Font(bold=True)
    late = sum(f[0] for f in flags.values())
    exempt = sum(f[1] for f in flags.values())
    last = [TOTAL_LABEL, *(totals[s] for s in SUMMARY_STATUSES), total - exempt, late, exempt]
    cells = []
    for value in last:
        cell = WriteOnlyCell(recap, value=value)
        cell.font = bold
        cells.append(cell)
    recap.append(cells)
