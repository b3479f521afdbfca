"""Kedudukan hukum (employment status) of one employee: the history with dates, and a form
to record, change or remove a status (typed dates, message beside the field).

Writes go through `services.register.employment_status`, which refuses overlapping statuses
with a message naming the other; HR and the administrator change them, every role reads.
A status that exempts from the SKP and evaluations says so (docs/employment_status.md).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring.employment_status import Exemption
from desktop_app.services.register import employment_status
from desktop_app.services.register.employment_status import StatusInput
from desktop_app.services.session import Action, allowed
from desktop_app.views import messages
from desktop_app.views.formatting import format_date
from desktop_app.views.record_list_dialog import RecordListDialog
from desktop_app.views.typed_input.fields import TypedField
from desktop_app.views.typed_input.kinds import Refused, date_kind
from desktop_app.views.widgets import (
    FieldForm,
    error_label,
    set_enabled_why,
    show_error,
    why_denied,
)

ID_ROLE = Qt.ItemDataRole.UserRole
FIRST_DAY = date_kind(required=True)
LAST_DAY = date_kind()


class EmploymentStatusDialog(RecordListDialog):
    """The kedudukan hukum of one employee, newest first, with the form under the list."""

    def __init__(self, employee_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmploymentStatusDialog")
        self.employee_id = employee_id
        self.editing: int | None = None
        self.setWindowTitle(
            self.tr("Employment status (kedudukan hukum) of {name}").format(name=name)
        )
        layout = self.body
        self.add_table("statusTable", edit_on_double_click=False)
        self.table.clicked.connect(lambda _index: self.load_current())
        self.table.activated.connect(lambda _index: self.load_current())
        note = QLabel(
            self.tr(
                "Where no status is recorded the employee is Aktif. A status marked as exempting "
                "leaves the employee out of the SKP and evaluation monitoring of the periods it "
                "covers for more than half of their days."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.fields = FieldForm(QFormLayout())
        self.code = QComboBox()
        self.code.setObjectName("statusCode")
        for code, label in employment_status.choices():
            self.code.addItem(f"{code} {label}", code)
        self.starts = TypedField(FIRST_DAY)
        self.starts.setObjectName("statusStarts")
        self.ends = TypedField(LAST_DAY)
        self.ends.setObjectName("statusEnds")
        self.ends.edit.setPlaceholderText(self.tr("empty: until further notice"))
        self.decree = QLineEdit()
        self.decree.setObjectName("statusDecree")
        self.decree.setMaxLength(employment_status.MAX_DECREE + 20)  # longer: refused, said
        self.decree.setPlaceholderText(self.tr("e.g. 800.1.6.4/112/BKPSDM/2026"))
        self.notes = QLineEdit()
        self.notes.setObjectName("statusNotes")
        add = self.fields.add
        add("code", self.tr("St&atus:"), self.code)
        add("starts", self.tr("&First day:"), self.starts)
        add("ends", self.tr("&Last day:"), self.ends)
        add("decree", self.tr("&Decree (nomor SK):"), self.decree)
        add("notes", self.tr("N&otes:"), self.notes)
        layout.addLayout(self.fields.form)
        self.general = error_label()
        layout.addWidget(self.general)
        self.new_button = QPushButton(self.tr("&New"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("statusSave")
        self.delete_button = QPushButton(self.tr("&Remove"))
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.remove)
        self.button_bar((self.new_button, self.save_button, self.delete_button), self.tr("&Close"))
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.can_write = allowed(Action.WRITE_REGISTER)
        denied = "" if self.can_write else why_denied_text()
        for button in (self.new_button, self.save_button, self.delete_button):
            set_enabled_why(button, self.can_write, denied)
        self.reload()
        self.new()
        self.resize(900, 560)

    def reload(self, select: int | None = None) -> None:
        headers = [
            self.tr("Status"),
            self.tr("First day"),
            self.tr("Last day"),
            self.tr("Decree"),
            self.tr("Monitoring"),
        ]

        def items(row) -> list[QStandardItem]:  # type: ignore[no-untyped-def]
            last = (
                format_date(row.ends)
                if row.ends
                else tr_("employment_status", employment_status.OPEN_END)
            )
            return [
                QStandardItem(f"{row.code} {row.name}"),
                QStandardItem(format_date(row.starts)),
                QStandardItem(last),
                QStandardItem(row.decree),
                QStandardItem(self.tr("Exempt") if row.exempts else self.tr("Appraised")),
            ]

        self.fill(
            headers,
            employment_status.list_statuses(self.employee_id),
            items,
            select=select,
            widths=(260, 150, 150, 200),
            widths_after_rows=True,
            select_first=False,
            fit_titles=True,
        )
        set_enabled_why(
            self.delete_button,
            self.can_write and bool(self.rows),
            why_denied_text() if not self.can_write else self.tr("No status is recorded."),
        )

    def add(self) -> None:
        self.new()

    def edit(self) -> None:
        self.load_current()

    def new(self) -> None:
        """An empty form for a new status (Aktif chosen, no dates)."""
        self.editing = None
        self.table.clearSelection()
        self.code.setCurrentIndex(0)
        for field in (self.starts, self.ends):
            field.edit.clear()
            field.message.setText("")
            field.edit.setStyleSheet("")
        self.decree.clear()
        self.notes.clear()
        self.fields.clear()
        show_error(self.general, "")

    def load_current(self) -> None:
        status_id = self.current_id()
        if status_id is None:
            return
        try:
            data = employment_status.get_status(status_id)
        except ServiceError as err:
            show_error(self.general, messages.error_text(err))
            return
        self.editing = status_id
        self.code.setCurrentIndex(max(self.code.findData(data.code), 0))
        self.starts.set_value(data.starts)
        self.ends.set_value(data.ends)
        self.decree.setText(data.decree)
        self.notes.setText(data.notes)
        self.fields.clear()
        show_error(self.general, "")

    def save(self) -> None:
        """Save the form; a refused date stays as typed with its message beside it."""
        self.fields.clear()
        show_error(self.general, "")
        good = [field.validate() for field in (self.starts, self.ends)]
        if not all(good):
            (self.starts if not good[0] else self.ends).edit.setFocus()
            return
        try:
            data = StatusInput(
                self.code.currentData(),
                self.starts.value(),
                self.ends.value(),
                self.decree.text(),
                self.notes.text(),
            )
        except Refused:  # validated just above; kept for safety
            return
        try:
            saved = employment_status.save_status(self.employee_id, data, self.editing)
        except FieldErrors as err:
            first = self.fields.show(err, self.general)
            if first is not None:
                first.setFocus()
            return
        except ServiceError as err:
            show_error(self.general, messages.error_text(err))
            return
        self.changed = True
        self.reload(saved)
        self.editing = saved

    def remove(self) -> None:
        status_id = self.current_id()
        if status_id is None:
            show_error(self.general, self.tr("Choose the status to remove in the list."))
            return
        if self.confirm_remove(
            status_id,
            self.tr("Remove the status"),
            self.tr(
                "Remove this status? Only for one entered by mistake: to end it, give its last day."
            ),
            employment_status.delete_status,
            lambda err: show_error(self.general, messages.error_text(err)),
        ):
            self.new()


def why_denied_text() -> str:
    return why_denied(Action.WRITE_REGISTER)


def exemption_text(exemption: Exemption | None) -> str:
    """ "CLTN since 1 March 2026" in the user's language ("CLTN sejak 1 Maret 2026"); ""
    when the employee is not exempt. The status name is the official SIASN term."""
    if exemption is None:
        return ""
    return tr_("EmploymentStatus", "{status} since {date}").format(
        status=exemption.name, date=format_date(exemption.since)
    )


def late_text(late: bool) -> str:
    """ "Late" for work past its fill-in deadline (batas pengisian), "" otherwise."""
    return tr_("EmploymentStatus", "Late") if late else ""


def exempt_state(exemption: Exemption | None) -> str:
    """What a monitoring list shows in the state column of an exempt employee ("Exempt:
    CLTN since 1 March 2026"); "" for everyone else."""
    if exemption is None:
        return ""
    return tr_("EmploymentStatus", "Exempt: {why}").format(why=exemption_text(exemption))
