"""The dialog that checks a printed form's verification code, driven by keyboard and mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.models import PerformancePlan
from desktop_app.services import verification
from desktop_app.views.admin.verify_code_dialog import VerifyCodeDialog
from tests.services.test_verification import TODAY, _first


def test_verify_code_dialog(tmp_path, demo_templates, qtbot):
    demo_templates.open_copy(tmp_path / "office.db", 40, seed=5, today=TODAY)
    code = verification.issue(verification.SKP, _first(PerformancePlan, "APPROVED"))
    dialog = VerifyCodeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code_edit, code)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.result_label.text().startswith("Valid"), dialog.result_label.text()
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "S1-AAAA-AAAA-AAAA-AAAA")
    check = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text().startswith("Not valid")
    assert dialog.isVisible()  # it stays open for the next code
