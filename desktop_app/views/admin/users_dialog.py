"""Accounts of this office PC (admin only): add, reset a password, deactivate, reactivate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
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
from desktop_app.views.table_model import AnyIndex, RowsModel
from desktop_app.views.widgets import (
    EmployeePicker,
    FieldForm,
    dialog_buttons,
    error_label,
    password_edit,
    row_table,
    show_error,
)


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
    """A new account; a supervisor account is linked to the employee it belongs to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UserForm")
        self.setWindowTitle(self.tr("Add user"))
        self.saved_id: int | None = None
        layout = QVBoxLayout(self)
        self.fields = FieldForm(QFormLayout())
        layout.addLayout(self.fields.form)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
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
        self.fields.add("username", self.tr("&User name:"), self.username)
        self.fields.add("full_name", self.tr("Full &name:"), self.full_name)
        self.fields.add("role", self.tr("&Role:"), self.role)
        self.fields.add("employee", self.tr("&Employee (for a supervisor):"), self.employee)
        self.fields.add("password", self.tr("&Password:"), self.password)
        self.fields.add("repeat", self.tr("Repeat passwor&d:"), self.repeat)
        self.general_error = error_label()
        layout.addWidget(self.general_error)
        buttons = dialog_buttons(self, self.tr("&Save"), self.save)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def save(self) -> None:
        self.fields.clear()
        show_error(self.general_error, "")
        if self.password.text() != self.repeat.text():
            show_error(
                self.fields.errors["repeat"],
                self.tr("The two passwords differ: type the same password twice."),
            )
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
            show_error(self.general_error, messages.error_text(err))
            return
        self.accept()


def open_form(dialog: QDialog) -> bool:
    """Show a form modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_new_password(parent: QWidget, username: str) -> str | None:
    """A temporary password for `username`; None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(tr_("UsersDialog", "Reset password"))
    dialog.setLabelText(
        tr_(
            "UsersDialog",
            "Temporary password for {user} (they must choose their own at the next sign-in):",
        ).format(user=username)
    )
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(tr_("UsersDialog", "Reset password"))
    dialog.setCancelButtonText(tr_("UsersDialog", "Cancel"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


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
        close = QPushButton(self.tr("&Close"))
        self.add_button.clicked.connect(self.add)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        close.clicked.connect(self.accept)
        for button in (self.add_button, self.reset_button, self.active_button):
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

    def reset_password(self) -> None:
        row = self.current()
        if row is None:
            return
        password = ask_new_password(self, row.username)
        if password is None:
            return
        try:
            auth.reset_password(row.username, password)
        except ServiceError as err:
            messages.show_error(self, err)
            return
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
