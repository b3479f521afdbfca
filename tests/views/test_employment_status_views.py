"""Kedudukan hukum and the stages of a year as a user meets them: HR types a status with its
dates in the register's Status dialog (a wrong date or an overlap is said beside or under the
field, nothing stored), a supervisor only reads; HR types a deadline, closes Triwulan I after
the question (then the evaluation cannot change), re-opens it only with a reason that the
history shows; the Evaluasi and SKP lists show the exempt with the reason, not counted, and
the late, by filter and by unit."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.errors import InputError
from desktop_app.models import EmploymentStatus
from desktop_app.services import auth, period_stages, periods, session
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employees, employment_status
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.register.employment_status import StatusInput
from desktop_app.views.admin import periods_dialog
from desktop_app.views.admin.period_stages_dialog import PeriodStagesDialog
from desktop_app.views.admin.periods_dialog import PeriodsDialog
from desktop_app.views.evaluation.tab import EvaluationTab
from desktop_app.views.register.status_dialog import EmploymentStatusDialog
from desktop_app.views.skp.tab import SkpTab
from tests.builders import approved_skp
from tests.views.keyboard import activate, click_cell

pytestmark = pytest.mark.gui
PASSWORD = "Rahasia-Kantor-2026"
YEAR = dt.date.today().year


@pytest.fixture
def people(office):
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002", "Kabid", "IV/a", unit, position_name="Kepala Bidang",
            position_type="ADMINISTRATOR", echelon="32",
        )
    )  # fmt: skip
    found = {"unit": unit, "kabid": kabid}
    for key, nip in (("budi", "198609262015051001"), ("ani", "199001152015032002")):
        found[key] = employees.save_employee(
            EmployeeInput(nip, key.title(), "III/b", unit, supervisor_id=kabid, appraiser_id=kabid)
        )
    periods.open_period(YEAR)
    auth.create_user("admin", PASSWORD, "admin")
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    return found


def _open(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(edit, text)


def _choose(qtbot, combo, data: str) -> None:  # type: ignore[no-untyped-def]
    """Move the choice with the keyboard until it holds `data`."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{data} is not a choice")


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_hr_types_a_status_with_dates_and_an_overlap_is_refused_beside_it(qtbot, people):
    dialog = _open(qtbot, EmploymentStatusDialog(people["budi"], "Budi"))
    _choose(qtbot, dialog.code, "02")
    _type(qtbot, dialog.starts.edit, "1-3-2026")
    _type(qtbot, dialog.ends.edit, "31-2-2027")  # no such day
    assert "31-2-2027" in dialog.starts.message.text() + dialog.ends.message.text()
    _click(qtbot, dialog.save_button)
    assert EmploymentStatus.select().count() == 0
    _type(qtbot, dialog.ends.edit, "")
    _type(qtbot, dialog.decree, "800/12/BKPSDM/2026")
    _click(qtbot, dialog.save_button)
    rows = employment_status.list_statuses(people["budi"])
    assert [(r.code, r.starts, r.ends, r.decree) for r in rows] == [
        ("02", dt.date(2026, 3, 1), None, "800/12/BKPSDM/2026")
    ]
    assert dialog.model.rowCount() == 1 and dialog.model.item(0, 4).text() == "Exempt"
    _click(qtbot, dialog.new_button)
    _choose(qtbot, dialog.code, "03")
    _type(qtbot, dialog.starts.edit, "1-6-2026")
    _click(qtbot, dialog.save_button)
    assert "cannot overlap" in dialog.fields.errors["starts"].text()
    assert len(employment_status.list_statuses(people["budi"])) == 1
    assert dialog.starts.edit.text() == "1-6-2026"  # kept as typed


def test_a_supervisor_reads_the_statuses_but_cannot_change_them(qtbot, people):
    employment_status.save_status(people["budi"], StatusInput("03", dt.date(2025, 8, 1)))
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    dialog = _open(qtbot, EmploymentStatusDialog(people["budi"], "Budi"))
    assert dialog.model.rowCount() == 1
    assert not dialog.save_button.isEnabled() and dialog.save_button.toolTip()


def test_hr_sets_a_deadline_closes_a_quarter_and_re_opens_it_with_a_reason(
    qtbot, people, workflow_questions
):
    approved_skp(people["ani"], YEAR)
    evaluation_id = evaluations.open_evaluation(people["ani"], f"{YEAR}-Q1")
    dialog = _open(qtbot, PeriodStagesDialog(YEAR))
    click_cell(qtbot, dialog.table, 2, 0)  # the whole year, the SKP, then Triwulan I
    assert dialog.current_stage() == f"{YEAR}-Q1"
    _type(qtbot, dialog.deadline.edit, f"1-1-{YEAR + 2}")
    qtbot.keyClick(dialog.deadline.edit, Qt.Key.Key_Return)
    assert "must fall between" in dialog.deadline.message.text()
    assert period_stages.deadline_of(periods.period_for(YEAR), f"{YEAR}-Q1") is None
    _type(qtbot, dialog.deadline.edit, f"10-4-{YEAR}")
    qtbot.keyClick(dialog.deadline.edit, Qt.Key.Key_Return)
    assert period_stages.deadline_of(periods.period_for(YEAR), f"{YEAR}-Q1") == dt.date(YEAR, 4, 10)
    _click(qtbot, dialog.close_button)
    assert "Close Triwulan I" in workflow_questions[-1]
    assert period_stages.stage_closed(periods.period_for(YEAR), f"{YEAR}-Q1")
    with pytest.raises(InputError, match="closed"):
        evaluations.save_evaluation(evaluation_id, evaluations.EvaluationInput(notes="x"))
    assert dialog.model.item(2, 3).text() == "Closed"
    _click(qtbot, dialog.reopen_button)  # no reason typed
    assert "reason" in dialog.error.text()
    assert period_stages.stage_closed(periods.period_for(YEAR), f"{YEAR}-Q1")
    _type(qtbot, dialog.reason, "Koreksi realisasi Ani")
    _click(qtbot, dialog.reopen_button)
    assert not period_stages.stage_closed(periods.period_for(YEAR), f"{YEAR}-Q1")
    assert dialog.history_model.rowCount() == 2
    assert dialog.history_model.item(0, 4).text() == "Koreksi realisasi Ani"
    assert dialog.history_model.item(0, 2).text() == "Re-opened"


def test_closing_the_year_asks_first_and_no_answers_changes_nothing(
    qtbot, people, workflow_questions, monkeypatch
):
    seen: list[str] = []

    def use(dialog: PeriodStagesDialog) -> None:  # what the user does in the opened dialog
        dialog.show()
        click_cell(qtbot, dialog.table, 0, 0)  # the whole year
        workflow_questions.answer = "no"
        _click(qtbot, dialog.close_button)
        seen.append(workflow_questions[-1])
        assert not periods.period_for(YEAR).closed
        workflow_questions.answer = "accept"
        _click(qtbot, dialog.close_button)

    monkeypatch.setattr(periods_dialog, "open_stages", use)
    years = _open(qtbot, PeriodsDialog())
    click_cell(qtbot, years.table, 0, 0)
    _click(qtbot, years.close_button)
    assert seen and "Close the year" in seen[0]
    assert periods.period_for(YEAR).closed
    assert [h.action for h in period_stages.history(YEAR)] == ["CLOSE"]
    assert years.model.item(0, 3).text() == "Closed"  # the list read again


def test_the_lists_show_the_exempt_with_why_not_counted_and_the_late(qtbot, people):
    employment_status.save_status(people["budi"], StatusInput("02", dt.date(YEAR, 3, 1)))
    period_stages.set_deadline(YEAR, "SKP", dt.date(YEAR, 1, 31))
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    tab.show()
    rows = {tab.model.row_at(n).name: n for n in range(tab.model.rowCount())}
    state = tab.model.index(rows["Budi"], 4).data()
    assert state.startswith("Exempt: CLTN since 1 ")
    assert "exempt" in tab.counts.text() and " of 2 final" in tab.counts.text()
    _choose(qtbot, tab.show_filter, "EXEMPT")
    assert tab.model.rowCount() == 1
    skp = SkpTab()
    qtbot.addWidget(skp)
    skp.show()
    _choose(qtbot, skp.status_filter, "LATE")
    late = {skp.model.row_at(n).name for n in range(skp.model.rowCount())}
    if dt.date.today() > dt.date(YEAR, 1, 31):
        assert late == {"Kabid", "Ani"}  # no SKP yet; Budi exempt, never late
        assert "Dinas Kesehatan: 2" in skp.counts_label.toolTip()
    assert "Exempt 1" in skp.counts_label.text()
