"""The SKP tab and editor as a supervisor uses them: make an SKP with a cascade link, save as
you type, submit, approve, re-open and return with reasons; another supervisor's subordinate
stays out of reach; the matriks peran hasil gives one RHK to several subordinates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.services import auth, periods, session
from desktop_app.services.register import employee_queries, employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.session import AccessDenied
from desktop_app.services.skp import plans
from desktop_app.services.skp.plans import IndicatorInput, PlanInput, ResultInput
from desktop_app.views.skp import cascade_dialog
from desktop_app.views.skp import editor as skp_editor
from desktop_app.views.skp import tab as skp_tab
from desktop_app.views.skp.editor import SkpEditor
from desktop_app.views.skp.tab import ProgressModel, SkpTab

pytestmark = pytest.mark.gui

PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026


@pytest.fixture
def staff(office):
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
    ani = employees.save_employee(
        EmployeeInput(
            "199001152015032002",
            "Ani",
            "III/a",
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
    kabid_plan = plans.create_plan(kabid, YEAR)
    plans.save_plan(
        kabid_plan,
        PlanInput(
            "KUANTITATIF",
            [
                ResultInput(
                    "Meningkatnya layanan kepegawaian",
                    True,
                    [IndicatorInput("KUANTITAS", "Usulan selesai", "500", "usulan")],
                    parent_text="Sasaran Kadis",
                )
            ],
        ),
    )
    auth.create_user("admin", PASSWORD, "admin")
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    return {"kabid": kabid, "budi": budi, "ani": ani, "lain": lain, "kabid_plan": kabid_plan}


def _names(model: ProgressModel) -> list[str]:
    return [model.row_at(r).name for r in range(model.rowCount())]


def test_progress_list_shows_only_own_staff_with_counts(qtbot, staff, qtmodeltester):
    tab = SkpTab()
    qtbot.addWidget(tab)
    qtmodeltester.check(tab.model)
    assert sorted(_names(tab.model)) == ["Ani", "Budi", "Kabid"]  # not Lain, not Kadis
    assert tab.model.counts() == {
        plans.NO_PLAN: 2,
        plans.DRAFT: 1,
        plans.RETURNED: 0,
        plans.SUBMITTED: 0,
        plans.APPROVED: 0,
        "LATE": 0,  # issue 20: no deadline set, nobody late
        "EXEMPT": 0,  # and nobody exempt by kedudukan hukum
    }
    assert tab.counts_label.text().startswith("No SKP yet 2 · Draft 1 · Returned 0")
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(plans.NO_PLAN))
    assert sorted(_names(tab.model)) == ["Ani", "Budi"]
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    lain_plan = plans.create_plan(staff["lain"], YEAR)
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    with pytest.raises(AccessDenied):
        plans.get_plan(lain_plan)


def _fill_editor(editor: SkpEditor, qtbot) -> None:
    editor.add_result()
    editor.result_text.setPlainText("Tersusunnya data kepegawaian yang mutakhir")
    parent = editor.parent_result.findData(editor.detail.parent_choices[0].id)
    editor.parent_result.setCurrentIndex(parent)
    model = editor.indicator_model
    model.item(0, editor.IKI).setText("Data pegawai dimutakhirkan")
    model.item(0, editor.TARGET).setText("400")
    model.item(0, editor.UNIT).setText("data")
    editor.expectations[1].setText("Cepat menanggapi permintaan data")
    assert editor.saved_label.text()  # "unsaved changes" shows at once
    qtbot.waitUntil(lambda: not editor._dirty, timeout=5000)  # saved as you type


def test_draft_to_approved_with_cascade_link_then_reopen_and_return(qtbot, staff, monkeypatch):
    tab = SkpTab()
    qtbot.addWidget(tab)
    assert tab.select(staff["budi"])
    assert tab.open_button.text() == tab.tr("&Make SKP…")
    steps = []

    def drive(editor):
        qtbot.addWidget(editor)
        _fill_editor(editor, qtbot)
        detail = plans.get_plan(editor.plan_id)
        assert detail.data.results[0].parent_result_id == detail.parent_choices[0].id
        assert detail.data.expectations == {1: "Cepat menanggapi permintaan data"}
        assert editor.submit_button.isVisibleTo(editor)
        assert not editor.approve_button.isVisibleTo(editor)  # nothing to approve in a draft
        editor.submit()
        steps.append(editor.detail.status)
        assert editor.approve_button.isVisibleTo(editor)
        editor.approve()
        steps.append(editor.detail.status)
        assert not editor.detail.editable and not editor.result_text.isEnabled()
        monkeypatch.setattr(skp_editor, "ask_reason", lambda *a: "Target direvisi")
        editor.reopen()
        steps.append(editor.detail.status)
        editor.submit()
        monkeypatch.setattr(skp_editor, "ask_reason", lambda *a: "Tambahkan aspek waktu")
        editor.return_plan()
        steps.append(editor.detail.status)
        assert "Tambahkan aspek waktu" in editor.notice.text()
        assert editor.history_model.rowCount() == 6
        return True

    monkeypatch.setattr(skp_tab, "open_dialog", drive)
    tab.open_current()
    assert steps == [plans.SUBMITTED, plans.APPROVED, plans.RETURNED, plans.RETURNED]
    row = next(r for r in tab.model.all_rows() if r.employee_id == staff["budi"])
    assert row.status == plans.RETURNED and row.results == 1
    matrix = plans.cascade(staff["kabid"], YEAR)
    assert [s.employee_name for s in next(iter(matrix.supporting.values()))] == ["Budi"]


def test_supervisor_cannot_approve_someone_elses_subordinate(qtbot, staff):
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    plan_id = plans.create_plan(staff["lain"], YEAR)
    plans.save_plan(
        plan_id,
        PlanInput(
            "KUANTITATIF",
            [
                ResultInput(
                    "RHK Lain",
                    True,
                    [IndicatorInput("KUANTITAS", "IKI", "1", "x")],
                    parent_text="Sasaran",
                )
            ],
        ),
    )
    plans.submit(plan_id)
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    with pytest.raises(AccessDenied):
        SkpEditor(plan_id)
    with pytest.raises(AccessDenied):
        plans.approve(plan_id)
    session.sign_in_as(None)
    assert plans.get_plan(plan_id).status == plans.SUBMITTED


def test_closing_the_editor_saves_what_was_typed(qtbot, staff):
    plan_id = plans.create_plan(staff["ani"], YEAR)
    editor = SkpEditor(plan_id)
    qtbot.addWidget(editor)
    editor.add_result()
    editor.result_text.setPlainText("RHK yang baru diketik")
    editor.accept()  # before the autosave timer fires
    assert plans.get_plan(plan_id).data.results[0].text == "RHK yang baru diketik"


def test_cascade_dialog_gives_one_rhk_to_two_subordinates(qtbot, staff, monkeypatch):
    dialog = cascade_dialog.CascadeDialog(staff["kabid"], "Kabid", YEAR)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("1 RHK; 1 supported by no subordinate")
    dialog.tree.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.assign_button.isEnabled()

    def tick_all(assign):
        for r in range(assign.model.rowCount()):
            assign.model.item(r).setCheckState(Qt.CheckState.Checked)
        assign.save()
        return assign.given == 2

    monkeypatch.setattr(cascade_dialog, "open_assign", tick_all)
    dialog.assign()
    top = dialog.model.item(0)
    assert top.rowCount() == 2
    assert sorted(top.child(r).text().split(":")[0] for r in range(2)) == ["Ani", "Budi"]


def test_saving_as_you_type_keeps_the_cursor_and_never_duplicates_rows(qtbot, staff):
    plan_id = plans.create_plan(staff["ani"], YEAR)
    editor = SkpEditor(plan_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.add_result()
    qtbot.keyClicks(editor.result_text, "Laporan bulanan")
    qtbot.waitUntil(lambda: not editor._dirty, timeout=5000)
    assert editor.result_text.textCursor().position() == len("Laporan bulanan")
    qtbot.keyClicks(editor.result_text, " tepat waktu")
    qtbot.waitUntil(lambda: not editor._dirty, timeout=5000)
    stored = plans.get_plan(plan_id).data.results
    assert [r.text for r in stored] == ["Laporan bulanan tepat waktu"]
    assert len(stored[0].indicators) == 1


def test_progress_list_exports_what_is_shown(qtbot, staff, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from desktop_app.views import excel_export

    tab = SkpTab()
    qtbot.addWidget(tab)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(plans.NO_PLAN))
    target = tmp_path / "progres.xlsx"
    shown = []
    monkeypatch.setattr(excel_export, "ask_save_path", lambda *a: str(target))
    monkeypatch.setattr(
        excel_export.print_feedback, "show_result", lambda box: shown.append(box.message.text())
    )
    tab.export()
    sheet = load_workbook(target)["Progres SKP"]
    names = sorted(sheet.cell(r, 3).value for r in range(2, sheet.max_row + 1))
    assert names == ["Ani", "Budi"]
    assert shown and "2" in shown[0]


def test_jpt_form_asks_for_perspective_and_kualitatif_takes_text_targets(qtbot, staff):
    session.sign_in_as(None)
    kadis = employee_queries.find_by_nip("197001012000031001")
    detail = employees.get_employee(kadis)
    detail.position_name, detail.position_type, detail.echelon = "Kepala Dinas", "JPT", "22"
    employees.save_employee(detail, kadis)
    plan_id = plans.create_plan(kadis, YEAR)
    editor = SkpEditor(plan_id)
    qtbot.addWidget(editor)
    assert editor.detail.form == "JPT"
    assert editor.perspective.isVisibleTo(editor) and not editor.parent_result.isVisibleTo(editor)
    editor.approach.setCurrentIndex(editor.approach.findData("KUALITATIF"))
    editor.add_result()
    editor.result_text.setPlainText("Meningkatnya derajat kesehatan masyarakat")
    editor.perspective.setCurrentIndex(editor.perspective.findData("PENERIMA_LAYANAN"))
    editor.indicator_model.item(0, editor.IKI).setText("Indeks kepuasan masyarakat")
    editor.indicator_model.item(0, editor.TARGET).setText("Minimal kategori baik")
    assert editor.save_now()
    stored = plans.get_plan(plan_id).data
    assert stored.approach == "KUALITATIF"
    assert stored.results[0].perspective == "PENERIMA_LAYANAN"
    assert stored.results[0].indicators[0].target_text == "Minimal kategori baik"
    assert plans.problems(plan_id) == []


def test_switching_the_approach_moves_every_target(qtbot, staff):
    plan_id = plans.create_plan(staff["budi"], YEAR)
    editor = SkpEditor(plan_id)
    qtbot.addWidget(editor)
    _fill_editor(editor, qtbot)
    editor.approach.setCurrentIndex(editor.approach.findData("KUALITATIF"))
    assert editor.save_now()
    stored = plans.get_plan(plan_id).data.results[0].indicators[0]
    assert (stored.target_value, stored.target_text) == ("", "400")
    editor.approach.setCurrentIndex(editor.approach.findData("KUANTITATIF"))
    assert editor.save_now()
    stored = plans.get_plan(plan_id).data.results[0].indicators[0]
    assert (stored.target_value, stored.target_text) == ("400", "")


def test_a_link_no_longer_offered_is_kept_when_editing(qtbot, staff):
    parent = plans.get_plan(staff["kabid_plan"]).data.results[0].id
    plan_id = plans.create_plan(staff["budi"], YEAR)
    data = plans.get_plan(plan_id).data
    data.results.append(
        ResultInput("RHK Budi", True, [IndicatorInput("KUANTITAS", "IKI", "1", "x")], None, parent)
    )
    plans.save_plan(plan_id, data)
    session.sign_in_as(None)
    detail = employees.get_employee(staff["budi"])
    detail.appraiser_id = None  # the appraiser changed: the old RHK is no longer offered
    employees.save_employee(detail, staff["budi"])
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    editor = SkpEditor(plan_id)
    qtbot.addWidget(editor)
    assert editor.detail.parent_choices == []
    assert editor.parent_result.currentData() == parent
    editor.result_text.setPlainText("RHK Budi diperbarui")
    assert editor.save_now()
    stored = plans.get_plan(plan_id).data.results[0]
    assert (stored.text, stored.parent_result_id) == ("RHK Budi diperbarui", parent)


def test_closing_after_the_year_was_closed_elsewhere_asks_and_closes(qtbot, staff, monkeypatch):
    plan_id = plans.create_plan(staff["ani"], YEAR)
    editor = SkpEditor(plan_id)
    qtbot.addWidget(editor)
    editor.add_result()
    editor.result_text.setPlainText("Belum tersimpan")
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    periods.set_closed(YEAR, True)
    asked = []
    monkeypatch.setattr(skp_editor.messages, "confirm", lambda *a: asked.append(a) or False)
    editor.show()
    editor.reject()
    assert len(asked) == 1 and editor.isVisible()  # declined: the editor stays open
    monkeypatch.setattr(skp_editor.messages, "confirm", lambda *a: True)
    editor.reject()
    assert not editor.isVisible()
    assert editor.error.text()  # it said why nothing could be saved


def test_the_tab_fits_a_1366_pixel_screen_in_indonesian(qtbot, staff):
    """Walkthrough: the counts beside the buttons widened the window past the screen."""
    from desktop_app.i18n import translator

    translator.install("id")
    try:
        tab = SkpTab()
        qtbot.addWidget(tab)
        tab.show()
        qtbot.mouseClick(tab.status_filter, Qt.MouseButton.LeftButton)
        qtbot.keyClick(tab.status_filter, Qt.Key.Key_Escape)
        assert "Terlambat" in tab.counts_label.text()
        assert tab.minimumSizeHint().width() <= 1366 - 30
    finally:
        translator.install("en")


def test_an_incomplete_skp_says_what_is_missing_without_asking_first(
    qtbot, staff, workflow_questions
):
    """Walkthrough: Ajukan asked "submit the SKP?" and only then said an RHK had no IKI."""
    plan_id = plans.create_plan(staff["ani"], YEAR)
    editor = SkpEditor(plan_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.mouseClick(editor.add_result_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.result_text, "RHK tanpa indikator")
    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    assert workflow_questions == []  # no question before the refusal
    assert "not complete" in editor.error.text()
    assert plans.get_plan(plan_id).status == plans.DRAFT
