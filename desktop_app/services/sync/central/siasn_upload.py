"""The SIASN uploads of the central office (issue 25, docs/siasn_upload.md): for a year and a
period, one JSON document per final evaluation of every office in the exact fields of the
SIASN upload (services.evaluation.siasn_documents), the Dokumen Evaluasi PDF beside it, and
an Excel summary for the officer who uploads with the records that cannot be uploaded and why
(no PNS ID: listed, never guessed).

The PDFs are rendered here, at the central office, from the evaluations and the snapshots
frozen at finalising that the packages carried (the same data the office printed from); the
packages carry no PDFs. Everything is written into a hidden staging folder first and moved
into the target folder only when all is written: a cancelled or failed export leaves the
folder as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import JOIN

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Evaluation, PerformancePlan, Position, Unit, audit
from desktop_app.models.database import write_transaction
from desktop_app.models.register import format_full_name
from desktop_app.printing.document import document_document
from desktop_app.printing.separate import render_separate
from desktop_app.scoring import Predikat, Rating, predikat
from desktop_app.scoring.nip import display_nip
from desktop_app.scoring.period_key import PeriodKey, PeriodKeyError
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation.export_common import check_access
from desktop_app.services.evaluation.siasn_documents import (
    NotUploadable,
    SiasnSource,
    document,
)
from desktop_app.services.evaluation.values import stored
from desktop_app.services.reports import forms, sources
from desktop_app.services.sync.central.identity import require_identity
from desktop_app.services.xlsx import (
    Steps,
    header_cells,
    indonesian_date,
    set_widths,
    styled_cells,
    text_cell,
    text_sheet,
    write_workbook,
)

Progress = Callable[[int, int], None]
FINAL = "FINAL"
UPLOAD_SHEET = "Unggahan SIASN"
LEFT_OUT_SHEET = "Tidak diunggah"
NOTES_SHEET = "Keterangan"
UPLOAD_HEADERS = (
    "No",
    "Kantor",
    "NIP",
    "Nama",
    "Unit Kerja",
    "PNS ID",
    "Jenis unggahan",
    "Berkas JSON",
    "Dokumen Evaluasi (PDF)",
    "Hasil Kerja",
    "Perilaku Kerja",
    "Kuadran",
    "Pejabat Penilai",
)
UPLOAD_WIDTHS = (6, 10, 23, 36, 36, 36, 18, 44, 44, 20, 20, 18, 36)
LEFT_OUT_HEADERS = ("No", "Kantor", "NIP", "Nama", "Unit Kerja", "Alasan")
LEFT_OUT_WIDTHS = (6, 10, 23, 36, 36, 80)


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "siasn_upload", **params)


@dataclass(frozen=True)
class Uploaded:
    office_code: str
    nip: str
    name: str
    unit: str
    pns_id: str
    kind: str
    json_name: str
    pdf_name: str
    hasil: Rating
    perilaku: Rating
    predikat: Predikat
    appraiser: str


@dataclass(frozen=True)
class LeftOut:
    office_code: str
    nip: str
    name: str
    unit: str
    reason: str  # Indonesian, for the summary file
    msgid: str = ""  # the same on the screen (context "siasn_upload")
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class SiasnExport:
    """What an export wrote: the documents, the records left out with why, the summary."""

    period_key: str
    folder: Path
    uploaded: list[Uploaded] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    summary: Path | None = None


def period_key_of(year: int, period: str | None) -> PeriodKey:
    """The period key of `--year YEAR [--period PERIOD]`: no period is the annual evaluation;
    a period is "Q1", "03", "S1" or a whole key of that year ("2026-Q1")."""
    text = (period or "").strip()
    if not text or text.lower() in ("annual", "tahunan"):
        return PeriodKey.annual_of(int(year))
    try:
        key = PeriodKey.parse(text if text[:4].isdigit() and len(text) > 3 else f"{year}-{text}")
    except PeriodKeyError as exc:
        raise _error(
            N_("siasn_upload", "Period '{value}' is not known: write Q1 ... Q4 or 01 ... 12."),
            value=text,
        ) from exc
    if key.year != int(year):
        raise _error(
            N_("siasn_upload", "Period {key} is not in the year {year}."), key=str(key), year=year
        )
    return key


def _rows(key: PeriodKey) -> list[tuple[Any, ...]]:
    query = (
        Evaluation.select(
            Evaluation.id,
            Evaluation.office_code,
            Evaluation.rating_hasil,
            Evaluation.rating_perilaku,
            Evaluation.predikat,
            Evaluation.snapshot,
            Employee.nip,
            Employee.front_title,
            Employee.name,
            Employee.back_title,
            Employee.pns_id,
            Position.jf_level,
            Unit.name,
            PerformancePlan.month_start,
            PerformancePlan.month_end,
        )
        .join(Employee, on=(Evaluation.employee == Employee.id))
        .join(Unit, on=(Employee.unit == Unit.id))
        .switch(Employee)
        .join(Position, JOIN.LEFT_OUTER, on=(Employee.position == Position.id))
        .switch(Evaluation)
        .join(PerformancePlan, JOIN.LEFT_OUTER, on=(Evaluation.plan == PerformancePlan.id))
        .where(
            (Evaluation.period_key == str(key))
            & (Evaluation.deleted == False)
            & (Evaluation.status == FINAL)
            & (Employee.deleted == False)
        )
        .order_by(Evaluation.office_code, Unit.name, Employee.name, Employee.nip)
    )
    return list(query.tuples())


def _source(row: tuple[Any, ...], key: PeriodKey) -> SiasnSource:
    (_, _, hasil, perilaku, kept, snapshot, *_rest) = row
    pns_id, jf_level, month_start, month_end = row[10], row[11], row[13], row[14]
    try:
        frozen = json.loads(snapshot) if snapshot else {}
    except ValueError:
        frozen = {}
    appraiser = frozen.get("appraiser") if isinstance(frozen, dict) else None
    try:
        rating_hasil, rating_perilaku = stored(Rating, hasil), stored(Rating, perilaku)
    except ValueError:
        rating_hasil = rating_perilaku = None
    if rating_hasil is None or rating_perilaku is None:
        raise NotUploadable(
            N_("siasn_upload", "Final, but a rating (hasil kerja or perilaku kerja) is empty."),
            "Evaluasi final tetapi rating hasil kerja atau perilaku kerja kosong",
        )
    try:
        kuadran = stored(Predikat, kept) or predikat(rating_hasil, rating_perilaku)
    except ValueError:
        kuadran = predikat(rating_hasil, rating_perilaku)
    return SiasnSource(
        pns_id or "",
        key,
        rating_hasil,
        rating_perilaku,
        kuadran,
        appraiser if isinstance(appraiser, dict) else {},
        jf_level,
        (month_start or 1, month_end or 12),
    )


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text) or "pegawai"


def export_siasn_upload(
    out_dir: str | Path,
    year: int,
    period: str | None = None,
    *,
    progress: Progress | None = None,
) -> SiasnExport:
    """Write the SIASN documents of `year` (and `period`, default the annual evaluation) of
    every office into `out_dir`: `<NIP>_<key>.json` and `<NIP>_<key>.pdf` per final
    evaluation, and `siasn_<key>.xlsx`. Central office only."""
    require_identity()
    check_access()
    key = period_key_of(year, period)
    folder = Path(out_dir)
    if not folder.is_dir():
        raise _error(N_("siasn_upload", "The folder {folder} does not exist."), folder=folder)
    result = SiasnExport(str(key), folder)
    documents: dict[int, tuple[str, str, dict[str, Any]]] = {}
    names: dict[str, int] = {}
    rows = _rows(key)
    for row in rows:
        eid, office_code, nip = row[0], row[1], row[6]
        name, unit = format_full_name(row[7], row[8], row[9]), row[12]
        try:
            frozen = json.loads(row[5]) if row[5] else {}
            name = (frozen.get("employee") or {}).get("name") or name
        except (ValueError, AttributeError):
            pass
        try:
            source = _source(row, key)
            kind, doc = document(source)
        except NotUploadable as exc:
            result.left_out.append(
                LeftOut(office_code, nip, name, unit, exc.reason, exc.msgid, exc.params)
            )
            continue
        stem = f"{_safe(nip)}_{key}"
        if stem in names:  # one NIP in two offices (a merge still waiting)
            stem = f"{_safe(nip)}_{_safe(office_code)}_{key}"
        names[stem] = eid
        documents[eid] = (stem, kind, doc)
        result.uploaded.append(
            Uploaded(
                office_code,
                nip,
                name,
                unit,
                source.pns_id,
                kind,
                f"{stem}.json",
                f"{stem}.pdf",
                source.hasil,
                source.perilaku,
                source.predikat,
                source.appraiser.get("name", ""),
            )
        )
    total = len(documents) * 2 + 1
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    staging = Path(tempfile.mkdtemp(prefix=".siasn-", suffix=".part", dir=folder))
    try:
        for stem, _kind, doc in documents.values():
            (staging / f"{stem}.json").write_text(
                json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            tick()
        _render_pdfs(staging, documents, tick)
        summary = staging / f"siasn_{key}.xlsx"
        _write_summary(summary, result, key)
        tick()
        for path in sorted(staging.iterdir()):
            if path.is_file():
                _fsync(path)
                os.replace(path, folder / path.name)
    except OSError as exc:
        raise _error(
            N_("siasn_upload", "The SIASN files could not be written to {folder}: {reason}"),
            folder=folder,
            reason=exc.strerror or str(exc),
        ) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    result.summary = folder / f"siasn_{key}.xlsx"
    with write_transaction():
        audit.append(
            [
                (
                    "export",
                    "siasn_upload",
                    str(key),
                    {
                        "documents": [None, len(result.uploaded)],
                        "left_out": [None, len(result.left_out)],
                    },
                )
            ]
        )
    return result


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _render_pdfs(
    staging: Path, documents: dict[int, tuple[str, str, dict[str, Any]]], tick: Callable
) -> None:
    """The Dokumen Evaluasi of each documented evaluation, named as its JSON file."""
    if not documents:
        return
    setup = sources.page_setup()
    ids = list(documents)
    stems: dict[str, str] = {}

    def docs():  # type: ignore[no-untyped-def]
        for start in range(0, len(ids), 100):
            for detail in evaluations.get_evaluation_covers(ids[start : start + 100]):
                built = document_document(forms.document_of(detail), setup)
                stems[id(built)] = documents[detail.id][0]
                tick()
                yield built

    render_separate(staging, docs(), setup, lambda built: f"{stems[id(built)]}.pdf")


def _write_summary(path: Path, result: SiasnExport, key: PeriodKey) -> None:
    rows = len(result.uploaded) + len(result.left_out)

    def fill(book: Any, steps: Steps) -> None:
        book.properties.title = f"Unggahan SIASN {key}"
        sheet = text_sheet(book, UPLOAD_SHEET)
        sheet.freeze_panes = "A2"
        set_widths(sheet, UPLOAD_WIDTHS, text_columns=(3, 6))
        sheet.append(header_cells(sheet, UPLOAD_HEADERS))
        for n, u in enumerate(result.uploaded, 1):
            sheet.append(
                [
                    n,
                    u.office_code,
                    text_cell(sheet, display_nip(u.nip)),
                    u.name,
                    u.unit,
                    text_cell(sheet, u.pns_id),
                    u.kind,
                    u.json_name,
                    u.pdf_name,
                    u.hasil.label,
                    u.perilaku.label,
                    u.predikat.label,
                    u.appraiser,
                ]
            )
        left = text_sheet(book, LEFT_OUT_SHEET)
        left.freeze_panes = "A2"
        set_widths(left, LEFT_OUT_WIDTHS, text_columns=(3,))
        left.append(header_cells(left, LEFT_OUT_HEADERS))
        for n, m in enumerate(result.left_out, 1):
            left.append(
                [n, m.office_code, text_cell(left, display_nip(m.nip)), m.name, m.unit, m.reason]
            )
        notes = text_sheet(book, NOTES_SHEET)
        set_widths(notes, (34, 90))
        notes.append(styled_cells(notes, [f"Unggahan SIASN {key.label} {key.year}"], bold=True))
        for label, value in (
            ("Periode", str(key)),
            ("Tanggal ekspor", indonesian_date(dt.date.today())),
            (f"Lembar {UPLOAD_SHEET}", f"{len(result.uploaded)} dokumen"),
            (f"Lembar {LEFT_OUT_SHEET}", f"{len(result.left_out)} evaluasi final"),
            (
                "Berkas",
                "Setiap baris: satu berkas JSON (isian unggahan SIASN) dan Dokumen Evaluasi PDF "
                "dengan nama yang sama, diunggah bersama.",
            ),
            (
                "PNS ID",
                "pnsDinilaiId / pnsDinilaiOrang berisi PNS ID SIASN yang tersimpan di data "
                "pegawai, bukan NIP. Evaluasi tanpa PNS ID tidak dibuatkan berkas.",
            ),
        ):
            notes.append([label, value])

    write_workbook(path, Steps(rows), fill)
