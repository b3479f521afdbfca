"""The employee editor on a shared database: when another PC saved the employee after the
form was opened, Save refuses to overwrite it, says who changed it and when, and offers to
reload; after the reload the user's next save goes through (services.concurrency)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from desktop_app.models.audit import acting_as
from desktop_app.services import auth, session
from desktop_app.services.register import employees
from desktop_app.views import messages
from tests.views.test_skp import PASSWORD, staff  # noqa: F401 (the fixture)
from tests.views.test_typed_input_register import _dialog, _retype, _save_button

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(staff):  # noqa: F811 (the fixture imported above)
    """The test_skp office with the administrator signed in (who may write the register)."""
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    return staff


def test_a_save_over_another_pcs_change_is_refused_and_reloaded(qtbot, editor, monkeypatch):
    employee_id = editor["kabid"]
    dialog = _dialog(qtbot, employee_id)
    with acting_as("siti"):  # another PC, meanwhile
        theirs = dataclasses.replace(dialog.input(), name="Nama Dari PC Lain")
        employees.save_employee(theirs, employee_id)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text) or True)
    _retype(qtbot, dialog.name, "Nama Saya")
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved_id is None
    assert asked and "siti changed this record at" in asked[0]
    assert employees.get_employee(employee_id).name == "Nama Dari PC Lain"  # theirs is kept
    assert dialog.name.text() == "Nama Dari PC Lain"  # reloaded into the form
    assert "Reloaded" in dialog.general_error.text()
    _retype(qtbot, dialog.name, "Nama Saya")
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.saved_id == employee_id
    assert employees.get_employee(employee_id).name == "Nama Saya"


def test_declining_the_reload_keeps_what_was_typed(qtbot, editor, monkeypatch):
    employee_id = editor["kabid"]
    dialog = _dialog(qtbot, employee_id)
    with acting_as("siti"):
        employees.save_employee(dataclasses.replace(dialog.input(), name="Lain"), employee_id)
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: False)
    _retype(qtbot, dialog.name, "Nama Saya")
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.name.text() == "Nama Saya" and dialog.isVisible()
    assert "siti changed this record" in dialog.general_error.text()
    assert employees.get_employee(employee_id).name == "Lain"
