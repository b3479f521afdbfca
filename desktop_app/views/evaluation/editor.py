"""The evaluation editor: one employee, one period. Realisasi, bukti dukung (a link, a note or
a file copied into the data folder) and umpan balik per indicator, feedback per BerAKHLAK
value with the phrase library, the employee's self-assessment and the input of peers, the
year's periods for the annual evaluation, the two ratings with the predikat the matrix gives
(shown as they change), notes, finalise / re-open, the keberatan steps and the history."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
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

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import domain_text, tr_
from desktop_app.scoring.nip import display_nip
from desktop_app.services import concurrency
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation.evaluations import (
    BehaviourInput,
    EvaluationDetail,
    EvaluationInput,
    RealisationInput,
)
from desktop_app.services.evaluation.notes import RESULT
from desktop_app.services.session import Action, allowed
from desktop_app.services.skp.plans import appraiser_of
from desktop_app.views import messages, workflow_steps
from desktop_app.views.evaluation.pages import AnnualPage, HistoryPage, InputPage, ObjectionPage
from desktop_app.views.evaluation.phrase_button import PhraseButton
from desktop_app.views.formatting import format_target
from desktop_app.views.skp.editor import ask_reason
from desktop_app.views.typed_input.delegates import (
    CellMessages,
    TextDelegate,
    TypedDelegate,
    cell_errors,
    commit_open_editors,
)
from desktop_app.views.typed_input.fields import message_line
from desktop_app.views.typed_input.kinds import REALISASI, Kind, realisasi_kind
from desktop_app.views.widgets import (
    error_label,
    keep_titles_visible,
    resize_within_screen,
    show_error,
)

ID_ROLE = Qt.ItemDataRole.UserRole


def ask_evidence_path(parent: QWidget) -> str | None:
    """The file to attach as bukti dukung, or None (tests replace this)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, tr_("EvaluationEditor", "Attach evidence (bukti dukung)"), str(Path.home())
    )
    return name or None


def open_file(path: Path) -> None:
    """Open a stored evidence file in the system's viewer (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class EvaluationEditor(QDialog):
    """Evaluate one employee for one period."""

    REALISASI, BUKTI, FEEDBACK, FILE = 4, 5, 6, 7

    def __init__(self, evaluation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EvaluationEditor")
        self.evaluation_id = evaluation_id
        self.detail: EvaluationDetail = evaluations.get_evaluation(evaluation_id)
        # the version loaded: a save over another PC's newer one is refused
        self.guard = concurrency.Guard("evaluation", evaluation_id)
        self._loading = False
        self._rating_message_shown = False  # the error says to give the missing ratings
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._results_page(), self.tr("&Results"))
        self.tabs.addTab(self._behaviour_page(), self.tr("&Work behaviour"))
        self.input_page = InputPage(self._run_page)
        self.tabs.addTab(self.input_page, self.tr("Self-assessment && &input"))
        self.annual_page: AnnualPage | None = None
        if self.detail.is_annual:
            self.annual_page = AnnualPage()
            self.tabs.addTab(self.annual_page, self.tr("Periods of the &year"))
        self.objection_page = ObjectionPage(self._run_page)
        self.tabs.addTab(self.objection_page, self.tr("&Objection"))
        self.history_page = HistoryPage()
        self.tabs.addTab(self.history_page, self.tr("Hi&story"))

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
        self.error = error_label(2)  # the editor fills the screen: room for two lines kept
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # kept while hidden: a message moves no field
        self.error.setSizePolicy(policy)
        layout.addWidget(self.error)
        bar = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        self.finalize_button = QPushButton(self.tr("&Finalise"))
        self.reopen_button = QPushButton(self.tr("Re-&open…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.save_button.clicked.connect(self.store)
        self.finalize_button.clicked.connect(self.finalize)
        self.reopen_button.clicked.connect(self.reopen)
        self.close_button.clicked.connect(self.accept)
        bar.addStretch(1)
        buttons = (self.save_button, self.finalize_button, self.reopen_button, self.close_button)
        for button in buttons:
            bar.addWidget(button)
        layout.addLayout(bar)
        self.rating_hasil.currentIndexChanged.connect(self._ratings_changed)
        self.rating_perilaku.currentIndexChanged.connect(self._ratings_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, self.store)
        self._show()
        resize_within_screen(self, 1180, 720)
        if self.detail.editable and self._may_rate():
            self.indicators.setFocus()  # typing at once goes into the highlighted realisasi

    # --- building ------------------------------------------------------------------------------

    def _results_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.indicator_model = QStandardItemModel(self)
        self.indicator_model.setHorizontalHeaderLabels(
            [
                self.tr("RHK"),
                self.tr("Aspect"),
                self.tr("Indicator (IKI)"),
                self.tr("Target"),
                self.tr("Achievement"),
                self.tr("Evidence"),
                self.tr("Feedback"),
                self.tr("File"),
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
        for column, width in enumerate((200, 80, 190, 90, 110, 150, 170)):
            self.indicators.setColumnWidth(column, width)
        keep_titles_visible(self.indicators)
        self.indicators.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.indicators.setItemDelegate(TextDelegate(self.indicators))
        self.realisasi_delegate = TypedDelegate(
            REALISASI, self.indicators, kind_for=self._realisasi_kind
        )
        self.indicators.setItemDelegateForColumn(self.REALISASI, self.realisasi_delegate)
        layout.addWidget(self.indicators, 1)
        self.cell_message = message_line()  # always in the layout: a message never moves the table
        self.cell_messages = CellMessages(  # a refused cell says why until it is fixed
            self.indicators,
            self.cell_message,
            (self.realisasi_delegate,),
            lambda row, _column, message: self.tr("Indicator {n}: {message}").format(
                n=row + 1, message=message
            ),
        )
        layout.addWidget(self.cell_message)
        bar = QHBoxLayout()
        self.result_phrases = PhraseButton(RESULT, self._feedback_text, self._set_feedback_text)
        self.result_phrases.setObjectName("resultPhrases")
        self.result_phrases.bind(self.indicators)
        self.attach_button = QPushButton(self.tr("&Attach file…"))
        self.attach_button.setObjectName("attachEvidence")
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("Open fi&le"))
        self.open_button.clicked.connect(self.open_evidence)
        from desktop_app.views.daily_log import log_sums  # the daily log's sums (issue 21)

        self.log_button = log_sums.editor_button(self)
        hint = QLabel(
            self.tr(
                "Evidence: a link or a note in the cell, or a file copied into the data folder."
            )
        )
        hint.setWordWrap(True)
        bar.addWidget(hint, 1)
        for widget in (self.result_phrases, self.attach_button, self.open_button, self.log_button):
            bar.addWidget(widget)
        layout.addLayout(bar)
        return page

    def _behaviour_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.behaviour_edits: dict[int, QLineEdit] = {}
        self.behaviour_phrases: dict[int, PhraseButton] = {}
        for row in self.detail.behaviours:
            edit = QLineEdit(row.feedback)
            edit.setObjectName(f"behaviour{row.value_code}")
            edit.setPlaceholderText(  # a hint, never text that reads as the feedback itself
                self.tr("e.g. feedback on the expectation “{expectation}”").format(
                    expectation=row.expectation
                )
                if row.expectation
                else self.tr("e.g. feedback based on evidence (umpan balik)")
            )
            edit.setToolTip("\n".join(f"• {g}" for g in row.guides))
            button = PhraseButton(str(row.value_code), edit.text, edit.setText)
            button.bind(edit)
            line = QHBoxLayout()
            line.addWidget(edit, 1)
            line.addWidget(button)
            form.addRow(f"{row.value_code}. {row.name}", line)
            self.behaviour_edits[row.value_code] = edit
            self.behaviour_phrases[row.value_code] = button
        return page

    def _rating_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("(not rated)"), None)
        for key, label in evaluations.rating_choices():
            combo.addItem(label, key)
        return combo

    # --- showing -------------------------------------------------------------------------------

    def _show(self) -> None:
        d = self.detail
        self._loading = True
        try:
            self.setWindowTitle(
                self.tr("Evaluation {period} {year}: {name}").format(
                    period=domain_text(d.period_label), year=d.year, name=d.employee_name
                )
            )
            self.header.setText(
                self.tr(
                    "<b>{name}</b> — NIP {nip} — {position}, {unit}<br>Appraiser: {appraiser}"
                    " — Period: {period} {year} — Status: <b>{status}</b>"
                ).format(
                    name=d.employee_name,
                    nip=display_nip(d.employee_nip),
                    position=d.position_name or "—",
                    unit=d.unit_name,
                    appraiser=d.appraiser_name or "—",
                    period=domain_text(d.period_label),
                    year=d.year,
                    status=messages.error_text(evaluations.status_word(d.status)),
                )
            )
            editable = d.editable and self._may_rate()
            self.indicator_model.removeRows(0, self.indicator_model.rowCount())
            for row in d.indicators:
                cells = [
                    QStandardItem(row.result_text),
                    QStandardItem(domain_text(row.aspect.title())),
                    QStandardItem(row.text),
                    QStandardItem(format_target(row.target)),
                    QStandardItem(row.realisasi),
                    QStandardItem(row.bukti_dukung),
                    QStandardItem(row.feedback),
                    QStandardItem(Path(row.evidence_path).name if row.evidence_path else ""),
                ]
                cells[0].setData(row.indicator_id, ID_ROLE)
                if row.evidence_sha256:
                    cells[self.FILE].setToolTip(f"SHA-256 {row.evidence_sha256}")
                for cell in cells:
                    cell.setEditable(False)
                for cell in cells[self.REALISASI : self.FILE]:
                    cell.setEditable(editable)
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
        self.indicators.resizeRowsToContents()
        if self.indicator_model.rowCount():
            self.indicators.setCurrentIndex(self.indicator_model.index(0, self.REALISASI))
        self._ratings_changed()
        for widget in (self.rating_hasil, self.rating_perilaku, *self.behaviour_edits.values()):
            widget.setEnabled(editable)
        for button in (self.result_phrases, *self.behaviour_phrases.values()):
            button.setEnabled(editable)
        self.notes.setReadOnly(not editable)
        self.save_button.setVisible(editable)
        self.finalize_button.setVisible(editable)
        self.attach_button.setVisible(editable)
        self.reopen_button.setVisible(
            self._may_rate() and d.status == evaluations.FINAL and not d.period_closed
        )
        self.input_page.show_detail(d, self._may_rate())
        self.objection_page.show_detail(d, self._may_rate())
        self.history_page.show_detail(d)
        self._update()
        self._shown = self.input()  # what closing compares with: unchanged means no write

    def _may_rate(self) -> bool:
        return allowed(Action.WRITE_APPRAISAL, self.detail.employee_id, appraiser_of=appraiser_of)

    def _ratings_changed(self) -> None:
        hasil, perilaku = self.rating_hasil.currentData(), self.rating_perilaku.currentData()
        if self._rating_message_shown and hasil is not None and perilaku is not None:
            show_error(self.error, "")  # the missing ratings are given: the message goes
            self._rating_message_shown = False
        try:
            text = evaluations.predikat_label(hasil, perilaku)
        except ServiceError:
            text = ""
        self.predikat.setText(f"<b>{text}</b>" if text else self.tr("(both ratings needed)"))
        if self.annual_page is not None and not self._loading:
            self.annual_page.show_summary(self.detail, hasil, perilaku)

    def _current_row(self) -> int:
        index = self.indicators.currentIndex()
        return index.row() if index.isValid() else -1

    def _update(self) -> None:
        row = self._current_row()
        has_file = row >= 0 and bool(self.detail.indicators[row].evidence_path)
        self.open_button.setEnabled(has_file)
        self.attach_button.setEnabled(row >= 0)

    def _feedback_text(self) -> str:
        row = self._current_row()
        return self.indicator_model.item(row, self.FEEDBACK).text() if row >= 0 else ""

    def _set_feedback_text(self, text: str) -> None:
        row = self._current_row()
        if row >= 0:
            self.indicator_model.item(row, self.FEEDBACK).setText(text)

    # --- acting --------------------------------------------------------------------------------

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

    def _run(self, step: Callable[[], object]) -> bool:
        """Do one service step; on success reload everything, on failure keep what is typed
        and say why."""
        show_error(self.error, "")
        self._rating_message_shown = False
        try:
            self.guard.run(step)
        except concurrency.ChangedMeanwhileError as err:
            self._changed_meanwhile(err)
            return False
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return False
        self.guard.reload()
        self.detail = evaluations.get_evaluation(self.evaluation_id)
        self._show()
        return True

    def _changed_meanwhile(self, err: concurrency.ChangedMeanwhileError) -> None:
        """Someone saved this evaluation after it was opened here: say who and when, and
        offer to show their version (what was typed here is then replaced)."""
        text = messages.error_text(err)
        show_error(self.error, text)
        question = self.tr("{text}\n\nReload the evaluation now? What you typed is replaced.")
        if messages.confirm(self, self.tr("Changed meanwhile"), question.format(text=text)):
            self.guard.reload()
            self.detail = evaluations.get_evaluation(self.evaluation_id)
            self._show()
            show_error(
                self.error,
                self.tr("Reloaded: this is the evaluation as saved by {by}.").format(by=err.by),
            )

    def _run_page(self, step: Callable[[], object]) -> bool:
        """A step from a side page: what is typed in the editor is saved first, so the reload
        after the step shows it instead of losing it."""
        if self.detail.editable and self._may_rate():
            data = self.input()

            def both() -> None:
                evaluations.save_evaluation(self.evaluation_id, data)
                step()

            return self._run(both)
        return self._run(step)

    def _realisasi_kind(self, index: QModelIndex | QPersistentModelIndex) -> Kind | None:
        """A quantitative indicator's realisasi starts with a number within the range of its
        target's unit; any other is text."""
        rows = self.detail.indicators
        if not (0 <= index.row() < len(rows) and rows[index.row()].quantitative):
            return None
        return realisasi_kind(rows[index.row()].target.unit)  # 0-1000 % for a percentage

    def store(self) -> bool:
        """Save what is typed; a refused realisasi saves nothing and says why."""
        if not (self.detail.editable and self._may_rate()):
            return True
        commit_open_editors(self.indicators)
        refused = cell_errors(self.indicator_model)
        if refused:
            row, _column, message = refused[0]
            self.cell_message.setText(  # under the table, in its reserved line
                self.tr("Indicator {n}: {message}").format(n=row + 1, message=message)
            )
            return False
        data = self.input()
        return self._run(lambda: evaluations.save_evaluation(self.evaluation_id, data))

    def done(self, result: int) -> None:
        """Closing (Tutup, Esc, the window's button) saves what was typed, as the SKP editor
        does: the walkthrough lost four realisasi typed and shown when Tutup was pressed. A
        refusal keeps the editor open unless the user agrees to let the changes go."""
        if self.detail.editable and self._may_rate():
            commit_open_editors(self.indicators)  # a cell still open counts as typed
            refused = self.input() != self._shown and not self.store()
            if refused and not messages.confirm(
                self,
                self.tr("Close the evaluation"),
                self.tr(
                    "What you typed could not be saved (the message says why). "
                    "Close without saving it?"
                ),
            ):
                return
        super().done(result)

    def finalize(self) -> None:
        unrated = (
            self.rating_hasil.currentData() is None or self.rating_perilaku.currentData() is None
        )
        # unrated: no question first, the service says which ratings to give
        asked = self.store() and (unrated or workflow_steps.finalize_evaluation(self, self.detail))
        if asked and not self._run(lambda: evaluations.finalize(self.evaluation_id)):
            # "Give the ratings…" goes as soon as both are given (issue 18, defect 6)
            self._rating_message_shown = unrated

    def reopen(self) -> None:
        reason = ask_reason(
            self,
            self.tr("Re-open the evaluation"),
            workflow_steps.reopen_evaluation_question(),
        )
        if reason is not None:
            self._run(lambda: evaluations.reopen(self.evaluation_id, reason))

    def attach(self) -> None:
        """Keep what is typed (saved first), then copy the chosen file in with its hash."""
        row = self._current_row()
        if row < 0:
            return
        indicator_id = self.detail.indicators[row].indicator_id
        path = ask_evidence_path(self)
        if path and self.store():
            self._run(lambda: evaluations.attach_evidence(self.evaluation_id, indicator_id, path))
            self.indicators.setCurrentIndex(self.indicator_model.index(row, self.REALISASI))

    def open_evidence(self) -> None:
        row = self._current_row()
        if row < 0 or not self.detail.indicators[row].evidence_path:
            return
        item = self.detail.indicators[row]
        if not evaluations.evidence_intact(item.evidence_path, item.evidence_sha256):
            show_error(
                self.error,
                self.tr(
                    "The evidence file {name} is missing or was changed after it was attached;"
                    " attach it again."
                ).format(name=Path(item.evidence_path).name),
            )
            return
        open_file(evaluations.evidence_file(item.evidence_path))
