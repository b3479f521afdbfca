"""Incomplete records (issue 19) on the screen: the register's filter "Incomplete data" with
what each record lacks; making an SKP or printing a form for such an employee names the fields
to fill and opens the employee's form, after which the SKP is made; the PNS ID typed in the
employee form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.services import auth, periods, session
from desktop_app.services.register import employee_queries, employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.skp import plans
from desktop_app.views import print_actions
from desktop_app.views.register import incomplete_guard
from desktop_app.views.register.employee_dialog import EmployeeDialog
from desktop_app.views.register.tab import RegisterTab
from desktop_app.views.register.table_model import EmployeeTableModel
from desktop_app.views.skp import tab as skp_tab
from desktop_app.views.skp.tab import SkpTab
from tests.views.keyboard import activate

pytestmark = pytest.mark.gui

PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026
PNS_ID = "A8ACA7A3B4D43912E040640A040269BB"


@pytest.fixture
def staff(office):
    """A head, one complete employee, one without jabatan (as an import leaves it)."""
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    head = employees.save_employee(
        EmployeeInput(
            "197001012000031001",
            "Kadis",
            "IV/c",
            unit,
            position_name="Kepala Dinas",
            position_type="JPT",
        )
    )
    whole = employees.save_employee(
        EmployeeInput(
            "198609262015051001",
            "Budi",
            "III/b",
            unit,
            supervisor_id=head,
            appraiser_id=head,
            position_name="Pengelola Data",
            position_type="PELAKSANA",
        )
    )
    bare = employees.save_employee(
        EmployeeInput(
            "199001152015032002", "Ani", "III/a", unit, supervisor_id=head, appraiser_id=head
        )
    )
    periods.open_period(YEAR)
    auth.create_user("admin", PASSWORD, "admin")
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    return {"unit": unit, "head": head, "whole": whole, "bare": bare}


@pytest.fixture
def asked(monkeypatch):
    """The guard's question answered by `asked.answer`; the texts it showed in `asked.texts`."""

    class Asked:
        answer = incomplete_guard.CANCEL
        texts: list[tuple[str, str]] = []

    answers = Asked()
    answers.texts = []

    def ask(parent, title, text):
        answers.texts.append((title, text))
        return answers.answer

    monkeypatch.setattr(incomplete_guard, "ask_to_open", ask)
    return answers


def _tab_on(qtbot, employee_id: int) -> SkpTab:
    tab = SkpTab()
    qtbot.addWidget(tab)
    activate(qtbot, tab)
    assert tab.select(employee_id)
    return tab


def test_the_register_filter_shows_only_incomplete_records_with_what_they_lack(
    qtbot, qtmodeltester, staff
):
    tab = RegisterTab()
    qtbot.addWidget(tab)
    activate(qtbot, tab)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 3
    header = tab.table.horizontalHeader()
    assert header.isSectionHidden(EmployeeTableModel.MISSING)
    qtbot.mouseClick(tab.incomplete_filter, Qt.MouseButton.LeftButton)
    assert not header.isSectionHidden(EmployeeTableModel.MISSING)
    assert header.visualIndex(EmployeeTableModel.MISSING) == EmployeeTableModel.NAME + 1
    model = tab.model
    assert model.rowCount() == 2  # Ani (no jabatan) and the head (no appraiser in the office)
    missing = {
        model.index(r, EmployeeTableModel.NAME).data(): model.index(
            r, EmployeeTableModel.MISSING
        ).data()
        for r in range(model.rowCount())
    }
    assert missing == {"Ani": "Jabatan", "Kadis": "Appraiser (pejabat penilai)"}
    ani = next(r for r in range(model.rowCount()) if model.row_at(r).id == staff["bare"])
    tooltip = model.index(ani, EmployeeTableModel.NIP).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("Data incomplete; missing: Jabatan")
    assert "2 of 3" in tab.count_label.text()
    qtbot.mouseClick(tab.incomplete_filter, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 3 and header.isSectionHidden(EmployeeTableModel.MISSING)


def test_making_an_skp_for_an_incomplete_record_names_the_fields_and_stops(
    qtbot, staff, asked, monkeypatch
):
    monkeypatch.setattr(skp_tab, "open_dialog", lambda d: pytest.fail("no editor expected"))
    tab = _tab_on(qtbot, staff["bare"])
    assert tab.open_button.text() == "&Make SKP…"
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    title, text = asked.texts[-1]
    assert title == "The employee's data is not complete"
    assert "The data of Ani is not complete. Fill in first: Jabatan." in text
    assert plans.progress(YEAR)  # the list is there, and Ani still has no SKP
    assert next(r for r in plans.progress(YEAR) if r.employee_id == staff["bare"]).plan_id is None

    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)  # copying last year's too
    assert len(asked.texts) == 2 and asked.texts[-1][0] == "The employee's data is not complete"


def test_filling_the_fields_from_the_guard_then_makes_the_skp(qtbot, staff, asked, monkeypatch):
    asked.answer = incomplete_guard.OPEN
    edited: list[str] = []

    def fill(dialog: EmployeeDialog) -> bool:
        qtbot.addWidget(dialog)
        activate(qtbot, dialog)
        edited.append(dialog.name.text())
        line = dialog.position_name.lineEdit()
        line.setFocus()
        qtbot.keyClicks(line, "Pengadministrasi Umum")
        dialog.position_type.setFocus()
        qtbot.keyClicks(dialog.position_type, "Pelaksana")
        qtbot.keyClick(dialog.pns_id, Qt.Key.Key_Return)  # Save
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(incomplete_guard, "show_dialog", fill)
    opened: list[object] = []
    monkeypatch.setattr(skp_tab, "open_dialog", lambda editor: opened.append(editor))
    tab = _tab_on(qtbot, staff["bare"])
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert edited == ["Ani"]
    assert employees.get_employee(staff["bare"]).position_name == "Pengadministrasi Umum"
    row = next(r for r in plans.progress(YEAR) if r.employee_id == staff["bare"])
    assert row.plan_id is not None and len(opened) == 1


def test_printing_a_form_for_an_incomplete_record_names_the_fields(
    qtbot, staff, asked, monkeypatch
):
    plans.create_plan(staff["bare"], YEAR)  # made before the record became incomplete
    printed: list[object] = []
    monkeypatch.setattr(
        print_actions.print_feedback, "open_in_system", lambda path: printed.append(path) or True
    )
    monkeypatch.setattr(print_actions.print_feedback, "show_result", lambda box: None)
    tab = _tab_on(qtbot, staff["bare"])
    assert tab.print_button.isEnabled()
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert asked.texts[-1][0] == "The employee's data is not complete"
    assert "Fill in first: Jabatan" in asked.texts[-1][1]
    assert printed == []

    tab.select(staff["whole"])
    plans.create_plan(staff["whole"], YEAR)
    tab.reload()
    assert tab.select(staff["whole"])
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert len(asked.texts) == 1 and len(printed) == 1  # a complete record prints at once


def test_the_head_of_the_office_may_continue_without_a_pejabat_penilai(
    qtbot, staff, asked, monkeypatch
):
    asked.answer = incomplete_guard.CONTINUE
    opened: list[object] = []
    monkeypatch.setattr(skp_tab, "open_dialog", lambda editor: opened.append(editor))
    tab = _tab_on(qtbot, staff["head"])
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert "Fill in first: Appraiser (pejabat penilai)." in asked.texts[-1][1]
    row = next(r for r in plans.progress(YEAR) if r.employee_id == staff["head"])
    assert row.plan_id is not None and len(opened) == 1


# --- the PNS ID in the employee form ----------------------------------------------------------


def _form(qtbot, staff, employee_id: int | None = None) -> EmployeeDialog:
    dialog = EmployeeDialog(employee_queries.list_employees(), employee_id)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def test_the_pns_id_typed_in_the_form_is_stored_and_shown_again(qtbot, staff):
    dialog = _form(qtbot, staff, staff["whole"])
    qtbot.keyClicks(dialog.pns_id, "A8ACA7A3B4D4")
    assert "32 or 36 characters; this one has 12" in dialog.form.errors["pns_id"].text()
    qtbot.keyClicks(dialog.pns_id, PNS_ID[12:])
    assert dialog.form.errors["pns_id"].text() == ""
    qtbot.keyClick(dialog.pns_id, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert employees.get_employee(staff["whole"]).pns_id == PNS_ID
    again = _form(qtbot, staff, staff["whole"])
    assert again.pns_id.text() == PNS_ID


def test_a_wrong_or_taken_pns_id_is_refused_beside_the_field(qtbot, staff):
    dialog = _form(qtbot, staff, staff["whole"])
    qtbot.keyClicks(dialog.pns_id, "A8AC#7A3")
    assert "only letters, digits and '-'" in dialog.errors["pns_id"].text()
    qtbot.keyClick(dialog.pns_id, Qt.Key.Key_Return)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.errors["pns_id"].isVisible() and dialog.errors["pns_id"].text()
    assert employees.get_employee(staff["whole"]).pns_id == ""
    assert dialog.pns_id.text() == "A8AC#7A3"  # kept as typed

    first = _form(qtbot, staff, staff["whole"])
    qtbot.keyClicks(first.pns_id, PNS_ID)
    qtbot.keyClick(first.pns_id, Qt.Key.Key_Return)
    second = _form(qtbot, staff, staff["head"])
    qtbot.keyClicks(second.pns_id, PNS_ID)
    qtbot.keyClick(second.pns_id, Qt.Key.Key_Return)
    assert second.result() != second.DialogCode.Accepted
    assert "Budi" in second.errors["pns_id"].text()
    assert employees.get_employee(staff["head"]).pns_id == ""
