"""The IDP editor: one employee, one year. The competence gaps (proposed from the evaluations,
editable) with their goals and success indicators; the planned activities (SIASN jenis diklat,
jalur, provider, schedule, JP, cost, the gap each serves); the realisation (what was done, its
JP against 20 JP, certificates, activities outside the IDP); the follow-up a poor predikat
calls for; submit (the employee agrees), agree, return and re-open; and the history.

The pages and the frame live in their own modules (gaps_page, activities_page,
realisation_page, workflow_bar); the editor ties them together and does the service steps.
Every text of the editor and its pages is in the "IdpEditor" translation context."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QTabWidget, QVBoxLayout, QWidget

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.development import idp as development
from desktop_app.services.development import records as development_records
from desktop_app.services.development.idp import ActivityRow, IdpDetail, IdpInput
from desktop_app.views import messages, print_actions, workflow_steps
from desktop_app.views.development.activities_page import ActivitiesPage
from desktop_app.views.development.dialogs import RealisationDialog
from desktop_app.views.development.editor_widgets import (
    ID_ROLE,
    KEY_ROLE,
    comparable,
    competence_label,
    current_row,
)
from desktop_app.views.development.gaps_page import GapsPage
from desktop_app.views.development.realisation_page import HistoryPage, RealisationPage
from desktop_app.views.development.workflow_bar import IdpHeader, WorkflowBar
from desktop_app.views.skp.editor import ask_reason
from desktop_app.views.typed_input.delegates import commit_open_editors
from desktop_app.views.widgets import error_label, resize_within_screen, show_error

__all__ = ["ID_ROLE", "KEY_ROLE", "IdpEditor", "competence_label"]


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


def _without_ids(data: IdpInput) -> tuple:
    """The content as `comparable` has it, without the row ids new rows get on saving."""
    goals, notes, gaps, activities = comparable(data)
    return goals, notes, [g[:-1] for g in gaps], [a[:-1] for a in activities]


class IdpEditor(QDialog):
    """Edit (or read) one IDP and record what was done."""

    # The columns of the pages' tables, named through the editor (the tab and tests do).
    TYPE, COMPETENCE, GAP = GapsPage.TYPE, GapsPage.COMPETENCE, GapsPage.GAP
    GOAL, INDICATOR, SOURCE = GapsPage.GOAL, GapsPage.INDICATOR, GapsPage.SOURCE
    FOR_GAP, JENIS, JALUR = ActivitiesPage.FOR_GAP, ActivitiesPage.JENIS, ActivitiesPage.JALUR
    TITLE, PROVIDER = ActivitiesPage.TITLE, ActivitiesPage.PROVIDER
    START, END, JP = ActivitiesPage.START, ActivitiesPage.END, ActivitiesPage.JP
    COST, STATUS = ActivitiesPage.COST, ActivitiesPage.STATUS

    def __init__(self, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IdpEditor")
        self.plan_id = plan_id
        self.detail: IdpDetail = development.get_plan(plan_id)
        layout = QVBoxLayout(self)
        self.idp_header = IdpHeader(self)
        self.header, self.follow = self.idp_header.header, self.idp_header.follow
        self.progress, self.progress_text = self.idp_header.progress, self.idp_header.progress_text
        layout.addWidget(self.idp_header)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._gaps_page(), self.tr("&Gaps and goals"))
        self.tabs.addTab(self._activities_page(), self.tr("&Planned activities"))
        self.tabs.addTab(self._realisation_page(), self.tr("&Realisation (JP)"))
        self.history_page = HistoryPage(self)
        self.history_model = self.history_page.history_model
        self.tabs.addTab(self.history_page, self.tr("&History"))
        layout.addWidget(self.tabs, 1)
        self.error = error_label(2)  # the editor fills the screen: two lines kept
        self.error.setObjectName("idpError")
        layout.addWidget(self.error)
        self.bar = WorkflowBar(self)
        bar = self.bar
        self.status_hint = bar.status_hint
        self.save_button, self.submit_button = bar.save_button, bar.submit_button
        self.agree_button, self.return_button = bar.agree_button, bar.return_button
        self.reopen_button, self.print_button = bar.reopen_button, bar.print_button
        self.save_button.clicked.connect(self.store)
        self.submit_button.clicked.connect(self.submit)
        self.agree_button.clicked.connect(self.agree)
        self.return_button.clicked.connect(self.return_plan)
        self.reopen_button.clicked.connect(self.reopen)
        self.print_button.clicked.connect(self.print_form)
        bar.close_button.clicked.connect(self.accept)
        layout.addWidget(bar)
        QShortcut(QKeySequence.StandardKey.Save, self, self.store)
        self._show()
        resize_within_screen(self, 1240, 760)

    # --- building ------------------------------------------------------------------------------

    def _gaps_page(self) -> GapsPage:
        page = self.gaps_page = GapsPage(self)
        self.goals, self.notes = page.goals, page.notes
        self.gap_model, self.gaps = page.gap_model, page.gaps
        self.add_gap_button = page.add_gap_button
        self.remove_gap_button = page.remove_gap_button
        self.propose_button = page.propose_button
        self.add_gap_button.clicked.connect(self.add_gap)
        self.remove_gap_button.clicked.connect(self.remove_gap)
        self.propose_button.clicked.connect(self.propose)
        self.gap_model.itemChanged.connect(lambda _item: self._refresh_gap_names())
        return page

    def _activities_page(self) -> ActivitiesPage:
        page = self.activities_page = ActivitiesPage(self.gaps_page.choices, self)
        self.activity_model, self.activities = page.activity_model, page.activities
        self.planned_total = page.planned_total
        self.add_activity_button = page.add_activity_button
        self.remove_activity_button = page.remove_activity_button
        self.add_activity_button.clicked.connect(self.add_activity)
        self.remove_activity_button.clicked.connect(self.remove_activity)
        self.activities.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        return page

    def _realisation_page(self) -> RealisationPage:
        page = self.realisation_page = RealisationPage(self)
        self.real_model, self.realised = page.real_model, page.realised
        self.complete_button, self.record_button = page.complete_button, page.record_button
        self.cancel_button, self.reset_button = page.cancel_button, page.reset_button
        self.delete_button, self.attach_button = page.delete_button, page.attach_button
        self.open_button = page.open_button
        self.realised.doubleClicked.connect(lambda _index: self.complete())
        self.realised.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.complete_button.clicked.connect(self.complete)
        self.record_button.clicked.connect(self.record)
        self.cancel_button.clicked.connect(self.cancel_activity)
        self.reset_button.clicked.connect(self.reset_activity)
        self.delete_button.clicked.connect(self.delete_record)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_certificate)
        return page

    # --- showing -------------------------------------------------------------------------------

    def _may_edit(self) -> bool:
        return self.detail.editable and development.may_prepare(self.detail.employee_id)

    def _may_record(self) -> bool:
        return not self.detail.period_closed and development.may_prepare(self.detail.employee_id)

    def _show(self) -> None:
        d = self.detail
        self.setWindowTitle(self.tr("IDP {year}: {name}").format(year=d.year, name=d.employee_name))
        self.idp_header.show_detail(d)
        editable = self._may_edit()
        self.gaps_page.fill(d.data.goals, d.data.notes, d.data.gaps, editable)
        self.activities_page.fill(d.data.activities, self.gaps_page.tokens(), d, editable)
        self.realisation_page.fill(d.activities)
        self.history_page.fill(d)
        self._refresh_gap_names()
        self.activities_page.planned_changed()
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
        self.bar.show_state(d, agree)
        self._update()

    def _refresh_gap_names(self) -> None:
        """The "For gap" cells follow the gaps as they are edited, moved or removed."""
        self.activities_page.refresh_gap_names(dict(self.gaps_page.choices()))

    def _current_activity(self) -> ActivityRow | None:
        activity_id = self.realisation_page.current_id()
        return None if activity_id is None else self.detail.activity(activity_id)

    def _update(self) -> None:
        planned_row = current_row(self.activities)
        done_in_plan = self.activities_page.current_done()
        self.remove_activity_button.setEnabled(planned_row >= 0 and not done_in_plan)
        self.realisation_page.update_buttons(self._may_record(), self._current_activity())

    # --- editing -------------------------------------------------------------------------------

    def add_gap(self) -> None:
        self.gaps_page.add_gap()
        self._refresh_gap_names()

    def remove_gap(self) -> None:
        if self.gaps_page.remove_gap():
            self._refresh_gap_names()

    def propose(self) -> None:
        """Add the gaps the evaluations show that the IDP does not hold yet (not saved until
        Save)."""
        try:
            found = development.propose_gaps(self.detail.employee_id, self.detail.year)
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return
        fresh = self.gaps_page.add_proposed(found)
        self._refresh_gap_names()
        show_error(
            self.error,
            ""
            if fresh
            else self.tr("The evaluations show no gap that the IDP does not hold already."),
        )

    def add_activity(self) -> None:
        self.activities_page.append(self.gaps_page.current_token())
        self._refresh_gap_names()
        self.activities_page.edit_last()

    def remove_activity(self) -> None:
        self.activities_page.remove_activity()

    def input(self) -> IdpInput:
        gaps, tokens = self.gaps_page.read()
        activities = self.activities_page.read(tokens)
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
        keep = (self.tabs.currentIndex(), current_row(self.realised))
        self.detail = development.get_plan(self.plan_id)
        self._show()
        if keep[1] >= 0 and keep[1] < self.real_model.rowCount():
            self.realised.selectRow(keep[1])
        self.tabs.setCurrentIndex(keep[0])

    def store(self) -> bool:
        """Save what the pages hold. A refused cell (a cost or JP that is not one) saves
        nothing and says why; after saving, the editor shows what was read back, and says so
        when that is not what was typed."""
        if not self._may_edit():
            return True
        commit_open_editors(self.activities, self.gaps)
        refused = self.activities_page.refused()
        if refused:
            row, _column, message = refused[0]
            self.tabs.setCurrentWidget(self.activities_page)
            self.activities_page.cell_message.setText(  # under the table, in its own line
                self.tr("Activity {n}: {message}").format(n=row + 1, message=message)
            )
            return False
        data = self.input()
        if not self._run(lambda: development.save_plan(self.plan_id, data)):
            return False
        if _without_ids(self.detail.data) != _without_ids(data):
            show_error(
                self.error,
                self.tr("What was stored differs from what is shown; close and reopen the IDP."),
            )
            return False
        return True

    def dirty(self) -> bool:
        """Does the editor hold changes that are not saved?"""
        return self._may_edit() and comparable(self.input()) != comparable(self.detail.data)

    def done(self, result: int) -> None:
        """Closing saves a draft first. If it cannot be saved any more (the IDP was submitted
        from another seat, the year closed), say so and close only when the user agrees to
        let the last changes go; a fixable problem keeps the editor open."""
        commit_open_editors(self.activities, self.gaps)  # a cell still open counts as typed
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
        if self.store() and workflow_steps.submit_idp(self, self.detail):
            self._run(lambda: development.submit(self.plan_id))

    def agree(self) -> None:
        if workflow_steps.agree_idp(self, self.detail):
            self._run(lambda: development.agree(self.plan_id))

    def return_plan(self) -> None:
        reason = ask_reason(
            self, self.tr("Return the IDP"), workflow_steps.return_idp_question(self.detail)
        )
        if reason is not None:
            self._run(lambda: development.return_plan(self.plan_id, reason))

    def reopen(self) -> None:
        reason = ask_reason(self, self.tr("Re-open the IDP"), workflow_steps.reopen_idp_question())
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
        return self.realisation_page.select(activity_id)
