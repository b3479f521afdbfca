"""Printing's use cases: the services read what a form shows (access checked), assemble its
typed report (printing/report_data.py) and hand it to the renderer in printing/.

Modules: `sources` (page set-up, people, period dates), `forms` (the SKP, evaluation, Dokumen
Evaluasi and IDP reports, and writing one form), `recaps` (distribution, SKP progress, JP per
unit), `batch` (by NIP, per unit and period, with progress and cancel), `units` (a unit by id
or code), `output` (the print folder beside the database).

The names below are imported lazily so that importing this package does not load reportlab
(the GUI starts faster; printing loads it on first use).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "build_skp": "desktop_app.services.reports.forms",
    "build_evaluation": "desktop_app.services.reports.forms",
    "build_document": "desktop_app.services.reports.forms",
    "build_idp": "desktop_app.services.reports.forms",
    "build_idp_for": "desktop_app.services.reports.forms",
    "build_recap": "desktop_app.services.reports.recaps",
    "RECAPS": "desktop_app.services.reports.recaps",
    "print_batch": "desktop_app.services.reports.batch",
    "print_one": "desktop_app.services.reports.batch",
    "record_for": "desktop_app.services.reports.batch",
    "BatchResult": "desktop_app.services.reports.batch",
    "PrintCancelled": "desktop_app.services.reports.batch",
    "NothingToPrint": "desktop_app.services.reports.batch",
    "FORMS": "desktop_app.services.reports.batch",
    "PrintError": "desktop_app.printing.layout",
    "print_folder": "desktop_app.services.reports.output",
    "build_dialogue": "desktop_app.services.reports.followup",
    "print_dialogues": "desktop_app.services.reports.followup",
    "build_pppk_recommendations": "desktop_app.services.reports.followup",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'desktop_app.services.reports' has no attribute {name!r}")
    return getattr(import_module(module), name)
