"""Messages longer than their field are shown whole, wrapped in the room their line keeps for
them, and still move nothing when they appear (issue 18): the PNS ID message of the employee
form and a refused target under the SKP indicator table were cut at the field's width. One
message line (`typed_input.message_lines.MessageLine`) and one `MessageForm` for every form."""

# ruff: noqa: F811  (the `staff` fixture of test_skp is imported and used by name)
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit

from desktop_app.i18n import translator
from desktop_app.services import auth, session
from desktop_app.services.register import employee_queries
from desktop_app.views.admin import field_messages
from desktop_app.views.register.employee_dialog import EmployeeDialog
from desktop_app.views.skp.editor import SkpEditor
from desktop_app.views.typed_input import forms
from desktop_app.views.typed_input.message_lines import MessageLine, fits, message_line
from tests.views.keyboard import activate, open_cell, type_into_cell
from tests.views.test_skp import PASSWORD, staff  # noqa: F401 (the fixture)

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "id"])
def language(request, qapp):
    translator.install(request.param)
    yield request.param
    translator.install("en")


def _at(widget) -> QPoint:  # type: ignore[no-untyped-def]
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_the_pns_id_message_is_shown_whole_and_moves_nothing(qtbot, staff, language):
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    dialog = EmployeeDialog(employee_queries.list_employees(), None)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    line = dialog.form.errors["pns_id"]
    below = dialog.kind  # the field under the PNS ID
    before = _at(below), line.height(), dialog.size()
    qtbot.mouseClick(dialog.pns_id, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.pns_id, "A" * 40)
    qtbot.wait(20)
    assert "40" in line.text()
    assert fits(line), line.text()  # every word shown, no widget over it
    assert (_at(below), line.height(), dialog.size()) == before
    dialog.pns_id.clear()
    qtbot.keyClicks(dialog.pns_id, "abc!")
    qtbot.wait(20)
    assert line.text() and fits(line)
    assert (_at(below), line.height(), dialog.size()) == before


def test_a_refused_target_under_the_skp_table_is_shown_whole(qtbot, staff, language):
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    editor = SkpEditor(staff["kabid_plan"])
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    line = editor.cell_message
    table_at, height = editor.indicator_table.geometry(), line.height()
    below = editor.add_indicator_button
    button_at = _at(below)
    cell = open_cell(qtbot, editor.indicator_table, 0, editor.TARGET)
    type_into_cell(qtbot, cell, "abc")
    qtbot.wait(20)
    assert "abc" in line.text()
    assert fits(line), line.text()
    assert (editor.indicator_table.geometry(), line.height(), _at(below)) == (
        table_at,
        height,
        button_at,
    )


def test_a_line_holds_its_longest_sample_wrapped_and_grows_rather_than_cut(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    edit = QLineEdit()
    long = "A message of many words " * 6
    line = message_line("m", samples=[long])
    form.addRow("Field:", edit)
    form.addRow(line)
    dialog.resize(300, 200)
    activate(qtbot, dialog)
    qtbot.wait(20)
    reserved = line.height()
    assert reserved > 2 * line.fontMetrics().lineSpacing()  # room for the wrapped sample
    line.setText(long)
    assert fits(line) and line.height() == reserved  # shown whole, nothing moved
    longer = long * 3
    line.setText(longer)
    assert fits(line)  # never cut: longer than any sample, the line grows


def test_one_message_form_for_the_editors_and_the_administration():
    assert field_messages.MessageForm is forms.MessageForm
    assert field_messages.ReservedMessage is MessageLine
    assert field_messages.reserved_message(2).lines == 2
