"""Pengembangan through the screens: the office view lists who is under 20 JP and who needs an
IDP, filters as you type, opens the IDP editor from the keyboard; HR drafts the required IDP
(the proposed gap and coaching are there), adds an activity and submits; the pejabat penilai
agrees; the completion, a certificate and an activity outside the IDP are recorded; the
per-unit totals, the Renbangkom recap and the Excel export follow."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desktop_app.scoring import Rating
from desktop_app.services import auth, periods, session
from desktop_app.services.development import idp as development
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.skp.plans import IndicatorInput
from desktop_app.views import excel_export
from desktop_app.views.development import editor as development_editor
from desktop_app.views.development import tab as development_tab
from desktop_app.views.development.dialogs import MINUTES, RealisationDialog
from desktop_app.views.development.editor import ID_ROLE, IdpEditor
from desktop_app.views.development.tab import DevelopmentTab
from tests.builders import approved_skp

pytestmark = pytest.mark.gui

PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026
A, S, B = Rating.DI_ATAS.value, Rating.SESUAI.value, Rating.DI_BAWAH.value


@pytest.fixture
def office_with_staff(office):
    """Kapus appraises Budi (Butuh Perbaikan in Q1 and Q2) and Andi (Baik)."""
    unit = unit_service.save_unit(unit_service.UnitInput("PKM01", "Puskesmas Uji", "PUSKESMAS"))
    kadis = employees.save_employee(EmployeeInput("197001012000031001", "Kadis", "IV/c", unit))
    kapus = employees.save_employee(
        EmployeeInput(
            "197102022000032002", "Kapus", "IV/a", unit, supervisor_id=kadis, appraiser_id=kadis
        )
    )
    staff = {
        name: employees.save_employee(
            EmployeeInput(nip, name, "III/a", unit, supervisor_id=kapus, appraiser_id=kapus)
        )
        for nip, name in (("198609262015051001", "Budi"), ("198801012015051003", "Andi"))
    }
    periods.open_period(YEAR)
    for employee_id in staff.values():
        approved_skp(
            employee_id,
            YEAR,
            rhk="Pelayanan pasien sesuai standar",
            indicators=[IndicatorInput("KUANTITAS", "Pasien dilayani", "900", "pasien")],
            parent_text="Mutu layanan",
        )
    for key, employee_id, hasil in (
        ("Q1", staff["Budi"], B),
        ("Q2", staff["Budi"], B),
        ("Q1", staff["Andi"], S),
    ):
        evaluation_id = evaluations.open_evaluation(employee_id, f"{YEAR}-{key}")
        data = evaluations.get_evaluation(evaluation_id).data
        data.rating_hasil, data.rating_perilaku = hasil, S
        evaluations.save_evaluation(evaluation_id, data)
        evaluations.finalize(evaluation_id)
    auth.create_user("staffhr", PASSWORD, "hr")
    auth.create_user("kapus", PASSWORD, "supervisor", kapus)
    return {"unit": unit, "kapus": kapus, **staff}


def _as(username: str) -> None:
    session.sign_in_as(auth.authenticate(username, PASSWORD))


def _select(tab: DevelopmentTab, employee_id: int) -> None:
    assert tab.select(employee_id), employee_id


def test_office_view_filters_and_models(qtbot, office_with_staff, qtmodeltester):
    _as("staffhr")
    tab = DevelopmentTab()
    qtbot.addWidget(tab)
    assert tab.current_year() == YEAR
    assert tab.model.rowCount() == 4  # Kadis, Kapus, Budi, Andi
    for model in (tab.model, tab.unit_model, tab.recap_model):
        qtmodeltester.check(model)
    tab.show_filter.setCurrentIndex(tab.show_filter.findData(development_tab.REQUIRED))
    assert [tab.model.row_at(r).name for r in range(tab.model.rowCount())] == ["Budi"]
    budi = tab.model.row_at(0)
    assert "IDP required" in tab.model.index(0, tab.model.FOLLOW).data()
    assert "2× poor in a row" in tab.model.index(0, tab.model.FOLLOW).data()
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert budi.needs_plan and tab.open_button.text() == "&Make IDP…"
    tab.show_filter.setCurrentIndex(tab.show_filter.findData(development_tab.UNDER))
    assert tab.model.rowCount() == 4
    qtbot.keyClicks(tab.search, "and")  # filter as you type (debounced)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.row_at(0).name == "Andi"
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4)
    tab.table.sortByColumn(tab.model.NAME, Qt.SortOrder.DescendingOrder)
    assert tab.model.row_at(0).name == "Kapus"
    assert "4 of 4 employees" in tab.counts.text()
    units = tab.unit_model
    assert units.rowCount() == 2  # the unit and the total
    assert units.index(1, 0).data() == "Total" and units.index(1, 2).data() == "4"


def test_required_idp_drafted_agreed_and_realised(qtbot, office_with_staff, monkeypatch, tmp_path):
    budi = office_with_staff["Budi"]
    _as("staffhr")
    tab = DevelopmentTab()
    qtbot.addWidget(tab)
    _select(tab, budi)
    seen = []

    def draft(editor: IdpEditor) -> bool:  # the tab deletes the editor afterwards
        seen.append(editor)
        assert editor.follow.isVisible() or editor.follow.text()
        assert "Butuh Perbaikan" in editor.follow.text()
        assert editor.gap_model.rowCount() == 1  # proposed from the evaluations
        assert "Triwulan I 2026, Triwulan II 2026" in editor.gap_model.item(0, editor.GAP).text()
        assert editor.activity_model.rowCount() == 1  # the suggested coaching
        coaching = editor.activity_model
        assert coaching.item(0, editor.JENIS).data(ID_ROLE) == 14
        assert coaching.item(0, editor.FOR_GAP).text().startswith("1. ")
        coaching.item(0, editor.JP).setText("6")
        coaching.item(0, editor.START).setData(dt.date(YEAR, 4, 6), ID_ROLE)
        coaching.item(0, editor.END).setData(dt.date(YEAR, 6, 29), ID_ROLE)
        editor.tabs.setCurrentIndex(1)
        editor.add_activity()  # serves the gap selected on the first page (none: whole plan)
        row = editor.activity_model.rowCount() - 1
        cells = editor.activity_model
        cells.item(row, editor.JENIS).setData(8, ID_ROLE)
        cells.item(row, editor.TITLE).setText("Bimtek Pelayanan Prima")
        cells.item(row, editor.PROVIDER).setText("Bapelkes Provinsi")
        cells.item(row, editor.START).setData(dt.date(YEAR, 3, 2), ID_ROLE)
        cells.item(row, editor.END).setData(dt.date(YEAR, 3, 4), ID_ROLE)
        cells.item(row, editor.JP).setText("24")
        cells.item(row, editor.COST).setText("3.500.000")
        assert "30 JP" in editor.planned_total.text()
        editor.submit()
        assert editor.error.text() == ""
        assert editor.detail.status == development.SUBMITTED
        assert not editor.save_button.isVisible() and editor.agree_button.isHidden()  # HR
        return True

    monkeypatch.setattr(development_tab, "open_dialog", draft)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter opens (here: makes) the IDP
    assert seen
    plan_id = development.plan_id_for(budi, YEAR)
    detail = development.get_plan(plan_id)
    assert [a.title for a in detail.data.activities][1] == "Bimtek Pelayanan Prima"
    assert detail.data.activities[1].cost_planned == 3_500_000
    _select(tab, budi)
    assert tab.model.row_at(tab.table.currentIndex().row()).plan_status == development.SUBMITTED

    _as("kapus")
    editor = IdpEditor(plan_id)
    qtbot.addWidget(editor)
    assert not editor.agree_button.isHidden()
    editor.agree()
    assert editor.detail.status == development.AGREED and editor.error.text() == ""
    assert editor.reopen_button.isVisible() or not editor.reopen_button.isHidden()

    # the bimtek was done: record its completion with the certificate
    editor.tabs.setCurrentIndex(2)
    bimtek = editor.detail.data.activities[1].id
    assert editor.select_activity(bimtek)

    def complete(dialog: RealisationDialog) -> bool:  # the editor deletes it afterwards
        assert not dialog.title.isEnabled()  # agreed: the planned kind and name stay
        assert dialog.title.text() == "Bimtek Pelayanan Prima"
        dialog.start.set_value(dt.date(YEAR, 3, 2))
        dialog.end.set_value(dt.date(YEAR, 3, 4))
        dialog.amount.setText("24")
        dialog.certificate.setText("445/BAPELKES/III/2026")
        dialog.cost.setText("Rp 3.250.000")
        dialog.store()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(development_editor, "open_dialog", complete)
    editor.complete()
    done = editor.detail.activity(bimtek)
    assert done.status == development.DONE and done.jp == Decimal("24")
    assert done.cost_actual == 3_250_000 and done.certificate_no == "445/BAPELKES/III/2026"
    assert editor.detail.progress.met and "is met" in editor.progress_text.text()

    certificate = tmp_path / "sertifikat.pdf"
    certificate.write_bytes(b"%PDF-1.4 sertifikat")
    monkeypatch.setattr(development_editor, "ask_certificate_path", lambda p: str(certificate))
    opened = []
    monkeypatch.setattr(development_editor, "open_file", opened.append)
    assert editor.select_activity(bimtek)
    editor.attach()
    assert editor.detail.activity(bimtek).certificate_sha256
    assert editor.select_activity(bimtek)
    editor.open_certificate()
    assert opened and opened[0].read_bytes() == certificate.read_bytes()

    # an e-learning nobody planned, given in minutes
    def record(dialog: RealisationDialog) -> bool:
        dialog.jalur.setCurrentIndex(1)  # nonklasikal
        dialog.jenis.setCurrentIndex(dialog.jenis.findData(16))
        dialog.title.setText("E-Learning Anti Korupsi")
        dialog.end.set_value(dt.date(YEAR, 5, 5))
        dialog.unit.setCurrentIndex(dialog.unit.findData(MINUTES))
        dialog.amount.setText("100")
        assert "2.22 JP" in dialog.jp_label.text()
        dialog.store()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(development_editor, "open_dialog", record)
    editor.record()
    assert editor.detail.progress.done == Decimal("26.22")
    assert editor.real_model.rowCount() == 3

    # the follow-up is closed: the list no longer chases Budi's IDP
    tab.reload()
    _select(tab, budi)
    row = tab.model.row_at(tab.table.currentIndex().row())
    assert row.plan_status == development.AGREED and not row.needs_plan
    assert not row.under_minimum and row.jp_done == Decimal("26.22")


def test_record_from_the_list_and_export(qtbot, office_with_staff, monkeypatch, tmp_path):
    andi = office_with_staff["Andi"]
    _as("staffhr")
    tab = DevelopmentTab()
    qtbot.addWidget(tab)
    _select(tab, andi)

    def record(dialog: RealisationDialog) -> bool:
        dialog.jenis.setCurrentIndex(dialog.jenis.findData(8))
        dialog.title.setText("Bimtek SIMPUS")
        dialog.end.set_value(dt.date(YEAR, 8, 1))
        dialog.unit.setCurrentIndex(dialog.unit.findData(MINUTES))
        dialog.amount.setText("12x")
        dialog.store()  # refused, the dialog stays open with the reason
        assert dialog.error.text() and dialog.result() != dialog.DialogCode.Accepted
        dialog.amount.setText("900")
        dialog.store()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(development_tab, "open_dialog", record)
    tab.record_current()
    row = tab.model.row_at(tab.table.currentIndex().row())
    assert row.employee_id == andi and row.jp_done == Decimal("20")
    tab.show_filter.setCurrentIndex(tab.show_filter.findData(development_tab.UNDER))
    assert andi not in [tab.model.row_at(r).employee_id for r in range(tab.model.rowCount())]

    target = tmp_path / "pengembangan.xlsx"
    monkeypatch.setattr(
        excel_export, "ask_save_path", lambda parent, suggested, filters: str(target)
    )
    shown = []
    monkeypatch.setattr(
        excel_export.print_feedback, "show_result", lambda box: shown.append(box.message.text())
    )
    tab.export()
    assert target.exists() and "4 rows exported" in shown[0]


def test_closing_the_editor_keeps_what_was_typed(qtbot, office_with_staff):
    _as("kapus")
    plan_id = development.create_plan(office_with_staff["Andi"], YEAR)
    editor = IdpEditor(plan_id)
    qtbot.addWidget(editor)
    assert not editor.dirty() and editor.follow.text() == ""
    editor.goals.setPlainText("Siap naik jenjang Perawat Penyelia.")
    editor.add_gap()
    editor.gap_model.item(0, editor.COMPETENCE).setText("Asuhan keperawatan lanjut")
    assert editor.dirty()
    editor.accept()
    data = development.get_plan(plan_id).data
    assert data.goals == "Siap naik jenjang Perawat Penyelia."
    assert [g.competence for g in data.gaps] == ["Asuhan keperawatan lanjut"]


# --- typed values (issue 18): costs and JP typed into the planned activities -----------------

COURSE = (dt.date(YEAR, 3, 2), dt.date(YEAR, 3, 6))  # a five-day course


def _planned_course(employee_id: int) -> int:
    from desktop_app.services.development.idp import ActivityInput, IdpInput

    plan_id = development.create_plan(employee_id, YEAR)
    activity = ActivityInput(8, "Bimtek Pelayanan Prima", "Bapelkes", *COURSE, "40", 1_800_000)
    development.save_plan(plan_id, IdpInput("Layanan prima", "", [], [activity]))
    return plan_id


def _activities_editor(qtbot, plan_id: int) -> IdpEditor:
    from tests.views.keyboard import activate

    editor = IdpEditor(plan_id)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    tabs = editor.tabs.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    assert editor.tabs.currentWidget() is editor.activities_page
    return editor


def _planned(plan_id: int):
    return development.get_plan(plan_id).data.activities[0]


@pytest.mark.parametrize("leave", ["tab", "enter", "click", "close"])
def test_a_cost_typed_the_indonesian_way_is_stored_exactly(qtbot, office_with_staff, leave):
    """Defect 2 of issue 18: "Rp 1.800.000,00" was stored as Rp 180.000.000 (every digit
    kept, the sen too)."""
    from desktop_app.services.reports import forms
    from desktop_app.views import formatting
    from tests.views.keyboard import leave_cell, open_cell, pdf_text, type_into_cell

    _as("kapus")
    plan_id = _planned_course(office_with_staff["Andi"])
    editor = _activities_editor(qtbot, plan_id)
    cell = open_cell(qtbot, editor.activities, 0, editor.activities_page.COST, "double")
    type_into_cell(qtbot, cell, "Rp 2.750.000,00")
    assert editor.activities_page.cell_message.text() == ""
    leave_cell(qtbot, cell, leave, editor.goals, editor)
    if leave != "close":
        shown = editor.activity_model.item(0, editor.activities_page.COST).text()
        assert shown == formatting.format_rupiah(2_750_000)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert editor.error.text() == ""
    assert _planned(plan_id).cost_planned == 2_750_000
    again = _activities_editor(qtbot, plan_id)
    cost = again.activity_model.item(0, again.activities_page.COST).text()
    assert cost == formatting.format_rupiah(2_750_000)
    assert "2.750.000" in pdf_text(forms.build_idp, plan_id)


@pytest.mark.parametrize("typed", ["seribu rupiah", "Rp 1.800.000,50", "-5000", "Rp"])
def test_a_cost_that_is_no_amount_is_refused_and_the_planned_cost_stays(
    qtbot, office_with_staff, typed
):
    """Defect 2 of issue 18: "seribu rupiah" saved an empty cost over the planned
    Rp 1.800.000, without a word."""
    from tests.views.keyboard import leave_cell, open_cell, type_into_cell

    _as("kapus")
    plan_id = _planned_course(office_with_staff["Andi"])
    editor = _activities_editor(qtbot, plan_id)
    page = editor.activities_page
    cell = open_cell(qtbot, editor.activities, 0, page.COST)
    type_into_cell(qtbot, cell, typed)
    assert page.cell_message.text()  # beside the table while typing
    leave_cell(qtbot, cell, "tab", editor.goals, editor)
    assert editor.activity_model.item(0, page.COST).text() == typed  # kept as typed
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Activity 1" in editor.activities_page.cell_message.text()
    assert _planned(plan_id).cost_planned == 1_800_000
    editor.close()
    assert editor.isVisible()  # kept open to fix it
    assert _planned(plan_id).cost_planned == 1_800_000


def test_jp_beyond_what_the_dates_hold_is_refused(qtbot, office_with_staff):
    """Defect 5 of issue 18: 99,999,999 JP for a five-day course was accepted."""
    from desktop_app.errors import InputError
    from desktop_app.services.development.idp import IdpInput
    from tests.views.keyboard import leave_cell, open_cell, type_into_cell

    _as("kapus")
    plan_id = _planned_course(office_with_staff["Andi"])
    editor = _activities_editor(qtbot, plan_id)
    page = editor.activities_page
    cell = open_cell(qtbot, editor.activities, 0, page.JP)
    type_into_cell(qtbot, cell, "99.999.999")
    assert "5 days" in page.cell_message.text()
    leave_cell(qtbot, cell, "enter", editor.goals, editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Activity 1" in editor.activities_page.cell_message.text()
    assert _planned(plan_id).jp_planned == "40"
    cell = open_cell(qtbot, editor.activities, 0, page.JP, "double")
    type_into_cell(qtbot, cell, "45")
    assert page.cell_message.text() == ""
    leave_cell(qtbot, cell, "click", editor.goals, editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error.text() == ""
    assert _planned(plan_id).jp_planned == "45"
    data = development.get_plan(plan_id).data  # any writer: the service refuses it too
    data.activities[0].jp_planned = "99999999"
    with pytest.raises(InputError, match="5 days"):
        development.save_plan(plan_id, IdpInput(data.goals, data.notes, data.gaps, data.activities))
    assert _planned(plan_id).jp_planned == "45"


def test_a_gap_still_being_typed_is_kept_when_the_editor_is_closed(qtbot, office_with_staff):
    """A cell editor still open when the window closes commits (issue 18: every way of
    leaving a cell)."""
    from tests.views.keyboard import activate, leave_cell, open_cell, type_into_cell

    _as("kapus")
    plan_id = development.create_plan(office_with_staff["Andi"], YEAR)
    editor = IdpEditor(plan_id)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    qtbot.mouseClick(editor.add_gap_button, Qt.MouseButton.LeftButton)
    cell = open_cell(qtbot, editor.gaps, 0, editor.COMPETENCE, "double")
    type_into_cell(qtbot, cell, "Asuhan keperawatan lanjut")
    leave_cell(qtbot, cell, "close", editor.goals, editor)
    assert [g.competence for g in development.get_plan(plan_id).data.gaps] == [
        "Asuhan keperawatan lanjut"
    ]


@pytest.mark.parametrize("typed", [f"1 Maret {YEAR}", f"01/03/{YEAR}", f"1-3-{YEAR}"])
def test_an_activity_date_typed_as_the_office_writes_it_is_stored(qtbot, office_with_staff, typed):
    """Found in the walkthrough of issue 18: the Mulai/Selesai cells were date editors with
    a "—" placeholder: "9 Maret 2026" or "09/03/2026" typed there left the cell empty and the
    planned date was lost without a word."""
    from tests.views.keyboard import leave_cell, open_cell, type_into_cell

    _as("kapus")
    plan_id = _planned_course(office_with_staff["Andi"])
    editor = _activities_editor(qtbot, plan_id)
    page = editor.activities_page
    cell = open_cell(qtbot, editor.activities, 0, page.START, "double")
    qtbot.keyClick(cell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into_cell(qtbot, cell, typed)
    leave_cell(qtbot, cell, "tab", editor.goals, editor)
    assert editor.activity_model.item(0, page.START).data(ID_ROLE) == dt.date(YEAR, 3, 1)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error.text() == ""
    assert _planned(plan_id).planned_start == dt.date(YEAR, 3, 1)
    assert _planned(plan_id).planned_end == COURSE[1]  # the other date untouched


def test_an_activity_date_that_is_no_date_is_refused_and_the_planned_date_stays(
    qtbot, office_with_staff
):
    from tests.views.keyboard import leave_cell, open_cell, type_into_cell

    _as("kapus")
    plan_id = _planned_course(office_with_staff["Andi"])
    editor = _activities_editor(qtbot, plan_id)
    page = editor.activities_page
    cell = open_cell(qtbot, editor.activities, 0, page.START, "double")
    qtbot.keyClick(cell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into_cell(qtbot, cell, "minggu depan")
    assert page.cell_message.text()  # beside the table while typing
    leave_cell(qtbot, cell, "tab", editor.goals, editor)
    assert editor.activity_model.item(0, page.START).text() == "minggu depan"  # kept
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert page.cell_message.text()
    assert _planned(plan_id).planned_start == COURSE[0]


def test_a_returned_idp_reads_whole_in_the_list_in_indonesian(qtbot, office_with_staff):
    """Walkthrough: the IDP column showed "Dikembali…" for a returned IDP."""
    from desktop_app.i18n import translator
    from desktop_app.scoring.idp import GapInput
    from desktop_app.services.development.idp import ActivityInput, IdpInput

    _as("staffhr")
    plan_id = development.create_plan(office_with_staff["Budi"], YEAR)
    activity = ActivityInput(8, "Bimtek Pelayanan Prima", "Bapelkes", *COURSE, "40", 1_800_000)
    gap = GapInput("Pelayanan prima", "Keluhan pasien", "Standar layanan", "IKM 85")
    development.save_plan(plan_id, IdpInput("Layanan prima", "", [gap], [activity]))
    development.submit(plan_id)
    _as("kapus")
    development.return_plan(plan_id, "Tambahkan kegiatan coaching")
    _as("staffhr")
    translator.install("id")
    try:
        tab = DevelopmentTab()
        qtbot.addWidget(tab)
        tab.show()
        qtbot.keyClicks(tab.search, "Budi")
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
        rect = tab.table.visualRect(tab.model.index(0, tab.model.IDP))
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        text = tab.model.index(0, tab.model.IDP).data()
        assert text == "Dikembalikan"
        needed = tab.table.fontMetrics().horizontalAdvance(text) + 12  # the cell's margins
        assert tab.table.columnWidth(tab.model.IDP) >= needed
    finally:
        translator.install("en")
