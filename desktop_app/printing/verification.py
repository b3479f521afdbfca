"""The kode verifikasi of a form: the code as text in every page's footer and, after the
form's last flowable (under the signatures), a QR code of the same text, drawn as vectors from
reportlab's own barcode module (its QR encoder). The QR sits inside the body's margins (a
printer clips near the paper's edge, and the footer text needs its own room), 15 mm square
with the quiet zone of 4 modules a scanner needs. The code itself is made and checked by
services/verification.py; printing only draws the string it is given."""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop_app.printing import fonts

QR_SIZE = 15 * mm  # the dark modules' square: a phone reads it from arm's length
QUIET_MODULES = 4  # the light border a QR needs on every side (ISO/IEC 18004)
LABEL = "Kode verifikasi: "


def qr_modules(text: str) -> list[list[bool]]:
    """The dark modules of a QR code of `text` (error correction M), row by row from the top."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)  # None: the smallest version
    code.addData(text)
    code.make()
    count = code.getModuleCount()
    return [[bool(code.isDark(r, c)) for c in range(count)] for r in range(count)]


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float = QR_SIZE) -> None:
    """The QR code as one filled path of squares with its lower left corner at (x, y); drawn
    on the canvas itself, so the page needs no font of its own (every font stays embedded)."""
    modules = qr_modules(text)
    step = size / len(modules)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                path.rect(x + c * step, y + size - (r + 1) * step, step, step)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def qr_box(text: str, frame_width: float, size: float = QR_SIZE) -> tuple[float, float, float]:
    """Where the QR goes in a box of the body's width: (x of the modules from the box's left,
    their side, the box's height with the quiet zone above and below). The modules end a
    quiet zone before the box's right edge, so the quiet zone lies inside the margins too."""
    quiet = QUIET_MODULES * size / len(qr_modules(text))
    return frame_width - quiet - size, size, size + 2 * quiet


class VerificationQr(Flowable):
    """The QR of the kode verifikasi at the right of the body, after the form's content: it
    moves nothing above it and lies inside the body's margins, clear of the footer."""

    def __init__(self, code: str, spill: float = 0.0) -> None:
        super().__init__()
        self.code = code
        self.spill = spill  # how far its lower quiet zone may reach into the bottom margin
        self.below = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.x_modules, self.side, box = qr_box(self.code, availWidth)
        # a full last page keeps its page count: the lower quiet zone reaches into the
        # bottom margin (above the footer text) rather than the QR taking a page of its own
        self.below = min(max(box - availHeight, 0.0), self.spill)
        self.height = box - self.below
        return self.width, self.height

    def draw(self) -> None:
        quiet = (self.height + self.below - self.side) / 2
        draw_qr(self.canv, self.code, self.x_modules, quiet - self.below, self.side)


def draw_footer(canvas: Canvas, right: float, baseline: float, code: str) -> None:
    """The code right-aligned under the page number (the QR is VerificationQr, in the body)."""
    canvas.saveState()
    canvas.setFillColorRGB(0.25, 0.25, 0.25)
    canvas.setFont(fonts.FAMILY, 6.5)
    canvas.drawRightString(right, baseline - 9, LABEL + code)
    canvas.restoreState()
