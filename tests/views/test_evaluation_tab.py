"""The Evaluasi tab as a supervisor uses it: the period's list, evaluating one employee with
realisasi, feedback and the two ratings (the predikat follows as they change), finalising and
re-opening with a reason; someone else's subordinate is out of reach."""

from __future__ import annotations

import pytest

from desktop_app.errors import InputError
from desktop_app.scoring import Rating
from desktop_app.services import auth, periods, session
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.skp.plans import IndicatorInput
from desktop_app.views.evaluation import editor as evaluation_editor
from desktop_app.views.evaluation import tab as evaluation_tab
from desktop_app.views.evaluation.tab import EvaluationEditor, EvaluationTab
from tests.builders import approved_skp

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _in_the_first_quarter(monkeypatch):
    """The Evaluasi tab opens on the period that holds today: these tests work in Triwulan I."""
    import datetime as dt

    from desktop_app.views.evaluation import tab as evaluation_tab_module

    monkeypatch.setattr(evaluation_tab_module, "today", lambda: dt.date(2026, 2, 10))


PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026


@pytest.fixture
def team(office):
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kadis = employees.save_employee(EmployeeInput("197001012000031001", "Kadis", "IV/c", unit))
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002", "Kabid", "IV/a", unit, supervisor_id=kadis, appraiser_id=kadis
        )
    )
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
    lain = employees.save_employee(
        EmployeeInput(
            "198501012010011003",
            "Lain",
            "III/c",
            unit,
            supervisor_id=kadis,
            appraiser_id=kadis,
            position_name="Pengelola Data",
            position_type="PELAKSANA",
        )
    )
    periods.open_period(YEAR)
    for employee_id in (budi, lain):
        approved_skp(
            employee_id,
            YEAR,
            rhk="Layanan tepat waktu",
            indicators=[IndicatorInput("KUANTITAS", "Usulan diproses", "120", "usulan")],
            parent_text="Sasaran pimpinan",
        )
    auth.create_user("admin", PASSWORD, "admin")
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    return {"kabid": kabid, "budi": budi, "lain": lain}


def test_list_shows_own_staff_and_evaluating_ends_final_then_reopens(
    qtbot, team, monkeypatch, qtmodeltester
):
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    qtmodeltester.check(tab.model)
    assert tab.period.currentData() == f"{YEAR}-Q1"
    names = {tab.model.row_at(r).name: tab.model.row_at(r) for r in range(tab.model.rowCount())}
    assert set(names) == {"Kabid", "Budi"}  # not Lain, another supervisor's
    assert names["Budi"].state == evaluations.NO_EVALUATION
    tab.table.selectRow(list(names).index("Budi"))
    seen = []

    def evaluate(editor):
        qtbot.addWidget(editor)
        model = editor.indicator_model
        model.item(0, editor.REALISASI).setText("130 usulan")
        model.item(0, editor.BUKTI).setText("Laporan triwulan I")
        model.item(0, editor.FEEDBACK).setText("Melampaui target")
        editor.behaviour_edits[1].setText("Ramah dan cekatan")
        editor.rating_hasil.setCurrentIndex(editor.rating_hasil.findData(Rating.DI_ATAS.value))
        assert "needed" in editor.predikat.text()  # one rating is not enough
        editor.rating_perilaku.setCurrentIndex(editor.rating_perilaku.findData(Rating.SESUAI.value))
        seen.append(editor.predikat.text())
        editor.finalize()
        seen.append(editor.detail.status)
        assert not editor.rating_hasil.isEnabled() and editor.reopen_button.isVisibleTo(editor)
        monkeypatch.setattr(evaluation_editor, "ask_reason", lambda *a: "Bukti baru")
        editor.reopen()
        seen.append(editor.detail.status)
        editor.finalize()
        return True

    monkeypatch.setattr(evaluation_tab, "open_dialog", evaluate)
    tab.open_current()
    assert seen[0] == "<b>Baik</b>"  # Di Atas x Sesuai -> Baik (domain.md §3)
    assert seen[1:] == [evaluations.FINAL, evaluations.DRAFT]
    row = next(
        tab.model.row_at(r)
        for r in range(tab.model.rowCount())
        if tab.model.row_at(r).name == "Budi"
    )
    assert row.state == evaluations.FINALISED and row.predikat == "BAIK"
    detail = evaluations.get_evaluation(row.evaluation_id)
    assert detail.indicators[0].realisasi == "130 usulan"
    assert [s.to_status for s in detail.history][-3:] == ["FINAL", "DRAFT", "FINAL"]


def test_someone_elses_subordinate_cannot_be_evaluated(qtbot, team):
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    evaluation_id = evaluations.open_evaluation(team["lain"], f"{YEAR}-Q1")
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    with pytest.raises(session.AccessDenied):
        EvaluationEditor(evaluation_id)
    with pytest.raises(session.AccessDenied):
        evaluations.open_evaluation(team["lain"], f"{YEAR}-Q2")


def test_distribution_panel_sets_the_org_predikat_and_shows_findings(qtbot, team):
    from desktop_app.views.evaluation.distribution_panel import DistributionDialog

    key = f"{YEAR}-Q1"
    evaluation_id = evaluations.open_evaluation(team["budi"], key)
    data = evaluations.get_evaluation(evaluation_id).data
    for item in data.realisations:
        item.realisasi = "100"
    data.rating_hasil = data.rating_perilaku = Rating.DI_ATAS.value
    evaluations.save_evaluation(evaluation_id, data)
    evaluations.finalize(evaluation_id)
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    dialog = DistributionDialog(key)
    qtbot.addWidget(dialog)
    assert "organisation predikat" in dialog.findings.text()
    dialog.org.setCurrentIndex(dialog.org.findData("SANGAT_KURANG"))
    unit_id = dialog.unit.currentData()
    assert evaluations.org_result(unit_id, key) == "SANGAT_KURANG"
    summary = dialog.chart.summary
    assert summary.total == 1 and summary.findings  # Sangat Baik under Sangat Kurang breaks it
    assert "Sangat Baik" in dialog.findings.text()
    image = dialog.chart.grab().toImage()
    column = (image.width() - 40) / 5
    bottom = image.height() - 40 - 10
    blue = "#2f6fb3"
    assert image.pixelColor(int(20 + 4.5 * column), bottom).name() == blue  # Sangat Baik: 1
    assert image.pixelColor(int(20 + 0.5 * column), bottom).name() != blue  # Sangat Kurang: 0


def test_an_archive_year_shows_its_archive_appraisals(qtbot, team):
    from desktop_app.views.archive.list_widget import LegacyListWidget

    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    periods.open_period(2015, regime="PP_46_2011")
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    index = tab.period.findData(f"{evaluation_tab.ARCHIVE}2015")
    assert index >= 0 and "PP 46/2011" in tab.period.itemText(index)
    assert tab.period.findData("2015-Q1") == -1  # no PermenPANRB periods for that year
    tab.period.setCurrentIndex(index)
    assert isinstance(tab.stack.currentWidget(), LegacyListWidget)
    assert tab.stack.currentWidget().year == 2015 and tab.search.isHidden()
    tab.period.setCurrentIndex(tab.period.findData(f"{YEAR}-Q1"))
    assert tab.stack.currentWidget() is tab.table and not tab.search.isHidden()


def test_the_selected_employee_stays_selected_after_an_editor_closes_and_a_filter(
    qtbot, team, monkeypatch
):
    """Defect 3 of issue 18: closing an evaluation editor re-read the list and selected row 0,
    so "print for the selected employee" printed another person's form."""
    from PySide6.QtCore import Qt

    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    tab.show()
    names = [tab.model.row_at(r).name for r in range(tab.model.rowCount())]
    row = names.index("Lain")
    assert row > 0
    rect = tab.table.visualRect(tab.model.index(row, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.current_row().name == "Lain"

    def close_at_once(editor):
        editor.show()
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        return False

    monkeypatch.setattr(evaluation_tab, "open_dialog", close_at_once)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    tab.open_current()
    assert tab.current_row().name == "Lain"
    printed = []
    monkeypatch.setattr(
        evaluation_tab.print_actions,
        "show_form",
        lambda parent, form, eid, name: printed.append(name),
    )
    tab.print_selected("evaluation")
    assert printed == ["Lain"]
    qtbot.keyClicks(tab.search, "198")  # the NIP of Budi and Lain
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=3000)
    assert tab.current_row().name == "Lain"
    qtbot.keyClick(tab.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(names), timeout=3000)
    assert tab.current_row().name == "Lain"
    tab.search.selectAll()
    qtbot.keyClicks(tab.search, "Kabid")  # Lain is filtered out: the first match
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert tab.current_row().name == "Kabid"


@pytest.mark.parametrize("typed", ["sembilan puluh", "-5 usulan", "banyak sekali"])
def test_a_realisasi_that_is_no_number_is_refused_beside_the_cell(qtbot, team, typed):
    """Defect 5 of issue 18: realisasi "sembilan puluh" of a quantitative target was stored."""
    from PySide6.QtCore import Qt

    from tests.views.keyboard import activate, leave_cell, open_cell, type_into_cell

    evaluation_id = evaluations.open_evaluation(team["budi"], f"{YEAR}-Q1")
    editor = EvaluationEditor(evaluation_id)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    cell = open_cell(qtbot, editor.indicators, 0, editor.REALISASI, "double")
    type_into_cell(qtbot, cell, typed)
    assert editor.cell_message.text()  # beside the table while typing
    leave_cell(qtbot, cell, "tab", editor.notes, editor)
    assert editor.indicator_model.item(0, editor.REALISASI).text() == typed  # kept
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Indicator 1" in editor.cell_message.text()
    assert evaluations.get_evaluation(evaluation_id).indicators[0].realisasi == ""
    cell = open_cell(qtbot, editor.indicators, 0, editor.REALISASI)
    type_into_cell(qtbot, cell, "90 usulan")
    assert editor.cell_message.text() == ""  # cleared once fixed
    leave_cell(qtbot, cell, "enter", editor.notes, editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error.text() == ""
    assert evaluations.get_evaluation(evaluation_id).indicators[0].realisasi == "90 usulan"
    data = evaluations.get_evaluation(evaluation_id).data  # any writer: refused by the service
    data.realisations[0].realisasi = "sembilan puluh"
    with pytest.raises(InputError, match="Indicator 1"):
        evaluations.save_evaluation(evaluation_id, data)
    assert evaluations.get_evaluation(evaluation_id).indicators[0].realisasi == "90 usulan"


@pytest.mark.parametrize("leave", ["tab", "enter", "click", "close"])
def test_a_realisasi_typed_is_saved_when_the_editor_is_closed(qtbot, team, leave):
    """Walkthrough: four realisasi typed and shown were lost when Tutup was pressed (the
    editor wrote only on Simpan); typing right after opening went nowhere (no focus)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.views.keyboard import activate, leave_cell, open_cell, type_into_cell

    evaluation_id = evaluations.open_evaluation(team["budi"], f"{YEAR}-Q1")
    editor = EvaluationEditor(evaluation_id)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    assert QApplication.focusWidget() is editor.indicators
    cell = open_cell(qtbot, editor.indicators, 0, editor.REALISASI, "double")
    type_into_cell(qtbot, cell, "95 usulan")
    leave_cell(qtbot, cell, leave, editor.notes, editor)
    if leave != "close":
        qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert evaluations.get_evaluation(evaluation_id).indicators[0].realisasi == "95 usulan"


def test_closing_with_a_refused_realisasi_asks_before_letting_it_go(qtbot, team, monkeypatch):
    from PySide6.QtCore import Qt

    from tests.views.keyboard import activate, leave_cell, open_cell, type_into_cell

    evaluation_id = evaluations.open_evaluation(team["budi"], f"{YEAR}-Q1")
    editor = EvaluationEditor(evaluation_id)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    cell = open_cell(qtbot, editor.indicators, 0, editor.REALISASI, "double")
    type_into_cell(qtbot, cell, "sembilan puluh")
    leave_cell(qtbot, cell, "tab", editor.notes, editor)
    answers = [False, True]
    monkeypatch.setattr(evaluation_editor.messages, "confirm", lambda *a: answers.pop(0))
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and "Indicator 1" in editor.cell_message.text()
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert evaluations.get_evaluation(evaluation_id).indicators[0].realisasi == ""
