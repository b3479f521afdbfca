"""Application controller: opens the database (one process per file; `database_opening`), sets
up a new office, signs the user in, builds the main window, locks it after idle time
(`idle_lock`), and makes backups.

Start-up order: lock file (a second program on the same database hands over to the first,
which comes to the front) -> open and migrate (a damaged file is reported in plain words with
the offer to restore the newest good backup; a network drive is refused) -> first-run setup
(office and administrator) -> sign-in -> daily backup -> main window. Leaving makes a backup.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from desktop_app.errors import ServiceError
from desktop_app.i18n import translator
from desktop_app.models.database import close_database, worker_connection
from desktop_app.services import auth, session
from desktop_app.services import office as office_service
from desktop_app.services.session import Session
from desktop_app.views import messages
from desktop_app.views.database_opening import DatabaseOpening
from desktop_app.views.idle_lock import IdleLock
from desktop_app.views.main_window import MainWindow
from desktop_app.views.tasks import Cancelled, run_task

if TYPE_CHECKING:
    from desktop_app.services.backup import BackupResult

log = logging.getLogger(__name__)
_IDLE_CHECK_MS = 30_000
_BACKUP_CHECK_MS = 60 * 60 * 1000


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when accepted (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class AppController(DatabaseOpening, IdleLock, QObject):
    def __init__(
        self, app: QApplication, db_path: Path, lang: str | None = None, *, named: bool = False
    ) -> None:
        """`named`: the database was named at start (--db); it must exist then."""
        super().__init__()
        self.app = app
        self.db_path = db_path
        self.named = named
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
        if self.named and self._named_database_missing(self.db_path):
            return False
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
            old.save_state(user=old.session == session.current() and old.isVisible())
        info = office_service.current_office()
        label = f"{info.name} ({info.code})" if info else ""
        window = MainWindow(label, session=session.current())
        window.language_requested.connect(self.set_language)
        window.open_database_requested.connect(self.choose_database)
        window.new_database_requested.connect(self.new_database)
        window.connect_server_requested.connect(self.connect_server)
        window.office_identity_requested.connect(self.edit_office)
        window.backup_requested.connect(self.backup_to_folder)
        window.restore_requested.connect(self.restore_backup)
        window.sign_out_requested.connect(self.sign_out)
        window.change_password_requested.connect(self.change_password)
        window.users_requested.connect(self.manage_users)
        window.preferences_requested.connect(self.edit_preferences)
        window.audit_requested.connect(self.show_audit)
        window.sync_requested.connect(self.open_sync)
        window.show_database_path(getattr(self.db_path, "url", "") or self.db_path)
        window.show()
        self.window = window
        if old is not None:
            old.hide()
            old.deleteLater()
        return window

    def set_language(self, lang: str) -> None:
        translator.save_language(lang)
        self.lang = translator.install(lang)
        kept = self.window.view_state() if self.window is not None else None
        window = self.show_window()
        if kept is not None:  # every list as the user left it, only in the other language
            window.apply_view_state(kept)

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

    # signing out ------------------------------------------------------------------------
    def sign_out(self) -> None:
        if self.window is not None:
            self.window.save_state()  # the leaving user's own tab, before the next signs in
            self.window.hide()
        session.sign_in_as(None)
        if self.sign_in() is None:
            self.quit()
            return
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
        from desktop_app.services import backup  # the backup service loads after the start

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
        from desktop_app.services import backup

        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Back up to a folder (for example a USB stick)")
        )
        if not folder:
            return
        try:
            result = run_task(
                self.window,
                self.tr("Making the backup…"),
                lambda progress: backup.write_backup(Path(folder)),
            )
        except Cancelled:
            return
        except ServiceError as err:
            messages.show_error(self.window, err)
            return
        if result.warning:
            messages.info(
                self.window,
                self.tr("Backup made, NOT sealed"),
                self.tr(
                    "The backup was written and checked:\n{path}\n{size}\n\nIt is NOT sealed: "
                    "it holds the office signing key and the password hashes in the clear. Keep "
                    "it locked away, and create the backup key (Settings > Office identity) so "
                    "that the next backups are sealed (and compressed)."
                ).format(path=str(result.path), size=self._backup_size(result)),
            )
            return
        messages.info(
            self.window,
            self.tr("Backup made"),
            self.tr("The backup was written, checked and sealed:\n{path}\n{size}").format(
                path=str(result.path), size=self._backup_size(result)
            ),
        )

    def _backup_size(self, result: BackupResult) -> str:
        """ "12,5 MB (the database: 61,2 MB)": what the backup takes on the stick."""
        from desktop_app.scoring.indonesian_format import format_number

        return self.tr("{size} MB (the database: {database} MB)").format(
            size=format_number(result.size / 1e6, 1),
            database=format_number(result.database_size / 1e6, 1),
        )

    def restore_backup(self) -> None:
        from desktop_app.services import backup, backup_seal

        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from a backup"),
            str(self.db_path.parent / "backups"),
            self.tr("Kinerja Luring database (*.db *.age);;All files (*)"),
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
        passphrase = None
        if backup_seal.is_sealed(Path(name)):
            from desktop_app.views.admin.backup_key_dialog import ask_passphrase

            passphrase = ask_passphrase(self.window, Path(name).name)
            if passphrase is None:
                return
        self.wait_for_backup()
        try:
            backup.restore(Path(name), self.db_path, passphrase)
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
        from desktop_app.services import backup

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
        if self.window is not None:
            self.window.save_state()  # the user's tab, in the database being left
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
            self.tr("Kinerja Luring database (*.db *.age);;All files (*)"),
        )
        if name:
            self._switch_to(Path(name))

    def connect_server(self) -> None:
        """Work on the office database of a PostgreSQL server (views/server_dialog.py)."""
        from desktop_app.views import server_dialog

        dialog = server_dialog.ServerConnectionDialog(self.window, server_dialog.open_target())
        if run_dialog(dialog) and dialog.target is not None:
            self._switch_to(server_dialog.path_of(dialog.target))

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
