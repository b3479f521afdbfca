"""The check before an SKP is made or a form printed for an employee whose record is incomplete
(data belum lengkap, issue 19): an imported record may lack golongan, jabatan, unit or appraiser,
and an SKP or a printed form needs them. The user is told which fields to fill first and may
open the employee's form (Data Pegawai) at once, or go on without them (the head of the office
has no pejabat penilai in the register)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.register import employee_queries
from desktop_app.views import messages
from desktop_app.views.register import missing_labels

OPEN, CONTINUE, CANCEL = "open", "continue", "cancel"


def ask_to_open(parent: QWidget | None, title: str, text: str) -> str:
    """Ask what to do: OPEN the employee's form, CONTINUE without the fields (the head of the
    office, for one, has no pejabat penilai in the register), or CANCEL (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    open_button = box.addButton(
        tr_("IncompleteGuard", "&Open employee data…"), QMessageBox.ButtonRole.AcceptRole
    )
    go_on = box.addButton(
        tr_("IncompleteGuard", "Continue &anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(tr_("IncompleteGuard", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    return OPEN if clicked is open_button else CONTINUE if clicked is go_on else CANCEL


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
    to print a form) needs, or the user chose to continue without it. Otherwise names the
    fields to fill and offers the employee's form, then looks again after it was saved."""
    for _attempt in range(3):
        missing = missing_labels.missing_of(employee_id)
        if not missing:
            return True
        if purpose == "skp":
            title = tr_("IncompleteGuard", "The employee's data is not complete")
            text = tr_(
                "IncompleteGuard",
                "The data of {name} is not complete. Fill in first: {fields}.\n\n"
                "An SKP shows them in its header and needs the appraiser (pejabat penilai) to "
                "approve it. "
                "Continue only when they are known to be absent (the head of the office is "
                "appraised from outside the register).",
            )
        else:
            title = tr_("IncompleteGuard", "The employee's data is not complete")
            text = tr_(
                "IncompleteGuard",
                "The data of {name} is not complete. Fill in first: {fields}.\n\n"
                "The printed form shows them in its header and signature block; they stay "
                "empty when you continue.",
            )
        answer = ask_to_open(parent, title, text.format(name=name, fields=", ".join(missing)))
        if answer == CONTINUE:
            return True
        if answer != OPEN or not open_employee(parent, employee_id):
            return False
    return False
