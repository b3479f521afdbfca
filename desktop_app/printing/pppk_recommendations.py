"""REKOMENDASI PERPANJANGAN PERJANJIAN KERJA PPPK: HR's list per unit of each PPPK's contract
in question with its results and the recommendation with its reason (KepmenPANRB 16/2025
Diktum 13, 17–18; docs/pppk_contracts.md). Pure renderer of `PppkReport`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop_app.printing.blocks import (
    CELL_BOLD,
    TEXT,
    cell,
    grid_style,
    markup,
    tanggal,
    text,
    title_block,
    weighted_widths,
)
from desktop_app.printing.layout import LANDSCAPE, FormDocument, PageSetup, Target, render

TITLE = "REKOMENDASI PERPANJANGAN PERJANJIAN KERJA PPPK"
HEADERS = (
    "No",
    "Nama",
    "NI PPPK",
    "Masa perjanjian kerja",
    "Jenis",
    "Hasil evaluasi kinerja",
    "Rekomendasi",
    "Alasan",
)


@dataclass(frozen=True)
class PppkLine:
    unit: str
    name: str
    nip_text: str
    starts: dt.date
    ends: dt.date
    work_time: str  # "Penuh waktu" / "Paruh waktu"
    results: str
    recommendation: str
    reason: str


@dataclass(frozen=True)
class PppkReport:
    year: int
    instansi: str
    lines: tuple[PppkLine, ...]
    as_of: dt.datetime | None


def pppk_document(report: PppkReport, setup: PageSetup) -> FormDocument:
    width = setup.frame_width(LANDSCAPE)
    widths = weighted_widths(width, (3, 2.6, 3, 1.6, 3.2, 2.2, 3.4))
    story: list[Flowable] = [
        *title_block([TITLE, f"TAHUN {report.year}"]),
        markup(f"<b>Instansi:</b> {escape(report.instansi or '-')}", TEXT),
        markup(
            f"<b>Keadaan data:</b> {tanggal(report.as_of.date() if report.as_of else None)}",
            TEXT,
        ),
        Spacer(1, 3 * mm),
    ]
    if not report.lines:
        story.append(text("Tidak ada PPPK dengan perjanjian kerja pada tahun ini.", TEXT))
    for unit, group in groupby(report.lines, key=lambda line: line.unit):
        rows: list[list[object]] = [
            [text(f"Unit kerja: {unit}", CELL_BOLD), "", "", "", "", "", "", ""],
            list(HEADERS),
        ]
        for n, line in enumerate(group, 1):
            rows.append(
                [
                    str(n),
                    cell(line.name, widths[1]),
                    line.nip_text,
                    cell(f"{tanggal(line.starts)} – {tanggal(line.ends)}", widths[3]),
                    cell(line.work_time, widths[4]),
                    cell(line.results, widths[5]),
                    cell(line.recommendation, widths[6]),
                    cell(line.reason, widths[7]),
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=2)
        table.setStyle(grid_style(("SPAN", (0, 0), (-1, 0)), header_rows=2))
        story += [table, Spacer(1, 4 * mm)]
    label = f"Rekomendasi PPPK {report.year}"
    return FormDocument(
        title=label,
        subject=TITLE,
        orientation=LANDSCAPE,
        created=report.as_of or dt.datetime(report.year, 1, 1),
        label=label,
        flowables=story,
        keywords=f"PPPK; {report.year}",
    )


ROWS_PER_PAGE = 17  # about how many lines a landscape page holds (for the progress only)


def estimated_pages(report: PppkReport) -> int:
    """About how many pages the list takes: the progress's total while it renders."""
    units = len({line.unit for line in report.lines})
    return max(1, -(-len(report.lines) // ROWS_PER_PAGE) + units // 2)


def build_pppk(
    target: Target,
    report: PppkReport,
    setup: PageSetup,
    on_page: Callable[[int], None] | None = None,
) -> int:
    """Write the list to `target` (path or binary stream); returns the page count.
    `on_page(pages)` follows each finished page and may raise to cancel (no file is left)."""
    return render(target, [pppk_document(report, setup)], setup, on_page=on_page)[0]
