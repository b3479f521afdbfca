"""Export of the SKP progress list to Excel (behind a progress dialog, in a worker thread)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from desktop_app.i18n.translator import tr_
from desktop_app.services.skp import progress_export as plan_io
from desktop_app.services.skp.plans import ProgressRow
from desktop_app.views.excel_export import export_workbook


def export_progress(parent: QWidget | None, rows: Sequence[ProgressRow], year: int) -> None:
    """Ask for a file name and write the rows shown (filter and order kept)."""
    chosen = list(rows)
    export_workbook(
        parent,
        tr_("SkpExport", "Export the SKP progress"),
        f"progres_skp_{year}.xlsx",
        lambda path, progress: plan_io.export_progress(path, chosen, year, progress),
    )
