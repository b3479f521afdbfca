"""The unit tree (unit kerja): browse, add, edit, move and remove units.

A tree of a few hundred units at most, so a QStandardItemModel is the right size; every write
goes through `services.units`, which refuses codes used twice, a unit placed under itself,
and removing a unit that still has employees or sub-units.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.units import UnitInput, UnitRow
from desktop_app.views import messages
from desktop_app.views.typed_input.fields import message_line
from desktop_app.views.typed_input.forms import MessageForm
from desktop_app.views.widgets import add_unit_choices, dialog_buttons

ID_ROLE = Qt.ItemDataRole.UserRole


class UnitForm(QDialog):
    """Add or edit one unit: code, name, kind, parent unit, active."""

    def __init__(
        self,
        rows: list[UnitRow],
        unit_id: int | None = None,
        parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("UnitForm")
        self.unit_id = unit_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Add unit") if unit_id is None else self.tr("Edit unit"))
        current = next((r for r in rows if r.id == unit_id), None)
        layout = QVBoxLayout(self)
        fields = MessageForm(QFormLayout())
        fields.form.setVerticalSpacing(2)
        self.fields = fields
        form = fields.form
        self.code = QLineEdit(current.code if current else "")
        self.code.setObjectName("unitCode")
        self.code.setMaxLength(32)
        self.code.editingFinished.connect(self._tidy_code)
        self.name = QLineEdit(current.name if current else "")
        self.name.setObjectName("unitName")
        self.kind = QComboBox()
        self.kind.setObjectName("unitKind")
        for code in unit_service.UNIT_KINDS:
            self.kind.addItem(tr_("units", unit_service.UNIT_KIND_LABELS[code]), code)
        self.kind.setCurrentIndex(
            max(self.kind.findData(current.kind if current else "LAINNYA"), 0)
        )
        self.parent_unit = QComboBox()
        self.parent_unit.setObjectName("unitParent")
        self.parent_unit.addItem(self.tr("(top of the tree)"), None)
        add_unit_choices(self.parent_unit, rows, leave_out=unit_id)
        wanted = current.parent_id if current else parent_id
        self.parent_unit.setCurrentIndex(max(self.parent_unit.findData(wanted), 0))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(current.active if current else True)
        fields.add("code", self.tr("&Code:"), self.code)
        fields.add("name", self.tr("&Name:"), self.name)
        fields.add("kind", self.tr("&Kind:"), self.kind)
        fields.add("parent", self.tr("&Parent unit:"), self.parent_unit)
        self.errors = fields.errors
        form.addRow("", self.active)
        layout.addLayout(form)
        self.general_error = message_line()
        layout.addWidget(self.general_error)
        buttons = dialog_buttons(self, self.tr("&Save"), self.save)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def input(self) -> UnitInput:
        return UnitInput(
            code=self.code.text(),
            name=self.name.text(),
            kind=self.kind.currentData(),
            parent_id=self.parent_unit.currentData(),
            active=self.active.isChecked(),
        )

    def _tidy_code(self) -> None:
        """The code as it is stored (upper case, no spaces around), shown when left."""
        stored = self.code.text().strip().upper()
        if stored != self.code.text():
            self.code.setText(stored)

    def save(self) -> None:
        """Save through the service; each refusal under its field, focus on the first one,
        nothing stored."""
        self.fields.clear()
        self.general_error.setText("")
        self._tidy_code()
        try:
            self.saved_id = unit_service.save_unit(self.input(), self.unit_id)
        except FieldErrors as err:
            found = {key: messages.error_text(p) for key, p in err.errors.items()}
            first = self.fields.show(found, self.general_error)
            if first is not None:
                first.setFocus()
            return
        except ServiceError as err:
            self.general_error.setText(messages.error_text(err))
            return
        self.accept()


def open_form(form: UnitForm) -> bool:
    """Show a unit form modally (tests replace this)."""
    return form.exec() == QDialog.DialogCode.Accepted


class UnitsDialog(QDialog):
    """The unit tree with its active head-counts, and buttons to change it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnitsDialog")
        self.setWindowTitle(self.tr("Units (unit kerja)"))
        self.changed = False
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.doubleClicked.connect(lambda _index: self.edit())
        layout.addWidget(self.tree, 1)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add unit"))
        self.add_sub_button = QPushButton(self.tr("Add s&ub-unit"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.delete_button = QPushButton(self.tr("&Remove"))
        close = QPushButton(self.tr("&Close"))
        self.add_button.clicked.connect(lambda: self.add(sub=False))
        self.add_sub_button.clicked.connect(lambda: self.add(sub=True))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.remove)
        close.clicked.connect(self.accept)
        for button in (self.add_button, self.add_sub_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout.addLayout(bar)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, lambda: self.add(sub=True))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self, self.remove)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.edit)
        self.reload()
        self.resize(760, 540)

    def reload(self, select: int | None = None) -> None:
        self.rows = unit_service.list_units()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Code"), self.tr("Kind"), self.tr("Active employees")]
        )
        items: dict[int, QStandardItem] = {}
        ids = {r.id for r in self.rows}
        pending = list(self.rows)
        # Parents before children whatever order the rows come in.
        while pending:
            rest = []
            for r in pending:
                parent_item = (
                    self.model.invisibleRootItem()
                    if r.parent_id is None or r.parent_id not in ids
                    else items.get(r.parent_id)
                )
                if parent_item is None:
                    rest.append(r)
                    continue
                name = QStandardItem(
                    r.name if r.active else self.tr("{name} (inactive)").format(name=r.name)
                )
                name.setData(r.id, ID_ROLE)
                count = QStandardItem(str(r.employee_count))
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                kind = tr_("units", unit_service.UNIT_KIND_LABELS.get(r.kind, r.kind))
                parent_item.appendRow([name, QStandardItem(r.code), QStandardItem(kind), count])
                items[r.id] = name
            if len(rest) == len(pending):  # a cycle cannot be stored, but never loop forever
                break
            pending = rest
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 360)
        if select is not None and select in items:
            self.tree.setCurrentIndex(items[select].index())
        elif self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def current_id(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(ID_ROLE)

    def add(self, sub: bool) -> None:
        form = UnitForm(self.rows, None, self.current_id() if sub else None, self)
        if open_form(form):
            self.changed = True
            self.reload(form.saved_id)

    def edit(self) -> None:
        unit_id = self.current_id()
        if unit_id is None:
            return
        form = UnitForm(self.rows, unit_id, None, self)
        if open_form(form):
            self.changed = True
            self.reload(form.saved_id)

    def remove(self) -> None:
        unit_id = self.current_id()
        if unit_id is None:
            return
        row = next(r for r in self.rows if r.id == unit_id)
        if not messages.confirm(
            self,
            self.tr("Remove unit"),
            self.tr("Remove the unit {name} ({code})?").format(name=row.name, code=row.code),
        ):
            return
        try:
            unit_service.delete_unit(unit_id)
        except ServiceError as err:
            messages.show_error(self, err)
            return
        self.changed = True
        self.reload()
