"""The archive appraisal screens as a supervisor uses them: the year's list, appraising one
employee by typing into the activity table and the perilaku boxes, the scores shown after
saving, a refused value shown in the dialog with nothing lost, finalising and re-opening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.services import auth, periods, session
from desktop_app.services.archive import appraisals as legacy
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.views.archive import dialog as legacy_dialog
from desktop_app.views.archive import list_widget as legacy_list
from desktop_app.views.archive.dialog import LegacyAppraisalDialog
from desktop_app.views.archive.list_widget import LegacyListWidget

pytestmark = pytest.mark.gui

PASSWORD = "Rahasia-Kantor-2026"


@pytest.fixture(autouse=True)
def _indonesian_numbers():
    """The office's screens: numbers typed and shown the Indonesian way (the typed-input kit
    follows the interface language, issue 18)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    yield
    QLocale.setDefault(before)


PP46_YEAR, PP30_YEAR = 2018, 2020


@pytest.fixture
def team(office):
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kadis = employees.save_employee(EmployeeInput("197001012000031001", "Kadis", "IV/c", unit))
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002", "Kabid", "IV/a", unit, supervisor_id=kadis, appraiser_id=kadis
        )
    )
    budi = employees.save_employee(
        EmployeeInput(
            "198609262015051001", "Budi", "III/b", unit, supervisor_id=kabid, appraiser_id=kabid
        )
    )
    lain = employees.save_employee(
        EmployeeInput(
            "198501012010011003", "Lain", "III/c", unit, supervisor_id=kadis, appraiser_id=kadis
        )
    )
    periods.open_period(PP46_YEAR, regime="PP_46_2011")
    periods.open_period(PP30_YEAR, regime="PP_30_2019")
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    return {"kabid": kabid, "budi": budi, "lain": lain}


def _type_row(dialog: LegacyAppraisalDialog, row: int, **values: str) -> None:
    """Type each value into its cell as a user does (F2, the keys, Enter): the dialog reads
    what the typed-input delegates took, not a text set on the model (issue 18)."""
    from pytestqt.qtbot import QtBot

    from tests.views.keyboard import open_cell, type_into_cell

    qtbot = QtBot(None)
    if not dialog.isVisible():
        dialog.show()
        qtbot.waitExposed(dialog)
    for name, text in values.items():
        column = dialog.COLUMNS.index(name)
        editor = open_cell(qtbot, dialog.table, row, column)
        type_into_cell(qtbot, editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.table.state() != dialog.table.State.EditingState)


def _type(edit, text: str) -> None:
    edit.selectAll()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Tab)


def _score_behaviour(dialog: LegacyAppraisalDialog, values: dict[str, float]) -> None:
    for key, value in values.items():
        _type(dialog.aspects[key], str(value))  # a typed field of the kit (issue 18)


BEHAVIOUR = {
    "orientasi_pelayanan": 90,
    "integritas": 85,
    "komitmen": 80,
    "disiplin": 88,
    "kerja_sama": 82,
}


def test_list_appraise_save_finalise_and_reopen(
    qtbot, team, monkeypatch, qtmodeltester, workflow_questions
):
    widget = LegacyListWidget(PP46_YEAR)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    names = [widget.model.row_at(r).name for r in range(widget.model.rowCount())]
    assert names == ["Budi", "Kabid"]  # not Lain, another supervisor's
    widget.table.selectRow(names.index("Budi"))
    assert widget.open_button.isEnabled()
    seen: dict[str, object] = {}

    def appraise(dialog):
        qtbot.addWidget(dialog)
        assert isinstance(dialog, LegacyAppraisalDialog)
        assert not dialog.aspects[legacy.LEADERSHIP].isEnabled()  # not structural
        assert dialog.innovation.isHidden() and not dialog.kreativitas.isHidden()
        # the hand-worked example of tests/services/test_legacy_evaluations.py
        dialog.add_activity()
        _type_row(
            dialog,
            0,
            text="Menyusun laporan bulanan",
            kuantitas_target="10",
            kuantitas_real="8",
            output_unit="laporan",
            kualitas_target="100",
            kualitas_real="90",
            waktu_target="12",
            waktu_real="12",
        )
        dialog.add_activity()
        _type_row(
            dialog,
            1,
            text="Pengadaan alat tulis kantor",
            kuantitas_target="4",
            kuantitas_real="4",
            kualitas_target="100",
            kualitas_real="85",
            waktu_target="12",
            waktu_real="10",
            biaya_target="1.000.000",
            biaya_real="800.000",
        )
        _score_behaviour(dialog, BEHAVIOUR)
        _type(dialog.tugas_tambahan, "2")
        dialog.kreativitas.setCurrentIndex(dialog.kreativitas.findData("organisasi"))
        assert dialog.sebutan.text() == "(incomplete)"
        qtbot.mouseClick(dialog.save_button, legacy_dialog.Qt.MouseButton.LeftButton)
        capaian = [dialog.model.item(r, dialog.CAPAIAN).text() for r in range(2)]
        assert capaian == ["82,00", "93,42"]
        biaya = dialog.model.item(1, dialog.COLUMNS.index("biaya_target")).text()
        assert biaya == "1.000.000"  # stored 1000000, shown the Indonesian way
        assert dialog.nilai_skp.text() == "94,71 (Sangat Baik)"
        assert dialog.nilai_perilaku.text() == "85,00 (Baik)"
        assert dialog.nilai_prestasi.text() == "90,83"
        seen["sebutan"] = dialog.sebutan.text()
        workflow_questions.answer = "no"  # asked first: No leaves it a draft
        qtbot.mouseClick(dialog.finalize_button, legacy_dialog.Qt.MouseButton.LeftButton)
        assert "read-only" in workflow_questions[-1] and "Budi" in workflow_questions[-1]
        assert dialog.detail.status != legacy.FINAL
        workflow_questions.answer = "accept"
        dialog.finalize()
        seen["final"] = dialog.detail.status
        assert not dialog.save_button.isVisibleTo(dialog)
        assert dialog.reopen_button.isVisibleTo(dialog)
        assert not dialog.model.item(0, 0).isEditable()
        monkeypatch.setattr(legacy_dialog, "ask_reason", lambda *a: "Salah ketik kualitas")
        dialog.reopen()
        seen["reopened"] = dialog.detail.status
        assert dialog.save_button.isVisibleTo(dialog)
        return True

    monkeypatch.setattr(legacy_list, "open_dialog", appraise)
    widget.open_current()
    assert seen == {
        "sebutan": "<b>Baik</b>",
        "final": legacy.FINAL,
        "reopened": legacy.DRAFT,
    }
    row = next(
        widget.model.row_at(r)
        for r in range(widget.model.rowCount())
        if widget.model.row_at(r).name == "Budi"
    )
    assert (row.state, row.nilai, row.sebutan) == (legacy.DRAFT, "90.83", "Baik")
    assert widget.model.index(0, 4).data() == "90,83"
    history = legacy.get_appraisal(row.appraisal_id).history
    assert [s.to_status for s in history] == ["DRAFT", "FINAL", "DRAFT"]
    assert history[-1].reason == "Salah ketik kualitas"


def test_refused_value_is_shown_and_nothing_typed_is_lost(qtbot, team):
    appraisal_id = legacy.open_appraisal(team["budi"], PP46_YEAR)
    dialog = LegacyAppraisalDialog(appraisal_id)
    qtbot.addWidget(dialog)
    dialog.add_activity()
    _type_row(
        dialog,
        0,
        text="Menyusun laporan",
        kuantitas_target="sepuluh",
        kuantitas_real="8",
        kualitas_target="100",
        kualitas_real="90",
        waktu_target="12",
        waktu_real="12",
    )
    dialog.notes.setPlainText("Catatan yang tidak boleh hilang")
    assert dialog.store() is False
    assert dialog.error.isVisibleTo(dialog)
    assert "Kegiatan 1" in dialog.error.text() and "sepuluh" in dialog.error.text()
    assert "Traceback" not in dialog.error.text()
    assert dialog.model.item(0, 0).text() == "Menyusun laporan"  # the form keeps its input
    assert dialog.notes.toPlainText() == "Catatan yang tidak boleh hilang"
    assert legacy.get_appraisal(appraisal_id).activities == []  # nothing stored
    _type_row(dialog, 0, kuantitas_target="10")
    assert dialog.store() is True, dialog.error.text()
    assert dialog.error.text() == ""  # the line stays in the layout, empty (issue 18)
    assert dialog.model.item(0, dialog.CAPAIAN).text() == "82,00"
    assert dialog.nilai_skp.text() == "82,00 (Baik)"  # perilaku still missing
    assert dialog.sebutan.text() == "(incomplete)"
    dialog.finalize()  # refused: the aspects are not scored
    assert "perilaku" in dialog.error.text()
    assert dialog.detail.status == legacy.DRAFT
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    dialog.remove_activity()
    assert dialog.store() and legacy.get_appraisal(appraisal_id).activities == []


def test_pp30_dialog_uses_its_marks_and_predikat(qtbot, team):
    appraisal_id = legacy.open_appraisal(team["budi"], PP30_YEAR)
    dialog = LegacyAppraisalDialog(appraisal_id)
    qtbot.addWidget(dialog)
    assert dialog.kreativitas.isHidden() and not dialog.innovation.isHidden()
    dialog.add_activity()
    # capaian (120 + 130 + 100) / 3 = 116.67; perilaku 100; 70/30 -> 111.67 (see the
    # service tests): Sangat Baik with the innovation mark
    _type_row(
        dialog,
        0,
        text="Pemutakhiran data",
        kuantitas_target="10",
        kuantitas_real="12",
        kualitas_target="100",
        kualitas_real="130",
        waktu_target="12",
        waktu_real="9,12",
    )
    _score_behaviour(dialog, {key: 100 for key in BEHAVIOUR})
    assert dialog.store()
    assert (dialog.nilai_prestasi.text(), dialog.sebutan.text()) == ("111,67", "<b>Baik</b>")
    dialog.innovation.setChecked(True)
    assert dialog.store()
    assert dialog.sebutan.text() == "<b>Sangat Baik</b>"


def test_someone_elses_subordinate_is_out_of_reach(qtbot, team):
    widget = LegacyListWidget()
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    widget.set_year(2030)  # not opened: said in the list, not raised
    assert "2030" in widget.counts.text()
    session.sign_in_as(None)
    appraisal_id = legacy.open_appraisal(team["lain"], PP46_YEAR)
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    with pytest.raises(session.AccessDenied):
        LegacyAppraisalDialog(appraisal_id)


def test_a_cell_still_being_edited_is_saved(qtbot, team):
    from PySide6.QtWidgets import QLineEdit

    appraisal_id = legacy.open_appraisal(team["budi"], PP46_YEAR)
    dialog = LegacyAppraisalDialog(appraisal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.add_activity()  # opens the editor on the new row's first cell
    editor = dialog.table.findChildren(QLineEdit)[0]
    qtbot.keyClicks(editor, "Menyusun laporan")
    assert dialog.store()  # as Alt+S does: the focus stays in the cell
    assert legacy.get_appraisal(appraisal_id).activities[0].text == "Menyusun laporan"
