"""Plt / Plh (Pelaksana Tugas / Pelaksana Harian): the acting assignments of the register's
positions, their form, ending one and removing one entered by mistake.

Writes go through `services.register.acting`, which refuses overlapping assignments of one
position with a message naming the other; HR and the administrator change them, the other
roles read. Dates are plain date edits (dd-MM-yyyy).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n.translator import tr_
from desktop_app.scoring.acting import ActingKind
from desktop_app.services.register import acting, employee_queries, officials
from desktop_app.services.register.acting import AssignmentInput
from desktop_app.services.session import Action, allowed
from desktop_app.views.formatting import format_date
from desktop_app.views.record_list_dialog import RecordListDialog
from desktop_app.views.register.officials_dialog import _save, open_form
from desktop_app.views.widgets import (
    EmployeePicker,
    FieldForm,
    dialog_buttons,
    error_label,
)

ID_ROLE = Qt.ItemDataRole.UserRole


def date_edit(name: str, value: dt.date | None = None) -> QDateEdit:
    """A plain date field typed as dd-MM-yyyy (the typed-input kit has no date kind yet)."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    day = value or dt.date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def _value(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


class AssignmentForm(QDialog):
    """Add or edit one acting assignment."""

    def __init__(self, assignment_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AssignmentForm")
        self.assignment_id = assignment_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Add a Plt / Plh") if assignment_id is None else self.tr("Edit a Plt / Plh")
        )
        data = acting.get_assignment(assignment_id) if assignment_id is not None else None
        layout = QVBoxLayout(self)
        self.fields = FieldForm(QFormLayout())
        self.position = QComboBox()
        self.position.setObjectName("actingPosition")
        self.position.addItem("", None)
        for choice in acting.position_choices():
            holders = choice.holders or self.tr("vacant")
            self.position.addItem(f"{choice.name} ({holders})", choice.id)
        self.kind = QComboBox()
        self.kind.setObjectName("actingKind")
        for code, label in acting.KIND_LABELS.items():
            self.kind.addItem(tr_("acting", label), code)
        who = QWidget()
        who_layout = QVBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        self.is_employee = QRadioButton(self.tr("An employee of the &office:"))
        self.is_employee.setObjectName("actingIsEmployee")
        self.employee = EmployeePicker(employee_queries.list_employees())
        self.employee.setObjectName("actingEmployee")
        self.is_outside = QRadioButton(self.tr("An official &outside the office:"))
        self.is_outside.setObjectName("actingIsOutside")
        self.official = QComboBox()
        self.official.setObjectName("actingOfficial")
        for row in officials.list_officials(include_inactive=False):
            self.official.addItem(f"{row.full_name} — {row.position}", row.id)
        group = QButtonGroup(self)
        group.addButton(self.is_employee)
        group.addButton(self.is_outside)
        for widget in (self.is_employee, self.employee, self.is_outside, self.official):
            who_layout.addWidget(widget)
        self.starts = date_edit("actingStarts", data.starts if data else None)
        self.open_end = QCheckBox(self.tr("&Until ended (no last day yet)"))
        self.open_end.setObjectName("actingOpenEnd")
        self.ends = date_edit("actingEnds", data.ends if data and data.ends else None)
        self.decree = QLineEdit(data.decree if data else "")
        self.decree.setObjectName("actingDecree")
        self.decree.setMaxLength(acting.MAX_DECREE + 20)  # longer is refused with a message
        self.decree.setPlaceholderText(self.tr("e.g. 821.2/017/BKPSDM/2026"))
        add = self.fields.add
        add("position", self.tr("&Position (jabatan):"), self.position)
        add("kind", self.tr("&Kind:"), self.kind)
        add("who", self.tr("Who acts:"), who)
        add("starts", self.tr("&First day:"), self.starts)
        add("ends", self.tr("&Last day:"), self.ends)
        self.fields.form.addRow("", self.open_end)
        add("decree", self.tr("&Decree (nomor SK / surat perintah):"), self.decree)
        layout.addLayout(self.fields.form)
        self.general = error_label()
        layout.addWidget(self.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Save"), self.save))
        self.open_end.toggled.connect(lambda on: self.ends.setEnabled(not on))
        self.is_employee.toggled.connect(self._who_changed)
        if data:
            self.position.setCurrentIndex(max(self.position.findData(data.position_id), 0))
            self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
            self.open_end.setChecked(data.ends is None)
            if data.official_id is not None:
                self.is_outside.setChecked(True)
                self.official.setCurrentIndex(max(self.official.findData(data.official_id), 0))
            else:
                self.is_employee.setChecked(True)
                self.employee.set_id(data.employee_id)
        else:
            self.is_employee.setChecked(True)
        self._who_changed()
        self.resize(640, 0)

    def _who_changed(self) -> None:
        inside = self.is_employee.isChecked()
        self.employee.setEnabled(inside)
        self.official.setEnabled(not inside)

    def input(self) -> AssignmentInput:
        inside = self.is_employee.isChecked()
        return AssignmentInput(
            position_id=self.position.currentData(),
            kind=self.kind.currentData(),
            starts=_value(self.starts),
            decree=self.decree.text(),
            ends=None if self.open_end.isChecked() else _value(self.ends),
            employee_id=self.employee.employee_id() if inside else None,
            official_id=None if inside else self.official.currentData(),
        )

    def save(self) -> None:
        def run() -> None:
            self.saved_id = acting.save_assignment(self.input(), self.assignment_id)

        _save(self, self.fields, self.general, run)


class EndForm(QDialog):
    """End a running assignment on a day (the normal appraiser appraises from the next)."""

    def __init__(self, assignment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EndForm")
        self.setWindowTitle(self.tr("End the Plt / Plh"))
        self.assignment_id = assignment_id
        layout = QVBoxLayout(self)
        self.fields = FieldForm(QFormLayout())
        self.last_day = date_edit("actingLastDay")
        self.fields.add("ends", self.tr("&Last day:"), self.last_day)
        layout.addLayout(self.fields.form)
        self.general = error_label()
        layout.addWidget(self.general)
        layout.addWidget(dialog_buttons(self, self.tr("&End"), self.save))

    def save(self) -> None:
        _save(
            self,
            self.fields,
            self.general,
            lambda: acting.end_assignment(self.assignment_id, _value(self.last_day)),
        )


class ActingDialog(RecordListDialog):
    """Every Plt / Plh, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActingDialog")
        self.setWindowTitle(self.tr("Plt / Plh (acting officials)"))
        self.widths = (230, 60, 230, 200, 200, 200)
        self.add_table("actingTable")
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.end_button = QPushButton(self.tr("E&nd…"))
        self.delete_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.end_button.clicked.connect(self.end)
        self.delete_button.clicked.connect(self.remove)
        buttons = (self.add_button, self.edit_button, self.end_button, self.delete_button)
        for button in buttons:
            button.setEnabled(allowed(Action.WRITE_REGISTER))
        self.button_bar(buttons, self.tr("&Close"))
        self.add_shortcuts()
        self.reload()
        self.resize(1180, 480)

    def reload(self, select: int | None = None) -> None:
        headers = [
            self.tr("Position"),
            self.tr("Kind"),
            self.tr("Acting official"),
            self.tr("Period"),
            self.tr("Decree"),
            self.tr("Holder in the register"),
        ]

        def items(row) -> list[QStandardItem]:  # type: ignore[no-untyped-def]
            last = format_date(row.ends) if row.ends else tr_("acting", acting.OPEN_END)
            who = row.acting_name
            if row.acting_is_outside:
                who = self.tr("{name} (outside the office)").format(name=who)
            return [
                QStandardItem(row.position),
                QStandardItem(ActingKind(row.kind).prefix),
                QStandardItem(who),
                QStandardItem(f"{format_date(row.starts)} – {last}"),
                QStandardItem(row.decree),
                QStandardItem(row.holders or self.tr("vacant")),
            ]

        self.fill(headers, acting.list_assignments(), items, select=select, widths=self.widths)

    def open_form(self, form: QDialog) -> bool:
        return open_form(form)

    def add(self) -> None:
        self.run_form(AssignmentForm(None, self))

    def edit(self) -> None:
        assignment_id = self.current_id()
        if assignment_id is not None and allowed(Action.WRITE_REGISTER):
            self.run_form(AssignmentForm(assignment_id, self))

    def end(self) -> None:
        assignment_id = self.current_id()
        if assignment_id is not None:
            self.run_form(EndForm(assignment_id, self), assignment_id)

    def remove(self) -> None:
        assignment_id = self.current_id()
        if assignment_id is None:
            return
        self.confirm_remove(
            assignment_id,
            self.tr("Remove the Plt / Plh"),
            self.tr("Remove this assignment? Only for one entered by mistake: to stop it, end it."),
            acting.delete_assignment,
        )
