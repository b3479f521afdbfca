"""The "Appraisers" screens of the register tab, driven as a user does: add the Sekda (typing
every field), make him the Kepala Dinas's pejabat penilai, add a Plt over the Kabid's post
(typing the position, the acting employee, the dates and the decree), see a refused overlap
under its field, reopen both lists, then print the SKPs (the head's shows the Sekda, the
staff member's "Plt.")."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest
from PySide6.QtCore import Qt

from desktop_app.scoring.indonesian_format import ENGLISH_MONTHS, MONTHS, date_label
from desktop_app.services import periods
from desktop_app.services.register import acting, employees, officials
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.skp import plans
from desktop_app.services.skp.plans import IndicatorInput, PlanInput, ResultInput
from desktop_app.views import print_actions
from desktop_app.views.register import acting_dialog, appraisers_menu, officials_dialog
from desktop_app.views.register.tab import RegisterTab
from tests.builders import USULAN, approved_skp

pytestmark = pytest.mark.gui

YEAR = dt.date.today().year


@pytest.fixture
def office_people(office):
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kadis = employees.save_employee(
        EmployeeInput(
            "197001012000031001", "Hartono", "IV/c", unit, position_name="Kepala Dinas",
            position_type="JPT", echelon="22",
        )
    )  # fmt: skip
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002", "Kabid Lama", "IV/a", unit, supervisor_id=kadis,
            appraiser_id=kadis, position_name="Kepala Bidang Pelayanan",
            position_type="ADMINISTRATOR", echelon="32",
        )
    )  # fmt: skip
    sekretaris = employees.save_employee(
        EmployeeInput(
            "197203032000031003", "Rina Wulandari", "IV/a", unit, supervisor_id=kadis,
            appraiser_id=kadis, position_name="Sekretaris Dinas",
            position_type="ADMINISTRATOR", echelon="31",
        )
    )  # fmt: skip
    staff = employees.save_employee(
        EmployeeInput(
            "198609262015051001", "Budi Santoso", "III/b", unit, supervisor_id=kabid,
            appraiser_id=kabid, position_name="Analis Kepegawaian", position_type="PELAKSANA",
        )
    )  # fmt: skip
    periods.open_period(YEAR)
    return {"kadis": kadis, "kabid": kabid, "sekretaris": sekretaris, "staff": staff}


def _shown(qtbot, form) -> None:
    """The form on screen and active, as exec() would show it (focus moves with Tab)."""
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _choose(qtbot, combo, text: str) -> None:
    """Pick an entry of a combo by typing its start, as the keyboard search does."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert text.casefold() in combo.currentText().casefold(), combo.currentText()


def _pick(qtbot, picker, text: str) -> None:
    """An employee chosen by typing part of the name, then Down and Enter in the list of
    matches the field offers."""
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, text)
    popup = picker.edit.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.employee_id() is not None and text in picker.edit.text()


def _date(qtbot, edit, day: dt.date) -> None:
    """Home, Shift+Right twice (the day's digits), then the date typed as ddmmyyyy."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(2):
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, day.strftime("%d%m%Y"))
    assert edit.date().toPython() == day


def test_appraisers_are_added_by_typing_reopened_and_printed(
    qtbot, office_people, monkeypatch, tmp_path
):
    p = office_people
    tab = RegisterTab()
    qtbot.addWidget(tab)
    button = tab.findChild(type(appraisers_menu.appraisers_button(tab)), "appraisersButton")
    assert button is not None and button.isEnabled()
    shown: list[object] = []

    def fill_official(form):
        _shown(qtbot, form)
        _type(qtbot, form.front_title, "Dr.")
        _type(qtbot, form.name, "Ahmad Sekda")
        _type(qtbot, form.back_title, "M.Si.")
        _choose(qtbot, form.kind, "PNS")
        _type(qtbot, form.nip, "19680512 199403 1 004")
        _choose(qtbot, form.grade, "IV/d")
        _type(qtbot, form.position, "Sekretaris Daerah")
        _type(qtbot, form.instansi, "Pemerintah Kabupaten Contoh")
        qtbot.keyClick(form.instansi, Qt.Key.Key_Return)  # Enter saves the form
        return form.saved_id is not None

    def fill_link(form):
        _shown(qtbot, form)
        _pick(qtbot, form.employee, "Hartono")
        _choose(qtbot, form.official, "Dr. Ahmad")
        form.save()
        return form.result() == form.DialogCode.Accepted

    def with_officials(dialog):
        shown.append(dialog)
        monkeypatch.setattr(officials_dialog, "open_form", fill_official)
        dialog.add()
        monkeypatch.setattr(officials_dialog, "open_form", fill_link)
        dialog.link()

    monkeypatch.setattr(appraisers_menu, "open_dialog", with_officials)
    button.menu().actions()[0].trigger()
    assert officials.external_appraiser(p["kadis"]) is not None
    sekda = officials.get_official(officials.external_appraiser(p["kadis"]))
    assert (sekda.name, sekda.nip, sekda.grade) == ("Ahmad Sekda", "196805121994031004", "IV/d")

    first, last = dt.date.today() - dt.timedelta(days=3), dt.date.today() + dt.timedelta(days=90)

    def fill_assignment(form, starts=first, decree="821.2/45/SK/2026"):
        _shown(qtbot, form)
        _choose(qtbot, form.position, "Kepala Bidang")
        _choose(qtbot, form.kind, "Plt")
        _pick(qtbot, form.employee, "Rina")
        _date(qtbot, form.starts, starts)
        _date(qtbot, form.ends, last)
        _type(qtbot, form.decree, decree)
        form.save()
        return form.saved_id is not None

    refused: list[str] = []

    def overlapping(form):
        assert not fill_assignment(form, first + dt.timedelta(days=10), "821.2/46/SK/2026")
        # a long message is shortened under the field (whole in its tooltip) and said whole in
        # the dialog's line, which grows without moving a field (issue 18)
        refused.append(form.fields.errors["starts"].toolTip())
        assert form.general.text() == refused[-1]
        return False

    def with_acting(dialog):
        shown.append(dialog)
        monkeypatch.setattr(acting_dialog, "open_form", fill_assignment)
        dialog.add()
        monkeypatch.setattr(acting_dialog, "open_form", overlapping)
        dialog.add()

    monkeypatch.setattr(appraisers_menu, "open_dialog", with_acting)
    button.menu().actions()[1].trigger()
    assert refused and "already has Plt. Rina Wulandari" in refused[0]
    # the English screen names the months in English (issue 20, leftover: they were Indonesian)
    span = f"{date_label(first, 'en')} – {date_label(last, 'en')}"
    assert span in refused[0], refused[0]
    assert not any(month in refused[0] for month in MONTHS if month not in ENGLISH_MONTHS)
    rows = acting.list_assignments()
    assert [(r.kind, r.acting_name, r.starts, r.ends, r.decree) for r in rows] == [
        ("PLT", "Rina Wulandari", first, last, "821.2/45/SK/2026")
    ]

    # reopened: both lists show what was typed
    reopened = officials_dialog.OfficialsDialog()
    qtbot.addWidget(reopened)
    assert reopened.model.index(0, 0).data() == "Dr. Ahmad Sekda, M.Si."
    assert reopened.model.index(0, 1).data() == "19680512 199403 1 004"
    assert reopened.model.index(0, 5).data() == "1"
    again = acting_dialog.ActingDialog()
    qtbot.addWidget(again)
    assert again.model.index(0, 1).data() == "Plt."
    assert again.model.index(0, 2).data() == "Rina Wulandari"
    assert again.model.index(0, 5).data() == "Kabid Lama"

    # printed as the GUI prints: the head's SKP shows the Sekda, Budi's the Plt.
    jpt = PlanInput(
        "KUANTITATIF",
        [ResultInput("Derajat kesehatan meningkat", True, [USULAN], "PENERIMA_LAYANAN")],
        {},
    )
    head_plan = approved_skp(p["kadis"], YEAR, plan=jpt)
    staff_plan = approved_skp(
        p["staff"], YEAR, indicators=(IndicatorInput("WAKTU", "Lama proses", "3", "hari"),)
    )
    opened: list = []
    monkeypatch.setattr(
        print_actions.print_feedback, "open_in_system", lambda path: opened.append(path) or True
    )
    monkeypatch.setattr(print_actions.print_feedback, "show_result", lambda box: None)
    monkeypatch.setattr(print_actions, "print_folder", lambda: tmp_path)
    for plan_id, name in ((head_plan, "Hartono"), (staff_plan, "Budi")):
        assert print_actions.show_form(tab, "skp", plan_id, name) is not None
    head_text, staff_text = (
        " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)
        for path in opened
    )
    assert "Dr. Ahmad Sekda, M.Si." in head_text and "Sekretaris Daerah" in head_text
    assert "Plt. Kepala Bidang Pelayanan" in staff_text and "Rina Wulandari" in staff_text
    assert plans.get_plan(staff_plan).history[-1].acting.startswith("Plt. Kepala Bidang")


def test_the_lists_are_read_only_for_a_viewer(qtbot, office_people):
    from desktop_app.services import auth, session

    auth.create_user("admin", "Rahasia-Kantor-2026", "admin")
    auth.create_user("lihat", "Rahasia-Kantor-2026", "viewer")
    session.sign_in_as(auth.authenticate("lihat", "Rahasia-Kantor-2026"))
    for dialog in (officials_dialog.OfficialsDialog(), acting_dialog.ActingDialog()):
        qtbot.addWidget(dialog)
        assert not dialog.add_button.isEnabled() and not dialog.edit_button.isEnabled()


def test_the_skp_and_evaluation_tabs_show_the_running_plt(qtbot, office_people):
    """The lists name the pejabat penilai of today: the Plt, "Plt." before the name."""
    from desktop_app.views.evaluation.tab import EvaluationTab
    from desktop_app.views.skp.tab import SkpTab

    p = office_people
    today = dt.date.today()
    from desktop_app.models import Employee

    kabid_post = Employee.get_by_id(p["kabid"]).position_id
    acting.save_assignment(
        acting.AssignmentInput(
            kabid_post, "PLT", today - dt.timedelta(days=1), "821/3/SK", employee_id=p["sekretaris"]
        )
    )
    for tab_class in (SkpTab, EvaluationTab):
        tab = tab_class()
        qtbot.addWidget(tab)
        tab.show()
        model = tab.table.model()
        cells = [
            [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
        budi = next(row for row in cells if any("Budi Santoso" in cell for cell in row))
        assert "Plt. Rina Wulandari" in budi, (tab_class.__name__, budi)
        hartono = next(row for row in cells if any("Hartono" in cell for cell in row))
        assert not any("Plt." in cell for cell in hartono)
