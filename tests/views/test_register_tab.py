"""The Pegawai tab: table model (qtmodeltester), search and filters, the employee form with
valid and invalid NIP / NI PPPK, duplicate NIP, supervisor cycle, deactivation and units."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.register import employee_queries, units
from desktop_app.services.register import employees as svc
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.views.register import tab as tab_module
from desktop_app.views.register import unit_dialog
from desktop_app.views.register.employee_dialog import EmployeeDialog
from desktop_app.views.register.tab import RegisterTab
from desktop_app.views.register.table_model import EmployeeTableModel, RegisterFilter

pytestmark = pytest.mark.gui

HEAD = "197001012000031001"
PNS = "198609262015051001"
PPPK = "200012312024211001"
OTHER = "199001152015032002"


@pytest.fixture
def register(office):
    """A dinas with a bidang below it, a head, two staff (PNS and PPPK) and one inactive."""
    dinas = units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    bidang = units.save_unit(units.UnitInput("P2P", "Bidang P2P", "BIDANG", dinas))
    head = svc.save_employee(
        EmployeeInput(
            HEAD,
            "Hartono",
            "IV/b",
            dinas,
            position_name="Kepala Dinas",
            position_type="JPT",
            echelon="22",
        )
    )
    staff = svc.save_employee(
        EmployeeInput(
            PNS,
            "Budi Santoso",
            "III/b",
            bidang,
            position_name="Analis Kepegawaian",
            position_type="FUNGSIONAL",
            jf_level="AHLI_PERTAMA",
            supervisor_id=head,
            appraiser_id=head,
        )
    )
    contract = svc.save_employee(
        EmployeeInput(PPPK, "Ani Lestari", "IX", bidang, supervisor_id=staff, appraiser_id=staff)
    )
    gone = svc.save_employee(
        EmployeeInput(OTHER, "Siti Aminah", "II/a", dinas, active=False, inactive_reason="Pensiun")
    )
    return {
        "dinas": dinas,
        "bidang": bidang,
        "head": head,
        "staff": staff,
        "contract": contract,
        "gone": gone,
    }


def _names(model: EmployeeTableModel) -> list[str]:
    return [model.index(r, EmployeeTableModel.NAME).data() for r in range(model.rowCount())]


def test_model_passes_the_model_tester_through_filter_and_sort(qtmodeltester, register):
    model = EmployeeTableModel()
    model.set_rows(employee_queries.list_employees())
    qtmodeltester.check(model)
    model.sort(EmployeeTableModel.GRADE, Qt.SortOrder.DescendingOrder)
    model.set_filter(RegisterFilter(text="a", active=None))
    qtmodeltester.check(model)
    assert model.rowCount() > 0


def test_search_matches_name_nip_with_spaces_jabatan_and_unit(register):
    model = EmployeeTableModel()
    model.set_rows(employee_queries.list_employees())
    model.sort(EmployeeTableModel.NAME)
    assert _names(model) == ["Ani Lestari", "Budi Santoso", "Hartono"]  # active only
    model.set_filter(RegisterFilter(text="19860926 2015"))
    assert _names(model) == ["Budi Santoso"]
    model.set_filter(RegisterFilter(text="analis"))
    assert _names(model) == ["Budi Santoso"]
    model.set_filter(RegisterFilter(text="p2p"))
    assert _names(model) == ["Ani Lestari", "Budi Santoso"]
    model.set_filter(RegisterFilter(text="budi kepegawaian"))  # every word must occur
    assert _names(model) == ["Budi Santoso"]
    model.set_filter(RegisterFilter(text="budi kepala"))
    assert _names(model) == []


def test_filters_for_unit_type_grade_jabatan_and_status(register):
    model = EmployeeTableModel()
    model.set_rows(employee_queries.list_employees())
    model.sort(EmployeeTableModel.NAME)
    model.set_filter(RegisterFilter(unit_ids=frozenset({register["bidang"]})))
    assert _names(model) == ["Ani Lestari", "Budi Santoso"]
    model.set_filter(RegisterFilter(kind="PPPK"))
    assert _names(model) == ["Ani Lestari"]
    model.set_filter(RegisterFilter(grade="IV/b"))
    assert _names(model) == ["Hartono"]
    model.set_filter(RegisterFilter(position_type="FUNGSIONAL"))
    assert _names(model) == ["Budi Santoso"]
    model.set_filter(RegisterFilter(active=False))
    assert _names(model) == ["Siti Aminah"]
    model.set_filter(RegisterFilter(active=None))
    assert len(_names(model)) == 4


def test_grades_sort_by_seniority_not_text(register):
    model = EmployeeTableModel()
    model.set_rows(employee_queries.list_employees())
    model.set_filter(RegisterFilter(kind="PNS", active=None))
    model.sort(EmployeeTableModel.GRADE)
    grades = [model.index(r, EmployeeTableModel.GRADE).data() for r in range(model.rowCount())]
    assert grades == ["II/a", "III/b", "IV/b"]


def test_tab_filters_as_you_type_and_unit_filter_includes_sub_units(qtbot, register):
    tab = RegisterTab()
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 3
    assert "3" in tab.count_label.text() and "4" in tab.count_label.text()
    qtbot.keyClicks(tab.search, "ani")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2000)
    tab.reset_filters()
    assert tab.model.rowCount() == 3
    tab.unit_filter.setCurrentIndex(tab.unit_filter.findData(register["dinas"]))
    assert tab.model.rowCount() == 3  # the dinas and its bidang
    tab.unit_filter.setCurrentIndex(tab.unit_filter.findData(register["bidang"]))
    assert sorted(_names(tab.model)) == ["Ani Lestari", "Budi Santoso"]


def _fill(dialog: EmployeeDialog, qtbot, nip: str, name: str, grade: str, unit: int) -> None:
    dialog.nip.clear()
    qtbot.keyClicks(dialog.nip, nip)
    dialog.name.setText(name)
    dialog.grade.setCurrentIndex(dialog.grade.findData(grade))
    dialog.unit.setCurrentIndex(dialog.unit.findData(unit))


def test_form_adds_a_valid_pns_and_derives_kind_birth_date_and_gender(qtbot, register):
    rows = employee_queries.list_employees()
    dialog = EmployeeDialog(rows)
    qtbot.addWidget(dialog)
    _fill(dialog, qtbot, "19750517 200003 2 004", "Rina Wati", "III/d", register["bidang"])
    assert "17 May 1975" in dialog.nip_info.text()
    dialog.supervisor.set_id(register["head"], notify=True)
    assert dialog.appraiser.employee_id() == register["head"]  # follows the superior
    assert "Hartono" in dialog.chain.text()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = svc.get_employee(dialog.saved_id)
    assert (saved.kind, saved.gender, saved.birth_date.isoformat()) == ("PNS", "P", "1975-05-17")
    assert saved.supervisor_id == register["head"]


def test_form_accepts_ni_pppk_and_switches_the_type(qtbot, register):
    dialog = EmployeeDialog(employee_queries.list_employees())
    qtbot.addWidget(dialog)
    _fill(dialog, qtbot, "199505052023211003", "Dewi", "V", register["bidang"])
    assert dialog.kind.currentData() == "PPPK"
    dialog.grade.setCurrentIndex(dialog.grade.findData("V"))
    dialog.save()
    assert dialog.saved_id is not None
    assert svc.get_employee(dialog.saved_id).kind == "PPPK"


def test_form_names_the_wrong_part_of_a_nip_and_keeps_the_input(qtbot, register):
    dialog = EmployeeDialog(employee_queries.list_employees())
    qtbot.addWidget(dialog)
    _fill(dialog, qtbot, "198613262015051001", "Joko", "III/a", register["bidang"])
    message = dialog.errors["nip"].text()
    assert message and ("lahir" in message.lower() or "birth" in message.lower())
    dialog.save()
    assert dialog.saved_id is None
    assert not dialog.errors["nip"].isHidden()
    assert dialog.name.text() == "Joko"  # nothing typed is lost
    assert employee_queries.find_by_nip("198613262015051001") is None


def test_form_refuses_a_duplicate_nip_naming_the_holder(qtbot, register):
    dialog = EmployeeDialog(employee_queries.list_employees())
    qtbot.addWidget(dialog)
    _fill(dialog, qtbot, PNS, "Budi Kembar", "III/b", register["bidang"])
    dialog.save()
    assert dialog.saved_id is None
    assert "Budi Santoso" in dialog.errors["nip"].text()
    assert dialog.nip.hasFocus() or dialog.focusWidget() is dialog.nip


def test_form_refuses_a_supervisor_cycle(qtbot, register):
    # The head reports to nobody; making Ani (who reports to Budi, who reports to the head)
    # the head's superior closes a circle.
    dialog = EmployeeDialog(employee_queries.list_employees(), register["head"])
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Hartono"
    dialog.supervisor.set_id(register["contract"], notify=True)
    dialog.save()
    assert dialog.saved_id is None
    assert dialog.errors["supervisor"].text()
    assert svc.get_employee(register["head"]).supervisor_id is None


def test_tab_deactivates_with_a_reason_and_reactivates(qtbot, register, monkeypatch):
    tab = RegisterTab()
    qtbot.addWidget(tab)
    assert tab.select(register["staff"])
    monkeypatch.setattr(tab_module, "ask_reason", lambda parent, name: "Mutasi ke provinsi")
    tab.toggle_active()
    detail = svc.get_employee(register["staff"])
    assert (detail.active, detail.inactive_reason) == (False, "Mutasi ke provinsi")
    assert "Budi Santoso" not in _names(tab.model)  # the Active filter hides it now
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(False))
    assert tab.select(register["staff"])
    tab.toggle_active()
    assert svc.get_employee(register["staff"]).active


def test_tab_add_through_the_form_selects_the_new_row(qtbot, register, monkeypatch):
    tab = RegisterTab()
    qtbot.addWidget(tab)

    def fill_and_save(dialog):
        _fill(dialog, qtbot, "198001012005011002", "Agus Salim", "III/c", register["dinas"])
        dialog.save()
        return dialog.saved_id is not None

    monkeypatch.setattr(tab_module, "open_dialog", fill_and_save)
    tab.add_employee()
    assert "Agus Salim" in _names(tab.model)
    assert tab.model.row_at(tab.table.currentIndex().row()).name == "Agus Salim"


def test_units_dialog_adds_a_sub_unit_and_refuses_removing_a_staffed_unit(
    qtbot, register, monkeypatch, qtmodeltester
):
    dialog = unit_dialog.UnitsDialog()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    dialog.reload(register["bidang"])
    assert dialog.current_id() == register["bidang"]

    def fill(form):
        assert form.parent_unit.currentData() == register["bidang"]
        form.code.setText("surv")
        form.name.setText("Seksi Surveilans")
        form.kind.setCurrentIndex(form.kind.findData("SEKSI"))
        form.save()
        return form.saved_id is not None

    monkeypatch.setattr(unit_dialog, "open_form", fill)
    dialog.add(sub=True)
    added = [u for u in units.list_units() if u.code == "SURV"]
    assert added and added[0].parent_id == register["bidang"]
    assert dialog.changed
    shown = []
    monkeypatch.setattr(unit_dialog.messages, "confirm", lambda *a: True)
    monkeypatch.setattr(unit_dialog.messages, "show_error", lambda parent, err: shown.append(err))
    dialog.reload(register["bidang"])
    dialog.remove()
    assert shown and "2" in str(shown[0])  # still has two employees
    assert any(u.id == register["bidang"] for u in units.list_units())


def test_unit_form_shows_a_duplicate_code_under_its_field(qtbot, register):
    form = unit_dialog.UnitForm(units.list_units())
    qtbot.addWidget(form)
    form.code.setText("dinkes")
    form.name.setText("Dinas Kedua")
    form.save()
    assert form.saved_id is None
    assert "DINKES" in form.errors["code"].text()


def test_names_sort_without_their_gelar_depan(register):
    svc.save_employee(
        EmployeeInput("198001012005011002", "Zaenal", "III/c", register["dinas"], front_title="dr.")
    )
    model = EmployeeTableModel()
    model.set_rows(employee_queries.list_employees())
    model.sort(EmployeeTableModel.NAME)
    assert _names(model) == ["Ani Lestari", "Budi Santoso", "Hartono", "dr. Zaenal"]


def test_tab_selects_the_first_row_so_the_keyboard_can_act_at_once(qtbot, register):
    tab = RegisterTab()
    qtbot.addWidget(tab)
    assert tab.current_id() is not None
    assert tab.edit_button.isEnabled()
    qtbot.keyClicks(tab.search, "zzzz-nobody")
    tab.apply_filter()
    assert tab.current_id() is None and not tab.edit_button.isEnabled()


def test_typing_on_gives_the_same_rows_as_filtering_afresh(register):
    """Typing narrows within the rows shown; deleting or changing text starts again."""
    rows = employee_queries.list_employees()
    typed = EmployeeTableModel()
    typed.set_rows(rows)
    typed.sort(EmployeeTableModel.NAME, Qt.SortOrder.DescendingOrder)
    sequence = ["a", "an", "ani", "an", "", "b", "bu s", "bu sa", "budi x", "budi", "p", "p2p b"]
    for text in sequence:
        for active in (True, None):
            flt = RegisterFilter(text=text, active=active)
            typed.set_filter(flt)
            fresh = EmployeeTableModel()
            fresh.set_rows(rows)
            fresh.sort(EmployeeTableModel.NAME, Qt.SortOrder.DescendingOrder)
            fresh.set_filter(flt)
            assert _names(typed) == _names(fresh), (text, active)


def test_editing_keeps_an_inactive_superior(qtbot, register):
    head = svc.get_employee(register["head"])
    svc.set_active(register["head"], False, "Pensiun")
    assert not svc.get_employee(register["head"]).active and head.active
    dialog = EmployeeDialog(employee_queries.list_employees(), register["staff"])
    qtbot.addWidget(dialog)
    assert dialog.supervisor.employee_id() == register["head"]
    assert "Hartono" in dialog.supervisor.edit.text()
    dialog.phone.setText("0812 1111 2222")
    dialog.save()
    saved = svc.get_employee(register["staff"])
    assert (saved.supervisor_id, saved.appraiser_id) == (register["head"], register["head"])
    assert saved.phone == "+62 812-1111-2222"  # one stored form (issue 18)


def test_an_unexpected_failure_while_saving_keeps_the_form_and_what_was_typed(
    qtbot, register, monkeypatch
):
    dialog = EmployeeDialog(employee_queries.list_employees())
    qtbot.addWidget(dialog)
    _fill(dialog, qtbot, "198001012005011002", "Agus Salim", "III/c", register["dinas"])

    def broken(*args, **kwargs):
        raise OSError("disk unplugged")

    monkeypatch.setattr(svc, "save_employee", broken)
    with pytest.raises(OSError):  # in the program the crash hook logs it and shows a dialog
        dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert (dialog.name.text(), dialog.grade.currentData()) == ("Agus Salim", "III/c")
    assert employee_queries.find_by_nip("198001012005011002") is None
