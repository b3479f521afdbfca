"""A question before each workflow step that cannot simply be undone (issue 18, defect 10a):
Ajukan, Setujui, Tetapkan final, and the reason asked before Kembalikan or re-opening say what
will happen (who gets the document, what becomes read-only). No or Esc cancels and nothing
changes; the step's own button takes it. The buttons are clicked as a user does."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.scoring import Rating
from desktop_app.services import periods
from desktop_app.services.development import idp as development
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.skp import plans
from desktop_app.services.skp.plans import PlanInput, ResultInput
from desktop_app.views.development import editor as idp_editor
from desktop_app.views.evaluation.editor import EvaluationEditor
from desktop_app.views.skp import editor as skp_editor
from tests.builders import USULAN, approved_skp

pytestmark = pytest.mark.gui
YEAR = 2026
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def staff(office):
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kabid = employees.save_employee(EmployeeInput("197102022000032002", "Kabid", "IV/a", unit))
    budi = employees.save_employee(
        EmployeeInput(
            "198609262015051001", "Budi", "III/b", unit, supervisor_id=kabid, appraiser_id=kabid
        )
    )
    periods.open_period(YEAR)
    return {"kabid": kabid, "budi": budi}


def draft_skp(employee_id: int) -> int:
    plan_id = plans.create_plan(employee_id, YEAR)
    result = ResultInput("Layanan tepat waktu", True, [USULAN], parent_text="Sasaran pimpinan")
    plans.save_plan(plan_id, PlanInput("KUANTITATIF", [result], {}))
    return plan_id


def test_skp_submit_and_approve_are_asked_first(qtbot, staff, workflow_questions):
    plan_id = draft_skp(staff["budi"])
    editor = skp_editor.SkpEditor(plan_id)
    qtbot.addWidget(editor)
    editor.show()
    for answer in ("no", "escape"):
        workflow_questions.answer = answer
        qtbot.mouseClick(editor.submit_button, CLICK)
        assert plans.get_plan(plan_id).status == plans.DRAFT
    question = workflow_questions[-1]
    assert "Budi" in question and "Kabid" in question and "nobody can change it" in question
    workflow_questions.answer = "accept"
    qtbot.mouseClick(editor.submit_button, CLICK)
    assert plans.get_plan(plan_id).status == plans.SUBMITTED
    assert len(workflow_questions) == 3

    workflow_questions.answer = "no"
    qtbot.mouseClick(editor.approve_button, CLICK)
    assert plans.get_plan(plan_id).status == plans.SUBMITTED
    assert "read-only" in workflow_questions[-1]
    workflow_questions.answer = "accept"
    qtbot.mouseClick(editor.approve_button, CLICK)
    assert plans.get_plan(plan_id).status == plans.APPROVED


def test_returning_and_reopening_say_what_happens_and_cancel_changes_nothing(
    qtbot, staff, monkeypatch
):
    plan_id = draft_skp(staff["budi"])
    plans.submit(plan_id)
    asked: list[str] = []
    answer: list[str | None] = [None]

    def ask_reason(parent, title, label):  # type: ignore[no-untyped-def]
        asked.append(label)
        return answer[0]

    monkeypatch.setattr(skp_editor, "ask_reason", ask_reason)
    editor = skp_editor.SkpEditor(plan_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.mouseClick(editor.return_button, CLICK)  # cancelled
    assert plans.get_plan(plan_id).status == plans.SUBMITTED
    assert "goes back to Budi as a draft" in asked[-1]
    answer[0] = "Target terlalu rendah"
    qtbot.mouseClick(editor.return_button, CLICK)
    assert plans.get_plan(plan_id).status == plans.RETURNED

    approved = approved_skp(staff["kabid"], YEAR)
    editor = skp_editor.SkpEditor(approved)
    qtbot.addWidget(editor)
    editor.show()
    answer[0] = None
    qtbot.mouseClick(editor.reopen_button, CLICK)
    assert plans.get_plan(approved).status == plans.APPROVED
    assert "goes back to draft" in asked[-1]


def test_making_an_evaluation_final_is_asked_first(qtbot, staff, workflow_questions):
    approved_skp(staff["budi"], YEAR)
    evaluation_id = evaluations.open_evaluation(staff["budi"], f"{YEAR}-Q1")
    data = evaluations.get_evaluation(evaluation_id).data
    data.rating_hasil, data.rating_perilaku = Rating.SESUAI.value, Rating.SESUAI.value
    evaluations.save_evaluation(evaluation_id, data)
    editor = EvaluationEditor(evaluation_id)
    qtbot.addWidget(editor)
    editor.show()
    for answer in ("no", "escape"):
        workflow_questions.answer = answer
        qtbot.mouseClick(editor.finalize_button, CLICK)
        assert evaluations.get_evaluation(evaluation_id).status != evaluations.FINALISED
    assert "Budi" in workflow_questions[-1] and "read-only" in workflow_questions[-1]
    assert "Baik" in workflow_questions[-1]  # the predikat that becomes final
    workflow_questions.answer = "accept"
    qtbot.mouseClick(editor.finalize_button, CLICK)
    assert evaluations.get_evaluation(evaluation_id).status == evaluations.FINALISED


def test_agreeing_to_an_idp_is_asked_first(qtbot, tmp_path, demo_templates, workflow_questions):
    demo_templates.open_copy(tmp_path / "kantor.db", 30, seed=7, today=dt.date(YEAR, 12, 3))
    from desktop_app.models import DevelopmentPlan

    plan = DevelopmentPlan.get_or_none(DevelopmentPlan.status == development.SUBMITTED)
    if plan is None:  # the demo's IDPs are agreed: one goes back to waiting
        plan = DevelopmentPlan.get(DevelopmentPlan.status == development.AGREED)
        development.reopen(plan.id, "uji")
        development.submit(plan.id)
    editor = idp_editor.IdpEditor(plan.id)
    qtbot.addWidget(editor)
    editor.show()
    workflow_questions.answer = "no"
    qtbot.mouseClick(editor.agree_button, CLICK)
    assert development.get_plan(plan.id).status == development.SUBMITTED
    assert "locked" in workflow_questions[-1]
    workflow_questions.answer = "accept"
    qtbot.mouseClick(editor.agree_button, CLICK)
    assert development.get_plan(plan.id).status == development.AGREED
