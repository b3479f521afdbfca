"""The import dialog's preview shows every bad row with its reason and imports the valid rows on
confirmation; the entry points of the register tab read, export and save templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.services.register import employees as svc
from desktop_app.services.register import units
from desktop_app.services.register.employee_columns import IMPORT_COLUMNS
from desktop_app.services.register.employee_import_apply import ImportResult
from desktop_app.services.register.employee_queries import list_employees
from desktop_app.views import messages, tasks
from desktop_app.views.register import import_adapter
from desktop_app.views.register import io_dialogs as dialogs
from desktop_app.views.register.import_dialog import ImportDialog
from tests.views.keyboard import activate

pytestmark = pytest.mark.gui

HEAD = "197001012000031001"
PNS_M = "198609262015051001"
PPPK = "200012312024211001"
BAD_BIRTH = "198613262015051001"
FIELDS = [c.field for c in IMPORT_COLUMNS]


def row(nip, name="Budi Santoso", grade="III/b", unit="DINKES", **values):
    values.update(nip=nip, name=name, grade=grade, unit=unit)
    return [values.get(f) for f in FIELDS]


@pytest.fixture
def unit_ids(office):
    return {"DINKES": units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))}


@pytest.fixture
def bad_file(unit_ids, tmp_path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append([c.header for c in IMPORT_COLUMNS])
    for values in (
        row(HEAD, "Kepala Dinas", "IV/b"),
        row(PNS_M, supervisor=HEAD),
        row(BAD_BIRTH),
        row(PPPK, "Ani", "III/b"),
        row("199001152015032002", "Siti", unit="NOPE"),
    ):
        sheet.append(values)
    path = tmp_path / "pegawai.xlsx"
    book.save(path)
    return path


@pytest.fixture
def shown(monkeypatch):
    """Message boxes replaced by a list of (kind, title, text)."""
    boxes: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        messages, "info", lambda p, title, text: boxes.append(("info", title, text))
    )
    monkeypatch.setattr(
        messages, "warn", lambda p, title, text: boxes.append(("warn", title, text))
    )
    return boxes


def column_texts(model, column: int) -> list[str]:
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def previewed(qtbot, path) -> ImportDialog:
    """The import dialog of `path`, shown, on its preview step (Next clicked)."""
    dialog = ImportDialog(import_adapter.detect(path))
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    return dialog


def test_preview_shows_each_invalid_row_with_its_reason(qtbot, qtmodeltester, bad_file):
    dialog = previewed(qtbot, bad_file)
    page = dialog.preview_page
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(dialog.mapping_page.model)
    assert page.summary.text() == ("5 rows: 2 new, 0 updated, 0 unchanged, 3 refused, 0 skipped.")
    model = page.model
    problems = dict(zip(column_texts(model, 0), column_texts(model, 4), strict=True))
    assert "NIP / NI PPPK" in problems["4"] and "birth date" in problems["4"]
    assert "PPPK grade" in problems["5"]
    assert "NOPE" in problems["6"]
    assert "Refused" not in (model.index(0, 3).data(), model.index(1, 3).data())
    invalid = model.index(2, 3)
    assert invalid.data() == "Refused"
    assert invalid.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.import_button.text() == "&Import 2 rows" and dialog.import_button.isEnabled()

    page.table.setCurrentIndex(page.proxy.index(2, 0))
    assert page.details.text().startswith("Row 4\nNIP / NI PPPK: birth date")

    page.show_combo.setCurrentIndex(page.show_combo.findData("refused"))
    assert page.show_combo.currentText() == "Refused rows (3)"
    assert column_texts(page.proxy, 0) == ["4", "5", "6"]
    qtbot.keyClicks(page.search, "siti")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert column_texts(page.proxy, 0) == ["6"]
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # ends the search, does not import
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert dialog.result_ is None and list_employees() == []


def test_clicking_import_imports_the_valid_rows(qtbot, bad_file, shown):
    dialog = previewed(qtbot, bad_file)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_ == ImportResult(created=2, updated=0, unchanged=0, skipped=3)
    assert sorted(r.nip for r in list_employees()) == sorted([HEAD, PNS_M])
    assert shown[-1][0] == "info" and "2 new" in shown[-1][2] and "3 refused" in shown[-1][2]


def test_a_failed_import_says_so_and_changes_nothing(qtbot, bad_file, shown, unit_ids):
    dialog = previewed(qtbot, bad_file)
    units.delete_unit(unit_ids["DINKES"])  # the register changes while the preview is open
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert shown and shown[-1][0] == "warn"
    assert "Nothing was imported" in shown[-1][2] and "row 2" in shown[-1][2]
    assert list_employees() == []
    assert dialog.result_ is None and dialog.import_button.isEnabled()


def test_nothing_to_import_disables_the_button(qtbot, unit_ids, tmp_path):
    book = Workbook()
    book.active.append(["NIP", "Nama", "Golongan", "Kode Unit"])
    book.active.append([BAD_BIRTH, "X", "III/a", "DINKES"])
    book.save(tmp_path / "f.xlsx")
    dialog = previewed(qtbot, tmp_path / "f.xlsx")
    assert not dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Import 0 rows"


def test_back_returns_to_the_mapping_and_a_changed_mapping_is_read_again(qtbot, bad_file, shown):
    dialog = previewed(qtbot, bad_file)
    assert dialog.back_button.isVisible() and not dialog.next_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert dialog.stack.currentIndex() == 0 and dialog.next_button.isVisible()
    page = dialog.mapping_page
    supervisor = next(
        r for r in range(page.model.rowCount()) if page.combos[r].currentData() == "supervisor"
    )
    page.combos[supervisor].setFocus()
    qtbot.keyClicks(page.combos[supervisor], "Ignore")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    column = page.model.columns[supervisor].index
    assert dialog.preview is not None and column not in dialog.preview.mapping
    assert "supervisor" not in dialog.preview.mapping.values()


def test_import_entry_point_reads_previews_and_imports(qtbot, bad_file, shown, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent: str(bad_file))

    def confirm(dialog):
        dialog.show()
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        assert dialog.preview.to_write == 2
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "show_import", confirm)
    assert dialogs.import_employees(None) is True
    assert len(list_employees()) == 2
    monkeypatch.setattr(dialogs, "show_import", lambda dialog: False)
    assert dialogs.import_employees(None) is False  # cancelled in the dialog


def test_a_file_with_only_nip_and_golongan_cannot_go_on_without_a_name(
    qtbot, unit_ids, tmp_path, shown
):
    path = tmp_path / "f.csv"
    # issue 19: only NIP and name are required (golongan and unit may be missing)
    path.write_text("NIP;Golongan\n198609262015051001;III/b\n", encoding="utf-8")
    dialog = ImportDialog(import_adapter.detect(path))
    qtbot.addWidget(dialog)
    assert not dialog.next_button.isEnabled()
    assert "Choose a column for: Name" in dialog.mapping_page.missing_label.text()
    assert "NIP → NIP / NI PPPK" in dialog.mapping_page.read_label.text()


def test_export_writes_the_given_employees_in_order(qtbot, unit_ids, tmp_path, shown, monkeypatch):
    first = svc.save_employee(
        svc.EmployeeInput(nip=HEAD, name="Kepala", grade="IV/a", unit_id=unit_ids["DINKES"])
    )
    second = svc.save_employee(
        svc.EmployeeInput(nip=PNS_M, name="Budi", grade="III/a", unit_id=unit_ids["DINKES"])
    )
    target = tmp_path / "export.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested, filters: str(target))
    dialogs.export_employees(None, [second, first])
    sheet = load_workbook(target)["Pegawai"]
    assert [sheet.cell(r, 1).value for r in (2, 3)] == [PNS_M, HEAD]
    assert shown[-1][0] == "info" and "2 employees exported" in shown[-1][2]


def test_export_of_an_empty_selection_says_there_is_nothing(qtbot, unit_ids, shown, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: pytest.fail("no file dialog expected"))
    dialogs.export_employees(None, [])
    assert shown[0][0] == "info" and "nothing to export" in shown[0][2]


def test_save_template_writes_the_headers(qtbot, unit_ids, tmp_path, shown, monkeypatch):
    target = tmp_path / "template.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested, filters: str(target))
    dialogs.save_template(None)
    book = load_workbook(target)
    assert [c.value for c in book["Pegawai"][1]] == [c.header for c in IMPORT_COLUMNS]
    assert "Petunjuk" in book.sheetnames and shown[-1][0] == "info"


def test_save_path_gets_the_extension_of_the_chosen_filter(qtbot, monkeypatch, tmp_path):
    filters = [("Excel (*.xlsx)", ".xlsx"), ("CSV (*.csv)", ".csv")]
    monkeypatch.setattr(
        dialogs.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "daftar"), "CSV (*.csv)")),
    )
    assert dialogs.ask_save_path(None, "pegawai.xlsx", filters) == str(tmp_path / "daftar.csv")


def test_cancel_in_the_progress_dialog_stops_the_work(qtbot):
    def work(progress):
        progress(0, 10)
        tasks.QThread.currentThread().cancel_requested.set()  # what Cancel does
        progress(1, 10)
        return "finished"

    with pytest.raises(tasks.Cancelled):
        tasks.run_task(None, "Working", work)
    assert tasks.run_task(None, "Working", lambda progress: "done") == "done"


def test_cancel_while_importing_writes_nothing(qtbot, bad_file, shown, monkeypatch):
    """Cancel pressed after the first row was written: the transaction is rolled back."""
    real_apply = import_adapter.apply

    def pressed_cancel_after_one_row(preview, progress):
        def on_progress(done, total):
            if done == 1:
                tasks.QThread.currentThread().cancel_requested.set()  # what Cancel does
            progress(done, total)

        return real_apply(preview, on_progress)

    monkeypatch.setattr(import_adapter, "apply", pressed_cancel_after_one_row)
    dialog = previewed(qtbot, bad_file)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert shown[-1][:2] == ("info", "Import cancelled")
    assert list_employees() == [] and dialog.result_ is None
    assert dialog.import_button.isEnabled() and dialog.isVisible()
