"""The official forms as PDF (reportlab, fonts embedded; no Qt), read through the services.

Modules: `layout` (paper, header, "Halaman X dari Y", rendering one or many documents),
`blocks` (styles, identity and signature blocks), `results` (HASIL KERJA / PERILAKU KERJA
tables), `chart` (pola distribusi), `sources` (settings, snapshot, period dates), one module per
form (`skp`, `evaluation`, `document`, `idp`), `recap` (distribution, SKP progress, JP per
unit) and `batch` (by NIP, per unit and period).

The names below are imported lazily so that importing this package does not load reportlab
(the GUI starts faster; printing loads it on first use).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "build_skp": "desktop_app.printing.skp",
    "build_evaluation": "desktop_app.printing.evaluation",
    "build_document": "desktop_app.printing.document",
    "build_idp": "desktop_app.printing.idp",
    "build_recap": "desktop_app.printing.recap",
    "RECAPS": "desktop_app.printing.recap",
    "print_batch": "desktop_app.printing.batch",
    "print_one": "desktop_app.printing.batch",
    "BatchResult": "desktop_app.printing.batch",
    "PrintCancelled": "desktop_app.printing.batch",
    "FORMS": "desktop_app.printing.batch",
    "PrintError": "desktop_app.printing.layout",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'desktop_app.printing' has no attribute {name!r}")
    return getattr(import_module(module), name)
