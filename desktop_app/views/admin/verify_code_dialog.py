"""Check a printed form's kode verifikasi against this database: valid, changed since
printing, or not issued by this office (services/verification.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services import verification
from desktop_app.services.verification import Outcome
from desktop_app.views.messages import error_text
from desktop_app.views.widgets import dialog_buttons


class VerifyCodeDialog(QDialog):
    """Type (or scan into the field) the code printed at the foot of a form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a verification code"))
        self.setObjectName("VerifyCodeDialog")
        self.setMinimumWidth(520)  # the intro and a verdict naming a person on a few lines
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Type the verification code printed at the foot of an SKP, evaluation, "
                "Dokumen Evaluasi or IDP (or scan its QR code into the field)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("verifyCode")
        self.code_edit.setPlaceholderText(
            self.tr("for example {code}").format(code=verification.EXAMPLE_CODE)
        )
        form.addRow(self.tr("&Code:"), self.code_edit)
        layout.addLayout(form)
        self.result_label = QLabel()
        self.result_label.setObjectName("verifyResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        buttons = dialog_buttons(self, self.tr("Check"), self.check)
        # nothing is changed here, so there is nothing to cancel: the other button closes
        buttons.removeButton(buttons.button(QDialogButtonBox.StandardButton.Cancel))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        layout.addWidget(buttons)
        self.adjustSize()

    def check(self) -> None:
        """Show the verdict; the dialog stays open for the next code."""
        try:
            verdict = verification.check(self.code_edit.text())
        except ServiceError as err:
            self._show(error_text(err), ok=False)
            return
        kind = tr_("verification", verification.KIND_WORDS.get(verdict.kind, ""))
        if verdict.outcome is Outcome.VALID:
            text = self.tr("Valid: the {kind} {period} of {who} is as printed.")
            self._show(text.format(kind=kind, period=verdict.period, who=verdict.employee), ok=True)
        elif verdict.outcome is Outcome.CHANGED:
            text = self.tr(
                "The code was issued for the {kind} {period} of {who}, but the record has "
                "changed since it was printed: the paper no longer matches the database."
            )
            self._show(
                text.format(kind=kind, period=verdict.period, who=verdict.employee), ok=False
            )
        else:
            self._show(
                self.tr(
                    "Not valid: this office issued no form with this code. Check the code as "
                    "typed; a form printed by another office is checked there."
                ),
                ok=False,
            )

    def _show(self, text: str, *, ok: bool) -> None:
        self.result_label.setStyleSheet("color: #1b5e20" if ok else "color: #b00020")
        self.result_label.setText(text)
        self.adjustSize()  # a longer verdict makes the dialog taller, never cut
