"""Building blocks of the official forms: paragraph styles, escaped cells, Indonesian dates,
the identity block (PEGAWAI YANG DINILAI | PEJABAT PENILAI KINERJA), label/value rows and the
signature block. Labels are the official Indonesian wording (forms, not interface text)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.printing import fonts
from desktop_app.printing.report_data import Period, Person
from desktop_app.scoring.indonesian_format import (
    day_and_month,
    format_date,
    format_date_span,
    format_number,
    format_rupiah,
)

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
CELL_CENTER = _style("cell-center", alignment=TA_CENTER)
HEAD = _style("head", fontName=fonts.BOLD, alignment=TA_CENTER)
HEAD_SMALL = _style("head-small", 7, fontName=fonts.BOLD, alignment=TA_CENTER)
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
    return format_date(day)


def periode(period: Period) -> str:
    """PERIODE PENILAIAN of a period: "1 Januari – 31 Maret 2026"."""
    first, last = period.first, period.last
    return f"{day_and_month(first)} – {tanggal(last)}"


def local_date(when: dt.datetime | None) -> dt.date | None:
    """The local calendar day of a stored UTC time (a 23:30 UTC approval is the next day in
    Indonesia)."""
    if when is None:
        return None
    return when.replace(tzinfo=dt.UTC).astimezone().date()


def read_line(read_at: dt.datetime | None) -> list[Flowable]:
    """ "Telah dibaca oleh pegawai pada 3 Desember 2026 pukul 18.05" under the signatures of
    an evaluation its employee acknowledged (the local time of the stored UTC time)."""
    if read_at is None:
        return []
    local = read_at.replace(tzinfo=dt.UTC).astimezone()
    when = f"{tanggal(local.date())} pukul {local:%H.%M}"
    return [Spacer(1, 2 * mm), text(f"Telah dibaca oleh pegawai pada {when}", SMALL)]


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
    width: float,
    instansi: str,
    period_text: str,
    left: Person,
    right: Person,
    *,
    titles: tuple[str, str] = ("PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA"),
    period_caption: str = "PERIODE PENILAIAN",
) -> Table:
    """The common header (domain.md §7): instansi left, PERIODE PENILAIAN right, then the
    two columns PEGAWAI YANG DINILAI | PEJABAT PENILAI KINERJA with fields 1-5 (the IDP
    names its columns and its year alike)."""
    no, label = 7 * mm, 35 * mm
    value = width / 2 - no - label
    rows: list[list[object]] = [
        [
            text(instansi.upper(), CELL_BOLD),
            "",
            "",
            markup(
                f"<b>{escape(period_caption)}:</b> {escape(period_text.upper())}",
                CELL_RIGHT,
            ),
            "",
            "",
        ],
        ["NO", titles[0], "", "NO", titles[1], ""],
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
    return [person.name, person.nip_text, person.grade, person.jabatan, person.unit]


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


def _role_lines(signer: Signer) -> str | Paragraph:
    """The role; under an acting assignment the acting jabatan below it ("Plt. Kepala ...")."""
    if not signer.person.acting:
        return signer.role
    return markup(f"{escape(signer.role)}<br/>{escape(signer.person.jabatan)}", SIGN)


def _nip_line(person: Person) -> str:
    """ "NIP. 1970..." ; a named non-ASN official (a Bupati) has no NIP line."""
    if person.is_non_asn and person.name:
        return ""
    return f"{person.nip_label}. {person.nip_text or DOTS}"


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
        rows[1].append(_role_lines(signer))
        rows[2].append("")
        rows[3].append(markup(f"<u><b>{escape(person.name or DOTS)}</b></u>", SIGN))
        rows[4].append(_nip_line(person))
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


def angka(value: Decimal | int | None, *, empty: str = "-") -> str:
    """A number as Indonesian forms write it: "1.250", "2,5" (no trailing zeros)."""
    if value is None:
        return empty
    return format_number(value)


def rupiah(value: int | None, *, empty: str = "-") -> str:
    """An amount in rupiah: "Rp 1.500.000"; `empty` for none."""
    if not value:
        return empty
    return format_rupiah(value)


def date_span(first: dt.date | None, last: dt.date | None) -> str:
    """A schedule: "3 – 5 Februari 2026", "28 Februari – 2 Maret 2026", "3 Februari 2026"."""
    if first is None or last is None:
        return tanggal(first or last) if (first or last) else "-"
    return format_date_span(first, last)


class TableTail(Flowable):
    """A table and what must follow it on the same page (the final ratings, the signatures):
    when the table fits on the page but what follows does not, the table's last `rows` rows
    go over with it (its header rows repeat there), so a page never holds the signatures
    alone. When the table breaks over pages anyway, the rule holds for its last piece."""

    def __init__(self, table: Table, tail: Sequence[Flowable], rows: int = 1) -> None:
        super().__init__()
        self.table = table
        self.tail = list(tail)
        self.rows = rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, 0xFFFFFF  # never drawn itself: split() hands out the pieces

    def _height(self, flowables: Sequence[Flowable], width: float) -> float:
        """The height the flowables take (a KeepTogether by its content: its own wrap says
        "split me")."""
        total = 0.0
        for f in flowables:
            if isinstance(f, KeepTogether):
                total += self._height(f._content, width)
            else:
                total += f.wrapOn(self.canv, width, 0xFFFFFF)[1]
                total += f.getSpaceBefore() + f.getSpaceAfter()
        return total

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        _, height = self.table.wrapOn(self.canv, availWidth, availHeight)
        if height + self._height(self.tail, availWidth) <= availHeight:
            return [self.table, *self.tail]
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        if height <= availHeight:  # the table fits alone: keep its last rows for the tail
            room = sum(self.table._rowHeights[: -self.rows])
            parts = self.table.split(availWidth, room)
        else:
            parts = self.table.split(availWidth, availHeight)
        if len(parts) == 2:
            return [parts[0], TableTail(parts[1], self.tail, self.rows)]
        if at_top:  # nothing better on an empty page: flow as usual
            return [self.table, *self.tail]
        return []  # all of it on the next page


def weighted_widths(width: float, weights: Sequence[float], first: float = 8 * mm) -> list[float]:
    """Column widths: the first column (NO) `first` wide, the rest shared by weight."""
    share = (width - first) / sum(weights)
    return [first, *(w * share for w in weights)]


def section_table(
    title: str,
    heads: Sequence[str],
    widths: Sequence[float],
    body: Sequence[Sequence[object]],
    *extra: tuple,
    right: Sequence[int] = (),
    total: Sequence[object] | None = None,
    empty: str = "-",
    head: ParagraphStyle = HEAD,
) -> Table:
    """A numbered table under its section title: title and column headers (markup) repeat
    after a page break; `right` columns right-aligned; `total` a last bold, shaded row;
    without rows, one row saying `empty`; `head` the style of the column headers. `extra`
    style commands count rows from the title (0) and the headers (1)."""
    count = len(heads)
    last = count - 1
    rows: list[list[object]] = [[title, *[""] * last], [markup(h, head) for h in heads]]
    rows += [list(r) for r in body]
    commands: list[tuple] = [
        ("SPAN", (0, 0), (last, 0)),
        ("VALIGN", (0, 0), (last, 0), "TOP"),
        bold((0, 0), (0, 0)),
        ("ALIGN", (0, 2), (0, -1), "CENTER"),
        *(("ALIGN", (c, 2), (c, -1), "RIGHT") for c in right),
    ]
    if not body:
        rows.append([markup(f"<i>{escape(empty)}</i>"), *[""] * last])
        commands.append(("SPAN", (0, len(rows) - 1), (last, len(rows) - 1)))
    if total is not None:
        rows.append(list(total))
        commands += [bold((0, -1), (-1, -1)), ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
    table = Table(rows, colWidths=list(widths), repeatRows=2)
    table.setStyle(grid_style(*commands, *extra, header_rows=2))
    return table
