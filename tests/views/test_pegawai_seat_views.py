"""The Pegawai's window and screens, driven as a user: the tabs a Pegawai gets (their own
results first, no register), reading and acknowledging an evaluation, the keberatan from
there, "telah dibaca" on the printed form; HR making the staff accounts in the dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop_app.models import Employee, Evaluation, User
from desktop_app.services import auth, session
from desktop_app.services.reports import forms
from desktop_app.views.admin import staff_accounts_dialog, users_dialog
from desktop_app.views.admin.staff_accounts_dialog import StaffAccountsDialog
from desktop_app.views.evaluation.my_results import MyResultsTab
from desktop_app.views.main_window import MainWindow

pytestmark = pytest.mark.gui
PASSWORD = "Rahasia-Kantor-2026"
TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def demo(tmp_path, demo_templates):
    demo_templates.open_copy(tmp_path / "kantor.db", 30, seed=7, today=TODAY)
    employee = (
        Employee.select()
        .join(Evaluation, on=(Evaluation.employee == Employee.id))
        .where(Evaluation.status == "FINAL")
        .first()
    )
    auth.create_user("t_hr", PASSWORD, "hr")
    auth.create_user("t_pegawai", PASSWORD, "employee", employee.id)
    return employee


def _sign_in(name: str) -> None:
    session.sign_in_as(auth.authenticate(name, PASSWORD))


def test_a_pegawai_window_has_their_own_tabs_and_no_register(qtbot, demo):
    _sign_in("t_pegawai")
    window = MainWindow("Dinas", session=session.current())
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(n) for n in range(window.tabs.count())]
    assert titles == [
        "My results",
        "Performance Targets (SKP)",
        "Evaluation",
        "Development",
        "Daily Log",  # their own Progres Harian (issue 21 point 4)
    ]
    settings_menu = window.menuBar().actions()[1].menu()
    staff = next(a for a in settings_menu.actions() if a.text() == "S&taff accounts…")
    assert not staff.isEnabled()
    _sign_in("t_hr")
    window = MainWindow("Dinas", session=session.current())
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "Employees"
    settings_menu = window.menuBar().actions()[1].menu()
    assert next(a for a in settings_menu.actions() if a.text() == "S&taff accounts…").isEnabled()


def _select_final_unread(qtbot, tab: MyResultsTab) -> int:
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Home)
    for _ in range(tab.model.rowCount()):
        row = tab.model.row_at(tab.table.currentIndex().row())
        if row.status == "FINAL" and row.read_at is None:
            return row.id
        qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    raise AssertionError("no final unread evaluation")


def test_the_pegawai_reads_and_acknowledges_their_evaluation(qtbot, demo, tmp_path):
    _sign_in("t_pegawai")
    tab = MyResultsTab()
    qtbot.addWidget(tab)
    tab.show()
    evaluation_id = _select_final_unread(qtbot, tab)
    text = tab.reading.toPlainText()
    assert "gives the predikat" in text and "PermenPANRB 6/2022" in text
    assert "Work results (hasil kerja)" in text and "Feedback" in text
    assert tab.read_button.isEnabled()
    before = tmp_path / "before.pdf"
    forms.build_evaluation(before, evaluation_id)
    assert "Telah dibaca" not in "".join(p.extract_text() for p in PdfReader(before).pages)
    qtbot.mouseClick(tab.read_button, Qt.MouseButton.LeftButton)
    stored = Evaluation.get_by_id(evaluation_id)
    assert stored.read_at is not None and stored.read_by == "t_pegawai"
    assert "Recorded: read on" in tab.notice.text()
    assert not tab.read_button.isEnabled() and "acknowledged it on" in tab.read_button.toolTip()
    after = tmp_path / "after.pdf"
    forms.build_evaluation(after, evaluation_id)
    assert "Telah dibaca oleh pegawai pada" in "".join(
        p.extract_text() for p in PdfReader(after).pages
    )
    document = tmp_path / "document.pdf"
    forms.build_document(document, evaluation_id)
    assert "Telah dibaca" in "".join(p.extract_text() for p in PdfReader(document).pages)


def test_the_pegawai_files_a_keberatan_within_the_deadline(qtbot, demo):
    evaluation = (
        Evaluation.select()
        .where((Evaluation.employee == demo.id) & (Evaluation.status == "FINAL"))
        .first()
    )
    Evaluation.update(finalized_at=dt.datetime.utcnow() - dt.timedelta(days=2)).where(
        Evaluation.id == evaluation.id
    ).execute()
    _sign_in("t_pegawai")
    tab = MyResultsTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Home)
    while tab.selected_id() != evaluation.id:
        qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.file_button.isEnabled() and not tab.objection.isReadOnly()
    qtbot.mouseClick(tab.file_button, Qt.MouseButton.LeftButton)  # empty: refused, said why
    assert tab.message.text() and Evaluation.get_by_id(evaluation.id).objection == ""
    qtbot.keyClicks(tab.objection, "Realisasi triwulan ini belum dihitung lengkap.")
    qtbot.mouseClick(tab.file_button, Qt.MouseButton.LeftButton)
    assert Evaluation.get_by_id(evaluation.id).objection.startswith("Realisasi triwulan")
    assert "objection was filed" in tab.notice.text()
    assert not tab.file_button.isEnabled()


def test_hr_makes_the_staff_accounts_in_the_dialog(qtbot, demo, tmp_path, monkeypatch):
    accounts_before = User.select().where(User.role == "employee").count()
    _sign_in("t_hr")
    dialog = StaffAccountsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    everyone = dialog.model.rowCount()
    assert everyone > 0 and str(everyone) in dialog.count.text()
    dialog.unit.setFocus()
    qtbot.keyClick(dialog.unit, Qt.Key.Key_Down)  # the first unit (with its sub-units)
    in_unit = dialog.model.rowCount()
    assert 0 < in_unit <= everyone
    slips = tmp_path / "slip akun"
    dialog.slips.selectAll()
    qtbot.keyClicks(dialog.slips, str(slips))  # ".pdf" is added
    shown, told = [], []
    feedback = staff_accounts_dialog.print_feedback
    monkeypatch.setattr(feedback, "open_in_system", lambda path: shown.append(path) or True)
    monkeypatch.setattr(feedback, "show_result", lambda d: told.append(d.windowTitle()))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.made), timeout=20000)
    pdf = tmp_path / "slip akun.pdf"
    assert shown == [pdf] and len(dialog.made) == in_unit
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert all(a.username in text and a.password in text for a in dialog.made)
    assert told == ["Account slips"] and "accounts made" in dialog.notice.text()
    assert User.select().where(User.role == "employee").count() == accounts_before + in_unit
    assert dialog.model.rowCount() == 0 and not dialog.create_button.isEnabled()


def test_the_users_dialog_opens_the_staff_accounts(qtbot, demo, monkeypatch):
    auth.create_user("t_admin", PASSWORD, "admin")
    _sign_in("t_admin")
    opened = []
    monkeypatch.setattr(users_dialog, "open_form", lambda d: opened.append(d) or False)
    dialog = users_dialog.UsersDialog()
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "staffAccounts")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [type(d).__name__ for d in opened] == ["StaffAccountsDialog"]


def test_the_appraiser_comments_per_rhk_and_the_employee_reads_them(qtbot, demo, monkeypatch):
    from desktop_app.models import PerformancePlan
    from desktop_app.services.skp import plans
    from desktop_app.views.skp import editor as skp_editor

    plan = PerformancePlan.select().where(PerformancePlan.status == "SUBMITTED").first()
    employee = Employee.get_by_id(plan.employee_id)
    auth.create_user("t_penilai", PASSWORD, "supervisor", employee.appraiser_id)
    auth.create_user("t_staf", PASSWORD, "employee", employee.id)
    _sign_in("t_penilai")
    editor = skp_editor.SkpEditor(plan.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.rhk_comment.isVisible() and not editor.rhk_comment.isReadOnly()
    qtbot.keyClicks(editor.rhk_comment, "Target terlalu rendah.")
    monkeypatch.setattr(skp_editor, "ask_reason", lambda *a: "Perbaiki target RHK 1")
    qtbot.mouseClick(editor.return_button, Qt.MouseButton.LeftButton)
    assert plans.get_plan(plan.id).status == plans.RETURNED
    editor.close()

    session.sign_in_as(None)
    _sign_in("t_staf")
    editor = skp_editor.SkpEditor(plan.id)
    qtbot.addWidget(editor)
    editor.show()
    assert "commented on 1 RHK" in editor.notice.text()
    assert editor.rhk_comment.text() == "Target terlalu rendah." and editor.rhk_comment.isReadOnly()


def test_self_assessment_and_peer_input_without_names(qtbot, demo):
    from desktop_app.services import settings
    from desktop_app.services.evaluation import notes

    evaluation = Evaluation.select().where(Evaluation.status == "DRAFT").first()
    auth.create_user("t_draft", PASSWORD, "employee", evaluation.employee_id)
    notes.add_peer_note(evaluation.id, "PEER", "Rekan Sejawat Rahasia", "Sangat membantu tim.")
    _sign_in("t_draft")
    tab = MyResultsTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Home)
    while tab.selected_id() != evaluation.id:
        qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    text = tab.reading.toPlainText()
    assert "Sangat membantu tim." in text and "Rekan Sejawat Rahasia" not in text
    assert "a colleague" in text
    assert tab.self_button.isEnabled()
    tab.self_assessment.selectAll()
    qtbot.keyClicks(tab.self_assessment, "Semua target triwulan ini tercapai.")
    qtbot.mouseClick(tab.self_button, Qt.MouseButton.LeftButton)
    stored = Evaluation.get_by_id(evaluation.id)
    assert stored.self_assessment == "Semua target triwulan ini tercapai."
    assert "self-assessment was saved" in tab.notice.text()
    session.sign_in_as(None)
    settings.put("peer_names_to_employee", True)  # the office shows the names
    _sign_in("t_draft")
    assert notes.peer_notes(evaluation.id)[0].author == "Rekan Sejawat Rahasia"
