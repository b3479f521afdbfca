"""EVALUASI KINERJA PEGAWAI, periodic or annual (one form; domain.md §7.2), landscape.

Blocks in the official order: identity, CAPAIAN KINERJA ORGANISASI with its POLA DISTRIBUSI
chart, HASIL KERJA with realisasi and umpan balik, RATING HASIL KERJA, PERILAKU KERJA with
umpan balik, RATING PERILAKU KERJA, PREDIKAT KINERJA PEGAWAI, signatures. A final evaluation
prints the people frozen at finalising; a draft prints them as today, undated, marked DRAF.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.printing.blocks import (
    CELL,
    CELL_BOLD,
    SMALL,
    Signer,
    TableTail,
    grid_style,
    identity_block,
    label_value_table,
    local_date,
    markup,
    periode,
    read_line,
    signature_block,
    text,
    title_block,
)
from desktop_app.printing.chart import caption, pattern_drawing
from desktop_app.printing.layout import LANDSCAPE, FormDocument, PageSetup, Target, render
from desktop_app.printing.report_data import EvaluationReport
from desktop_app.printing.results import (
    FOOTNOTE_EXPECTATION,
    FOOTNOTE_PARENT,
    columns,
    hasil_kerja_table,
    perilaku_table,
)
from desktop_app.printing.skp import FORM_FOR
from desktop_app.scoring import OrgPredikat, Predikat, Rating

LABEL_WIDTH = 70 * mm


def rating_label(rating: Rating | None) -> str:
    return rating.label if rating else ""


def predikat_label(value: Predikat | None) -> str:
    return value.label if value else ""


def org_label(org: OrgPredikat | None) -> str:
    return org.label if org else ""


def realisasi_text(realisasi: str, bukti: str) -> str:
    """The REALISASI cell: the realisasi and, below it, its bukti dukung."""
    return f"{realisasi}\nBukti dukung: {bukti}" if realisasi and bukti else realisasi


def org_block(width: float, org: OrgPredikat | None) -> Table:
    """CAPAIAN KINERJA ORGANISASI and the POLA DISTRIBUSI chart for it."""
    if org:
        pola: object = [pattern_drawing(org), markup(f"<i>{caption(org)}</i>", CELL)]
    else:
        pola = text("Capaian kinerja organisasi belum ditetapkan.", CELL)
    rows = [
        [
            markup("<b>CAPAIAN KINERJA ORGANISASI</b>"),
            text(org_label(org).upper(), CELL_BOLD, empty="-"),
        ],
        [markup("<b>POLA DISTRIBUSI</b>"), pola],
    ]
    table = Table(rows, colWidths=[LABEL_WIDTH, width - LABEL_WIDTH])
    table.setStyle(grid_style(header_rows=0))
    return table


def evaluation_document(report: EvaluationReport, setup: PageSetup) -> FormDocument:
    """The evaluation form of one evaluation, ready to lay out."""
    people, form, approach, period = report.people, report.form, report.approach, report.period
    width = setup.frame_width(LANDSCAPE)
    day = local_date(report.finalized_at) if report.final else None
    signers = [
        Signer("Pegawai yang Dinilai", people.employee, dated=False),
        Signer("Pejabat Penilai Kinerja", people.appraiser, setup.place, day),
    ]
    story: list[Flowable] = [
        *title_block(
            [
                "EVALUASI KINERJA PEGAWAI",
                f"PENDEKATAN HASIL KERJA {approach.upper()}",
                FORM_FOR.get(form, FORM_FOR["STAFF"]),
                f"PERIODE: {period.label.upper()}",
                *([f"SKP {period.skp_months.upper()}"] if period.skp_months else []),
            ]
        ),
        identity_block(
            width, setup.office_name, periode(period), people.employee, people.appraiser
        ),
        Spacer(1, 3 * mm),
        KeepTogether(org_block(width, report.org_predikat)),
        Spacer(1, 3 * mm),
        hasil_kerja_table(
            list(report.results),
            columns(form, approach, evaluation=True),
            width,
        ),
        label_value_table(
            width, [("RATING HASIL KERJA", rating_label(report.rating_hasil))], LABEL_WIDTH
        ),
        *([Paragraph(FOOTNOTE_PARENT, SMALL)] if form != "JPT" else []),
        Spacer(1, 3 * mm),
        # the last value, the ratings, the predikat and the signatures share a page
        TableTail(
            perilaku_table(width, dict(report.expectations), dict(report.feedback)),
            [
                label_value_table(
                    width,
                    [
                        ("RATING PERILAKU KERJA", rating_label(report.rating_perilaku)),
                        ("PREDIKAT KINERJA PEGAWAI", predikat_label(report.predikat)),
                    ],
                    LABEL_WIDTH,
                ),
                Paragraph(FOOTNOTE_EXPECTATION, SMALL),
                signature_block(width, signers),
                *read_line(report.read_at),
            ],
        ),
    ]
    who = f"{people.employee.name} ({people.employee.nip_label} {people.employee.nip_text})"
    when = f"{period.label} {period.year}"
    return FormDocument(
        title=f"Evaluasi Kinerja Pegawai {when} – {people.employee.name}",
        subject=f"Evaluasi kinerja {period.key}: {who}",
        orientation=LANDSCAPE,
        created=report.created,
        label=f"Evaluasi Kinerja {when} · {who}",  # the period as the form names it
        flowables=story,
        draft=not report.final,
        keywords=f"Evaluasi Kinerja; {period.key}; {people.employee.nip}",
        nip=people.employee.nip,
        bookmark=who,
        verification=report.verification,
    )


def build_evaluation(target: Target, report: EvaluationReport, setup: PageSetup) -> int:
    """Write the EVALUASI KINERJA PEGAWAI form to `target` (path or binary stream); returns
    the page count."""
    return render(target, [evaluation_document(report, setup)], setup)[0]
