"""Opening the database for the application controller: one program per database file (a
lock file; a second start hands over to the first, which comes to the front), the refusals
(newer schema, not a database, network drive) and a damaged file restored from a backup.

`DatabaseOpening` is a part of `AppController` (which mixes it in); its strings keep the
controller's translation context ("AppController").
"""

from __future__ import annotations

import hashlib
import logging
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
from desktop_app.services import backup, session
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
        """Open the database; a damaged one is reported and may be restored from a backup."""
        try:
            open_database(path)
            problems = backup.quick_check()
        except (sqlite3.DatabaseError, peewee.DatabaseError) as err:
            close_database()
            problems = [str(err)]
        if not problems:
            return True
        log.error("database %s is damaged: %s", path, problems)
        close_database()
        good = backup.newest_good_backup(path)
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
        elif not messages.confirm(
            None,
            tr_("AppController", "Damaged database"),
            tr_(
                "AppController",
                "The database {path} is damaged and cannot be used.\n\nRestore the newest good "
                "backup, {backup}? Changes made after that backup are lost; the damaged file is "
                "kept in the backups folder.",
            ).format(path=str(path), backup=good.name),
        ):
            return None
        try:
            backup.restore(good, path)
        except ServiceError as err:
            messages.show_error(None, err)
            return None
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
