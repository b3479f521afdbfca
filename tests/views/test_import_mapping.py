"""The import dialog driven as a clerk does (issue 19), on real files with the layouts HR has:
the automatic mapping shown, a column remapped and one ignored with the keyboard and the mouse,
units created under a chosen parent, the default unit chosen, the import in a worker, then
the register shows the employees and the stored records match; the mapping remembered for the
next file with the same headers; a file whose columns are not recognised says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from desktop_app.i18n import translator
from desktop_app.services.register import employee_queries, units
from desktop_app.services.register import employees as svc
from desktop_app.views import messages
from desktop_app.views.register import io_dialogs
from desktop_app.views.register.import_dialog import ImportDialog
from desktop_app.views.register.import_mapping import MappingModel
from desktop_app.views.register.tab import RegisterTab
from tests.views import import_files
from tests.views.keyboard import activate, click_cell

pytestmark = pytest.mark.gui


@pytest.fixture
def english(qapp):
    """The English interface with its catalogue of plural forms ("1 unit created.")."""
    translator.install("en")
    yield


@pytest.fixture
def office_units(office):
    """The Dinas (root), a Sekretariat and a Bidang below it, as a fresh register has."""
    dinas = units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    sekretariat = units.save_unit(units.UnitInput("SEKR", "Sekretariat", "SEKRETARIAT", dinas))
    bidang = units.save_unit(units.UnitInput("P2P", "Bidang P2P", "BIDANG", dinas))
    return {"dinas": dinas, "sekretariat": sekretariat, "bidang": bidang}


@pytest.fixture
def shown(monkeypatch):
    """Message boxes replaced by a list of (kind, title, text)."""
    boxes: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "info", lambda p, t, text: boxes.append(("info", t, text)))
    monkeypatch.setattr(messages, "warn", lambda p, t, text: boxes.append(("warn", t, text)))
    return boxes


def run_import(qtbot, monkeypatch, tab: RegisterTab, path, drive) -> None:
    """Import `path` from the register tab's menu; `drive(dialog)` acts in the dialog."""
    monkeypatch.setattr(io_dialogs, "ask_open_path", lambda parent: str(path))

    def show(dialog: ImportDialog) -> bool:  # the caller deletes the dialog afterwards
        activate(qtbot, dialog)
        drive(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(io_dialogs, "show_import", show)
    tab.import_action.trigger()


def mapping_rows(dialog: ImportDialog) -> dict[str, tuple[str, str, str]]:
    """Header -> (samples, field, found by) as the mapping table shows them."""
    model = dialog.mapping_page.model
    out = {}
    for row in range(model.rowCount()):
        header, samples, field, source = (
            model.index(row, c).data() for c in range(model.columnCount())
        )
        out[header] = (samples, field, source)
    return out


def row_of(dialog: ImportDialog, header: str) -> int:
    model = dialog.mapping_page.model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == header)


def choose_by_keyboard(qtbot, dialog: ImportDialog, header: str, text: str) -> QComboBox:
    """Click the column's row, F2 into its field list, type the start of the field's name."""
    page = dialog.mapping_page
    row = row_of(dialog, header)
    click_cell(qtbot, page.table, row, MappingModel.HEADER)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    combo = page.combos[row]
    qtbot.waitUntil(combo.hasFocus, timeout=3000)
    qtbot.keyClicks(combo, text)
    return combo


def choose_by_mouse(qtbot, combo: QComboBox, text: str) -> None:
    """Open the list with a click and click the item."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=3000)
    index = view.model().index(combo.findText(text), 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a quicker release is the opening's
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=3000)


def arrow_to(qtbot, combo: QComboBox, data) -> None:
    """Move through a closed combo's items with the Down key until `data` is chosen."""
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def press(qtbot, dialog: QDialog, key: Qt.Key, modifier=Qt.KeyboardModifier.AltModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifier)


def preview_rows(dialog: ImportDialog) -> dict[int, tuple[str, str, str]]:
    """Row number -> (name, result, reasons and warnings) of the rows shown in the preview."""
    proxy = dialog.preview_page.proxy
    return {
        proxy.index(r, 0).data(): tuple(proxy.index(r, c).data() for c in (2, 3, 4))
        for r in range(proxy.rowCount())
    }


def by_nip(nip: str):
    employee_id = employee_queries.find_by_nip(nip)
    assert employee_id is not None, nip
    return svc.get_employee(employee_id)


# --- a SIASN export: keyboard only -----------------------------------------------------------


def test_a_siasn_export_imports_with_a_column_ignored_and_units_created(
    qtbot, monkeypatch, office_units, tmp_path, shown, english
):
    path = import_files.siasn_xlsx(tmp_path)
    tab = RegisterTab()
    qtbot.addWidget(tab)
    seen: dict[str, object] = {}

    def drive(dialog: ImportDialog) -> None:
        page = dialog.mapping_page
        assert page.sheet.currentText() == "Data Utama" and page.header_row.value() == 1
        rows = mapping_rows(dialog)
        assert rows["NIP BARU"][1:] == ("NIP / NI PPPK", "same name")
        assert rows["NIP BARU"][0].startswith("197001012000031001")  # apostrophe gone
        assert rows["GOL AKHIR NAMA"][1:] == ("Golongan", "known other name")
        assert rows["UNOR NAMA"][1] == "Unit name" and rows["PNS ID"][1] == "PNS ID (SIASN)"
        assert page.unread_label.text() == "Every column is read."

        combo = choose_by_keyboard(qtbot, dialog, "KEDUDUKAN HUKUM NAMA", "Ignore")
        assert combo.currentData() is None
        rows = mapping_rows(dialog)
        assert rows["KEDUDUKAN HUKUM NAMA"][1:] == ("Ignore", "chosen by you")
        assert "“KEDUDUKAN HUKUM NAMA”" in page.unread_label.text()
        assert "NIP BARU → NIP / NI PPPK" in page.read_label.text()

        press(qtbot, dialog, Qt.Key.Key_N)  # Next: preview
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
        preview = dialog.preview_page
        assert preview.summary.text() == (
            "3 rows: 3 new, 0 updated, 0 unchanged, 0 refused, 0 skipped."
        )
        assert "“Subbag Umum dan Kepegawaian”" in preview.unknown_units.text()
        warnings = preview_rows(dialog)[4][2]
        assert "inferred" in warnings and "Pengawas" in warnings  # Kepala Subbagian
        seen["default"] = preview.default_unit.currentData()

        press(qtbot, dialog, Qt.Key.Key_C)  # Create these units under …
        qtbot.waitUntil(preview.create_units.isChecked, timeout=3000)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert preview.parent_unit.hasFocus()
        arrow_to(qtbot, preview.parent_unit, office_units["sekretariat"])
        qtbot.waitUntil(lambda: "not in the register" not in preview_rows(dialog)[4][2])
        assert dialog.import_button.text() == "&Import 3 rows"
        press(qtbot, dialog, Qt.Key.Key_I)
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10000)

    run_import(qtbot, monkeypatch, tab, path, drive)
    assert seen["default"] == office_units["dinas"]  # the office root by default
    assert shown[-1][0] == "info" and "3 new" in shown[-1][2] and "1 unit created." in shown[-1][2]

    names = [tab.model.index(r, tab.model.NAME).data() for r in range(tab.model.rowCount())]
    assert sorted(names) == ["BUDI SANTOSO, S.Kep", "Dr. HARTONO, M.Kes", "SITI AMINAH, S.E."]
    hartono = by_nip("197001012000031001")
    assert hartono.pns_id == "A8ACA7A3B4D43912E040640A040269BB"
    assert (hartono.front_title, hartono.back_title, hartono.grade) == ("Dr.", "M.Kes", "IV/b")
    assert hartono.unit_id == office_units["dinas"]
    assert hartono.position_type == "JPT"
    siti = by_nip("199001152015032002")
    new_unit = next(u for u in units.list_units() if u.id == siti.unit_id)
    assert new_unit.name == "Subbag Umum dan Kepegawaian"
    assert new_unit.parent_id == office_units["sekretariat"]
    budi = by_nip("198609262015051001")
    assert budi.unit_id == office_units["bidang"] and budi.position_type == "FUNGSIONAL"


def test_the_apostrophe_of_a_siasn_phone_number_is_not_stored(
    qtbot, monkeypatch, office_units, tmp_path, shown
):
    path = import_files.siasn_xlsx(tmp_path)
    tab = RegisterTab()
    qtbot.addWidget(tab)

    def drive(dialog: ImportDialog) -> None:
        assert mapping_rows(dialog)["NOMOR HP"][0].startswith("081234567890 ·")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10000)

    run_import(qtbot, monkeypatch, tab, path, drive)
    # stored without the apostrophe, in the form the employee form stores and shows
    assert by_nip("197001012000031001").phone == "+62 812-3456-7890"


# --- a Dinas CSV in cp1252: the mouse, the default unit, the remembered mapping --------------


def test_a_semicolon_csv_with_a_remapped_column_and_the_default_unit_then_remembered(
    qtbot, monkeypatch, office_units, tmp_path, shown
):
    path = import_files.dinas_csv(tmp_path)
    tab = RegisterTab()
    qtbot.addWidget(tab)

    def drive(dialog: ImportDialog) -> None:
        page = dialog.mapping_page
        assert not page.sheet.isEnabled()  # a CSV has one table
        rows = mapping_rows(dialog)
        assert rows["Kontak"][1:] == ("Ignore", "not recognised")
        assert rows["Nama Lengkap"][0].startswith("Andi Prasetyo · Nur\u2019aini Rahma")
        assert "“Kontak”" in page.unread_label.text()
        assert "“Catatan Lain”" in page.unread_label.text()
        choose_by_mouse(qtbot, page.combos[row_of(dialog, "Kontak")], "Phone")
        assert mapping_rows(dialog)["Kontak"][1:] == ("Phone", "chosen by you")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)

        preview = dialog.preview_page
        assert preview.unknown_units.text() == "Every unit named in the file is in the register."
        assert not preview.create_units.isEnabled()
        press(qtbot, dialog, Qt.Key.Key_W)  # Rows without a unit go to:
        assert preview.default_unit.hasFocus()
        arrow_to(qtbot, preview.default_unit, office_units["sekretariat"])
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10000)

    run_import(qtbot, monkeypatch, tab, path, drive)
    assert "2 new" in shown[-1][2]
    andi = by_nip("198703152010011004")
    assert andi.unit_id == office_units["bidang"] and andi.phone == "+62 813-7777-8888"
    assert andi.grade == "III/c" and andi.position_name == "Analis Kepegawaian Ahli Pertama"
    nur = by_nip("199105102019032005")
    assert nur.name == "Nur\u2019aini Rahma"  # cp1252 read as such
    assert nur.unit_id == office_units["sekretariat"] and nur.phone == "+62 813-5555-6666"

    later = import_files.dinas_csv(tmp_path, "pegawai_dinas_2.csv", import_files.DINAS_ROWS_LATER)

    def drive_again(dialog: ImportDialog) -> None:
        rows = mapping_rows(dialog)
        assert rows["Kontak"][1:] == ("Phone", "remembered from an earlier file")
        assert rows["NIP"][1:] == ("NIP / NI PPPK", "remembered from an earlier file")
        assert rows["Catatan Lain"][1] == "Ignore"
        press(qtbot, dialog, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
        press(qtbot, dialog, Qt.Key.Key_I)
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10000)

    run_import(qtbot, monkeypatch, tab, later, drive_again)
    assert by_nip("198202142008012006").phone == "+62 812-4444-3333"
    assert tab.model.rowCount() == 3


# --- a school list: title row, second sheet, combined pangkat, a non-ASN row -----------------


def test_a_school_list_finds_its_sheet_and_header_skips_the_honorer_and_lists_incomplete(
    qtbot, monkeypatch, office_units, tmp_path, shown
):
    path = import_files.school_xlsx(tmp_path)
    tab = RegisterTab()
    qtbot.addWidget(tab)

    def drive(dialog: ImportDialog) -> None:
        page = dialog.mapping_page
        assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == [
            "Petunjuk",
            "Pegawai",
        ]
        assert page.sheet.currentText() == "Pegawai" and page.header_row.value() == 3
        rows = mapping_rows(dialog)
        assert rows["Pangkat/Gol"][1] == "Golongan" and rows["No"][1] == "Ignore"

        page.header_row.setFocus()
        qtbot.keyClick(page.header_row, Qt.Key.Key_Down)  # the blank row above the header
        qtbot.waitUntil(lambda: "Row 2 is empty" in dialog.error.text(), timeout=5000)
        assert not dialog.next_button.isEnabled()
        qtbot.keyClick(page.header_row, Qt.Key.Key_Down)  # the title row
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
        assert mapping_rows(dialog)[import_files.SCHOOL_TITLE][1] == "Ignore"
        assert "Choose a column for: NIP / NI PPPK, Name" in page.missing_label.text()
        assert not dialog.next_button.isEnabled()
        qtbot.keyClick(page.header_row, Qt.Key.Key_Up)
        qtbot.keyClick(page.header_row, Qt.Key.Key_Up)
        qtbot.waitUntil(dialog.next_button.isEnabled, timeout=5000)
        assert page.header_row.value() == 3 and dialog.error.text() == ""
        assert mapping_rows(dialog)["NIP"][1] == "NIP / NI PPPK"

        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter goes on to the preview
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
        preview = dialog.preview_page
        assert preview.summary.text() == (
            "4 rows: 3 new, 0 updated, 0 unchanged, 0 refused, 1 skipped."
        )
        assert "3 employees will be imported with incomplete data" in preview.file_notes.text()
        preview.show_combo.setFocus()
        qtbot.keyClicks(preview.show_combo, "Sk")
        assert preview.show_combo.currentText() == "Skipped rows (1)"
        (name, result, reasons) = preview_rows(dialog)[7]
        assert (name, result) == ("DEWI LESTARI", "Skipped") and reasons
        press(qtbot, dialog, Qt.Key.Key_I)
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10000)

    run_import(qtbot, monkeypatch, tab, path, drive)
    assert "1 skipped" in shown[-1][2] and "3 employees have incomplete data" in shown[-1][2]
    assert by_nip("196805051993031007").grade == "IV/b"  # "Pembina Tk.I, IV-b"
    assert by_nip("198003122005012011").grade == "III/d"  # "Penata TK. I\u00a0 III/d"
    assert by_nip("198507202010011003").unit_id == office_units["dinas"]  # the root

    # the register's filter "Incomplete data" lists them, with what is missing
    activate(qtbot, tab)
    qtbot.mouseClick(tab.incomplete_filter, Qt.MouseButton.LeftButton)
    assert tab.incomplete_filter.isChecked()
    model = tab.model
    shown_rows = {
        model.index(r, model.NAME).data(): model.index(r, model.MISSING).data()
        for r in range(model.rowCount())
    }
    assert set(shown_rows) == {"SUPARMAN", "RINA MARLINA", "AHMAD FAUZI"} or len(shown_rows) == 3
    assert all("Appraiser (pejabat penilai)" in text for text in shown_rows.values())
    tooltip = model.index(0, model.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "Data incomplete; missing:" in tooltip


# --- files the import cannot use as they are -------------------------------------------------


def test_a_file_whose_columns_are_not_recognised_names_them_and_cannot_go_on(
    qtbot, monkeypatch, office_units, tmp_path, shown
):
    path = tmp_path / "daftar.csv"
    path.write_text("Kolom A;Kolom B\n198609262015051001;Budi\n", encoding="utf-8")
    tab = RegisterTab()
    qtbot.addWidget(tab)

    def drive(dialog: ImportDialog) -> None:
        page = dialog.mapping_page
        assert page.header_row.value() == 1
        assert page.read_label.text() == "No column of the file is read yet."
        assert page.unread_label.text() == "Not read (2): “Kolom A”, “Kolom B”."
        assert page.missing_label.text().startswith("Choose a column for: NIP / NI PPPK, Name")
        assert not dialog.next_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.stack.currentIndex() == 0  # Enter does not go on either
        choose_by_keyboard(qtbot, dialog, "Kolom A", "NIP")
        choose_by_keyboard(qtbot, dialog, "Kolom B", "Name")
        assert dialog.next_button.isEnabled()
        qtbot.mouseClick(dialog.buttons.buttons()[-1], Qt.MouseButton.LeftButton)  # Cancel

    run_import(qtbot, monkeypatch, tab, path, drive)
    assert employee_queries.list_employees() == []


def test_a_file_that_cannot_be_read_is_refused_with_the_reason(
    qtbot, monkeypatch, office_units, tmp_path, shown
):
    path = tmp_path / "kosong.csv"
    path.write_bytes(b"")
    tab = RegisterTab()
    qtbot.addWidget(tab)
    run_import(qtbot, monkeypatch, tab, path, lambda d: pytest.fail("no dialog expected"))
    assert shown[-1][0] == "warn" and "kosong.csv" in shown[-1][2]


def test_the_selected_row_stays_selected_when_units_are_created(
    qtbot, office_units, tmp_path, shown
):
    from desktop_app.views.register import import_adapter

    dialog = ImportDialog(import_adapter.detect(import_files.siasn_xlsx(tmp_path)))
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    page = dialog.preview_page
    third = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == 3)
    click_cell(qtbot, page.table, third, 1)
    assert page.details.text().startswith("Row 3")
    qtbot.mouseClick(page.create_units, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "creates" in page.unknown_units.text(), timeout=10000)
    current = page.table.currentIndex()
    assert current.isValid() and page.proxy.index(current.row(), 0).data() == 3
    assert page.details.text().startswith("Row 3")


def test_a_csv_shows_no_sheet_choice(qtbot, office_units, tmp_path):
    from desktop_app.views.register import import_adapter

    for path, has_sheet in (
        (import_files.dinas_csv(tmp_path), False),
        (import_files.siasn_xlsx(tmp_path), True),
    ):
        dialog = ImportDialog(import_adapter.detect(path))
        qtbot.addWidget(dialog)
        activate(qtbot, dialog)
        page = dialog.mapping_page
        assert page.sheet.isVisible() is has_sheet, path.name
        assert page.sheet_label.isVisible() is has_sheet
        dialog.reject()
