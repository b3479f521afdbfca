"""Recaps for HR, landscape, one table row per unit in tree order (indented), the header
repeated on every page, "Halaman X dari Y" and the office header:

* `distribution`: per unit with its sub-units, for a period key, the head-count, the predikat
  counts of the final evaluations, the organisation predikat (capaian kinerja organisasi) and
  what the pola distribusi check finds (SE MenPANRB 3/2023; guidance, never a block).
* `progress`: per unit, for a year, how many of its own employees have no SKP, a draft, a
  returned, a submitted or an approved SKP.
* `jp`: per unit, for a year, who is under 20 JP, IDPs made, agreed and required, JP planned
  against done and the budget; then the employees under 20 JP.

Everything is read through the services (only the employees the user may see). A recap is
dated by the last change to the database, so printing it twice gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.printing import sources
from desktop_app.printing.batch import find_unit
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
from desktop_app.scoring import MIN_JP_PER_YEAR, Finding, OrgPredikat, Predikat
from desktop_app.scoring.codes import LARGEST, MAX_SHARE, MIN_SHARE, MUST_EXIST, MUST_NOT_EXIST
from desktop_app.scoring.nip import display_nip
from desktop_app.services import periods
from desktop_app.services.development import idp as development
from desktop_app.services.development import office_view as development_office
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import units as unit_service
from desktop_app.services.session import Action, current, require
from desktop_app.services.skp import plans

RECAPS = ("distribution", "progress", "jp")
TITLES = {
    "distribution": "Rekapitulasi Distribusi Predikat Kinerja Pegawai",
    "progress": "Rekapitulasi Penyusunan Sasaran Kinerja Pegawai",
    "jp": "Rekapitulasi Pengembangan Kompetensi Pegawai",
}
SLUGS = {"distribution": "rekap-distribusi", "progress": "rekap-skp", "jp": "rekap-jp"}
PLAN_WORDS = {
    plans.NO_PLAN: "BELUM ADA SKP",
    plans.DRAFT: "DRAF",
    plans.RETURNED: "DIKEMBALIKAN",
    plans.SUBMITTED: "DIAJUKAN",
    plans.APPROVED: "DISETUJUI",
}
ZERO = Decimal(0)


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "printing", **params)


@dataclass(frozen=True)
class UnitLine:
    """A unit in tree order with its depth (0 for a top unit)."""

    id: int
    code: str
    name: str
    depth: int


def unit_lines(root: int | None = None) -> list[UnitLine]:
    """The units (the one given and those below it, or all) in tree order."""
    rows = unit_service.list_units()
    ids = {r.id for r in rows}
    children: dict[int | None, list[unit_service.UnitRow]] = {}
    for r in rows:
        children.setdefault(r.parent_id if r.parent_id in ids else None, []).append(r)
    out: list[UnitLine] = []
    seen: set[int] = set()

    def walk(items: Sequence[unit_service.UnitRow], depth: int) -> None:
        for r in items:
            if r.id in seen:
                continue
            seen.add(r.id)
            out.append(UnitLine(r.id, r.code, r.name, depth))
            walk(children.get(r.id, []), depth + 1)

    walk([r for r in rows if r.id == root] if root is not None else children.get(None, []), 0)
    return out


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


def _check_words(summary: evaluations.DistributionSummary) -> str:
    if not summary.total:
        return "Belum ada predikat final."
    if summary.org_predikat is None:
        return "Capaian kinerja organisasi belum ditetapkan."
    if not summary.findings:
        return "Sesuai pola distribusi."
    return "\n".join(f"• {finding_words(f)}" for f in summary.findings)


def distribution_story(key: str, root: int | None, width: float) -> list[Flowable]:
    predikat = list(Predikat)
    widths = weighted_widths(width, (50, 18, 18, *[19] * len(predikat), 21, 57), 10 * mm)
    rows = unit_service.list_units()
    body: list[list[object]] = []
    number = 0
    for line in unit_lines(root):
        units = unit_service.descendants(line.id, rows)
        summary = evaluations.distribution(
            units, key, org_predikat=evaluations.org_result(line.id, key)
        )
        if not summary.headcount and not summary.total:
            continue
        number += 1
        org = OrgPredikat.coerce(summary.org_predikat).label if summary.org_predikat else "-"
        body.append(
            [
                str(number),
                unit_cell(line),
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
    return [table, Paragraph(note, SMALL)]


# --- the SKP progress recap --------------------------------------------------------------------


def progress_story(year: int, root: int | None, width: float) -> list[Flowable]:
    if periods.period_for(year) is None:
        raise _error(
            N_("printing", "The year {year} has not been opened: HR opens it first (Periods)."),
            year=year,
        )
    lines = unit_lines(root)
    scope = None if root is None else {line.id for line in lines}
    counts: dict[int, Counter[str]] = {}
    for row in plans.progress(year, scope):
        counts.setdefault(row.unit_id, Counter())[row.status] += 1
    statuses = list(PLAN_WORDS)
    widths = weighted_widths(width, (112, 20, 22, 18, 25, 20, 20, 22), 10 * mm)
    body: list[list[object]] = []
    total: Counter[str] = Counter()
    for line in lines:
        found = counts.get(line.id)
        if not found:
            continue
        total.update(found)
        people = sum(found.values())
        body.append(
            [
                str(len(body) + 1),
                unit_cell(line),
                str(people),
                *(str(found.get(s, 0)) for s in statuses),
                percent(found.get(plans.APPROVED, 0), people),
            ]
        )
    people = sum(total.values())
    return [
        section_table(
            f"PENYUSUNAN SKP TAHUN {year} PER UNIT KERJA",
            ("NO", "UNIT KERJA", "JUMLAH PEGAWAI*", *PLAN_WORDS.values(), "PERSENTASE DISETUJUI"),
            widths,
            body,
            right=range(2, len(widths)),
            total=[
                "",
                "JUMLAH",
                str(people),
                *(str(total.get(s, 0)) for s in statuses),
                percent(total.get(plans.APPROVED, 0), people),
            ],
            empty="Tidak ada pegawai.",
            head=HEAD_SMALL,
        ),
        Paragraph(
            "* Pegawai aktif yang tercatat langsung pada unit kerja itu (tanpa sub-unit).", SMALL
        ),
    ]


# --- the JP recap ------------------------------------------------------------------------------


def jp_story(year: int, root: int | None, width: float) -> list[Flowable]:
    lines = unit_lines(root)
    scope = None if root is None else {line.id for line in lines}
    rows = development_office.office_view(year, scope)
    totals, overall = development_office.unit_totals(rows)
    by_unit = {t.unit_id: t for t in totals}
    widths = weighted_widths(width, (57, 17, 17, 17, 20, 15, 20, 18, 18, 30, 30), 10 * mm)
    body: list[list[object]] = []
    for line in lines:
        t = by_unit.get(line.id)
        if t is None:
            continue
        body.append([str(len(body) + 1), unit_cell(line), *_unit_numbers(t)])
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
    order = {line.id: n for n, line in enumerate(lines)}
    under = sorted(
        (r for r in rows if r.under_minimum),
        key=lambda r: (order.get(r.unit_id, len(order)), r.name.casefold(), r.nip),
    )
    names = weighted_widths(width, (42, 58, 66, 18, 20, 18, 35), 11 * mm)
    people = section_table(
        f"PEGAWAI DENGAN JP KURANG DARI {minimum} JP TAHUN {year}",
        ("NO", "NIP", "NAMA", "UNIT KERJA", "JP TERLAK-<br/>SANA", "KEKU-<br/>RANGAN",
         "JP DIRENCA-<br/>NAKAN", "STATUS IDP"),
        names,
        [
            [
                str(n),
                display_nip(r.nip),
                text(r.name),
                text(r.unit_name),
                angka(r.jp_done),
                angka(r.shortfall),
                angka(r.jp_planned) if r.plan_id is not None else "-",
                development.STATUS_WORDS.get(r.plan_status, r.plan_status),
            ]
            for n, r in enumerate(under, 1)
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


def _unit_numbers(t: development_office.UnitTotal) -> list[str]:
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


def _kind(kind: str) -> str:
    if kind not in RECAPS:
        raise _error(
            N_("printing", "Recap '{kind}' is not known: use distribution, progress or jp."),
            kind=kind,
        )
    return kind


def recap_key(kind: str, period_key: str) -> str:
    """The normalised period key; the SKP and JP recaps take only the year of it."""
    period = evaluations.parse_key(period_key)
    if kind != "distribution" or period.is_annual:
        return str(period.year)
    return str(period)


def recap_document(
    kind: str, period_key: str, setup: PageSetup, unit: tuple[int, str] | None = None
) -> FormDocument:
    """The recap of `kind` for the period (all units, or `unit` = (id, name) and those below
    it), ready to lay out."""
    kind = _kind(kind)
    key = recap_key(kind, period_key)
    period = evaluations.parse_key(key)
    year = period.year
    width = setup.frame_width(LANDSCAPE)
    root = unit[0] if unit else None
    if kind == "distribution":
        period_line = f"PERIODE: {period.label.upper()} {year}"
        body = distribution_story(key, root, width)
    elif kind == "progress":
        period_line = f"TAHUN {year}"
        body = progress_story(year, root, width)
    else:
        period_line = f"TAHUN {year}"
        body = jp_story(year, root, width)
    as_of = sources.data_as_of()
    lines = [f"<b>Instansi:</b> {escape(setup.office_name or '-')}"]
    if unit:
        lines.append(f"<b>Unit kerja:</b> {escape(unit[1])} beserta sub-unitnya")
    lines.append(f"<b>Periode:</b> {periode(key)}")
    lines.append(f"<b>Keadaan data:</b> {tanggal(local_date(as_of))}")
    title = TITLES[kind]
    story: list[Flowable] = [
        *title_block([title.upper(), period_line]),
        *(markup(line, TEXT) for line in lines),
        Spacer(1, 3 * mm),
        *body,
    ]
    where = f" – {unit[1]}" if unit else ""
    return FormDocument(
        title=f"{title} {key}{where}",
        subject=f"{title} {key}{where}",
        orientation=LANDSCAPE,
        created=as_of or dt.datetime(year, 1, 1),
        label=f"{title} {key}{where}",
        flowables=story,
        keywords=f"Rekap; {kind}; {key}",
    )


def build_recap(
    target: Target,
    kind: str,
    period_key: str,
    *,
    unit: str | int | None = None,
    setup: PageSetup | None = None,
) -> int:
    """Write the recap `kind` (distribution, progress, jp) for the period to `target` (path or
    binary stream), for every unit or for `unit` (id or code) and those below it; returns the
    page count. Bad kind, period or unit: InputError. Reads what the user may see."""
    kind = _kind(kind)
    signed_in = current()
    require(Action.READ_APPRAISAL, signed_in.employee_id if signed_in is not None else None)
    chosen = None
    if unit is not None:
        unit_id, _code, name = find_unit(unit)
        chosen = (unit_id, name)
    setup = setup or sources.page_setup()
    return render(target, [recap_document(kind, period_key, setup, chosen)], setup)[0]
