"""The transfer dialog as HR uses it from the SKP tab: choose what happens, the last month,
the new unit, position and appraiser by typing, tick an RHK with the keyboard, read the
question, confirm; the tab then shows both SKPs with their months and counts Budi once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.models import Employee, PerformancePlan
from desktop_app.services import auth, session
from desktop_app.services.skp import plans
from desktop_app.views.skp import tab as skp_tab
from desktop_app.views.skp.tab import SkpTab
from desktop_app.views.skp.transfer_dialog import TransferDialog
from tests.services.test_transfers import people  # noqa: F401 (the fixture)

pytestmark = pytest.mark.gui

PASSWORD = "Rahasia-Kantor-2026"


def _sign_in_hr() -> None:
    auth.create_user("hrd", PASSWORD, "hr")
    session.sign_in_as(auth.authenticate("hrd", PASSWORD))


def _type_into_combo(qtbot, combo, text: str) -> None:
    combo.setFocus()
    qtbot.keyClicks(combo, text)


def test_hr_transfers_budi_in_july_from_the_skp_tab(qtbot, people, monkeypatch, workflow_questions):  # noqa: F811
    _sign_in_hr()
    asked: list[str] = []

    def drive(dialog) -> bool:
        if not isinstance(dialog, TransferDialog):
            return False
        qtbot.addWidget(dialog)
        dialog.show()
        _type_into_combo(qtbot, dialog.kind, "Tr")  # Transfer (mutasi)
        _type_into_combo(qtbot, dialog.close_month, "Jul")
        _type_into_combo(qtbot, dialog.unit, "Pusk")
        dialog.position.setFocus()
        qtbot.keyClick(dialog.position, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.position, "Pengelola Data")
        picker = dialog.appraiser.edit
        picker.setFocus()
        qtbot.keyClick(picker, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(picker, "Kapus")
        popup = picker.completer().popup()  # choose the one match from the list, as a user does
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert dialog.appraiser.employee_id() == people["kapus"]
        assert dialog.ticked() == []  # a transfer keeps no RHK unless ticked
        dialog.results.setFocus()
        dialog.results.setCurrentRow(0)
        qtbot.keyClick(dialog.results, Qt.Key.Key_Space)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        asked.extend(workflow_questions)
        return dialog.outcome is not None

    monkeypatch.setattr(skp_tab, "open_dialog", drive)
    tab = SkpTab()
    qtbot.addWidget(tab)
    assert tab.select(people["budi"])
    qtbot.mouseClick(tab.transfer_button, Qt.MouseButton.LeftButton)

    assert "will end in July 2026" in asked[0] and "covers August – December 2026" in asked[0]
    assert "keeps 1 of 2 RHK" in asked[0]
    old, new = (
        PerformancePlan.select()
        .where(PerformancePlan.employee == people["budi"])
        .order_by(PerformancePlan.month_start)
    )
    assert (old.month_end, old.status, new.month_start, new.status) == (
        7, plans.APPROVED, 8, plans.DRAFT,
    )  # fmt: skip
    budi = Employee.get_by_id(people["budi"])
    assert (budi.unit_id, budi.appraiser_id) == (people["pkm"], people["kapus"])
    assert budi.position.name == "Pengelola Data"
    rows = [
        (tab.model.index(n, tab.model.STATUS).data(), tab.model.index(n, tab.model.MONTHS).data())
        for n in range(tab.model.rowCount())
        if tab.model.row_at(n).employee_id == people["budi"]
    ]
    assert rows == [("Approved", "January – July"), ("Draft", "August – December")]
    counts = tab.model.counts()
    assert sum(counts.values()) == 4  # four people, Budi once (by his SKP at year end)
    assert counts[plans.DRAFT] == 1 and counts[plans.APPROVED] == 0


def test_a_promotion_without_position_is_refused_beside_the_field(qtbot, people):  # noqa: F811
    _sign_in_hr()
    dialog = TransferDialog(people["budi"], 2026)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.position.setFocus()
    qtbot.keyClick(dialog.position, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.position, Qt.Key.Key_Delete)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.fields.errors["position_name"].text() == "Type the new position."
    assert PerformancePlan.select().count() == 1


def test_new_appraiser_only_ticks_every_rhk_and_nothing_changing_is_refused(
    qtbot,
    people,  # noqa: F811
    workflow_questions,
):
    _sign_in_hr()
    dialog = TransferDialog(people["budi"], 2026)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_into_combo(qtbot, dialog.kind, "New")
    assert len(dialog.ticked()) == 2
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # the same appraiser, unit and post
    assert "Nothing changes" in dialog.error.text()
    assert list(workflow_questions) == []  # refused before asking
    assert PerformancePlan.select().count() == 1
