"""RENCANA PENGEMBANGAN KOMPETENSI PEGAWAI (INDIVIDUAL DEVELOPMENT PLAN), one employee and
year (domain.md §9), landscape.

No regulation prescribes the layout (domain.md §9, S29); this one follows the other forms: the
identity block, the status with the follow-up a poor predikat calls for and the JP against the
minimum of 20, then A. KESENJANGAN KOMPETENSI (kompetensi, kesenjangan, tujuan, indikator
keberhasilan), B. RENCANA KEGIATAN PENGEMBANGAN (jenis and jalur, penyelenggara, jadwal, JP,
anggaran, with their totals), C. REALISASI (every activity done in the year, planned or not,
with its JP and the total), D. RIWAYAT, and the signatures of the employee (dated when they
submitted) and the pejabat penilai kinerja (dated when they agreed). An agreed IDP prints the
people frozen when it was agreed; otherwise the people as they are today, marked DRAF.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop_app.printing.blocks import (
    CELL,
    CELL_BOLD,
    Signer,
    TableTail,
    angka,
    bold,
    cell,
    date_span,
    grid_style,
    identity_block,
    local_date,
    markup,
    periode,
    rupiah,
    section_table,
    signature_block,
    tanggal,
    text,
    title_block,
    weighted_widths,
)
from desktop_app.printing.layout import LANDSCAPE, FormDocument, PageSetup, Target, render
from desktop_app.printing.report_data import IdpActivity, IdpReport
from desktop_app.scoring import jenis_diklat
from desktop_app.scoring.indonesian_format import format_jp

TITLE = "RENCANA PENGEMBANGAN KOMPETENSI PEGAWAI"
SUBTITLE = "(INDIVIDUAL DEVELOPMENT PLAN)"
JALUR_WORDS = {"KLASIKAL": "Klasikal", "NONKLASIKAL": "Nonklasikal"}
LABEL_WIDTH = 72 * mm
ZERO = Decimal(0)


def gaps_table(detail: IdpReport, width: float) -> Table:
    """A. KESENJANGAN KOMPETENSI: one row per competence to develop."""
    widths = weighted_widths(width, (25, 50, 64, 45, 45, 30))
    body = [
        [
            str(n),
            cell(gap.competence_word, widths[1]),
            text(gap.competence, empty="-"),
            text(gap.gap, empty="-"),
            text(gap.goal, empty="-"),
            text(gap.indicator, empty="-"),
            text(gap.source, empty="-"),
        ]
        for n, gap in enumerate(detail.gaps, 1)
    ]
    return section_table(
        "A. KESENJANGAN KOMPETENSI",
        ("NO", "JENIS KOMPETENSI", "KOMPETENSI YANG DIKEMBANGKAN", "KESENJANGAN", "TUJUAN",
         "INDIKATOR KEBERHASILAN", "SUMBER"),
        widths,
        body,
        empty="Belum ada kompetensi yang akan dikembangkan.",
    )  # fmt: skip


def _jenis(row: IdpActivity) -> str:
    label = row.jenis_label
    if not label:
        try:
            label = jenis_diklat(row.jenis_diklat).label
        except ValueError:
            label = str(row.jenis_diklat)
    return label


def planned_rows(detail: IdpReport) -> list[IdpActivity]:
    """The IDP's own activities, in plan order."""
    return [a for a in detail.activities if a.planned]


def plan_table(detail: IdpReport, width: float) -> Table:
    """B. RENCANA KEGIATAN PENGEMBANGAN with the JP and budget planned (cancelled ones shown
    struck out, not counted)."""
    widths = weighted_widths(width, (16, 32, 20, 62, 32, 34, 12, 26, 25))
    gap_number = {g.id: n for n, g in enumerate(detail.gaps, 1) if g.id is not None}
    jp, cost = ZERO, 0
    body: list[list[object]] = []
    for n, a in enumerate(planned_rows(detail), 1):
        cancelled = a.cancelled
        if not cancelled:
            jp += a.jp_planned or ZERO
            cost += a.cost_planned or 0
        title = escape(a.title or "-")
        body.append(
            [
                str(n),
                str(gap_number[a.gap_id]) if a.gap_id in gap_number else "-",
                cell(_jenis(a), widths[2]),
                JALUR_WORDS.get(a.jalur, a.jalur or "-"),
                markup(f"<strike>{title}</strike>" if cancelled else title),
                text(a.provider, empty="-"),
                cell(date_span(a.planned_start, a.planned_end), widths[6]),
                angka(a.jp_planned),
                rupiah(a.cost_planned),
                cell(a.status_word, widths[9]),
            ]
        )
    total = ["", "JUMLAH RENCANA (tanpa kegiatan yang dibatalkan)", *[""] * 5]
    return section_table(
        "B. RENCANA KEGIATAN PENGEMBANGAN",
        ("NO", "KOMPE-<br/>TENSI<br/>NO.", "JENIS PENGEMBANGAN", "JALUR", "NAMA KEGIATAN",
         "PENYELENGGARA", "JADWAL", "JP", "ANGGARAN", "STATUS"),
        widths,
        body,
        ("ALIGN", (1, 2), (1, -1), "CENTER"),
        ("SPAN", (1, -1), (6, -1)),
        ("ALIGN", (1, -1), (1, -1), "LEFT"),
        right=(7, 8),
        total=[*total, angka(jp), rupiah(cost), ""],
        empty="Belum ada kegiatan yang direncanakan.",
    )  # fmt: skip


def done_rows(detail: IdpReport) -> list[IdpActivity]:
    """Every activity done in the year, planned in the IDP or not, by the day it ended."""
    done = [a for a in detail.activities if a.done]
    return sorted(done, key=lambda a: (a.end_date or dt.date.max, a.id))


def realisation_table(detail: IdpReport, width: float) -> Table:
    """C. REALISASI PENGEMBANGAN KOMPETENSI: what was done, with its JP and the year's total
    (JP count in the year the activity ended)."""
    widths = weighted_widths(width, (60, 32, 32, 34, 12, 26, 38, 25))
    order = {a.id: n for n, a in enumerate(planned_rows(detail), 1)}
    spent = 0
    body: list[list[object]] = []
    for n, a in enumerate(done_rows(detail), 1):
        spent += a.cost_actual or 0
        where = f"Rencana no. {order[a.id]}" if a.id in order else "Di luar IDP"
        body.append(
            [
                str(n),
                text(a.title, empty="-"),
                cell(_jenis(a), widths[2]),
                text(a.provider, empty="-"),
                cell(date_span(a.start_date, a.end_date), widths[4]),
                angka(a.jp),
                rupiah(a.cost_actual),
                cell(a.certificate_no, widths[7]),
                cell(where, widths[8]),
            ]
        )
    total = ["", f"JUMLAH JP TERLAKSANA TAHUN {detail.year}", "", "", ""]
    return section_table(
        f"C. REALISASI PENGEMBANGAN KOMPETENSI TAHUN {detail.year}",
        ("NO", "NAMA KEGIATAN", "JENIS PENGEMBANGAN", "PENYELENGGARA", "TANGGAL PELAKSANAAN",
         "JP", "BIAYA", "NOMOR SERTIFIKAT", "KETERANGAN"),
        widths,
        body,
        ("SPAN", (1, -1), (4, -1)),
        right=(5, 6),
        total=[*total, angka(detail.progress.done), rupiah(spent), "", ""],
        empty="Belum ada kegiatan yang terlaksana.",
    )  # fmt: skip


def jp_words(detail: IdpReport) -> str:
    """ "12 JP terlaksana dari paling sedikit 20 JP (kurang 8 JP); direncanakan 36 JP"."""
    p = detail.progress
    state = "terpenuhi" if p.met else f"kurang {format_jp(p.shortfall)}"
    return (
        f"{format_jp(p.done)} terlaksana dari paling sedikit {format_jp(p.minimum)} ({state}); "
        f"direncanakan dalam IDP {format_jp(p.planned)}"
    )


def follow_up_words(detail: IdpReport) -> str:
    """Why the IDP is required, and the follow-up suggested, or "-"."""
    reason = detail.required_reason
    if not detail.required or not reason:
        return "Tidak wajib (tidak ada predikat di bawah Baik)"
    text_ = f"IDP wajib disusun. {reason}."
    if detail.suggestions:
        names = ", ".join(jenis_diklat(j).label for j in detail.suggestions)
        text_ += f" Tindak lanjut yang disarankan: {names} oleh atasan langsung."
    return text_


def status_words(detail: IdpReport) -> str:
    word = detail.status_word
    if detail.agreed and detail.agreed_at:
        return f"{word} pada {tanggal(local_date(detail.agreed_at))}"
    if detail.waiting and detail.submitted_at:
        return f"{word} pada {tanggal(local_date(detail.submitted_at))}, menunggu persetujuan"
    if detail.returned and detail.return_reason:
        return f"{word}: {detail.return_reason}"
    return word


def summary_table(detail: IdpReport, width: float) -> Table:
    """Status, the follow-up of the evaluations, the JP of the year, goals and notes."""
    items = [
        ("STATUS IDP", status_words(detail)),
        ("TINDAK LANJUT HASIL EVALUASI KINERJA", follow_up_words(detail)),
        (f"CAPAIAN JP TAHUN {detail.year}", jp_words(detail)),
        ("TUJUAN PENGEMBANGAN", detail.goals),
    ]
    if detail.notes.strip():
        items.append(("CATATAN", detail.notes))
    stressed = {
        1: detail.required,  # a required IDP
        2: not detail.progress.met,  # under 20 JP
    }
    rows = [
        [label, text(value, CELL_BOLD if stressed.get(n) else CELL, empty="-")]
        for n, (label, value) in enumerate(items)
    ]
    table = Table(rows, colWidths=[LABEL_WIDTH, width - LABEL_WIDTH])
    table.setStyle(grid_style(bold((0, 0), (0, -1)), header_rows=0))
    return table


def history_table(detail: IdpReport, width: float) -> Table:
    """D. RIWAYAT: each step of the workflow with its date, who and why."""
    widths = weighted_widths(width, (30, 40, 40, 149))
    body: list[list[object]] = []
    for n, step in enumerate(detail.history, 1):
        to = step.to_word
        body.append(
            [
                str(n),
                tanggal(local_date(step.at)),
                cell(f"Dibuat ({to})" if step.created else to, widths[2]),
                cell(step.actor, widths[3]),
                text(step.reason, empty="-"),
            ]
        )
    return section_table(
        "D. RIWAYAT",
        ("NO", "TANGGAL", "STATUS", "OLEH", "ALASAN"),
        widths,
        body,
        empty="Belum ada riwayat.",
    )


def idp_document(detail: IdpReport, setup: PageSetup) -> FormDocument:
    """The IDP form, ready to lay out."""
    agreed, people = detail.agreed, detail.people
    width = setup.frame_width(LANDSCAPE)
    submitted = detail.submitted
    signers = [
        Signer(
            "Pegawai",
            people.employee,
            setup.place,
            local_date(detail.submitted_at) if submitted else None,
        ),
        Signer(
            "Pejabat Penilai Kinerja",
            people.appraiser,
            setup.place,
            local_date(detail.agreed_at) if agreed else None,
        ),
    ]
    story: list[Flowable] = [
        *title_block([TITLE, SUBTITLE, f"TAHUN {detail.year}"]),
        identity_block(
            width,
            setup.office_name,
            periode(detail.period),
            people.employee,
            people.appraiser,
            titles=("PEGAWAI", "PEJABAT PENILAI KINERJA"),
            period_caption="PERIODE",
        ),
        Spacer(1, 3 * mm),
        summary_table(detail, width),
        Spacer(1, 3 * mm),
        gaps_table(detail, width),
        Spacer(1, 3 * mm),
        plan_table(detail, width),
        Spacer(1, 3 * mm),
        realisation_table(detail, width),
        Spacer(1, 3 * mm),
        TableTail(history_table(detail, width), [signature_block(width, signers)]),
    ]
    who = f"{people.employee.name} ({people.employee.nip_label} {people.employee.nip_text})"
    return FormDocument(
        title=f"Rencana Pengembangan Kompetensi Pegawai {detail.year} – {people.employee.name}",
        subject=f"IDP tahun {detail.year}: {who}",
        orientation=LANDSCAPE,
        created=detail.created,
        label=f"IDP {detail.year} · {who}",
        flowables=story,
        draft=not agreed,
        keywords=f"IDP; {detail.year}; {people.employee.nip}",
        nip=people.employee.nip,
        bookmark=who,
        verification=detail.verification,
    )


def build_idp(target: Target, report: IdpReport, setup: PageSetup) -> int:
    """Write the IDP form to `target` (path or binary stream); returns the page count."""
    return render(target, [idp_document(report, setup)], setup)[0]
