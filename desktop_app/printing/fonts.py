"""The TrueType family every form uses, registered with reportlab once per process.

DejaVu Sans ships in resources/fonts (licence next to it) and is embedded as a subset in each
PDF, so a form prints the same on every PC and covers names with accents, typographic quotes,
"≥" and "—", which the PDF base fonts do not.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.paths import resources_dir

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FACES = (FAMILY, BOLD, ITALIC, BOLD_ITALIC)

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register() -> str:
    """Register the four faces and the family (so <b> and <i> work in Paragraphs); returns the
    family name. Safe to call from any thread, any number of times."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            folder = fonts_dir()
            for face in FACES:
                path = folder / f"{face}.ttf"
                if not path.is_file():
                    raise FileNotFoundError(f"font file {path} is missing from the installation")
                pdfmetrics.registerFont(TTFont(face, str(path)))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return FAMILY
