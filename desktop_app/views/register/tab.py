"""The Pegawai tab: the employee register with search-as-you-type, filters and the actions
(add, edit, deactivate, units, import, export).

All reads and writes go through `services.employees` / `services.units`; the table is
`EmployeeTableModel`, which filters and sorts 50,000 rows without calling back per row.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.register import employee_queries, employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.reference_lists import all_grade_codes, position_type_choices
from desktop_app.services.session import Action, allowed
from desktop_app.views import messages
from desktop_app.views.register import appraisers_menu
from desktop_app.views.register.employee_dialog import EmployeeDialog
from desktop_app.views.register.table_model import EmployeeTableModel, RegisterFilter
from desktop_app.views.register.unit_dialog import UnitsDialog
from desktop_app.views.table_model import keep_selection
from desktop_app.views.widgets import (
    add_unit_choices,
    enable_for,
    row_table,
    set_enabled_why,
    why_no_row,
)

_DEBOUNCE_MS = 180
_WIDTHS = (170, 240, 55, 70, 220, 170, 220, 200, 80, 200)


def open_dialog(dialog: QDialog) -> bool:
    """Show a form modally; True when it was saved (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_reason(parent: QWidget, name: str) -> str | None:
    """Why an employee becomes inactive (pensiun, mutasi, ...); None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(tr_("RegisterTab", "Deactivate employee"))
    dialog.setLabelText(
        tr_("RegisterTab", "Why is {name} no longer active (retired, moved, died, …)?").format(
            name=name
        )
    )
    dialog.setOkButtonText(tr_("RegisterTab", "Deactivate"))
    dialog.setCancelButtonText(tr_("RegisterTab", "Cancel"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


class RegisterTab(QWidget):
    """The employee register."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RegisterTab")
        layout = QVBoxLayout(self)

        # filters -----------------------------------------------------------------------
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, NIP, position or unit  (Ctrl+F)"))
        filters.addWidget(self.search, 3)
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("unitFilter")
        self.unit_filter.setMinimumContentsLength(22)
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_filter.setToolTip(self.tr("Unit (with its sub-units)"))
        filters.addWidget(self.unit_filter, 2)
        self.kind_filter = self._combo(
            "kindFilter",
            self.tr("All types"),
            [("PNS", "PNS"), ("PPPK", "PPPK")],
        )
        filters.addWidget(self.kind_filter)
        self.grade_filter = self._combo(
            "gradeFilter", self.tr("All grades"), [(g, g) for g in all_grade_codes()]
        )
        filters.addWidget(self.grade_filter)
        self.type_filter = self._combo(
            "typeFilter", self.tr("All position types"), position_type_choices()
        )
        filters.addWidget(self.type_filter)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Active"), True)
        self.status_filter.addItem(self.tr("Inactive"), False)
        self.status_filter.addItem(self.tr("Active and inactive"), None)
        filters.addWidget(self.status_filter)
        self.incomplete_filter = QCheckBox(self.tr("Incomplete data"))
        self.incomplete_filter.setObjectName("incompleteFilter")
        self.incomplete_filter.setToolTip(
            self.tr("Only employees whose grade, position, unit or appraiser is missing")
        )
        filters.addWidget(self.incomplete_filter)
        reset = QToolButton()
        reset.setText(self.tr("Reset"))
        reset.setToolTip(self.tr("Show everyone again (clear search and filters)"))
        reset.clicked.connect(self.reset_filters)
        filters.addWidget(reset)
        layout.addLayout(filters)

        # actions -----------------------------------------------------------------------
        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Add an employee (Insert)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected employee (Enter)"))
        self.active_button = QPushButton(self.tr("&Deactivate…"))
        self.active_button.setObjectName("activeButton")
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setObjectName("historyButton")
        self.history_button.setToolTip(self.tr("Every change of the selected employee"))
        self.status_button = QPushButton(self.tr("S&tatus…"))
        self.status_button.setObjectName("statusButton")
        self.status_button.setToolTip(
            self.tr("Employment status (kedudukan hukum) of the selected employee, with dates")
        )
        self.units_button = QPushButton(self.tr("&Units…"))
        self.units_button.setToolTip(self.tr("Edit the tree of units (unit kerja)"))
        transfer = QToolButton()
        transfer.setText(self.tr("E&xcel / CSV"))
        transfer.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(transfer)
        self.import_action = menu.addAction(self.tr("&Import from Excel or CSV…"), self.import_file)
        self.export_action = menu.addAction(
            self.tr("&Export the employees shown…"), self.export_shown
        )
        self.template_action = menu.addAction(
            self.tr("Save a blank import &template…"), self.save_template
        )
        transfer.setMenu(menu)
        self.add_button.clicked.connect(self.add_employee)
        self.edit_button.clicked.connect(self.edit_current)
        self.active_button.clicked.connect(self.toggle_active)
        self.units_button.clicked.connect(self.edit_units)
        self.history_button.clicked.connect(self.show_history)
        self.status_button.clicked.connect(self.show_statuses)
        for button in (
            self.add_button,
            self.edit_button,
            self.active_button,
            self.history_button,
            self.status_button,
            self.units_button,
        ):
            actions.addWidget(button)
        actions.addWidget(transfer)
        actions.addWidget(appraisers_menu.appraisers_button(self))  # officials outside, Plt/Plh
        self.can_write = allowed(Action.WRITE_REGISTER)
        self.can_read_all = allowed(Action.READ_ALL)
        for target in (self.add_button, self.units_button, self.import_action):
            enable_for(target, Action.WRITE_REGISTER)
        enable_for(self.export_action, Action.READ_ALL)
        enable_for(self.template_action, Action.WRITE_REGISTER)
        actions.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        actions.addWidget(self.count_label)
        layout.addLayout(actions)

        # table -------------------------------------------------------------------------
        self.model = EmployeeTableModel(self)
        self.table = row_table(self.model, "registerTable", _WIDTHS)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSortIndicator(
            EmployeeTableModel.NAME, Qt.SortOrder.AscendingOrder
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.keeper = keep_selection(self.table, lambda n: self.model.row_at(n).id)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (
            self.unit_filter,
            self.kind_filter,
            self.grade_filter,
            self.type_filter,
            self.status_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.incomplete_filter.toggled.connect(self._show_missing_column)
        self.incomplete_filter.toggled.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_employee)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            shortcut = QShortcut(QKeySequence(key), self.table, self.edit_current)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.search.returnPressed.connect(self._focus_table)

        self._restore_header()
        self._show_missing_column(False)
        self.reload()

    def _combo(self, name: str, everything: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for code, label in choices:
            combo.addItem(label, code)
        return combo

    # loading ----------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Read the register again (after a change) and keep filters, order and selection."""
        keep = select if select is not None else self.current_id()
        self._fill_units()
        self.model.set_rows(employee_queries.list_employees())
        self.apply_filter()
        if keep is None or not self.select(keep):
            self._select_first()
        self._update_buttons()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _fill_units(self) -> None:
        self._unit_rows = unit_service.list_units()
        current = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All units"), None)
        add_unit_choices(self.unit_filter, self._unit_rows)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(current), 0))
        self.unit_filter.blockSignals(False)

    # filtering --------------------------------------------------------------------------
    def current_filter(self) -> RegisterFilter:
        unit_id = self.unit_filter.currentData()
        return RegisterFilter(
            text=self.search.text(),
            unit_ids=(
                frozenset(unit_service.descendants(unit_id, self._unit_rows))
                if unit_id is not None
                else None
            ),
            kind=self.kind_filter.currentData(),
            grade=self.grade_filter.currentData(),
            position_type=self.type_filter.currentData(),
            active=self.status_filter.currentData(),
            incomplete=self.incomplete_filter.isChecked(),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        keep = self.current_id()
        self.model.set_filter(self.current_filter())
        if keep is None or not self.select(keep):
            self._select_first()
        self.count_label.setText(
            self.tr("{shown} of %Ln employees", "", self.model.total).format(
                shown=QLocale().toString(self.model.rowCount())
            )
        )
        self._update_buttons()

    def reset_filters(self) -> None:
        for combo in (self.unit_filter, self.kind_filter, self.grade_filter, self.type_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.incomplete_filter.blockSignals(True)
        self.incomplete_filter.setChecked(False)
        self.incomplete_filter.blockSignals(False)
        self.apply_filter()

    def _focus_table(self) -> None:
        self.apply_filter()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()

    # selection --------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def select(self, employee_id: int) -> bool:
        return self.keeper.select_key(employee_id)

    def _update_buttons(self) -> None:
        index = self.table.currentIndex()
        has = index.isValid()
        set_enabled_why(self.edit_button, has, why_no_row())
        self.edit_button.setText(self.tr("&Edit…") if self.can_write else self.tr("&Open…"))
        enable_for(self.active_button, Action.WRITE_REGISTER, when=has, otherwise=why_no_row())
        enable_for(self.history_button, Action.READ_ALL, when=has, otherwise=why_no_row())
        set_enabled_why(self.status_button, has, why_no_row())
        if has and not self.model.row_at(index.row()).active:
            self.active_button.setText(self.tr("Re&activate"))
        else:
            self.active_button.setText(self.tr("&Deactivate…"))

    # actions ----------------------------------------------------------------------------
    def add_employee(self) -> None:
        dialog = EmployeeDialog(self.model.all_rows(), None, self)
        try:
            if open_dialog(dialog):
                self.reload(dialog.saved_id)
        finally:
            dialog.deleteLater()

    def edit_current(self) -> None:
        employee_id = self.current_id()
        if employee_id is None:
            return
        try:
            dialog = EmployeeDialog(self.model.all_rows(), employee_id, self)
        except ServiceError as err:  # removed meanwhile (e.g. by an import)
            messages.show_error(self, err)
            self.reload()
            return
        try:
            if open_dialog(dialog):
                self.reload(dialog.saved_id)
        finally:
            dialog.deleteLater()

    def toggle_active(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        try:
            if row.active:
                reason = ask_reason(self, row.name)
                if reason is None:
                    return
                employees.set_active(row.id, False, reason)
            else:
                employees.set_active(row.id, True)
        except ServiceError as err:
            messages.show_error(self, err)
            return
        self.reload(row.id)

    def show_history(self) -> None:
        employee_id = self.current_id()
        if employee_id is None or not self.can_read_all:
            return
        from desktop_app.views.admin.audit_views import HistoryDialog  # not needed at start

        row = self.model.row_at(self.table.currentIndex().row())
        try:
            dialog = HistoryDialog(employees.record_uid(employee_id), row.name, self)
        except ServiceError as err:
            messages.show_error(self, err)
            return
        try:
            open_dialog(dialog)
        finally:
            dialog.deleteLater()

    def show_statuses(self) -> None:
        """The kedudukan hukum of the selected employee (docs/employment_status.md)."""
        from desktop_app.views.register.status_dialog import EmploymentStatusDialog

        employee_id = self.current_id()
        if employee_id is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        dialog = EmploymentStatusDialog(employee_id, row.name, self)
        try:
            open_dialog(dialog)
        finally:
            dialog.deleteLater()

    def edit_units(self) -> None:
        dialog = UnitsDialog(self)
        try:
            open_dialog(dialog)
            if dialog.changed:
                self.reload()
        finally:
            dialog.deleteLater()

    # the import/export dialogs (openpyxl, the import preview) load on first use, not at start
    def import_file(self) -> None:
        from desktop_app.views.register import io_dialogs as employee_io_dialogs

        if employee_io_dialogs.import_employees(self):
            self.reload()

    def export_shown(self) -> None:
        from desktop_app.views.register import io_dialogs as employee_io_dialogs

        employee_io_dialogs.export_employees(self, self.model.visible_ids())

    def save_template(self) -> None:
        from desktop_app.views.register import io_dialogs as employee_io_dialogs

        employee_io_dialogs.save_template(self)

    # state ------------------------------------------------------------------------------
    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        state = QSettings().value("RegisterTab/header")
        if state is not None:
            header.restoreState(state)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _show_missing_column(self, shown: bool) -> None:
        """What a record lacks is shown beside the name while "Incomplete data" is on (every
        row's tooltip says it too)."""
        header = self.table.horizontalHeader()
        column = EmployeeTableModel.MISSING
        if shown and header.visualIndex(column) != EmployeeTableModel.NAME + 1:
            header.moveSection(header.visualIndex(column), EmployeeTableModel.NAME + 1)
        header.setSectionHidden(column, not shown)

    def save_state(self) -> None:
        QSettings().setValue("RegisterTab/header", self.table.horizontalHeader().saveState())
