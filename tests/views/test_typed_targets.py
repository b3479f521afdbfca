"""Targets typed and shown as numbers with their unit (issue 18): the evaluation editor showed
a target as stored ("95.5 persen"); it is a typed value (`scoring.target_units.Target`) written
in the reader's language ("95,5 persen", "1.250 dokumen"; English "95.5", "1,250"), on the
screen and on the printed form. Each unit kind has its range (a percentage target 0-100, its
realisasi up to 1000 %, a count a whole number), said beside the cell in user words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop_app.services import auth, periods, session
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.reports import forms
from desktop_app.services.skp import plans
from desktop_app.services.skp.plans import IndicatorInput
from desktop_app.views import formatting
from desktop_app.views.evaluation.editor import EvaluationEditor
from desktop_app.views.skp.editor import SkpEditor
from desktop_app.views.typed_input.delegates import ERROR_ROLE
from tests.builders import approved_skp
from tests.views.keyboard import activate, leave_cell, open_cell, pdf_text, type_into_cell

pytestmark = pytest.mark.gui

PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026


@pytest.fixture
def team(office):
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kabid = employees.save_employee(EmployeeInput("197102022000032002", "Kabid", "IV/a", unit))
    budi = employees.save_employee(
        EmployeeInput(
            "198609262015051001",
            "Budi",
            "III/b",
            unit,
            supervisor_id=kabid,
            appraiser_id=kabid,
            position_name="Pengelola Data",
            position_type="PELAKSANA",
        )
    )
    periods.open_period(YEAR)
    plan_id = approved_skp(
        budi,
        YEAR,
        rhk="Layanan tepat waktu",
        indicators=[
            IndicatorInput("KUANTITAS", "Kepuasan layanan", "95.5", "persen"),
            IndicatorInput("KUANTITAS", "Dokumen diproses", "1250", "dokumen"),
        ],
        parent_text="Sasaran pimpinan",
    )
    auth.create_user("admin", PASSWORD, "admin")
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    return {"budi": budi, "plan": plan_id}


@pytest.fixture
def locale(request):
    before = QLocale()
    if request.param == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield request.param
    QLocale.setDefault(before)


def _editor(qtbot, evaluation_id: int) -> EvaluationEditor:
    editor = EvaluationEditor(evaluation_id)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    return editor


@pytest.mark.parametrize(
    ("locale", "shown"),
    [("id", ["95,5 persen", "1.250 dokumen"]), ("en", ["95.5 persen", "1,250 dokumen"])],
    indirect=["locale"],
)
def test_the_evaluation_editor_shows_targets_in_the_readers_language(qtbot, team, locale, shown):
    evaluation_id = evaluations.open_evaluation(team["budi"], f"{YEAR}-Q1")
    editor = _editor(qtbot, evaluation_id)
    column = 3  # Target
    assert [editor.indicator_model.item(r, column).text() for r in range(2)] == shown


def test_the_printed_evaluation_writes_the_target_as_the_form_does(team):
    evaluation_id = evaluations.open_evaluation(team["budi"], f"{YEAR}-Q1")
    text = pdf_text(forms.build_evaluation, evaluation_id)
    assert "95,5 persen" in text and "1.250 dokumen" in text
    assert "95.5 persen" not in text


def test_a_realisasi_beyond_its_units_range_is_refused_beside_the_cell(qtbot, team):
    evaluation_id = evaluations.open_evaluation(team["budi"], f"{YEAR}-Q1")
    editor = _editor(qtbot, evaluation_id)
    cell = open_cell(qtbot, editor.indicators, 0, editor.REALISASI, "double")
    type_into_cell(qtbot, cell, "1500 persen")
    allowed = formatting.format_number(1000)  # in the interface language
    assert f"between 0 and {allowed} persen" in editor.cell_message.text()  # in user words
    leave_cell(qtbot, cell, "enter", editor.notes, editor)
    assert editor.indicator_model.item(0, editor.REALISASI).data(ERROR_ROLE)
    cell = open_cell(qtbot, editor.indicators, 1, editor.REALISASI, "double")
    type_into_cell(qtbot, cell, "12,5 dokumen")  # a count is a whole number
    assert "whole number" in editor.cell_message.text()
    leave_cell(qtbot, cell, "enter", editor.notes, editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert [i.realisasi for i in evaluations.get_evaluation(evaluation_id).indicators] == ["", ""]
    cell = open_cell(qtbot, editor.indicators, 0, editor.REALISASI, "double")
    type_into_cell(qtbot, cell, "120 persen")  # over-achievement is allowed
    leave_cell(qtbot, cell, "enter", editor.notes, editor)
    cell = open_cell(qtbot, editor.indicators, 1, editor.REALISASI, "double")
    type_into_cell(qtbot, cell, "1300 dokumen")
    leave_cell(qtbot, cell, "enter", editor.notes, editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.cell_message.text() == ""
    stored = [i.realisasi for i in evaluations.get_evaluation(evaluation_id).indicators]
    assert stored == ["120 persen", "1300 dokumen"]


def test_a_target_outside_its_units_range_is_refused_in_the_skp_editor(qtbot, team):
    plans.reopen(team["plan"], "Target diperbaiki")
    editor = SkpEditor(team["plan"])
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    table, model = editor.indicator_table, editor.indicator_model
    cell = open_cell(qtbot, table, 0, editor.TARGET)
    type_into_cell(qtbot, cell, "150")
    assert "between 0 and 100 persen" in editor.cell_message.text()
    leave_cell(qtbot, cell, "enter", editor.result_text, editor)
    assert model.item(0, editor.TARGET).text() == "150"  # kept as typed, refused
    assert model.item(0, editor.TARGET).data(ERROR_ROLE)
    cell = open_cell(qtbot, table, 1, editor.TARGET)
    type_into_cell(qtbot, cell, "12.5")
    assert "whole number" in editor.cell_message.text()
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.saved_label.text() == "Not saved", timeout=5000)
    assert plans.get_plan(team["plan"]).data.results[0].indicators[0].target_value == "95.5"
    cell = open_cell(qtbot, table, 0, editor.UNIT)  # 150 of a count is fine
    type_into_cell(qtbot, cell, "dokumen")
    leave_cell(qtbot, cell, "enter", editor.result_text, editor)
    assert not model.item(0, editor.TARGET).data(ERROR_ROLE)
    assert editor.cell_message.text() == ""
