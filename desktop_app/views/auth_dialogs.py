"""First start, sign-in and password change.

`FirstRunDialog` makes a new database an office and creates its administrator in one go (the
office may already exist when it was made with `office init`; then only the account is asked).
`SignInDialog` is shown on every start, after signing out and when the idle lock strikes; on a
demo database it lists the demo accounts, so a newcomer trying the program is never stuck.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.demo import accounts as demo_accounts
from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n import N_
from desktop_app.services import auth
from desktop_app.services import office as office_service
from desktop_app.services.session import Session
from desktop_app.views import messages
from desktop_app.views.admin.backup_key_dialog import BackupKeyFields, fit_to_contents
from desktop_app.views.admin.field_messages import (
    MessageForm,
    add_password_pair,
    office_code_message,
    office_code_samples,
    office_name_message,
    password_message,
    password_samples,
    repeat_message,
    reserved_message,
    say,
    username_message,
    username_samples,
)
from desktop_app.views.admin.users_dialog import role_label
from desktop_app.views.widgets import (
    dialog_buttons,
    password_edit,
)


class FirstRunDialog(QDialog):
    """Office code and name (when the database is not an office yet) and the first admin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Kinerja Luring"))
        self.office = office_service.current_office()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This database is new. Set up the office it belongs to and the administrator "
                "account. The administrator adds the accounts of HR staff, supervisors and "
                "viewers later (Settings > Users)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.office_box = QGroupBox(self.tr("Office"))
        self.office_fields = MessageForm(QFormLayout(self.office_box))
        self.code = QLineEdit(self.office.code if self.office else "")
        self.code.setObjectName("officeCode")
        self.code.setPlaceholderText(self.tr("for example DINKES01"))
        self.name = QLineEdit(self.office.name if self.office else "")
        self.name.setObjectName("officeName")
        self.name.setPlaceholderText(self.tr("for example Dinas Kesehatan Kabupaten Sleman"))
        self.office_fields.add(
            "code",
            self.tr("Office &code:"),
            self.code,
            lines=2,
            check=lambda: office_code_message(self.code.text()) if self.office is None else "",
            samples=office_code_samples(),
        )
        self.office_fields.add(
            "name",
            self.tr("Office &name:"),
            self.name,
            check=lambda: office_name_message(self.name.text()) if self.office is None else "",
        )
        note = QLabel(
            self.tr(
                "The code is written on every record and every package sent to the central "
                "office; it cannot be changed later."
            )
        )
        note.setWordWrap(True)
        self.office_fields.form.addRow(note)
        self.office_box.setEnabled(self.office is None)
        # Two columns (office and administrator | backup key): with a kept space for every
        # field's message the three groups stacked were taller than a 1366x768 screen.
        columns = QHBoxLayout()
        left = QVBoxLayout()
        columns.addLayout(left, 1)
        layout.addLayout(columns)
        left.addWidget(self.office_box)

        account = QGroupBox(self.tr("Administrator account"))
        self.account_fields = MessageForm(QFormLayout(account))
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.password = password_edit()
        self.password.setObjectName("password")
        self.repeat = password_edit()
        self.repeat.setObjectName("repeat")
        self.account_fields.add(
            "username",
            self.tr("&User name:"),
            self.username,
            lines=2,
            check=lambda: username_message(self.username.text()),
            samples=username_samples(),
        )
        self.account_fields.add("full_name", self.tr("&Full name:"), self.full_name, lines=0)
        add_password_pair(
            self.account_fields,
            self.password,
            self.repeat,
            self.username.text,
            (self.tr("&Password:"), self.tr("&Repeat password:")),
        )
        self.username.textEdited.connect(
            lambda *_: self.account_fields.recheck_if_shown("password")
        )
        hint = QLabel(
            self.tr(
                "At least {n} characters with upper- and lower-case letters and digits."
            ).format(n=auth.MIN_LENGTH)
        )
        hint.setWordWrap(True)
        self.account_fields.form.addRow(hint)
        left.addWidget(account)
        left.addStretch(1)

        self.backup_key = BackupKeyFields(
            Path.home() / "lembar-pemulihan-kunci-cadangan.pdf", optional=True
        )
        columns.addWidget(self.backup_key, 1, Qt.AlignmentFlag.AlignTop)

        self.general_error = reserved_message(2, "generalError")  # kept: never moves Save
        layout.addWidget(self.general_error)
        buttons = dialog_buttons(self, self.tr("Start"), self.save)
        layout.addWidget(buttons)
        (self.code if self.office is None else self.password).setFocus()
        fit_to_contents(self, min_width=1000)

    def save(self) -> None:
        say(self.general_error, "")
        forms = (self.office_fields, self.account_fields, self.backup_key.fields)
        wrong = [form.check_all() for form in forms]  # every message at once
        if any(w is not None for w in wrong):
            next(w for w in wrong if w is not None).setFocus()
            return
        backup_key = self.backup_key.request()
        if backup_key is False:
            return
        try:
            self.office = office_service.setup_first_start(
                self.code.text(),
                self.name.text(),
                self.username.text(),
                self.password.text(),
                self.full_name.text(),
                backup_key or None,
            )
        except FieldErrors as err:
            self.account_fields.show(err, self.general_error)
            return
        except ServiceError as err:
            say(self.general_error, messages.error_text(err))
            return
        self.accept()


class SignInDialog(QDialog):
    """User name and password; `session` holds who signed in once accepted."""

    def __init__(
        self,
        parent: QWidget | None = None,
        username: str = "",
        *,
        locked: bool = False,
        only_user: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.session: Session | None = None
        self.only_user = only_user
        info = office_service.current_office()
        self.setWindowTitle(self.tr("Sign in — Kinerja Luring"))
        layout = QVBoxLayout(self)
        heading = QLabel(
            f"<b>{info.name}</b> ({info.code})" if info is not None else "Kinerja Luring"
        )
        layout.addWidget(heading)
        if locked:
            lock_note = QLabel(
                self.tr("The program was locked after a time without use. Sign in again.")
            )
            lock_note.setWordWrap(True)
            layout.addWidget(lock_note)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = password_edit()
        self.password.setObjectName("password")
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        # Always in the layout, three lines high: a wrong password's line never pushes the
        # demo accounts or the buttons away, nor moves the fields under the pointer.
        self.error = reserved_message(3, "signInError", self._long_messages(only_user))
        layout.addWidget(self.error)
        for edit in (self.username, self.password):
            edit.textEdited.connect(lambda *_: say(self.error, ""))  # cleared once retyped
        accounts = demo_accounts.DEMO_ACCOUNTS if demo_accounts.is_demo() else ()
        if accounts:
            lines = "<br>".join(
                f"<tt>{username}</tt> / <tt>{password}</tt> — {role_label(role)}"
                for username, role, password in accounts
            )
            staff = demo_accounts.employee_accounts()
            if staff:  # the Pegawai of one unit: one line, the first names and their password
                names = ", ".join(f"<tt>{a.username}</tt>" for a in staff[:2])
                more = self.tr(" and %n more", "", len(staff) - 2) if len(staff) > 2 else ""
                lines += (
                    f"<br>{names}{more} / <tt>{staff[0].password}</tt> — "
                    f"{role_label(staff[0].role)}"
                )
            demo_note = QLabel(
                self.tr("This is a demo database. Its accounts are:<br>{accounts}").format(
                    accounts=lines
                )
            )
            demo_note.setObjectName("demoAccounts")
            demo_note.setWordWrap(True)
            layout.addWidget(demo_note)
        buttons = dialog_buttons(self, self.tr("Sign in"), self.sign_in)
        layout.addWidget(buttons)
        fit_to_contents(self, min_width=480)
        (self.password if username else self.username).setFocus()

    def _long_messages(self, only_user: str | None) -> list[str]:
        """The longest lines the sign-in can show, so their space is kept from the start."""
        locked = messages.error_text(
            ServiceError(
                N_(
                    "auth",
                    "Too many wrong passwords: the account is locked for {minutes} more minutes.",
                ),
                "auth",
                minutes=5,
            )
        )
        return [locked, self._only_user_text(only_user or "n" * 20)]

    def _only_user_text(self, user: str) -> str:
        return self.tr(
            "{user} left a form open. Only {user} can unlock now; to work as someone "
            "else, close the program first."
        ).format(user=user)

    def sign_in(self) -> None:
        say(self.error, "")
        if self.only_user and self.username.text().strip().lower() != self.only_user:
            say(self.error, self._only_user_text(self.only_user))
            return
        try:
            self.session = auth.authenticate(self.username.text(), self.password.text())
        except ServiceError as err:
            say(self.error, messages.error_text(err))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()


class ChangePasswordDialog(QDialog):
    """The signed-in user's new password (also forced after an admin reset)."""

    def __init__(
        self, username: str, parent: QWidget | None = None, *, forced: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ChangePasswordDialog")
        self.username = username
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(
                self.tr(
                    "The administrator set a temporary password for you. Choose your own "
                    "password now."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.fields = MessageForm(QFormLayout())
        layout.addLayout(self.fields.form)
        self.old = password_edit()
        self.old.setObjectName("oldPassword")
        self.new = password_edit()
        self.new.setObjectName("newPassword")
        self.repeat = password_edit()
        self.repeat.setObjectName("repeatPassword")
        self.fields.add("old", self.tr("&Current password:"), self.old, lines=2)
        self.fields.add(
            "new_password",
            self.tr("&New password:"),
            self.new,
            lines=3,
            check=lambda: password_message(self.new.text(), username),
            samples=password_samples(),
            live=True,
        )
        self.fields.add(
            "repeat",
            self.tr("&Repeat new password:"),
            self.repeat,
            check=lambda: repeat_message(self.new.text(), self.repeat.text()),
            samples=[repeat_message("a", "b")],
        )
        self.new.textEdited.connect(lambda *_: self.fields.recheck_if_shown("repeat"))
        self.old.textEdited.connect(lambda *_: say(self.fields.errors["old"], ""))
        self.general_error = reserved_message(2, "generalError")  # kept: never moves Save
        layout.addWidget(self.general_error)
        buttons = dialog_buttons(self, self.tr("Change password"), self.save)
        layout.addWidget(buttons)
        fit_to_contents(self, min_width=560)

    def save(self) -> None:
        say(self.general_error, "")
        if self.fields.check_all() is not None:
            return
        try:
            auth.change_password(self.username, self.old.text(), self.new.text())
        except FieldErrors as err:
            self.fields.show(err, self.general_error)
            return
        except ServiceError as err:  # a wrong current password
            self.fields.say("old", messages.error_text(err))
            self.old.selectAll()
            return
        self.accept()
