"""One merged PDF written as it is made, so a batch of any size needs the memory of a few
dozen documents.

reportlab builds a whole PDF in memory before it writes a byte (about 9 kB per finished page
of a batch). So a merged batch is laid out in chunks of `CHUNK` documents, each an ordinary
PDF in memory; the chunk's pages and the objects they use are appended to the file at once
and the chunk is dropped. Objects every chunk repeats (the embedded font subsets, seeded so the
first 256 glyphs of each face are the same in every chunk, their widths and ToUnicode maps,
the office logo, the font dictionaries) are written once: each object is written after the
objects it refers to, and an object whose bytes were written before takes the earlier number.
What stays in memory grows only by the file's cross-reference table (8 bytes per object) and
the list of pages (8 bytes per page). Each document gets a bookmark (its employee's name and
NIP), written as the documents come, and the viewer opens with the bookmarks shown.

Each chunk is read back with pypdf, which parses reportlab's output lazily; stream data is
copied as it was compressed, never decoded.
"""

from __future__ import annotations

import gc
import hashlib
import io
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, chain, islice
from typing import IO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

from desktop_app.printing.layout import FormDocument, PageSetup, Target, atomic_output, render

CHUNK = 100
"""Documents per chunk: the font subsets and dictionaries are laid out and parsed once per
chunk, and a chunk holds about 2 kB per page while it is open."""

_CATALOG, _PAGES = 1, 2  # written last, when every page is known
_FONT_NAME = re.compile(rb"/FontName /([A-Z]{6}\+[^\s/<>\[\]()]+)")
_BASE_FONT = re.compile(rb"/BaseFont /([A-Z]{6}\+[^\s/<>\[\]()]+)")


def _tag(number: int) -> bytes:
    """Six capital letters from a number, as a subset tag."""
    letters = []
    for _ in range(6):
        number, digit = divmod(number, 26)
        letters.append(65 + digit)
    return bytes(reversed(letters))


_IN_PROGRESS = 0
_HEADER = b"%PDF-1.4\n%\x93\x8c\x8b\x9e Kinerja Luring\n"


class MergedPdfWriter:
    """Appends the pages of whole PDFs to one output stream, in order.

    `add(pdf_bytes)` copies one PDF's pages with everything they refer to, `close()` writes
    the page tree, the catalog and document information (those of the added PDF with the
    latest creation date) and the cross-reference table. The output is deterministic: the
    same inputs give the same bytes."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._position = 0
        self._digest = hashlib.md5(usedforsecurity=False)  # the file /ID, from the content
        self._offsets = array("Q", [0, 0])  # by object number - 1; 1 and 2 are reserved
        self._kids = array("Q")
        self._written: dict[bytes, int] = {}  # sha1 of an object's bytes -> its number
        self._catalog: dict[str, bytes] = {}  # the first PDF's, each value serialised
        self._info = b""
        self._info_date = ""
        self._outline = _Outline(self)
        self._font_names: set[bytes] = set()  # subset-tagged font names written
        self._renamed: dict[bytes, bytes] = {}  # this PDF's tagged names given a fresh tag
        self._retags: dict[bytes, tuple[bytes, bytes]] = {}  # descriptor digest -> old, new
        self._tags = 26**3  # fresh tags count on from "AABAAA", far from reportlab's own
        self._write(_HEADER)

    def add(self, data: bytes, bookmarks: Sequence[tuple[str, int]] = ()) -> int:
        """Append every page of the PDF in `data`; returns how many pages it had.
        `bookmarks`: (title, page index in `data`) for the merged file's outline, in order."""
        reader = PdfReader(io.BytesIO(data))
        numbers: dict[int, int] = {}  # the added file's object numbers -> ours
        self._renamed = {}
        root = reader.trailer["/Root"].get_object()
        pages_ref = root.raw_get("/Pages")
        if isinstance(pages_ref, IndirectObject):
            numbers[pages_ref.idnum] = _PAGES
        pages = []
        for page in reader.pages:  # numbered first: links and annotations may point at any page
            ref = page.indirect_reference
            if ref is None:  # pragma: no cover - pypdf gives every page its reference
                raise ValueError("a page without an object number")
            number = numbers[ref.idnum] = self._allocate()
            self._kids.append(number)
            pages.append((number, page))
        for number, page in pages:
            self._page(number, page, numbers)
        for title, index in bookmarks:
            self._outline.add(title, pages[index][0])
        if not self._catalog:
            self._catalog = {
                key: self._serialise(root.raw_get(key), numbers)
                for key in root
                if key not in ("/Type", "/Pages", "/Outlines", "/PageMode")
            }
        info = reader.trailer.get("/Info")
        if info is not None:
            info = info.get_object()
            date = str(info.get("/CreationDate", ""))
            if not self._info or date > self._info_date:
                self._info, self._info_date = self._serialise(info, numbers), date
        return len(pages)

    def close(self) -> None:
        """Write the page tree, catalog, information and cross-reference table."""
        if not self._kids:
            raise ValueError("a merged PDF needs at least one page")
        kids = b" ".join(b"%d 0 R" % number for number in self._kids)
        self._write_object(
            _PAGES, b"<< /Type /Pages /Count %d /Kids [%s] >>" % (len(self._kids), kids)
        )
        catalog = {**self._catalog, "/Type": b"/Catalog", "/Pages": b"%d 0 R" % _PAGES}
        outlines = self._outline.close()
        if outlines:
            catalog["/Outlines"] = b"%d 0 R" % outlines
            catalog["/PageMode"] = b"/UseOutlines"  # the viewer opens with the names shown
        self._write_object(_CATALOG, _dictionary(catalog))
        info = self._allocate()
        self._write_object(info, self._info or b"<< >>")
        file_id = self._digest.hexdigest().encode("ascii")
        xref = self._position
        lines = [b"xref\n0 %d\n0000000000 65535 f \n" % (len(self._offsets) + 1)]
        lines.extend(b"%010d 00000 n \n" % offset for offset in self._offsets)
        lines.append(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
            b"startxref\n%d\n%%%%EOF\n"
            % (len(self._offsets) + 1, _CATALOG, info, file_id, file_id, xref)
        )
        self._write(b"".join(lines))

    # objects

    def _page(self, number: int, page: DictionaryObject, numbers: dict[int, int]) -> None:
        """A page is never shared: its /Parent becomes our page tree, its content streams
        are written as they are (they are different on every page)."""
        out = io.BytesIO()
        out.write(b"<<")
        for key in page:
            if key == "/Parent":
                continue
            out.write(b" ")
            NameObject(key).write_to_stream(out)
            out.write(b" ")
            unique = key == "/Contents"
            self._value(page.raw_get(key), numbers, out, unique=unique)
        out.write(b" /Parent %d 0 R >>" % _PAGES)
        self._write_object(number, out.getvalue())

    def _reference(self, ref: IndirectObject, numbers: dict[int, int], *, unique: bool) -> int:
        """Our number for the object `ref` points at, writing it (and what it refers to)
        first unless an identical object was written already."""
        known = numbers.get(ref.idnum)
        if known is not None:
            if known == _IN_PROGRESS:  # a cycle back to an object being written: number it now
                known = numbers[ref.idnum] = self._allocate()
            return known
        numbers[ref.idnum] = _IN_PROGRESS
        body = self._serialise(ref.get_object(), numbers, unique=unique)
        number = numbers[ref.idnum]
        if number != _IN_PROGRESS:  # numbered by a cycle: written under that number, once
            self._write_object(number, body)
            return number
        if unique:
            number = self._allocate()
        else:
            body = self._retagged(body)
            key = hashlib.sha1(body, usedforsecurity=False).digest()
            number = self._written.get(key, _IN_PROGRESS)
            if number != _IN_PROGRESS:
                if key in self._retags:  # written before under a fresh tag
                    old, new = self._retags[key]
                    self._renamed[old] = new
                numbers[ref.idnum] = number
                return number
            body = self._fresh_tag(body, key)
            number = self._written[key] = self._allocate()
        numbers[ref.idnum] = number
        self._write_object(number, body)
        return number

    def _fresh_tag(self, body: bytes, key: bytes) -> bytes:
        """A font subset's name starts with a tag ("AAAAAB+DejaVuSans") that must differ
        between different subsets of a font in one file (ISO 32000-1, 9.6.4), or a printer
        that caches fonts by name prints one employee's name with another's glyphs. Each chunk
        tags its subsets from AAAAAA again, so a new subset program under a name written
        before gets a tag of its own; its font dictionary follows (_retagged)."""
        found = _FONT_NAME.search(body) if b"/Type /FontDescriptor" in body else None
        if found is None:
            return body
        name = found.group(1)
        if name in self._font_names:
            font = name.split(b"+", 1)[1]
            while name in self._font_names:
                self._tags += 1
                name = _tag(self._tags) + b"+" + font
            self._renamed[found.group(1)] = name
            self._retags[key] = (found.group(1), name)
            body = body[: found.start(1)] + name + body[found.end(1) :]
        self._font_names.add(name)
        return body

    def _retagged(self, body: bytes) -> bytes:
        """A font dictionary whose descriptor (written just before) got a fresh tag."""
        if self._renamed:
            found = _BASE_FONT.search(body)
            if found is not None and found.group(1) in self._renamed:
                body = body[: found.start(1)] + self._renamed[found.group(1)] + body[found.end(1) :]
        return body

    def _serialise(
        self, obj: PdfObject | None, numbers: dict[int, int], *, unique: bool = False
    ) -> bytes:
        out = io.BytesIO()
        self._value(obj, numbers, out, unique=unique)
        return out.getvalue()

    def _value(
        self, obj: PdfObject | None, numbers: dict[int, int], out: IO[bytes], *, unique: bool
    ) -> None:
        if isinstance(obj, IndirectObject):
            out.write(b"%d 0 R" % self._reference(obj, numbers, unique=unique))
        elif isinstance(obj, DictionaryObject):
            stream = isinstance(obj, StreamObject)
            out.write(b"<<")
            for key in obj:
                if stream and key == "/Length":
                    continue
                out.write(b" ")
                NameObject(key).write_to_stream(out)
                out.write(b" ")
                self._value(obj.raw_get(key), numbers, out, unique=False)
            if stream:
                data = obj._data  # the stream as stored (compressed), never decoded
                out.write(b" /Length %d >>\nstream\n" % len(data))
                out.write(data)
                out.write(b"\nendstream")
            else:
                out.write(b" >>")
        elif isinstance(obj, ArrayObject):
            out.write(b"[")
            for number, item in enumerate(obj):
                if number:
                    out.write(b" ")
                self._value(item, numbers, out, unique=False)
            out.write(b"]")
        elif obj is None:
            out.write(b"null")
        else:
            obj.write_to_stream(out)

    # file

    def _allocate(self) -> int:
        self._offsets.append(0)
        return len(self._offsets)

    def _write_object(self, number: int, body: bytes) -> None:
        self._offsets[number - 1] = self._position
        self._write(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    def _write(self, data: bytes) -> None:
        self._stream.write(data)
        self._digest.update(data)
        self._position += len(data)


def _dictionary(entries: dict[str, bytes]) -> bytes:
    return b"<< " + b" ".join(b"%s %s" % (key.encode("ascii"), value) for key, value in
                             entries.items()) + b" >>"  # fmt: skip


def _text(value: str) -> bytes:
    out = io.BytesIO()
    TextStringObject(value).write_to_stream(out)
    return out.getvalue()


class _Outline:
    """The bookmarks (outline) of the merged file, one per document, written as they come:
    an item is written once the next one's number is known, so only one waits in memory."""

    def __init__(self, writer: MergedPdfWriter) -> None:
        self._writer = writer
        self._root = 0
        self._first = 0
        self._count = 0
        self._pending: tuple[int, bytes, int, int] | None = None  # number, title, page, prev

    def add(self, title: str, page: int) -> None:
        if not self._root:
            self._root = self._writer._allocate()
        number = self._writer._allocate()
        previous = 0
        if self._pending is not None:
            previous = self._pending[0]
            self._flush(next_item=number)
        else:
            self._first = number
        self._pending = (number, _text(title), page, previous)
        self._count += 1

    def _flush(self, next_item: int = 0) -> None:
        assert self._pending is not None
        number, title, page, previous = self._pending
        entries = {
            "/Title": title,
            "/Parent": b"%d 0 R" % self._root,
            "/Dest": b"[%d 0 R /Fit]" % page,
        }
        if previous:
            entries["/Prev"] = b"%d 0 R" % previous
        if next_item:
            entries["/Next"] = b"%d 0 R" % next_item
        self._writer._write_object(number, _dictionary(entries))
        self._pending = None

    def close(self) -> int:
        """Write the last item and the outline's root; its number (0: no bookmarks)."""
        if self._pending is None:
            return 0
        last = self._pending[0]
        self._flush()
        self._writer._write_object(
            self._root,
            b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>"
            % (self._first, last, self._count),
        )
        return self._root


def render_merged(
    target: Target,
    documents: Iterable[FormDocument],
    setup: PageSetup,
    *,
    title: str,
    subject: str,
    keywords: str = "",
    chunk: int | None = None,
) -> list[int]:
    """Lay `documents` one after the other into one PDF at `target`, as layout.render does
    (each on new pages, numbered on its own), `chunk` (default CHUNK) documents at a time;
    returns each document's page count. A failure or cancel (an exception from the iterator)
    leaves no file."""
    size = chunk or CHUNK
    iterator = iter(documents)
    counts: list[int] = []
    gc.collect()
    gc.freeze()  # what exists now is not garbage: the collection after each chunk skips it
    try:
        with atomic_output(target) as stream:
            writer = MergedPdfWriter(stream)
            while (first := next(iterator, None)) is not None:
                buffer = io.BytesIO()
                titles: list[str] = []
                chunk_counts = render(
                    buffer,
                    _named(chain([first], islice(iterator, size - 1)), titles),
                    setup,
                    title=title,
                    subject=subject,
                    keywords=keywords,
                    seed_fonts=True,
                )
                starts = [0, *accumulate(chunk_counts)][:-1]
                pages = writer.add(buffer.getvalue(), list(zip(titles, starts, strict=True)))
                if pages != sum(chunk_counts):  # pragma: no cover - a reportlab change
                    raise ValueError(f"a chunk of {sum(chunk_counts)} pages gave {pages}")
                counts.extend(chunk_counts)
                del buffer
                gc.collect()  # reportlab's documents are cycles: free the chunk now, not someday
            if not counts:
                raise ValueError("render_merged() needs at least one document")
            writer.close()
    finally:
        gc.unfreeze()
    return counts


def _named(documents: Iterable[FormDocument], titles: list[str]) -> Iterator[FormDocument]:
    """The documents as they are laid out, noting each one's bookmark."""
    for document in documents:
        titles.append(document.bookmark or document.label)
        yield document
