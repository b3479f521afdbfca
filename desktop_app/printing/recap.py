"""Recaps for HR, landscape, one table row per unit in tree order (indented), the header
repeated on every page, "Halaman X dari Y" and the office header:

* `distribution`: per unit with its sub-units, for a period key, the head-count, the predikat
  counts of the final evaluations, the organisation predikat (capaian kinerja organisasi) and
  what the pola distribusi check finds (SE MenPANRB 3/2023; guidance, never a block).
* `progress`: per unit, for a year, how many of its own employees have no SKP, a draft, a
  returned, a submitted or an approved SKP.
* `jp`: per unit, for a year, who is under 20 JP, IDPs made, agreed and required, JP planned
  against done and the budget; then the employees under 20 JP.

The services assemble the data (services/reports/recaps.py: only the employees the user may
see). A recap is dated by the last change to the database, so printing it twice gives the same
bytes.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.printing.blocks import (
    CELL,
    CELL_CENTER,
    HEAD_SMALL,
    SMALL,
    TEXT,
    angka,
    local_date,
    markup,
    periode,
    rupiah,
    section_table,
    tanggal,
    text,
    title_block,
    weighted_widths,
)
from desktop_app.printing.layout import LANDSCAPE, FormDocument, PageSetup, Target, render
from desktop_app.printing.report_data import DistributionRow, JpTotals, RecapReport, UnitLine
from desktop_app.scoring import MIN_JP_PER_YEAR, Finding, Predikat
from desktop_app.scoring.codes import LARGEST, MAX_SHARE, MIN_SHARE, MUST_EXIST, MUST_NOT_EXIST

RECAPS = ("distribution", "progress", "jp")
TITLES = {
    "distribution": "Rekapitulasi Distribusi Predikat Kinerja Pegawai",
    "progress": "Rekapitulasi Penyusunan Sasaran Kinerja Pegawai",
    "jp": "Rekapitulasi Pengembangan Kompetensi Pegawai",
}
SLUGS = {"distribution": "rekap-distribusi", "progress": "rekap-skp", "jp": "rekap-jp"}
PLAN_WORDS = ("BELUM ADA SKP", "DRAF", "DIKEMBALIKAN", "DIAJUKAN", "DISETUJUI")
"""The columns of ProgressRow.counts: no SKP, draft, returned, submitted, approved."""
APPROVED = 4
ZERO = Decimal(0)


@lru_cache(maxsize=16)
def _indent(depth: int) -> ParagraphStyle:
    return ParagraphStyle(f"unit-{depth}", parent=CELL, leftIndent=depth * 3 * mm)


def unit_cell(line: UnitLine) -> Paragraph:
    """The unit's name, indented by its depth in the tree."""
    return text(line.name, _indent(min(line.depth, 8)))


def percent(count: int, total: int) -> str:
    if not total:
        return "-"
    value = (Decimal(count) * 100 / Decimal(total)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{angka(value)}%"


def count_share(count: int, total: int) -> str | Paragraph:
    """The count with its share below it ("12" over "(60%)"); "0" for none."""
    if not count:
        return "0"
    return markup(f"{count}<br/>({percent(count, total)})", CELL_CENTER)


# --- the distribution recap --------------------------------------------------------------------


def _share(value: Decimal | None) -> str:
    return angka((value or ZERO) * 100)


def finding_words(finding: Finding) -> str:
    """One finding of the pola distribusi check in Indonesian (the form's language)."""
    names = " dan/atau ".join(p.label for p in finding.predikat)
    count, total, allowed = finding.count, finding.total, finding.allowed_count
    actual = angka((finding.actual_share * 100).quantize(Decimal("0.1"), ROUND_HALF_UP))
    share = _share(finding.allowed_share)
    if finding.kind == MAX_SHARE:
        return (
            f"{names}: {count} dari {total} ({actual}%), melebihi {share}% "
            f"(paling banyak {allowed})"
        )
    if finding.kind == MIN_SHARE:
        return (
            f"{names}: {count} dari {total} ({actual}%), kurang dari {share}% "
            f"(paling sedikit {allowed})"
        )
    if finding.kind == MUST_EXIST:
        return f"{names}: tidak ada, pola mengharapkan ada"
    if finding.kind == MUST_NOT_EXIST:
        return f"{names}: {count} dari {total}, pola mengharapkan tidak ada"
    if finding.kind == LARGEST:
        other = finding.params.get("other", "")
        return f"{names}: {count} dari {total}, bukan kelompok terbesar ({other}: {allowed})"
    return str(finding)


def _check_words(summary: DistributionRow) -> str:
    if not summary.total:
        return "Belum ada predikat final."
    if summary.org_predikat is None:
        return "Capaian kinerja organisasi belum ditetapkan."
    if not summary.findings:
        return "Sesuai pola distribusi."
    return "\n".join(f"• {finding_words(f)}" for f in summary.findings)


def distribution_story(report: RecapReport, width: float) -> list[Flowable]:
    predikat = list(Predikat)
    widths = weighted_widths(width, (50, 18, 18, *[19] * len(predikat), 21, 57), 10 * mm)
    body: list[list[object]] = []
    for number, summary in enumerate(report.distribution, 1):
        org = summary.org_predikat.label if summary.org_predikat else "-"
        body.append(
            [
                str(number),
                unit_cell(summary.line),
                str(summary.headcount),
                str(summary.total),
                *(count_share(summary.counts.get(p, 0), summary.total) for p in predikat),
                org,
                text(_check_words(summary)),
            ]
        )
    heads = (
        "NO",
        "UNIT KERJA",
        "JUMLAH PEGAWAI*",
        "DENGAN PREDIKAT",
        *(p.short_label.upper() for p in predikat),
        "CAPAIAN KINERJA ORGANISASI",
        "HASIL PEMERIKSAAN POLA DISTRIBUSI",
    )
    table = section_table(
        "DISTRIBUSI PREDIKAT KINERJA PEGAWAI PER UNIT KERJA",
        heads,
        widths,
        body,
        ("ALIGN", (2, 2), (4 + len(predikat), -1), "CENTER"),
        empty="Tidak ada pegawai.",
        head=HEAD_SMALL,
    )
    note = (
        "* Jumlah pegawai aktif unit kerja beserta sub-unitnya; predikat dari evaluasi kinerja "
        "yang sudah final. Pola distribusi menurut SE Menteri PANRB Nomor 3 Tahun 2023 sesuai "
        "capaian kinerja organisasi masing-masing unit (panduan, bukan syarat)."
    )
    exempt = sorted({name for row in report.distribution for name in row.exempt})
    return [table, Paragraph(note, SMALL), *_exempt_note(exempt)]


def _exempt_note(exempt: list[str]) -> list[Flowable]:
    """Who is left out of the counts by their kedudukan hukum, and why."""
    if not exempt:
        return []
    words = "; ".join(escape(name) for name in exempt)
    return [
        Paragraph(
            f"Tidak dihitung karena kedudukan hukum (dikecualikan): {words}.",
            SMALL,
        )
    ]


# --- the SKP progress recap --------------------------------------------------------------------


def progress_story(report: RecapReport, width: float) -> list[Flowable]:
    year = report.period.year
    widths = weighted_widths(width, (80, 18, 22, 16, 31, 22, 24, 30, 27, 32), 10 * mm)
    body: list[list[object]] = []
    total = [0] * len(PLAN_WORDS)
    everyone = late = exempt_count = 0
    exempt: list[str] = []
    for row in report.progress:
        late += row.late
        exempt_count += len(row.exempt)
        exempt.extend(row.exempt)
        found, people = row.counts, row.people
        total = [a + b for a, b in zip(total, found, strict=True)]
        everyone += people
        body.append(
            [
                str(len(body) + 1),
                unit_cell(row.line),
                str(people),
                *(str(n) for n in found),
                percent(found[APPROVED], people),
                str(row.late),
                str(len(row.exempt)),
            ]
        )
    people = everyone
    return [
        section_table(
            f"PENYUSUNAN SKP TAHUN {year} PER UNIT KERJA",
            (
                "NO",
                "UNIT KERJA",
                "JUMLAH PEGAWAI*",
                *PLAN_WORDS,
                "PERSENTASE DISETUJUI",
                "TERLAMBAT",
                "DIKECUALIKAN",
            ),
            widths,
            body,
            right=range(2, len(widths)),
            total=[
                "",
                "JUMLAH",
                str(people),
                *(str(n) for n in total),
                percent(total[APPROVED], people),
                str(late),
                str(exempt_count),
            ],
            empty="Tidak ada pegawai.",
            head=HEAD_SMALL,
        ),
        Paragraph(
            "* Pegawai aktif yang tercatat langsung pada unit kerja itu (tanpa sub-unit), "
            "tanpa yang dikecualikan karena kedudukan hukum.",
            SMALL,
        ),
        *_exempt_note(sorted(exempt)),
    ]


# --- the JP recap ------------------------------------------------------------------------------


def jp_story(report: RecapReport, width: float) -> list[Flowable]:
    year = report.period.year
    widths = weighted_widths(width, (57, 17, 17, 17, 20, 15, 20, 18, 18, 30, 30), 10 * mm)
    body: list[list[object]] = []
    for row in report.jp_units:
        body.append([str(len(body) + 1), unit_cell(row.line), *_unit_numbers(row.totals)])
    overall = report.jp_overall or JpTotals(0, 0, 0, 0, 0, 0, ZERO, ZERO, 0, 0)
    minimum = MIN_JP_PER_YEAR
    units = section_table(
        f"PENGEMBANGAN KOMPETENSI TAHUN {year} PER UNIT KERJA",
        ("NO", "UNIT KERJA", "JUMLAH PEGAWAI", f"DI BAWAH {minimum} JP", "MEMILIKI IDP",
         "IDP DISEPAKATI", "IDP WAJIB", "WAJIB BELUM DISEPAKATI", "JP DIRENCA-<br/>NAKAN",
         "JP TERLAK-<br/>SANA", "ANGGARAN RENCANA", "REALISASI BIAYA"),
        widths,
        body,
        right=range(2, len(widths)),
        total=["", "JUMLAH", *_unit_numbers(overall)],
        empty="Tidak ada pegawai.",
        head=HEAD_SMALL,
    )  # fmt: skip
    names = weighted_widths(width, (42, 58, 66, 18, 20, 18, 35), 11 * mm)
    people = section_table(
        f"PEGAWAI DENGAN JP KURANG DARI {minimum} JP TAHUN {year}",
        ("NO", "NIP", "NAMA", "UNIT KERJA", "JP TERLAK-<br/>SANA", "KEKU-<br/>RANGAN",
         "JP DIRENCA-<br/>NAKAN", "STATUS IDP"),
        names,
        [
            [
                str(n),
                r.nip_text,
                text(r.name),
                text(r.unit_name),
                angka(r.jp_done),
                angka(r.shortfall),
                angka(r.jp_planned) if r.jp_planned is not None else "-",
                r.status_word,
            ]
            for n, r in enumerate(report.jp_short, 1)
        ],
        right=(4, 5, 6),
        empty=f"Semua pegawai sudah mencapai {minimum} JP.",
        head=HEAD_SMALL,
    )  # fmt: skip
    note = (
        f"Paling sedikit {minimum} JP setahun (PP 11/2017 Pasal 203 ayat 4); JP terlaksana "
        "dihitung pada tahun kegiatan selesai. JP direncanakan dan anggaran: kegiatan IDP yang "
        "tidak dibatalkan. IDP wajib: ada predikat Butuh Perbaikan, Kurang atau Sangat Kurang."
    )
    return [units, Paragraph(note, SMALL), Spacer(1, 5 * mm), people]


def _unit_numbers(t: JpTotals) -> list[str]:
    return [
        str(t.employees),
        str(t.under_minimum),
        str(t.with_plan),
        str(t.agreed),
        str(t.required),
        str(t.required_open),
        angka(t.jp_planned),
        angka(t.jp_done),
        rupiah(t.cost_planned),
        rupiah(t.cost_actual),
    ]


# --- the document ------------------------------------------------------------------------------


def recap_document(report: RecapReport, setup: PageSetup) -> FormDocument:
    """The recap, ready to lay out."""
    kind, period = report.kind, report.period
    key, year = period.key, period.year
    width = setup.frame_width(LANDSCAPE)
    if kind == "distribution":
        period_line = f"PERIODE: {period.label.upper()} {year}"
        body = distribution_story(report, width)
    elif kind == "progress":
        period_line = f"TAHUN {year}"
        body = progress_story(report, width)
    else:
        period_line = f"TAHUN {year}"
        body = jp_story(report, width)
    as_of = report.as_of
    lines = [f"<b>Instansi:</b> {escape(setup.office_name or '-')}"]
    if report.unit_name is not None:
        lines.append(f"<b>Unit kerja:</b> {escape(report.unit_name)} beserta sub-unitnya")
    lines.append(f"<b>Periode:</b> {periode(period)}")
    lines.append(f"<b>Keadaan data:</b> {tanggal(local_date(as_of))}")
    title = TITLES[kind]
    story: list[Flowable] = [
        *title_block([title.upper(), period_line]),
        *(markup(line, TEXT) for line in lines),
        Spacer(1, 3 * mm),
        *body,
    ]
    where = f" – {report.unit_name}" if report.unit_name is not None else ""
    return FormDocument(
        title=f"{title} {key}{where}",
        subject=f"{title} {key}{where}",
        orientation=LANDSCAPE,
        created=as_of or dt.datetime(year, 1, 1),
        label=f"{title} {key}{where}",
        flowables=story,
        keywords=f"Rekap; {kind}; {key}",
    )


def build_recap(target: Target, report: RecapReport, setup: PageSetup) -> int:
    """Write the recap to `target` (path or binary stream); returns the page count."""
    return render(target, [recap_document(report, setup)], setup)[0]
