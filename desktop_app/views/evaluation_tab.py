"""The Evaluasi tab: for one period (triwulan, semester, month or the year) every employee
the user may see with the state of their evaluation, and the evaluation editor: realisasi,
bukti dukung and umpan balik per indicator, feedback per BerAKHLAK value, the two ratings with
the predikat the matrix gives (shown as they change), notes, finalise and re-open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n.translator import tr_
from desktop_app.services import employees, evaluations, periods
from desktop_app.services.errors import ServiceError
from desktop_app.services.evaluations import (
    BehaviourInput,
    EvaluationDetail,
    EvaluationInput,
    MonitoringRow,
    RealisationInput,
)
from desktop_app.services.plans import appraiser_of
from desktop_app.services.session import Action, allowed
from desktop_app.views import messages
from desktop_app.views.skp_editor import ask_reason
from desktop_app.views.table_model import AnyIndex, FlatTableModel
from desktop_app.views.widgets import error_label, row_table, show_error

ID_ROLE = Qt.ItemDataRole.UserRole


def open_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def state_label(state: str) -> str:
    return tr_("evaluations", evaluations.MONITORING_LABELS.get(state, state))


class MonitoringModel(FlatTableModel):
    """NIP, name, unit, appraiser, state, realisasi done/total, predikat."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("NIP"),
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("Appraiser"),
            self.tr("State"),
            self.tr("Realisasi"),
            self.tr("Predikat"),
        ]
        self._rows: list[MonitoringRow] = []

    def set_rows(self, rows: list[MonitoringRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> MonitoringRow:
        return self._rows[row]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        return (
            employees.display_nip(r.nip),
            r.name,
            r.unit_name,
            r.appraiser_name,
            state_label(r.state),
            f"{r.realised}/{r.indicators}" if r.indicators else "",
            evaluations.stored_predikat_label(r.predikat),
        )[index.column()]


class EvaluationEditor(QDialog):
    """Evaluate one employee for one period."""

    REALISASI, BUKTI, FEEDBACK = 4, 5, 6

    def __init__(self, evaluation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EvaluationEditor")
        self.evaluation_id = evaluation_id
        self.detail: EvaluationDetail = evaluations.get_evaluation(evaluation_id)
        self._loading = False
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        tabs = QTabWidget()
        layout.addWidget(tabs, 1)

        self.indicator_model = QStandardItemModel(self)
        self.indicator_model.setHorizontalHeaderLabels(
            [
                self.tr("RHK"),
                self.tr("Aspect"),
                self.tr("Indicator (IKI)"),
                self.tr("Target"),
                self.tr("Realisasi"),
                self.tr("Bukti dukung"),
                self.tr("Umpan balik"),
            ]
        )
        self.indicators = QTableView()
        self.indicators.setObjectName("realisationTable")
        self.indicators.setModel(self.indicator_model)
        self.indicators.setWordWrap(True)
        self.indicators.verticalHeader().hide()
        header = self.indicators.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 80, 200, 90, 110, 160)):
            self.indicators.setColumnWidth(column, width)
        tabs.addTab(self.indicators, self.tr("&Results"))

        behaviour = QWidget()
        form = QFormLayout(behaviour)
        self.behaviour_edits: dict[int, QLineEdit] = {}
        for row in self.detail.behaviours:
            edit = QLineEdit(row.feedback)
            edit.setObjectName(f"behaviour{row.value_code}")
            edit.setPlaceholderText(
                row.expectation or self.tr("Feedback based on evidence (umpan balik)")
            )
            form.addRow(f"{row.value_code}. {row.name}", edit)
            self.behaviour_edits[row.value_code] = edit
        tabs.addTab(behaviour, self.tr("&Work behaviour"))

        rating = QFormLayout()
        self.rating_hasil = self._rating_combo("ratingHasil")
        self.rating_perilaku = self._rating_combo("ratingPerilaku")
        rating.addRow(self.tr("Rating &hasil kerja:"), self.rating_hasil)
        rating.addRow(self.tr("Rating &perilaku kerja:"), self.rating_perilaku)
        self.predikat = QLabel()
        self.predikat.setObjectName("predikat")
        rating.addRow(self.tr("Predikat:"), self.predikat)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(50)
        rating.addRow(self.tr("&Notes / recommendation:"), self.notes)
        layout.addLayout(rating)
        self.error = error_label()
        layout.addWidget(self.error)
        bar = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        self.finalize_button = QPushButton(self.tr("&Finalise"))
        self.reopen_button = QPushButton(self.tr("Re-&open…"))
        close = QPushButton(self.tr("&Close"))
        self.save_button.clicked.connect(self.store)
        self.finalize_button.clicked.connect(self.finalize)
        self.reopen_button.clicked.connect(self.reopen)
        close.clicked.connect(self.accept)
        bar.addStretch(1)
        for button in (self.save_button, self.finalize_button, self.reopen_button, close):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.rating_hasil.currentIndexChanged.connect(self._show_predikat)
        self.rating_perilaku.currentIndexChanged.connect(self._show_predikat)
        self._show()
        self.resize(1180, 700)

    def _rating_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("(not rated)"), None)
        for key, label in evaluations.rating_choices():
            combo.addItem(label, key)
        return combo

    def _show(self) -> None:
        d = self.detail
        self._loading = True
        try:
            self.setWindowTitle(
                self.tr("Evaluation {period} {year}: {name}").format(
                    period=d.period_label, year=d.year, name=d.employee_name
                )
            )
            self.header.setText(
                self.tr(
                    "<b>{name}</b> — NIP {nip} — {position}, {unit}<br>Appraiser: {appraiser}"
                    " — Period: {period} {year} — Status: <b>{status}</b>"
                ).format(
                    name=d.employee_name,
                    nip=employees.display_nip(d.employee_nip),
                    position=d.position_name or "—",
                    unit=d.unit_name,
                    appraiser=d.appraiser_name or "—",
                    period=d.period_label,
                    year=d.year,
                    status=messages.error_text(evaluations.status_word(d.status)),
                )
            )
            self.indicator_model.removeRows(0, self.indicator_model.rowCount())
            for row in d.indicators:
                cells = [
                    QStandardItem(row.result_text),
                    QStandardItem(row.aspect.title()),
                    QStandardItem(row.text),
                    QStandardItem(row.target),
                    QStandardItem(row.realisasi),
                    QStandardItem(row.bukti_dukung),
                    QStandardItem(row.feedback),
                ]
                cells[0].setData(row.indicator_id, ID_ROLE)
                for cell in cells[: self.REALISASI]:
                    cell.setEditable(False)
                for cell in cells[self.REALISASI :]:
                    cell.setEditable(d.editable and self._may_rate())
                self.indicator_model.appendRow(cells)
            for row in d.behaviours:
                self.behaviour_edits[row.value_code].setText(row.feedback)
            for combo, value in (
                (self.rating_hasil, d.rating_hasil),
                (self.rating_perilaku, d.rating_perilaku),
            ):
                combo.setCurrentIndex(max(combo.findData(value), 0))
            self.notes.setPlainText(d.notes)
        finally:
            self._loading = False
        self._show_predikat()
        editable = d.editable and self._may_rate()
        for widget in (self.rating_hasil, self.rating_perilaku, *self.behaviour_edits.values()):
            widget.setEnabled(editable)
        self.notes.setReadOnly(not editable)
        self.save_button.setVisible(editable)
        self.finalize_button.setVisible(editable)
        self.reopen_button.setVisible(
            self._may_rate() and d.status == evaluations.FINAL and not d.period_closed
        )

    def _may_rate(self) -> bool:
        return allowed(Action.WRITE_APPRAISAL, self.detail.employee_id, appraiser_of=appraiser_of)

    def _show_predikat(self) -> None:
        try:
            text = evaluations.predikat_label(
                self.rating_hasil.currentData(), self.rating_perilaku.currentData()
            )
        except ServiceError:
            text = ""
        self.predikat.setText(f"<b>{text}</b>" if text else self.tr("(both ratings needed)"))

    def input(self) -> EvaluationInput:
        cell = self.indicator_model.item
        return EvaluationInput(
            realisations=[
                RealisationInput(
                    cell(r, 0).data(ID_ROLE),
                    cell(r, self.REALISASI).text(),
                    cell(r, self.BUKTI).text(),
                    cell(r, self.FEEDBACK).text(),
                )
                for r in range(self.indicator_model.rowCount())
            ],
            behaviours=[
                BehaviourInput(code, edit.text()) for code, edit in self.behaviour_edits.items()
            ],
            rating_hasil=self.rating_hasil.currentData(),
            rating_perilaku=self.rating_perilaku.currentData(),
            notes=self.notes.toPlainText(),
        )

    def _run(self, step) -> bool:  # type: ignore[no-untyped-def]
        show_error(self.error, "")
        try:
            step()
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return False
        self.detail = evaluations.get_evaluation(self.evaluation_id)
        self._show()
        return True

    def store(self) -> bool:
        data = self.input()
        return self._run(lambda: evaluations.save_evaluation(self.evaluation_id, data))

    def finalize(self) -> None:
        if self.store():
            self._run(lambda: evaluations.finalize(self.evaluation_id))

    def reopen(self) -> None:
        reason = ask_reason(
            self,
            self.tr("Re-open the evaluation"),
            self.tr("Why must the final evaluation change?"),
        )
        if reason is not None:
            self._run(lambda: evaluations.reopen(self.evaluation_id, reason))


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
        self.distribution_button = QPushButton(self.tr("&Distribution…"))
        self.distribution_button.clicked.connect(self.show_distribution)
        bar.addWidget(self.distribution_button)
        self.counts = QLabel()
        bar.addWidget(self.counts)
        layout.addLayout(bar)
        self.model = MonitoringModel(self)
        self.table = row_table(self.model, "monitoringTable", (170, 250, 240, 200, 130, 90))
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        layout.addWidget(self.table, 1)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, self.open_current)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(180)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.period.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self._rows: list[MonitoringRow] = []
        for row in periods.list_periods():
            for key in evaluations.period_keys(row.year):
                self.period.addItem(f"{evaluations.period_label(key)} {row.year}", key)
        self.reload()

    def reload(self) -> None:
        key = self.period.currentData()
        try:
            self._rows = evaluations.monitoring(key) if key else []
        except ServiceError as err:
            self._rows = []
            self.apply_filter()
            self.counts.setText(messages.error_text(err))
            return
        self.apply_filter()

    def apply_filter(self) -> None:
        terms = self.search.text().casefold().split()
        rows = [
            r
            for r in self._rows
            if all(t in f"{r.name} {r.nip} {r.unit_name}".casefold() for t in terms)
        ]
        self.model.set_rows(rows)
        done = sum(1 for r in self._rows if r.state == evaluations.FINALISED)
        self.counts.setText(
            self.tr("{done} of {total} final").format(done=done, total=len(self._rows))
        )
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    def current_row(self) -> MonitoringRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(
            row is not None
            and (
                row.evaluation_id is not None
                or (
                    row.state == evaluations.NO_EVALUATION
                    and allowed(Action.WRITE_APPRAISAL, row.employee_id, appraiser_of=appraiser_of)
                )
            )
        )

    def show_distribution(self) -> None:
        from desktop_app.views.distribution_panel import DistributionDialog

        key = self.period.currentData()
        if key is None:
            return
        dialog = DistributionDialog(key, self)
        try:
            open_dialog(dialog)
        finally:
            dialog.deleteLater()

    def open_current(self) -> None:
        row = self.current_row()
        key = self.period.currentData()
        if row is None or key is None or not self.open_button.isEnabled():
            return
        evaluation_id = row.evaluation_id
        try:
            if evaluation_id is None:
                evaluation_id = evaluations.open_evaluation(row.employee_id, key)
            editor = EvaluationEditor(evaluation_id, self)
        except ServiceError as err:
            messages.show_error(self, err)
            self.reload()
            return
        try:
            open_dialog(editor)
        finally:
            editor.deleteLater()
        self.reload()
