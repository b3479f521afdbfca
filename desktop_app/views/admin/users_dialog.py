"""Accounts of this office PC (admin only): add, reset a password, deactivate, reactivate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services import auth
from desktop_app.services.auth import UserRow
from desktop_app.services.register import employee_queries
from desktop_app.services.session import ROLE_LABELS, Role
from desktop_app.views import messages
from desktop_app.views.admin.backup_key_dialog import fit_to_contents
from desktop_app.views.admin.field_messages import (
    MessageForm,
    add_password_pair,
    reserved_message,
    say,
    username_message,
    username_samples,
)
from desktop_app.views.table_model import AnyIndex, RowsModel
from desktop_app.views.widgets import (
    EmployeePicker,
    dialog_buttons,
    password_edit,
    row_table,
)


def SUPERVISOR_NEEDS_EMPLOYEE() -> str:
    return tr_("auth", "A supervisor account must be linked to an employee of the register.")


def EMPLOYEE_NEEDS_EMPLOYEE() -> str:
    return tr_("auth", "An employee account must be linked to an employee of the register.")


def role_label(role: str) -> str:
    try:
        return tr_("roles", ROLE_LABELS[Role(role)])
    except ValueError:
        return role


class UserTableModel(RowsModel[UserRow]):
    """The accounts: user name, name, role, linked employee, status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("User name"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Employee"),
            self.tr("Status"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        if not r.active:
            status = self.tr("Inactive")
        elif r.locked_until is not None:
            status = self.tr("Locked for now")
        else:
            status = self.tr("Active")
        return (r.username, r.full_name, role_label(r.role), r.employee_name, status)[
            index.column()
        ]


class UserForm(QDialog):
    """A new account; a supervisor account is linked to the employee it belongs to. Each
    field's message shows under it while it is wrong (in a space kept for it) and goes as soon
    as it is fixed; Save refuses with the first wrong field's message and focus on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UserForm")
        self.setWindowTitle(self.tr("Add user"))
        self.saved_id: int | None = None
        self._taken = {r.username for r in auth.list_users()}
        layout = QVBoxLayout(self)
        self.fields = MessageForm(QFormLayout())
        layout.addLayout(self.fields.form)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.employee = EmployeePicker([r for r in employee_queries.list_employees() if r.active])
        self.employee.setObjectName("employee")
        self.password = password_edit()
        self.password.setObjectName("password")
        self.repeat = password_edit()
        self.repeat.setObjectName("repeat")
        self.fields.add(
            "username",
            self.tr("&User name:"),
            self.username,
            lines=2,
            check=lambda: username_message(self.username.text(), self._taken.__contains__),
            samples=username_samples(),
        )
        self.fields.add("full_name", self.tr("Full &name:"), self.full_name, lines=0)
        self.fields.add("role", self.tr("&Role:"), self.role, lines=0)
        self.fields.add(
            "employee",
            self.tr("&Employee (for a supervisor or an employee):"),
            self.employee,
            lines=2,
            check=self._employee_message,
            samples=[SUPERVISOR_NEEDS_EMPLOYEE()],
        )
        add_password_pair(
            self.fields,
            self.password,
            self.repeat,
            self.username.text,
            (self.tr("&Password:"), self.tr("Repeat passwor&d:")),
            lines=3,
        )
        self.username.textEdited.connect(lambda *_: self.fields.recheck_if_shown("password"))
        self.role.currentIndexChanged.connect(lambda *_: self.fields.recheck_if_shown("employee"))
        self.employee.changed.connect(lambda *_: self.fields.recheck_if_shown("employee"))
        self.general_error = reserved_message(2, "generalError")  # kept: never moves Save
        layout.addWidget(self.general_error)
        buttons = dialog_buttons(self, self.tr("&Save"), self.save)
        layout.addWidget(buttons)
        fit_to_contents(self, min_width=640)

    def _employee_message(self) -> str:
        if self.employee.employee_id() is not None:
            return ""
        if self.role.currentData() == Role.SUPERVISOR.value:
            return SUPERVISOR_NEEDS_EMPLOYEE()
        if self.role.currentData() == Role.EMPLOYEE.value:
            return EMPLOYEE_NEEDS_EMPLOYEE()
        return ""

    def save(self) -> None:
        say(self.general_error, "")
        if self.fields.check_all() is not None:
            return
        try:
            self.saved_id = auth.create_user(
                self.username.text(),
                self.password.text(),
                self.role.currentData(),
                self.employee.employee_id(),
                self.full_name.text(),
            )
        except FieldErrors as err:
            self.fields.show(err, self.general_error)
            return
        except ServiceError as err:
            say(self.general_error, messages.error_text(err))
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    """A temporary password for an account, typed twice (the user must choose their own at
    the next sign-in); a refused password stays with its message under it."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResetPasswordDialog")
        self.username = username
        self.setWindowTitle(self.tr("Reset password"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Temporary password for {user} (they must choose their own at the next sign-in):"
            ).format(user=username)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = MessageForm(QFormLayout())
        layout.addLayout(self.fields.form)
        self.password = password_edit()
        self.password.setObjectName("password")
        self.repeat = password_edit()
        self.repeat.setObjectName("repeat")
        add_password_pair(
            self.fields,
            self.password,
            self.repeat,
            lambda: username,
            (self.tr("&Password:"), self.tr("Repeat passwor&d:")),
            lines=3,
        )
        self.general_error = reserved_message(2, "generalError")  # kept: never moves Save
        layout.addWidget(self.general_error)
        layout.addWidget(dialog_buttons(self, self.tr("&Reset password"), self.save))
        fit_to_contents(self, min_width=560)

    def save(self) -> None:
        say(self.general_error, "")
        if self.fields.check_all() is not None:
            return
        try:
            auth.reset_password(self.username, self.password.text())
        except FieldErrors as err:
            self.fields.show(err, self.general_error)
            return
        except ServiceError as err:
            say(self.general_error, messages.error_text(err))
            return
        self.accept()


def open_form(dialog: QDialog) -> bool:
    """Show a form modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class UsersDialog(QDialog):
    """The list of accounts with the admin's actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UsersDialog")
        self.setWindowTitle(self.tr("Users"))
        layout = QVBoxLayout(self)
        self.model = UserTableModel(self)
        self.table = row_table(self.model, "usersTable", (120, 180, 200, 200))
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.staff_button = QPushButton(self.tr("S&taff accounts…"))
        self.staff_button.setObjectName("staffAccounts")
        self.staff_button.setToolTip(
            self.tr("An account for every employee without one, with one-time passwords on slips")
        )
        close = QPushButton(self.tr("&Close"))
        self.add_button.clicked.connect(self.add)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.staff_button.clicked.connect(self.staff_accounts)
        close.clicked.connect(self.accept)
        for button in (self.add_button, self.reset_button, self.active_button, self.staff_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.reload()
        self.resize(860, 420)

    def reload(self, username: str | None = None) -> None:
        self.model.set_rows(auth.list_users())
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).username == username:
                self.table.selectRow(row)
                break
        else:
            if self.model.rowCount():
                self.table.selectRow(0)
        self._update()

    def current(self) -> UserRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update(self) -> None:
        row = self.current()
        self.reset_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(
            self.tr("Re&activate") if row is not None and not row.active else self.tr("&Deactivate")
        )

    def add(self) -> None:
        form = UserForm(self)
        if open_form(form):
            self.reload(form.username.text().strip().lower())

    def staff_accounts(self) -> None:
        from desktop_app.views.admin.staff_accounts_dialog import StaffAccountsDialog

        dialog = StaffAccountsDialog(self)
        open_form(dialog)
        self.reload(dialog.made[0].username if dialog.made else None)

    def reset_password(self) -> None:
        row = self.current()
        if row is None:
            return
        if open_form(ResetPasswordDialog(row.username, self)):
            self.reload(row.username)

    def toggle_active(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            auth.set_user_active(row.username, not row.active)
        except ServiceError as err:
            messages.show_error(self, err)
            return
        self.reload(row.username)
