"""The merged PDF written chunk by chunk (printing/merged.py): the same pages and text whatever
the chunk size, fonts and the logo written once, deterministic bytes, the latest date in the
metadata, characters beyond the seeded subset, references back to a page, and nothing left
behind by a failure."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop_app.printing import fonts
from desktop_app.printing.layout import PORTRAIT, FormDocument, PageSetup
from desktop_app.printing.merged import MergedPdfWriter, render_merged
from tests.printing.conftest import assert_valid, qpdf_check, read, tiny_png

START = dt.datetime(2026, 12, 1, 8, 0)


def _documents(count: int, *, long: bool = False, names: list[str] | None = None):
    """`count` small forms; `long` ones take two pages. Built lazily, as a batch is."""
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.FAMILY, fontSize=10, leading=13)
    bold = ParagraphStyle("bold", parent=body, fontName=fonts.BOLD)
    for number in range(count):
        name = names[number] if names else f"Pegawai Nomor {number + 1}"
        flowables = [Paragraph(f"FORMULIR {number + 1}", bold), Paragraph(name, body)]
        if long:
            flowables += [Paragraph(f"Baris {line} dari formulir {number + 1}.", body)
                          for line in range(70)]  # fmt: skip
        yield FormDocument(
            title=f"Form {number + 1}",
            subject="uji",
            orientation=PORTRAIT,
            created=START + dt.timedelta(days=number % 3),
            label=f"Formulir {number + 1} · {name}",
            flowables=flowables,
            bookmark=name if number % 2 else "",  # the label when none is given
        )


def _objects(path: Path) -> list[DictionaryObject]:
    """Every dictionary (and stream) object of the file."""
    reader = pypdf.PdfReader(str(path))
    found = []
    for number in range(1, int(reader.trailer["/Size"])):
        obj = IndirectObject(number, 0, reader).get_object()
        if isinstance(obj, DictionaryObject):
            found.append(obj)
    return found


SETUP = PageSetup(office_name="Dinas Uji")


@pytest.mark.parametrize("long", [False, True])
def test_every_chunk_size_gives_the_same_pages(tmp_path, long):
    texts = {}
    for chunk in (1, 2, 100):
        path = tmp_path / f"merged-{chunk}.pdf"
        counts = render_merged(
            path, _documents(5, long=long), SETUP, title="Batch", subject="s", chunk=chunk
        )
        assert counts == [2 if long else 1] * 5
        reader, texts[chunk] = read(path)
        assert len(reader.pages) == sum(counts)
        assert_valid(path)
    assert texts[1] == texts[2] == texts[100]
    pages = texts[1]
    if long:
        assert "FORMULIR 3" in pages[4] and "Halaman 1 dari 2" in pages[4]
        assert "Baris 69 dari formulir 3" in pages[5] and "Halaman 2 dari 2" in pages[5]
    else:
        assert [f"FORMULIR {n}" in page for n, page in enumerate(pages, 1)] == [True] * 5
        assert all("Halaman 1 dari 1" in page and "DINAS UJI" in page for page in pages)


def test_fonts_and_the_logo_are_written_once(tmp_path):
    setup = PageSetup(office_name="Dinas Uji", logo=tiny_png(tmp_path / "logo.png"))
    one, many = tmp_path / "one.pdf", tmp_path / "many.pdf"
    names = ["José Ramos", "Ani Müller", "Ñoño", "Zoë", "Ærø Bæk", "Ōtsuka Ŧ"]  # each chunk its own
    render_merged(one, _documents(6, names=names), setup, title="t", subject="s", chunk=100)
    render_merged(many, _documents(6, names=names), setup, title="t", subject="s", chunk=2)

    def kinds(path: Path) -> tuple[int, int]:
        objects = _objects(path)
        descriptors = [o for o in objects if o.get("/Type") == "/FontDescriptor"]
        images = [o for o in objects if o.get("/Subtype") == "/Image"]
        return len(descriptors), len(images)

    # regular and bold, the seeded 256 glyphs each, + a second regular subset for Ō and Ŧ
    # (beyond the seed, in the last chunk only); one logo
    assert kinds(many) == kinds(one) == (3, 1)
    assert many.stat().st_size < one.stat().st_size + 4_000  # pages and resource dictionaries
    reader, _ = read(many)
    logos = {
        page["/Resources"]["/XObject"].raw_get(name).idnum
        for page in reader.pages
        for name in page["/Resources"]["/XObject"]
    }
    assert len(logos) == 1
    assert_valid(many)


def test_same_documents_give_the_same_bytes(tmp_path):
    first, second = io.BytesIO(), io.BytesIO()
    for stream in (first, second):
        render_merged(stream, _documents(5), SETUP, title="t", subject="s", chunk=2)
    assert first.getvalue() == second.getvalue()
    assert first.getvalue().startswith(b"%PDF-1.4") and first.getvalue().endswith(b"%%EOF\n")


def test_metadata_carries_the_batch_title_and_the_latest_date(tmp_path):
    path = tmp_path / "meta.pdf"
    render_merged(
        path, _documents(7), SETUP, title="Dokumen – Uji", subject="7 pegawai", keywords="k; 1",
        chunk=3,
    )  # fmt: skip
    reader = pypdf.PdfReader(str(path))
    meta = reader.metadata
    assert (meta.title, meta.subject, meta["/Keywords"]) == ("Dokumen – Uji", "7 pegawai", "k; 1")
    assert meta.creation_date.replace(tzinfo=None) == START + dt.timedelta(days=2)
    assert reader.trailer["/Root"]["/Lang"] == "id-ID"


def test_characters_beyond_the_seeded_subset(tmp_path):
    names = ["Şükrü Ωmega Đặng", "Ani Lestari", "Ğ ŉ Ŵ Ÿ ž ∑ Ж"]
    path = tmp_path / "rare.pdf"
    render_merged(path, _documents(3, names=names), SETUP, title="t", subject="s", chunk=2)
    _, texts = read(path)
    for name, text in zip(names, texts, strict=True):
        assert name in text
    assert_valid(path)


def test_a_failure_midway_leaves_no_file(tmp_path):
    def failing():
        for number, document in enumerate(_documents(9)):
            if number == 5:
                raise KeyboardInterrupt
            yield document

    target = tmp_path / "batch.pdf"
    target.write_bytes(b"an earlier print")
    with pytest.raises(KeyboardInterrupt):
        render_merged(target, failing(), SETUP, title="t", subject="s", chunk=2)
    assert [p.name for p in tmp_path.iterdir()] == ["batch.pdf"]
    assert target.read_bytes() == b"an earlier print"
    with pytest.raises(ValueError, match="at least one document"):
        render_merged(tmp_path / "none.pdf", iter(()), SETUP, title="t", subject="s")
    assert [p.name for p in tmp_path.iterdir()] == ["batch.pdf"]


def _linked_pdf(label: str) -> bytes:
    """Two pages; an annotation on the first points back at its page (/P) and at the second
    (a /Dest), the references the writer must renumber without looping."""
    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_blank_page(200, 200)
    first, second = writer.pages[0], writer.pages[1]
    annotation = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([NumberObject(0)] * 4),
            NameObject("/P"): first.indirect_reference,
            NameObject("/Dest"): ArrayObject([second.indirect_reference, NameObject("/Fit")]),
            NameObject("/Contents"): TextStringObject(label),
        }
    )
    link = writer._add_object(annotation)
    popup = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Popup"),
            NameObject("/Rect"): ArrayObject([NumberObject(0)] * 4),
            NameObject("/Parent"): link,  # a cycle: the link points at its popup and back
        }
    )
    annotation[NameObject("/Popup")] = writer._add_object(popup)
    first[NameObject("/Annots")] = ArrayObject([link])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_references_back_to_pages_are_renumbered(tmp_path):
    path = tmp_path / "linked.pdf"
    with open(path, "wb") as stream:
        writer = MergedPdfWriter(stream)
        assert writer.add(_linked_pdf("satu")) == 2
        assert writer.add(_linked_pdf("dua")) == 2
        writer.close()
    reader = pypdf.PdfReader(str(path))
    pages = reader.pages
    assert len(pages) == 4
    for first, second, label in ((0, 1, "satu"), (2, 3, "dua")):
        annotation = pages[first]["/Annots"][0].get_object()
        assert annotation["/Contents"] == label
        assert annotation.raw_get("/P").idnum == pages[first].indirect_reference.idnum
        assert annotation["/Dest"][0].idnum == pages[second].indirect_reference.idnum
        popup = annotation["/Popup"].get_object()
        assert popup.raw_get("/Parent").idnum == pages[first]["/Annots"][0].idnum
    qpdf_check(path)  # these pages have no text, so no fonts to check


def test_closing_without_pages_is_refused():
    writer = MergedPdfWriter(io.BytesIO())
    with pytest.raises(ValueError, match="at least one page"):
        writer.close()


@pytest.mark.parametrize("chunk", [1, 3])
def test_a_bookmark_for_each_document(tmp_path, chunk):
    path = tmp_path / "marks.pdf"
    names = ["Ani", "Budi Ŧ", "Citra “Cici”", "Dedi", "Eka"]
    render_merged(
        path, _documents(5, long=True, names=names), SETUP, title="t", subject="s", chunk=chunk
    )
    reader = pypdf.PdfReader(str(path))
    outline = reader.outline
    assert [item.title for item in outline] == [
        "Formulir 1 · Ani", "Budi Ŧ", "Formulir 3 · Citra “Cici”", "Dedi", "Formulir 5 · Eka"
    ]  # fmt: skip
    assert [reader.get_destination_page_number(item) for item in outline] == [0, 2, 4, 6, 8]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert_valid(path)


def test_the_writer_alone_makes_no_outline(tmp_path):
    path = tmp_path / "plain.pdf"
    with open(path, "wb") as stream:
        writer = MergedPdfWriter(stream)
        writer.add(_linked_pdf("satu"))
        writer.close()
    reader = pypdf.PdfReader(str(path))
    assert "/Outlines" not in reader.trailer["/Root"] and len(reader.pages) == 2


def test_different_subsets_never_share_a_name(tmp_path):
    """Each chunk tags its subsets from AAAAAA: a second, different subset of a face under a
    name written before must get a tag of its own (ISO 32000-1, 9.6.4), and a font and its
    descriptor keep the same name."""
    path = tmp_path / "tags.pdf"
    names = ["Şimşek", "Ōno Ŧ", "Şimşek", "Ōno Ŧ"]  # beyond the seeded subset; pairs repeat
    render_merged(path, _documents(4, names=names), SETUP, title="t", subject="s", chunk=1)
    objects = _objects(path)
    descriptors = [o for o in objects if o.get("/Type") == "/FontDescriptor"]
    font_names = [str(d["/FontName"]) for d in descriptors]
    assert len(font_names) == len(set(font_names)) == 4  # regular: seeded, Ş, Ō; bold: seeded
    fonts_ = [o for o in objects if o.get("/Type") == "/Font" and "/FontDescriptor" in o]
    assert {str(f["/BaseFont"]) for f in fonts_} == set(font_names)
    for font in fonts_:
        assert font["/BaseFont"] == font["/FontDescriptor"].get_object()["/FontName"]
    _, texts = read(path)
    for name, text in zip(names, texts, strict=True):
        assert name in text
    assert_valid(path)
