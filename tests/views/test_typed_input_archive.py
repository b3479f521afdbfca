"""The archive appraisal editor as a user meets it (issue 18): every kegiatan cell and every
perilaku field typed key by key, left by Tab, Enter, a click elsewhere, the Save button with
the cell still open or closing the dialog, is stored exactly as shown (read back through the
service and in the reopened dialog); each kind of bad value is refused beside its cell or
field, kept as typed, Save refuses with the focus on it and nothing stored changes.

The archive appraisal is not printed (no form of the archive regimes exists), so there is no
PDF to compare with."""

# ruff: noqa: F811  (the `team` fixture of test_legacy_dialog is imported and used by name)
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt

from desktop_app.services.archive import appraisals as legacy
from desktop_app.services.archive.appraisals import ActivityInput, LegacyInput
from desktop_app.views import messages
from desktop_app.views.archive.dialog import LegacyAppraisalDialog
from desktop_app.views.typed_input.delegates import ERROR_ROLE
from tests.views.keyboard import LEAVES, activate, leave_cell, open_cell, type_into_cell
from tests.views.test_legacy_dialog import PP46_YEAR, team  # noqa: F401 (the fixture)

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _indonesian_screens():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    yield
    QLocale.setDefault(before)


def _dialog(qtbot, appraisal_id: int) -> LegacyAppraisalDialog:
    dialog = LegacyAppraisalDialog(appraisal_id)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


CELLS = {
    # column: (what is typed, what the cell shows, what is stored)
    "text": ("Menyusun laporan bulanan", "Menyusun laporan bulanan", "Menyusun laporan bulanan"),
    "angka_kredit": ("0,035", "0,035", "0.035"),
    "kuantitas_target": ("1.250", "1.250", "1250"),
    "kuantitas_real": ("1200", "1.200", "1200"),
    "output_unit": ("dokumen", "dokumen", "dokumen"),
    "kualitas_target": ("100", "100", "100"),
    "kualitas_real": ("92,5", "92,5", "92.5"),
    "waktu_target": ("12", "12", "12"),
    "waktu_real": ("10,50", "10,5", "10.5"),
    "biaya_target": ("Rp 1.800.000,00", "1.800.000", "1800000"),
    "biaya_real": ("1,5 juta", "1.500.000", "1500000"),
}


@pytest.mark.parametrize("leave", [*LEAVES, "save"])
def test_every_cell_typed_is_stored_as_shown(qtbot, team, leave):
    appraisal_id = legacy.open_appraisal(team["budi"], PP46_YEAR)
    dialog = _dialog(qtbot, appraisal_id)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    names = list(CELLS)
    for name in names:
        column = dialog.COLUMNS.index(name)
        editor = open_cell(qtbot, dialog.table, 0, column)
        type_into_cell(qtbot, editor, CELLS[name][0])
        last = name == names[-1]
        if last and leave == "save":
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # cell still open
            break
        how = leave if last or leave not in ("close", "save") else "tab"
        leave_cell(qtbot, editor, how, dialog.notes, dialog)
        if how != "close":
            assert dialog.model.item(0, column).text() == CELLS[name][1], name
    if leave in ("tab", "enter", "click"):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""
    stored = legacy.get_appraisal(appraisal_id).activities
    assert len(stored) == 1
    for name, (_typed, _shown, value) in CELLS.items():
        assert getattr(stored[0], name) == value, name
    again = _dialog(qtbot, appraisal_id)
    for name, (_typed, shown, _value) in CELLS.items():
        assert again.model.item(0, again.COLUMNS.index(name)).text() == shown, name
    assert again.model.item(0, again.CAPAIAN).text()  # scored from what was stored


def test_perilaku_and_tugas_tambahan_typed_are_stored_as_shown(qtbot, team):
    appraisal_id = legacy.open_appraisal(team["budi"], PP46_YEAR)
    dialog = _dialog(qtbot, appraisal_id)
    typed = {"orientasi_pelayanan": "90", "integritas": "88,5", "komitmen": "80,25"}
    for key, text in typed.items():
        qtbot.mouseClick(dialog.aspects[key], Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.aspects[key], text)
        qtbot.keyClick(dialog.aspects[key], Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.aspects["disiplin"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.aspects["disiplin"], "75")
    qtbot.mouseClick(dialog.tugas_tambahan, Qt.MouseButton.LeftButton)  # left by a click
    qtbot.keyClick(dialog.tugas_tambahan, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.tugas_tambahan, "3")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""
    stored = legacy.get_appraisal(appraisal_id)
    assert stored.perilaku == {
        "orientasi_pelayanan": "90",
        "integritas": "88.5",
        "komitmen": "80.25",
        "disiplin": "75",
    }
    assert stored.tugas_tambahan == 3
    again = _dialog(qtbot, appraisal_id)
    assert [again.aspects[k].text() for k in (*typed, "disiplin")] == [
        "90",
        "88,5",
        "80,25",
        "75",
    ]
    assert again.aspects["kerja_sama"].text() == ""  # not scored stays empty
    assert again.tugas_tambahan.text() == "3"


BAD_CELLS = [
    ("kuantitas_target", "abc", "'abc' is not a number"),
    ("kuantitas_target", "0", "must be more than 0"),
    ("kuantitas_target", "99999999999999999999", "must be more than 0 and at most"),
    ("kuantitas_real", "-5", "must be between 0 and"),
    ("kualitas_target", "150", "must be more than 0 and at most 100"),
    ("kualitas_real", "sembilan puluh", "is not a number"),
    ("waktu_target", "13", "must be more than 0 and at most 12"),
    ("waktu_real", "12,555", "at most 2 decimals"),
    ("biaya_target", "seribu", "is not an amount"),
    ("biaya_real", "Rp 1.800.000,50", "whole rupiah only"),
    ("angka_kredit", "2.000", "must be between 0 and 1.000"),
    ("angka_kredit", "1.5", "type a comma before the decimals"),
]

STORED = ActivityInput(
    "Menyusun laporan",
    angka_kredit="0,5",
    kuantitas_target="10",
    kuantitas_real="8",
    output_unit="laporan",
    kualitas_target="100",
    kualitas_real="90",
    waktu_target="12",
    waktu_real="12",
    biaya_target="1.000.000",
    biaya_real="800.000",
)


def _stored_appraisal(team) -> int:
    appraisal_id = legacy.open_appraisal(team["budi"], PP46_YEAR)
    legacy.save_appraisal(appraisal_id, LegacyInput([STORED], perilaku={"integritas": "80"}))
    return appraisal_id


@pytest.mark.parametrize(
    ("name", "text", "message"), BAD_CELLS, ids=[f"{n}:{t}" for n, t, _ in BAD_CELLS]
)
def test_a_bad_cell_is_refused_beside_it_and_nothing_is_stored(
    qtbot, team, monkeypatch, name, text, message
):
    appraisal_id = _stored_appraisal(team)
    before = legacy.get_appraisal(appraisal_id)
    dialog = _dialog(qtbot, appraisal_id)
    where = [w.mapTo(dialog, QPoint(0, 0)) for w in (dialog.table, dialog.notes, dialog.error)]
    column = dialog.COLUMNS.index(name)
    editor = open_cell(qtbot, dialog.table, 0, column)
    type_into_cell(qtbot, editor, text)
    assert message in dialog.cell_message.text()  # beside the table while typing
    leave_cell(qtbot, editor, "tab", dialog.notes, dialog)
    cell = dialog.model.item(0, column)
    assert cell.text() == text  # kept as typed
    assert message in cell.data(ERROR_ROLE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Kegiatan 1" in dialog.error.text() and message in dialog.error.text()
    assert dialog.table.currentIndex().row() == 0
    assert dialog.table.currentIndex().column() == column  # the focus is on the cell
    assert dialog.table.hasFocus()
    assert [w.mapTo(dialog, QPoint(0, 0)) for w in (dialog.table, dialog.notes, dialog.error)] == (
        where
    )
    assert legacy.get_appraisal(appraisal_id) == before  # nothing stored changed
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text: asked.append(text) or True)
    dialog.close()  # closing tries to save, says why it cannot, and lets the change go
    assert asked and message in asked[0]
    assert legacy.get_appraisal(appraisal_id) == before


BAD_FIELDS = [
    ("integritas", "101", "101 must be between 0 and 100"),
    ("disiplin", "sembilan puluh", "is not a number"),
    ("komitmen", "-1", "must be between 0 and 100"),
    ("tugas_tambahan", "2,5", "type a whole number"),
    ("tugas_tambahan", "100", "must be between 0 and 99"),
]


@pytest.mark.parametrize(
    ("key", "text", "message"), BAD_FIELDS, ids=[f"{k}:{t}" for k, t, _ in BAD_FIELDS]
)
def test_a_bad_score_is_refused_beside_its_field_and_nothing_is_stored(
    qtbot, team, monkeypatch, key, text, message
):
    appraisal_id = _stored_appraisal(team)
    before = legacy.get_appraisal(appraisal_id)
    dialog = _dialog(qtbot, appraisal_id)
    edit = dialog.tugas_tambahan if key == "tugas_tambahan" else dialog.aspects[key]
    below = dialog.aspects["kerja_sama"].mapTo(dialog, QPoint(0, 0))
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    assert message in edit.message.text()  # while typing, under the field
    assert dialog.aspects["kerja_sama"].mapTo(dialog, QPoint(0, 0)) == below  # nothing moved
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == text and message in edit.message.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert message in dialog.error.text()
    assert dialog.focusWidget() is edit
    assert legacy.get_appraisal(appraisal_id) == before
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "7")
    assert edit.message.text() == ""  # fixed: the message goes at once
    monkeypatch.setattr(messages, "confirm", lambda *_: pytest.fail("asked"))
    dialog.close()  # closing saves the fixed draft
    after = legacy.get_appraisal(appraisal_id)
    if key == "tugas_tambahan":
        assert after.tugas_tambahan == 7
    else:
        assert after.perilaku[key] == "7"
