"""Import from and export to Excel/CSV for the register tab (impor/ekspor data pegawai).

The register tab calls three functions: `import_employees`, `export_employees` and
`save_template`. Reading, importing and exporting run in a worker thread behind a progress
dialog; the work itself is in the `services.register.employee_*` modules (import preview,
import apply, export). File dialogs and the preview dialog are shown through module-level
functions so that tests can replace them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.register import (
    employee_export,
    employee_import_apply,
    employee_import_preview,
)
from desktop_app.services.register.employee_import_apply import ImportResult
from desktop_app.services.register.employee_import_preview import (
    Action,
    ImportPreview,
    PreviewRow,
)
from desktop_app.views import messages
from desktop_app.views.table_model import AnyIndex, FlatTableModel
from desktop_app.views.tasks import Cancelled, run_task

T = TypeVar("T")
_FOLDER_KEY = "employee_io/folder"
_INVALID_BACKGROUND = QColor("#fde2e1")
_INVALID_FOREGROUND = QColor("#7a1c1c")


# --- file dialogs (tests replace these) ---------------------------------------------------


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


def show_preview(dialog: ImportPreviewDialog) -> bool:
    """Show the preview modally; True when the rows were imported."""
    return dialog.exec() == QDialog.DialogCode.Accepted


# --- preview table ------------------------------------------------------------------------


class PreviewModel(FlatTableModel):
    """The rows of an import file: row number, NIP, name, action and problems."""

    ROW, NIP, NAME, ACTION, PROBLEMS = range(5)
    SORT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, rows: list[PreviewRow], parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._rows = rows
        self._problems = ["; ".join(messages.error_text(p) for p in r.problems) for r in rows]
        self._headers = [
            self.tr("Row"),
            self.tr("NIP"),
            self.tr("Name"),
            self.tr("Action"),
            self.tr("Problems"),
        ]
        self._actions = {
            Action.NEW: self.tr("New"),
            Action.UPDATE: self.tr("Update"),
            Action.UNCHANGED: self.tr("Unchanged"),
            Action.INVALID: self.tr("Not imported"),
        }
        self._order = {Action.INVALID: 0, Action.NEW: 1, Action.UPDATE: 2, Action.UNCHANGED: 3}

    def row_at(self, source_row: int) -> PreviewRow:
        return self._rows[source_row]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.row,
                row.nip,
                row.name,
                self._actions[row.action],
                self._problems[index.row()],
            )[column]
        if role == self.SORT_ROLE:
            return (
                row.row,
                row.nip,
                row.name.casefold(),
                self._order[row.action],
                self._problems[index.row()],
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PROBLEMS and row.problems:
                return "\n".join(messages.error_text(p) for p in row.problems)
            if column == self.ACTION and row.changes:
                return self.tr("Changes: {columns}").format(columns=", ".join(row.changes))
            return None
        if row.action == Action.INVALID:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_INVALID_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_INVALID_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PreviewFilter(QSortFilterProxyModel):
    """Sorts by the raw values and filters by "only rows with problems" and a search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_problems = False
        self.text = ""
        self.setSortRole(PreviewModel.SORT_ROLE)

    def set_filter(self, only_problems: bool, text: str) -> None:
        self.beginFilterChange()
        self.only_problems = only_problems
        self.text = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, PreviewModel):
            return True
        row = model.row_at(source_row)
        if self.only_problems and row.action != Action.INVALID:
            return False
        if self.text:
            digits = self.text.replace(" ", "")
            in_nip = bool(digits) and digits in row.nip.replace(" ", "")
            return in_nip or self.text in row.name.casefold()
        return True


class ImportPreviewDialog(QDialog):
    """Shows what importing a file will do, row by row, before anything is written."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportPreviewDialog")
        self.preview = preview
        self.result_: ImportResult | None = None
        self.setWindowTitle(self.tr("Import employees: {name}").format(name=preview.path.name))
        self.resize(900, 560)

        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text())
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if preview.ignored_columns:
            ignored = QLabel(
                self.tr("These columns are not used: {columns}").format(
                    columns=", ".join(preview.ignored_columns)
                )
            )
            ignored.setWordWrap(True)
            layout.addWidget(ignored)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search NIP or name"))
        self.search.setClearButtonEnabled(True)
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"))
        self.only_problems.setEnabled(preview.count(Action.INVALID) > 0)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.only_problems)
        layout.addLayout(bar)

        self.model = PreviewModel(preview.rows, self)
        self.proxy = PreviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PreviewModel.ROW, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 60), (1, 170), (2, 220), (3, 110)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.only_problems.toggled.connect(self._apply_filter)

        count = preview.to_write
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import %n row(s)", "", count))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(count > 0)
        self.import_button.setDefault(count > 0)
        cancel = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self._import)
        cancel.clicked.connect(self.reject)
        if count == 0:
            hint = QLabel(
                self.tr("Nothing to import: no row adds or changes an employee.")
                if preview.count(Action.INVALID) == 0
                else self.tr("Nothing to import: correct the rows with problems in the file.")
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def _summary_text(self) -> str:
        p = self.preview
        return self.tr(
            "{rows}: {new} new, {updated} updated, {unchanged} unchanged, {invalid} with problems"
        ).format(
            rows=self.tr("%n row(s)", "", len(p.rows)),
            new=p.count(Action.NEW),
            updated=p.count(Action.UPDATE),
            unchanged=p.count(Action.UNCHANGED),
            invalid=p.count(Action.INVALID),
        )

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The full problems (or changes) of the selected row, which the table cuts short."""
        if not current.isValid():
            self.details.clear()
            return
        row = self.model.row_at(self.proxy.mapToSource(current).row())
        if row.problems:
            lines = [messages.error_text(p) for p in row.problems]
        elif row.changes:
            lines = [self.tr("Changes: {columns}").format(columns=", ".join(row.changes))]
        else:
            lines = []
        heading = self.tr("Row {row}").format(row=row.row)
        self.details.setText("\n".join([heading, *lines]) if lines else "")

    def _apply_filter(self) -> None:
        self._debounce.stop()
        self.proxy.set_filter(self.only_problems.isChecked(), self.search.text())

    def _import(self) -> None:
        self.import_button.setEnabled(False)
        try:
            result = run_task(
                self,
                self.tr("Importing employees…"),
                lambda progress: employee_import_apply.apply_import(self.preview, progress),
            )
        except Cancelled:
            messages.info(
                self, self.tr("Import cancelled"), self.tr("Nothing was imported or changed.")
            )
            self.import_button.setEnabled(True)
            return
        except ServiceError as err:
            messages.warn(
                self,
                self.tr("Import failed"),
                self.tr("Nothing was imported or changed.\n\n{reason}").format(
                    reason=messages.error_text(err)
                ),
            )
            self.import_button.setEnabled(True)
            return
        self.result_ = result
        messages.info(
            self,
            self.tr("Import finished"),
            self.tr(
                "{created} new, {updated} updated, {unchanged} unchanged; {skipped} row(s) "
                "with problems were not imported."
            ).format(
                created=result.created,
                updated=result.updated,
                unchanged=result.unchanged,
                skipped=result.skipped,
            ),
        )
        self.accept()


# --- entry points for the register tab ----------------------------------------------------


def import_employees(parent: QWidget | None) -> bool:
    """Ask for a file, show the preview and import on confirmation; True when employees were
    added or changed (the caller reloads its table)."""
    path = ask_open_path(parent)
    if not path:
        return False
    try:
        preview = run_task(
            parent,
            tr_("EmployeeIo", "Reading {name}…").format(name=Path(path).name),
            lambda progress: employee_import_preview.read_file(path, progress),
        )
    except Cancelled:
        return False
    except ServiceError as err:
        messages.warn(
            parent, tr_("EmployeeIo", "Cannot import this file"), messages.error_text(err)
        )
        return False
    dialog = ImportPreviewDialog(preview, parent)
    try:
        imported = show_preview(dialog)
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
        tr_("EmployeeIo", "{count} employee(s) exported to {path}.").format(count=count, path=path),
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
