"""Application controller: opens the database (one process per file), asks for the office
identity on first start, builds the main window and rebuilds it when the language changes."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from desktop_app.i18n import translator
from desktop_app.models.database import (
    NotADatabaseError,
    SchemaTooNewError,
    close_database,
    open_database,
)
from desktop_app.services import office as office_service
from desktop_app.views import messages
from desktop_app.views.main_window import MainWindow

log = logging.getLogger(__name__)


class AppController(QObject):
    def __init__(self, app: QApplication, db_path: Path, lang: str | None = None) -> None:
        super().__init__()
        self.app = app
        self.db_path = db_path
        self.lock: QLockFile | None = None
        self.window: MainWindow | None = None
        self.lang = translator.install(lang or translator.saved_language())

    # database -------------------------------------------------------------------------
    def _open(self, path: Path) -> bool:
        lock = QLockFile(str(path) + ".lock")
        lock.setStaleLockTime(0)
        if not lock.tryLock(200):
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
            result = open_database(path)
        except SchemaTooNewError as err:
            lock.unlock()
            messages.warn(
                None,
                self.tr("Newer database"),
                self.tr(
                    "This database was written by a newer version of Kinerja Luring "
                    "(schema {found}; this version knows up to {known}). Install the newer version "
                    "to open it. Nothing was changed."
                ).format(found=err.found, known=err.known),
            )
            return False
        except NotADatabaseError:
            lock.unlock()
            messages.warn(
                None,
                self.tr("Not a Kinerja Luring database"),
                self.tr(
                    "The file {path} is not a Kinerja Luring database. Nothing was changed."
                ).format(path=str(path)),
            )
            return False
        if self.lock is not None:
            self.lock.unlock()
        self.lock = lock
        self.db_path = path
        if result.upgraded_from is not None:
            log.info("database upgraded from %s, backup %s", result.upgraded_from, result.backup)
        return True

    def _ensure_office(self) -> bool:
        if office_service.current_office() is not None:
            return True
        from desktop_app.views.office_dialog import OfficeDialog

        dialog = OfficeDialog(None)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def start(self) -> bool:
        if not self._open(self.db_path):
            return False
        if not self._ensure_office():
            return False
        self.show_window()
        return True

    # window ---------------------------------------------------------------------------
    def show_window(self) -> MainWindow:
        old = self.window
        if old is not None:
            old.save_state()
        info = office_service.current_office()
        label = f"{info.name} ({info.code})" if info else ""
        window = MainWindow(label)
        window.language_requested.connect(self.set_language)
        window.open_database_requested.connect(self.choose_database)
        window.new_database_requested.connect(self.new_database)
        window.office_identity_requested.connect(self.edit_office)
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
        from desktop_app.views.office_dialog import OfficeDialog

        if OfficeDialog(self.window).exec() == QDialog.DialogCode.Accepted:
            self.show_window()

    def _switch_to(self, path: Path) -> None:
        previous = self.db_path
        close_database()
        if self._open(path) and self._ensure_office():
            self.show_window()
            return
        # Fall back to the database that was open before, so the window keeps working.
        self._open(previous)
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
