"""The realisation and history pages of the IDP editor: what was done (its JP, certificates,
activities outside the IDP) with the buttons that record it, and the steps the IDP went
through. The editor does the recording; its texts stay in the "IdpEditor" context."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app.i18n.translator import tr_
from desktop_app.services.development import idp as development
from desktop_app.services.development.idp import ActivityRow, IdpDetail
from desktop_app.views.admin.audit_views import fit_who_column, step_actor_names, step_who
from desktop_app.views.development.editor_widgets import (
    ID_ROLE,
    activity_status_label,
    current_row,
    make_item,
    make_table,
    status_label,
)
from desktop_app.views.formatting import format_date_range, format_number, format_utc


class RealisationPage(QWidget):
    """Every activity of the employee's year (planned, done, cancelled, recorded outside
    the IDP) and the buttons that record and attach."""

    R_STATUS, R_JENIS, R_TITLE, R_PROVIDER, R_DATES, R_JP, R_CERTIFICATE, R_FILE, R_IDP = range(9)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.real_model = QStandardItemModel(self)
        self.real_model.setHorizontalHeaderLabels(
            [
                tr_("IdpEditor", "Status"),
                tr_("IdpEditor", "Kind (jenis diklat)"),
                tr_("IdpEditor", "Activity"),
                tr_("IdpEditor", "Provider"),
                tr_("IdpEditor", "Dates"),
                tr_("IdpEditor", "JP"),
                tr_("IdpEditor", "Certificate no."),
                tr_("IdpEditor", "File"),
                tr_("IdpEditor", "In the IDP"),
            ]
        )
        self.realised = make_table(
            self.real_model, "realisationTable", (80, 160, 230, 150, 170, 50, 150, 120)
        )
        self.realised.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.realised, 1)
        first = QHBoxLayout()
        self.complete_button = QPushButton(tr_("IdpEditor", "Record co&mpletion…"))
        self.complete_button.setObjectName("completeActivity")
        self.record_button = QPushButton(tr_("IdpEditor", "Record an activity o&utside the IDP…"))
        self.record_button.setObjectName("recordActivity")
        self.cancel_button = QPushButton(tr_("IdpEditor", "Ca&ncel activity"))
        self.reset_button = QPushButton(tr_("IdpEditor", "Set back to p&lanned"))
        self.delete_button = QPushButton(tr_("IdpEditor", "&Delete record"))
        self.attach_button = QPushButton(tr_("IdpEditor", "Attach certi&ficate…"))
        self.attach_button.setObjectName("attachCertificate")
        self.open_button = QPushButton(tr_("IdpEditor", "Open certificat&e"))
        for button in (self.complete_button, self.record_button, self.cancel_button,
                       self.reset_button, self.delete_button):  # fmt: skip
            first.addWidget(button)
        first.addStretch(1)
        first.addWidget(self.attach_button)
        first.addWidget(self.open_button)
        layout.addLayout(first)

    def fill(self, activities: list[ActivityRow]) -> None:
        """Show the activities (planned ones greyed) and select the first."""
        self.real_model.removeRows(0, self.real_model.rowCount())
        for a in activities:
            if a.status == development.DONE:
                dates = format_date_range(a.start_date, a.end_date)
                jp = format_number(a.jp)
            else:
                dates = format_date_range(a.planned_start, a.planned_end)
                jp = format_number(a.jp_planned)
            cells = [
                make_item(activity_status_label(a.status)),
                make_item(f"{a.jenis_diklat} · {a.jenis_label}"),
                make_item(a.title),
                make_item(a.provider),
                make_item(dates),
                make_item(jp),
                make_item(a.certificate_no),
                make_item(Path(a.certificate_path).name if a.certificate_path else ""),
                make_item(
                    tr_("IdpEditor", "yes")
                    if a.plan_id is not None
                    else tr_("IdpEditor", "no (recorded)")
                ),
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

    def current_id(self) -> int | None:
        """The id of the selected activity (None: none selected)."""
        row = current_row(self.realised)
        if row < 0:
            return None
        return self.real_model.item(row, self.R_STATUS).data(ID_ROLE)

    def select(self, activity_id: int) -> bool:
        """Make the activity of `activity_id` the current one; False when it is not shown."""
        for r in range(self.real_model.rowCount()):
            if self.real_model.item(r, self.R_STATUS).data(ID_ROLE) == activity_id:
                self.realised.setCurrentIndex(self.real_model.index(r, 0))
                return True
        return False

    def update_buttons(self, record: bool, a: ActivityRow | None) -> None:
        """What may be done with the selected activity (`record`: realisation may be
        recorded at all; the recording buttons are hidden otherwise)."""
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


class HistoryPage(QWidget):
    """The steps of the IDP: when, who, to which state, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.history_model = QStandardItemModel(self)
        self.history_model.setHorizontalHeaderLabels(
            [
                tr_("IdpEditor", "When"),
                tr_("IdpEditor", "Who"),
                tr_("IdpEditor", "Step"),
                tr_("IdpEditor", "Reason"),
            ]
        )
        view = self.view = make_table(self.history_model, "idpHistory", (170, 120, 160))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(view)

    def fill(self, detail: IdpDetail) -> None:
        self.history_model.removeRows(0, self.history_model.rowCount())
        who = step_actor_names(step.actor for step in detail.history)
        for step in detail.history:
            self.history_model.appendRow(
                [
                    make_item(format_utc(step.at)),
                    make_item(step_who(who[step.actor], step.acting)),
                    make_item(status_label(step.to_status)),
                    make_item(step.reason),
                ]
            )
        fit_who_column(self.view)
