"""Excel export of the office's development for a year (issue #7, item 4): the employees with
their IDP, JP planned and done against 20 JP, budget and follow-up; the totals per unit; and
the recap of kebutuhan dan rencana pengembangan kompetensi (Renbangkom) per unit.

The headers and words are Indonesian and fixed: the file is an office document (as in
evaluation_io). Codes are exported beside their labels (domain.md §0.1): the jenis diklat id
next to its name, the predikat key next to its label. Only the employees the signed-in user
may see; written atomically, with the progress / cancel contract of `services.xlsx`. No Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop_app.scoring import MIN_JP_PER_YEAR
from desktop_app.scoring import idp as rules
from desktop_app.scoring.indonesian_format import MONTHS
from desktop_app.scoring.nip import display_nip
from desktop_app.services import office, session
from desktop_app.services.development import office_view as development_office
from desktop_app.services.development.idp import STATUS_WORDS
from desktop_app.services.development.office_view import OfficeRow, RecapRow, UnitTotal
from desktop_app.services.session import Action, require
from desktop_app.services.xlsx import (
    CancelCheck,
    Progress,
    Steps,
    header_cells,
    indonesian_date,
    set_widths,
    styled_cells,
    text_cell,
    text_sheet,
    write_workbook,
    xlsx_path,
)

EMPLOYEE_SHEET = "Pengembangan Pegawai"
UNIT_SHEET = "Rekap Unit"
RECAP_SHEET = "Renbangkom"
TITLE_ROWS = 4  # office, title, date of export, a blank line; the column headers follow
EMPLOYEE_HEADERS = (
    "No",
    "NIP",
    "Nama",
    "Unit Kerja",
    "Pejabat Penilai",
    "Status IDP",
    "IDP Wajib",
    "Predikat Terakhir (Kode)",
    "Predikat Terakhir",
    "Predikat Buruk Berturut-turut",
    "Saran Tindak Lanjut",
    "Kegiatan Direncanakan",
    "JP Direncanakan",
    "Kegiatan Terlaksana",
    "JP Terealisasi",
    f"Kekurangan dari {MIN_JP_PER_YEAR} JP",
    f"Memenuhi {MIN_JP_PER_YEAR} JP",
    "Anggaran Rencana (Rp)",
    "Realisasi Biaya (Rp)",
)
EMPLOYEE_WIDTHS = (6, 23, 36, 40, 36, 16, 10, 18, 18, 14, 30, 12, 12, 12, 12, 14, 12, 18, 18)
UNIT_HEADERS = (
    "Unit Kerja",
    "Pegawai",
    f"Di Bawah {MIN_JP_PER_YEAR} JP",
    "Punya IDP",
    "IDP Disepakati",
    "IDP Wajib",
    "Wajib Belum Disepakati",
    "JP Direncanakan",
    "JP Terealisasi",
    "Anggaran Rencana (Rp)",
    "Realisasi Biaya (Rp)",
)
UNIT_WIDTHS = (44, 10, 12, 10, 12, 10, 14, 14, 14, 18, 18)
RECAP_HEADERS = (
    "Unit Kerja",
    "Jenis Kompetensi",
    "Kompetensi yang Dikembangkan",
    "Jalur",
    "ID Jenis Diklat",
    "Jenis Pengembangan",
    "Target PNS (Orang)",
    "Jumlah Kegiatan",
    "Penyelenggara",
    "Jadwal",
    "JP Direncanakan",
    "Anggaran (Rp)",
    "Kegiatan Terlaksana",
    "JP Terealisasi",
    "Realisasi Biaya (Rp)",
)
RECAP_WIDTHS = (40, 16, 50, 14, 10, 36, 12, 12, 40, 20, 14, 18, 12, 14, 18)
TOTAL_LABEL = "Jumlah"
JALUR_WORDS = {"KLASIKAL": "Klasikal", "NONKLASIKAL": "Nonklasikal"}
SUGGESTION_WORDS = {rules.COACHING: "Coaching", rules.MENTORING: "Mentoring"}


def _office_line() -> str:
    info = office.current_office()
    return info.name if info is not None else ""


def _title(sheet: Any, title: str, today: dt.date) -> None:
    sheet.append(styled_cells(sheet, [_office_line()], bold=True, size=12))
    sheet.append(styled_cells(sheet, [title], bold=True))
    sheet.append([f"Tanggal ekspor: {indonesian_date(today)}"])
    sheet.append([])


def follow_up_words(row: OfficeRow) -> str:
    """ "IDP wajib; Coaching, Mentoring" as the export writes the follow-up."""
    return ", ".join(SUGGESTION_WORDS[s] for s in row.suggestions)


def schedule_words(first: int | None, last: int | None) -> str:
    """ "Maret - Juni", "Agustus", or "" without dates."""
    if first is None or last is None:
        return ""
    if first == last:
        return MONTHS[first - 1]
    return f"{MONTHS[first - 1]} - {MONTHS[last - 1]}"


def export_development(
    path: str | Path,
    year: int,
    unit_ids: Iterable[int] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the year's development (of the units, default all the user may see) to the
    .xlsx file `path`: the sheets "Pengembangan Pegawai", "Rekap Unit" and "Renbangkom".
    Returns the number of employees written; nothing is written when cancelled."""
    signed_in = session.current()
    require(Action.READ_APPRAISAL, signed_in.employee_id if signed_in is not None else None)
    path = xlsx_path(path)
    units = None if unit_ids is None else list(unit_ids)
    rows = development_office.office_view(year, units)
    recap = development_office.renbangkom(year, units)
    today = dt.date.today()
    steps = Steps(len(rows), progress, cancelled)
    steps.check(0)

    def fill(book: Any, steps: Steps) -> None:
        book.properties.title = f"Pengembangan Kompetensi Pegawai {year}"
        _fill_employees(book, rows, year, today, steps)
        _fill_units(book, *development_office.unit_totals(rows), year, today)
        _fill_recap(book, recap, year, today)

    write_workbook(path, steps, fill)
    return len(rows)


def _fill_employees(
    book: Any, rows: Sequence[OfficeRow], year: int, today: dt.date, steps: Steps
) -> None:
    from openpyxl.utils import get_column_letter

    sheet = text_sheet(book, EMPLOYEE_SHEET)
    sheet.freeze_panes = f"A{TITLE_ROWS + 2}"
    set_widths(sheet, EMPLOYEE_WIDTHS, text_columns=(2,))
    _title(sheet, f"Pengembangan Kompetensi Pegawai Tahun {year}", today)
    sheet.append(header_cells(sheet, EMPLOYEE_HEADERS))
    for number, row in enumerate(rows, 1):
        sheet.append(
            [
                number,
                text_cell(sheet, display_nip(row.nip)),
                row.name,
                row.unit_name,
                row.appraiser_name or None,
                STATUS_WORDS.get(row.plan_status, row.plan_status),
                "Ya" if row.required else "Tidak",
                row.poor_predikat.value if row.poor_predikat else None,
                row.poor_predikat.label if row.poor_predikat else None,
                row.streak if row.streak >= 2 else None,
                follow_up_words(row) or None,
                row.planned,
                row.jp_planned,
                row.done,
                row.jp_done,
                row.shortfall,
                "Ya" if not row.under_minimum else "Tidak",
                row.cost_planned,
                row.cost_actual,
            ]
        )
        steps.tick(number)
    last = get_column_letter(len(EMPLOYEE_HEADERS))
    sheet.auto_filter.ref = f"A{TITLE_ROWS + 1}:{last}{TITLE_ROWS + 1 + len(rows)}"


def _unit_cells(total: UnitTotal) -> list[Any]:
    return [
        total.employees,
        total.under_minimum,
        total.with_plan,
        total.agreed,
        total.required,
        total.required_open,
        total.jp_planned,
        total.jp_done,
        total.cost_planned,
        total.cost_actual,
    ]


def _fill_units(
    book: Any, totals: Sequence[UnitTotal], overall: UnitTotal, year: int, today: dt.date
) -> None:
    sheet = text_sheet(book, UNIT_SHEET)
    set_widths(sheet, UNIT_WIDTHS)
    _title(sheet, f"Rekap Pengembangan Kompetensi per Unit Kerja Tahun {year}", today)
    sheet.append(header_cells(sheet, UNIT_HEADERS))
    for total in totals:
        sheet.append([total.unit_name, *_unit_cells(total)])
    sheet.append(styled_cells(sheet, [TOTAL_LABEL, *_unit_cells(overall)], bold=True))


def _fill_recap(book: Any, recap: Sequence[RecapRow], year: int, today: dt.date) -> None:
    sheet = text_sheet(book, RECAP_SHEET)
    set_widths(sheet, RECAP_WIDTHS)
    _title(sheet, f"Kebutuhan dan Rencana Pengembangan Kompetensi Tahun {year}", today)
    sheet.append(header_cells(sheet, RECAP_HEADERS))
    totals = [0, 0, 0, 0, 0, 0, 0]
    for row in recap:
        values = [row.activities, row.jp_planned, row.cost_planned, row.done, row.jp_done,
                  row.cost_actual]  # fmt: skip
        sheet.append(
            [
                row.unit_name,
                rules.COMPETENCE_WORDS.get(row.competence_type, "-"),
                "; ".join(row.competences) or None,
                JALUR_WORDS.get(row.jalur, row.jalur),
                row.jenis_diklat,
                row.jenis_label,
                row.target,
                row.activities,
                ", ".join(row.providers) or None,
                schedule_words(row.first_month, row.last_month) or None,
                row.jp_planned,
                row.cost_planned,
                row.done,
                row.jp_done,
                row.cost_actual,
            ]
        )
        totals = [a + b for a, b in zip(totals, [0, *values], strict=True)]
    _, activities, jp, cost, done, jp_done, spent = totals
    target = len(set().union(*(row.employees for row in recap)))  # each person counted once
    sheet.append(
        styled_cells(
            sheet,
            [TOTAL_LABEL, None, None, None, None, None, target, activities, None, None, jp, cost,
             done, jp_done, spent],
            bold=True,
        )
    )  # fmt: skip
