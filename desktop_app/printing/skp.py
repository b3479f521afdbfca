"""SASARAN KINERJA PEGAWAI with its LAMPIRAN page (domain.md §7.1, §2.3), portrait.

Signers' names and NIP come from the approval snapshot; a plan that is not approved yet prints
the people as they are today, no date, and "DRAF" in the footer.
"""

from __future__ import annotations

import re
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from desktop_app.printing.blocks import (
    CELL,
    CELL_BOLD,
    SHADE,
    SMALL,
    Signer,
    TableTail,
    grid_style,
    identity_block,
    local_date,
    markup,
    numbered_lines,
    periode,
    signature_block,
    text,
    title_block,
)
from desktop_app.printing.layout import PORTRAIT, FormDocument, PageSetup, Target, render
from desktop_app.printing.report_data import Period, SkpReport
from desktop_app.printing.results import (
    FOOTNOTE_EXPECTATION,
    FOOTNOTE_PARENT,
    columns,
    hasil_kerja_table,
    perilaku_table,
)
from desktop_app.scoring.indonesian_format import format_number

FORM_FOR = {
    "JPT": "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
    "STAFF": "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
}


_STORED_NUMBER = re.compile(r"-?\d+(?:\.(\d+))?")


def target_text(target_text: str, target_value: str, target_unit: str) -> str:
    """The TARGET cell: the written target, else the value with its unit, the number written
    as the form is ("1.250,75", never the stored "1250.75"), none of its decimals dropped."""
    if target_text:
        return target_text
    value = target_value.strip()
    stored = _STORED_NUMBER.fullmatch(value)
    if stored:
        value = format_number(Decimal(value), decimals=len(stored.group(1) or ""))
    return " ".join(p for p in (value, target_unit) if p)


def title_lines(kind: str, approach: str, form: str) -> list[str]:
    return [
        kind,
        f"PENDEKATAN HASIL KERJA {approach.upper()}",
        FORM_FOR.get(form, FORM_FOR["STAFF"]),
    ]


def months_line(period: Period) -> list[str]:
    """ "PERIODE: JANUARI – JULI 2026" for an SKP of part of the year (a transfer), else
    nothing (docs/multiple_skp.md)."""
    return [f"PERIODE: {period.skp_months.upper()}"] if period.skp_months else []


def skp_document(report: SkpReport, setup: PageSetup) -> FormDocument:
    """The SKP of one plan as a document to lay out."""
    people = report.people
    width = setup.frame_width(PORTRAIT)
    day = local_date(report.approved_at)
    signers = [
        Signer("Pegawai yang Dinilai", people.employee, dated=False),
        Signer("Pejabat Penilai Kinerja", people.appraiser, setup.place, day),
    ]
    identity = identity_block(
        width, setup.office_name, periode(report.period), people.employee, people.appraiser
    )
    story: list[Flowable] = [
        *title_block(
            title_lines("SASARAN KINERJA PEGAWAI", report.approach, report.form)
            + months_line(report.period)
        ),
        identity,
        Spacer(1, 4 * mm),
        hasil_kerja_table(
            list(report.results), columns(report.form, report.approach, evaluation=False), width
        ),
    ]
    if report.form != "JPT":
        story.append(Paragraph(FOOTNOTE_PARENT, SMALL))
    story += [
        Spacer(1, 4 * mm),
        TableTail(  # the signatures never start a page alone
            perilaku_table(width, dict(report.expectations)),
            [Paragraph(FOOTNOTE_EXPECTATION, SMALL), signature_block(width, signers)],
        ),
        PageBreak(),
        *lampiran(report, setup, width),
        signature_block(width, signers),
    ]
    year = report.year
    who = f"{people.employee.name} ({people.employee.nip_label} {people.employee.nip_text})"
    return FormDocument(
        title=f"Sasaran Kinerja Pegawai {year} – {people.employee.name}",
        subject=f"SKP tahun {year}: {who}",
        orientation=PORTRAIT,
        created=report.created,
        label=f"SKP {year} · {who}",
        flowables=story,
        draft=not report.approved,
        keywords=f"SKP; {year}; {people.employee.nip}",
        nip=people.employee.nip,
        bookmark=who,
        verification=report.verification,
    )


def lampiran(report: SkpReport, setup: PageSetup, width: float) -> list[Flowable]:
    """LAMPIRAN SASARAN KINERJA PEGAWAI: dukungan sumber daya, skema pertanggungjawaban,
    konsekuensi (one numbered item per line)."""
    people = report.people
    identity = identity_block(
        width, setup.office_name, periode(report.period), people.employee, people.appraiser
    )
    rows: list[list[object]] = []
    style: list[tuple] = []
    for label, value in (
        ("DUKUNGAN SUMBER DAYA", report.resources),
        ("SKEMA PERTANGGUNGJAWABAN", report.accountability),
        ("KONSEKUENSI", report.consequences),
    ):
        style.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE))
        rows.append([markup(f"<b>{label}</b>", CELL_BOLD)])
        rows.append([text(numbered_lines(value), CELL, empty="-")])
    table = Table(rows, colWidths=[width])
    table.setStyle(grid_style(*style, header_rows=0))
    return [
        *title_block(["LAMPIRAN SASARAN KINERJA PEGAWAI"]),
        identity,
        Spacer(1, 4 * mm),
        table,
    ]


def build_skp(target: Target, report: SkpReport, setup: PageSetup) -> int:
    """Write the SKP with its Lampiran to `target` (path or binary stream); returns the page
    count."""
    return render(target, [skp_document(report, setup)], setup)[0]
