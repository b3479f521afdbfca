"""Message boxes built in one place, so tests can replace them and every box is translated.

`error_text(exc)` turns a service or rule error into the user's language: the error carries an
English template (`msgid`), its translation context and the parameters to fill in.
"""

from __future__ import annotations

import datetime as dt
import logging
import traceback
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.i18n.translator import interface_language, tr_
from desktop_app.logging_setup import log_path
from desktop_app.views import formatting

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The message of a ServiceError/RuleError in the current language (plain str otherwise)."""
    msgid = getattr(exc, "msgid", None)
    if not msgid:
        return str(exc)
    params = {key: _shown(value) for key, value in getattr(exc, "params", {}).items()}
    template = QCoreApplication.translate(getattr(exc, "context", "services"), msgid)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return msgid.format(**params)


def _shown(value: object) -> object:
    """A message parameter in the user's language: errors translated, lists of them joined
    (sentences by a space, short phrases by a comma)."""
    if isinstance(value, BaseException):
        return error_text(value)
    if hasattr(value, "in_language"):  # scoring.indonesian_format.LocalDate, LocalNumber
        return value.in_language(interface_language())
    if isinstance(value, Decimal | float) and not isinstance(value, bool):
        return _number(value)  # "1.234,5" on Indonesian screens, "1,234.5" on English ones
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return formatting.format_date(value)  # "3 Desember 2026", never "2026-12-03"
    if (
        isinstance(value, list | tuple)
        and value
        and all(isinstance(v, BaseException) for v in value)
    ):
        texts = [error_text(v) for v in value]
        # whole sentences follow one another; ", " after a full stop read ")., RHK B.1 ..."
        sentences = all(text.rstrip().endswith((".", "!", "?")) for text in texts)
        return (" " if sentences else ", ").join(texts)
    return value


def _number(value: Decimal | float) -> str:
    """A number parameter with every decimal it carries (at least two kept if any)."""
    places = 2
    if isinstance(value, Decimal) and value.is_finite():
        exponent = value.as_tuple().exponent
        places = max(2, -exponent) if isinstance(exponent, int) else 2
    return formatting.format_number(value, places)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(tr_("messages", "Yes"), QMessageBox.ButtonRole.YesRole)
    box.addButton(tr_("messages", "No"), QMessageBox.ButtonRole.NoRole)
    box.exec()
    return box.clickedButton() is yes


def info(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.addButton(tr_("messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.addButton(tr_("messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A known error (bad input, conflict): its translated message, no technical details."""
    warn(parent, tr_("messages", "Cannot do that"), error_text(exc))


def build_crash_box(parent: QWidget | None, details: str) -> QMessageBox:
    """The friendly dialog for an unexpected error: what happened, what to do, copy details."""
    box = QMessageBox(
        QMessageBox.Icon.Critical, tr_("messages", "Unexpected error"), "", parent=parent
    )
    box.setText(
        tr_(
            "messages",
            "Something went wrong and the last action was not completed. Nothing that was "
            "already saved is lost, and an open form keeps what you typed.\n\n"
            "If it happens again, send the details to your support contact. "
            "They are also written to the log file:\n{path}",
        ).format(path=str(log_path()))
    )
    box.setDetailedText(details)
    copy = box.addButton(tr_("messages", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr_("messages", "Close"), QMessageBox.ButtonRole.AcceptRole)

    def on_click(button) -> None:  # type: ignore[no-untyped-def]
        if button is copy:
            QApplication.clipboard().setText(details)

    box.buttonClicked.connect(on_click)
    return box


class CrashReporter:
    """sys.excepthook for the GUI: log, then show one non-blocking dialog at a time."""

    def __init__(self, show_windows: bool = True) -> None:
        self.show_windows = show_windows
        self.last_box: QMessageBox | None = None

    def __call__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        if not self.show_windows or QApplication.instance() is None:
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if getattr(exc, "msgid", None):  # a known error that escaped a handler: no traceback
            show_error(QApplication.activeWindow(), exc)
            return
        if self.last_box is not None and self.last_box.isVisible():
            return
        self.last_box = build_crash_box(QApplication.activeWindow(), details)
        self.last_box.open()
