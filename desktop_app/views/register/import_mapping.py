"""Step one of the import (impor data pegawai): which sheet and header row are read and which
column of the file goes into which field of the register (pemetaan kolom).

The file's layout is found by the service; this page shows it and lets the user change it: the
sheet (a combo), the header row (a spin), and per column of the file a combo with every field
and "Ignore". It says in words what will be read and what not. Changing the sheet or the header
row asks the dialog to look at the file again (`relayout_requested`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.table_model import AnyIndex, FlatTableModel
from desktop_app.views.widgets import keep_titles_visible

MAX_HEADER_ROW = 20


@dataclass
class MappedColumn:
    """One column of the file as the page shows it: its header (both rows of a two-row header
    joined), a few values, the field it goes into (None: ignored) and how that was decided."""

    index: int
    header: str
    samples: tuple[str, ...]
    field: str | None
    source: str  # "exact", "synonym", "remembered", "manual" or "" (not recognised)


@dataclass(frozen=True)
class FieldChoice:
    """A field of the register a column can go into, with the user's label."""

    key: str
    label: str
    required: bool = False


class MappingModel(FlatTableModel):
    """The file's columns: header, sample values, the field it goes into, the match."""

    HEADER, SAMPLES, FIELD, SOURCE = range(4)

    def __init__(self, fields: list[FieldChoice], parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("Column in the file"),
            self.tr("Sample values"),
            self.tr("Goes into"),
            self.tr("Found by"),
        ]
        self._labels = {f.key: f.label for f in fields}
        self._sources = {
            "exact": self.tr("same name"),
            "synonym": self.tr("known other name"),
            "remembered": self.tr("remembered from an earlier file"),
            "manual": self.tr("chosen by you"),
            "": self.tr("not recognised"),
        }
        self.columns: list[MappedColumn] = []

    def set_columns(self, columns: list[MappedColumn]) -> None:
        self.beginResetModel()
        self.columns = columns
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.columns)

    def field_label(self, key: str | None) -> str:
        return self._labels.get(key or "", self.tr("Ignore")) if key else self.tr("Ignore")

    def source_label(self, column: MappedColumn) -> str:
        if column.field is None and column.source != "manual":
            return self._sources[""]
        return self._sources.get(column.source, column.source)

    def set_field(self, row: int, key: str | None) -> None:
        column = self.columns[row]
        if column.field == key:
            return
        column.field = key
        column.source = "manual"
        self.dataChanged.emit(self.index(row, self.FIELD), self.index(row, self.SOURCE))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            samples = " · ".join(s for s in column.samples if s)
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SAMPLES:
                return "\n".join(s for s in column.samples if s) or None
            return (
                column.header
                or self.tr("(no header, column {number})").format(number=column.index + 1),
                samples,
                self.field_label(column.field),
                self.source_label(column),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and column.field is None:
            return Qt.GlobalColor.darkGray
        return None


class MappingPage(QWidget):
    """The mapping step: sheet, header row, and the field of every column."""

    relayout_requested = Signal()
    mapping_changed = Signal()

    def __init__(
        self,
        fields: list[FieldChoice],
        incomplete_labels: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """`incomplete_labels`: (field key, label) of the fields without which a record is
        imported as incomplete, said on the page when no column fills them."""
        super().__init__(parent)
        self.setObjectName("ImportMappingPage")
        self.fields = fields
        self.incomplete_labels = incomplete_labels
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(
            self.tr(
                "Check which column of the file goes into which field. Change a field with the "
                "list in its row (F2 or a click), or choose Ignore to leave the column out."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        where = QHBoxLayout()
        form = QFormLayout()
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheetCombo")
        self.sheet.setMinimumContentsLength(18)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        form.addRow(self.sheet_label, self.sheet)
        where.addLayout(form)
        form2 = QFormLayout()
        self.header_row = QSpinBox()
        self.header_row.setObjectName("headerRow")
        self.header_row.setRange(1, MAX_HEADER_ROW)
        self.header_row.setKeyboardTracking(False)
        form2.addRow(self.tr("&Header in row:"), self.header_row)
        where.addLayout(form2)
        self.header_note = QLabel()
        self.header_note.setObjectName("headerNote")
        where.addWidget(self.header_note, 1)
        layout.addLayout(where)

        self.model = MappingModel(fields, self)
        self.table = QTableView()
        self.table.setObjectName("mappingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 330, 230)):
            self.table.setColumnWidth(column, width)
        keep_titles_visible(self.table)
        layout.addWidget(self.table, 1)
        for key in (Qt.Key.Key_F2, Qt.Key.Key_Space):
            shortcut = QShortcut(QKeySequence(key), self.table, self.edit_current_field)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.read_label = QLabel()
        self.read_label.setObjectName("readColumns")
        self.read_label.setWordWrap(True)
        self.read_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.read_label)
        self.unread_label = QLabel()
        self.unread_label.setObjectName("unreadColumns")
        self.unread_label.setWordWrap(True)
        self.unread_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.unread_label)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingFields")
        self.missing_label.setWordWrap(True)
        layout.addWidget(self.missing_label)

        self.combos: list[QComboBox] = []
        self.sheet.activated.connect(lambda _i: self.relayout_requested.emit())
        self.header_row.valueChanged.connect(lambda _v: self.relayout_requested.emit())

    # filling ------------------------------------------------------------------------------
    def show_layout(
        self,
        sheets: list[str],
        sheet: str,
        header_row: int,
        header_depth: int,
        columns: list[MappedColumn],
    ) -> None:
        """Show a layout of the file (after reading it or after the user changed sheet or
        header row), without asking for another one."""
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(sheets)
        self.sheet.setCurrentIndex(max(self.sheet.findText(sheet), 0))
        self.sheet.setEnabled(len(sheets) > 1)
        self.sheet.blockSignals(False)
        has_sheets = any(sheets)  # a CSV has one unnamed table: no sheet to show or choose
        self.sheet.setVisible(has_sheets)
        self.sheet_label.setVisible(has_sheets)
        self.header_row.blockSignals(True)
        self.header_row.setValue(header_row)
        self.header_row.blockSignals(False)
        self.header_note.setText(
            self.tr("(two rows: {first} and {second})").format(
                first=header_row, second=header_row + 1
            )
            if header_depth > 1
            else ""
        )
        self.model.set_columns(columns)
        self._make_combos()
        self._describe()
        if columns:
            self.table.setCurrentIndex(self.model.index(0, MappingModel.HEADER))

    def _make_combos(self) -> None:
        self.combos = []
        for row, column in enumerate(self.model.columns):
            combo = QComboBox()
            combo.setObjectName(f"fieldCombo{row}")
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.addItem(self.tr("Ignore"), None)
            for f in self.fields:
                combo.addItem(f.label, f.key)
            combo.setCurrentIndex(max(combo.findData(column.field), 0))
            combo.setAccessibleName(
                self.tr("Field for the column {header}").format(header=column.header)
            )
            combo.currentIndexChanged.connect(
                lambda _i, r=row, c=combo: self._field_chosen(r, c.currentData())
            )
            self.table.setIndexWidget(self.model.index(row, MappingModel.FIELD), combo)
            self.combos.append(combo)
        previous: QWidget = self.table  # Tab from the table goes through the fields in row order
        for combo in self.combos:
            QWidget.setTabOrder(previous, combo)
            previous = combo

    def edit_current_field(self) -> None:
        """F2 or Space on a row puts the focus into its field list."""
        index = self.table.currentIndex()
        if index.isValid() and index.row() < len(self.combos):
            self.combos[index.row()].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _field_chosen(self, row: int, key: str | None) -> None:
        self.model.set_field(row, key)
        self._describe()
        self.mapping_changed.emit()

    # reading back -------------------------------------------------------------------------
    def mapping(self) -> dict[int, str]:
        """Column index → field, for the columns that are read."""
        return {c.index: c.field for c in self.model.columns if c.field is not None}

    def mapped_fields(self) -> set[str]:
        return {c.field for c in self.model.columns if c.field is not None}

    def doubled(self) -> dict[str, list[MappedColumn]]:
        """Fields chosen for more than one column (a field is read from one column only)."""
        by_field: dict[str, list[MappedColumn]] = {}
        for c in self.model.columns:
            if c.field is not None:
                by_field.setdefault(c.field, []).append(c)
        return {k: v for k, v in by_field.items() if len(v) > 1}

    def ready(self) -> bool:
        """True when the rows can be read with this mapping."""
        return not self.missing_required() and not self.doubled()

    def missing_required(self) -> list[FieldChoice]:
        mapped = self.mapped_fields()
        return [f for f in self.fields if f.required and f.key not in mapped]

    def _describe(self) -> None:
        """What will be read and what not, in words."""
        columns = self.model.columns
        read = [
            self.tr("{header} → {field}").format(
                header=c.header or str(c.index + 1), field=self.model.field_label(c.field)
            )
            for c in columns
            if c.field is not None
        ]
        unread = [
            f"“{c.header}”" if c.header else str(c.index + 1) for c in columns if c.field is None
        ]
        self.read_label.setText(
            self.tr("Read ({count}): {columns}.").format(count=len(read), columns="; ".join(read))
            if read
            else self.tr("No column of the file is read yet.")
        )
        self.unread_label.setText(
            self.tr("Not read ({count}): {columns}.").format(
                count=len(unread), columns=", ".join(unread)
            )
            if unread
            else self.tr("Every column is read.")
        )
        missing = self.missing_required()
        doubled = self.doubled()
        if doubled:
            key, columns = next(iter(doubled.items()))
            self.missing_label.setText(
                self.tr(
                    "{field} is chosen for {count} columns ({columns}): choose Ignore or "
                    "another field for all but one."
                ).format(
                    field=self.model.field_label(key),
                    count=len(columns),
                    columns=", ".join(f"“{c.header}”" for c in columns),
                )
            )
            self.missing_label.setStyleSheet("color: #b00020")
        elif missing:
            self.missing_label.setText(
                self.tr(
                    "Choose a column for: {fields}. Without them no row can be imported."
                ).format(fields=", ".join(f.label for f in missing))
            )
            self.missing_label.setStyleSheet("color: #b00020")
        else:
            mapped = self.mapped_fields()
            optional = [label for key, label in self.incomplete_labels if key not in mapped]
            self.missing_label.setText(
                self.tr(
                    "Not in the file: {fields}. The employees are imported as incomplete; fill "
                    "these in later in the register."
                ).format(fields=", ".join(optional))
                if optional
                else ""
            )
            self.missing_label.setStyleSheet("")
