"""The dialog kinerja / konseling kinerja records are reachable wherever the employee is
selected (issue 20, Deliver 6): "Dialogue and counselling…" on the SKP tab and on the Evaluasi
tab opens the same records dialog, of that employee only, and so does the IDP's follow-up of a
poor predikat; chosen by mouse and by keyboard (the button's mnemonic)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.development import dialogue
from desktop_app.services.development import idp as development
from desktop_app.services.development.dialogue import DialogueInput
from desktop_app.views.development import dialogue_dialog
from desktop_app.views.development.editor import IdpEditor
from desktop_app.views.evaluation.tab import EvaluationTab
from desktop_app.views.skp.tab import SkpTab
from tests import followup_office
from tests.followup_office import YEAR, sign_in
from tests.views.keyboard import activate

pytestmark = pytest.mark.gui
dialogue_dialog_opened: list[int] = []  # the employees whose records were opened, in order


@pytest.fixture
def people(office):
    people = followup_office.build()
    for employee, topic in ((people.budi, "Capaian Budi"), (people.pia, "Capaian Pia")):
        dialogue.save_dialogue(DialogueInput(employee, "DIALOG", dt.date(YEAR, 3, 2), topic))
    return people


@pytest.fixture
def opened(monkeypatch):
    """The records dialogs opened: (employee id, title, topics listed)."""
    seen: list[tuple[int, str, list[str]]] = []

    def records(dialog) -> bool:
        model = dialog.model
        topics = [model.index(r, 2).data() for r in range(model.rowCount())]
        seen.append((dialog.employee_id, dialog.windowTitle(), topics))
        dialogue_dialog_opened.append(dialog.employee_id)
        return True

    monkeypatch.setattr(dialogue_dialog, "open_records", records)
    dialogue_dialog_opened[:] = []
    return seen


def _shown(qtbot, widget) -> None:
    qtbot.addWidget(widget)
    activate(qtbot, widget)


def _press_alt_g(qtbot, focus) -> None:
    """The button's mnemonic; Qt clicks a button so after a short animation."""
    count = len(dialogue_dialog_opened)
    qtbot.keyClick(focus, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(dialogue_dialog_opened) > count, timeout=3000)


def _click_name(qtbot, table, name: str) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if model.index(row, column).data() == name:
                rect = table.visualRect(model.index(row, column))
                qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                return
    raise AssertionError(f"{name} is not listed")


def test_from_the_skp_tab_by_mouse_and_by_keyboard(qtbot, people, opened):
    sign_in("kabid")
    tab = SkpTab()
    _shown(qtbot, tab)
    tab.table.clearSelection()
    tab.table.setCurrentIndex(tab.table.model().index(-1, -1))
    assert not tab.dialogue_button.isEnabled()  # nobody chosen
    assert tab.dialogue_button.toolTip()
    _click_name(qtbot, tab.table, "Budi")
    assert tab.dialogue_button.isEnabled()
    qtbot.mouseClick(tab.dialogue_button, Qt.MouseButton.LeftButton)
    assert opened == [(people.budi, "Dialogue and counselling: Budi", ["Capaian Budi"])]

    _click_name(qtbot, tab.table, "Pia")
    tab.table.setFocus()
    _press_alt_g(qtbot, tab.table)
    assert len(opened) == 2
    assert opened[-1] == (people.pia, "Dialogue and counselling: Pia", ["Capaian Pia"])


def test_from_the_evaluation_tab_by_keyboard(qtbot, people, opened):
    sign_in("kabid")
    tab = EvaluationTab()
    _shown(qtbot, tab)
    _click_name(qtbot, tab.table, "Budi")
    qtbot.keyClick(tab.table, Qt.Key.Key_Home)
    names = [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]
    for _ in range(names.index("Budi")):
        qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.current_row().name == "Budi"
    _press_alt_g(qtbot, tab.table)
    assert opened == [(people.budi, "Dialogue and counselling: Budi", ["Capaian Budi"])]
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    row = tab.current_row()
    qtbot.mouseClick(tab.dialogue_button, Qt.MouseButton.LeftButton)
    assert opened[-1][0] == row.employee_id and opened[-1][1].endswith(row.name)


def test_from_the_follow_up_of_a_poor_predikat_in_the_idp(qtbot, people, opened):
    sign_in("kabid")
    poor = IdpEditor(development.create_plan(people.budi, YEAR))  # Kurang in Q1
    _shown(qtbot, poor)
    button = poor.idp_header.dialogue_button
    assert button.isVisible() and "Konseling kinerja" in poor.follow.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [(people.budi, "Dialogue and counselling: Budi", ["Capaian Budi"])]

    good = IdpEditor(development.create_plan(people.pia, YEAR))  # Baik: nothing to follow up
    _shown(qtbot, good)
    assert not good.idp_header.dialogue_button.isVisible()
