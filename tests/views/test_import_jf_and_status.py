"""A SIASN Data Utama CSV with bare "Guru" rows and KEDUDUKAN HUKUM NAMA imported through the
dialog (issue 19): the preview warns on the missing jenjang and on a kedudukan hukum SIASN
does not know (the value shown); the register's filter "Incomplete data" lists the Guru with
the jenjang missing; HR chooses the jenjang in the employee form later and the record is
complete. Driven with the mouse and the keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.models import Employee, EmploymentStatus
from desktop_app.services.register import employee_queries, employees
from desktop_app.services.register import units as unit_service
from desktop_app.views import messages
from desktop_app.views.register import import_adapter
from desktop_app.views.register.employee_dialog import EmployeeDialog
from desktop_app.views.register.import_dialog import ImportDialog
from desktop_app.views.register.tab import RegisterTab
from desktop_app.views.register.table_model import EmployeeTableModel
from tests.data import register_files as rf
from tests.views.keyboard import activate

pytestmark = pytest.mark.gui

JENJANG = "Level of the jabatan fungsional (jenjang)"


@pytest.fixture
def siasn_file(office, tmp_path, monkeypatch):
    monkeypatch.setattr(messages, "info", lambda *a: None)
    unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    return rf.write_csv(
        tmp_path / "data_utama.csv",
        ["PNS ID", "NIP BARU", "NAMA", "GOL AKHIR NAMA", "JABATAN NAMA", "KEDUDUKAN HUKUM NAMA"],
        [
            ["A1", f"'{rf.GURU}", "BUDI, S.Pd", "III/b", "Guru", "Aktif"],
            ["A2", f"'{rf.GURU_F}", "SITI", "III/a", "Guru Ahli Pertama", "CLTN"],
            ["A3", f"'{rf.STAFF}", "RUDI", "III/c", "Pranata Komputer", "Cuti Sakit Lama"],
        ],
        delimiter=";",
    )


def _import(qtbot, path) -> ImportDialog:
    dialog = ImportDialog(import_adapter.detect(path))
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    return dialog


def _row_of(page, number: int) -> int:
    model = page.proxy
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == number)


def test_the_preview_warns_and_the_import_keeps_the_bare_jf(qtbot, siasn_file):
    dialog = _import(qtbot, siasn_file)
    page = dialog.preview_page
    assert page.summary.text().startswith("3 rows: 3 new")
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(_row_of(page, 2), 0))
    assert "'Guru' with the level not filled in" in page.details.text()
    assert "level of a jabatan fungsional" in page.file_notes.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert "Row 3" in page.details.text()  # CLTN: recorded from today, which the row says
    assert "The kedudukan hukum CLTN is recorded from" in page.details.text()
    assert "the day of the import" in page.details.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert "Row 4" in page.details.text()
    assert "'Cuti Sakit Lama' is not one of the SIASN list" in page.details.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    guru = Employee.get(Employee.nip == rf.GURU)
    assert (guru.position.name, guru.position.jf_level) == ("Guru", None)
    on_leave = Employee.get(Employee.nip == rf.GURU_F)
    [status] = EmploymentStatus.select().where(EmploymentStatus.employee == on_leave)
    assert (status.code, status.starts) == ("02", dt.date.today())


def test_the_register_lists_the_missing_jenjang_and_the_form_fills_it(qtbot, siasn_file):
    importing = _import(qtbot, siasn_file)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    tab = RegisterTab()
    qtbot.addWidget(tab)
    activate(qtbot, tab)
    qtbot.mouseClick(tab.incomplete_filter, Qt.MouseButton.LeftButton)
    model = tab.model
    missing = {
        model.index(r, EmployeeTableModel.NAME).data(): model.index(
            r, EmployeeTableModel.MISSING
        ).data()
        for r in range(model.rowCount())
    }
    assert JENJANG in missing["BUDI, S.Pd"] and JENJANG in missing["RUDI"]
    assert JENJANG not in missing["SITI"]
    guru = Employee.get(Employee.nip == rf.GURU).id
    dialog = EmployeeDialog(employee_queries.list_employees(), guru)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert dialog.jf_level.isEnabled() and dialog.jf_level.currentData() is None
    qtbot.keyClick(dialog.pns_id, Qt.Key.Key_Return)  # Save without a jenjang: refused
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["jf_level"].text()
    dialog.jf_level.setFocus()
    qtbot.keyClick(dialog.jf_level, Qt.Key.Key_Down)  # Ahli Pertama
    qtbot.keyClick(dialog.jf_level, Qt.Key.Key_Down)  # Ahli Muda
    assert dialog.jf_level.currentData() == "AHLI_MUDA"
    qtbot.keyClick(dialog.pns_id, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = employees.get_employee(guru)
    assert (detail.position_name, detail.jf_level) == ("Guru", "AHLI_MUDA")
    listed = {r.id: r.missing for r in employee_queries.list_employees()}
    assert JENJANG not in listed[guru]
