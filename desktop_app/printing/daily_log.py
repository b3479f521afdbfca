"""LAPORAN PROGRES HARIAN (the monthly daily log of one employee) and REKAP PENGISIAN PROGRES
HARIAN (a unit's staff: how many working days each filled), issue 21 point 6. Pure renderers
of the typed reports below."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop_app.printing.blocks import (
    TEXT,
    cell,
    grid_style,
    markup,
    tanggal,
    text,
    title_block,
    weighted_widths,
)
from desktop_app.printing.layout import LANDSCAPE, PORTRAIT, FormDocument, PageSetup, Target, render

MONTH_TITLE = "LAPORAN PROGRES HARIAN"
RECAP_TITLE = "REKAP PENGISIAN PROGRES HARIAN"
MONTH_HEADERS = ("No", "Tanggal", "Jam", "Kegiatan harian", "Rencana aksi", "Realisasi", "Bukti")
RECAP_HEADERS = ("No", "Nama", "NIP", "Hari kerja", "Terisi", "Sebagian", "Kosong", "Persen")


@dataclass(frozen=True)
class LogLine:
    day: dt.date
    times: str  # "08:00–09:30"
    activity: str
    serves: str  # the rencana aksi, or "Tugas Langsung Atasan (giver)"
    realisasi: str  # "5 bayi"
    evidence: str  # link, "berkas" or ""


@dataclass(frozen=True)
class MonthReport:
    name: str
    nip_text: str
    unit: str
    month_label: str  # "November 2026"
    lines: tuple[LogLine, ...]
    minutes: int
    days_logged: int
    as_of: dt.datetime | None


@dataclass(frozen=True)
class RecapLine:
    name: str
    nip_text: str
    working: int
    filled: int
    partly: int
    empty: int


@dataclass(frozen=True)
class RecapReport:
    unit: str
    month_label: str
    lines: tuple[RecapLine, ...]
    as_of: dt.datetime | None


def _created(as_of: dt.datetime | None) -> dt.datetime:
    return as_of or dt.datetime(2000, 1, 1)


def month_document(report: MonthReport, setup: PageSetup) -> FormDocument:
    width = setup.frame_width(LANDSCAPE)
    widths = weighted_widths(width, (2.2, 2, 6, 5, 2.2, 1.6))
    story: list[Flowable] = [
        *title_block([MONTH_TITLE, report.month_label.upper()]),
        markup(
            f"<b>Nama:</b> {escape(report.name)} &nbsp; <b>NIP:</b> {escape(report.nip_text)}", TEXT
        ),
        markup(f"<b>Unit kerja:</b> {escape(report.unit or '-')}", TEXT),
        markup(
            f"<b>Jumlah:</b> {len(report.lines)} kegiatan pada {report.days_logged} hari, "
            f"{report.minutes // 60} jam {report.minutes % 60} menit",
            TEXT,
        ),
        Spacer(1, 3 * mm),
    ]
    if not report.lines:
        story.append(text("Tidak ada kegiatan tercatat pada bulan ini.", TEXT))
    else:
        rows: list[list[object]] = [list(MONTH_HEADERS)]
        for n, line in enumerate(report.lines, 1):
            rows.append(
                [
                    str(n),
                    tanggal(line.day),
                    line.times,
                    cell(line.activity, widths[3]),
                    cell(line.serves, widths[4]),
                    cell(line.realisasi, widths[5]),
                    cell(line.evidence, widths[6]),
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(grid_style())
        story.append(table)
    label = f"Progres Harian {report.name} {report.month_label}"
    return FormDocument(
        title=label,
        subject=MONTH_TITLE,
        orientation=LANDSCAPE,
        created=_created(report.as_of),
        label=label,
        flowables=story,
        keywords=f"Progres Harian; {report.month_label}",
    )


def recap_document(report: RecapReport, setup: PageSetup) -> FormDocument:
    width = setup.frame_width(PORTRAIT)
    widths = weighted_widths(width, (5, 4, 1.6, 1.4, 1.6, 1.4, 1.4))
    story: list[Flowable] = [
        *title_block([RECAP_TITLE, report.month_label.upper()]),
        markup(f"<b>Unit kerja:</b> {escape(report.unit or '-')}", TEXT),
        Spacer(1, 3 * mm),
    ]
    rows: list[list[object]] = [list(RECAP_HEADERS)]
    for n, line in enumerate(report.lines, 1):
        share = round(100 * line.filled / line.working) if line.working else 0
        rows.append(
            [
                str(n),
                cell(line.name, widths[1]),
                line.nip_text,
                str(line.working),
                str(line.filled),
                str(line.partly),
                str(line.empty),
                f"{share}%",
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style())
    story.append(table)
    label = f"Rekap Progres Harian {report.month_label}"
    return FormDocument(
        title=label,
        subject=RECAP_TITLE,
        orientation=PORTRAIT,
        created=_created(report.as_of),
        label=label,
        flowables=story,
        keywords=f"Progres Harian; rekap; {report.month_label}",
    )


def build_month(target: Target, report: MonthReport, setup: PageSetup) -> int:
    return render(target, [month_document(report, setup)], setup)[0]


def build_recap(target: Target, report: RecapReport, setup: PageSetup) -> int:
    return render(target, [recap_document(report, setup)], setup)[0]
