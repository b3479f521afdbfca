"""The Sasaran Kinerja (SKP) tab: the year's progress list (who has no SKP, a draft, a
submitted or an approved one, with counts), and from it the SKP editor, copying last year's
SKP, the matriks peran hasil with "give this RHK to…", the periods and the Excel export."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.scoring.nip import display_nip
from desktop_app.scoring.skp_months import MonthRange
from desktop_app.services import periods
from desktop_app.services.register import units as unit_service
from desktop_app.services.session import Action, allowed, granted
from desktop_app.services.skp import plans
from desktop_app.services.skp.plans import ProgressRow
from desktop_app.views import messages, print_actions
from desktop_app.views.register.incomplete_guard import ensure_complete
from desktop_app.views.register.status_dialog import exempt_state, exemption_text, late_text
from desktop_app.views.skp.editor import SkpEditor, status_label
from desktop_app.views.skp.transfer_dialog import (
    TransferDialog,
    months_text,
    undo_last_transfer,
)
from desktop_app.views.table_model import AnyIndex, FlatTableModel, keep_selection
from desktop_app.views.widgets import (
    add_unit_choices,
    choose_current_year,
    enable_for,
    filter_while_typing,
    row_table,
    set_enabled_why,
    why_denied,
    why_no_row,
    why_not_own_staff,
)

STATUS_ORDER = (plans.NO_PLAN, plans.DRAFT, plans.RETURNED, plans.SUBMITTED, plans.APPROVED)
LATE, EXEMPT = "LATE", "EXEMPT"  # list filters beside the states (issue 20)


def _matches(row: ProgressRow, wanted: str | None) -> bool:
    if wanted is None:
        return True
    if wanted == LATE:
        return row.late
    if wanted == EXEMPT:
        return row.exemption is not None
    return row.status == wanted and row.exemption is None


def open_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class ProgressModel(FlatTableModel):
    """The progress rows: NIP, name, unit, appraiser, SKP status, number of RHK, the SKP's
    months (a transferred employee has one row per SKP, docs/multiple_skp.md)."""

    NIP, NAME, UNIT, APPRAISER, STATUS, RESULTS, MONTHS, LATE, EXEMPT = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("NIP"),
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("Appraiser"),
            self.tr("SKP status"),
            self.tr("RHK"),
            self.tr("Months"),
            self.tr("Late"),
            self.tr("Exempt (kedudukan hukum)"),
        ]
        self._all: list[ProgressRow] = []
        self._rows: list[ProgressRow] = []

    def set_rows(self, rows: list[ProgressRow], text: str = "", status: str | None = None) -> None:
        self.beginResetModel()
        terms = text.casefold().split()
        self._all = [
            r for r in rows if all(t in f"{r.name} {r.nip} {r.unit_name}".casefold() for t in terms)
        ]
        self._rows = [r for r in self._all if _matches(r, status)]
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        """How many of the employees the search (and unit) leaves have each state: the counts
        follow the filter, and the state filter's count is the number of rows shown."""
        found = dict.fromkeys((*STATUS_ORDER, LATE, EXEMPT), 0)
        latest = {r.employee_id: r for r in self._all}  # a person once: the last SKP
        for r in latest.values():
            if r.exemption is not None:  # not counted in the states: exempt, with why
                found[EXEMPT] += 1
                continue
            found[r.status] = found.get(r.status, 0) + 1
            found[LATE] += r.late
        return found

    def late_by_unit(self) -> dict[str, int]:
        """Unit name -> how many of the employees the search leaves are late (a person once)."""
        found: dict[str, int] = {}
        latest = {r.employee_id: r for r in self._all}
        for r in latest.values():
            if r.late:
                found[r.unit_name] = found.get(r.unit_name, 0) + 1
        return found

    def row_at(self, row: int) -> ProgressRow:
        return self._rows[row]

    def row_count(self) -> int:
        return len(self._rows)

    def all_rows(self) -> list[ProgressRow]:
        return self._rows

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        return (
            display_nip(r.nip),
            r.name,
            r.unit_name,
            r.appraiser_name,
            exempt_state(r.exemption) or status_label(r.status),
            r.results if r.plan_id else "",
            months_text(MonthRange(r.month_start, r.month_end), None) if r.plan_id else "",
            late_text(r.late),
            exemption_text(r.exemption),
        )[index.column()]


class SkpTab(QWidget):
    """Progress of the SKP of the year, and the way into each SKP."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SkpTab")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QComboBox()
        self.year.setObjectName("year")
        bar.addWidget(QLabel(self.tr("Ye&ar:")))
        bar.itemAt(bar.count() - 1).widget().setBuddy(self.year)  # type: ignore[union-attr]
        bar.addWidget(self.year)
        self.search = QLineEdit()
        self.search.setObjectName("skpSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, NIP or unit"))
        bar.addWidget(self.search, 2)
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("skpUnitFilter")
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_filter.setMinimumContentsLength(22)
        bar.addWidget(self.unit_filter, 2)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("skpStatusFilter")
        self.status_filter.addItem(self.tr("All states"), None)
        for status in STATUS_ORDER:
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.addItem(self.tr("Late (past the deadline)"), LATE)
        self.status_filter.addItem(self.tr("Exempt (kedudukan hukum)"), EXEMPT)
        bar.addWidget(self.status_filter)
        self.periods_button = QPushButton(self.tr("&Periods…"))
        enable_for(self.periods_button, Action.WRITE_PERIODS)
        self.periods_button.clicked.connect(self.edit_periods)
        bar.addWidget(self.periods_button)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open SKP…"))
        self.open_button.setObjectName("openSkp")
        self.copy_button = QPushButton(self.tr("&Copy last year's SKP"))
        self.cascade_button = QPushButton(self.tr("Cascade ma&trix (matriks peran hasil)…"))
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.transfer_button = QPushButton(self.tr("Transf&er…"))
        self.transfer_button.setObjectName("transferSkp")
        self.transfer_button.setToolTip(
            self.tr("Transfer or promotion: close this SKP at a month and start the next one")
        )
        self.transfer_button.clicked.connect(self.transfer_current)
        self.undo_transfer_button = QPushButton(self.tr("&Undo transfer…"))
        self.undo_transfer_button.setObjectName("undoTransfer")
        self.undo_transfer_button.clicked.connect(self.undo_transfer_current)
        self.print_button = QPushButton(self.tr("Pri&nt SKP"))
        self.print_button.setObjectName("printSkp")
        self.print_button.clicked.connect(self.print_current)
        self.recap_button = QPushButton(self.tr("&Recap…"))
        self.recap_button.setObjectName("skpRecap")
        self.recap_button.setToolTip(self.tr("Print the SKP progress of the year per unit"))
        self.recap_button.clicked.connect(self.print_recap)
        self.dialogue_button = QPushButton(self.tr("Dialo&gue…"))
        self.dialogue_button.setObjectName("skpDialogue")
        self.dialogue_button.setToolTip(
            self.tr("Dialogue and counselling records (dialog kinerja, konseling kinerja)")
        )
        self.dialogue_button.clicked.connect(self.open_dialogue)
        self.open_button.clicked.connect(self.open_current)
        self.copy_button.clicked.connect(self.copy_last_year)
        self.cascade_button.clicked.connect(self.show_cascade)
        self.export_button.clicked.connect(self.export)
        for button in (
            self.open_button,
            self.copy_button,
            self.transfer_button,
            self.undo_transfer_button,
            self.cascade_button,
            self.print_button,
            self.recap_button,
            self.export_button,
            self.dialogue_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        # its own line, wrapped: beside the buttons the Indonesian counts made the window
        # wider than a 1366-pixel screen, cutting "Periode…" and the counts themselves
        self.counts_label = QLabel()
        self.counts_label.setObjectName("skpCounts")
        self.counts_label.setWordWrap(True)
        layout.addWidget(self.counts_label)

        self.model = ProgressModel(self)
        self.table = row_table(self.model, "progressTable", (170, 260, 260, 220, 120, 50, 150))
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.keeper = keep_selection(self.table, lambda n: self.model.row_at(n).employee_id)
        layout.addWidget(self.table, 1)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, self.open_current)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

        self._debounce = filter_while_typing(self.search, self.apply_filter, self)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.unit_filter.currentIndexChanged.connect(self.reload)
        self.year.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._fill_years()
        self._fill_units()
        self.reload()

    # loading ------------------------------------------------------------------------------
    def _fill_years(self, select: int | None = None) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        for row in periods.list_periods():
            label = str(row.year) + (" " + self.tr("(closed)") if row.closed else "")
            self.year.addItem(label, row.year)
        if select is not None:
            self.year.setCurrentIndex(max(self.year.findData(select), 0))
        else:
            choose_current_year(self.year)  # this year, not the oldest
        self.year.blockSignals(False)

    def _fill_units(self) -> None:
        self._unit_rows = unit_service.list_units()
        self.unit_filter.blockSignals(True)
        self.unit_filter.addItem(self.tr("All units"), None)
        add_unit_choices(self.unit_filter, self._unit_rows)
        self.unit_filter.blockSignals(False)

    def current_year(self) -> int | None:
        return self.year.currentData()

    def reload(self) -> None:
        year = self.current_year()
        unit_id = self.unit_filter.currentData()
        units = unit_service.descendants(unit_id, self._unit_rows) if unit_id is not None else None
        self._rows = plans.progress(year, units) if year is not None else []
        self.apply_filter()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_rows(self._rows, self.search.text(), self.status_filter.currentData())
        counts = self.model.counts()
        words = [f"{status_label(s)} {counts[s]}" for s in STATUS_ORDER]
        words.append(self.tr("Late {count}").format(count=counts[LATE]))
        words.append(self.tr("Exempt {count}").format(count=counts[EXEMPT]))
        self.counts_label.setText(" · ".join(words))
        by_unit = self.model.late_by_unit()
        self.counts_label.setToolTip(
            "\n".join(
                [self.tr("Late by unit:")]
                + [f"{unit}: {n}" for unit, n in sorted(by_unit.items(), key=lambda i: -i[1])]
            )
            if by_unit
            else self.tr("Nobody is late.")
        )
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._update_buttons()

    # selection --------------------------------------------------------------------------
    def current_row(self) -> ProgressRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, employee_id: int) -> bool:
        return self.keeper.select_key(employee_id)

    def _may_write(self, row: ProgressRow) -> bool:
        return allowed(Action.WRITE_PLAN, row.employee_id, appraiser_of=plans.appraiser_of)

    def print_current(self) -> None:
        row = self.current_row()
        if (
            row is not None
            and row.plan_id is not None
            and ensure_complete(self, row.employee_id, row.name, "print")
        ):
            print_actions.show_form(self, "skp", row.plan_id, row.name)

    def open_dialogue(self) -> None:
        """The dialog kinerja / konseling kinerja records of the selected employee."""
        from desktop_app.views.development.dialogue_dialog import show_records

        row, year = self.current_row(), self.current_year()
        if row is not None and year is not None:
            show_records(self, row.employee_id, row.name, year)

    def print_recap(self) -> None:
        """The SKP progress recap of the year (of the unit chosen in the filter)."""
        year = self.current_year()
        if year is not None:
            print_actions.show_recap(self, "progress", str(year), self.unit_filter.currentData())

    def _update_buttons(self) -> None:
        row = self.current_row()
        year = self.current_year()
        no_plan = self.tr("This employee has no SKP for the year yet.")
        set_enabled_why(
            self.print_button,
            row is not None and row.plan_id is not None,
            why_no_row() if row is None else no_plan,
        )
        set_enabled_why(
            self.open_button,
            row is not None and (row.plan_id is not None or self._may_write(row)),
            why_no_row() if row is None else self._why_not_write(),
        )
        self.open_button.setText(
            self.tr("&Make SKP…")
            if row is not None and row.plan_id is None
            else self.tr("&Open SKP…")
        )
        if row is None:
            why_not_copy = why_no_row()
        elif row.plan_id is not None:
            why_not_copy = self.tr("This employee has an SKP for the year already.")
        else:
            why_not_copy = self._why_not_write()
        set_enabled_why(
            self.copy_button,
            row is not None and row.plan_id is None and year is not None and self._may_write(row),
            why_not_copy,
        )
        set_enabled_why(self.cascade_button, row is not None, why_no_row())
        set_enabled_why(self.dialogue_button, row is not None and year is not None, why_no_row())
        if row is None:
            why_not_transfer = why_no_row()
        elif not granted(Action.WRITE_REGISTER):
            why_not_transfer = why_denied(Action.WRITE_REGISTER)
        else:
            why_not_transfer = no_plan
        set_enabled_why(
            self.transfer_button,
            row is not None and row.plan_id is not None and granted(Action.WRITE_REGISTER),
            why_not_transfer,
        )
        moved = row is not None and sum(r.employee_id == row.employee_id for r in self._rows) > 1
        set_enabled_why(
            self.undo_transfer_button,
            moved and granted(Action.WRITE_REGISTER),
            why_not_transfer
            if row is None or not granted(Action.WRITE_REGISTER)
            else self.tr("This employee has one SKP in the year: there is no transfer to undo."),
        )
        set_enabled_why(
            self.export_button,
            self.model.rowCount() > 0,
            self.tr("The list is empty: nothing to export."),
        )

    def _why_not_write(self) -> str:
        return why_denied(Action.WRITE_PLAN) if not granted(Action.WRITE_PLAN) else (
            why_not_own_staff()
        )  # fmt: skip

    # actions ----------------------------------------------------------------------------
    def _editor(self, plan_id: int) -> None:
        try:
            editor = SkpEditor(plan_id, self)
        except ServiceError as err:
            messages.show_error(self, err)
            return
        try:
            open_dialog(editor)
        finally:
            editor.deleteLater()
        self.reload()

    def open_current(self) -> None:
        row = self.current_row()
        year = self.current_year()
        if row is None or year is None:
            return
        plan_id = row.plan_id
        if plan_id is None:
            if not ensure_complete(self, row.employee_id, row.name, "skp"):
                return
            try:
                plan_id = plans.create_plan(row.employee_id, year)
            except ServiceError as err:
                messages.show_error(self, err)
                return
            self.reload()  # the new draft shows even if the editor cannot open
        self._editor(plan_id)

    def copy_last_year(self) -> None:
        row = self.current_row()
        year = self.current_year()
        if row is None or year is None:
            return
        if not ensure_complete(self, row.employee_id, row.name, "skp"):
            return
        try:
            plan_id = plans.copy_from_year(row.employee_id, year - 1, year)
        except ServiceError as err:
            messages.show_error(self, err)
            return
        self._editor(plan_id)

    def transfer_current(self) -> None:
        """Mutasi / promosi of the selected employee (the SKP in force at the chosen month is
        split)."""

        row = self.current_row()
        year = self.current_year()
        if row is None or year is None:
            return
        try:
            dialog = TransferDialog(row.employee_id, year, self)
        except ServiceError as err:
            messages.show_error(self, err)
            return
        try:
            open_dialog(dialog)
        finally:
            dialog.deleteLater()
        self.reload()

    def undo_transfer_current(self) -> None:
        """Undo the selected employee's last transfer of the year (asks first; a refusal
        says why)."""
        row = self.current_row()
        year = self.current_year()
        if row is not None and year is not None and undo_last_transfer(self, row.employee_id, year):
            self.reload()

    def show_cascade(self) -> None:
        from desktop_app.views.skp.cascade_dialog import CascadeDialog

        row = self.current_row()
        year = self.current_year()
        if row is None or year is None:
            return
        try:
            dialog = CascadeDialog(row.employee_id, row.name, year, self)
        except ServiceError as err:
            messages.show_error(self, err)
            return
        try:
            open_dialog(dialog)
        finally:
            dialog.deleteLater()
        self.reload()

    def edit_periods(self) -> None:
        from desktop_app.views.admin.periods_dialog import PeriodsDialog

        dialog = PeriodsDialog(self)
        try:
            open_dialog(dialog)
        finally:
            dialog.deleteLater()
        self._fill_years(self.current_year())
        self.reload()

    def export(self) -> None:
        from desktop_app.views.skp.export import export_progress

        year = self.current_year()
        if year is not None:
            export_progress(self, self.model.all_rows(), year)
