"""CATATAN DIALOG KINERJA / CATATAN KONSELING KINERJA: the signed record of one dialogue or
counselling (PermenPANRB 8/2021; no official lampiran format was found, domain.md §13.12, so a
plain record: title, the identity block, the data, the signatures of the employee and the
pejabat penilai with names and NIPs). Pure renderer of `DialogueReport`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.printing.blocks import (
    Signer,
    identity_block,
    label_value_table,
    signature_block,
    tanggal,
    title_block,
)
from desktop_app.printing.layout import PORTRAIT, FormDocument, PageSetup, Target, render
from desktop_app.printing.report_data import Person

TITLES = {"DIALOG": "CATATAN DIALOG KINERJA", "KONSELING": "CATATAN KONSELING KINERJA"}
KINDS = {"DIALOG": "Dialog kinerja", "KONSELING": "Konseling kinerja"}


@dataclass(frozen=True)
class DialogueReport:
    """One record as printed: who (frozen on save), when, what, and what it follows up."""

    kind: str  # DIALOG / KONSELING
    employee: Person
    appraiser: Person
    held_on: dt.date
    others: tuple[str, ...]
    topic: str
    agreement: str
    follow_up_on: dt.date | None
    follows: str  # "Triwulan II 2026 (Kurang)", "IDP 2026", "" for none
    instansi: str
    created: dt.datetime  # the record's last change (UTC): same data, same bytes


def participants(report: DialogueReport) -> str:
    """The employee and the appraiser first, then the others, one a line, numbered."""
    names = [
        f"{report.employee.name} (pegawai yang dinilai)",
        f"{report.appraiser.name or '-'} (pejabat penilai kinerja)",
        *report.others,
    ]
    return "\n".join(f"{n}. {name}" for n, name in enumerate(names, 1))


def dialogue_document(report: DialogueReport, setup: PageSetup) -> FormDocument:
    width = setup.frame_width(PORTRAIT)
    title = TITLES.get(report.kind, "CATATAN DIALOG KINERJA")
    rows = [
        ("Jenis", KINDS.get(report.kind, report.kind)),
        ("Tanggal pelaksanaan", tanggal(report.held_on)),
        ("Peserta", participants(report)),
        ("Topik yang dibahas", report.topic),
        ("Hal yang disepakati", report.agreement),
        ("Tanggal tindak lanjut", tanggal(report.follow_up_on) if report.follow_up_on else "-"),
        ("Menindaklanjuti", report.follows or "-"),
    ]
    story: list[Flowable] = [
        *title_block([title]),
        identity_block(
            width,
            report.instansi or setup.office_name,
            tanggal(report.held_on),
            report.employee,
            report.appraiser,
            period_caption="TANGGAL",
        ),
        Spacer(1, 4 * mm),
        label_value_table(width, rows, 45 * mm),
        signature_block(
            width,
            [
                Signer("Pegawai yang Dinilai", report.employee, setup.place, report.held_on),
                Signer("Pejabat Penilai Kinerja", report.appraiser, setup.place, report.held_on),
            ],
        ),
    ]
    label = f"{title.title()} {report.employee.name} {report.held_on.isoformat()}"
    return FormDocument(
        title=label,
        subject=title,
        orientation=PORTRAIT,
        created=report.created,
        label=label,
        flowables=story,
        keywords=f"{KINDS.get(report.kind, report.kind)}; {report.employee.nip}",
        nip=report.employee.nip,
    )


def build_dialogues(target: Target, reports: Sequence[DialogueReport], setup: PageSetup) -> int:
    """Write the records one after the other (each on its own pages); the page count."""
    return sum(render(target, [dialogue_document(r, setup) for r in reports], setup))
