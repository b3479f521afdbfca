"""The HASIL KERJA and PERILAKU KERJA tables shared by the SKP and the evaluation form.

Columns follow the form of the plan (domain.md §2.3, §7.2): the staff form has the RHK
pimpinan yang diintervensi and the aspek, the JPT form the perspektif; a kualitatif plan joins
IKI and target into one column. One row per IKI; the RHK cells span its IKI rows. Section rows
"A. UTAMA" / "B. TAMBAHAN" span the table; the header rows repeat after a page break.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Table

from desktop_app.printing.blocks import (
    HEAD,
    SHADE,
    bold,
    grid_style,
    markup,
    text,
)
from desktop_app.printing.report_data import IkiLine, RhkBlock
from desktop_app.scoring.codes import BERAKHLAK, SKP_ASPECTS, SKP_PERSPECTIVES
from desktop_app.scoring.rhk_numbering import number_in_section, rhk_numbers

HEADERS = {
    "no": "NO",
    "parent": "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI*",
    "rhk": "RENCANA HASIL KERJA",
    "aspect": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "iki_target": "UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU, DAN TARGET",
    "perspective": "PERSPEKTIF",
    "realisasi": "REALISASI BERDASARKAN BUKTI DUKUNG",
    "feedback": "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
}
WEIGHTS = {
    "parent": 18, "rhk": 18, "aspect": 8, "iki": 22, "target": 12, "iki_target": 30,
    "perspective": 13, "realisasi": 20, "feedback": 20,
}  # fmt: skip
SPANNED = ("no", "parent", "rhk", "perspective")  # one value per RHK, spanning its IKI rows
FOOTNOTE_PARENT = (
    "* Dalam hal rencana hasil kerja Pimpinan yang diintervensi adalah hasil kerja pejabat "
    "pimpinan tinggi dan Pimpinan unit kerja mandiri/organisasi maka dituliskan rencana hasil "
    "kerja beserta indikator kinerja individu pejabat pimpinan tinggi dan Pimpinan unit kerja "
    "mandiri atau sasaran dan indikator kinerja organisasi yang diintervensi"
)
FOOTNOTE_EXPECTATION = (
    "** Pimpinan dapat memberikan Ekspektasi khusus terhadap satu atau lebih aspek perilaku "
    "kerja Pegawai"
)


def columns(form: str, approach: str, *, evaluation: bool) -> list[str]:
    """The columns of the HASIL KERJA table for a plan's form (JPT/STAFF) and approach."""
    iki = ["iki_target"] if approach == "KUALITATIF" else ["iki", "target"]
    cols = (
        ["no", "rhk", *iki, "perspective"]
        if form == "JPT"
        else ["no", "parent", "rhk", "aspect", *iki]
    )
    if evaluation:
        cols += ["realisasi", "feedback"]
    return cols


def _widths(cols: Sequence[str], width: float) -> list[float]:
    no = 8 * mm
    total = sum(WEIGHTS[c] for c in cols if c != "no")
    return [no if c == "no" else (width - no) * WEIGHTS[c] / total for c in cols]


def _cell(col: str, number: int, block: RhkBlock, line: IkiLine | None) -> object:
    if col == "no":
        return str(number)
    if col == "parent":
        return text(block.parent, empty="-")
    if col == "rhk":
        return text(block.text)
    if col == "perspective":
        return text(
            SKP_PERSPECTIVES.data.get(block.perspective or "", block.perspective or ""), empty="-"
        )
    if line is None:
        return ""
    if col == "aspect":
        return SKP_ASPECTS.data.get(line.aspect, line.aspect)
    if col == "iki_target":
        return text("\n".join(p for p in (line.text, line.target) if p))
    return text(
        getattr(line, {"iki": "text"}.get(col, col)),
        empty="-" if col in ("target", "realisasi") else "",
    )


def hasil_kerja_table(blocks: Sequence[RhkBlock], cols: Sequence[str], width: float) -> Table:
    """HASIL KERJA: the title, header and column numbers (repeated on every page), then
    A. UTAMA and B. TAMBAHAN. The title is a table row so it never ends a page alone."""
    last = len(cols) - 1
    rows: list[list[object]] = [
        ["HASIL KERJA", *[""] * last],
        [markup(HEADERS[c], HEAD) for c in cols],
        [f"({n})" for n in range(1, len(cols) + 1)],
    ]
    extra: list[tuple] = [
        ("SPAN", (0, 0), (last, 0)),
        ("VALIGN", (0, 0), (last, 0), "TOP"),
        bold((0, 0), (0, 0)),
        ("ALIGN", (0, 2), (last, 2), "CENTER"),
        ("ALIGN", (0, 3), (0, -1), "CENTER"),
    ]
    labels = rhk_numbers(b.is_main for b in blocks)  # the numbering the editor shows too
    for label, main in (("A. UTAMA", True), ("B. TAMBAHAN", False)):
        section = len(rows)
        extra += [
            ("SPAN", (0, section), (last, section)),
            ("BACKGROUND", (0, section), (last, section), SHADE),
        ]
        rows.append([label, *[""] * last])
        extra += [bold((0, section), (0, section)), ("ALIGN", (0, section), (0, section), "LEFT")]
        chosen = [(label, b) for label, b in zip(labels, blocks, strict=True) if b.is_main == main]
        if not chosen:
            extra.append(("SPAN", (0, len(rows)), (last, len(rows))))
            rows.append(["-", *[""] * last])
        for label_of_rhk, block in chosen:
            number = number_in_section(label_of_rhk)
            lines: list[IkiLine | None] = list(block.lines) or [None]
            start = len(rows)
            for index, line in enumerate(lines):
                rows.append(
                    [
                        _cell(c, number, block, line) if index == 0 or c not in SPANNED else ""
                        for c in cols
                    ]
                )
            end = len(rows) - 1
            if end > start:
                for c, col in enumerate(cols):
                    if col in SPANNED:
                        extra.append(("SPAN", (c, start), (c, end)))
            # an RHK stays on one page, and a section heading never ends a page alone (the
            # ranges must not overlap: reportlab keeps only one range per cell)
            extra.append(("NOSPLIT", (0, section if number == 1 else start), (last, end)))
        if not chosen:
            extra.append(("NOSPLIT", (0, section), (last, len(rows) - 1)))
    table = Table(rows, colWidths=_widths(cols, width), repeatRows=3)
    table.setStyle(grid_style(*extra, header_rows=3))
    return table


def perilaku_table(
    width: float,
    expectations: dict[int, str],
    feedback: dict[int, str] | None = None,
) -> Table:
    """PERILAKU KERJA: each BerAKHLAK value with its three guides and the ekspektasi khusus
    pimpinan (and, on the evaluation, the umpan balik per value)."""
    heads = ["NO", "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN**"]
    if feedback is not None:
        heads.append(HEADERS["feedback"])
    title = ["PERILAKU KERJA", *[""] * (len(heads) - 1)]
    rows: list[list[object]] = [title, [markup(h, HEAD) for h in heads]]
    for value in BERAKHLAK.data:
        guides = "".join(f"<br/>- {escape(g)}" for g in value.guides)
        row: list[object] = [
            str(value.code),
            markup(f"<b>{escape(value.name)}</b>{guides}"),
            text(expectations.get(value.code, ""), empty="-"),
        ]
        if feedback is not None:
            row.append(text(feedback.get(value.code, ""), empty="-"))
        rows.append(row)
    no = 8 * mm
    rest = width - no
    widths = (
        [no, rest * 0.5, rest * 0.5]
        if feedback is None
        else [no, rest * 0.4, rest * 0.3, rest * 0.3]
    )
    table = Table(rows, colWidths=widths, repeatRows=2)
    table.setStyle(
        grid_style(
            ("SPAN", (0, 0), (-1, 0)),
            bold((0, 0), (0, 0)),
            ("ALIGN", (0, 2), (0, -1), "CENTER"),
            header_rows=2,
        )
    )
    return table
