"""The TrueType family every form uses, registered with reportlab once per process.

DejaVu Sans ships in resources/fonts (licence next to it) and is embedded as a subset in each
PDF, so a form prints the same on every PC and covers names with accents, typographic quotes,
"≥" and "—", which the PDF base fonts do not.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

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


_SUBSET_SIZE = 256
_SEED = (
    "".join(chr(code) for code in range(0xA1, 0x100))  # Latin-1: accents, ±, ×, °, ·
    + "–—‘’‚“”„•…‰‹›€™≤≥≠"  # typographic punctuation and the signs the forms print
    + "".join(chr(code) for code in range(0x100, 0x180))  # Latin Extended-A
)


def seed_subsets(doc: Any) -> None:
    """Fill the first 256-glyph subset of every face with the same characters before
    anything is drawn into the reportlab document `doc`, so that subset's embedded font
    program is byte for byte the same in every chunk of a merged batch and is written once
    (merged.py). Characters a document adds beyond them go to further subsets as usual."""
    register()
    for face in FACES:
        font = pdfmetrics.getFont(face)
        state = font._assignState(doc)  # reportlab's hook for callers that seed a subset
        glyphs = font.face.charToGlyph
        for char in _SEED:
            if state.nextCode >= _SUBSET_SIZE:
                break
            if ord(char) in glyphs and ord(char) not in state.assignments:
                font.splitString(char, doc)
