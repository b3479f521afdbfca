"""The SKP editor: RHK with their indicators (the page in `results_page`), BerAKHLAK
expectations, the lampiran, the status history and the workflow buttons (submit, approve,
return, re-open).

A draft saves itself a moment after each change (and on closing), so nothing typed is lost;
the services refuse changes to a submitted or approved SKP, and the editor then shows it
read-only. The RHK list and the indicator table are Qt models; every control is reachable from
the keyboard (Alt+letters, Tab, Insert/Delete in the lists).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
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
from desktop_app.i18n.translator import tr_
from desktop_app.scoring.nip import display_nip
from desktop_app.services import concurrency
from desktop_app.services.session import Action, allowed
from desktop_app.services.skp import plans, review_comments
from desktop_app.services.skp.choices import (
    core_values,
)
from desktop_app.services.skp.plans import PlanDetail, PlanInput
from desktop_app.views import messages, workflow_steps
from desktop_app.views.admin.audit_views import fit_who_column, step_actor_names, step_who
from desktop_app.views.formatting import format_utc
from desktop_app.views.skp.results_page import ID_ROLE, ResultsPage
from desktop_app.views.typed_input.delegates import cell_errors, commit_open_editors
from desktop_app.views.widgets import (
    error_label,
    keep_titles_visible,
    resize_within_screen,
    show_error,
)

_AUTOSAVE_MS = 1200


def stored_form(data: PlanInput) -> tuple:
    """The content of an SKP as the service stores it (texts trimmed), to check that what
    was read back from the database is what the editor shows."""
    return (
        data.approach,
        [
            (
                r.text.strip(), r.is_main, r.perspective or None, r.parent_result_id,
                r.parent_text.strip(),
                [
                    (i.aspect, i.text.strip(), i.target_value.strip(), i.target_unit.strip(),
                     i.target_text.strip())
                    for i in r.indicators
                ],
            )
            for r in data.results
        ],
        {code: text.strip() for code, text in data.expectations.items() if text.strip()},
        data.resources.strip(),
        data.accountability.strip(),
        data.consequences.strip(),
    )  # fmt: skip


def status_label(status: str) -> str:
    """A plan status (or "no SKP yet") in the user's language."""
    if status == plans.NO_PLAN:
        return tr_("SkpEditor", "No SKP yet")
    return tr_("plans", plans.STATUS_LABELS.get(status, status))


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """A reason for returning or re-opening; None when cancelled (tests replace this)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(tr_("SkpEditor", "OK"))
    dialog.setCancelButtonText(tr_("SkpEditor", "Cancel"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


class SkpEditor(ResultsPage, QDialog):
    """Edit (or read) one SKP."""

    def __init__(self, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SkpEditor")
        self.plan_id = plan_id
        self.detail: PlanDetail = plans.get_plan(plan_id)
        # the version loaded: a save over another PC's newer one is refused
        self.guard = concurrency.Guard("performance_plan", plan_id)
        self._loading = False
        self._dirty = False
        self.current_row = -1
        self.changed = False  # the SKP changed (the list behind reloads)

        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setWordWrap(True)
        outer.addWidget(self.header)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff4ce; padding: 6px; border-radius: 3px")
        outer.addWidget(self.notice)

        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self.tabs.addTab(self._results_page(), self.tr("&Results (RHK)"))
        self.tabs.addTab(self._behaviour_page(), self.tr("&Work behaviour"))
        self.tabs.addTab(self._annex_page(), self.tr("&Appendix"))
        self.tabs.addTab(self._history_page(), self.tr("Status &history"))

        # participatory targets: the pejabat penilai's comment on each RHK, written before
        # returning the submitted SKP and read by the employee while fixing it
        self.comments: dict[int, str] = {}
        comment_row = QHBoxLayout()
        self.rhk_comment_label = QLabel(
            self.tr("Co&mment of the appraiser (pejabat penilai) on this RHK:")
        )
        self.rhk_comment = QLineEdit()
        self.rhk_comment.setObjectName("rhkComment")
        self.rhk_comment_label.setBuddy(self.rhk_comment)
        self.rhk_comment.textEdited.connect(self._comment_edited)
        comment_row.addWidget(self.rhk_comment_label)
        comment_row.addWidget(self.rhk_comment, 1)
        outer.addLayout(comment_row)

        self.error = error_label(2)  # the editor fills the screen: two lines kept
        self.error.setObjectName("skpError")
        outer.addWidget(self.error)
        bar = QHBoxLayout()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        bar.addWidget(self.saved_label, 1)
        self.submit_button = QPushButton(self.tr("S&ubmit"))
        self.approve_button = QPushButton(self.tr("A&pprove"))
        self.return_button = QPushButton(self.tr("Re&turn…"))
        self.reopen_button = QPushButton(self.tr("Re-&open…"))
        close = QPushButton(self.tr("&Close"))
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_plan)
        self.reopen_button.clicked.connect(self.reopen)
        close.clicked.connect(self.accept)
        for button in (
            self.submit_button,
            self.approve_button,
            self.return_button,
            self.reopen_button,
            close,
        ):
            bar.addWidget(button)
        outer.addLayout(bar)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._show()
        resize_within_screen(self, 1180, 720)

    # pages -------------------------------------------------------------------------------
    def _behaviour_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.expectations: dict[int, QLineEdit] = {}
        for value in core_values():
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 6)
            guides = QLabel(" · ".join(value.guides))
            guides.setWordWrap(True)
            guides.setStyleSheet("color: #555")
            edit = QLineEdit()
            edit.setObjectName(f"expectation{value.code}")
            edit.setPlaceholderText(self.tr("Leader's specific expectation (optional)"))
            edit.textChanged.connect(self._touched)
            inner.addWidget(guides)
            inner.addWidget(edit)
            form.addRow(f"<b>{value.code}. {value.name}</b>", box)
            self.expectations[value.code] = edit
        return page

    def _annex_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.resources = QPlainTextEdit()
        self.accountability = QPlainTextEdit()
        self.consequences = QPlainTextEdit()
        for edit, label in (
            (self.resources, self.tr("Dukungan sumber daya:")),
            (self.accountability, self.tr("Skema pertanggungjawaban:")),
            (self.consequences, self.tr("Konsekuensi:")),
        ):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._touched)
            form.addRow(label, edit)
        return page

    def _history_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history_model = QStandardItemModel(self)
        view = self.history_view = QTableView()
        view.setObjectName("historyTable")
        view.setModel(self.history_model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        keep_titles_visible(view)
        layout.addWidget(view)
        return page

    # showing the plan ------------------------------------------------------------------
    def _show(self) -> None:
        d = self.detail
        self._loading = True
        try:
            self.setWindowTitle(
                self.tr("SKP {year}: {name}").format(year=d.year, name=d.employee_name)
            )
            self.header.setText(
                self.tr(
                    "<b>{name}</b> — NIP {nip} — {position}, {unit}<br>Appraiser: {appraiser}"
                    " — Year {year} — Form: {form} — Status: <b>{status}</b>"
                ).format(
                    name=d.employee_name,
                    nip=display_nip(d.employee_nip),
                    position=d.position_name or "—",
                    unit=d.unit_name,
                    appraiser=d.appraiser_name or "—",
                    year=d.year,
                    form=self.tr("JPT (with perspective)")
                    if d.form == "JPT"
                    else self.tr("Administration and functional"),
                    status=status_label(d.status),
                )
            )
            notice = ""
            self.comments = self._stored_comments()
            if d.status == plans.RETURNED and d.return_reason:
                notice = self.tr("Returned: {reason}").format(reason=d.return_reason)
                if self.comments:
                    notice += " " + self.tr(
                        "The appraiser commented on %n RHK: choose each to read it.",
                        "",
                        len(self.comments),
                    )
            elif not d.editable:
                notice = self.tr("This SKP is {status} and can only be read.").format(
                    status=status_label(d.status)
                )
            self.notice.setText(notice)
            self.notice.setVisible(bool(notice))
            self.approach.setCurrentIndex(max(self.approach.findData(d.data.approach), 0))
            self.parent_result.clear()
            self.parent_result.addItem(self.tr("(none chosen)"), None)
            for choice in d.parent_choices:
                self.parent_result.addItem(choice.text, choice.id)
            jpt = d.form == "JPT"
            self.perspective.setVisible(jpt)
            self.perspective_label.setVisible(jpt)
            for widget in (self.parent_result, self.parent_label, self.parent_text):
                widget.setVisible(not jpt)
            for code, edit in self.expectations.items():
                edit.setText(d.data.expectations.get(code, ""))
            self.resources.setPlainText(d.data.resources)
            self.accountability.setPlainText(d.data.accountability)
            self.consequences.setPlainText(d.data.consequences)
            self._fill_results()
            self._fill_history()
        finally:
            self._loading = False
        self._update_buttons()

    def _fill_history(self) -> None:
        self.history_model.clear()
        self.history_model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("From"), self.tr("To"), self.tr("Reason")]
        )
        who = step_actor_names(step.actor for step in self.detail.history)
        for step in self.detail.history:
            self.history_model.appendRow(
                [
                    QStandardItem(format_utc(step.at)),
                    QStandardItem(step_who(who[step.actor], step.acting)),
                    QStandardItem(status_label(step.from_status) if step.from_status else ""),
                    QStandardItem(status_label(step.to_status)),
                    QStandardItem(step.reason),
                ]
            )
        fit_who_column(self.history_view)

    # editing ---------------------------------------------------------------------------
    def _can_write(self) -> bool:
        return allowed(Action.WRITE_PLAN, self.detail.employee_id, appraiser_of=plans.appraiser_of)

    def _touched(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.saved_label.setText(self.tr("Unsaved changes…"))
        self._timer.start()

    def _collect(self) -> None:
        data = self.detail.data
        data.approach = self.approach.currentData()
        data.expectations = {code: edit.text() for code, edit in self.expectations.items()}
        data.resources = self.resources.toPlainText()
        data.accountability = self.accountability.toPlainText()
        data.consequences = self.consequences.toPlainText()

    def save_now(self) -> bool:
        """Store what the form holds (the autosave, and before every workflow step)."""
        self._timer.stop()
        if not self._dirty:
            return True
        self._collect()
        refused = cell_errors(self.indicator_model)
        if refused:  # a typed value that is not one: nothing is stored until it is fixed
            row, _column, message = refused[0]
            self.cell_message.setText(  # under the table, in its reserved line
                self.tr("Indicator {n}: {message}").format(n=row + 1, message=message)
            )
            self.saved_label.setText(self.tr("Not saved"))
            return False
        try:
            self.guard.run(lambda: plans.save_plan(self.plan_id, self.detail.data))
            fresh = plans.get_plan(self.plan_id)
        except concurrency.ChangedMeanwhileError as err:
            self._changed_meanwhile(err)
            return False
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            self.saved_label.setText(self.tr("Not saved"))
            return False
        self.changed = True
        if stored_form(fresh.data) != stored_form(self.detail.data):
            # "Saved" only when what the database holds is what the editor shows.
            show_error(
                self.error,
                self.tr("What was stored differs from what is shown; close and reopen the SKP."),
            )
            self.saved_label.setText(self.tr("Not saved"))
            return False
        self._dirty = False
        show_error(self.error, "")
        self.saved_label.setText(self.tr("Saved"))
        self._adopt_ids(fresh)
        return True

    def _adopt_ids(self, fresh: PlanDetail) -> None:
        """Take the ids the new rows got, without touching what the user is typing in."""
        loading, self._loading = self._loading, True
        try:
            for mine, stored in zip(self.detail.data.results, fresh.data.results, strict=False):
                mine.id = stored.id
                for a, b in zip(mine.indicators, stored.indicators, strict=False):
                    a.id = b.id
            if 0 <= self.current_row < len(self.detail.data.results):
                shown = self.detail.data.results[self.current_row].indicators
                for row, indicator in enumerate(shown):
                    item = self.indicator_model.item(row, self.IKI)
                    if item is not None:
                        item.setData(indicator.id, ID_ROLE)
        finally:
            self._loading = loading
        self.detail.history = fresh.history
        self._fill_history()

    def _stored_comments(self) -> dict[int, str]:
        try:
            return review_comments.review_comments(self.plan_id)
        except ServiceError:
            return {}

    def _selected_result_id(self) -> int | None:
        results = self.detail.data.results
        return results[self.current_row].id if 0 <= self.current_row < len(results) else None

    def _may_comment(self) -> bool:
        d = self.detail
        return (
            d.status == plans.SUBMITTED
            and not d.period_closed
            and allowed(Action.APPROVE_PLAN, d.employee_id, appraiser_of=plans.appraiser_of)
        )

    def _show_result(self, row: int) -> None:
        ResultsPage._show_result(self, row)
        result_id = self._selected_result_id()
        self.rhk_comment.setText(self.comments.get(result_id, "") if result_id else "")
        may = self._may_comment()
        self.rhk_comment.setReadOnly(not may)
        shown = may or bool(self.comments)
        self.rhk_comment.setVisible(shown)
        self.rhk_comment_label.setVisible(shown)

    def _comment_edited(self, text: str) -> None:
        result_id = self._selected_result_id()
        if result_id is not None and self._may_comment():
            self.comments[result_id] = text

    def _changed_meanwhile(self, err: concurrency.ChangedMeanwhileError) -> None:
        """Someone saved this SKP after it was opened here: say who and when, and offer to
        show their version (what was typed here since the last save is then replaced)."""
        text = messages.error_text(err)
        show_error(self.error, text)
        self.saved_label.setText(self.tr("Not saved"))
        question = self.tr("{text}\n\nReload the SKP now? What you typed is replaced.")
        if messages.confirm(self, self.tr("Changed meanwhile"), question.format(text=text)):
            self._dirty = False
            self._reload(keep_row=True)
            show_error(self.error, "")
            self.saved_label.setText(
                self.tr("Reloaded: this is the SKP as saved by {by}.").format(by=err.by)
            )

    def _reload(self, keep_row: bool = False) -> None:
        self.guard.reload()  # after a step or a reload, the version now stored is the one held
        row = self.current_row
        self.detail = plans.get_plan(self.plan_id)
        self._show()
        if keep_row and self.result_model.rowCount():
            self.result_list.setCurrentIndex(
                self.result_model.index(min(max(row, 0), self.result_model.rowCount() - 1), 0)
            )

    # the workflow ----------------------------------------------------------------------
    def _update_buttons(self) -> None:
        d = self.detail
        may_approve = not d.period_closed and allowed(
            Action.APPROVE_PLAN, d.employee_id, appraiser_of=plans.appraiser_of
        )
        may_write = not d.period_closed and self._can_write()
        self.submit_button.setVisible(may_write and d.status in plans.EDITABLE)
        self.approve_button.setVisible(may_approve and d.status == plans.SUBMITTED)
        self.return_button.setVisible(may_approve and d.status == plans.SUBMITTED)
        self.reopen_button.setVisible(may_approve and d.status == plans.APPROVED)
        editable = d.editable and may_write
        self.add_result_button.setEnabled(editable)
        self.remove_result_button.setEnabled(editable)
        self.approach.setEnabled(editable)
        for edit in (*self.expectations.values(),):
            edit.setReadOnly(not editable)  # a hint only where one may type
            edit.setPlaceholderText(
                self.tr("Leader's specific expectation (optional)") if editable else ""
            )
        for edit in (self.resources, self.accountability, self.consequences):
            edit.setReadOnly(not editable)

    def _run(self, step) -> None:  # type: ignore[no-untyped-def]
        commit_open_editors(self.indicator_table)
        if not self.save_now():
            return
        try:
            step()
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return
        self.changed = True
        show_error(self.error, "")
        self._reload()

    def submit(self) -> None:
        """An incomplete SKP says what is missing at once, without first asking whether to
        submit it (the walkthrough got the question, then the refusal)."""
        commit_open_editors(self.indicator_table)
        if self.save_now() and plans.problems(self.plan_id):
            self._run(lambda: plans.submit(self.plan_id))  # refused: the message says why
        elif workflow_steps.submit_skp(self, self.detail):
            self._run(lambda: plans.submit(self.plan_id))

    def approve(self) -> None:
        if workflow_steps.approve_skp(self, self.detail):
            self._run(lambda: plans.approve(self.plan_id))

    def return_plan(self) -> None:
        reason = ask_reason(
            self,
            self.tr("Return the SKP"),
            workflow_steps.return_skp_question(self.detail),
        )
        if reason is not None:  # with the comments typed on the RHK
            comments = dict(self.comments)
            self._run(lambda: review_comments.return_with_comments(self.plan_id, reason, comments))

    def reopen(self) -> None:
        reason = ask_reason(
            self,
            self.tr("Re-open the approved SKP"),
            workflow_steps.reopen_skp_question(self.detail),
        )
        if reason is not None:
            self._run(lambda: plans.reopen(self.plan_id, reason))

    def done(self, result: int) -> None:
        """Closing saves a draft first. If it cannot be saved any more (the year was closed,
        the SKP submitted from another seat), say so and close only when the user agrees to
        let the last changes go; a fixable problem keeps the editor open."""
        commit_open_editors(self.indicator_table)  # a cell still open counts as typed
        if self._dirty and not self.save_now():
            try:
                still_editable = plans.get_plan(self.plan_id).editable
            except ServiceError:
                still_editable = False
            if still_editable:
                return
            if not messages.confirm(
                self,
                self.tr("Close the SKP"),
                self.tr(
                    "This SKP can no longer be changed, so your last changes cannot be saved. "
                    "Close it anyway?"
                ),
            ):
                return
            self._dirty = False
        super().done(result)
