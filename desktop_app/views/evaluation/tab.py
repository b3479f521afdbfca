"""The Evaluasi tab: for one period (triwulan, semester, month or the year) every employee
the user may see with the state of their evaluation, the way into the evaluation editor
(`evaluation_editor`), the distribution panel and the exports."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import domain_text, tr_
from desktop_app.scoring.nip import display_nip
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.services import periods
from desktop_app.services.archive import appraisals as legacy_evaluations
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation.evaluations import MonitoringRow
from desktop_app.services.session import Action, allowed, granted
from desktop_app.services.skp.plans import appraiser_of
from desktop_app.views import excel_export, messages, print_actions
from desktop_app.views.archive.list_widget import LegacyListWidget
from desktop_app.views.evaluation.editor import EvaluationEditor
from desktop_app.views.formatting import format_date
from desktop_app.views.register.incomplete_guard import ensure_complete
from desktop_app.views.register.status_dialog import exempt_state, exemption_text, late_text
from desktop_app.views.table_model import AnyIndex, RowsModel, keep_selection
from desktop_app.views.widgets import (
    filter_while_typing,
    matching,
    open_editor,
    row_table,
    set_enabled_why,
    today,
    why_denied,
    why_no_row,
    why_not_own_staff,
)

ID_ROLE = Qt.ItemDataRole.UserRole
ARCHIVE = "archive:"  # period combo data of an archive year


def open_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def contract_column(key: str, rows: list[MonitoringRow]) -> dict[int, tuple[str, str]]:
    """The recommendation for the PPPK's contract ending soonest (cell) with the contract's
    end and the reason (tooltip), docs/pppk_contracts.md."""
    from desktop_app.scoring.pppk_contract import RECOMMENDATION_SHORT
    from desktop_app.services.evaluation import pppk_recommendation
    from desktop_app.views.register.contracts_dialog import advice_text

    found = {}
    for employee_id, item in pppk_recommendation.for_monitoring(
        key, [r.employee_id for r in rows]
    ).items():
        cell = tr_("scoring", RECOMMENDATION_SHORT[item.advice.recommendation.value])
        if item.advice.provisional:
            cell = tr_("MonitoringModel", "{advice} (provisional)").format(advice=cell)
        tip = tr_("MonitoringModel", "Contract ends {day}. {advice}").format(
            day=format_date(item.contract.ends), advice=advice_text(item)
        )
        found[employee_id] = (cell, tip)
    return found


def state_label(state: str) -> str:
    return tr_("evaluations", evaluations.MONITORING_LABELS.get(state, state))


class MonitoringModel(RowsModel[MonitoringRow]):
    """NIP, name, unit, appraiser, state, realisasi done/total, predikat."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("NIP"),
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("Appraiser"),
            self.tr("State"),
            self.tr("Achievement"),
            self.tr("Predikat"),
            self.tr("Late"),
            self.tr("Exempt (kedudukan hukum)"),
            self.tr("PPPK contract"),  # last: only PPPK rows fill it
        ]
        self.contracts: dict[int, tuple[str, str]] = {}  # employee id -> (cell, tooltip)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == 9:
            return self.contracts.get(self._rows[index.row()].employee_id, ("", None))[1]
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        return (
            display_nip(r.nip),
            r.name,
            r.unit_name,
            r.appraiser_name,
            exempt_state(r.exemption) or state_label(r.state),
            f"{r.realised}/{r.indicators}" if r.indicators else "",
            r.predikat.label if r.predikat is not None else "",
            late_text(r.late),
            exemption_text(r.exemption),
            self.contracts.get(r.employee_id, ("", ""))[0],
        )[index.column()]


class EvaluationTab(QWidget):
    """The period's monitoring list and the way into each evaluation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EvaluationTab")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period = QComboBox()
        self.period.setObjectName("periodKey")
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.period)
        bar.addWidget(label)
        bar.addWidget(self.period)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, NIP or unit"))
        bar.addWidget(self.search, 1)
        self.open_button = QPushButton(self.tr("&Evaluate…"))
        self.open_button.setObjectName("evaluate")
        self.open_button.clicked.connect(self.open_current)
        bar.addWidget(self.open_button)
        self.dialogue_button = QPushButton(self.tr("Dialo&gue…"))
        self.dialogue_button.setObjectName("evaluationDialogue")
        self.dialogue_button.setToolTip(
            self.tr("Dialogue and counselling records (dialog kinerja, konseling kinerja)")
        )
        self.dialogue_button.clicked.connect(self.open_dialogue)
        bar.addWidget(self.dialogue_button)
        self.distribution_button = QPushButton(self.tr("&Distribution…"))
        self.distribution_button.clicked.connect(self.show_distribution)
        bar.addWidget(self.distribution_button)
        self.print_button = QPushButton(self.tr("Pri&nt"))
        self.print_button.setObjectName("evaluationPrint")
        printing = QMenu(self.print_button)
        self.print_evaluation_action = printing.addAction(
            self.tr("Evaluasi Kinerja Pegawai of the selected employee"),
            lambda: self.print_selected("evaluation"),
        )
        self.print_document_action = printing.addAction(
            self.tr("Dokumen Evaluasi of the selected employee"),
            lambda: self.print_selected("document"),
        )
        printing.addSeparator()
        printing.addAction(self.tr("For a unit (batch)…"), self.print_unit)
        printing.addAction(
            tr_("PrintActions", "Recap: distribution of predikat per unit…"), self.print_recap
        )
        self.print_pppk_action = printing.addAction(
            self.tr("PPPK contract recommendations per unit (HR)…"), self.print_pppk
        )
        set_enabled_why(
            self.print_pppk_action, granted(Action.READ_ALL), why_denied(Action.READ_ALL)
        )
        self.print_button.setMenu(printing)
        bar.addWidget(self.print_button)
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.setObjectName("evaluationExport")
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Monitoring list of the period (Excel)…"), self.export_monitoring)
        menu.addAction(
            self.tr("Annual results for SIASN reconciliation (Excel)…"), self.export_siasn
        )
        self.export_button.setMenu(menu)
        bar.addWidget(self.export_button)
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("monitoringShow")
        self.show_filter.addItem(self.tr("Everyone"), None)
        self.show_filter.addItem(self.tr("Late (past the deadline)"), "LATE")
        self.show_filter.addItem(self.tr("Exempt (kedudukan hukum)"), "EXEMPT")
        self.show_filter.currentIndexChanged.connect(self.apply_filter)
        bar.addWidget(self.show_filter)
        self.counts = QLabel()
        self.counts.setObjectName("monitoringCounts")
        bar.addWidget(self.counts)
        layout.addLayout(bar)
        self.model = MonitoringModel(self)
        self.table = row_table(self.model, "monitoringTable", (170, 250, 240, 200, 130, 90))
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.keeper = keep_selection(self.table, lambda n: self.model.row_at(n).employee_id)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.legacy: LegacyListWidget | None = None  # archive years (PP 46/2011, PP 30/2019)
        layout.addWidget(self.stack, 1)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, self.open_current)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._debounce = filter_while_typing(self.search, self.apply_filter, self)
        self.period.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self._rows: list[MonitoringRow] = []
        for row in periods.list_periods():
            if legacy_evaluations.is_archive_regime(row.regime):
                label = self.tr("Archive {year} ({regime})").format(
                    year=row.year, regime=periods.REGIMES.get(row.regime, row.regime)
                )
                self.period.addItem(label, f"{ARCHIVE}{row.year}")
                continue
            for key in evaluations.period_keys(row.year):
                self.period.addItem(domain_text(f"{PeriodKey.parse(key).label} {row.year}"), key)
        self.choose_current_period()
        self.reload()

    def choose_current_period(self) -> None:
        """Open on the period that holds today (3 December 2026: Triwulan IV 2026), or the
        last one before today, not on the first period of the oldest year."""
        day = today()
        best: tuple[dt.date, int] | None = None
        for n in range(self.period.count()):
            key = self.period.itemData(n)
            if not key or key.startswith(ARCHIVE):
                continue
            period = PeriodKey.parse(key)
            if period.is_annual:
                continue
            if day in period:
                best = (day, n)
                break
            if period.first_day <= day and (best is None or period.first_day > best[0]):
                best = (period.first_day, n)
        if best is not None:
            self.period.blockSignals(True)
            self.period.setCurrentIndex(best[1])
            self.period.blockSignals(False)

    def _archive_year(self) -> int | None:
        key = self.period.currentData()
        return int(key[len(ARCHIVE) :]) if key and key.startswith(ARCHIVE) else None

    def reload(self) -> None:
        year = self._archive_year()
        archive = year is not None
        for widget in (
            self.search,
            self.open_button,
            self.distribution_button,
            self.print_button,
            self.export_button,
            self.counts,
            self.show_filter,
        ):
            widget.setVisible(not archive)
        if archive:
            if self.legacy is None:
                self.legacy = LegacyListWidget(year)
                self.stack.addWidget(self.legacy)
            else:
                self.legacy.set_year(year)
            self.stack.setCurrentWidget(self.legacy)
            self._rows = []
            self.model.set_rows([])
            return
        self.stack.setCurrentWidget(self.table)
        key = self.period.currentData()
        try:
            self._rows = evaluations.monitoring(key) if key else []
            self.model.contracts = contract_column(key, self._rows) if key else {}
        except ServiceError as err:
            self._rows = []
            self.apply_filter()
            self.counts.setText(messages.error_text(err))
            return
        self.apply_filter()

    def apply_filter(self) -> None:
        """Show the rows matching the search; the selected employee stays selected (by
        record, not by row number), so a print "for the selected employee" after a refresh
        still prints that person, and the first row is chosen only when they are gone."""
        rows = matching(self._rows, self.search.text(), lambda r: f"{r.name} {r.nip} {r.unit_name}")
        shown = self.show_filter.currentData()
        if shown == "LATE":
            rows = [r for r in rows if r.late]
        elif shown == "EXEMPT":
            rows = [r for r in rows if r.exemption is not None]
        self.model.set_rows(rows)
        counted = [r for r in rows if r.exemption is None]  # the exempt are not counted
        done = sum(1 for r in counted if r.state == evaluations.FINALISED)  # of those shown
        late = [r for r in counted if r.late]
        self.counts.setText(
            self.tr("{done} of {total} final · {late} late · {exempt} exempt").format(
                done=done, total=len(counted), late=len(late), exempt=len(rows) - len(counted)
            )
        )
        by_unit: dict[str, int] = {}
        for r in late:
            by_unit[r.unit_name] = by_unit.get(r.unit_name, 0) + 1
        self.counts.setToolTip(
            "\n".join(
                [self.tr("Late by unit:")]
                + [f"{unit}: {n}" for unit, n in sorted(by_unit.items(), key=lambda i: -i[1])]
            )
            if by_unit
            else self.tr("Nobody is late.")
        )
        self._update()

    def current_row(self) -> MonitoringRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update(self) -> None:
        row = self.current_row()
        has_evaluation = row is not None and row.evaluation_id is not None
        none_yet = self.tr("This employee has no evaluation for the period yet.")
        for action in (self.print_evaluation_action, self.print_document_action):
            set_enabled_why(action, has_evaluation, why_no_row() if row is None else none_yet)
        may_make = row is not None and allowed(
            Action.WRITE_APPRAISAL, row.employee_id, appraiser_of=appraiser_of
        )
        if row is None:
            why = why_no_row()
        elif row.state != evaluations.NO_EVALUATION:
            why = self.tr("This employee has no approved SKP for the year: nothing to evaluate.")
        elif not granted(Action.WRITE_APPRAISAL):
            why = why_denied(Action.WRITE_APPRAISAL)
        else:
            why = why_not_own_staff()
        set_enabled_why(self.dialogue_button, row is not None, why_no_row())
        set_enabled_why(
            self.open_button,
            row is not None
            and (
                row.evaluation_id is not None
                or (row.state == evaluations.NO_EVALUATION and may_make)
            ),
            why,
        )

    def open_dialogue(self) -> None:
        """The dialog kinerja / konseling kinerja records of the selected employee (a poor
        predikat is followed up by a konseling kinerja)."""
        from desktop_app.views.development.dialogue_dialog import show_records

        row, key = self.current_row(), self.period.currentData()
        year = PeriodKey.parse(key).year if key else None
        if row is not None and year and show_records(self, row.employee_id, row.name, year):
            self.reload()

    def show_distribution(self) -> None:
        from desktop_app.views.evaluation.distribution_panel import DistributionDialog

        key = self.period.currentData()
        if key is None:
            return
        dialog = DistributionDialog(key, self)
        try:
            open_dialog(dialog)
        finally:
            dialog.deleteLater()

    def print_selected(self, form: str) -> None:
        row = self.current_row()
        if (
            row is not None
            and row.evaluation_id is not None
            and ensure_complete(self, row.employee_id, row.name, "print")
        ):
            print_actions.show_form(self, form, row.evaluation_id, row.name)

    def print_unit(self) -> None:
        key = self.period.currentData()
        if key:
            print_actions.print_batch_dialog(self, key)

    def print_recap(self) -> None:
        key = self.period.currentData()
        if key:
            print_actions.show_recap(self, "distribution", key)

    def print_pppk(self) -> None:
        key = self.period.currentData()
        if key:
            print_actions.show_pppk_recommendations(self, PeriodKey.parse(key).year)

    def export_monitoring(self) -> None:
        key = self.period.currentData()
        if key:
            excel_export.export_monitoring(self, key)

    def export_siasn(self) -> None:
        key = self.period.currentData()
        if key:
            excel_export.export_siasn(self, PeriodKey.parse(key).year)

    def open_current(self) -> None:
        row = self.current_row()
        key = self.period.currentData()
        if row is None or key is None or not self.open_button.isEnabled():
            return
        open_editor(
            self,
            row.evaluation_id,
            lambda: evaluations.open_evaluation(row.employee_id, key),
            lambda evaluation_id: EvaluationEditor(evaluation_id, self),
            open_dialog,
            self.reload,
        )
