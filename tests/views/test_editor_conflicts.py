"""The SKP and evaluation editors on a shared database: a save over another PC's newer
version of the plan or the evaluation is refused, says who changed it and when, and offers
to reload; after the reload the next save goes through (services.concurrency)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.models.audit import acting_as
from desktop_app.services.evaluation import evaluations
from desktop_app.services.skp import plans
from desktop_app.views import messages
from desktop_app.views.evaluation.editor import EvaluationEditor
from desktop_app.views.skp.editor import SkpEditor
from tests.views.test_evaluation_flow import Q1, _as, unit_of_ten  # noqa: F401 (fixture)
from tests.views.test_skp import YEAR, staff  # noqa: F401 (the fixture)

pytestmark = pytest.mark.gui


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The reload offers made, each answered Yes."""
    questions: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda parent, title, text: questions.append(text) or True
    )
    return questions


def test_the_skp_editor_refuses_to_overwrite_and_reloads(qtbot, staff, asked):  # noqa: F811
    plan_id = plans.create_plan(staff["ani"], YEAR)
    editor = SkpEditor(plan_id)
    qtbot.addWidget(editor)
    editor.show()
    with acting_as("siti"):  # another PC, meanwhile
        theirs = plans.get_plan(plan_id).data
        theirs.resources = "Dari PC lain"
        plans.save_plan(plan_id, theirs)
    editor.resources.setFocus()
    qtbot.keyClicks(editor.resources, "Punya saya")
    assert editor.save_now() is False
    assert asked and "siti changed this record at" in asked[0]
    assert plans.get_plan(plan_id).data.resources == "Dari PC lain"  # theirs is kept
    assert editor.resources.toPlainText() == "Dari PC lain"  # reloaded into the editor
    editor.resources.moveCursor(editor.resources.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.resources, " juga")
    assert editor.save_now() is True
    assert plans.get_plan(plan_id).data.resources == "Dari PC lain juga"
    editor.close()


def test_the_evaluation_editor_refuses_to_overwrite_and_reloads(
    qtbot,
    unit_of_ten,  # noqa: F811
    asked,
):
    ten = unit_of_ten["ten"]
    _as("kapus")
    evaluation_id = evaluations.open_evaluation(ten[2], Q1)
    editor = EvaluationEditor(evaluation_id)
    qtbot.addWidget(editor)
    editor.show()
    with acting_as("siti"):
        data = editor.input()
        data.notes = "Catatan dari PC lain"
        evaluations.save_evaluation(evaluation_id, data)
    editor.notes.setFocus()
    qtbot.keyClicks(editor.notes, "Catatan saya")
    assert editor.store() is False
    assert asked and "siti changed this record at" in asked[0]
    assert evaluations.get_evaluation(evaluation_id).notes == "Catatan dari PC lain"
    assert editor.notes.toPlainText() == "Catatan dari PC lain"
    qtbot.keyClick(editor.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.notes, " juga")
    assert editor.store() is True
    assert evaluations.get_evaluation(evaluation_id).notes == "Catatan dari PC lain juga"
