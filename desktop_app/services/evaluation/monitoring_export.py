"""The monitoring list of a period as an Excel file (issue #6, item 5): one row per active
employee with the state of their evaluation, the realisasi filled, the two ratings and the
predikat, under a title with the office, the period and the date of export; the sheet
"Ringkasan" counts the states and the predikat (of final evaluations) per unit. It reads only
the employees the signed-in user may see, writes atomically and follows the progress /
cancel contract of `services.xlsx`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop_app.models import Evaluation
from desktop_app.scoring import Predikat, Rating
from desktop_app.scoring.nip import display_nip
from desktop_app.services.evaluation.data import MonitoringRow
from desktop_app.services.evaluation.export_common import (
    STATE_WORDS,
    check_access,
    office_line,
    xlsx_path,
)
from desktop_app.services.evaluation.monitoring import monitoring
from desktop_app.services.evaluation.states import (
    FINALISED,
    NO_EVALUATION,
    NO_PLAN,
    NO_REALISATION,
    NOT_RATED,
    RATED,
)
from desktop_app.services.evaluation.values import parse_key
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
)

MONITORING_SHEET = "Monitoring Evaluasi"
SUMMARY_SHEET = "Ringkasan"
MONITORING_HEADERS = (
    "No",
    "NIP",
    "Nama",
    "Unit Kerja",
    "Pejabat Penilai",
    "Status Evaluasi",
    "Realisasi Terisi",
    "Jumlah IKI",
    "Rating Hasil Kerja",
    "Rating Perilaku Kerja",
    "Predikat Kinerja",
    "Terlambat",
    "Dikecualikan",
)
MONITORING_WIDTHS = (6, 23, 36, 40, 36, 28, 10, 10, 22, 22, 20, 11, 36)
TITLE_ROWS = 4  # office, title, date of export, a blank line; the column headers follow
STATES = (NO_PLAN, NO_EVALUATION, NO_REALISATION, NOT_RATED, RATED, FINALISED)
TOTAL_LABEL = "Jumlah"
LATE_WORD = "Ya"  # past the batas pengisian and not final


def _label(kind: type[Rating], key: str | None) -> str | None:
    """The official label of a stored rating key; an unknown key is shown as stored."""
    if not key:
        return None
    try:
        return kind(key).label
    except ValueError:
        return key


def export_monitoring(
    path: str | Path,
    period_key: str,
    unit_ids: Iterable[int] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the monitoring list of `period_key` (of the units, default all the user may see)
    to the .xlsx file `path`: the sheet "Monitoring Evaluasi" and the sheet "Ringkasan".
    Returns the number of employees written. `progress(done, total)` may raise to cancel;
    `cancelled()` returning True stops with ExportCancelled; either way nothing is written."""
    check_access()
    path = xlsx_path(path)
    units = None if unit_ids is None else list(unit_ids)
    rows = monitoring(period_key, units)
    parsed = parse_key(period_key)
    key = str(parsed)
    ratings = {
        i: (h, p)
        for i, h, p in Evaluation.select(
            Evaluation.id, Evaluation.rating_hasil, Evaluation.rating_perilaku
        )
        .where((Evaluation.period_key == key) & (Evaluation.deleted == False))
        .tuples()
    }
    title = f"{parsed.label} {parsed.year}"
    today = dt.date.today()
    steps = Steps(len(rows), progress, cancelled)
    steps.check(0)

    def fill(book: Any, steps: Steps) -> None:
        book.properties.title = f"Monitoring Evaluasi Kinerja {title}"
        _fill_monitoring(book, rows, ratings, title, today, steps)
        _fill_monitoring_summary(book, rows, title)

    write_workbook(path, steps, fill)
    return len(rows)


def _fill_monitoring(
    book: Any,
    rows: Sequence[MonitoringRow],
    ratings: dict[int, tuple[str | None, str | None]],
    title: str,
    today: dt.date,
    steps: Steps,
) -> None:
    from openpyxl.utils import get_column_letter

    sheet = text_sheet(book, MONITORING_SHEET)
    sheet.freeze_panes = f"A{TITLE_ROWS + 2}"
    set_widths(sheet, MONITORING_WIDTHS, text_columns=(2,))
    sheet.append(styled_cells(sheet, [office_line()], bold=True, size=12))
    sheet.append(styled_cells(sheet, [f"Monitoring Evaluasi Kinerja Pegawai {title}"], bold=True))
    sheet.append([f"Tanggal ekspor: {indonesian_date(today)}"])
    sheet.append([])
    sheet.append(header_cells(sheet, MONITORING_HEADERS))
    for number, row in enumerate(rows, 1):
        hasil, perilaku = ratings.get(row.evaluation_id, (None, None))
        sheet.append(
            [
                number,
                text_cell(sheet, display_nip(row.nip)),  # text: Excel would round 18 digits
                row.name,
                row.unit_name,
                row.appraiser_name or None,
                STATE_WORDS.get(row.state, row.state),
                row.realised if row.indicators else None,
                row.indicators or None,
                _label(Rating, hasil),
                _label(Rating, perilaku),
                row.predikat.label if row.predikat is not None else None,
                LATE_WORD if row.late else None,
                row.exemption.reason if row.exemption is not None else None,
            ]
        )
        steps.tick(number)
    last = get_column_letter(len(MONITORING_HEADERS))
    sheet.auto_filter.ref = f"A{TITLE_ROWS + 1}:{last}{TITLE_ROWS + 1 + len(rows)}"


def _fill_monitoring_summary(book: Any, rows: Sequence[MonitoringRow], title: str) -> None:
    """Two tables: the states per unit, and the predikat of the final evaluations per unit
    (what the distribution curve counts); units in the order of the list, then a total."""
    states: dict[str, dict[str, int]] = {}
    grades: dict[str, dict[Predikat, int]] = {}
    others: dict[str, list[int]] = {}  # unit -> [late, exempt]
    for row in rows:
        late_exempt = others.setdefault(row.unit_name, [0, 0])
        late_exempt[0] += row.late
        if row.exemption is not None:  # not counted: exempt by kedudukan hukum
            late_exempt[1] += 1
            continue
        states.setdefault(row.unit_name, dict.fromkeys(STATES, 0))
        grades.setdefault(row.unit_name, dict.fromkeys(Predikat, 0))
        states[row.unit_name][row.state] = states[row.unit_name].get(row.state, 0) + 1
        if row.state == FINALISED and row.predikat in grades[row.unit_name]:
            grades[row.unit_name][row.predikat] += 1

    recap = text_sheet(book, SUMMARY_SHEET)
    set_widths(recap, (44, *([14] * (len(STATES) + 1))))
    recap.append(
        styled_cells(recap, [f"Ringkasan Monitoring Evaluasi Kinerja {title}"], bold=True, size=12)
    )
    recap.append([office_line()])
    recap.append([])
    _table(
        recap,
        "Status evaluasi per unit kerja",
        [STATE_WORDS[s] for s in STATES],
        {unit: [counts[s] for s in STATES] for unit, counts in states.items()},
    )
    recap.append([])
    _table(
        recap,
        "Predikat kinerja per unit kerja (evaluasi final)",
        [p.label for p in Predikat],
        {unit: [counts[p] for p in Predikat] for unit, counts in grades.items()},
    )
    recap.append([])
    recap.append(styled_cells(recap, ["Terlambat dan dikecualikan per unit kerja"], bold=True))
    recap.append(header_cells(recap, ["Unit Kerja", "Terlambat", "Dikecualikan"]))
    for unit, (late, exempt) in others.items():
        recap.append([unit, late, exempt])
    late_total = sum(v[0] for v in others.values())
    exempt_total = sum(v[1] for v in others.values())
    recap.append(styled_cells(recap, [TOTAL_LABEL, late_total, exempt_total], bold=True))


def _table(sheet: Any, caption: str, columns: list[str], body: dict[str, list[int]]) -> None:
    sheet.append(styled_cells(sheet, [caption], bold=True))
    sheet.append(header_cells(sheet, ["Unit Kerja", *columns, TOTAL_LABEL]))
    totals = [0] * len(columns)
    for unit, counts in body.items():
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        sheet.append([unit, *counts, sum(counts)])
    sheet.append(styled_cells(sheet, [TOTAL_LABEL, *totals, sum(totals)], bold=True))
