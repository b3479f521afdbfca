"""The month of one employee's daily log for e-Kinerja (issue 21 point 6): the column layout
the community's e-Kinerja importer reads. Row 1 the headers, one row per entry, nothing else
on the sheet: `Tanggal` YYYY-MM-DD and the times HH:MM as text, `Realisasi` a whole number,
every text written as text (never a formula, whatever the user typed)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.scoring import daily_log as rules
from desktop_app.scoring.daily_log import EntryKind
from desktop_app.services.daily_log.entries import EntryRow, list_month
from desktop_app.services.register.employee_queries import find_by_nip
from desktop_app.services.xlsx import Progress, Steps, text_cell, write_workbook, xlsx_path

HEADERS = (
    "Rencana Aksi",
    "Tanggal",
    "Jam Mulai",
    "Jam Selesai",
    "Kegiatan Harian",
    "Realisasi",
    "Satuan",
    "Bukti Dukung",
)
DIRECT_TASK = "Tugas Langsung Atasan"


def parse_month(text: str) -> tuple[int, int]:
    """(year, month) of "2026-11"; InputError that says the form otherwise."""
    try:
        return rules.parse_month(text)
    except ValueError:
        raise InputError(
            N_("daily_log", "{value} is not a month: write it as YYYY-MM, e.g. 2026-11."),
            "daily_log",
            value=str(text)[:40],
        ) from None


def employee_by_nip(nip: str) -> int:
    found = find_by_nip(nip)
    if found is None:
        raise InputError(
            N_("daily_log", "No employee with NIP {nip} in this database."),
            "daily_log",
            nip=str(nip)[:40],
        )
    return found


def export_rows(entries: list[EntryRow]) -> list[list[object]]:
    """The cells of each entry in the importer's order."""
    rows = []
    for e in entries:
        action = e.action_text if e.kind == EntryKind.PLAN.value else DIRECT_TASK
        rows.append(
            [
                action,
                e.day.isoformat(),
                e.starts,
                e.ends,
                e.activity,
                int(e.realisasi),
                e.unit,
                e.evidence_link,
            ]
        )
    return rows


def export_month(
    employee_id: int,
    year: int,
    month: int,
    path: str | Path,
    progress: Progress | None = None,
) -> int:
    """Write the month to `path` (.xlsx, atomically); returns the number of entries."""
    target = xlsx_path(path)
    entries = list_month(employee_id, year, month)
    rows = export_rows(entries)
    steps = Steps(len(rows), progress)

    def fill(book, steps: Steps) -> None:  # type: ignore[no-untyped-def]
        sheet = book.create_sheet("Progres Harian")
        sheet.append([text_cell(sheet, h) for h in HEADERS])
        for n, values in enumerate(rows, 1):
            sheet.append([v if isinstance(v, int) else text_cell(sheet, str(v)) for v in values])
            steps.tick(n)

    write_workbook(target, steps, fill)
    return len(rows)


def export_by_nip(nip: str, month_text: str, path: str | Path) -> int:
    """The CLI's `daily-log export`: refuses an unknown NIP or month before writing."""
    year, month = parse_month(month_text)
    return export_month(employee_by_nip(nip), year, month, path)
