"""The Pengembangan tab: the office view of a year's development. Every employee the user may
see with their IDP, JP done and planned against 20 JP, budget and the follow-up a poor
predikat calls for (filter by unit, by what needs attention, and as you type); the totals per
unit; the recap of kebutuhan dan rencana pengembangan kompetensi (Renbangkom); the way into
each IDP (`development_editor`), recording a completed activity, and the Excel export."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
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
from desktop_app.scoring import MIN_JP_PER_YEAR, Predikat, jenis_diklat
from desktop_app.scoring.nip import display_nip
from desktop_app.services import periods
from desktop_app.services.development import export as development_io
from desktop_app.services.development import idp as development
from desktop_app.services.development import records as development_records
from desktop_app.services.development.office_view import (
    OfficeRow,
    RecapRow,
    UnitTotal,
    office_view,
    renbangkom,
    unit_totals,
)
from desktop_app.services.register import units as unit_service
from desktop_app.views import excel_export, messages, print_actions
from desktop_app.views.development.dialogs import RealisationDialog, jalur_label
from desktop_app.views.development.editor import IdpEditor, competence_label
from desktop_app.views.formatting import format_number, format_rupiah
from desktop_app.views.register.employee_dialog import indented_units
from desktop_app.views.table_model import AnyIndex, RowsModel
from desktop_app.views.widgets import filter_while_typing, matching, open_editor, row_table

ALL, UNDER, REQUIRED, OPEN_REQUIRED, CONSECUTIVE, NO_IDP = (
    "ALL", "UNDER", "REQUIRED", "OPEN_REQUIRED", "CONSECUTIVE", "NO_IDP"
)  # fmt: skip
SHOWS: dict[str, Callable[[OfficeRow], bool]] = {
    ALL: lambda r: True,
    UNDER: lambda r: r.under_minimum,
    REQUIRED: lambda r: r.required,
    OPEN_REQUIRED: lambda r: r.needs_plan,
    CONSECUTIVE: lambda r: r.consecutive,
    NO_IDP: lambda r: r.plan_id is None,
}
ALERT = QColor("#fde2e1")  # consecutive poor predikat
SHORT = QColor("#b00020")  # under 20 JP, required IDP not agreed
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def sortable(table: QTableView) -> None:
    """Sort by clicking a header; until then the rows keep the order they came in."""
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)


def open_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def plan_status_label(status: str) -> str:
    return tr_("development", development.STATUS_LABELS.get(status, status))


def follow_up_cell(row: OfficeRow) -> str:
    """ "IDP required · 2× in a row · Coaching" for the list."""
    if not row.required:
        return ""
    parts = [tr_("DevelopmentTab", "IDP required")]
    if row.consecutive:
        parts.append(tr_("DevelopmentTab", "{n}× poor in a row").format(n=row.streak))
    parts += [jenis_diklat(j).label for j in row.suggestions]
    return " · ".join(parts)


class _SortedModel(RowsModel[Any]):
    """A flat model over NamedTuple-like rows, sortable by clicking a header."""

    def rows(self) -> list[Any]:
        return self._rows

    def sort_key(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return  # no column chosen yet: the rows stay in unit and name order
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(
            key=lambda r: self.sort_key(r, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.layoutChanged.emit()


class DevelopmentOfficeModel(_SortedModel):
    """One row per employee: NIP, name, unit, IDP, follow-up, JP done, JP planned, short of
    20, budget, spent."""

    NIP, NAME, UNIT, IDP, FOLLOW, DONE, PLANNED, SHORT, BUDGET, SPENT = range(10)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("NIP"),
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("IDP"),
            self.tr("Follow-up"),
            self.tr("JP done"),
            self.tr("JP planned"),
            self.tr("JP missing to {n}").format(n=MIN_JP_PER_YEAR),
            self.tr("Budget"),
            self.tr("Spent"),
        ]

    def sort_key(self, r: OfficeRow, column: int) -> Any:
        return (
            r.nip,
            r.name.casefold(),
            r.unit_name.casefold(),
            r.plan_status,
            (r.required, r.streak),
            r.jp_done,
            r.jp_planned,
            r.shortfall,
            r.cost_planned,
            r.cost_actual,
        )[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: OfficeRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                display_nip(r.nip),
                r.name,
                r.unit_name,
                plan_status_label(r.plan_status),
                follow_up_cell(r),
                format_number(r.jp_done),
                format_number(r.jp_planned) if r.plan_id is not None else "",
                format_number(r.shortfall) if r.under_minimum else "",
                format_rupiah(r.cost_planned) if r.cost_planned else "",
                format_rupiah(r.cost_actual) if r.cost_actual else "",
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.DONE:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and r.consecutive:
            return QBrush(ALERT)
        if role == Qt.ItemDataRole.ForegroundRole and (
            (column in (self.DONE, self.SHORT) and r.under_minimum)
            or (column in (self.IDP, self.FOLLOW) and r.needs_plan)
        ):
            return QBrush(SHORT)
        if role == Qt.ItemDataRole.FontRole and column == self.FOLLOW and r.needs_plan:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FOLLOW and r.required:
            return self.tr("Latest poor predikat: {predikat}").format(
                predikat=Predikat(r.poor_predikat).label if r.poor_predikat else ""
            )
        return None


class DevelopmentUnitModel(_SortedModel):
    """The totals per unit, and the total of all as the last row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("Unit"),
            self.tr("Employees"),
            self.tr("Under {n} JP").format(n=MIN_JP_PER_YEAR),
            self.tr("With IDP"),
            self.tr("IDP agreed"),
            self.tr("IDP required"),
            self.tr("Required, not agreed"),
            self.tr("JP planned"),
            self.tr("JP done"),
            self.tr("Budget"),
            self.tr("Spent"),
        ]
        self.overall: UnitTotal | None = None

    def set_totals(self, totals: list[UnitTotal], overall: UnitTotal) -> None:
        self.overall = overall
        overall.unit_name = self.tr("Total")
        self.set_rows([*totals, overall])

    @staticmethod
    def _values(t: UnitTotal) -> tuple:
        return (
            t.unit_name,
            t.employees,
            t.under_minimum,
            t.with_plan,
            t.agreed,
            t.required,
            t.required_open,
            t.jp_planned,
            t.jp_done,
            t.cost_planned,
            t.cost_actual,
        )

    def sort_key(self, t: UnitTotal, column: int) -> Any:
        value = self._values(t)[column]
        last = t is self.overall  # the total stays at the bottom only when sorted ascending
        return (last, value.casefold() if isinstance(value, str) else value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t: UnitTotal = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._values(t)[column]
            if column >= 9:
                return format_rupiah(value)
            if isinstance(value, Decimal):
                return format_number(value)
            return value if column == 0 else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and t is self.overall:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column in (2, 6) and self._values(t)[column]:
            return QBrush(SHORT)
        return None


class DevelopmentRecapModel(_SortedModel):
    """Kebutuhan dan rencana pengembangan kompetensi per unit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("Unit"),
            self.tr("Competence type"),
            self.tr("Competences"),
            self.tr("Jalur"),
            self.tr("Kind (jenis diklat)"),
            self.tr("Target (people)"),
            self.tr("Activities"),
            self.tr("Providers"),
            self.tr("Schedule"),
            self.tr("JP planned"),
            self.tr("Budget"),
            self.tr("Done"),
            self.tr("JP done"),
            self.tr("Spent"),
        ]

    def sort_key(self, r: RecapRow, column: int) -> Any:
        return (
            r.unit_name.casefold(),
            r.competence_type,
            "; ".join(r.competences).casefold(),
            r.jalur,
            r.jenis_diklat,
            r.target,
            r.activities,
            ", ".join(r.providers).casefold(),
            (r.first_month or 13, r.last_month or 13),
            r.jp_planned,
            r.cost_planned,
            r.done,
            r.jp_done,
            r.cost_actual,
        )[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: RecapRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.unit_name,
                competence_label(r.competence_type) if r.competence_type else "—",
                "; ".join(r.competences),
                jalur_label(r.jalur),
                f"{r.jenis_diklat} · {r.jenis_label}",
                str(r.target),
                str(r.activities),
                ", ".join(r.providers),
                development_io.schedule_words(r.first_month, r.last_month),
                format_number(r.jp_planned),
                format_rupiah(r.cost_planned),
                str(r.done),
                format_number(r.jp_done),
                format_rupiah(r.cost_actual),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 6, 9, 10, 11, 12, 13):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return "\n".join(r.competences)
        return None


class DevelopmentTab(QWidget):
    """The year's development per employee and per unit, and the way into each IDP."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DevelopmentTab")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QComboBox()
        self.year.setObjectName("developmentYear")
        year_label = QLabel(self.tr("&Year:"))
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
        for button in (self.open_button, self.record_button, self.print_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.counts = QLabel()
        self.counts.setObjectName("developmentCounts")
        actions.addWidget(self.counts)
        layout.addLayout(actions)

        self.pages = QTabWidget()
        self.model = DevelopmentOfficeModel(self)
        self.table = row_table(
            self.model, "developmentTable", (165, 220, 210, 80, 240, 65, 75, 95, 115)
        )
        sortable(self.table)
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
        self._unit_rows = unit_service.list_units()
        self.unit_filter.addItem(self.tr("All units"), None)
        for unit_id, label in indented_units(self._unit_rows):
            self.unit_filter.addItem(label, unit_id)
        for row in periods.list_periods():
            label = str(row.year) + (" " + self.tr("(closed)") if row.closed else "")
            self.year.addItem(label, row.year)
        self.reload()

    # loading ------------------------------------------------------------------------------
    def current_year(self) -> int | None:
        return self.year.currentData()

    def _units(self) -> set[int] | None:
        unit_id = self.unit_filter.currentData()
        return unit_service.descendants(unit_id, self._unit_rows) if unit_id is not None else None

    def reload(self) -> None:
        keep = self.current_row()
        year = self.current_year()
        units = self._units()
        try:
            self._rows = office_view(year, units) if year is not None else []
            recap = renbangkom(year, units) if year is not None else []
        except ServiceError as err:
            self._rows, recap = [], []
            self.counts.setText(messages.error_text(err))
        self.unit_model.set_totals(*unit_totals(self._rows))
        self.recap_model.set_rows(recap)
        self.apply_filter()
        if keep is not None:
            self.select(keep.employee_id)

    def apply_filter(self) -> None:
        self._debounce.stop()
        keep = self.current_row()
        show = SHOWS[self.show_filter.currentData()]
        rows = matching(
            [r for r in self._rows if show(r)],
            self.search.text(),
            lambda r: f"{r.name} {r.nip} {r.unit_name}",
        )
        self.model.set_rows(rows)
        _, shown = unit_totals(rows)
        self.counts.setText(
            self.tr("{shown} of {total} employees").format(shown=len(rows), total=len(self._rows))
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
        if (keep is None or not self.select(keep.employee_id)) and self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    # selection --------------------------------------------------------------------------
    def current_row(self) -> OfficeRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, employee_id: int) -> bool:
        for n, row in enumerate(self.model.rows()):
            if row.employee_id == employee_id:
                self.table.selectRow(n)
                return True
        return False

    def _year_open(self) -> bool:
        year = self.current_year()
        period = periods.period_for(year) if year is not None else None
        return period is not None and not period.closed

    def _update(self) -> None:
        row = self.current_row()
        may = row is not None and development.may_prepare(row.employee_id)
        self.open_button.setEnabled(
            row is not None and (row.plan_id is not None or (may and self._year_open()))
        )
        self.open_button.setText(
            self.tr("&Make IDP…")
            if row is not None and row.plan_id is None
            else self.tr("&Open IDP…")
        )
        self.record_button.setEnabled(may and self._year_open())
        self.print_idp_action.setEnabled(row is not None and row.plan_id is not None)
        self.export_button.setEnabled(bool(self._rows))

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
        if row is not None and row.plan_id is not None:
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
