"""Pages shared by every form: paper (A4 or F4) and orientation, the office header with its
optional logo, the footer "Halaman X dari Y", deterministic metadata, atomic files, and the one
renderer that lays one or many documents into one PDF.

Each document is numbered on its own ("Halaman 1 dari 2" restarts for the next employee in a
merged batch): the canvas holds back the pages of the current document and draws their footers
when the next document starts or the file is saved, so only one document's pages wait in
memory. Documents are pulled one at a time from an iterator while the PDF is laid out, so a
batch never holds more than one document's flowables either.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, TimeStamp
from reportlab.pdfbase.pdfdoc import PDFStream
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from desktop_app.errors import ServiceError
from desktop_app.files import atomic_write
from desktop_app.i18n import N_
from desktop_app.printing import fonts, verification
from desktop_app.version import __version__

log = logging.getLogger(__name__)
rl_config.useA85 = 0  # page streams Flate-compressed only: smaller files, less time (binary
# streams are fine for every PDF reader and printer; ASCII85 only helps 7-bit transports)

PAPER_SIZES = {"A4": A4, "F4": (215 * mm, 330 * mm)}
PORTRAIT, LANDSCAPE, COVER = "portrait", "landscape", "cover"  # cover: portrait, no header
MARGIN_X = 15 * mm
MARGIN_TOP = 10 * mm
HEADER_HEIGHT = 13 * mm
MARGIN_BOTTOM = 15 * mm
FOOTER_Y = 8 * mm
# how far the QR's lower quiet zone may reach below the body: to 4 mm above the footer's
# baseline, clear of the page number's 8 pt letters
QR_SPILL = MARGIN_BOTTOM - FOOTER_Y - 4 * mm

Target = str | os.PathLike[str] | IO[bytes]


class PrintError(ServiceError):
    """A form could not be written (disk full, folder gone, file open elsewhere)."""


@dataclass(frozen=True)
class PageSetup:
    """What every page of this office looks like: paper, office name and logo."""

    paper: str = "A4"
    office_name: str = ""
    logo: Path | None = None
    place: str = ""  # the town printed before the date in signature blocks

    def page_size(self, orientation: str) -> tuple[float, float]:
        width, height = PAPER_SIZES.get(self.paper, A4)
        return (height, width) if orientation == LANDSCAPE else (width, height)

    def frame_width(self, orientation: str) -> float:
        return self.page_size(orientation)[0] - 2 * MARGIN_X


@dataclass
class FormDocument:
    """One employee's form, ready to lay out. `created` (UTC) is a date from the data (the
    last status change), so printing the same data twice gives the same bytes."""

    title: str
    subject: str
    orientation: str
    created: dt.datetime
    label: str  # footer, left: which form and whose, for a merged stack
    flowables: list[Flowable]
    draft: bool = False
    keywords: str = ""
    nip: str = ""  # whose form: names the file when a batch writes one per employee
    bookmark: str = ""  # its entry in a merged batch's outline (default: the label)
    verification: str = ""  # kode verifikasi: printed in every footer, a QR on the last page


@dataclass
class _Run:
    """What the canvas reports back: page counts per document and the latest data date."""

    counts: list[int] = field(default_factory=list)
    created: dt.datetime | None = None


class _Deflated:
    """The Flate filter of a page stream compressed already, when its document ended: a merged
    batch then keeps about 2 kB per finished page instead of its 9 kB of drawing operators.
    The bytes written are the same as reportlab's own compression gives."""

    pdfname = "FlateDecode"

    @staticmethod
    def encode(data: bytes) -> bytes:
        return data


def _compact(page: Any) -> None:
    if page.compression and isinstance(page.stream, str) and not page.Contents:
        contents = PDFStream(content=zlib.compress(page.stream.encode("utf8")), filters=[_Deflated])
        contents.__Comment__ = "page stream"
        page.Contents = contents
        page.stream = None


def _timestamp(when: dt.datetime) -> TimeStamp:
    """A reportlab timestamp fixed to `when` (UTC), used as CreationDate and ModDate."""
    stamp = TimeStamp(invariant=1)
    stamp.YMDhms = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


class _FormCanvas(Canvas):
    """Holds back the pages of the current document until its page count is known, then
    draws their footers ("Halaman X dari Y", the document label, a draft note)."""

    def __init__(self, *args: Any, run: _Run, seed_fonts: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if seed_fonts:
            fonts.seed_subsets(self._doc)
        self._run = run
        self._pending: list[tuple[dict[str, Any], tuple[str, bool, str]]] = []
        self._meta = ("", False, "")

    def showPage(self) -> None:
        self._pending.append((dict(self.__dict__), self._meta))
        self._startPage()

    def start_document(self, document: FormDocument) -> None:
        self._flush()
        self._meta = (document.label, document.draft, document.verification)
        if self._run.created is None or document.created > self._run.created:
            self._run.created = document.created

    def _flush(self) -> None:
        if not self._pending:
            return
        current = dict(self.__dict__)
        pending, total = self._pending, len(self._pending)
        for number, (state, meta) in enumerate(pending, 1):
            self.__dict__.update(state)
            self._footer(number, total, *meta)
            Canvas.showPage(self)
            _compact(self._doc.Pages.pages[-1])
        self.__dict__.update(current)
        self._pending = []
        self._run.counts.append(total)

    def _footer(self, number: int, total: int, label: str, draft: bool, code: str) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setFillColorRGB(0.25, 0.25, 0.25)
        self.setFont(fonts.FAMILY, 7)
        self.drawString(MARGIN_X, FOOTER_Y, label)
        if draft:  # above the page number, clear of a long label
            self.setFont(fonts.BOLD, 8)
            self.drawRightString(width - MARGIN_X, FOOTER_Y + 10, "DRAF – belum final")
        self.setFont(fonts.FAMILY, 8)
        self.drawRightString(width - MARGIN_X, FOOTER_Y, f"Halaman {number} dari {total}")
        self.restoreState()
        if code:
            verification.draw_footer(self, width - MARGIN_X, FOOTER_Y, code)

    def save(self) -> None:
        self._flush()
        if self._run.created is not None:
            self._doc._timeStamp = _timestamp(self._run.created)
        super().save()


class _Start(ActionFlowable):
    """Marks where a document begins: the previous one gets its footers now."""

    def __init__(self, document: FormDocument) -> None:
        super().__init__()
        self.document = document

    def apply(self, doc: BaseDocTemplate) -> None:
        doc.canv.start_document(self.document)


class _Next(ActionFlowable):
    """At the end of a document, fetch the next one and queue it (one at a time in memory)."""

    def __init__(self, documents: Iterator[FormDocument], story: list[Flowable]) -> None:
        super().__init__()
        self.documents = documents
        self.story = story

    def apply(self, doc: BaseDocTemplate) -> None:
        document = next(self.documents, None)
        if document is None:
            return
        template = document.orientation
        fresh_page = doc._curPageFlowableCount == 0 and doc.pageTemplate.id == template
        if not fresh_page:
            self.story.extend([NextPageTemplate(template), PageBreak()])
        self.story.extend([_Start(document), *_body(document), _Next(self.documents, self.story)])


def _body(document: FormDocument) -> list[Flowable]:
    """The form's flowables, then the QR of its kode verifikasi when it has one."""
    if not document.verification:
        return document.flowables
    return [*document.flowables, verification.VerificationQr(document.verification, QR_SPILL)]


def _draw_header(setup: PageSetup, canvas: Canvas, doc: BaseDocTemplate) -> None:
    """The running office header: logo (when set) and office name over a thin rule."""
    if not setup.office_name and setup.logo is None:
        return
    width, height = canvas._pagesize
    top = height - MARGIN_TOP
    x = MARGIN_X
    canvas.saveState()
    logo = _logo(setup)
    if logo is not None:
        size = HEADER_HEIGHT - 3 * mm
        canvas.drawImage(
            logo, x, top - size, width=size, height=size, preserveAspectRatio=True, mask="auto"
        )
        x += size + 3 * mm
    canvas.setFont(fonts.BOLD, 9)
    canvas.drawString(x, top - 7 * mm, setup.office_name.upper())
    canvas.setLineWidth(0.6)
    canvas.line(
        MARGIN_X, top - HEADER_HEIGHT + 1 * mm, width - MARGIN_X, top - HEADER_HEIGHT + 1 * mm
    )
    canvas.restoreState()


_logos: dict[tuple[Path, int, int], ImageReader | None] = {}


def _logo(setup: PageSetup) -> ImageReader | None:
    """The logo image, read once per file version; a missing or unreadable file prints no
    logo (the setting is checked when it is saved; the file may go later)."""
    if setup.logo is None:
        return None
    try:
        stat = setup.logo.stat()
    except OSError:
        return None
    key = (setup.logo, stat.st_mtime_ns, stat.st_size)
    if key not in _logos:
        try:
            reader = ImageReader(str(setup.logo))
            reader.getSize()
            _logos[key] = reader
        except Exception:
            log.warning("the logo %s cannot be read; forms are printed without it", setup.logo)
            _logos[key] = None
    return _logos[key]


def logo_image(setup: PageSetup) -> ImageReader | None:
    """The office logo for forms that place it in the page body (the Dokumen Evaluasi)."""
    return _logo(setup)


class _FormDocTemplate(BaseDocTemplate):
    def __init__(self, stream: IO[bytes], setup: PageSetup, first: str, **kwargs: Any) -> None:
        templates = []
        for orientation in (PORTRAIT, LANDSCAPE, COVER):
            width, height = setup.page_size(orientation)
            header = 0 if orientation == COVER else HEADER_HEIGHT
            frame = Frame(
                MARGIN_X,
                MARGIN_BOTTOM,
                width - 2 * MARGIN_X,
                height - MARGIN_TOP - header - MARGIN_BOTTOM,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=f"{orientation}-body",
            )
            on_page = (lambda c, d: None) if orientation == COVER else partial(_draw_header, setup)
            templates.append(
                PageTemplate(
                    id=orientation, frames=[frame], onPage=on_page, pagesize=(width, height)
                )
            )
        templates.sort(key=lambda t: t.id != first)  # the first document's template first
        super().__init__(
            stream,
            pagesize=setup.page_size(first),
            pageTemplates=templates,
            invariant=1,
            initialFontName=fonts.FAMILY,
            initialFontSize=9,
            lang="id-ID",
            creator=f"Kinerja Luring {__version__}",
            **kwargs,
        )


def render(
    target: Target,
    documents: Iterable[FormDocument],
    setup: PageSetup,
    *,
    title: str | None = None,
    subject: str | None = None,
    keywords: str | None = None,
    seed_fonts: bool = False,
    on_page: Callable[[int], None] | None = None,
) -> list[int]:
    """Lay `documents` one after the other into one PDF at `target` (a path, written through
    `<name>.part` and renamed, or a binary stream); each starts on a new page and is numbered
    on its own. Returns the page count of each document. `title`/`subject`/`keywords` default
    to the first document's. `seed_fonts`: the first subset of each face gets the same glyphs
    whatever the text (fonts.seed_subsets), for the chunks of a merged batch (merged.py).
    `on_page(pages)` follows each finished page (a long list's progress); what it raises
    stops the rendering and leaves no file."""
    fonts.register()
    iterator = iter(documents)
    first = next(iterator, None)
    if first is None:
        raise ValueError("render() needs at least one document")
    run = _Run()
    story: list[Flowable] = [_Start(first), *_body(first)]
    story.append(_Next(iterator, story))
    with atomic_output(target) as stream:
        doc = _FormDocTemplate(
            stream,
            setup,
            first.orientation,
            title=title or first.title,
            subject=subject or first.subject,
            author=setup.office_name or "Kinerja Luring",
            keywords=first.keywords if keywords is None else keywords,
        )
        if on_page is not None:
            doc.afterPage = lambda: on_page(doc.page)  # type: ignore[method-assign]
        doc.build(story, canvasmaker=partial(_FormCanvas, run=run, seed_fonts=seed_fonts))
    return run.counts


@contextmanager
def atomic_output(target: Target) -> Iterator[IO[bytes]]:
    """A stream to write the PDF to: the caller's own stream, or `<path>.part` that becomes
    `path` only when everything was written (a failure or cancel leaves no half file)."""
    if hasattr(target, "write"):
        yield target  # type: ignore[misc]
        return
    path = Path(target)  # type: ignore[arg-type]
    try:
        with atomic_write(path) as stream:
            yield stream
    except OSError as err:
        raise PrintError(
            N_(
                "printing",
                "Could not write {path}: {reason}. If the file is open in a PDF viewer, close "
                "it and try again; otherwise choose another folder.",
            ),
            "printing",
            path=str(path),
            reason=err.strerror or str(err),
        ) from err
