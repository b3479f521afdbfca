"""The idle lock of the application controller: after the minutes set in the preferences
without a key press or a mouse move, the data is hidden and the password asked again.

`IdleLock` is a part of `AppController` (which mixes it in and installs it as the
application's event filter).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QGraphicsBlurEffect

from desktop_app.services import session
from desktop_app.services import settings as settings_service
from desktop_app.services.session import Session
from desktop_app.views.main_window import MainWindow

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)


class IdleLock:
    """The idle lock of `AppController` (a mixin: the controller is `self`)."""

    window: MainWindow | None
    last_input: float
    locked: bool

    def sign_in(
        self, username: str = "", *, locked: bool = False, only_user: str | None = None
    ) -> Session | None:
        raise NotImplementedError  # AppController: the sign-in dialog

    def show_window(self) -> MainWindow:
        raise NotImplementedError  # AppController: (re)build the main window

    def quit(self) -> None:
        raise NotImplementedError  # AppController: leave the program

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
