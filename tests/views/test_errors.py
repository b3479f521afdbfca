"""Unexpected errors are logged and shown as a friendly dialog with a copy button."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.errors import InputError
from desktop_app.views import messages


def _raise_and_report(reporter, exc):
    try:
        raise exc
    except type(exc) as err:
        reporter(type(err), err, err.__traceback__)


def test_crash_is_logged_and_details_can_be_copied(qtbot, caplog):
    reporter = messages.CrashReporter(show_windows=True)
    with caplog.at_level(logging.ERROR):
        _raise_and_report(reporter, ZeroDivisionError("boom"))
    assert "uncaught exception" in caplog.text
    box = reporter.last_box
    assert box is not None and box.isVisible()
    qtbot.addWidget(box)
    assert "Traceback" not in box.text()  # the traceback stays in the details
    assert "ZeroDivisionError: boom" in box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert "ZeroDivisionError: boom" in QApplication.clipboard().text()
    box.close()


def test_known_error_shows_its_message_without_traceback(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: shown.append(text))
    reporter = messages.CrashReporter(show_windows=True)
    _raise_and_report(reporter, InputError("The unit code {code} is taken.", code="A1"))
    assert shown == ["The unit code A1 is taken."]
    assert reporter.last_box is None


def test_error_text_translates_nested_messages():
    inner = InputError("Unit {code} is gone.", code="X")
    outer = InputError("{count} problem(s): {first}", count=1, first=inner)
    assert messages.error_text(outer) == "1 problem(s): Unit X is gone."


def test_no_windows_mode_only_logs(qtbot, caplog):
    reporter = messages.CrashReporter(show_windows=False)
    with caplog.at_level(logging.ERROR):
        _raise_and_report(reporter, RuntimeError("quiet"))
    assert reporter.last_box is None
    assert "quiet" in caplog.text
    assert not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_list_of_sentences_reads_as_sentences():
    """Found in the walkthrough of issue 18: Ajukan on an incomplete SKP said "... (pilih RHK
    tersebut atau ketik teksnya)., RHK B.1 ..." (whole sentences joined by a comma)."""
    first = InputError("RHK {n} needs the superior's RHK it supports (or its text).", n="A.1")
    second = InputError("RHK {n} needs the superior's RHK it supports (or its text).", n="B.1")
    outer = InputError("The SKP is not complete: {problems}", problems=[first, second])
    assert messages.error_text(outer) == (
        "The SKP is not complete: RHK A.1 needs the superior's RHK it supports (or its text)."
        " RHK B.1 needs the superior's RHK it supports (or its text)."
    )
    phrases = InputError("Missing: {fields}", fields=[InputError("NIP"), InputError("golongan")])
    assert messages.error_text(phrases) == "Missing: NIP, golongan"
