"""Opening the database for the application controller: one program per database file (a
lock file; a second start hands over to the first, which comes to the front), the refusals
(newer schema, not a database, network drive) and a damaged file restored from a backup.

`DatabaseOpening` is a part of `AppController` (which mixes it in); its strings keep the
controller's translation context ("AppController").
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from pathlib import Path

import peewee
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.models.database import (
    NetworkDriveError,
    NotADatabaseError,
    SchemaTooNewError,
    close_database,
    open_database,
)
from desktop_app.services import database_check, session
from desktop_app.services.database_check import Finding
from desktop_app.views import messages
from desktop_app.views.main_window import MainWindow

log = logging.getLogger(__name__)


def server_name(db_path: Path) -> str:
    """The local socket of the program that has `db_path` open (per user and database)."""
    import getpass

    key = f"{getpass.getuser()}|{db_path.resolve()}".encode()
    return "kinerja-" + hashlib.sha256(key).hexdigest()[:24]


def hand_over(db_path: Path) -> bool:
    """Ask the program that holds `db_path` to come to the front; True when it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(500):
        return False
    socket.write(b"raise\n")
    socket.waitForBytesWritten(500)
    socket.disconnectFromServer()
    return True


def choose_backup_file(db_path: Path) -> Path | None:
    """A backup file the user picks (e.g. on a USB stick); None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        None,
        tr_("AppController", "Restore from a backup"),
        str(db_path.parent),
        tr_("AppController", "Kinerja Luring database (*.db);;All files (*)"),
    )
    return Path(name) if name else None


class DatabaseOpening:
    """The database side of `AppController` (a mixin: the controller is `self`)."""

    db_path: Path
    lock: QLockFile | None
    server: QLocalServer | None
    window: MainWindow | None
    handed_over: bool
    locked: bool

    def _open(self, path: Path) -> bool:
        if self.lock is not None and path == self.db_path and self.lock.isLocked():
            lock = self.lock  # reopening the database this program already holds
        else:
            lock = QLockFile(str(path) + ".lock")
            lock.setStaleLockTime(0)
        if lock is not self.lock and not lock.tryLock(200):
            held = lock.error() == QLockFile.LockError.LockFailedError
            if not held or not os.access(path.parent, os.W_OK):  # no lock file can be made
                self._refused(database_check.Diagnosis(Finding.READ_ONLY, path, file=path.parent))
                return False
            if hand_over(path):
                self.handed_over = True
                return False
            messages.warn(
                None,
                tr_("AppController", "Database in use"),
                tr_(
                    "AppController",
                    "The database {path} is already open in another Kinerja Luring window. "
                    "Switch to that window, or close it first.",
                ).format(path=str(path)),
            )
            return False
        try:
            result = self._open_checked(path)
        except SchemaTooNewError as err:
            result = None
            messages.warn(
                None,
                tr_("AppController", "Newer database"),
                tr_(
                    "AppController",
                    "This database was written by a newer version of Kinerja Luring "
                    "(schema {found}; this version knows up to {known}). Install the newer version "
                    "to open it. Nothing was changed.",
                ).format(found=err.found, known=err.known),
            )
        except NotADatabaseError:
            result = None
            messages.warn(
                None,
                tr_("AppController", "Not a Kinerja Luring database"),
                tr_(
                    "AppController",
                    "The file {path} is not a Kinerja Luring database. Nothing was changed.",
                ).format(path=str(path)),
            )
        except NetworkDriveError:
            result = None
            messages.warn(
                None,
                tr_("AppController", "Database on a network drive"),
                tr_(
                    "AppController",
                    "The database {path} is on a network drive. SQLite cannot keep it safe "
                    "there (two computers could damage it). Copy it to this computer's own disk "
                    "and open the copy.",
                ).format(path=str(path)),
            )
        if result is None:
            if lock is not self.lock:
                lock.unlock()
            return False
        if self.lock is not None and self.lock is not lock:
            self.lock.unlock()
        self.lock = lock
        self.db_path = path
        self._listen(path)
        return True

    def _open_checked(self, path: Path) -> bool | None:
        """Open the database after telling what is wrong with it, if anything: a locked or
        read-only file is refused with the reason (it is healthy; a restore would lose newer
        data), and only proven damage, or an empty or headerless file with good backups,
        offers a restore (which keeps the current file in the backups folder)."""
        from desktop_app.services import backup  # loaded when needed, not at every start

        if getattr(path, "url", ""):
            return self._open_server(path)
        found = database_check.diagnose(path)
        if found.finding in (Finding.NOT_OURS, Finding.HEADERLESS) and not found.offers_restore:
            raise NotADatabaseError(str(path))
        if not found.offers_restore:
            if self._refused(found):
                return None
            opened = self._open_and_check(path)
            if not isinstance(opened, database_check.Diagnosis):
                return opened
            found = opened
        log.error("database %s: %s %s", path, found.finding.value, found.problems)
        close_database()
        good = found.backup
        if good is None:
            if not messages.confirm(
                None,
                tr_("AppController", "Damaged database"),
                tr_(
                    "AppController",
                    "The database {path} is damaged and cannot be used, and its backups folder "
                    "holds no good backup.\n\nDo you have a backup copy elsewhere (for example "
                    "on a USB stick)? Choose it to restore it; the damaged file is kept in the "
                    "backups folder. Otherwise ask your support contact; nothing was changed.",
                ).format(path=str(path)),
            ):
                return None
            chosen = choose_backup_file(path)
            if chosen is None:
                return None
            good = chosen
        elif not messages.confirm(None, *self._restore_question(found, good)):
            return None
        try:
            backup.restore(good, path)
        except ServiceError as err:
            messages.show_error(None, err)
            return None
        return True

    def _open_server(self, path: Path) -> bool | None:
        """A PostgreSQL server database: the password asked when the server wants one, the
        refusals said in the user's words; a server is never restored from this PC."""
        from desktop_app.services.database_check import ServerTarget
        from desktop_app.views import server_dialog

        target = ServerTarget.parse(path.url)  # type: ignore[attr-defined]
        typed = getattr(path, "password", "")  # from the connection dialog, in memory only
        target = target.with_password(typed or server_dialog.remembered_password(target))
        found = database_check.diagnose_server(target)
        if found.finding is Finding.PASSWORD:
            dialog = server_dialog.ServerConnectionDialog(None, target)
            if dialog.exec() != dialog.DialogCode.Accepted or dialog.target is None:
                return None
            target, found = dialog.target, dialog.found or found
        if found.finding not in (Finding.SOUND, Finding.EMPTY):
            log.error(
                "server database %s: %s %s", target.url(), found.finding.value, found.problems
            )
            messages.warn(
                None,
                tr_("AppController", "Database not opened"),
                server_dialog.server_problem_text(found, target),
            )
            return None
        try:
            open_database(target)
            problems = database_check.quick_check()
        except peewee.DatabaseError as err:
            close_database()
            messages.warn(
                None,
                tr_("AppController", "Database not opened"),
                tr_(
                    "AppController",
                    "The server database {url} could not be opened ({reason}). Nothing was "
                    "changed.",
                ).format(url=target.url(), reason=str(err).strip()),
            )
            return None
        if problems:
            close_database()
            messages.warn(
                None,
                tr_("AppController", "Damaged database"),
                tr_(
                    "AppController",
                    "The server database {url} reports damage: {problems}. Ask the server's "
                    "administrator to restore it; nothing was changed.",
                ).format(url=target.url(), problems="; ".join(problems)),
            )
            return None
        return True

    def _open_and_check(self, path: Path) -> bool | database_check.Diagnosis | None:
        """Open and quick-check a file the diagnosis found no fault in: True when sound,
        the proven damage when SQLite finds some, None when refused with the reason."""
        try:
            open_database(path)
            problems = database_check.quick_check()
        except (sqlite3.DatabaseError, peewee.DatabaseError) as err:
            close_database()
            found = database_check.after_open_error(path, err)
            if found.finding is Finding.DAMAGED:
                return found
            if not self._refused(found):
                messages.warn(
                    None,
                    tr_("AppController", "Database not opened"),
                    tr_(
                        "AppController",
                        "The database {path} could not be opened ({reason}). SQLite's "
                        "integrity check finds no damage in it, so nothing was "
                        "restored or changed.",
                    ).format(path=str(path), reason=str(err)),
                )
            return None
        if not problems:
            return True
        close_database()
        return database_check.Diagnosis(
            Finding.DAMAGED,
            path,
            problems=problems,
            backup=database_check.newest_good_backup(path),
        )

    def _restore_question(self, found: database_check.Diagnosis, good: Path) -> tuple[str, str]:
        """The title and question that offer the newest good backup for `found`."""
        if found.finding is Finding.EMPTY:
            return tr_("AppController", "Empty database file"), tr_(
                "AppController",
                "The database file {path} is empty (0 bytes): the data it held is not in it "
                "any more.\n\nRestore the newest good backup, {backup}? Changes made after that "
                "backup are lost; the empty file is kept in the backups folder.",
            ).format(path=str(found.path), backup=good.name)
        if found.finding is Finding.HEADERLESS:
            return tr_("AppController", "Damaged database"), tr_(
                "AppController",
                "The first bytes of {path} are not those of a database: the file is damaged."
                "\n\nRestore the newest good backup, {backup}? Changes made after that backup "
                "are lost; the damaged file is kept in the backups folder.",
            ).format(path=str(found.path), backup=good.name)
        return tr_("AppController", "Damaged database"), tr_(
            "AppController",
            "The database {path} is damaged and cannot be used.\n\nRestore the newest good "
            "backup, {backup}? Changes made after that backup are lost; the damaged file is "
            "kept in the backups folder.",
        ).format(path=str(found.path), backup=good.name)

    def _refused(self, found: database_check.Diagnosis) -> bool:
        """Say why a healthy database cannot be opened now (locked, read-only); True when
        the opening stops here. Nothing is changed and no restore is offered."""
        if found.finding is Finding.LOCKED:
            messages.warn(
                None,
                tr_("AppController", "Database in use by another program"),
                tr_(
                    "AppController",
                    "The database {path} is held by another program (for example a copy or "
                    "backup tool, or a database viewer). It is not damaged. Wait until that "
                    "program has finished, or close it, and start Kinerja Luring again. "
                    "Nothing was changed.",
                ).format(path=str(found.path)),
            )
            return True
        if found.finding is Finding.READ_ONLY:
            messages.warn(
                None,
                tr_("AppController", "Database cannot be written"),
                tr_(
                    "AppController",
                    "Kinerja Luring cannot write to {file}: it is read-only, or this user "
                    "account has no permission to change it. The database {path} is not "
                    "damaged. Ask your administrator to give this account write permission on "
                    "that file and its folder, then start again. Nothing was changed.",
                ).format(file=str(found.file or found.path), path=str(found.path)),
            )
            return True
        return False

    def _named_database_missing(self, path: Path) -> bool:
        """True (and said) when a database named at start (`--db`) does not exist: a typing
        mistake must not silently become a new empty office."""
        if path.exists() or getattr(path, "url", ""):  # a server answers for itself
            return False
        messages.warn(
            None,
            tr_("AppController", "Database not found"),
            tr_(
                "AppController",
                "There is no database at {path}. Check the path given with --db. To make a "
                "new database, use File > New database. Nothing was created.",
            ).format(path=str(path)),
        )
        return True

    def _listen(self, path: Path) -> None:
        """Answer a second start on the same database by coming to the front."""
        if self.server is not None:
            self.server.close()
        name = server_name(path)
        QLocalServer.removeServer(name)  # a stale socket left by a crash
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._raise_requested)
        if not self.server.listen(name):
            log.warning("cannot listen on %s: %s", name, self.server.errorString())

    def _raise_requested(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
        if self.locked or session.current() is None:
            # Locked or signing in: bring the sign-in dialog forward, never the data.
            modal = QApplication.activeModalWidget()
            if modal is not None:
                modal.raise_()
                modal.activateWindow()
            return
        if self.window is not None:
            self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()
