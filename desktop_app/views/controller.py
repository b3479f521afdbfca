"""Application controller: opens the database (one process per file), sets up a new office,
signs the user in, builds the main window, locks it after idle time, and makes backups.

Start-up order: lock file (a second program on the same database hands over to the first,
which comes to the front) -> open and migrate (a damaged file is reported in plain words with
the offer to restore the newest good backup; a network drive is refused) -> first-run setup
(office and administrator) -> sign-in -> daily backup -> main window. Leaving makes a backup.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import sqlite3
import threading
import time
from pathlib import Path

import peewee
from PySide6.QtCore import QEvent, QLockFile, QObject, Qt, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QGraphicsBlurEffect

from desktop_app.errors import ServiceError
from desktop_app.i18n import translator
from desktop_app.i18n.translator import tr_
from desktop_app.models.database import (
    NetworkDriveError,
    NotADatabaseError,
    SchemaTooNewError,
    close_database,
    open_database,
    worker_connection,
)
from desktop_app.services import auth, backup, session
from desktop_app.services import office as office_service
from desktop_app.services import settings as settings_service
from desktop_app.services.session import Session
from desktop_app.views import messages
from desktop_app.views.main_window import MainWindow
from desktop_app.views.tasks import Cancelled, run_task

log = logging.getLogger(__name__)
_IDLE_CHECK_MS = 30_000
_BACKUP_CHECK_MS = 60 * 60 * 1000
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)


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


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when accepted (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class AppController(QObject):
    def __init__(self, app: QApplication, db_path: Path, lang: str | None = None) -> None:
        super().__init__()
        self.app = app
        self.db_path = db_path
        self.lock: QLockFile | None = None
        self.server: QLocalServer | None = None
        self.window: MainWindow | None = None
        self.handed_over = False
        self.lang = translator.install(lang or translator.saved_language())
        self.last_input = time.monotonic()
        self.locked = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(_IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self._backup_thread: threading.Thread | None = None
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(_BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.daily_backup)

    # database -------------------------------------------------------------------------
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
                self.tr("Database in use"),
                self.tr(
                    "The database {path} is already open in another Kinerja Luring window. "
                    "Switch to that window, or close it first."
                ).format(path=str(path)),
            )
            return False
        try:
            result = self._open_checked(path)
        except SchemaTooNewError as err:
            result = None
            messages.warn(
                None,
                self.tr("Newer database"),
                self.tr(
                    "This database was written by a newer version of Kinerja Luring "
                    "(schema {found}; this version knows up to {known}). Install the newer version "
                    "to open it. Nothing was changed."
                ).format(found=err.found, known=err.known),
            )
        except NotADatabaseError:
            result = None
            messages.warn(
                None,
                self.tr("Not a Kinerja Luring database"),
                self.tr(
                    "The file {path} is not a Kinerja Luring database. Nothing was changed."
                ).format(path=str(path)),
            )
        except NetworkDriveError:
            result = None
            messages.warn(
                None,
                self.tr("Database on a network drive"),
                self.tr(
                    "The database {path} is on a network drive. SQLite cannot keep it safe "
                    "there (two computers could damage it). Copy it to this computer's own disk "
                    "and open the copy."
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
                self.tr("Damaged database"),
                self.tr(
                    "The database {path} is damaged and cannot be used, and its backups folder "
                    "holds no good backup.\n\nDo you have a backup copy elsewhere (for example "
                    "on a USB stick)? Choose it to restore it; the damaged file is kept in the "
                    "backups folder. Otherwise ask your support contact; nothing was changed."
                ).format(path=str(path)),
            ):
                return None
            chosen = choose_backup_file(path)
            if chosen is None:
                return None
            good = chosen
        elif not messages.confirm(
            None,
            self.tr("Damaged database"),
            self.tr(
                "The database {path} is damaged and cannot be used.\n\nRestore the newest good "
                "backup, {backup}? Changes made after that backup are lost; the damaged file is "
                "kept in the backups folder."
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

    # setup and sign-in ----------------------------------------------------------------
    def _ensure_setup(self) -> bool:
        if office_service.current_office() is not None and auth.has_users():
            return True
        from desktop_app.views.auth_dialogs import FirstRunDialog

        return run_dialog(FirstRunDialog(None))

    def sign_in(
        self, username: str = "", *, locked: bool = False, only_user: str | None = None
    ) -> Session | None:
        from desktop_app.views.auth_dialogs import ChangePasswordDialog, SignInDialog

        dialog = SignInDialog(None, username, locked=locked, only_user=only_user)
        if not run_dialog(dialog) or dialog.session is None:
            return None
        signed = dialog.session
        if auth.must_change_password(signed.username) and not run_dialog(
            ChangePasswordDialog(signed.username, None, forced=True)
        ):
            return None
        session.sign_in_as(signed)
        return signed

    def start(self) -> bool:
        if not self._open(self.db_path):
            return False
        if not self._ensure_setup():
            return False
        if self.sign_in() is None:
            return False
        self.daily_backup()
        self.show_window()
        self.app.installEventFilter(self)
        self.idle_timer.start()
        self.backup_timer.start()
        return True

    # window ---------------------------------------------------------------------------
    def show_window(self) -> MainWindow:
        old = self.window
        if old is not None:
            old.save_state()
        info = office_service.current_office()
        label = f"{info.name} ({info.code})" if info else ""
        window = MainWindow(label, session=session.current())
        window.language_requested.connect(self.set_language)
        window.open_database_requested.connect(self.choose_database)
        window.new_database_requested.connect(self.new_database)
        window.office_identity_requested.connect(self.edit_office)
        window.backup_requested.connect(self.backup_to_folder)
        window.restore_requested.connect(self.restore_backup)
        window.sign_out_requested.connect(self.sign_out)
        window.change_password_requested.connect(self.change_password)
        window.users_requested.connect(self.manage_users)
        window.preferences_requested.connect(self.edit_preferences)
        window.audit_requested.connect(self.show_audit)
        window.sync_requested.connect(self.open_sync)
        window.statusBar().showMessage(str(self.db_path))
        window.show()
        self.window = window
        if old is not None:
            old.hide()
            old.deleteLater()
        return window

    def set_language(self, lang: str) -> None:
        translator.save_language(lang)
        self.lang = translator.install(lang)
        self.show_window()

    def edit_office(self) -> None:
        from desktop_app.views.admin.office_dialog import OfficeDialog

        if run_dialog(OfficeDialog(self.window)):
            self.show_window()

    def manage_users(self) -> None:
        from desktop_app.views.admin.users_dialog import UsersDialog

        run_dialog(UsersDialog(self.window))

    def edit_preferences(self) -> None:
        from desktop_app.views.admin.preferences_dialog import PreferencesDialog

        run_dialog(PreferencesDialog(self.window))

    def show_audit(self) -> None:
        from desktop_app.views.admin.audit_views import AuditViewer

        try:
            run_dialog(AuditViewer(self.window))
        except ServiceError as err:
            messages.show_error(self.window, err)

    def open_sync(self, action: str = "") -> None:
        """The office's Sync dialog; `action` ("export", "import_receipt", "set_key") is
        started as soon as it shows."""
        from desktop_app.views.sync.office_dialog import SyncDialog

        try:
            dialog = SyncDialog(self.window)
        except ServiceError as err:
            messages.show_error(self.window, err)
            return
        if action:
            QTimer.singleShot(0, getattr(dialog, action))
        run_dialog(dialog)

    def change_password(self) -> None:
        from desktop_app.views.auth_dialogs import ChangePasswordDialog

        current = session.current()
        if current is None:
            return
        if run_dialog(ChangePasswordDialog(current.username, self.window)):
            messages.info(
                self.window, self.tr("Change password"), self.tr("Your password was changed.")
            )

    # signing out and the idle lock ----------------------------------------------------
    def sign_out(self) -> None:
        if self.window is not None:
            self.window.hide()
        session.sign_in_as(None)
        if self.sign_in() is None:
            self.quit()
            return
        self.show_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def idle_minutes(self) -> int:
        try:
            return int(settings_service.get("idle_lock_minutes") or 0)
        except (TypeError, ValueError):
            return 0

    def check_idle(self) -> None:
        limit = self.idle_minutes()
        if self.locked or limit <= 0 or session.current() is None:
            return
        if time.monotonic() - self.last_input >= limit * 60:
            self.lock_now()

    def lock_now(self) -> None:
        """Hide the data and ask for a password; another user may sign in instead.

        A form left open (a modal dialog) is blurred, not hidden: hiding would end it and lose
        what was typed. While one is open only its user can unlock (another user's window
        cannot be built under it).
        """
        current = session.current()
        self.locked = True
        covered = []
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or widget is self.window:
                continue
            blur = QGraphicsBlurEffect(widget)
            blur.setBlurRadius(40)
            widget.setGraphicsEffect(blur)
            covered.append(widget)
        if self.window is not None:
            self.window.hide()
        username = current.username if current else ""
        try:
            signed = self.sign_in(
                username, locked=True, only_user=username if covered and current else None
            )
        finally:
            for widget in covered:
                widget.setGraphicsEffect(None)  # type: ignore[arg-type]
            self.locked = False
            self.last_input = time.monotonic()
        if signed is None:
            self.quit()
            return
        if current is not None and signed.user_id == current.user_id and self.window is not None:
            self.window.show()
        else:
            self.show_window()

    # backups --------------------------------------------------------------------------
    def daily_backup(self) -> None:
        """The daily automatic backup, in a background thread: a large office database takes
        seconds to copy and check, and the window must not wait for it."""
        if self._backup_thread is not None and self._backup_thread.is_alive():
            return
        self._backup_thread = threading.Thread(
            target=self._run_daily_backup, name="daily-backup", daemon=True
        )
        self._backup_thread.start()

    @staticmethod
    def _run_daily_backup() -> None:
        try:
            with worker_connection():
                made = backup.backup_if_due()
        except Exception:  # a failed automatic backup must never stop the work
            log.exception("automatic backup failed")
            return
        if made is not None:
            log.info("automatic backup %s", made)

    def wait_for_backup(self) -> None:
        """Let a running automatic backup finish before the database is closed or replaced."""
        if self._backup_thread is not None:
            self._backup_thread.join()
            self._backup_thread = None

    def backup_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Back up to a folder (for example a USB stick)")
        )
        if not folder:
            return
        try:
            path = run_task(
                self.window,
                self.tr("Making the backup…"),
                lambda progress: backup.make_backup(Path(folder)),
            )
        except Cancelled:
            return
        except ServiceError as err:
            messages.show_error(self.window, err)
            return
        messages.info(
            self.window,
            self.tr("Backup made"),
            self.tr("The backup was written and checked:\n{path}").format(path=str(path)),
        )

    def restore_backup(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from a backup"),
            str(self.db_path.parent / "backups"),
            self.tr("Kinerja Luring database (*.db);;All files (*)"),
        )
        if not name:
            return
        if not messages.confirm(
            self.window,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace the current database by the backup {name}? A copy of the current "
                "database is kept in the backups folder. You sign in again afterwards."
            ).format(name=Path(name).name),
        ):
            return
        self.wait_for_backup()
        try:
            backup.restore(Path(name), self.db_path)
        except ServiceError as err:
            messages.show_error(self.window, err)
            return
        if self.window is not None:
            self.window.hide()
        session.sign_in_as(None)
        if not self._ensure_setup() or self.sign_in() is None:
            self.quit()
            return
        self.show_window()

    def shutdown(self) -> None:
        """On exit: the exit backup (unless one was made in the last hour), then release the
        database."""
        if self.window is not None:
            self.window.save_state()
        self.wait_for_backup()
        try:
            if office_service.current_office() is not None:
                backup.backup_if_due(dt.timedelta(hours=1))
        except Exception:
            log.exception("backup on exit failed")
        close_database()
        if self.server is not None:
            self.server.close()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None

    def quit(self) -> None:
        self.app.quit()

    # switching databases ----------------------------------------------------------------
    def _switch_to(self, path: Path) -> None:
        previous = self.db_path
        previous_session = session.current()
        self.wait_for_backup()
        close_database()
        session.sign_in_as(None)
        if self._open(path) and self._ensure_setup() and self.sign_in() is not None:
            self.show_window()
            return
        # Fall back to the database that was open before, so the window keeps working; its
        # user stays signed in only if that very database is open again.
        close_database()
        if not self._open(previous):
            self.quit()
            return
        session.sign_in_as(previous_session)
        self.show_window()

    def choose_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open database"),
            str(self.db_path.parent),
            self.tr("Kinerja Luring database (*.db);;All files (*)"),
        )
        if name:
            self._switch_to(Path(name))

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New database"),
            str(self.db_path.parent / "kantor-baru.db"),
            self.tr("Kinerja Luring database (*.db)"),
        )
        if name:
            path = Path(name)
            if path.exists():
                messages.warn(
                    self.window,
                    self.tr("New database"),
                    self.tr("{path} already exists; choose another name.").format(path=str(path)),
                )
                return
            self._switch_to(path)
