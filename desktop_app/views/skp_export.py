"""Export of the SKP progress list to Excel (behind a progress dialog, in a worker thread)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from desktop_app.i18n.translator import tr_
from desktop_app.services import plan_io
from desktop_app.services.errors import ServiceError
from desktop_app.services.plans import ProgressRow
from desktop_app.views import messages
from desktop_app.views.employee_io_dialogs import ask_save_path
from desktop_app.views.tasks import Cancelled, run_task


def export_progress(parent: QWidget | None, rows: Sequence[ProgressRow], year: int) -> None:
    """Ask for a file name and write the rows shown (filter and order kept)."""
    title = tr_("SkpExport", "Export the SKP progress")
    path = ask_save_path(
        parent,
        f"progres_skp_{year}.xlsx",
        [(tr_("SkpExport", "Excel workbook (*.xlsx)"), ".xlsx")],
    )
    if not path:
        return
    chosen = list(rows)
    try:
        count = run_task(
            parent,
            tr_("SkpExport", "Exporting…"),
            lambda progress: plan_io.export_progress(path, chosen, year, progress),
        )
    except Cancelled:
        return
    except ServiceError as err:
        messages.warn(parent, title, messages.error_text(err))
        return
    messages.info(
        parent,
        title,
        tr_("SkpExport", "{count} row(s) exported to {path}.").format(count=count, path=path),
    )
