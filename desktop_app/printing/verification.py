"""The kode verifikasi in a form's footer: the code as text on every page and, on the last
page (the one with the signatures), a QR code of the same text, drawn as vectors with
reportlab's own barcode module. The code itself is made and checked by
services/verification.py; printing only draws the string it is given."""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.printing import fonts

QR_SIZE = 10 * mm  # in the right margin (15 mm) beside the footer: clear of any label
LABEL = "Kode verifikasi: "


def qr_drawing(text: str, size: float = QR_SIZE) -> Drawing:
    """A QR code of `text` (error correction M) scaled to a `size` square."""
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    width, height = x1 - x0, y1 - y0
    drawing = Drawing(size, size, transform=[size / width, 0, 0, size / height, 0, 0])
    drawing.add(widget)
    return drawing


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
        renderPDF.draw(qr_drawing(code), canvas, right + 0.5 * mm, 3 * mm)
    canvas.restoreState()
