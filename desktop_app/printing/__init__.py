"""The official forms as PDF (reportlab, fonts embedded; no Qt): pure renderers of the typed
report data that the services assemble (services/reports). Printing imports no models and
no services.

Modules: `report_data` (the frozen report objects), `layout` (paper, header, "Halaman X dari
Y", rendering one or many documents, the PDF written atomically), `blocks` (styles, identity
and signature blocks), `results` (HASIL KERJA / PERILAKU KERJA tables), `chart` (pola
distribusi), one module per form (`skp`, `evaluation`, `document`, `idp`), `recap`
(distribution, SKP progress, JP per unit), `merged` (a batch as one PDF) and `separate` (a
batch as one file per document). Each form is a function of its report and an output file:
`build_skp(target, SkpReport, setup)` and alike.

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
    "render_merged": "desktop_app.printing.merged",
    "render_separate": "desktop_app.printing.separate",
    "PrintError": "desktop_app.printing.layout",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'desktop_app.printing' has no attribute {name!r}")
    return getattr(import_module(module), name)
