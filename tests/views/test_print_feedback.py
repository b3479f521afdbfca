"""After every print the user sees where the file went, with "Open folder" when no PDF viewer
opened it; the files go to one print folder beside the database (never the data folder when
the database is elsewhere); the batch dialog names the period as the screens do, has a working
mnemonic for its folder, clears its "choose a folder" message and lists who was not printed and
why. Real dialogs on a real demo database; only the operating system's opener is replaced."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMainWindow

from desktop_app import paths
from desktop_app.i18n import translator
from desktop_app.services import auth, session
from desktop_app.services.evaluation import evaluations
from desktop_app.views import print_actions, print_feedback
from desktop_app.views.evaluation.tab import EvaluationTab

pytestmark = pytest.mark.gui
Q1 = "2026-Q1"


@pytest.fixture
def indonesian(qapp):
    """The interface in Indonesian, as the program starts; English again afterwards."""
    translator.install("id")
    yield
    translator.install("en")


@pytest.fixture
def demo(demo_templates, tmp_path, indonesian):
    """A demo office whose database sits on "another disk" (not the data folder), HR signed
    in, the interface in Indonesian; returns the database path."""
    path = tmp_path / "disk_d" / "kantor" / "kinerja.sqlite"
    path.parent.mkdir(parents=True)
    demo_templates.open_copy(path, 30, seed=1)
    session.sign_in_as(auth.authenticate("hrd", "Kepegawaian-2026"))
    return path


class Opener:
    """The operating system's opener: `works` says whether a viewer is installed."""

    def __init__(self, works: bool) -> None:
        self.works = works
        self.asked: list[Path] = []

    def __call__(self, path: Path) -> bool:
        self.asked.append(Path(path))
        return self.works


def _text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _final_row(tab: EvaluationTab) -> int:
    for row in range(tab.model.rowCount()):
        if tab.model.row_at(row).state == evaluations.FINALISED:
            return row
    raise AssertionError("no final evaluation in the demo")


def _period(tab: EvaluationTab, key: str) -> None:
    tab.period.setCurrentIndex(tab.period.findData(key))


def test_print_folder_is_beside_the_database_not_in_the_data_folder(demo):
    folder = print_actions.print_folder()
    assert folder == demo.parent / "Cetakan" and folder.is_dir()
    assert paths.data_dir() not in folder.parents


def test_no_viewer_the_user_is_told_where_and_can_open_the_folder(qtbot, demo, monkeypatch):
    opener = Opener(works=False)
    monkeypatch.setattr(print_feedback, "open_in_system", opener)
    shown: list[print_feedback.SavedDialog] = []

    def answer(dialog: print_feedback.SavedDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        assert dialog.open_folder_button is not None
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(print_feedback, "show_result", answer)
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    _period(tab, Q1)
    row = _final_row(tab)
    tab.table.selectRow(row)
    name = tab.model.row_at(row).name
    tab.print_selected("evaluation")
    pdf = opener.asked[0]
    assert pdf.parent == demo.parent / "Cetakan" and pdf.exists()
    assert name.split(",")[0] in _text(pdf)
    message = shown[0].message.text()
    assert str(pdf) in message and "penampil PDF" in message  # Indonesian, with the path
    assert opener.asked[1] == pdf.parent  # "Buka folder" opened the print folder


def test_the_open_folder_button_says_where_when_even_the_folder_cannot_open(
    qtbot, demo, monkeypatch
):
    monkeypatch.setattr(print_feedback, "open_in_system", Opener(works=False))
    shown = []

    def answer(dialog):  # type: ignore[no-untyped-def]
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
        shown.append((dialog.isVisible(), dialog.message.text()))

    monkeypatch.setattr(print_feedback, "show_result", answer)
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    _period(tab, Q1)
    tab.print_recap()
    visible, text = shown[0]
    assert visible and text.count(str(demo.parent / "Cetakan")) >= 2


def test_with_a_viewer_the_status_bar_says_where_the_file_is(qtbot, demo, monkeypatch):
    opener = Opener(works=True)
    monkeypatch.setattr(print_feedback, "open_in_system", opener)
    window = QMainWindow()
    qtbot.addWidget(window)
    tab = EvaluationTab(window)
    window.setCentralWidget(tab)
    _period(tab, Q1)
    tab.table.selectRow(_final_row(tab))
    tab.print_selected("document")  # a dialog here would fail: QDialog.exec is refused
    pdf = opener.asked[-1]
    assert pdf.exists() and "DOKUMEN EVALUASI KINERJA PEGAWAI" in _text(pdf)
    assert str(pdf) in window.statusBar().currentMessage()


def _ok(dialog) -> object:  # type: ignore[no-untyped-def]
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_batch_dialog_words_folder_message_and_the_list_of_those_not_printed(
    qtbot, demo, monkeypatch, tmp_path
):
    monkeypatch.setattr(print_feedback, "open_in_system", Opener(works=False))
    results: list[print_feedback.SavedDialog] = []

    def answer(dialog: print_feedback.SavedDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        results.append(dialog)

    monkeypatch.setattr(print_feedback, "show_result", answer)
    error_during: list[bool] = []
    real_run = print_actions.run_task

    def run(parent, label, work):  # type: ignore[no-untyped-def]
        error_during.append(bool(parent.error.text()))
        return real_run(parent, label, work)

    monkeypatch.setattr(print_actions, "run_task", run)
    target = tmp_path / "arsip cetak"
    target.mkdir()
    seen = {}

    def fill(dialog: print_actions.BatchDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        seen["period"] = dialog.period_label.text()
        seen["labels"] = labels
        seen["default"] = dialog.folder.text()
        buddies = [lab for lab in dialog.findChildren(QLabel) if lab.buddy() is dialog.folder]
        seen["buddy"] = [lab.text() for lab in buddies]
        dialog.unit.setCurrentIndex(
            dialog.unit.findText("Dinas Kesehatan", Qt.MatchFlag.MatchContains)
        )
        qtbot.mouseClick(dialog.folder, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.folder, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.folder, Qt.Key.Key_Delete)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        seen["refused"] = dialog.error.isVisible() and "folder" in dialog.error.text()
        qtbot.keyClicks(dialog.folder, str(target))
        seen["cleared"] = dialog.error.text() == ""
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        seen["after"] = bool(dialog.error.text())
        seen["result"] = dialog.result
        return dialog.result is not None

    monkeypatch.setattr(print_actions, "open_dialog", fill)
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    _period(tab, Q1)
    tab.print_unit()
    assert seen["period"] == "Triwulan I 2026"
    assert not any("2026-Q1" in text for text in seen["labels"])
    assert seen["buddy"] == ["F&older:"]  # the mnemonic works: Alt+O reaches the field
    assert seen["default"] == str(demo.parent / "Cetakan")
    assert seen["refused"] and seen["cleared"] and error_during == [False]
    assert not seen["after"]
    made = sorted(target.glob("*.pdf"))
    assert [p.name for p in made] == ["DINKES_dokumen-evaluasi_2026-Q1.pdf"]
    assert len(pypdf.PdfReader(str(made[0])).pages) >= 15
    box = results[0]
    assert str(made[0]) in box.message.text() and box.open_folder_button is not None
    listed = box.listing.toPlainText().splitlines()
    result = seen["result"]
    monitored = evaluations.monitoring(Q1, None)
    assert result.documents == 15 and len(monitored) == 15 + len(listed)
    assert sorted(p.nip for p in result.left_out) == sorted(
        r.nip for r in monitored if r.state != evaluations.FINALISED
    )
    assert all(": " in line and "belum final" in line for line in listed)


def test_an_excel_export_says_where_and_offers_the_folder(qtbot, demo, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from desktop_app.views import excel_export
    from desktop_app.views.skp.tab import SkpTab

    opener = Opener(works=False)
    monkeypatch.setattr(print_feedback, "open_in_system", opener)
    target = tmp_path / "laporan" / "progres.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(excel_export, "ask_save_path", lambda *args: str(target))
    shown = []

    def answer(dialog):  # type: ignore[no-untyped-def]
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog.message.text())
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(print_feedback, "show_result", answer)
    tab = SkpTab()
    qtbot.addWidget(tab)
    tab.export()
    rows = load_workbook(target)["Progres SKP"].max_row - 1
    assert shown and str(target) in shown[0] and f"{rows} baris" in shown[0]
    assert opener.asked == [target.parent]


def test_nothing_to_print_names_the_period_and_the_unit_and_lists_who_was_not_printed(
    qtbot, demo, monkeypatch, tmp_path
):
    """Issue 18, defect 7: the batch dialog said "2026-Q4" where the rest says "Triwulan IV
    2026" and "DINKES" for Dinas Kesehatan (the refusal when nobody of the unit has a final
    evaluation in the period), and the list of the staff not printed it promises never came."""
    seen = {}
    lists: list[print_feedback.SavedDialog] = []

    def answer(dialog: print_feedback.SavedDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        lists.append(dialog)

    monkeypatch.setattr(print_feedback, "show_result", answer)

    def fill(dialog: print_actions.BatchDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.unit.setCurrentIndex(
            dialog.unit.findText("Dinas Kesehatan", Qt.MatchFlag.MatchContains)
        )
        qtbot.mouseClick(dialog.folder, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.folder, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.folder, str(tmp_path))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20000)
        seen["error"] = dialog.error.text()
        return False

    monkeypatch.setattr(print_actions, "open_dialog", fill)
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    _period(tab, "2026-Q4")
    tab.print_unit()
    assert "Tidak ada yang dicetak" in seen["error"]
    assert "Triwulan IV 2026" in seen["error"] and "2026-Q4" not in seen["error"]
    assert "Dinas Kesehatan" in seen["error"] and "DINKES" not in seen["error"]
    assert not list(tmp_path.glob("*.pdf"))
    assert len(lists) == 1 and lists[0].listing is not None
    box = lists[0]
    assert box.open_folder_button is None  # no file was written
    listed = box.listing.toPlainText().splitlines()
    dinkes = [r for r in evaluations.monitoring("2026-Q4", None) if "Kesehatan" in r.unit_name]
    assert dinkes and len(listed) >= len(dinkes)
    assert all(": " in line and "belum final" in line for line in listed)
    assert all(any(r.name in line for line in listed) for r in dinkes)
    assert box.listing.isReadOnly()  # to read and copy: selectable, not editable
    box.listing.selectAll()
    assert box.listing.textCursor().selectedText()


def test_a_message_in_the_batch_dialog_moves_neither_its_size_nor_its_buttons(
    qtbot, demo, monkeypatch, tmp_path
):
    """Issue 18, defect 6: a two-line message made the batch dialog 14 px higher and moved
    Cetak and Batal under the pointer; its room is kept from the start."""
    monkeypatch.setattr(print_feedback, "show_result", lambda dialog: None)
    places = []

    def where(dialog: print_actions.BatchDialog) -> tuple:  # type: ignore[type-arg]
        qtbot.wait(50)
        box = dialog.findChild(QDialogButtonBox)
        buttons = tuple(b.mapToGlobal(b.rect().topLeft()).toTuple() for b in box.buttons())
        return dialog.size().toTuple(), buttons

    def fill(dialog: print_actions.BatchDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        places.append(where(dialog))
        qtbot.mouseClick(dialog.folder, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.folder, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.folder, Qt.Key.Key_Delete)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)  # no folder: one line
        assert dialog.error.text()
        places.append(where(dialog))
        qtbot.keyClicks(dialog.folder, str(tmp_path))
        places.append(where(dialog))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)  # nothing to print: two
        qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20000)
        one_line = dialog.error.fontMetrics().lineSpacing() + 4
        assert dialog.error.needed_height([dialog.error.text()]) > one_line  # it wraps
        places.append(where(dialog))
        return False

    monkeypatch.setattr(print_actions, "open_dialog", fill)
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    _period(tab, "2026-Q4")
    tab.print_unit()
    assert len(places) == 4 and places[0] == places[1] == places[2] == places[3]
