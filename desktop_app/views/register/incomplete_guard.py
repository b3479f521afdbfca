"""The check before an SKP is made or a form printed for an employee whose record is incomplete
(data belum lengkap, issue 19): an imported record may lack golongan, jabatan, unit or appraiser,
and an SKP or a printed form needs them. The user is told which fields to fill first and may
open the employee's form (Data Pegawai) at once; after saving it the work goes on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.register import employee_queries
from desktop_app.views import messages
from desktop_app.views.register import missing_labels


def ask_to_open(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask whether to open the employee's form now; True for yes (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    open_button = box.addButton(
        tr_("IncompleteGuard", "&Open employee data…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(tr_("IncompleteGuard", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


def show_dialog(dialog: QDialog) -> bool:
    """Show the employee's form modally; True when it was saved (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_employee(parent: QWidget | None, employee_id: int) -> bool:
    """Open the employee's form; True when it was saved."""
    from desktop_app.views.register.employee_dialog import EmployeeDialog

    try:
        dialog = EmployeeDialog(employee_queries.list_employees(), employee_id, parent)
    except ServiceError as err:
        messages.show_error(parent, err)
        return False
    try:
        return show_dialog(dialog)
    finally:
        dialog.deleteLater()


def ensure_complete(parent: QWidget | None, employee_id: int, name: str, purpose: str) -> bool:
    """True when the record of `employee_id` has what `purpose` ("skp" to make an SKP, "print"
    to print a form) needs. Otherwise names the fields to fill, offers the employee's form and
    answers again after it was saved (False when still incomplete or not opened)."""
    for _attempt in range(3):
        missing = missing_labels.missing_of(employee_id)
        if not missing:
            return True
        if purpose == "skp":
            title = tr_("IncompleteGuard", "Cannot make the SKP yet")
            text = tr_(
                "IncompleteGuard",
                "The data of {name} is not complete. Fill in first: {fields}.\n\n"
                "An SKP needs them for its header and for the appraiser who approves it.",
            )
        else:
            title = tr_("IncompleteGuard", "Cannot print the form yet")
            text = tr_(
                "IncompleteGuard",
                "The data of {name} is not complete. Fill in first: {fields}.\n\n"
                "The printed form shows them in its header and signature block.",
            )
        body = text.format(name=name, fields=", ".join(missing))
        if not ask_to_open(parent, title, body) or not open_employee(parent, employee_id):
            return False
    return False
