"""Building blocks of the official forms: paragraph styles, escaped cells, Indonesian dates,
the identity block (PEGAWAI YANG DINILAI | PEJABAT PENILAI KINERJA), label/value rows and the
signature block. Labels are the official Indonesian wording (forms, not interface text)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.printing import fonts
from desktop_app.printing.sources import Person, period_bounds

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
fonts.register()  # Paragraph styles below name the faces; they must be known first
SHADE = colors.Color(0.88, 0.88, 0.88)
GRID = 0.5
DOTS = "...................."


def _style(name: str, size: float = 8, **kwargs: object) -> ParagraphStyle:
    kwargs.setdefault("fontName", fonts.FAMILY)
    kwargs.setdefault("leading", size * 1.25)
    return ParagraphStyle(name, fontSize=size, **kwargs)  # type: ignore[arg-type]


CELL = _style("cell")
CELL_BOLD = _style("cell-bold", fontName=fonts.BOLD)
CELL_RIGHT = _style("cell-right", alignment=TA_RIGHT)
HEAD = _style("head", fontName=fonts.BOLD, alignment=TA_CENTER)
SMALL = _style("small", 7)
TEXT = _style("text", 9)
SIGN = _style("sign", 9, alignment=TA_CENTER)
TITLE = _style("title", 11, fontName=fonts.BOLD, alignment=TA_CENTER, leading=14)


def text(value: str | None, style: ParagraphStyle = CELL, *, empty: str = "") -> Paragraph:
    """A cell: the text escaped (names may hold "&" or "<"), line breaks kept."""
    body = (value or "").strip() or empty
    return Paragraph(escape(body).replace("\n", "<br/>"), style)


def cell(value: str | None, width: float, *, empty: str = "-") -> str | Paragraph:
    """A plain-string cell (8 pt, no wrapping) when the text fits on one line of `width`, else
    a wrapping Paragraph: strings cost a tenth of a Paragraph, and batches print thousands."""
    body = (value or "").strip() or empty
    if "\n" not in body and stringWidth(body, fonts.FAMILY, 8) <= width - 6:
        return body
    return text(body)


def markup(value: str, style: ParagraphStyle = CELL) -> Paragraph:
    """A cell from trusted markup (labels written here, with <b>, <br/>, <strike>)."""
    return Paragraph(value, style)


def tanggal(day: dt.date | None) -> str:
    """A date as forms print it: "22 November 2026"."""
    if day is None:
        return DOTS
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def periode(key: str) -> str:
    """PERIODE PENILAIAN of a period key: "1 Januari – 31 Maret 2026"."""
    first, last = period_bounds(key)
    return f"{first.day} {MONTHS[first.month - 1]} – {tanggal(last)}"


def local_date(when: dt.datetime | None) -> dt.date | None:
    """The local calendar day of a stored UTC time (a 23:30 UTC approval is the next day in
    Indonesia)."""
    if when is None:
        return None
    return when.replace(tzinfo=dt.UTC).astimezone().date()


def title_block(lines: Sequence[str]) -> list[Flowable]:
    return [*(markup(line, TITLE) for line in lines), Spacer(1, 4 * mm)]


FONT_COMMANDS: list[tuple] = [
    ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY),
    ("FONTSIZE", (0, 0), (-1, -1), 8),
    ("LEADING", (0, 0), (-1, -1), 10),
]
"""Plain-string cells (numbers, fixed labels) are drawn in 8 pt DejaVu: much cheaper than a
Paragraph, which only cells whose text may wrap need."""


def bold(*cells: tuple[int, int]) -> tuple:
    """FONTNAME bold for a cell range of plain strings."""
    return ("FONTNAME", cells[0], cells[-1], fonts.BOLD)


def grid_style(*extra: tuple, header_rows: int = 1) -> TableStyle:
    """Thin grid, text on top, the header rows shaded and repeated after a page break."""
    commands: list[tuple] = [
        *FONT_COMMANDS,
        ("GRID", (0, 0), (-1, -1), GRID, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    return TableStyle([*commands, *extra])


def identity_block(
    width: float, instansi: str, period_text: str, left: Person, right: Person
) -> Table:
    """The common header (domain.md §7): instansi left, PERIODE PENILAIAN right, then the
    two columns PEGAWAI YANG DINILAI | PEJABAT PENILAI KINERJA with fields 1-5."""
    no, label = 7 * mm, 35 * mm
    value = width / 2 - no - label
    rows: list[list[object]] = [
        [
            text(instansi.upper(), CELL_BOLD),
            "",
            "",
            markup(
                f"<b>PERIODE PENILAIAN:</b> {escape(period_text.upper())}",
                CELL_RIGHT,
            ),
            "",
            "",
        ],
        ["NO", "PEGAWAI YANG DINILAI", "", "NO", "PEJABAT PENILAI KINERJA", ""],
    ]
    for n, (label_l, value_l, label_r, value_r) in enumerate(
        zip(
            person_labels(left),
            person_values(left),
            person_labels(right),
            person_values(right),
            strict=True,
        ),
        1,
    ):
        rows.append([str(n), label_l, cell(value_l, value), str(n), label_r, cell(value_r, value)])
    table = Table(rows, colWidths=[no, label, value, no, label, value], repeatRows=0)
    table.setStyle(
        TableStyle(
            [
                *FONT_COMMANDS,
                bold((0, 1), (-1, 1)),
                ("ALIGN", (0, 1), (-1, 1), "CENTER"),
                ("ALIGN", (0, 2), (0, -1), "CENTER"),
                ("ALIGN", (3, 2), (3, -1), "CENTER"),
                ("SPAN", (0, 0), (2, 0)),
                ("SPAN", (3, 0), (5, 0)),
                ("SPAN", (1, 1), (2, 1)),
                ("SPAN", (4, 1), (5, 1)),
                ("GRID", (0, 1), (-1, -1), GRID, colors.black),
                ("BACKGROUND", (0, 1), (-1, 1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (3, 0), (3, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def person_labels(person: Person) -> list[str]:
    return ["NAMA", person.nip_label, "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA"]


def person_values(person: Person) -> list[str]:
    return [person.name, person.nip_text, person.grade, person.position, person.unit]


@dataclass(frozen=True)
class Signer:
    """One signature column: "(tempat), (tanggal)", the role line, then name and NIP."""

    role: str
    person: Person
    place: str = ""
    day: dt.date | None = None
    dated: bool = True  # False: no place/date line above this role


def _date_line(signer: Signer) -> str:
    if not signer.dated:
        return ""
    place = signer.place.strip() or DOTS
    return f"{place}, {tanggal(signer.day)}"


def signature_block(width: float, signers: Sequence[Signer | None]) -> Flowable:
    """Signers side by side (None leaves a column empty), kept together on one page."""
    columns = len(signers)
    rows: list[list[object]] = [[], [], [], [], []]
    for signer in signers:
        if signer is None:
            for row in rows:
                row.append("")
            continue
        person = signer.person
        line = _date_line(signer)
        fits = stringWidth(line, fonts.FAMILY, 9) <= width / columns - 12
        rows[0].append(line if fits else text(line, SIGN))
        rows[1].append(signer.role)
        rows[2].append("")
        rows[3].append(markup(f"<u><b>{escape(person.name or DOTS)}</b></u>", SIGN))
        rows[4].append(f"{person.nip_label}. {person.nip_text or DOTS}")
    table = Table(
        rows, colWidths=[width / columns] * columns, rowHeights=[None, None, 18 * mm, None, None]
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("LEADING", (0, 0), (-1, -1), 11),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return KeepTogether([Spacer(1, 6 * mm), table])


def label_value_table(width: float, rows: Sequence[tuple[str, str]], label_width: float) -> Table:
    """Bold labels left, values right, in a grid (RATING HASIL KERJA | Sesuai Ekspektasi)."""
    data = [[label, text(value, CELL_BOLD, empty="-")] for label, value in rows]
    table = Table(data, colWidths=[label_width, width - label_width])
    table.setStyle(grid_style(bold((0, 0), (0, -1)), header_rows=0))
    return table


def numbered_lines(value: str) -> str:
    """Free text as the lampiran lists print it: one numbered item per non-empty line."""
    lines = [line.strip() for line in (value or "").splitlines() if line.strip()]
    if len(lines) <= 1:
        return lines[0] if lines else ""
    return "\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1))
