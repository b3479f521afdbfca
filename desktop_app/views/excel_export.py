"""Exports to Excel from the screens: ask for a file name, write it in a worker thread behind
a cancellable progress dialog, then say how many rows went where, with "Open folder" (or why
nothing did)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.evaluation import exports as evaluation_io
from desktop_app.views import messages, print_feedback
from desktop_app.views.register.io_dialogs import ask_save_path
from desktop_app.views.tasks import Cancelled, Progress, run_task

Writer = Callable[[str, Progress], int]


class ExcelExport(QObject):
    """The context of this module's sentences with a count: lupdate reads a count (`%n`)
    only from `self.tr`, not from `tr_`."""

    def rows_exported(self, count: int) -> str:
        return self.tr("%n rows exported to {path}", "", count)


def export_workbook(parent: QWidget | None, title: str, suggested: str, write: Writer) -> None:
    """`write(path, progress)` returns the number of rows written."""
    path = ask_save_path(
        parent, suggested, [(tr_("ExcelExport", "Excel workbook (*.xlsx)"), ".xlsx")]
    )
    if not path:
        return
    try:
        count = run_task(
            parent, tr_("ExcelExport", "Exporting…"), lambda progress: write(path, progress)
        )
    except Cancelled:
        return
    except ServiceError as err:
        messages.warn(parent, title, messages.error_text(err))
        return
    print_feedback.tell_files_saved(
        parent,
        title,
        ExcelExport().rows_exported(count).format(path=path),
        Path(path).parent,
    )


def export_monitoring(parent: QWidget | None, period_key: str) -> None:
    """The monitoring list of a period, for the units the user may see."""
    export_workbook(
        parent,
        tr_("ExcelExport", "Export the monitoring list"),
        f"monitoring_evaluasi_{period_key}.xlsx",
        lambda path, progress: evaluation_io.export_monitoring(path, period_key, progress=progress),
    )


def export_siasn(parent: QWidget | None, year: int) -> None:
    """The annual results of a year in the SIASN column layout, for reconciliation."""
    export_workbook(
        parent,
        tr_("ExcelExport", "Export for SIASN reconciliation"),
        f"rekonsiliasi_siasn_{year}.xlsx",
        lambda path, progress: evaluation_io.export_siasn(path, year, progress=progress),
    )
