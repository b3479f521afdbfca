"""Import from and export to Excel/CSV for the register tab (impor/ekspor data pegawai).

The register tab calls three functions: `import_employees`, `export_employees` and
`save_template`. Reading, importing and exporting run in a worker thread behind a progress
dialog; the work itself is in the `services.register` modules (layout, import preview,
import apply, export). The import's two steps are `import_dialog.ImportDialog`. File dialogs
and the import dialog are shown through module-level functions so that tests can replace them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.register import employee_export
from desktop_app.views import messages
from desktop_app.views.register import import_adapter
from desktop_app.views.register.import_dialog import ImportDialog
from desktop_app.views.tasks import Cancelled, run_task

_FOLDER_KEY = "employee_io/folder"


# --- file dialogs (tests replace these) ---------------------------------------------------


class EmployeeIo(QObject):
    """The context of this module's sentences with a count: lupdate reads a count (`%n`)
    only from `self.tr`, not from `tr_`."""

    def employees_exported(self, count: int) -> str:
        return self.tr("%n employees exported to {path}.", "", count)


def _last_folder() -> str:
    value = QSettings().value(_FOLDER_KEY, "")
    return value if isinstance(value, str) and Path(value).is_dir() else str(Path.home())


def _remember_folder(path: str) -> None:
    QSettings().setValue(_FOLDER_KEY, str(Path(path).parent))


def ask_open_path(parent: QWidget | None) -> str | None:
    """The spreadsheet to import, or None when the user cancels."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        tr_("EmployeeIo", "Import employees"),
        _last_folder(),
        tr_("EmployeeIo", "Spreadsheets (*.xlsx *.csv);;All files (*)"),
    )
    if not name:
        return None
    _remember_folder(name)
    return name


def ask_save_path(
    parent: QWidget | None, suggested: str, filters: Sequence[tuple[str, str]]
) -> str | None:
    """A file name to write, with the extension of the chosen filter when none was typed.

    `filters` are (label, extension) pairs such as ("Excel workbook (*.xlsx)", ".xlsx").
    """
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        tr_("EmployeeIo", "Save as"),
        str(Path(_last_folder()) / suggested),
        ";;".join(label for label, _ in filters),
    )
    if not name:
        return None
    suffixes = [suffix for _, suffix in filters]
    if Path(name).suffix.lower() not in suffixes:
        suffix = next((s for label, s in filters if label == chosen), suffixes[0])
        name += suffix
    _remember_folder(name)
    return name


def show_import(dialog: ImportDialog) -> bool:
    """Show the import dialog modally; True when the rows were imported (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


# --- entry points for the register tab ----------------------------------------------------


def import_employees(parent: QWidget | None) -> bool:
    """Ask for a file, find its layout, let the user map its columns and look at the preview,
    import on confirmation; True when employees were added or changed (the caller reloads)."""
    path = ask_open_path(parent)
    if not path:
        return False
    try:
        layout = run_task(
            parent,
            tr_("EmployeeIo", "Reading {name}…").format(name=Path(path).name),
            lambda progress: import_adapter.detect(path, progress=progress),
        )
    except Cancelled:
        return False
    except ServiceError as err:
        messages.warn(
            parent, tr_("EmployeeIo", "Cannot import this file"), messages.error_text(err)
        )
        return False
    dialog = ImportDialog(layout, parent)
    try:
        imported = show_import(dialog)
        result = dialog.result_
    finally:
        dialog.deleteLater()
    return bool(imported and result is not None and (result.created or result.updated))


def _spreadsheet_filters() -> list[tuple[str, str]]:
    return [
        (tr_("EmployeeIo", "Excel workbook (*.xlsx)"), ".xlsx"),
        (tr_("EmployeeIo", "CSV, separated by semicolons (*.csv)"), ".csv"),
    ]


def export_employees(parent: QWidget | None, employee_ids: Sequence[int]) -> None:
    """Write exactly these employees, in this order (the table as filtered and sorted)."""
    title = tr_("EmployeeIo", "Export employees")
    if not employee_ids:
        messages.info(
            parent,
            title,
            tr_("EmployeeIo", "No employees are shown, so there is nothing to export."),
        )
        return
    suggested = f"pegawai_{dt.date.today():%Y%m%d}.xlsx"
    path = ask_save_path(parent, suggested, _spreadsheet_filters())
    if not path:
        return
    ids = list(employee_ids)
    try:
        count = run_task(
            parent,
            tr_("EmployeeIo", "Exporting employees…"),
            lambda progress: employee_export.export_employees(path, ids, progress),
        )
    except Cancelled:
        return
    except ServiceError as err:
        messages.warn(parent, title, messages.error_text(err))
        return
    messages.info(
        parent,
        title,
        EmployeeIo().employees_exported(count).format(path=path),
    )


def save_template(parent: QWidget | None) -> None:
    """Save a blank import template with a Petunjuk (instructions) sheet."""
    title = tr_("EmployeeIo", "Blank import template")
    path = ask_save_path(
        parent,
        "template_impor_pegawai.xlsx",
        [(tr_("EmployeeIo", "Excel workbook (*.xlsx)"), ".xlsx")],
    )
    if not path:
        return
    try:
        employee_export.write_template(path, tr_)
    except ServiceError as err:
        messages.warn(parent, title, messages.error_text(err))
        return
    messages.info(
        parent,
        title,
        tr_(
            "EmployeeIo",
            "The template was saved to {path}. Fill in the sheet Pegawai and import the file; "
            "the sheet Petunjuk explains every column.",
        ).format(path=path),
    )
