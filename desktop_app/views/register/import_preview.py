"""Step two of the import (impor data pegawai): what importing the file will do, before anything
is written. Counts of new, updated, unchanged, refused and skipped rows; every row with its
reasons and warnings (an inferred jenis jabatan is a warning to review); the units named in the
file that the register does not have, with the choice to create them under a parent the user
picks; the unit for rows without one (the office's root by default).

Changing a unit choice asks the dialog to read the file again (`options_changed`), since the
rows' results depend on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.register.units import UnitRow
from desktop_app.views.register import import_adapter as api
from desktop_app.views.table_model import AnyIndex, FlatTableModel, keep_selection
from desktop_app.views.widgets import add_unit_choices, keep_titles_visible

_REFUSED_BACKGROUND = QColor("#fde2e1")
_REFUSED_FOREGROUND = QColor("#7a1c1c")
_WARNING_BACKGROUND = QColor("#fff4d6")
_SKIPPED_FOREGROUND = QColor("#6b6b6b")


class PreviewModel(FlatTableModel):
    """The rows of an import file: row number, NIP, name, result, reasons and warnings."""

    ROW, NIP, NAME, ACTION, NOTES = range(5)
    SORT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, rows: Sequence[api.ShownRow], parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._rows = list(rows)
        self._notes = [self._notes_of(r) for r in self._rows]
        self._headers = [
            self.tr("Row"),
            self.tr("NIP"),
            self.tr("Name"),
            self.tr("Result"),
            self.tr("Reasons and warnings"),
        ]
        self._actions = {
            api.NEW: self.tr("New"),
            api.UPDATE: self.tr("Update"),
            api.UNCHANGED: self.tr("Unchanged"),
            api.REFUSED: self.tr("Refused"),
            api.SKIPPED: self.tr("Skipped"),
        }
        self._order = {api.REFUSED: 0, api.SKIPPED: 1, api.NEW: 2, api.UPDATE: 3, api.UNCHANGED: 4}

    def _notes_of(self, row: api.ShownRow) -> list[str]:
        texts = list(row.problems)
        texts += [f"⚠ {w}" for w in row.warnings]
        if row.missing and row.action != api.REFUSED:
            texts.append(
                self.tr("Imported as incomplete; missing: {fields}").format(
                    fields=", ".join(row.missing)
                )
            )
        return texts

    def notes_at(self, source_row: int) -> list[str]:
        return self._notes[source_row]

    def row_at(self, source_row: int) -> api.ShownRow:
        return self._rows[source_row]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        action = row.action
        notes = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.row, row.nip, row.name, self._actions[action], "; ".join(notes))[column]
        if role == self.SORT_ROLE:
            return (
                row.row,
                row.nip,
                row.name.casefold(),
                self._order[action],
                "; ".join(notes),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NOTES and notes:
                return "\n".join(notes)
            if column == self.ACTION and row.changes:
                return self.tr("Changes: {columns}").format(columns=", ".join(row.changes))
            return None
        if action == api.REFUSED:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_REFUSED_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_REFUSED_FOREGROUND)
        elif action == api.SKIPPED:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_SKIPPED_FOREGROUND)
        elif row.warnings and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


SHOW_ALL, SHOW_REFUSED, SHOW_SKIPPED, SHOW_WARNINGS = "all", "refused", "skipped", "warnings"


class PreviewFilter(QSortFilterProxyModel):
    """Sorts by the raw values; filters by a kind of row and a search text (NIP or name)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show = SHOW_ALL
        self.text = ""
        self.setSortRole(PreviewModel.SORT_ROLE)

    def set_filter(self, show: str, text: str) -> None:
        self.beginFilterChange()
        self.show = show
        self.text = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, PreviewModel):
            return True
        row = model.row_at(source_row)
        action = row.action
        if self.show == SHOW_REFUSED and action != api.REFUSED:
            return False
        if self.show == SHOW_SKIPPED and action != api.SKIPPED:
            return False
        if self.show == SHOW_WARNINGS and not row.warnings:
            return False
        if self.text:
            digits = self.text.replace(" ", "")
            in_nip = bool(digits) and digits in row.nip.replace(" ", "")
            return in_nip or self.text in row.name.casefold()
        return True


class PreviewPage(QWidget):
    """The preview step: counts, rows with reasons, units not found, the default unit."""

    options_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportPreviewPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.file_notes = QLabel()
        self.file_notes.setObjectName("fileNotes")
        self.file_notes.setWordWrap(True)
        layout.addWidget(self.file_notes)

        self.units_box = QGroupBox(self.tr("Units"))
        units = QFormLayout(self.units_box)
        self.unknown_units = QLabel()
        self.unknown_units.setObjectName("unknownUnits")
        self.unknown_units.setWordWrap(True)
        units.addRow(self.unknown_units)
        create_row = QHBoxLayout()
        self.create_units = QCheckBox(self.tr("&Create these units under"))
        self.create_units.setObjectName("createUnits")
        self.parent_unit = QComboBox()
        self.parent_unit.setObjectName("parentUnit")
        self.parent_unit.setMinimumContentsLength(30)
        self.parent_unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.parent_unit.setAccessibleName(self.tr("Parent of the new units"))
        create_row.addWidget(self.create_units)
        create_row.addWidget(self.parent_unit, 1)
        units.addRow(create_row)
        self.default_unit = QComboBox()
        self.default_unit.setObjectName("defaultUnit")
        self.default_unit.setMinimumContentsLength(30)
        self.default_unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        units.addRow(self.tr("Rows &without a unit go to:"), self.default_unit)
        layout.addWidget(self.units_box)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("previewSearch")
        self.search.setPlaceholderText(self.tr("Search NIP or name"))
        self.search.setClearButtonEnabled(True)
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("showRows")
        for key in (SHOW_ALL, SHOW_REFUSED, SHOW_SKIPPED, SHOW_WARNINGS):
            self.show_combo.addItem(self._show_label(key, 0), key)
        show_label = QLabel(self.tr("S&how:"))
        show_label.setBuddy(self.show_combo)
        bar.addWidget(self.search, 1)
        bar.addWidget(show_label)
        bar.addWidget(self.show_combo)
        layout.addLayout(bar)

        self.model = PreviewModel([], self)
        self.proxy = PreviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PreviewModel.ROW, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # the row of the file stays selected when the preview is read again (a unit choice)
        self.keeper = keep_selection(self.table, lambda n: self.proxy.sourceModel().row_at(n).row)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 55), (1, 170), (2, 220), (3, 100)):
            self.table.setColumnWidth(column, width)
        keep_titles_visible(self.table)
        layout.addWidget(self.table, 1)
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setMinimumHeight(36)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.show_combo.currentIndexChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.create_units.toggled.connect(self._units_changed)
        self.parent_unit.activated.connect(lambda _i: self._parent_changed())
        self.default_unit.activated.connect(lambda _i: self.options_changed.emit())
        self._units_filled = False

    # filling ----------------------------------------------------------------------------
    def fill_units(self, units: Sequence[UnitRow], root_id: int | None) -> None:
        """The register's units (tree order, indented in the open list only) for the parent
        and default choices."""
        for combo in (self.parent_unit, self.default_unit):
            combo.blockSignals(True)
            combo.clear()
            add_unit_choices(combo, units)
            combo.setCurrentIndex(max(combo.findData(root_id), 0))
            combo.blockSignals(False)
        self._units_filled = True

    def show_preview(self, preview: api.ImportPreview) -> None:
        self.preview = preview
        counts = api.counts(preview)
        self.summary.setText(
            self.tr(
                "{rows}: {new} new, {updated} updated, {unchanged} unchanged, "
                "{refused} refused, {skipped} skipped."
            ).format(rows=self.tr("%n rows", "", counts.rows), **counts.as_dict())
        )
        incomplete = api.incomplete(preview)
        self.file_notes.setText(
            self.tr(
                "%n employees will be imported with incomplete data (no golongan, jabatan, "
                "level of a jabatan fungsional or appraiser); the register lists them under "
                "“Incomplete data”.",
                "",
                incomplete,
            )
            if incomplete
            else ""
        )
        self.file_notes.setVisible(bool(incomplete))
        unknown = api.units_not_found(preview)
        if unknown and self.create_units.isChecked():
            self.unknown_units.setText(
                self.tr("Units that the import creates ({count}): {names}.").format(
                    count=len(unknown), names=", ".join(f"“{u}”" for u in unknown)
                )
            )
        elif unknown:
            self.unknown_units.setText(
                self.tr(
                    "Units in the file that the register does not have ({count}): {names}."
                ).format(count=len(unknown), names=", ".join(f"“{u}”" for u in unknown))
            )
        else:
            self.unknown_units.setText(self.tr("Every unit named in the file is in the register."))
        self.create_units.setEnabled(bool(unknown))
        self.parent_unit.setEnabled(bool(unknown) and self.create_units.isChecked())
        rows = api.rows_of(preview)
        found = {
            SHOW_ALL: len(rows),
            SHOW_REFUSED: counts.refused,
            SHOW_SKIPPED: counts.skipped,
            SHOW_WARNINGS: sum(1 for r in rows if r.warnings),
        }
        for i in range(self.show_combo.count()):
            key = self.show_combo.itemData(i)
            self.show_combo.setItemText(i, self._show_label(key, found[key]))
        model = PreviewModel(rows, self)
        self.proxy.setSourceModel(model)  # the keeper notes the selected row before the reset
        self.model = model
        self.table.sortByColumn(
            self.table.horizontalHeader().sortIndicatorSection(),
            self.table.horizontalHeader().sortIndicatorOrder(),
        )
        self._apply_filter()
        if not self.proxy.rowCount():
            self.details.clear()
        elif not self.table.currentIndex().isValid():
            self.keeper.select_row(0)
        else:
            self._show_details(self.table.currentIndex(), QModelIndex())

    def _show_label(self, key: str, count: int) -> str:
        return {
            SHOW_ALL: self.tr("All rows ({count})"),
            SHOW_REFUSED: self.tr("Refused rows ({count})"),
            SHOW_SKIPPED: self.tr("Skipped rows ({count})"),
            SHOW_WARNINGS: self.tr("Rows with warnings ({count})"),
        }[key].format(count=count)

    # the user's choices -----------------------------------------------------------------
    def options(self) -> api.UnitOptions:
        return api.UnitOptions(
            create_under=self.parent_unit.currentData() if self.create_units.isChecked() else None,
            default_unit=self.default_unit.currentData(),
        )

    def _units_changed(self, checked: bool) -> None:
        self.parent_unit.setEnabled(checked)
        self.options_changed.emit()

    def _parent_changed(self) -> None:
        if self.create_units.isChecked():
            self.options_changed.emit()

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The full reasons and warnings of the selected row, which the table cuts short."""
        if not current.isValid():
            self.details.clear()
            return
        source = self.proxy.mapToSource(current).row()
        model = self.proxy.sourceModel()  # the new one already while the preview is replaced
        row = model.row_at(source)
        lines = list(model.notes_at(source))
        if not lines and row.changes:
            lines = [self.tr("Changes: {columns}").format(columns=", ".join(row.changes))]
        heading = self.tr("Row {row}").format(row=row.row)
        self.details.setText("\n".join([heading, *lines]) if lines else "")

    def _apply_filter(self) -> None:
        self._debounce.stop()
        self.proxy.set_filter(self.show_combo.currentData(), self.search.text())
