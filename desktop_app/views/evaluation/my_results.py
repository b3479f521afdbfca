"""My results (Hasil saya): the signed-in employee reads their own evaluations.

Read-only: the feedback per indicator and per BerAKHLAK value, the ratings and the predikat
with the matrix cell that gives it in plain words, who finalised it ("diisi oleh"). "I have
read it" records the date and time (acknowledgement service); within the 14 days a keberatan
is written and filed from here. The first tab of a Pegawai's window.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring import Predikat
from desktop_app.services.evaluation import acknowledgement, evaluations, notes
from desktop_app.services.evaluation.acknowledgement import EvaluationReading, OwnEvaluationRow
from desktop_app.services.evaluation.states import STATUS_LABELS
from desktop_app.views import messages
from desktop_app.views.admin.field_messages import reserved_message, say
from desktop_app.views.formatting import format_date, format_target, format_utc
from desktop_app.views.table_model import AnyIndex, RowsModel, keep_selection
from desktop_app.views.widgets import fit_header_to_titles, row_table, set_enabled_why


def _predikat_label(key: str) -> str:
    try:
        return Predikat(key).label if key else ""
    except ValueError:
        return key


class OwnEvaluationsModel(RowsModel[OwnEvaluationRow]):
    """The employee's evaluations: period, status, predikat, when read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [self.tr("Period"), self.tr("Status"), self.tr("Predikat"), self.tr("Read on")],
            parent,
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        return (
            r.period_label,
            tr_("evaluations", STATUS_LABELS.get(r.status, r.status)),
            _predikat_label(r.predikat),
            format_utc(r.read_at) if r.read_at else self.tr("not yet"),
        )[index.column()]


class MyResultsTab(QWidget):
    """The signed-in employee's own evaluations, read-only, with acknowledgement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MyResultsTab")
        self.current: EvaluationReading | None = None
        layout = QVBoxLayout(self)
        self.model = OwnEvaluationsModel(self)
        self.table = row_table(self.model, "ownEvaluations", (140, 200, 180, 200))
        fit_header_to_titles(self.table)
        self.keeper = keep_selection(self.table, lambda row: self.model.row_at(row).id)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        self.reading = QTextBrowser()
        self.reading.setObjectName("reading")
        self.reading.setOpenLinks(False)
        splitter.addWidget(self.reading)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        bar = QHBoxLayout()
        self.read_button = QPushButton(self.tr("I have &read it"))
        self.read_button.setObjectName("acknowledge")
        self.read_button.clicked.connect(self.acknowledge)
        bar.addWidget(self.read_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.self_label = QLabel(self.tr("&My self-assessment (penilaian mandiri):"))
        self.self_assessment = QPlainTextEdit()
        self.self_assessment.setObjectName("selfAssessment")
        self.self_assessment.setFixedHeight(60)
        self.self_label.setBuddy(self.self_assessment)
        self.self_button = QPushButton(self.tr("&Save the self-assessment"))
        self.self_button.setObjectName("saveSelfAssessment")
        self.self_button.clicked.connect(self.save_self_assessment)
        self.objection_label = QLabel(self.tr("&Objection (keberatan) and its reasons:"))
        self.objection = QPlainTextEdit()
        self.objection.setObjectName("objection")
        self.objection.setFixedHeight(60)
        self.objection_label.setBuddy(self.objection)
        self.file_button = QPushButton(self.tr("&File the objection"))
        self.file_button.setObjectName("fileObjection")
        self.file_button.clicked.connect(self.file_objection)
        # the employee's own words, side by side under the reading: kept low so the reading
        # keeps most of a 768-pixel screen
        words = QHBoxLayout()
        for label, edit, button in (
            (self.self_label, self.self_assessment, self.self_button),
            (self.objection_label, self.objection, self.file_button),
        ):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(edit)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            words.addLayout(column, 1)
        layout.addLayout(words)
        self.message = reserved_message(2, "generalError")
        layout.addWidget(self.message)
        self.notice = QLabel()  # what was just recorded (not an error: not in the error line)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.reload()

    def reload(self) -> None:
        try:
            rows = acknowledgement.own_evaluations()
        except ServiceError as err:
            rows = []
            say(self.message, messages.error_text(err))
        self.model.set_rows(rows)
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.show_selected()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def show_selected(self) -> None:
        evaluation_id = self.selected_id()
        self.current = None
        if evaluation_id is not None:
            try:
                self.current = acknowledgement.reading(evaluation_id)
            except ServiceError as err:
                say(self.message, messages.error_text(err))
        self.reading.setHtml(self._html(self.current) if self.current else self._empty())
        self._update_actions()

    def _empty(self) -> str:
        text = self.tr("You have no evaluation yet.")
        return f"<p>{escape(text)}</p>"

    def _update_actions(self) -> None:
        reading = self.current
        set_enabled_why(
            self.read_button,
            reading is not None and reading.may_acknowledge,
            self._why_not_acknowledge(reading),
        )
        may_self = reading is not None and reading.may_self_assess
        self.self_assessment.setReadOnly(not may_self)
        self.self_assessment.setPlainText(reading.detail.self_assessment if reading else "")
        set_enabled_why(
            self.self_button,
            may_self,
            self.tr("The self-assessment is written while the evaluation is a draft."),
        )
        may_object = reading is not None and reading.may_object
        self.objection.setReadOnly(not may_object)
        if reading is not None and reading.detail.objection:
            self.objection.setPlainText(reading.detail.objection)
        elif not may_object:
            self.objection.clear()
        set_enabled_why(
            self.file_button,
            may_object,
            self.tr("An objection (keberatan) is filed within 14 days of the final result, once."),
        )

    def _why_not_acknowledge(self, reading: EvaluationReading | None) -> str:
        if reading is None:
            return self.tr("Choose an evaluation.")
        if reading.read_at is not None:
            return self.tr("You acknowledged it on {when}.").format(
                when=format_utc(reading.read_at)
            )
        return self.tr("Only a final evaluation can be acknowledged.")

    def _html(self, reading: EvaluationReading) -> str:
        """The evaluation as read-only text (every text escaped; Qt renders the markup)."""
        d = reading.detail
        status = tr_("evaluations", STATUS_LABELS.get(d.status, d.status))
        appraiser = self.tr("Appraiser (pejabat penilai): {name}").format(name=d.appraiser_name)
        parts = [f"<h3>{escape(d.period_label)} {d.year} · {escape(status)}</h3>"]
        lines = [appraiser]
        if reading.finalized_by and d.finalized_at:
            made = self.tr("Made final by {who} on {when}")
            lines.append(made.format(who=reading.finalized_by, when=format_utc(d.finalized_at)))
        if d.status != evaluations.FINAL:
            lines.append(self.tr("Not final yet: the appraiser may still change it."))
        parts.append("<p>" + "<br>".join(escape(line) for line in lines) + "</p>")
        if d.predikat is not None:
            heading = self.tr("Predikat: {p}").format(p=d.predikat.label)
            parts.append(f"<h3>{escape(heading)}</h3>")
        if reading.explained is not None:
            e = reading.explained
            cell = tr_("scoring", e.cell).format(**e.fields)
            parts.append(f"<p>{escape(cell)}</p>")
            parts.append(f"<p><b>{escape(tr_('scoring', e.meaning))}</b></p>")
        results_title = self.tr("Work results (hasil kerja)")
        target_word, realisasi_word = self.tr("target"), self.tr("achieved (realisasi)")
        feedback_word, none_word = self.tr("Feedback"), self.tr("(no feedback)")
        parts.append(f"<h4>{escape(results_title)}</h4><ul>")
        for row in d.indicators:
            parts.append(
                f"<li><b>{escape(row.result_text)}</b><br>{escape(row.text)} — "
                f"{escape(target_word)}: {escape(format_target(row.target))}, "
                f"{escape(realisasi_word)}: {escape(row.realisasi or '-')}<br>"
                f"<i>{escape(feedback_word)}:</i> {escape(row.feedback or none_word)}</li>"
            )
        behaviour_title = self.tr("Work behaviour (perilaku kerja)")
        parts.append(f"</ul><h4>{escape(behaviour_title)}</h4><ul>")
        for b in d.behaviours:
            rating = f" ({escape(b.rating.label)})" if b.rating is not None else ""
            text = escape(b.feedback or none_word)
            parts.append(f"<li><b>{escape(b.name)}</b>{rating}: {text}</li>")
        parts.append("</ul>")
        if reading.peer_notes:
            peers_title = self.tr("Input from peers and others")
            someone = self.tr("a colleague")
            parts.append(f"<h4>{escape(peers_title)}</h4><ul>")
            for note in reading.peer_notes:
                who = note.author or someone
                parts.append(f"<li><i>{escape(who)}:</i> {escape(note.text)}</li>")
            parts.append("</ul>")
        if d.notes:
            notes_word = self.tr("Notes")
            parts.append(f"<p><i>{escape(notes_word)}:</i> {escape(d.notes)}</p>")
        if reading.read_at is not None:
            read = self.tr("Read on {when}").format(when=format_utc(reading.read_at))
            parts.append(f"<p>{escape(read)}</p>")
        deadline = d.objection_deadline
        if deadline is not None and not d.objection:
            until = self.tr("An objection (keberatan) can be filed until {day}.")
            parts.append(f"<p>{escape(until.format(day=format_date(deadline.date())))}</p>")
        return "".join(parts)

    def _act(self, call, field=None):  # type: ignore[no-untyped-def]
        """Run one of the employee's steps on the selected evaluation: its refusal beside the
        buttons (focus back in `field`), else the list read again. Returns what `call` gave,
        or None when nothing was done."""
        evaluation_id = self.selected_id()
        if evaluation_id is None:
            return None
        say(self.message, "")
        self.notice.clear()
        try:
            result = call(evaluation_id)
        except ServiceError as err:
            say(self.message, messages.error_text(err))
            if field is not None:
                field.setFocus()
            return None
        self.reload()
        return result if result is not None else True

    def acknowledge(self) -> None:
        when = self._act(acknowledgement.acknowledge)
        if when is not None:
            text = self.tr("Recorded: read on {when}.")
            self.notice.setText(text.format(when=format_utc(when)))

    def save_self_assessment(self) -> None:
        text = self.self_assessment.toPlainText()
        if self._act(lambda e: notes.save_self_assessment(e, text), self.self_assessment):
            self.notice.setText(self.tr("Your self-assessment was saved; the appraiser reads it."))

    def file_objection(self) -> None:
        text = self.objection.toPlainText()
        if self._act(lambda e: evaluations.file_objection(e, text), self.objection):
            filed = self.tr("Your objection was filed; the appraiser explains it next.")
            self.notice.setText(filed)
