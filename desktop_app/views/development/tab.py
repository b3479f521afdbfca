"""The Pengembangan tab: the office view of a year's development. Every employee the user may
see with their IDP, JP done and planned against 20 JP, budget and the follow-up a poor
predikat calls for (filter by unit, by what needs attention, and as you type); the totals per
unit; the recap of kebutuhan dan rencana pengembangan kompetensi (Renbangkom); the way into
each IDP (`development_editor`), recording a completed activity, and the Excel export."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring import MIN_JP_PER_YEAR
from desktop_app.services import periods
from desktop_app.services.development import dialogue as dialogue_records
from desktop_app.services.development import export as development_io
from desktop_app.services.development import idp as development
from desktop_app.services.development import records as development_records
from desktop_app.services.development.office_view import (
    OfficeRow,
    office_view,
    renbangkom,
    unit_totals,
)
from desktop_app.services.register import units as unit_service
from desktop_app.services.session import Action, granted
from desktop_app.views import excel_export, messages, print_actions
from desktop_app.views.development.dialogs import RealisationDialog
from desktop_app.views.development.editor import IdpEditor
from desktop_app.views.development.office_models import (
    DevelopmentOfficeModel,
    DevelopmentRecapModel,
    DevelopmentUnitModel,
)
from desktop_app.views.formatting import format_number, format_rupiah
from desktop_app.views.register.incomplete_guard import ensure_complete
from desktop_app.views.table_model import keep_selection
from desktop_app.views.widgets import (
    add_unit_choices,
    choose_current_year,
    filter_while_typing,
    matching,
    open_editor,
    row_table,
    set_enabled_why,
    why_denied,
    why_no_row,
    why_not_own_staff,
    why_year_closed,
)

ALL, UNDER, REQUIRED, OPEN_REQUIRED, CONSECUTIVE, NO_IDP = (
    "ALL", "UNDER", "REQUIRED", "OPEN_REQUIRED", "CONSECUTIVE", "NO_IDP"
)  # fmt: skip
NO_COUNSELLING = "NO_COUNSELLING"  # a poor predikat without its konseling kinerja (dialogue)
SHOWS: dict[str, Callable[[OfficeRow], bool]] = {
    ALL: lambda r: True,
    UNDER: lambda r: r.under_minimum,
    REQUIRED: lambda r: r.required,
    OPEN_REQUIRED: lambda r: r.needs_plan,
    CONSECUTIVE: lambda r: r.consecutive,
    NO_IDP: lambda r: r.plan_id is None,
}


def sortable(table: QTableView) -> None:
    """Sort by clicking a header; until then the rows keep the order they came in."""
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)


def open_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class DevelopmentTab(QWidget):
    """The year's development per employee and per unit, and the way into each IDP."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DevelopmentTab")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QComboBox()
        self.year.setObjectName("developmentYear")
        year_label = QLabel(self.tr("Ye&ar:"))
        year_label.setBuddy(self.year)
        bar.addWidget(year_label)
        bar.addWidget(self.year)
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("developmentUnit")
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_filter.setMinimumContentsLength(22)
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_filter)
        bar.addWidget(unit_label)
        bar.addWidget(self.unit_filter, 2)
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("developmentShow")
        for key, text in (
            (ALL, self.tr("Everyone")),
            (UNDER, self.tr("Under {n} JP").format(n=MIN_JP_PER_YEAR)),
            (REQUIRED, self.tr("IDP required (poor predikat)")),
            (OPEN_REQUIRED, self.tr("IDP required, not agreed yet")),
            (CONSECUTIVE, self.tr("Poor predikat in a row")),
            (NO_IDP, self.tr("Without an IDP")),
            (NO_COUNSELLING, self.tr("Konseling kinerja missing (poor predikat)")),
        ):
            self.show_filter.addItem(text, key)
        show_label = QLabel(self.tr("S&how:"))
        show_label.setBuddy(self.show_filter)
        bar.addWidget(show_label)
        bar.addWidget(self.show_filter)
        self.search = QLineEdit()
        self.search.setObjectName("developmentSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, NIP or unit"))
        bar.addWidget(self.search, 2)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open IDP…"))
        self.open_button.setObjectName("openIdp")
        self.record_button = QPushButton(self.tr("&Record a completed activity…"))
        self.record_button.setObjectName("recordCompleted")
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.setObjectName("developmentExport")
        self.open_button.clicked.connect(self.open_current)
        self.record_button.clicked.connect(self.record_current)
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton(self.tr("&Print"))
        self.print_button.setObjectName("developmentPrint")
        printing = QMenu(self.print_button)
        self.print_idp_action = printing.addAction(
            self.tr("IDP of the selected employee"), self.print_current
        )
        printing.addSeparator()
        printing.addAction(self.tr("IDPs for a unit (batch)…"), self.print_unit)
        printing.addAction(tr_("PrintActions", "Recap: JP per unit…"), self.print_recap)
        self.print_button.setMenu(printing)
        self.dialogue_button = QPushButton(self.tr("&Dialogue and counselling…"))
        self.dialogue_button.setObjectName("dialogueRecords")
        self.dialogue_button.clicked.connect(self.open_dialogue)
        for button in (self.open_button, self.record_button, self.print_button, self.export_button):
            actions.addWidget(button)
        actions.addWidget(self.dialogue_button)
        actions.addStretch(1)
        self.counts = QLabel()
        self.counts.setObjectName("developmentCounts")
        actions.addWidget(self.counts)
        layout.addLayout(actions)

        self.pages = QTabWidget()
        self.model = DevelopmentOfficeModel(self)
        self.table = row_table(
            self.model, "developmentTable", (165, 220, 210, 110, 240, 65, 75, 95, 115)
        )
        sortable(self.table)
        self.keeper = keep_selection(self.table, lambda n: self.model.row_at(n).employee_id)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.pages.addTab(self.table, self.tr("&Employees"))
        self.unit_model = DevelopmentUnitModel(self)
        self.unit_table = row_table(
            self.unit_model, "developmentUnits", (300, 80, 90, 80, 80, 90, 130, 90, 90, 130)
        )
        sortable(self.unit_table)
        self.pages.addTab(self.unit_table, self.tr("Per u&nit"))
        self.recap_model = DevelopmentRecapModel(self)
        self.recap_table = row_table(
            self.recap_model,
            "developmentRecap",
            (200, 130, 220, 110, 170, 105, 70, 160, 120, 80, 110, 50, 70),
        )
        sortable(self.recap_table)
        self.pages.addTab(self.recap_table, self.tr("Renbangkom re&cap"))
        layout.addWidget(self.pages, 1)
        self.totals = QLabel()
        self.totals.setObjectName("developmentTotals")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, self.open_current)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._debounce = filter_while_typing(self.search, self.apply_filter, self)
        self.show_filter.currentIndexChanged.connect(self.apply_filter)
        self.unit_filter.currentIndexChanged.connect(self.reload)
        self.year.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self._rows: list[OfficeRow] = []
        self._missing: dict[int, object] = {}
        self._unit_rows = unit_service.list_units()
        self.unit_filter.addItem(self.tr("All units"), None)
        add_unit_choices(self.unit_filter, self._unit_rows)
        self.year.blockSignals(True)
        for row in periods.list_periods():
            label = str(row.year) + (" " + self.tr("(closed)") if row.closed else "")
            self.year.addItem(label, row.year)
        choose_current_year(self.year)  # this year, not the oldest
        self.year.blockSignals(False)
        self.reload()

    # loading ------------------------------------------------------------------------------
    def current_year(self) -> int | None:
        return self.year.currentData()

    def _units(self) -> set[int] | None:
        unit_id = self.unit_filter.currentData()
        return unit_service.descendants(unit_id, self._unit_rows) if unit_id is not None else None

    def reload(self) -> None:
        year = self.current_year()
        units = self._units()
        try:
            self._rows = office_view(year, units) if year is not None else []
            recap = renbangkom(year, units) if year is not None else []
        except ServiceError as err:
            self._rows, recap = [], []
            self.counts.setText(messages.error_text(err))
        self._missing = (
            dialogue_records.missing_counselling(year, [r.employee_id for r in self._rows])
            if year is not None
            else {}
        )
        self.model.no_counselling = set(self._missing)
        self.unit_model.set_totals(*unit_totals(self._rows))
        self.recap_model.set_rows(recap)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._debounce.stop()
        key = self.show_filter.currentData()
        show = SHOWS.get(key) or (lambda r: r.employee_id in self._missing)
        rows = matching(
            [r for r in self._rows if show(r)],
            self.search.text(),
            lambda r: f"{r.name} {r.nip} {r.unit_name}",
        )
        self.model.set_rows(rows)
        _, shown = unit_totals(rows)
        self.counts.setText(
            self.tr("{shown} of %Ln employees", "", len(self._rows)).format(shown=len(rows))
        )
        self.totals.setText(
            self.tr(
                "Shown: {under} under {n} JP · {required} with an IDP required ({open} not "
                "agreed) · JP planned {planned}, done {done} · budget {budget}, spent {spent}"
            ).format(
                under=shown.under_minimum,
                n=MIN_JP_PER_YEAR,
                required=shown.required,
                open=shown.required_open,
                planned=format_number(shown.jp_planned),
                done=format_number(shown.jp_done),
                budget=format_rupiah(shown.cost_planned),
                spent=format_rupiah(shown.cost_actual),
            )
        )
        self._update()

    # selection --------------------------------------------------------------------------
    def current_row(self) -> OfficeRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, employee_id: int) -> bool:
        return self.keeper.select_key(employee_id)

    def _year_open(self) -> bool:
        year = self.current_year()
        period = periods.period_for(year) if year is not None else None
        return period is not None and not period.closed

    def _update(self) -> None:
        row = self.current_row()
        may = row is not None and development.may_prepare(row.employee_id)
        if row is None:
            why = why_no_row()
        elif not may:
            why = (
                why_denied(Action.WRITE_PLAN)
                if not granted(Action.WRITE_PLAN)
                else why_not_own_staff()
            )
        else:
            why = why_year_closed()
        set_enabled_why(
            self.open_button,
            row is not None and (row.plan_id is not None or (may and self._year_open())),
            why,
        )
        self.open_button.setText(
            self.tr("&Make IDP…")
            if row is not None and row.plan_id is None
            else self.tr("&Open IDP…")
        )
        set_enabled_why(self.record_button, may and self._year_open(), why)
        set_enabled_why(
            self.print_idp_action,
            row is not None and row.plan_id is not None,
            why_no_row() if row is None else self.tr("This employee has no IDP for the year yet."),
        )
        set_enabled_why(
            self.export_button, bool(self._rows), self.tr("The list is empty: nothing to export.")
        )
        set_enabled_why(self.dialogue_button, row is not None, why_no_row())

    # actions ----------------------------------------------------------------------------
    def open_current(self) -> None:
        row = self.current_row()
        year = self.current_year()
        if row is None or year is None or not self.open_button.isEnabled():
            return
        open_editor(
            self,
            row.plan_id,
            lambda: development.create_plan(row.employee_id, year),
            lambda plan_id: IdpEditor(plan_id, self),
            open_dialog,
            self.reload,
        )

    def print_current(self) -> None:
        """The IDP form of the selected employee, in the PDF viewer."""
        row = self.current_row()
        if (
            row is not None
            and row.plan_id is not None
            and ensure_complete(self, row.employee_id, row.name, "print")
        ):
            print_actions.show_form(self, "idp", row.plan_id, row.name)

    def print_unit(self) -> None:
        year = self.current_year()
        if year is not None:
            print_actions.print_batch_dialog(self, str(year), "idp")

    def print_recap(self) -> None:
        """The JP recap of the year (of the unit chosen in the filter)."""
        year = self.current_year()
        if year is not None:
            print_actions.show_recap(self, "jp", str(year), self.unit_filter.currentData())

    def open_dialogue(self) -> None:
        """The dialog kinerja / konseling kinerja records of the selected employee."""
        from desktop_app.views.development.dialogue_dialog import DialogueDialog

        row = self.current_row()
        year = self.current_year()
        if row is None or year is None:
            return
        try:
            dialog = DialogueDialog(row.employee_id, row.name, year, self)
        except ServiceError as err:
            messages.show_error(self, err)
            return
        try:
            open_dialog(dialog)
        finally:
            dialog.deleteLater()
        if dialog.changed:
            self.reload()

    def record_current(self) -> None:
        row = self.current_row()
        year = self.current_year()
        if row is None or year is None or not self.record_button.isEnabled():
            return
        employee_id = row.employee_id
        dialog = RealisationDialog(
            self.tr("Record a completed activity: {name}").format(name=row.name),
            lambda data: development_records.record_activity(employee_id, year, data),
            parent=self,
        )
        try:
            done = open_dialog(dialog)
        finally:
            dialog.deleteLater()
        if done:
            self.reload()

    def export(self) -> None:
        year = self.current_year()
        if year is None:
            return
        units = self._units()
        excel_export.export_workbook(
            self,
            self.tr("Export development"),
            f"pengembangan_kompetensi_{year}.xlsx",
            lambda path, progress: development_io.export_development(
                path, year, units, progress=progress
            ),
        )
