"""The IDP editor: one employee, one year. The competence gaps (proposed from the evaluations,
editable) with their goals and success indicators; the planned activities (SIASN jenis diklat,
jalur, provider, schedule, JP, cost, the gap each serves); the realisation (what was done, its
JP against 20 JP, certificates, activities outside the IDP); the follow-up a poor predikat
calls for; submit (the employee agrees), agree, return and re-open; and the history."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring import Predikat, jenis_diklat
from desktop_app.scoring.nip import display_nip
from desktop_app.services.development import idp as development
from desktop_app.services.development import records as development_records
from desktop_app.services.development import rules
from desktop_app.services.development.idp import ActivityInput, ActivityRow, IdpDetail, IdpInput
from desktop_app.services.development.rules import GapInput
from desktop_app.views import messages, print_actions
from desktop_app.views.development.dialogs import RealisationDialog, jalur_label
from desktop_app.views.formatting import (
    format_date,
    format_date_range,
    format_number,
    format_rupiah,
    format_utc,
    parse_rupiah,
)
from desktop_app.views.skp.editor import ask_reason
from desktop_app.views.widgets import OptionalDateEdit, error_label, show_error

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the gap a row is / an activity serves
WARN_STYLE = "color: #9a3412; font-weight: bold"


def open_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_certificate_path(parent: QWidget) -> str | None:
    """The certificate file to attach, or None (tests replace this)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, tr_("IdpEditor", "Attach the certificate"), str(Path.home())
    )
    return name or None


def open_file(path: Path) -> None:
    """Open a stored certificate in the system's viewer (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def activity_status_label(status: str) -> str:
    return tr_("development", development.ACTIVITY_LABELS.get(status, status))


def competence_label(kind: str) -> str:
    return tr_("development", development.COMPETENCE_LABELS.get(kind, kind))


def follow_up_text(follow: rules.FollowUp) -> str:
    """The follow-up in the interface language (predikat, periods and jenis diklat are
    official terms and stay as they are)."""
    if not follow.required:
        return ""
    found = ", ".join(f"{Predikat(p).label} ({rules.period_words(k)})" for k, p in follow.poor)
    text = tr_("IdpEditor", "IDP required after a poor predikat: {found}.").format(found=found)
    if follow.consecutive:
        text += " " + tr_("IdpEditor", "{n} poor predikat in a row.").format(n=follow.streak)
    if follow.suggestions:
        names = ", ".join(jenis_diklat(j).label for j in follow.suggestions)
        hint = tr_("IdpEditor", "Suggested follow-up: {names}, given by the direct superior.")
        text += " " + hint.format(names=names)
    return text


class ChoiceDelegate(QStyledItemDelegate):
    """A cell chosen from a list: the key in ID_ROLE (or KEY_ROLE), the label shown."""

    def __init__(
        self,
        choices: Callable[[], list[tuple[object, str]]],
        role: int = ID_ROLE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        self.role = role

    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]
        combo = QComboBox(parent)
        for key, label in self.choices():
            combo.addItem(label, key)
        return combo

    def setEditorData(self, editor, index):  # type: ignore[no-untyped-def]
        editor.setCurrentIndex(max(editor.findData(index.data(self.role)), 0))

    def setModelData(self, editor, model, index):  # type: ignore[no-untyped-def]
        model.setData(index, editor.currentData(), self.role)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class DateDelegate(QStyledItemDelegate):
    """A date cell (empty allowed): the date in ID_ROLE, shown as "22 November 2026"."""

    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]
        return OptionalDateEdit(parent)

    def setEditorData(self, editor, index):  # type: ignore[no-untyped-def]
        value = index.data(ID_ROLE)
        editor.set_value(value if isinstance(value, dt.date) else None)

    def setModelData(self, editor, model, index):  # type: ignore[no-untyped-def]
        value = editor.value()
        model.setData(index, value, ID_ROLE)
        model.setData(index, format_date(value), Qt.ItemDataRole.DisplayRole)


def _comparable(data: IdpInput) -> tuple:
    """The content of an IDP as the service stores it (texts trimmed, JP as numbers), to
    tell whether the editor holds unsaved changes."""

    def jp(text: str) -> object:
        try:
            return development.decimal_jp(text)
        except ServiceError:
            return text

    return (
        data.goals.strip(),
        data.notes.strip(),
        [
            (g.competence.strip(), g.gap.strip(), g.goal.strip(), g.indicator.strip(),
             g.competence_type, g.origin, g.id)
            for g in data.gaps
        ],
        [
            (a.jenis_diklat, " ".join(a.title.split()), " ".join(a.provider.split()),
             a.planned_start, a.planned_end, jp(a.jp_planned), a.cost_planned, a.gap_index, a.id)
            for a in data.activities
        ],
    )  # fmt: skip


def _table(model: QStandardItemModel, name: str, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setWordWrap(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


def _item(text: str = "", *, editable: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(editable)
    return item


class IdpEditor(QDialog):
    """Edit (or read) one IDP and record what was done."""

    TYPE, COMPETENCE, GAP, GOAL, INDICATOR, SOURCE = range(6)
    FOR_GAP, JENIS, JALUR, TITLE, PROVIDER, START, END, JP, COST, STATUS = range(10)
    R_STATUS, R_JENIS, R_TITLE, R_PROVIDER, R_DATES, R_JP, R_CERTIFICATE, R_FILE, R_IDP = range(9)

    def __init__(self, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IdpEditor")
        self.plan_id = plan_id
        self.detail: IdpDetail = development.get_plan(plan_id)
        self._tokens = itertools.count(1)
        self._loading = False
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        self.follow = QLabel()
        self.follow.setObjectName("followUp")
        self.follow.setWordWrap(True)
        self.follow.setStyleSheet(WARN_STYLE)
        layout.addWidget(self.follow)
        progress = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("jpProgress")
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(220)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("jpProgressText")
        progress.addWidget(self.progress)
        progress.addWidget(self.progress_text, 1)
        layout.addLayout(progress)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._gaps_page(), self.tr("&Gaps and goals"))
        self.tabs.addTab(self._activities_page(), self.tr("&Planned activities"))
        self.tabs.addTab(self._realisation_page(), self.tr("&Realisation (JP)"))
        self.tabs.addTab(self._history_page(), self.tr("&History"))
        layout.addWidget(self.tabs, 1)
        self.error = error_label()
        self.error.setObjectName("idpError")
        layout.addWidget(self.error)
        bar = QHBoxLayout()
        self.status_hint = QLabel()
        self.status_hint.setWordWrap(True)
        bar.addWidget(self.status_hint, 1)
        self.save_button = QPushButton(self.tr("&Save"))
        self.submit_button = QPushButton(self.tr("Su&bmit (the employee agrees)"))
        self.agree_button = QPushButton(self.tr("&Agree"))
        self.return_button = QPushButton(self.tr("Re&turn…"))
        self.reopen_button = QPushButton(self.tr("Re-&open…"))
        self.print_button = QPushButton(self.tr("Print IDP"))
        self.print_button.setObjectName("printIdp")
        close = QPushButton(self.tr("&Close"))
        self.save_button.clicked.connect(self.store)
        self.submit_button.clicked.connect(self.submit)
        self.agree_button.clicked.connect(self.agree)
        self.return_button.clicked.connect(self.return_plan)
        self.reopen_button.clicked.connect(self.reopen)
        self.print_button.clicked.connect(self.print_form)
        close.clicked.connect(self.accept)
        for button in (
            self.save_button,
            self.submit_button,
            self.agree_button,
            self.return_button,
            self.reopen_button,
            self.print_button,
            close,
        ):
            bar.addWidget(button)
        layout.addLayout(bar)
        QShortcut(QKeySequence.StandardKey.Save, self, self.store)
        self._show()
        self.resize(1240, 760)

    # --- building ------------------------------------------------------------------------------

    def _gaps_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.goals = QPlainTextEdit()
        self.goals.setObjectName("goals")
        self.goals.setTabChangesFocus(True)
        self.goals.setFixedHeight(48)
        self.goals.setPlaceholderText(
            self.tr("What the employee aims for this year (role, career, the SKP's targets).")
        )
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("idpNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(40)
        form.addRow(self.tr("De&velopment goals:"), self.goals)
        form.addRow(self.tr("&Notes of the superior:"), self.notes)
        layout.addLayout(form)
        self.gap_model = QStandardItemModel(self)
        self.gap_model.setHorizontalHeaderLabels(
            [
                self.tr("Competence type"),
                self.tr("Competence to develop"),
                self.tr("Gap (kesenjangan)"),
                self.tr("Goal"),
                self.tr("Success indicator"),
                self.tr("Proposed from"),
            ]
        )
        self.gaps = _table(self.gap_model, "gapTable", (150, 220, 300, 200, 200))
        self.gaps.setItemDelegateForColumn(
            self.TYPE,
            ChoiceDelegate(
                lambda: [(k, competence_label(k)) for k in rules.COMPETENCE_TYPES], parent=self
            ),
        )
        layout.addWidget(self.gaps, 1)
        bar = QHBoxLayout()
        self.add_gap_button = QPushButton(self.tr("&Add gap"))
        self.remove_gap_button = QPushButton(self.tr("Re&move gap"))
        self.propose_button = QPushButton(self.tr("Pr&opose from the evaluations"))
        self.propose_button.setObjectName("proposeGaps")
        self.add_gap_button.clicked.connect(self.add_gap)
        self.remove_gap_button.clicked.connect(self.remove_gap)
        self.propose_button.clicked.connect(self.propose)
        hint = QLabel(
            self.tr(
                "Gaps come from results or BerAKHLAK values rated below expectation; edit "
                "them with the employee."
            )
        )
        hint.setWordWrap(True)
        bar.addWidget(hint, 1)
        for button in (self.propose_button, self.add_gap_button, self.remove_gap_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.gap_model.itemChanged.connect(lambda _item: self._refresh_gap_names())
        return page

    def _activities_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.activity_model = QStandardItemModel(self)
        self.activity_model.setHorizontalHeaderLabels(
            [
                self.tr("For gap"),
                self.tr("Kind (jenis diklat)"),
                self.tr("Jalur"),
                self.tr("Activity"),
                self.tr("Provider"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("JP"),
                self.tr("Cost"),
                self.tr("Status"),
            ]
        )
        self.activities = _table(
            self.activity_model,
            "activityTable",
            (130, 160, 110, 220, 140, 100, 100, 45, 100),
        )
        self.activities.setItemDelegateForColumn(
            self.FOR_GAP, ChoiceDelegate(self._gap_choices, KEY_ROLE, self)
        )
        self.activities.setItemDelegateForColumn(
            self.JENIS,
            ChoiceDelegate(
                lambda: [(i, f"{i} · {label}") for i, label, _ in development.jenis_choices()],
                parent=self,
            ),
        )
        for column in (self.START, self.END):
            self.activities.setItemDelegateForColumn(column, DateDelegate(self))
        layout.addWidget(self.activities, 1)
        bar = QHBoxLayout()
        self.planned_total = QLabel()
        self.planned_total.setObjectName("plannedTotal")
        bar.addWidget(self.planned_total, 1)
        self.add_activity_button = QPushButton(self.tr("Add ac&tivity"))
        self.add_activity_button.setObjectName("addActivity")
        self.remove_activity_button = QPushButton(self.tr("Remo&ve activity"))
        self.add_activity_button.clicked.connect(self.add_activity)
        self.remove_activity_button.clicked.connect(self.remove_activity)
        bar.addWidget(self.add_activity_button)
        bar.addWidget(self.remove_activity_button)
        layout.addLayout(bar)
        self.activity_model.itemChanged.connect(self._activity_changed)
        self.activities.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        return page

    def _realisation_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.real_model = QStandardItemModel(self)
        self.real_model.setHorizontalHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Kind (jenis diklat)"),
                self.tr("Activity"),
                self.tr("Provider"),
                self.tr("Dates"),
                self.tr("JP"),
                self.tr("Certificate no."),
                self.tr("File"),
                self.tr("In the IDP"),
            ]
        )
        self.realised = _table(
            self.real_model, "realisationTable", (80, 160, 230, 150, 170, 50, 150, 120)
        )
        self.realised.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.realised.doubleClicked.connect(lambda _index: self.complete())
        self.realised.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        layout.addWidget(self.realised, 1)
        first = QHBoxLayout()
        self.complete_button = QPushButton(self.tr("Record co&mpletion…"))
        self.complete_button.setObjectName("completeActivity")
        self.record_button = QPushButton(self.tr("Record an activity o&utside the IDP…"))
        self.record_button.setObjectName("recordActivity")
        self.cancel_button = QPushButton(self.tr("Ca&ncel activity"))
        self.reset_button = QPushButton(self.tr("Set back to p&lanned"))
        self.delete_button = QPushButton(self.tr("&Delete record"))
        self.attach_button = QPushButton(self.tr("Attach certi&ficate…"))
        self.attach_button.setObjectName("attachCertificate")
        self.open_button = QPushButton(self.tr("Open certificat&e"))
        self.complete_button.clicked.connect(self.complete)
        self.record_button.clicked.connect(self.record)
        self.cancel_button.clicked.connect(self.cancel_activity)
        self.reset_button.clicked.connect(self.reset_activity)
        self.delete_button.clicked.connect(self.delete_record)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_certificate)
        for button in (self.complete_button, self.record_button, self.cancel_button,
                       self.reset_button, self.delete_button):  # fmt: skip
            first.addWidget(button)
        first.addStretch(1)
        first.addWidget(self.attach_button)
        first.addWidget(self.open_button)
        layout.addLayout(first)
        return page

    def _history_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history_model = QStandardItemModel(self)
        self.history_model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Step"), self.tr("Reason")]
        )
        view = _table(self.history_model, "idpHistory", (170, 120, 160))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(view)
        return page

    # --- showing -------------------------------------------------------------------------------

    def _may_edit(self) -> bool:
        return self.detail.editable and development.may_prepare(self.detail.employee_id)

    def _may_record(self) -> bool:
        return not self.detail.period_closed and development.may_prepare(self.detail.employee_id)

    def _status(self, status: str) -> str:
        return tr_("development", development.STATUS_LABELS.get(status, status))

    def _show(self) -> None:
        d = self.detail
        self._loading = True
        try:
            self.setWindowTitle(
                self.tr("IDP {year}: {name}").format(year=d.year, name=d.employee_name)
            )
            self.header.setText(
                self.tr(
                    "<b>{name}</b> — NIP {nip} — {position}, {unit}<br>Direct superior: "
                    "{supervisor} — Appraiser: {appraiser} — Year {year} — Status: <b>{status}</b>"
                ).format(
                    name=d.employee_name,
                    nip=display_nip(d.employee_nip),
                    position=d.position_name or "—",
                    unit=d.unit_name,
                    supervisor=d.supervisor_name or "—",
                    appraiser=d.appraiser_name or "—",
                    year=d.year,
                    status=self._status(d.status),
                )
            )
            follow = follow_up_text(d.follow_up)
            self.follow.setText(follow)
            self.follow.setVisible(bool(follow))
            self._show_progress()
            editable = self._may_edit()
            self.goals.setPlainText(d.data.goals)
            self.notes.setPlainText(d.data.notes)
            for edit in (self.goals, self.notes):
                edit.setReadOnly(not editable)
            self._fill_gaps(d.data.gaps, editable)
            self._fill_activities(d.data.activities, editable)
            self._fill_realisation()
            self.history_model.removeRows(0, self.history_model.rowCount())
            for step in d.history:
                self.history_model.appendRow(
                    [
                        _item(format_utc(step.at)),
                        _item(step.actor),
                        _item(self._status(step.to_status)),
                        _item(step.reason),
                    ]
                )
        finally:
            self._loading = False
        self._refresh_gap_names()
        self._planned_changed()
        agree = development.may_agree(d.employee_id) and not d.period_closed
        for widget in (
            self.save_button,
            self.submit_button,
            self.add_gap_button,
            self.remove_gap_button,
            self.propose_button,
            self.add_activity_button,
            self.remove_activity_button,
        ):
            widget.setVisible(editable)
        self.agree_button.setVisible(agree and d.status == development.SUBMITTED)
        self.return_button.setVisible(agree and d.status == development.SUBMITTED)
        self.reopen_button.setVisible(agree and d.status == development.AGREED)
        hints = {
            development.DRAFT: self.tr("Draft: complete it with the employee, then submit."),
            development.RETURNED: self.tr("Returned: {reason}").format(reason=d.return_reason),
            development.SUBMITTED: self.tr("Submitted: waiting for the appraiser's agreement."),
            development.AGREED: self.tr("Agreed on {date}: locked; record what was done.").format(
                date=format_utc(d.agreed_at)
            ),
        }
        self.status_hint.setText(hints.get(d.status, ""))
        self._update()

    def _show_progress(self) -> None:
        p = self.detail.progress
        self.progress.setValue(p.percent)
        self.progress.setFormat(
            self.tr("{done} of {minimum} JP").format(done=format_number(p.done), minimum=p.minimum)
        )
        text = self.tr("JP {year}: {done} done, {planned} planned in the IDP.").format(
            year=self.detail.year, done=format_number(p.done), planned=format_number(p.planned)
        )
        if p.met:
            text += " " + self.tr("The minimum of {minimum} JP is met.").format(minimum=p.minimum)
        else:
            text += " " + self.tr("{missing} JP still missing.").format(
                missing=format_number(p.shortfall)
            )
        self.progress_text.setText(text)

    def _token(self, gap_id: int | None) -> str:
        return f"id:{gap_id}" if gap_id is not None else f"new:{next(self._tokens)}"

    def _gap_row(self, gap: GapInput, editable: bool) -> list[QStandardItem]:
        cells = [
            _item(competence_label(gap.competence_type), editable=editable),
            _item(gap.competence, editable=editable),
            _item(gap.gap, editable=editable),
            _item(gap.goal, editable=editable),
            _item(gap.indicator, editable=editable),
            _item(gap.source),
        ]
        cells[self.TYPE].setData(gap.competence_type, ID_ROLE)
        cells[self.COMPETENCE].setData(gap.id, ID_ROLE)
        cells[self.COMPETENCE].setData(self._token(gap.id), KEY_ROLE)
        cells[self.SOURCE].setData((gap.origin, gap.evaluation_id), ID_ROLE)
        return cells

    def _fill_gaps(self, gaps: list[GapInput], editable: bool) -> None:
        self.gap_model.removeRows(0, self.gap_model.rowCount())
        for gap in gaps:
            self.gap_model.appendRow(self._gap_row(gap, editable))
        self.gaps.resizeRowsToContents()

    def _activity_row(
        self, item: ActivityInput, token: str | None, status: str, editable: bool
    ) -> list[QStandardItem]:
        row = jenis_diklat(item.jenis_diklat)
        cells = [
            _item("", editable=editable),
            _item(f"{row.id} · {row.label}", editable=editable),
            _item(jalur_label(row.jalur)),
            _item(item.title, editable=editable),
            _item(item.provider, editable=editable),
            _item(format_date(item.planned_start), editable=editable),
            _item(format_date(item.planned_end), editable=editable),
            _item(format_number(development.decimal_jp(item.jp_planned)), editable=editable),
            _item(format_rupiah(item.cost_planned) if item.cost_planned else "", editable=editable),
            _item(activity_status_label(status)),
        ]
        cells[self.FOR_GAP].setData(token, KEY_ROLE)
        cells[self.JENIS].setData(row.id, ID_ROLE)
        cells[self.TITLE].setData(item.id, ID_ROLE)
        cells[self.START].setData(item.planned_start, ID_ROLE)
        cells[self.END].setData(item.planned_end, ID_ROLE)
        cells[self.STATUS].setData(status, ID_ROLE)
        cells[self.JP].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cells

    def _fill_activities(self, items: list[ActivityInput], editable: bool) -> None:
        self.activity_model.removeRows(0, self.activity_model.rowCount())
        tokens = [self.gap_model.item(r, self.COMPETENCE).data(KEY_ROLE)
                  for r in range(self.gap_model.rowCount())]  # fmt: skip
        for item in items:
            token = tokens[item.gap_index] if item.gap_index is not None else None
            found = self.detail.activity(item.id) if item.id is not None else None
            status = found.status if found else development.PLANNED
            self.activity_model.appendRow(self._activity_row(item, token, status, editable))
        self.activities.resizeRowsToContents()

    def _fill_realisation(self) -> None:
        self.real_model.removeRows(0, self.real_model.rowCount())
        for a in self.detail.activities:
            if a.status == development.DONE:
                dates = format_date_range(a.start_date, a.end_date)
                jp = format_number(a.jp)
            else:
                dates = format_date_range(a.planned_start, a.planned_end)
                jp = format_number(a.jp_planned)
            cells = [
                _item(activity_status_label(a.status)),
                _item(f"{a.jenis_diklat} · {a.jenis_label}"),
                _item(a.title),
                _item(a.provider),
                _item(dates),
                _item(jp),
                _item(a.certificate_no),
                _item(Path(a.certificate_path).name if a.certificate_path else ""),
                _item(self.tr("yes") if a.plan_id is not None else self.tr("no (recorded)")),
            ]
            cells[self.R_STATUS].setData(a.id, ID_ROLE)
            if a.certificate_sha256:
                cells[self.R_FILE].setToolTip(f"SHA-256 {a.certificate_sha256}")
            if a.status == development.PLANNED:
                for cell in cells:
                    cell.setForeground(Qt.GlobalColor.darkGray)
            self.real_model.appendRow(cells)
        if self.real_model.rowCount():
            self.realised.selectRow(0)

    def _gap_choices(self) -> list[tuple[object, str]]:
        out: list[tuple[object, str]] = [(None, self.tr("(the whole plan)"))]
        for r in range(self.gap_model.rowCount()):
            text = self.gap_model.item(r, self.COMPETENCE).text()
            short = text if len(text) <= 40 else text[:39] + "…"
            out.append((self.gap_model.item(r, self.COMPETENCE).data(KEY_ROLE),
                        f"{r + 1}. {short}"))  # fmt: skip
        return out

    def _refresh_gap_names(self) -> None:
        """The "For gap" cells follow the gaps as they are edited, moved or removed."""
        names = {key: label for key, label in self._gap_choices()}
        self._loading = True
        try:
            for r in range(self.activity_model.rowCount()):
                cell = self.activity_model.item(r, self.FOR_GAP)
                key = cell.data(KEY_ROLE)
                if key not in names:
                    cell.setData(None, KEY_ROLE)
                    key = None
                cell.setText(names[key])
        finally:
            self._loading = False

    def _activity_changed(self, item: QStandardItem) -> None:
        if self._loading:
            return
        if item.column() == self.JENIS and item.data(ID_ROLE) is not None:
            row = jenis_diklat(item.data(ID_ROLE))
            self._loading = True
            try:
                self.activity_model.item(item.row(), self.JALUR).setText(jalur_label(row.jalur))
            finally:
                self._loading = False
        if item.column() in (self.JP, self.COST, self.STATUS):
            self._planned_changed()

    def _planned_changed(self) -> None:
        total = cost = 0.0
        for r in range(self.activity_model.rowCount()):
            if self.activity_model.item(r, self.STATUS).data(ID_ROLE) == development.CANCELLED:
                continue
            try:
                jp = development.decimal_jp(self.activity_model.item(r, self.JP).text())
            except ServiceError:
                jp = None
            total += float(jp or 0)
            cost += parse_rupiah(self.activity_model.item(r, self.COST).text()) or 0
        self.planned_total.setText(
            self.tr("Planned: {jp} JP, {cost}").format(
                jp=format_number(total), cost=format_rupiah(int(cost))
            )
        )

    def _current(self, view: QTableView) -> int:
        index = view.currentIndex()
        return index.row() if index.isValid() else -1

    def _current_activity(self) -> ActivityRow | None:
        row = self._current(self.realised)
        if row < 0:
            return None
        return self.detail.activity(self.real_model.item(row, self.R_STATUS).data(ID_ROLE))

    def _update(self) -> None:
        record = self._may_record()
        a = self._current_activity()
        planned_row = self._current(self.activities)
        done_in_plan = (
            planned_row >= 0
            and self.activity_model.item(planned_row, self.STATUS).data(ID_ROLE) == development.DONE
        )
        self.remove_activity_button.setEnabled(planned_row >= 0 and not done_in_plan)
        self.complete_button.setEnabled(
            record and a is not None and a.status in (development.PLANNED, development.DONE)
        )
        self.record_button.setEnabled(record)
        self.cancel_button.setEnabled(
            record and a is not None and a.plan_id is not None and a.status == development.PLANNED
        )
        self.reset_button.setEnabled(
            record and a is not None and a.plan_id is not None and a.status != development.PLANNED
        )
        self.delete_button.setEnabled(record and a is not None and a.plan_id is None)
        self.attach_button.setEnabled(record and a is not None and a.status == development.DONE)
        self.open_button.setEnabled(a is not None and bool(a.certificate_path))
        for button in (
            self.complete_button,
            self.record_button,
            self.cancel_button,
            self.reset_button,
            self.delete_button,
            self.attach_button,
        ):
            button.setVisible(record)

    # --- editing -------------------------------------------------------------------------------

    def add_gap(self) -> None:
        gap = GapInput("", competence_type=rules.TEKNIS)
        self.gap_model.appendRow(self._gap_row(gap, True))
        index = self.gap_model.index(self.gap_model.rowCount() - 1, self.COMPETENCE)
        self.gaps.setCurrentIndex(index)
        self.gaps.edit(index)
        self._refresh_gap_names()

    def remove_gap(self) -> None:
        row = self._current(self.gaps)
        if row >= 0:
            self.gap_model.removeRow(row)
            self._refresh_gap_names()

    def propose(self) -> None:
        """Add the gaps the evaluations show that the IDP does not hold yet (not saved until
        Save)."""
        held = {
            self.gap_model.item(r, self.SOURCE).data(ID_ROLE)[0]
            for r in range(self.gap_model.rowCount())
        }
        try:
            found = development.propose_gaps(self.detail.employee_id, self.detail.year)
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return
        fresh = [g for g in found if g.origin not in held]
        for gap in fresh:
            self.gap_model.appendRow(self._gap_row(gap, True))
        self.gaps.resizeRowsToContents()
        self._refresh_gap_names()
        show_error(
            self.error,
            ""
            if fresh
            else self.tr("The evaluations show no gap that the IDP does not hold already."),
        )

    def add_activity(self) -> None:
        row = self._current(self.gaps)
        token = self.gap_model.item(row, self.COMPETENCE).data(KEY_ROLE) if row >= 0 else None
        item = ActivityInput(8, "")
        self.activity_model.appendRow(self._activity_row(item, token, development.PLANNED, True))
        self._refresh_gap_names()
        index = self.activity_model.index(self.activity_model.rowCount() - 1, self.TITLE)
        self.activities.setCurrentIndex(index)
        self.activities.edit(index)

    def remove_activity(self) -> None:
        row = self._current(self.activities)
        if (
            row >= 0
            and self.activity_model.item(row, self.STATUS).data(ID_ROLE) != development.DONE
        ):
            self.activity_model.removeRow(row)
            self._planned_changed()

    def input(self) -> IdpInput:
        gaps: list[GapInput] = []
        tokens: dict[str, int] = {}
        cell = self.gap_model.item
        for r in range(self.gap_model.rowCount()):
            origin, evaluation_id = cell(r, self.SOURCE).data(ID_ROLE) or ("", None)
            gaps.append(
                GapInput(
                    cell(r, self.COMPETENCE).text(),
                    cell(r, self.GAP).text(),
                    cell(r, self.GOAL).text(),
                    cell(r, self.INDICATOR).text(),
                    cell(r, self.TYPE).data(ID_ROLE) or rules.TEKNIS,
                    origin,
                    cell(r, self.SOURCE).text(),
                    evaluation_id,
                    id=cell(r, self.COMPETENCE).data(ID_ROLE),
                )
            )
            tokens[cell(r, self.COMPETENCE).data(KEY_ROLE)] = r
        activities: list[ActivityInput] = []
        act = self.activity_model.item
        for r in range(self.activity_model.rowCount()):
            activities.append(
                ActivityInput(
                    act(r, self.JENIS).data(ID_ROLE),
                    act(r, self.TITLE).text(),
                    act(r, self.PROVIDER).text(),
                    act(r, self.START).data(ID_ROLE),
                    act(r, self.END).data(ID_ROLE),
                    act(r, self.JP).text(),
                    parse_rupiah(act(r, self.COST).text()) or 0,
                    tokens.get(act(r, self.FOR_GAP).data(KEY_ROLE)),
                    id=act(r, self.TITLE).data(ID_ROLE),
                )
            )
        return IdpInput(self.goals.toPlainText(), self.notes.toPlainText(), gaps, activities)

    # --- acting --------------------------------------------------------------------------------

    def _run(self, step: Callable[[], object]) -> bool:
        """Do one service step; on success reload everything, on failure keep what is typed
        and say why."""
        show_error(self.error, "")
        try:
            step()
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return False
        self.reload()
        return True

    def reload(self) -> None:
        keep = (self.tabs.currentIndex(), self._current(self.realised))
        self.detail = development.get_plan(self.plan_id)
        self._show()
        if keep[1] >= 0 and keep[1] < self.real_model.rowCount():
            self.realised.selectRow(keep[1])
        self.tabs.setCurrentIndex(keep[0])

    def store(self) -> bool:
        if not self._may_edit():
            return True
        data = self.input()
        return self._run(lambda: development.save_plan(self.plan_id, data))

    def dirty(self) -> bool:
        """Does the editor hold changes that are not saved?"""
        return self._may_edit() and _comparable(self.input()) != _comparable(self.detail.data)

    def done(self, result: int) -> None:
        """Closing saves a draft first. If it cannot be saved any more (the IDP was submitted
        from another seat, the year closed), say so and close only when the user agrees to
        let the last changes go; a fixable problem keeps the editor open."""
        if self.dirty() and not self.store():
            try:
                still_editable = development.get_plan(self.plan_id).editable
            except ServiceError:
                still_editable = False
            if still_editable:
                return
            if not messages.confirm(
                self,
                self.tr("Close the IDP"),
                self.tr(
                    "This IDP can no longer be changed, so your last changes cannot be saved. "
                    "Close it anyway?"
                ),
            ):
                return
        super().done(result)

    def print_form(self) -> None:
        """The IDP form as saved (a draft is saved first), in the PDF viewer."""
        if self.dirty() and not self.store():
            return
        print_actions.show_form(self, "idp", self.plan_id, self.detail.employee_name)

    def submit(self) -> None:
        if self.store():
            self._run(lambda: development.submit(self.plan_id))

    def agree(self) -> None:
        self._run(lambda: development.agree(self.plan_id))

    def return_plan(self) -> None:
        reason = ask_reason(
            self, self.tr("Return the IDP"), self.tr("What must the employee change?")
        )
        if reason is not None:
            self._run(lambda: development.return_plan(self.plan_id, reason))

    def reopen(self) -> None:
        reason = ask_reason(
            self, self.tr("Re-open the IDP"), self.tr("Why must the agreed IDP change?")
        )
        if reason is not None:
            self._run(lambda: development.reopen(self.plan_id, reason))

    # --- realisation ---------------------------------------------------------------------------

    def _realisation_dialog(
        self, title: str, save: Callable, activity: ActivityRow | None, locked: bool
    ) -> None:
        dialog = RealisationDialog(title, save, activity, kind_locked=locked, parent=self)
        try:
            done = open_dialog(dialog)
        finally:
            dialog.deleteLater()
        if done:
            self.reload()

    def complete(self) -> None:
        a = self._current_activity()
        if a is None or not self.complete_button.isEnabled() or not self.store():
            return
        a = self.detail.activity(a.id)
        if a is None:
            return
        locked = a.plan_id is not None and self.detail.status not in development.EDITABLE
        self._realisation_dialog(
            self.tr("Record completion: {title}").format(title=a.title),
            lambda data: development_records.complete_activity(a.id, data),
            a,
            locked,
        )

    def record(self) -> None:
        if not self.store():
            return
        employee_id, year = self.detail.employee_id, self.detail.year
        self._realisation_dialog(
            self.tr("Record an activity outside the IDP"),
            lambda data: development_records.record_activity(employee_id, year, data),
            None,
            False,
        )

    def _activity_step(self, step: Callable[[int], object]) -> None:
        a = self._current_activity()
        if a is not None and self.store():
            self._run(lambda: step(a.id))

    def cancel_activity(self) -> None:
        self._activity_step(development_records.cancel_activity)

    def reset_activity(self) -> None:
        self._activity_step(development_records.reset_activity)

    def delete_record(self) -> None:
        a = self._current_activity()
        if a is None:
            return
        if messages.confirm(
            self,
            self.tr("Delete the record"),
            self.tr("Delete '{title}' from the employee's record?").format(title=a.title),
        ):
            self._activity_step(development_records.remove_activity)

    def attach(self) -> None:
        a = self._current_activity()
        if a is None:
            return
        path = ask_certificate_path(self)
        if path and self.store():
            self._run(lambda: development_records.attach_certificate(a.id, path))

    def open_certificate(self) -> None:
        a = self._current_activity()
        if a is None or not a.certificate_path:
            return
        if not development_records.certificate_intact(a.certificate_path, a.certificate_sha256):
            show_error(
                self.error,
                self.tr(
                    "The certificate file {name} is missing or was changed after it was "
                    "attached; attach it again."
                ).format(name=Path(a.certificate_path).name),
            )
            return
        open_file(development_records.certificate_file(a.certificate_path))

    def select_activity(self, activity_id: int) -> bool:
        """Select an activity in the realisation table (the tab and tests use it)."""
        for r in range(self.real_model.rowCount()):
            if self.real_model.item(r, self.R_STATUS).data(ID_ROLE) == activity_id:
                self.realised.setCurrentIndex(self.real_model.index(r, 0))
                return True
        return False
