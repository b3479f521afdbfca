"""The SIASN reconciliation of a year's annual results as an Excel file (issue #6, item 7).

`export_siasn` writes the final annual evaluation (period key "2026") of each employee in the
column layout of the SIASN "SKP22" upload as the peers use it (peers.md §2.1, domain.md §10):
the documented columns in their order, KUADRAN, then the label of every code (domain.md §0.1:
export both). The penilai columns come from the snapshot frozen at finalising. Employees
without a final annual evaluation are listed on the sheet "Belum final" with the reason, and
"Keterangan" explains the codes and what the ID columns hold. It reads only the employees the
signed-in user may see, writes atomically and follows the progress / cancel contract of
`services.xlsx`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import JOIN

from desktop_app.models import Employee, Evaluation, PerformancePlan, Unit
from desktop_app.models.register import format_full_name
from desktop_app.scoring import CODETABLE_VERSION, Predikat, Rating, codes, predikat, reference
from desktop_app.scoring.acting import acting_position
from desktop_app.scoring.nip import display_nip
from desktop_app.services import office
from desktop_app.services.evaluation.data import MonitoringRow
from desktop_app.services.evaluation.export_common import STATE_WORDS, check_access, xlsx_path
from desktop_app.services.evaluation.monitoring import monitoring
from desktop_app.services.evaluation.states import (
    FINAL,
    FINALISED,
    NO_EVALUATION,
    NO_PLAN,
    NO_REALISATION,
    NOT_RATED,
)
from desktop_app.services.evaluation.values import stored
from desktop_app.services.register.employee_queries import visible_to_session
from desktop_app.services.skp import plans
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

SIASN_SHEET = "Rekonsiliasi SKP"
NOT_FINAL_SHEET = "Belum final"
NOTES_SHEET = "Keterangan"
STATUS_COLUMN = "STATUS_PENILAIAN(ASN/NON_ASN)"
SIASN_COLUMNS = (
    "PNS_DINILAI_ID",
    "UNOR_ID",
    "TAHUN",
    "HASIL_KERJA",
    "PERILAKU_KERJA",
    "PEGAWAI_ATASAN_UNOR_NAMA",
    "PENILAI_JABATAN_NM",
    "PENILAI_GOLONGAN_ID",
    "PENILAI_NAMA",
    "NIP_NIK_PENILAI",
    STATUS_COLUMN,
    "KUADRAN",
)  # peers.md §2.1 in its order, then kuadranKinerjaNilai (domain.md §10)
LABEL_COLUMNS = (
    "NAMA_PNS_DINILAI",
    "UNOR_NAMA",
    "HASIL_KERJA_NAMA",
    "PERILAKU_KERJA_NAMA",
    "KUADRAN_NAMA",
    "PENILAI_GOLONGAN_NAMA",
)  # the text of the codes beside them (domain.md §0.1, §10)
MONTH_COLUMNS = (
    "BULAN_MULAI_PENILAIAN",
    "BULAN_SELESAI_PENILAIAN",
)  # bulanMulaiPenilaian / bulanSelesaiPenilaian of SIASN (ref/siasn/README.md): the months of
# the SKP the annual evaluation belongs to (1 and 12 but after a transfer, docs/multiple_skp.md)
NIP_COLUMN = "NIP_PNS_DINILAI"  # who the row is, for the officer: PNS_DINILAI_ID is the PNS ID
SIASN_HEADERS = SIASN_COLUMNS + LABEL_COLUMNS + MONTH_COLUMNS + (NIP_COLUMN,)
SIASN_WIDTHS = (36, 12, 8, 13, 15, 36, 36, 20, 36, 21, 16, 10, 36, 36, 22, 22, 18, 32, 12, 12, 21)
SIASN_TEXT_COLUMNS = (1, 2, 8, 10, 21)  # PNS ID, unit code, golongan ("09"), NIP penilai, NIP
STATUS_ASN = "ASN"
STATUS_NON_ASN = "NON ASN"  # an official outside the office without a NIP (a Bupati)


def _status(appraiser: dict[str, str]) -> str | None:
    """statusPenilai: ASN with a NIP, NON ASN for a non-ASN official, empty for nobody."""
    if appraiser.get("kind") == "NON_ASN" and appraiser.get("name"):
        return STATUS_NON_ASN
    return STATUS_ASN if appraiser.get("nip") else None


NOT_FINAL_HEADERS = (
    "No",
    "NIP",
    "Nama",
    "Unit Kerja",
    "Pejabat Penilai",
    "Status Evaluasi Tahunan",
    "Alasan",
)
NOT_FINAL_WIDTHS = (6, 23, 36, 40, 36, 28, 70)
INCOMPLETE_FINAL = "FINAL_INCOMPLETE"  # final but a rating missing: never expected, never lost


@dataclass(frozen=True)
class _Result:
    """One final annual evaluation, ready for a SIASN row."""

    nip: str
    pns_id: str  # the SIASN PNS ID stored on the employee, "" when not known yet
    name: str
    unit_code: str
    unit_name: str
    hasil: Rating
    perilaku: Rating
    predikat: Predikat
    appraiser: dict[str, str]  # the frozen penilai (plans.snapshot), {} when there was none
    months: tuple[int, int] = (1, 12)  # bulan mulai / selesai of the evaluation's SKP


@dataclass(frozen=True)
class _Missing:
    """An employee without a (usable) final annual evaluation, with the reason."""

    nip: str
    name: str
    unit_name: str
    appraiser_name: str
    state: str
    reason: str


def export_siasn(
    path: str | Path,
    year: int,
    unit_ids: Iterable[int] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the final annual results of `year` (of the units, default all the user may see)
    in the SIASN column layout to the .xlsx file `path`, with the sheets "Belum final" (every
    active employee without a final annual evaluation, and why) and "Keterangan". Returns the
    number of results on the SIASN sheet. `progress(done, total)` may raise to cancel;
    `cancelled()` returning True stops with ExportCancelled; either way nothing is written."""
    check_access()
    path = xlsx_path(path)
    year = int(year)
    units = None if unit_ids is None else list(unit_ids)
    monitored = monitoring(str(year), units)  # refuses a year not opened
    results, incomplete = _final_results(year, units)
    missing = [_missing(row, year) for row in monitored if row.state != FINALISED]
    missing += incomplete
    today = dt.date.today()
    steps = Steps(len(results) + len(missing), progress, cancelled)
    steps.check(0)

    def fill(book: Any, steps: Steps) -> None:
        book.properties.title = f"Rekonsiliasi SKP SIASN Tahun {year}"
        _fill_siasn(book, results, year, steps)
        _fill_not_final(book, missing, year, steps, len(results))
        _fill_notes(book, year, today, len(results), len(missing), results)

    write_workbook(path, steps, fill)
    return len(results)


def _final_results(year: int, units: list[int] | None) -> tuple[list[_Result], list[_Missing]]:
    """The final annual evaluations of the employees the user may see (inactive ones too: a
    result finalised before someone retired or moved still goes to SIASN)."""
    query = (
        Evaluation.select(
            Evaluation.rating_hasil,
            Evaluation.rating_perilaku,
            Evaluation.predikat,
            Evaluation.snapshot,
            Employee.id,
            Employee.nip,
            Employee.pns_id,
            Employee.front_title,
            Employee.name,
            Employee.back_title,
            Unit.code,
            Unit.name,
            PerformancePlan.month_start,
            PerformancePlan.month_end,
        )
        .join(Employee, on=(Evaluation.employee == Employee.id))
        .join(Unit, on=(Employee.unit == Unit.id))
        .switch(Evaluation)
        .join(PerformancePlan, JOIN.LEFT_OUTER, on=(Evaluation.plan == PerformancePlan.id))
        .where(
            (Evaluation.period_key == str(year))
            & (Evaluation.deleted == False)
            & (Evaluation.status == FINAL)
            & (Employee.deleted == False)
            & visible_to_session()
        )
        .order_by(Unit.name, Employee.name, Employee.nip)
    )
    if units is not None:
        query = query.where(Employee.unit.in_(units))
    results: list[_Result] = []
    incomplete: list[_Missing] = []
    for (
        hasil,
        perilaku,
        kept,
        snapshot,
        eid,
        nip,
        pns_id,
        front,
        name,
        back,
        code,
        unit,
        month_start,
        month_end,
    ) in query.tuples():
        frozen = _snapshot(snapshot, eid)
        full_name = frozen.get("employee", {}).get("name") or format_full_name(front, name, back)
        appraiser = frozen.get("appraiser") or {}
        try:
            rating_hasil, rating_perilaku = stored(Rating, hasil), stored(Rating, perilaku)
        except ValueError:  # an unknown stored key counts as a missing rating
            rating_hasil = rating_perilaku = None
        if rating_hasil is None or rating_perilaku is None:
            incomplete.append(
                _Missing(
                    nip,
                    full_name,
                    unit,
                    appraiser.get("name", ""),
                    INCOMPLETE_FINAL,
                    "Evaluasi tahunan final tetapi rating hasil kerja atau perilaku kerja "
                    "tidak lengkap: buka kembali evaluasi dan lengkapi rating",
                )
            )
            continue
        try:
            kuadran = stored(Predikat, kept) or predikat(rating_hasil, rating_perilaku)
        except ValueError:  # an unknown stored key: the matrix decides (domain.md §0.5)
            kuadran = predikat(rating_hasil, rating_perilaku)
        results.append(
            _Result(
                nip,
                pns_id or "",
                full_name,
                code,
                unit,
                rating_hasil,
                rating_perilaku,
                kuadran,
                appraiser,
                (month_start or 1, month_end or 12),
            )
        )
    return results, incomplete


def _snapshot(text: str, employee_id: int) -> dict[str, Any]:
    """Who assessed whom as frozen at finalising; today's register when nothing was frozen
    (an evaluation finalised before snapshots existed)."""
    if text:
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, dict):
            return value
    employee = Employee.get_or_none(Employee.id == employee_id)
    return plans.snapshot(employee) if employee is not None else {}


def _missing(row: MonitoringRow, year: int) -> _Missing:
    if row.state == NO_PLAN:
        reason = f"Belum ada SKP tahun {year} yang disetujui"
    elif row.state == NO_EVALUATION:
        reason = "Evaluasi tahunan belum dibuat"
    elif row.state == NO_REALISATION:
        reason = (
            f"Evaluasi tahunan masih draf: realisasi baru {row.realised} dari {row.indicators} IKI"
        )
    elif row.state == NOT_RATED:
        reason = "Evaluasi tahunan masih draf: rating hasil kerja atau perilaku kerja belum diisi"
    else:  # RATED
        reason = "Evaluasi tahunan sudah dinilai tetapi belum difinalkan"
    return _Missing(row.nip, row.name, row.unit_name, row.appraiser_name, row.state, reason)


def _grade(kind: str, text: str) -> reference.Grade | None:
    """The golongan of a snapshot, which holds its label ("Penata Muda Tingkat I (III/b)",
    "Golongan IX") or, for a code that was not valid, the code as stored."""
    if not text:
        return None
    try:
        grades = reference.grades_for(reference.EmployeeKind(kind))
    except ValueError:
        return None
    for grade in grades:
        if text in (grade.label, grade.code):
            return grade
    try:
        return reference.grade(kind, text)
    except ValueError:
        return None


def _fill_siasn(book: Any, results: Sequence[_Result], year: int, steps: Steps) -> None:
    from openpyxl.utils import get_column_letter

    sheet = text_sheet(book, SIASN_SHEET)
    sheet.freeze_panes = "A2"
    set_widths(sheet, SIASN_WIDTHS, text_columns=SIASN_TEXT_COLUMNS)
    sheet.append(header_cells(sheet, SIASN_HEADERS))

    def text(value: str | None) -> Any:
        return text_cell(sheet, value) if value else None

    for number, r in enumerate(results, 1):
        appraiser = r.appraiser
        grade_text = appraiser.get("grade", "")
        grade = _grade(appraiser.get("kind", ""), grade_text)
        sheet.append(
            [
                text(r.pns_id),
                text(r.unit_code),
                year,
                r.hasil.code,
                r.perilaku.code,
                appraiser.get("unit") or None,
                acting_position(appraiser.get("acting"), appraiser.get("position", "")) or None,
                text(grade.simpeg if grade else None),
                appraiser.get("name") or None,
                text(appraiser.get("nip")),
                _status(appraiser),
                r.predikat.code,
                r.name,
                r.unit_name,
                r.hasil.label,
                r.perilaku.label,
                r.predikat.label,
                (grade.label if grade else grade_text) or None,
                *r.months,
                text(r.nip),
            ]
        )
        steps.tick(number)
    last = get_column_letter(len(SIASN_HEADERS))
    sheet.auto_filter.ref = f"A1:{last}{len(results) + 1}"


def _fill_not_final(
    book: Any, missing: Sequence[_Missing], year: int, steps: Steps, done: int
) -> None:
    from openpyxl.utils import get_column_letter

    sheet = text_sheet(book, NOT_FINAL_SHEET)
    sheet.freeze_panes = "A2"
    set_widths(sheet, NOT_FINAL_WIDTHS, text_columns=(2,))
    sheet.append(header_cells(sheet, NOT_FINAL_HEADERS))
    for number, m in enumerate(missing, 1):
        sheet.append(
            [
                number,
                text_cell(sheet, display_nip(m.nip)),
                m.name,
                m.unit_name,
                m.appraiser_name or None,
                STATE_WORDS.get(m.state, "Final (tidak lengkap)"),
                m.reason,
            ]
        )
        steps.tick(done + number)
    last = get_column_letter(len(NOT_FINAL_HEADERS))
    sheet.auto_filter.ref = f"A1:{last}{len(missing) + 1}"


def _fill_notes(
    book: Any,
    year: int,
    today: dt.date,
    finals: int,
    not_final: int,
    results: Sequence[_Result],
) -> None:
    info = office.current_office()
    sheet = text_sheet(book, NOTES_SHEET)
    set_widths(sheet, (34, 14, 90))
    sheet.append(styled_cells(sheet, [f"Rekonsiliasi SKP Tahunan {year} untuk SIASN"], bold=True))
    without_appraiser = sum(1 for r in results if not _status(r.appraiser))
    without_pns_id = sum(1 for r in results if not r.pns_id)
    for label, value in (
        ("Kantor", f"{info.name} ({info.code})" if info is not None else ""),
        ("Tahun penilaian", year),
        ("Tanggal ekspor", indonesian_date(today)),
        (f"Lembar {SIASN_SHEET}", f"{finals} evaluasi tahunan final"),
        (f"Lembar {NOT_FINAL_SHEET}", f"{not_final} pegawai belum final"),
        ("Tanpa data pejabat penilai", f"{without_appraiser} pegawai (kolom penilai kosong)"),
        ("Tanpa PNS ID", f"{without_pns_id} pegawai (kolom PNS_DINILAI_ID kosong)"),
        ("Versi tabel kode", CODETABLE_VERSION),
    ):
        sheet.append([label, value])
    sheet.append([])
    sheet.append(header_cells(sheet, ["Kolom", "Kode", "Arti"]))
    for row in codes.RATINGS.data:
        sheet.append(["HASIL_KERJA, PERILAKU_KERJA", row.code, row.label])
    for row in codes.PREDIKAT.data:
        sheet.append(["KUADRAN", row.code, row.label])
    sheet.append([STATUS_COLUMN, STATUS_ASN, "Pejabat penilai adalah ASN (PNS atau PPPK)"])
    sheet.append([STATUS_COLUMN, STATUS_NON_ASN, "Pejabat penilai bukan ASN (mis. Bupati)"])
    sheet.append(
        [
            "PENILAI_GOLONGAN_ID",
            "",
            "Kode golongan SIMPEG: 11-14, 21-24, 31-34, 41-45 (32 = III/b); PPPK 01-17",
        ]
    )
    sheet.append([])
    notes = [
        "PNS_DINILAI_ID berisi PNS ID SIASN yang tersimpan di data pegawai (bukan NIP; "
        f"NIP ada di kolom {NIP_COLUMN}). Pegawai yang PNS ID-nya belum tercatat dibiarkan "
        "kosong, tidak ditebak: lengkapi di data pegawai atau impor dari SIASN.",
        "UNOR_ID berisi kode unit kerja di aplikasi ini: aplikasi tidak menyimpan ID unor "
        "SIASN. Ganti bila unggahan memerlukan ID SIASN.",
        "Data pejabat penilai adalah keadaan pada saat evaluasi tahunan difinalkan.",
        "Kolom *_NAMA memuat teks dari setiap kode.",
        "BULAN_MULAI_PENILAIAN dan BULAN_SELESAI_PENILAIAN adalah bulan SKP yang dinilai "
        "(1 dan 12 untuk SKP setahun penuh; pegawai yang pindah di tengah tahun dinilai "
        "akhir tahun pada SKP terakhirnya).",
        f"Pegawai tanpa evaluasi tahunan final tercantum di lembar {NOT_FINAL_SHEET} "
        "beserta alasannya.",
    ]
    if not (codes.RATINGS.confirmed and codes.PREDIKAT.confirmed):
        notes.insert(
            0,
            "Kode rating (1-3) dan kuadran (1-5) berasal dari klien SIASN komunitas dan belum "
            "dikonfirmasi dengan dokumentasi BKN: periksa sebelum diunggah.",
        )
    sheet.append(styled_cells(sheet, ["Catatan"], bold=True))
    for note in notes:
        sheet.append(["", "", note])
