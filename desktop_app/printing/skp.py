"""SASARAN KINERJA PEGAWAI with its LAMPIRAN page (domain.md §7.1, §2.3), portrait.

Signers' names and NIP come from the approval snapshot; a plan that is not approved yet prints
the people as they are today, no date, and "DRAF" in the footer.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from desktop_app.printing import sources
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
from desktop_app.printing.results import (
    FOOTNOTE_EXPECTATION,
    FOOTNOTE_PARENT,
    IkiLine,
    RhkBlock,
    columns,
    hasil_kerja_table,
    perilaku_table,
)
from desktop_app.services.skp import plans
from desktop_app.services.skp.plans import IndicatorInput, PlanDetail

FORM_FOR = {
    "JPT": "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
    "STAFF": "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
}


def target_text(indicator: IndicatorInput) -> str:
    if indicator.target_text:
        return indicator.target_text
    return " ".join(p for p in (indicator.target_value, indicator.target_unit) if p)


def rhk_blocks(detail: PlanDetail) -> list[RhkBlock]:
    """The plan's RHK with their IKI rows, the leader's RHK written out."""
    parents = {c.id: c.text for c in detail.parent_choices}
    return [
        RhkBlock(
            r.is_main,
            r.text,
            parents.get(r.parent_result_id or 0, r.parent_text)
            if r.parent_result_id
            else r.parent_text,
            r.perspective,
            tuple(IkiLine(i.aspect, i.text, target_text(i)) for i in r.indicators),
        )
        for r in detail.data.results
    ]


def title_lines(kind: str, approach: str, form: str) -> list[str]:
    return [
        kind,
        f"PENDEKATAN HASIL KERJA {approach.upper()}",
        FORM_FOR.get(form, FORM_FOR["STAFF"]),
    ]


def skp_document(plan_id: int, setup: PageSetup) -> FormDocument:
    """The SKP of one plan as a document to lay out (reads through plans.get_plan)."""
    detail = plans.get_plan(plan_id)
    approved = detail.status == plans.APPROVED
    snapshot, approved_at = sources.plan_snapshot(plan_id) if approved else ({}, None)
    people = sources.people(snapshot, detail.employee_id)
    width = setup.frame_width(PORTRAIT)
    key = str(detail.year)
    day = local_date(approved_at)
    signers = [
        Signer("Pegawai yang Dinilai", people.employee, dated=False),
        Signer("Pejabat Penilai Kinerja", people.appraiser, setup.place, day),
    ]
    identity = identity_block(
        width, setup.office_name, periode(key), people.employee, people.appraiser
    )
    story: list[Flowable] = [
        *title_block(title_lines("SASARAN KINERJA PEGAWAI", detail.data.approach, detail.form)),
        identity,
        Spacer(1, 4 * mm),
        hasil_kerja_table(
            rhk_blocks(detail), columns(detail.form, detail.data.approach, evaluation=False), width
        ),
    ]
    if detail.form != "JPT":
        story.append(Paragraph(FOOTNOTE_PARENT, SMALL))
    story += [
        Spacer(1, 4 * mm),
        TableTail(  # the signatures never start a page alone
            perilaku_table(width, detail.data.expectations),
            [Paragraph(FOOTNOTE_EXPECTATION, SMALL), signature_block(width, signers)],
        ),
        PageBreak(),
        *lampiran(detail, setup, people, width),
        signature_block(width, signers),
    ]
    created = approved_at or (
        detail.history[-1].at if detail.history else dt.datetime(detail.year, 1, 1)
    )
    who = f"{people.employee.name} ({people.employee.nip_label} {people.employee.nip_text})"
    return FormDocument(
        title=f"Sasaran Kinerja Pegawai {detail.year} – {people.employee.name}",
        subject=f"SKP tahun {detail.year}: {who}",
        orientation=PORTRAIT,
        created=created,
        label=f"SKP {detail.year} · {who}",
        flowables=story,
        draft=not approved,
        keywords=f"SKP; {detail.year}; {people.employee.nip}",
        nip=people.employee.nip,
        bookmark=who,
    )


def lampiran(
    detail: PlanDetail, setup: PageSetup, people: sources.People, width: float
) -> list[Flowable]:
    """LAMPIRAN SASARAN KINERJA PEGAWAI: dukungan sumber daya, skema pertanggungjawaban,
    konsekuensi (one numbered item per line)."""
    identity = identity_block(
        width, setup.office_name, periode(str(detail.year)), people.employee, people.appraiser
    )
    rows: list[list[object]] = []
    style: list[tuple] = []
    for label, value in (
        ("DUKUNGAN SUMBER DAYA", detail.data.resources),
        ("SKEMA PERTANGGUNGJAWABAN", detail.data.accountability),
        ("KONSEKUENSI", detail.data.consequences),
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


def build_skp(target: Target, plan_id: int, *, setup: PageSetup | None = None) -> int:
    """Write the SKP of `plan_id` with its Lampiran to `target` (path or binary stream);
    returns the page count. Needs READ_APPRAISAL on the employee (plans.get_plan checks)."""
    setup = setup or sources.page_setup()
    return render(target, [skp_document(plan_id, setup)], setup)[0]
