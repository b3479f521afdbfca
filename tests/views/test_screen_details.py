"""Details of the screens that misled (issue 18, defect 8): one RHK numbering in the SKP editor,
the printed SKP and the messages; column titles never cut, in both languages; percentages in
the interface's number format; a chosen unit without its tree indentation; no nested brackets
in the status bar; placeholders that read as hints."""

from __future__ import annotations

import re

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

from desktop_app.i18n import translator
from desktop_app.services import auth, periods, session
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.reports import build_skp
from desktop_app.services.skp import plans
from desktop_app.services.skp.plans import IndicatorInput, PlanInput, ResultInput
from desktop_app.views import messages, widgets
from desktop_app.views.skp.editor import SkpEditor

pytestmark = pytest.mark.gui
PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026


@pytest.fixture(params=["id", "en"])
def language(request, qapp):
    translator.install(request.param)
    yield request.param
    translator.install("en")


@pytest.fixture
def indonesian(qapp):
    translator.install("id")
    yield
    translator.install("en")


@pytest.fixture
def team(office):
    """A dinas with a Sekretariat below it, a head and two staff; the head signed in."""
    top = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    sub = unit_service.save_unit(
        unit_service.UnitInput("SEKRET", "Sekretariat", "SEKRETARIAT", parent_id=top)
    )
    head = employees.save_employee(EmployeeInput("197102022000032002", "Kabid", "IV/a", top))
    budi = employees.save_employee(
        EmployeeInput(
            "198609262015051001", "Budi", "III/b", sub, supervisor_id=head, appraiser_id=head
        )
    )
    periods.open_period(YEAR)
    auth.create_user("kabid", PASSWORD, "supervisor", head)
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    return {"top": top, "sub": sub, "head": head, "budi": budi}


def _iki(text: str) -> list[IndicatorInput]:
    return [IndicatorInput("KUANTITAS", text, "12", "laporan")]


# ---------------------------------------------------------------- RHK numbering


@pytest.fixture
def mixed_plan(team):
    """An SKP whose RHK are stored Utama, Utama, Tambahan, Utama; the Tambahan has no IKI."""
    plan_id = plans.create_plan(team["budi"], YEAR)
    rhk = [
        ("Laporan keuangan tepat waktu", True, _iki("Laporan bulanan")),
        ("Arsip kepegawaian tertib", True, _iki("Berkas terarsip")),
        ("Pendampingan magang", False, []),
        ("Layanan cuti selesai", True, _iki("Usul cuti")),
    ]
    results = [ResultInput(t, main, iki, parent_text="Sasaran") for t, main, iki in rhk]
    plans.save_plan(plan_id, PlanInput("KUANTITATIF", results))
    return plan_id


def _titles(editor: SkpEditor) -> list[str]:
    model = editor.result_model
    return [model.item(row).text() for row in range(model.rowCount())]


def test_the_editor_numbers_the_rhk_as_the_form_does(qtbot, mixed_plan):
    editor = SkpEditor(mixed_plan)
    qtbot.addWidget(editor)
    assert [t.split(" ", 1)[0] for t in _titles(editor)] == ["A.1", "A.2", "B.1", "A.3"]
    editor.show()
    editor.result_list.setFocus()
    qtbot.keyClick(editor.result_list, Qt.Key.Key_Down)  # the second RHK
    assert editor.current_row == 1
    editor.section.setFocus()
    qtbot.keyClick(editor.section, Qt.Key.Key_Down)  # becomes Tambahan
    assert [t.split(" ", 1)[0] for t in _titles(editor)] == ["A.1", "B.1", "B.2", "A.2"]
    assert _titles(editor)[3] == "A.2 Layanan cuti selesai"


def test_messages_and_the_printed_form_use_the_same_numbers(qtbot, mixed_plan, tmp_path):
    found = [messages.error_text(problem) for problem in plans.problems(mixed_plan)]
    assert "RHK B.1 has no indicator (IKI)." in found  # it was "RHK 3"
    target = tmp_path / "skp.pdf"
    build_skp(target, mixed_plan)
    text = " ".join(
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(target)).pages
    )
    order = [
        text.index(part)
        for part in (
            "A. UTAMA",
            "Laporan keuangan tepat waktu",
            "Arsip kepegawaian tertib",
            "Layanan cuti selesai",
            "B. TAMBAHAN",
            "Pendampingan magang",
        )
    ]
    assert order == sorted(order)  # A.1, A.2, A.3 under UTAMA, B.1 under TAMBAHAN
    assert re.search(r"B\. TAMBAHAN 1 Sasaran Pendampingan magang", text)


# ---------------------------------------------------------------- column titles


def _cut_titles(table) -> list[str]:  # type: ignore[no-untyped-def]
    header = table.horizontalHeader()
    shown = header.isSortIndicatorShown()
    header.setSortIndicatorShown(True)
    cut = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        if header.sectionSize(column) < header.sectionSizeHint(column):
            cut.append(str(table.model().headerData(column, Qt.Orientation.Horizontal)))
    header.setSortIndicatorShown(shown)
    return cut


def test_development_tables_show_whole_titles(qtbot, team, language):
    from desktop_app.views.development.tab import DevelopmentTab

    tab = DevelopmentTab()
    qtbot.addWidget(tab)
    for table in (tab.table, tab.unit_table, tab.recap_table):
        assert _cut_titles(table) == []


def test_the_outbox_and_the_central_import_show_whole_titles(qtbot, team, language):
    from desktop_app.views.sync.central.packages_page import PackagesPage
    from desktop_app.views.sync.office_dialog import SyncDialog

    session.sign_in_as(None)
    auth.create_user("admin", PASSWORD, "admin")
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    dialog = SyncDialog()
    qtbot.addWidget(dialog)
    assert _cut_titles(dialog.outbox.table) == []
    page = PackagesPage()
    qtbot.addWidget(page)
    for table in (page.table, page.entity_table, page.quarantine_list.table):
        assert _cut_titles(table) == []


def test_a_title_is_widened_only_when_it_would_be_cut(qtbot):
    from PySide6.QtGui import QStandardItemModel

    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Kekurangan JP menuju 20", "A"])
    table = widgets.row_table(model, "t", (40, 300))
    qtbot.addWidget(table)
    assert table.columnWidth(0) >= table.horizontalHeader().sectionSizeHint(0) > 40
    assert table.columnWidth(1) == 300  # wider than its title: kept
    model.setHorizontalHeaderLabels(["Kekurangan JP menuju 20 orang pegawai", "A"])
    assert _cut_titles(table) == []  # a new title is fitted too


# ---------------------------------------------------------------- percentages


def test_distribution_findings_write_percentages_in_the_interface_language(qtbot, language):
    from desktop_app.scoring import distribution
    from desktop_app.scoring.ratings import OrgPredikat, Predikat
    from desktop_app.views.evaluation.distribution_panel import finding_text

    counts = {Predikat.BAIK: 5, Predikat.SANGAT_BAIK: 2}  # 5 of 7 Baik: more than 70 %
    found = distribution.check_distribution(OrgPredikat.BAIK, counts)
    text = " ".join(finding_text(f) for f in found)
    if language == "id":
        assert "71,4 %" in text and "70 %" in text and "71.4" not in text
    else:
        assert "71.4%" in text and "70%" in text
    assert ".0%" not in text and ",0 %" not in text


# ---------------------------------------------------------------- units, status bar, hints


def test_a_chosen_unit_shows_no_tree_indentation(qtbot, team):
    from desktop_app.views.print_actions import BatchDialog

    session.sign_in_as(None)
    auth.create_user("staffhr", PASSWORD, "hr")
    session.sign_in_as(auth.authenticate("staffhr", PASSWORD))
    dialog = BatchDialog("2026-Q1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.unit.setFocus()
    qtbot.keyClick(dialog.unit, Qt.Key.Key_Down)  # from the dinas to the Sekretariat below it
    assert dialog.unit.currentData() == team["sub"]
    assert dialog.unit.currentText() == "Sekretariat (SEKRET)"
    view = dialog.unit.view()
    option = QStyleOptionViewItem()
    index = dialog.unit.model().index(dialog.unit.currentIndex(), 0)
    view.itemDelegate().initStyleOption(option, index)
    assert option.text == widgets.INDENT + "Sekretariat (SEKRET)"  # indented in the open list


def test_the_status_bar_has_no_brackets_inside_brackets(qtbot, team, indonesian, answer_dialogs):
    from desktop_app.views.main_window import MainWindow

    window = MainWindow("Dinas Kesehatan", session=session.current())
    qtbot.addWidget(window)
    text = window.user_label.text()
    assert "Pejabat" in text or "penilai" in text
    depth, deepest = 0, 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    assert deepest <= 1, text


def test_placeholders_read_as_hints(qtbot, team, indonesian):
    from desktop_app.views.development.dialogs import RealisationDialog

    dialog = RealisationDialog("Catat", lambda data: None)
    qtbot.addWidget(dialog)
    hints = {
        edit.objectName(): edit.placeholderText()
        for edit in dialog.findChildren(QLineEdit)
        if edit.placeholderText()
    }
    assert hints["provider"].startswith("mis. ") and hints["cost"].startswith("mis. ")


def test_fields_that_cannot_be_typed_into_show_no_hint(qtbot, mixed_plan):
    session.sign_in_as(None)
    auth.create_user("lihat", PASSWORD, "viewer")
    session.sign_in_as(auth.authenticate("lihat", PASSWORD))
    editor = SkpEditor(mixed_plan)
    qtbot.addWidget(editor)
    closed = [
        edit for edit in editor.findChildren(QLineEdit) if edit.isReadOnly() or not edit.isEnabled()
    ]
    assert closed  # the viewer reads the SKP only
    assert [e.objectName() for e in closed if e.placeholderText()] == []
