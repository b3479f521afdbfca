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


def test_verify_code_dialog_is_wide_enough_and_grows_with_its_verdict(
    tmp_path, demo_templates, qtbot
):
    """The review: ~250x160 px, the intro and the verdict cut, "Cancel" on a dialog that
    changes nothing, a placeholder that no code looks like, the period given as the year."""
    from PySide6.QtWidgets import QLabel

    from desktop_app.models import Evaluation
    from desktop_app.scoring.period_key import PeriodKey

    demo_templates.open_copy(tmp_path / "office.db", 40, seed=5, today=TODAY)
    row = (
        Evaluation.select()
        .where(Evaluation.status == "FINAL", Evaluation.period_key.contains("-Q"))
        .order_by(Evaluation.id)
        .first()
    )
    dialog = VerifyCodeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 520
    assert dialog.code_edit.placeholderText().endswith(verification.EXAMPLE_CODE)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel) is None
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.text() in ("Close", "Tutup")
    qtbot.keyClicks(dialog.code_edit, verification.issue(verification.EVALUATION, row.id))
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    key = PeriodKey.parse(row.period_key)
    assert f"{key.label} {key.year}" in dialog.result_label.text()
    for label in dialog.findChildren(QLabel):
        if label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
