"""The kode verifikasi in a form's footer: the code as text on every page and, on the last
page (the one with the signatures), a QR code of the same text, drawn as vectors from
reportlab's own barcode module (its QR encoder). The code itself is made and checked by
services/verification.py; printing only draws the string it is given."""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.printing import fonts

QR_SIZE = 9 * mm  # in the right margin (15 mm) beside the footer: clear of any label
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


def draw_footer(canvas: Canvas, right: float, baseline: float, code: str, *, qr: bool) -> None:
    """The code right-aligned under the page number; with `qr`, the QR in the right margin
    beside them (4.5 mm from the paper's edge, inside what printers print)."""
    canvas.saveState()
    canvas.setFillColorRGB(0.25, 0.25, 0.25)
    canvas.setFont(fonts.FAMILY, 6.5)
    text = LABEL + code
    y = baseline - 9
    canvas.drawRightString(right, y, text)
    if qr:
        draw_qr(canvas, code, right + 1.5 * mm, 3 * mm)  # a quiet zone from the text
    canvas.restoreState()
