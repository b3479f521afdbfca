"""EVALUASI KINERJA PEGAWAI, periodic or annual (one form; domain.md §7.2), landscape.

Blocks in the official order: identity, CAPAIAN KINERJA ORGANISASI with its POLA DISTRIBUSI
chart, HASIL KERJA with realisasi and umpan balik, RATING HASIL KERJA, PERILAKU KERJA with
umpan balik, RATING PERILAKU KERJA, PREDIKAT KINERJA PEGAWAI, signatures. A final evaluation
prints the people frozen at finalising; a draft prints them as today, undated, marked DRAF.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.printing import sources
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
    signature_block,
    text,
    title_block,
)
from desktop_app.printing.chart import caption, pattern_drawing
from desktop_app.printing.layout import LANDSCAPE, FormDocument, PageSetup, Target, render
from desktop_app.printing.results import (
    FOOTNOTE_EXPECTATION,
    FOOTNOTE_PARENT,
    IkiLine,
    RhkBlock,
    columns,
    hasil_kerja_table,
    perilaku_table,
)
from desktop_app.printing.skp import FORM_FOR
from desktop_app.scoring import OrgPredikat, Predikat, Rating
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation.evaluations import EvaluationDetail
from desktop_app.services.skp import plans

LABEL_WIDTH = 70 * mm


def rating_label(key: str | None) -> str:
    return Rating(key).label if key else ""


def predikat_label(key: str | None) -> str:
    return Predikat(key).label if key else ""


def org_label(key: str | None) -> str:
    return OrgPredikat.coerce(key).label if key else ""


def rhk_blocks(
    detail: EvaluationDetail, perspectives: dict[int, str | None], result_of: dict[int, int]
) -> list[RhkBlock]:
    """The evaluation's IKI rows grouped back into their RHK (rows come RHK by RHK);
    `result_of` maps an indicator id to its RHK id (from the plan)."""
    blocks: list[RhkBlock] = []
    keys: list[object] = []
    for row in detail.indicators:
        line = IkiLine(
            row.aspect,
            row.text,
            row.target,
            _realisasi(row.realisasi, row.bukti_dukung),
            row.feedback,
        )
        key = result_of.get(row.indicator_id, (row.is_main, row.result_text, row.parent_text))
        if keys and keys[-1] == key:
            last = blocks[-1]
            blocks[-1] = RhkBlock(
                last.is_main, last.text, last.parent, last.perspective, (*last.lines, line)
            )
        else:
            keys.append(key)
            blocks.append(
                RhkBlock(
                    row.is_main,
                    row.result_text,
                    row.parent_text,
                    perspectives.get(row.indicator_id),
                    (line,),
                )
            )
    return blocks


def _realisasi(realisasi: str, bukti: str) -> str:
    return f"{realisasi}\nBukti dukung: {bukti}" if realisasi and bukti else realisasi


def org_block(width: float, org: str | None) -> Table:
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


def evaluation_document(evaluation_id: int, setup: PageSetup) -> FormDocument:
    """The evaluation form of one evaluation, ready to lay out."""
    detail = evaluations.get_evaluation(evaluation_id)
    plan = plans.get_plan(detail.plan_id) if detail.plan_id else None
    form = plan.form if plan else "STAFF"
    approach = plan.data.approach if plan else "KUANTITATIF"
    perspectives: dict[int, str | None] = {}
    result_of: dict[int, int] = {}
    for result in plan.data.results if plan else []:
        for indicator in result.indicators:
            if indicator.id is not None and result.id is not None:
                perspectives[indicator.id] = result.perspective
                result_of[indicator.id] = result.id
    final = detail.status == evaluations.FINAL
    people = sources.people(detail.snapshot if final else None, detail.employee_id)
    width = setup.frame_width(LANDSCAPE)
    day = local_date(detail.finalized_at) if final else None
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
                f"PERIODE: {detail.period_label.upper()}",
            ]
        ),
        identity_block(
            width, setup.office_name, periode(detail.period_key), people.employee, people.appraiser
        ),
        Spacer(1, 3 * mm),
        KeepTogether(org_block(width, detail.org_predikat)),
        Spacer(1, 3 * mm),
        hasil_kerja_table(
            rhk_blocks(detail, perspectives, result_of),
            columns(form, approach, evaluation=True),
            width,
        ),
        label_value_table(
            width, [("RATING HASIL KERJA", rating_label(detail.rating_hasil))], LABEL_WIDTH
        ),
        *([Paragraph(FOOTNOTE_PARENT, SMALL)] if form != "JPT" else []),
        Spacer(1, 3 * mm),
        # the last value, the ratings, the predikat and the signatures share a page
        TableTail(
            perilaku_table(
                width,
                {b.value_code: b.expectation for b in detail.behaviours},
                {b.value_code: b.feedback for b in detail.behaviours},
            ),
            [
                label_value_table(
                    width,
                    [
                        ("RATING PERILAKU KERJA", rating_label(detail.rating_perilaku)),
                        ("PREDIKAT KINERJA PEGAWAI", predikat_label(detail.predikat)),
                    ],
                    LABEL_WIDTH,
                ),
                Paragraph(FOOTNOTE_EXPECTATION, SMALL),
                signature_block(width, signers),
            ],
        ),
    ]
    who = f"{people.employee.name} ({people.employee.nip_label} {people.employee.nip_text})"
    period = f"{detail.period_label} {detail.year}"
    return FormDocument(
        title=f"Evaluasi Kinerja Pegawai {period} – {people.employee.name}",
        subject=f"Evaluasi kinerja {detail.period_key}: {who}",
        orientation=LANDSCAPE,
        created=last_change(detail),
        label=f"Evaluasi Kinerja {detail.period_key} · {who}",
        flowables=story,
        draft=not final,
        keywords=f"Evaluasi Kinerja; {detail.period_key}; {people.employee.nip}",
        nip=people.employee.nip,
        bookmark=who,
    )


def last_change(detail: EvaluationDetail) -> dt.datetime:
    """The document's date: its last status change (finalising, keberatan steps)."""
    if detail.history:
        return max(step.at for step in detail.history)
    return detail.finalized_at or dt.datetime(detail.year, 1, 1)


def build_evaluation(target: Target, evaluation_id: int, *, setup: PageSetup | None = None) -> int:
    """Write the EVALUASI KINERJA PEGAWAI form of `evaluation_id` to `target` (path or binary
    stream); returns the page count. Needs READ_APPRAISAL (the services check)."""
    setup = setup or sources.page_setup()
    return render(target, [evaluation_document(evaluation_id, setup)], setup)[0]
