"""Connecting to the office database on a PostgreSQL server (design.md "One office, many
people"): host, port, database and user, the password asked here (or kept in this computer's
keyring when the optional `keyring` package is installed), TLS when the server offers it."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from desktop_app.i18n.translator import tr_
from desktop_app.services import database_check
from desktop_app.services.database_check import Diagnosis, Finding, ServerTarget
from desktop_app.views.admin.backup_key_dialog import fit_to_contents
from desktop_app.views.admin.field_messages import reserved_message, say
from desktop_app.views.widgets import dialog_buttons, password_edit

KEYRING_SERVICE = "kinerja-luring"


def _keyring():  # type: ignore[no-untyped-def]
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def remembered_password(target: ServerTarget) -> str:
    """The password this computer's keyring keeps for the server account ("" if none)."""
    ring = _keyring()
    if ring is None:
        return ""
    try:
        return ring.get_password(KEYRING_SERVICE, target.url()) or ""
    except Exception:  # a keyring without a backend: ask instead
        return ""


def open_target() -> ServerTarget | None:
    """The server database open now (its fields fill the dialog), or None for a file."""
    url = database_check.open_server_url()
    return ServerTarget.parse(url) if url else None


def path_of(target: ServerTarget) -> Path:
    """The controller's handle on a server database, the typed password held in memory only
    (for the opening that follows)."""
    path = database_check.server_path(target.url())
    path.password = target.password  # type: ignore[attr-defined]
    return path


class ServerConnectionDialog(QDialog):
    """The server, database and account; `target` and `found` are set once it answered."""

    def __init__(self, parent: QWidget | None = None, target: ServerTarget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ServerConnectionDialog")
        self.setWindowTitle(self.tr("Connect to the office server"))
        self.target: ServerTarget | None = None
        self.found: Diagnosis | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.host = QLineEdit(target.host if target else "")
        self.host.setPlaceholderText(self.tr("server name or address, e.g. 192.168.1.10"))
        self.port = QLineEdit(str(target.port) if target and target.port else "5432")
        self.port.setMaxLength(5)
        self.dbname = QLineEdit(target.dbname if target else "kinerja")
        self.user = QLineEdit(target.user if target else "kinerja")
        self.password = password_edit()
        for name, edit in (
            ("host", self.host),
            ("port", self.port),
            ("dbname", self.dbname),
            ("user", self.user),
            ("password", self.password),
        ):
            edit.setObjectName(name)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.dbname)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Remember the password on this computer"))
        self.remember.setObjectName("remember")
        self.remember.setVisible(_keyring() is not None)
        layout.addWidget(self.remember)
        self.error = reserved_message(3, "serverError", ["x" * 200])
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("Co&nnect"), self.connect_to_server))
        fit_to_contents(self, min_width=520)
        (self.password if target else self.host).setFocus()

    def _typed_target(self) -> ServerTarget | None:
        port_text = self.port.text().strip()
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            say(self.error, self.tr("The port is a number from 1 to 65535, usually 5432."))
            self.port.setFocus()
            return None
        if not self.dbname.text().strip():
            say(self.error, self.tr("Type the name of the office database, e.g. kinerja."))
            self.dbname.setFocus()
            return None
        return ServerTarget(
            dbname=self.dbname.text().strip(),
            user=self.user.text().strip(),
            host=self.host.text().strip(),
            port=int(port_text),
            password=self.password.text(),
        )

    def connect_to_server(self) -> None:
        say(self.error, "")
        target = self._typed_target()
        if target is None:
            return
        found = database_check.diagnose_server(target)
        if found.finding in (Finding.UNREACHABLE, Finding.PASSWORD, Finding.MISSING):
            say(self.error, server_problem_text(found, target))
            (self.password if found.finding is Finding.PASSWORD else self.host).setFocus()
            return
        if self.remember.isChecked() and (ring := _keyring()) is not None:
            with contextlib.suppress(Exception):  # no backend: the password is asked next time
                ring.set_password(KEYRING_SERVICE, target.url(), target.password)
        self.target, self.found = target, found
        self.accept()


def server_problem_text(found: Diagnosis, target: ServerTarget) -> str:
    """Why a server database cannot be used, in the user's words (the server's own reason
    after it, as libpq gives it)."""
    reason = found.problems[0].splitlines()[0] if found.problems else ""
    where = target.host or "localhost"
    if found.finding is Finding.PASSWORD:
        return tr_(
            "ServerConnectionDialog", "The server {host} refused the user name or password."
        ).format(host=where)
    if found.finding is Finding.MISSING:
        return tr_(
            "ServerConnectionDialog",
            "The server {host} has no database {name}. Ask its administrator to create it "
            "(see the README, PostgreSQL mode).",
        ).format(host=where, name=target.dbname)
    if found.finding is Finding.NOT_OURS:
        return tr_(
            "ServerConnectionDialog",
            "The database {name} on {host} belongs to another program. Nothing was changed.",
        ).format(host=where, name=target.dbname)
    if found.finding is Finding.READ_ONLY:
        return tr_(
            "ServerConnectionDialog",
            "The database {name} on {host} is read-only (a standby server?). Connect to the "
            "main server.",
        ).format(host=where, name=target.dbname)
    return tr_("ServerConnectionDialog", "The server {host} does not answer: {reason}").format(
        host=where, reason=reason
    )
