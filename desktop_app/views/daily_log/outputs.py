"""The files of the daily log made from the screens: the month for e-Kinerja (.xlsx, in a
worker thread, "Open folder" after) and the monthly report and unit recap (PDF in the print
folder, opened in the viewer)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.daily_log import export, reports
from desktop_app.views import messages, print_feedback
from desktop_app.views.excel_export import export_workbook
from desktop_app.views.print_actions import print_folder


def _safe(text: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", text, flags=re.ASCII).strip("_")[:80] or "pegawai"


def export_month(parent: QWidget | None, employee_id: int, name: str, day: dt.date) -> None:
    export_workbook(
        parent,
        tr_("DailyLogOutputs", "Export the month for e-Kinerja"),
        f"progres-harian_{_safe(name)}_{day.year:04d}-{day.month:02d}.xlsx",
        lambda path, progress: export.export_month(
            employee_id, day.year, day.month, path, progress
        ),
    )


def _show(parent: QWidget | None, stem: str, build: Callable[[Path], object]) -> Path | None:
    stamp = dt.datetime.now().strftime("%Y%m%d_%H%M%S")
    title = tr_("DailyLogOutputs", "Print")
    try:
        target = print_folder() / f"{stem}_{stamp}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        build(target)
    except ServiceError as err:
        messages.show_error(parent, err)
        return None
    except OSError as err:
        messages.warn(
            parent,
            title,
            tr_("DailyLogOutputs", "The PDF could not be written: {reason}").format(
                reason=err.strerror or str(err)
            ),
        )
        return None
    print_feedback.tell_form_saved(parent, title, target)
    return target


def print_month(parent: QWidget | None, employee_id: int, name: str, day: dt.date) -> Path | None:
    return _show(
        parent,
        f"progres-harian_{_safe(name)}_{day.year:04d}-{day.month:02d}",
        lambda target: reports.print_month(employee_id, day.year, day.month, target),
    )


def print_recap(parent: QWidget | None, unit_id: int, year: int, month: int) -> Path | None:
    return _show(
        parent,
        f"rekap-progres-harian_{year:04d}-{month:02d}",
        lambda target: reports.print_recap(unit_id, year, month, target),
    )
