"""DOKUMEN EVALUASI KINERJA PEGAWAI, the cover page of a periodic or annual evaluation
(domain.md §7.3), portrait, without the running header: the logo (the emblem slot) sits above
the title. Blocks 1-5 always; 6-8 (keberatan, penjelasan, keputusan) when the employee objected.
The atasan pejabat penilai signs too once the keberatan is decided. A promotion needs this page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from desktop_app.printing.blocks import (
    CELL,
    CELL_BOLD,
    FONT_COMMANDS,
    SHADE,
    TEXT,
    TITLE,
    Signer,
    bold,
    cell,
    grid_style,
    local_date,
    markup,
    periode,
    person_labels,
    person_values,
    read_line,
    signature_block,
    tanggal,
    text,
)
from desktop_app.printing.evaluation import org_label, predikat_label
from desktop_app.printing.layout import COVER, FormDocument, PageSetup, Target, logo_image, render
from desktop_app.printing.report_data import DocumentReport, People, Period, Person
from desktop_app.scoring.period_key import ROMAN, Frequency, PeriodKey

LOGO_SIZE = 24 * mm


def periode_line(period: Period) -> str:
    """ "PERIODE: TRIWULAN I/II/III/IV-AKHIR" with the parts that do not apply struck out
    (domain.md §7.3); semesters alike; a monthly period is written out."""
    key = PeriodKey.parse(period.key)
    year = key.year
    if key.frequency is Frequency.MONTHLY:
        return f"PERIODE: BULAN {key.label.upper()} {year}"
    frequency = key.frequency or period.year_frequency
    if frequency is Frequency.MONTHLY:
        return f"PERIODE: AKHIR (TAHUNAN) {year}"
    quarterly = frequency is not Frequency.SEMESTER
    names = ROMAN if quarterly else ROMAN[:2]
    chosen = "AKHIR" if key.is_annual else ROMAN[key.number - 1]
    shown = [n if n == chosen else f"<strike>{n}</strike>" for n in (*names, "AKHIR")]
    word = "TRIWULAN" if quarterly else "SEMESTER"
    joined = "/".join(shown[:-1]) + ("-" if quarterly else "/") + shown[-1]
    return f"PERIODE: {word} {joined}"


class _Rows:
    """The numbered blocks of the main table with their spans."""

    def __init__(self, value_width: float) -> None:
        self.value_width = value_width
        self.rows: list[list[object]] = []
        self.style: list[tuple] = []
        self.heights: dict[int, float] = {}

    def heading(self, number: int, label: str) -> int:
        start = len(self.rows)
        self.rows.append([f"{number}.", label, "", ""])
        self.style += [
            ("SPAN", (1, start), (3, start)),
            ("BACKGROUND", (0, start), (-1, start), SHADE),
            ("ALIGN", (1, start), (1, start), "LEFT"),
            bold((1, start), (1, start)),
        ]
        return start

    def person(self, number: int, label: str, person: Person) -> None:
        start = self.heading(number, label)
        for n, (name, value) in enumerate(
            zip(person_labels(person), person_values(person), strict=True), 1
        ):
            self.rows.append(["", str(n), name, cell(value, self.value_width)])
        self.style.append(("SPAN", (0, start), (0, len(self.rows) - 1)))

    def pairs(self, number: int, label: str, items: list[tuple[str, str]]) -> None:
        start = self.heading(number, label)
        for n, (name, value) in enumerate(items, 1):
            self.rows.append(["", str(n), name, text(value, CELL_BOLD, empty="-")])
        self.style.append(("SPAN", (0, start), (0, len(self.rows) - 1)))

    def note(self, number: int, label: str, body: str, height: float) -> None:
        """A free-text block at least `height` high (room to write by hand), taller when the
        text needs it."""
        start = self.heading(number, label)
        row = len(self.rows)
        paragraph = text(body, CELL, empty="")
        _, needed = paragraph.wrap(self.value_width + 70 * mm - 6, 1000 * mm)
        self.rows.append(["", paragraph, "", ""])
        self.style += [("SPAN", (1, row), (3, row)), ("SPAN", (0, start), (0, row))]
        self.heights[row] = max(height, needed + 6)


def main_table(width: float, detail: DocumentReport, people: People) -> Table:
    rows = _Rows(width - 79 * mm)
    rows.person(1, "PEGAWAI YANG DINILAI", people.employee)
    rows.person(2, "PEJABAT PENILAI KINERJA", people.appraiser)
    rows.person(3, "ATASAN PEJABAT PENILAI KINERJA", people.superior)
    rows.pairs(
        4,
        "EVALUASI KINERJA",
        [
            ("CAPAIAN KINERJA ORGANISASI", org_label(detail.org_predikat).upper()),
            ("PREDIKAT KINERJA PEGAWAI", predikat_label(detail.predikat).upper()),
        ],
    )
    objected = bool(detail.objection)
    rows.note(5, "CATATAN/REKOMENDASI", detail.notes, (14 if objected else 22) * mm)
    if objected:
        filed = (
            f"\n(diajukan {tanggal(local_date(detail.objection_at))})"
            if detail.objection_at
            else ""
        )
        rows.note(6, "KEBERATAN", detail.objection + filed, 12 * mm)
        rows.note(
            7, "PENJELASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN", detail.explanation, 12 * mm
        )
        rows.note(
            8, "KEPUTUSAN ATASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN", detail.decision, 12 * mm
        )
    heights = [rows.heights.get(n) for n in range(len(rows.rows))]
    table = Table(
        rows.rows, colWidths=[9 * mm, 8 * mm, 62 * mm, width - 79 * mm], rowHeights=heights
    )
    table.setStyle(grid_style(("ALIGN", (0, 0), (1, -1), "CENTER"), *rows.style, header_rows=0))
    return table


def header(setup: PageSetup, detail: DocumentReport, width: float) -> list[Flowable]:
    """Logo, title, PERIODE line, NAMA INSTANSI and PERIODE PENILAIAN."""
    story: list[Flowable] = []
    logo = logo_image(setup)
    if logo is not None:
        w, h = logo.getSize()
        scale = LOGO_SIZE / max(w, h)
        story += [Image(str(setup.logo), w * scale, h * scale), Spacer(1, 3 * mm)]
    story += [
        markup("DOKUMEN EVALUASI KINERJA PEGAWAI", TITLE),
        markup(periode_line(detail.period), TITLE),
        *(
            [markup(f"SKP {detail.period.skp_months.upper()}", TITLE)]
            if detail.period.skp_months
            else []
        ),
        Spacer(1, 5 * mm),
    ]
    info = Table(
        [
            [
                markup("<b>NAMA INSTANSI</b>", TEXT),
                markup(":", TEXT),
                text(setup.office_name.upper(), TEXT, empty="-"),
            ],
            [
                markup("<b>PERIODE PENILAIAN</b>", TEXT),
                markup(":", TEXT),
                text(periode(detail.period).upper(), TEXT),
            ],
        ],
        colWidths=[45 * mm, 4 * mm, width - 49 * mm],
    )
    info.setStyle(
        TableStyle(
            [
                *FONT_COMMANDS,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [*story, info, Spacer(1, 3 * mm)]


def document_document(detail: DocumentReport, setup: PageSetup) -> FormDocument:
    """The Dokumen Evaluasi of one evaluation, ready to lay out."""
    final, people = detail.final, detail.people
    width = setup.frame_width(COVER)
    day = local_date(detail.finalized_at) if final else None
    signers = [
        Signer("Pegawai yang Dinilai", people.employee, setup.place, day),
        Signer("Pejabat Penilai Kinerja", people.appraiser, setup.place, day),
    ]
    decided = detail.decided_at
    if detail.decision and decided is not None:  # the atasan signs the decision, alongside
        signers.append(
            Signer(
                "Atasan Pejabat Penilai Kinerja", people.superior, setup.place, local_date(decided)
            )
        )
    story = [
        *header(setup, detail, width),
        main_table(width, detail, people),
        signature_block(width, signers),
        *read_line(detail.read_at),
    ]
    who = f"{people.employee.name} ({people.employee.nip_label} {people.employee.nip_text})"
    key = detail.period.key
    period = f"{detail.period.label} {detail.period.year}"
    return FormDocument(
        title=f"Dokumen Evaluasi Kinerja Pegawai {period} – {people.employee.name}",
        subject=f"Dokumen evaluasi kinerja {key}: {who}",
        orientation=COVER,
        created=detail.created,
        label=f"Dokumen Evaluasi Kinerja {period} · {who}",  # as the form names it
        flowables=story,
        draft=not final,
        keywords=f"Dokumen Evaluasi Kinerja; {key}; {people.employee.nip}",
        nip=people.employee.nip,
        bookmark=who,
        verification=detail.verification,
    )


def build_document(target: Target, report: DocumentReport, setup: PageSetup) -> int:
    """Write the DOKUMEN EVALUASI KINERJA PEGAWAI to `target` (path or binary stream);
    returns the page count."""
    return render(target, [document_document(report, setup)], setup)[0]
