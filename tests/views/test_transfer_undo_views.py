"""The issue 20 gaps of the transfer as HR meets them in the SKP tab: an official outside the
office chosen by typing as the new appraiser (saved, and printed in the new SKP's Pejabat
Penilai block), a late change splitting an earlier SKP, and Undo transfer (asked, refused with
the reason when the new SKP is no longer a draft)."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.models import Employee, PerformancePlan
from desktop_app.services import auth, session
from desktop_app.services.register import officials
from desktop_app.services.register.officials import OfficialInput
from desktop_app.services.skp import plans, transfers
from desktop_app.views import messages, print_actions
from desktop_app.views.skp import tab as skp_tab
from desktop_app.views.skp.tab import SkpTab
from desktop_app.views.skp.transfer_dialog import TransferDialog
from tests.services.test_transfers import _move, people  # noqa: F401 (the fixture)

pytestmark = pytest.mark.gui

PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026


def _sign_in_hr() -> None:
    auth.create_user("hrd", PASSWORD, "hr")
    session.sign_in_as(auth.authenticate("hrd", PASSWORD))


def _choose(qtbot, picker, text: str) -> None:
    edit = picker.edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    popup = edit.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def _ok(qtbot, dialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _plans(employee_id: int) -> list[tuple[int, int, str]]:
    return [
        (p.month_start, p.month_end, p.status)
        for p in PerformancePlan.select()
        .where((PerformancePlan.employee == employee_id) & (PerformancePlan.deleted == False))
        .order_by(PerformancePlan.month_start)
    ]


def test_an_outside_official_is_chosen_saved_and_printed(
    qtbot,
    people,  # noqa: F811
    monkeypatch,
    tmp_path,
    workflow_questions,
):
    _sign_in_hr()
    sekda = officials.save_official(
        OfficialInput("Bambang Supriyadi", "PNS", "Sekretaris Daerah", "Pemerintah Kab. Contoh",
                      nip="196805121994031004", grade="IV/d", front_title="Dr.",
                      back_title="M.Si.")
    )  # fmt: skip

    def drive(dialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.kind.setFocus()
        qtbot.keyClicks(dialog.kind, "Pro")  # Promotion (promosi)
        dialog.position.setFocus()
        qtbot.keyClick(dialog.position, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.position, "Sekretaris Dinas")
        _choose(qtbot, dialog.appraiser, "Bambang")
        assert dialog.appraiser.edit.text() == (
            "Dr. Bambang Supriyadi, M.Si. (outside the office) — 19680512 199403 1 004 — "
            "Sekretaris Daerah, Pemerintah Kab. Contoh"
        )
        assert dialog.appraiser.choice() == (None, sekda)
        _ok(qtbot, dialog)
        return dialog.outcome is not None

    monkeypatch.setattr(skp_tab, "open_dialog", drive)
    tab = SkpTab()
    qtbot.addWidget(tab)
    assert tab.select(people["budi"])
    qtbot.mouseClick(tab.transfer_button, Qt.MouseButton.LeftButton)
    assert officials.external_appraiser(people["budi"]) == sekda
    assert Employee.get_by_id(people["budi"]).appraiser_id is None
    names = [
        tab.model.index(n, tab.model.APPRAISER).data()
        for n in range(tab.model.rowCount())
        if tab.model.row_at(n).employee_id == people["budi"]
    ]
    assert names == ["Kabid", "Bambang Supriyadi"]  # the closed SKP keeps its own appraiser

    opened: list = []
    monkeypatch.setattr(
        print_actions.print_feedback, "open_in_system", lambda path: opened.append(path) or True
    )
    monkeypatch.setattr(print_actions.print_feedback, "show_result", lambda box: None)
    monkeypatch.setattr(print_actions, "print_folder", lambda: tmp_path)
    rows = [
        n for n in range(tab.model.rowCount()) if tab.model.row_at(n).employee_id == people["budi"]
    ]
    tab.table.setFocus()
    tab.table.selectRow(rows[-1])
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert opened, "the SKP was not printed"
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(opened[-1]).pages)
    block = text[text.index("PEJABAT PENILAI") :]
    assert "Dr. Bambang Supriyadi, M.Si." in block and "19680512 199403 1 004" in block


def test_a_late_change_then_undo_from_the_tab(qtbot, people, monkeypatch, workflow_questions):  # noqa: F811
    _sign_in_hr()
    _move(people, 7)  # January – July approved, August – December a draft

    def drive(dialog) -> bool:
        if not isinstance(dialog, TransferDialog):
            return False
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.close_month.setFocus()
        qtbot.keyClicks(dialog.close_month, "Apr")  # within the January – July SKP
        assert dialog.close_month.currentText() == "April (SKP January – July)"
        assert "January – July 2026" in dialog.current.text()
        assert "An earlier SKP of the year" in dialog.current.text()
        assert dialog.results.count() == 2  # the RHK of the SKP split
        dialog.position.setFocus()
        qtbot.keyClick(dialog.position, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.position, "Arsiparis")
        _ok(qtbot, dialog)
        return dialog.outcome is not None

    monkeypatch.setattr(skp_tab, "open_dialog", drive)
    tab = SkpTab()
    qtbot.addWidget(tab)
    assert tab.select(people["budi"])
    qtbot.mouseClick(tab.transfer_button, Qt.MouseButton.LeftButton)
    assert "will end in April 2026" in workflow_questions[-1]
    assert "the register record keeps today's post" in workflow_questions[-1]
    assert _plans(people["budi"]) == [(1, 4, plans.APPROVED), (5, 7, plans.DRAFT),
                                      (8, 12, plans.DRAFT)]  # fmt: skip

    assert tab.select(people["budi"])
    assert tab.undo_transfer_button.isEnabled()
    qtbot.mouseClick(tab.undo_transfer_button, Qt.MouseButton.LeftButton)
    assert "Undo the last transfer of Budi" in workflow_questions[-1]
    assert "covers January – July 2026 again" in workflow_questions[-1]
    assert _plans(people["budi"]) == [(1, 7, plans.APPROVED), (8, 12, plans.DRAFT)]


def test_undo_is_refused_with_the_reason_and_disabled_without_a_transfer(
    qtbot,
    people,  # noqa: F811
    monkeypatch,
    workflow_questions,
):
    _sign_in_hr()
    tab = SkpTab()
    qtbot.addWidget(tab)
    assert tab.select(people["budi"])
    assert not tab.undo_transfer_button.isEnabled()
    assert "one SKP in the year" in tab.undo_transfer_button.toolTip()

    start = transfers.transfer_start(people["budi"], YEAR)
    done = _move(people, 7, copy=[start.results[0].result_id])
    plans.submit(done.new_plan_id)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, err: shown.append(str(err)))
    tab.reload()
    assert tab.select(people["budi"])
    qtbot.mouseClick(tab.undo_transfer_button, Qt.MouseButton.LeftButton)
    assert shown and "no longer a draft" in shown[0]
    assert list(workflow_questions) == []  # refused before asking
    assert len(_plans(people["budi"])) == 2
