"""The side pages of the evaluation editor: the employee's self-assessment with the input of
peers and subordinates, the year's periods side by side (annual evaluation), the keberatan
steps, and the history. Each page shows one `EvaluationDetail` and calls the services; the
editor reloads every page after a change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import domain_text, tr_
from desktop_app.scoring import RuleError
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation import notes as evaluation_notes
from desktop_app.services.evaluation.evaluations import EvaluationDetail
from desktop_app.services.session import Action, Role, allowed, current
from desktop_app.views import messages
from desktop_app.views.admin.audit_views import fit_who_column, step_actor_names, step_who
from desktop_app.views.formatting import format_utc
from desktop_app.views.widgets import keep_titles_visible

Runner = Callable[[Callable[[], object]], bool]
ID_ROLE = Qt.ItemDataRole.UserRole


def _table(model: QStandardItemModel, name: str, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    keep_titles_visible(view)
    return view


def _row(*texts: str) -> list[QStandardItem]:
    return [QStandardItem(t) for t in texts]


def _is_employee_or_hr(employee_id: int) -> bool:
    signed_in = current()
    return (
        signed_in is None
        or signed_in.employee_id == employee_id
        or signed_in.role in (Role.ADMIN, Role.HR)
    )


class InputPage(QWidget):
    """Penilaian mandiri of the employee (written by them, read by the penilai) and the
    notes from peers, subordinates or service users that the penilai collected."""

    def __init__(self, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self.detail: EvaluationDetail | None = None
        layout = QVBoxLayout(self)
        own = QGroupBox(self.tr("Self-assessment by the employee (optional)"))
        own_layout = QVBoxLayout(own)
        self.self_assessment = QPlainTextEdit()
        self.self_assessment.setObjectName("selfAssessment")
        self.self_assessment.setTabChangesFocus(True)
        self.self_assessment.setPlaceholderText(
            self.tr("What the employee achieved, the obstacles met and the support needed.")
        )
        own_layout.addWidget(self.self_assessment)
        self.save_self = QPushButton(self.tr("Save self-&assessment"))
        self.save_self.clicked.connect(self.store_self_assessment)
        row = QHBoxLayout()
        self.self_info = QLabel()
        row.addWidget(self.self_info, 1)
        row.addWidget(self.save_self)
        own_layout.addLayout(row)
        layout.addWidget(own, 1)

        peers = QGroupBox(self.tr("Input from peers and subordinates (notes for the penilai)"))
        peer_layout = QVBoxLayout(peers)
        self.notes_model = QStandardItemModel(self)
        self.notes_model.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("Name"), self.tr("Input"), self.tr("Recorded")]
        )
        self.notes = _table(self.notes_model, "peerNotes", (170, 160, 420))
        peer_layout.addWidget(self.notes, 1)
        add = QHBoxLayout()
        self.source = QComboBox()
        self.source.setObjectName("peerSource")
        for key, label in evaluation_notes.SOURCES.items():
            self.source.addItem(tr_("evaluation_notes", label), key)
        self.author = QLineEdit()
        self.author.setObjectName("peerAuthor")
        self.author.setPlaceholderText(self.tr("e.g. the colleague's name"))
        self.text = QLineEdit()
        self.text.setObjectName("peerText")
        self.text.setPlaceholderText(self.tr("e.g. what they said about the work and behaviour"))
        self.add_button = QPushButton(self.tr("&Add input"))
        self.add_button.clicked.connect(self.add_note)
        self.text.returnPressed.connect(self.add_note)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_note)
        for widget in (self.source, self.author):
            add.addWidget(widget)
        add.addWidget(self.text, 1)
        add.addWidget(self.add_button)
        add.addWidget(self.remove_button)
        peer_layout.addLayout(add)
        layout.addWidget(peers, 2)

    def show_detail(self, detail: EvaluationDetail, may_rate: bool) -> None:
        self.detail = detail
        self.self_assessment.setPlainText(detail.self_assessment)
        own = detail.editable and _is_employee_or_hr(detail.employee_id)
        self.self_assessment.setReadOnly(not own)
        self.save_self.setVisible(own)
        self.self_info.setText(
            ""
            if detail.self_assessment or own
            else self.tr("The employee has not written a self-assessment.")
        )
        self.notes_model.removeRows(0, self.notes_model.rowCount())
        for note in evaluation_notes.peer_notes(detail.id):
            cells = _row(
                tr_("evaluation_notes", evaluation_notes.SOURCES.get(note.source, note.source)),
                note.author,
                note.text,
                f"{format_utc(note.at)} ({note.recorded_by})",
            )
            cells[0].setData(note.id, ID_ROLE)
            self.notes_model.appendRow(cells)
        editable = detail.editable and may_rate
        for widget in (self.source, self.author, self.text, self.add_button, self.remove_button):
            widget.setVisible(editable)

    def store_self_assessment(self) -> None:
        if self.detail is not None:
            text, evaluation_id = self.self_assessment.toPlainText(), self.detail.id
            self._run(lambda: evaluation_notes.save_self_assessment(evaluation_id, text))

    def add_note(self) -> None:
        if self.detail is None:
            return
        evaluation_id = self.detail.id
        source, author, text = self.source.currentData(), self.author.text(), self.text.text()
        if self._run(lambda: evaluation_notes.add_peer_note(evaluation_id, source, author, text)):
            self.author.clear()
            self.text.clear()

    def remove_note(self) -> None:
        index = self.notes.currentIndex()
        if not index.isValid():
            return
        note_id = self.notes_model.item(index.row(), 0).data(ID_ROLE)
        self._run(lambda: evaluation_notes.remove_peer_note(note_id))


class AnnualPage(QWidget):
    """The year's periodic evaluations side by side, with the tallies and the warnings the
    rules give for the annual ratings now chosen (a note, never a block)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Period"),
                self.tr("Rating hasil kerja"),
                self.tr("Rating perilaku kerja"),
                self.tr("Predikat"),
            ]
        )
        self.table = _table(self.model, "annualPeriods", (160, 200, 200))
        layout.addWidget(self.table, 1)
        self.tally = QLabel()
        self.tally.setWordWrap(True)
        layout.addWidget(self.tally)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)
        self.skps = QLabel()  # several SKPs in the year (a transfer): each with its months
        self.skps.setObjectName("annualSkps")
        self.skps.setWordWrap(True)
        layout.addWidget(self.skps)
        self.warnings = QLabel()
        self.warnings.setObjectName("annualWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #9a5b00")
        layout.addWidget(self.warnings)

    def show_summary(
        self, detail: EvaluationDetail, hasil: str | None, perilaku: str | None
    ) -> None:
        try:
            found = evaluations.annual_summary(
                detail.employee_id,
                detail.year,
                include_drafts=True,
                annual_hasil=hasil,
                annual_perilaku=perilaku,
            )
        except (ServiceError, RuleError) as err:
            self.warnings.setText(messages.error_text(err))
            return
        summary = found.summary
        self.model.removeRows(0, self.model.rowCount())
        for row in summary.periods:
            period = domain_text(row.label)
            self.model.appendRow(
                _row(period, row.hasil.label, row.perilaku.label, row.predikat.label)
            )
        counts = ", ".join(f"{p.label}: {n}" for p, n in summary.predikat_counts.items() if n)
        self.tally.setText(
            self.tr("Predikat of the periods: {counts}").format(counts=counts or "—")
        )
        self.missing.setText(
            self.tr("Without rated evaluation: {periods}").format(
                periods=", ".join(domain_text(PeriodKey.parse(k).label) for k in found.missing)
            )
            if found.missing
            else ""
        )
        self.warnings.setText(
            "<br>".join(
                "⚠ " + messages.error_text(w)  # type: ignore[arg-type]
                for w in summary.warnings
            )
        )
        self.skps.setText(self._skps_text(found))

    def _skps_text(self, found: Any) -> str:
        """The SKPs of a year with a transfer and the month-weighted reference (the annual
        ratings stay the appraiser's; docs/multiple_skp.md)."""
        if found.reference is None:
            return ""
        from desktop_app.views.skp.transfer_dialog import months_text

        def word(rating: Any) -> str:
            return rating.label if rating is not None else "—"

        parts = "; ".join(
            self.tr("{months}: {hasil} / {perilaku}").format(
                months=months_text(p.months, found.year),
                hasil=word(p.hasil),
                perilaku=word(p.perilaku),
            )
            for p in found.skps
        )
        reference = found.reference
        return self.tr(
            "Several SKPs this year (last periodic rating of each): {parts}. Weighted by "
            "months: results {hasil}, behaviour {perilaku}, predikat {predikat}."
        ).format(
            parts=parts,
            hasil=word(reference.hasil),
            perilaku=word(reference.perilaku),
            predikat=word(reference.predikat),
        )


class ObjectionPage(QWidget):
    """Keberatan: the employee objects within 14 days of the final evaluation, the penilai
    explains, the atasan penilai decides (final, and may change the ratings)."""

    def __init__(self, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self.detail: EvaluationDetail | None = None
        layout = QVBoxLayout(self)
        self.deadline = QLabel()
        self.deadline.setObjectName("objectionDeadline")
        self.deadline.setWordWrap(True)
        layout.addWidget(self.deadline)
        form = QFormLayout()
        self.objection = self._text("objectionText")
        self.file_button = QPushButton(self.tr("File the &objection"))
        self.file_button.clicked.connect(self.file)
        form.addRow(self.tr("1. Objection of the employee:"), self.objection)
        form.addRow("", self.file_button)
        self.explanation = self._text("explanationText")
        self.explain_button = QPushButton(self.tr("Send the e&xplanation"))
        self.explain_button.clicked.connect(self.explain)
        form.addRow(self.tr("2. Explanation of the appraiser:"), self.explanation)
        form.addRow("", self.explain_button)
        self.decision = self._text("decisionText")
        form.addRow(self.tr("3. Decision of the appraiser's superior:"), self.decision)
        ratings = QHBoxLayout()
        self.decided_hasil = self._combo("decidedHasil")
        self.decided_perilaku = self._combo("decidedPerilaku")
        self.hasil_label = QLabel(self.tr("Work results:"))
        self.perilaku_label = QLabel(self.tr("Behaviour:"))
        ratings.addWidget(self.hasil_label)
        ratings.addWidget(self.decided_hasil)
        ratings.addWidget(self.perilaku_label)
        ratings.addWidget(self.decided_perilaku)
        ratings.addStretch(1)
        self.decide_button = QPushButton(self.tr("&Decide (final)"))
        self.decide_button.clicked.connect(self.decide)
        ratings.addWidget(self.decide_button)
        form.addRow("", ratings)
        layout.addLayout(form, 1)

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(70)
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("(unchanged)"), None)
        for key, label in evaluations.rating_choices():
            combo.addItem(label, key)
        return combo

    def show_detail(self, detail: EvaluationDetail, may_rate: bool) -> None:
        self.detail = detail
        self.objection.setPlainText(detail.objection)
        self.explanation.setPlainText(detail.explanation)
        self.decision.setPlainText(detail.decision)
        deadline = detail.objection_deadline
        open_steps = not detail.period_closed and detail.status == evaluations.FINAL
        within = detail.objection_window_open
        if detail.decision:
            text = self.tr("The objection was decided on {date}; the decision is final.").format(
                date=format_utc(detail.decided_at)
            )
        elif deadline is None:
            text = self.tr("An objection is possible once the evaluation is final.")
        elif detail.objection:
            text = self.tr("Objection filed on {date}.").format(
                date=format_utc(detail.objection_at)
            )
        elif within:
            text = self.tr("The employee may object until {date}.").format(
                date=format_utc(deadline)
            )
        else:
            text = self.tr("The {days} days for an objection ended on {date}.").format(
                days=evaluations.OBJECTION_DAYS, date=format_utc(deadline)
            )
        self.deadline.setText(text)
        may_file = (
            open_steps
            and within
            and not detail.objection
            and _is_employee_or_hr(detail.employee_id)
        )
        may_explain = open_steps and bool(detail.objection) and not detail.decision and may_rate
        may_explain = may_explain and not detail.explanation
        may_decide = (
            open_steps
            and bool(detail.explanation)
            and not detail.decision
            and allowed(
                Action.WRITE_APPRAISAL, detail.employee_id, appraiser_of=evaluations.atasan_of
            )
        )
        self.objection.setReadOnly(not may_file)
        self.file_button.setVisible(may_file)
        self.explanation.setReadOnly(not may_explain)
        self.explain_button.setVisible(may_explain)
        self.decision.setReadOnly(not may_decide)
        for widget in (
            self.hasil_label,
            self.decided_hasil,
            self.perilaku_label,
            self.decided_perilaku,
            self.decide_button,
        ):
            widget.setVisible(may_decide)

    def file(self) -> None:
        if self.detail is not None:
            evaluation_id, text = self.detail.id, self.objection.toPlainText()
            self._run(lambda: evaluations.file_objection(evaluation_id, text))

    def explain(self) -> None:
        if self.detail is not None:
            evaluation_id, text = self.detail.id, self.explanation.toPlainText()
            self._run(lambda: evaluations.explain_objection(evaluation_id, text))

    def decide(self) -> None:
        if self.detail is None:
            return
        if not messages.confirm(
            self,
            self.tr("Decide the objection"),
            self.tr("The decision is final and cannot be changed. Record it?"),
        ):
            return
        evaluation_id, text = self.detail.id, self.decision.toPlainText()
        hasil, perilaku = self.decided_hasil.currentData(), self.decided_perilaku.currentData()
        self._run(lambda: evaluations.decide_objection(evaluation_id, text, hasil, perilaku))


class HistoryPage(QWidget):
    """Every step of the evaluation: when, who, from which status to which, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Step"), self.tr("Reason or text")]
        )
        self.view = _table(self.model, "evaluationHistory", (170, 120, 260))
        layout.addWidget(self.view)

    def show_detail(self, detail: EvaluationDetail) -> None:
        self.model.removeRows(0, self.model.rowCount())
        who = step_actor_names(step.actor for step in detail.history)
        for step in detail.history:
            label = messages.error_text(evaluations.status_word(step.to_status))
            shown = step_who(who[step.actor], step.acting)
            self.model.appendRow(_row(format_utc(step.at), shown, label, step.reason))
        fit_who_column(self.view)
