"""The frame of the IDP editor around its pages: the header (who, whose superior, the state,
the follow-up a poor predikat calls for, the JP progress against the yearly minimum) and the
workflow bar (what the state means, save, submit, agree, return, re-open, print, close).
Their texts stay in the "IdpEditor" translation context."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop_app.i18n.translator import domain_text, tr_
from desktop_app.scoring.idp import period_words
from desktop_app.scoring.nip import display_nip
from desktop_app.services.development import dialogue
from desktop_app.services.development import idp as development
from desktop_app.services.development.idp import IdpDetail
from desktop_app.views.development.editor_widgets import WARN_STYLE, follow_up_text, status_label
from desktop_app.views.formatting import format_date, format_number, format_utc


def counselling_text(employee_id: int, year: int) -> str:
    """ " · Konseling kinerja: Triwulan I 2026 on 10 April 2026, Triwulan II 2026 none yet" (the
    follow-up of a poor predikat holds its konseling kinerja, services.development.dialogue)."""
    parts = []
    for line in dialogue.follow_up_lines(employee_id, year):
        what = domain_text(period_words(line.period_key))
        if line.counselled_on is None:
            parts.append(tr_("IdpEditor", "{what} none yet").format(what=what))
        else:
            parts.append(
                tr_("IdpEditor", "{what} on {day}").format(
                    what=what, day=format_date(line.counselled_on)
                )
            )
    if not parts:
        return ""
    return " · " + tr_("IdpEditor", "Konseling kinerja: {lines}").format(lines=", ".join(parts))


class IdpHeader(QWidget):
    """Whose IDP it is, its state, the follow-up required and the JP progress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        self.follow = QLabel()
        self.follow.setObjectName("followUp")
        self.follow.setWordWrap(True)
        self.follow.setStyleSheet(WARN_STYLE)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow, 1)
        self.dialogue_button = QPushButton(tr_("IdpEditor", "Dialo&gue and counselling…"))
        self.dialogue_button.setObjectName("idpDialogue")
        self.dialogue_button.clicked.connect(self.open_dialogue)
        follow_row.addWidget(self.dialogue_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(follow_row)
        self.detail: IdpDetail | None = None
        progress = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("jpProgress")
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(220)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("jpProgressText")
        progress.addWidget(self.progress)
        progress.addWidget(self.progress_text, 1)
        layout.addLayout(progress)

    def show_detail(self, d: IdpDetail) -> None:
        self.header.setText(
            tr_(
                "IdpEditor",
                "<b>{name}</b> — NIP {nip} — {position}, {unit}<br>Direct superior: "
                "{supervisor} — Appraiser: {appraiser} — Year {year} — Status: <b>{status}</b>",
            ).format(
                name=d.employee_name,
                nip=display_nip(d.employee_nip),
                position=d.position_name or "—",
                unit=d.unit_name,
                supervisor=d.supervisor_name or "—",
                appraiser=d.appraiser_name or "—",
                year=d.year,
                status=status_label(d.status),
            )
        )
        follow = follow_up_text(d.follow_up)
        if follow:
            follow += counselling_text(d.employee_id, d.year)
        self.follow.setText(follow)
        self.follow.setVisible(bool(follow))
        self.detail = d
        self.dialogue_button.setVisible(bool(follow))  # the follow-up of a poor predikat
        self._show_progress(d)

    def open_dialogue(self) -> None:
        """The konseling kinerja that follows up a poor predikat is recorded here."""
        from desktop_app.views.development.dialogue_dialog import show_records

        d = self.detail
        if d is not None and show_records(self, d.employee_id, d.employee_name, d.year):
            self.show_detail(d)

    def _show_progress(self, d: IdpDetail) -> None:
        p = d.progress
        self.progress.setValue(p.percent)
        self.progress.setFormat(
            tr_("IdpEditor", "{done} of {minimum} JP").format(
                done=format_number(p.done), minimum=p.minimum
            )
        )
        text = tr_("IdpEditor", "JP {year}: {done} done, {planned} planned in the IDP.").format(
            year=d.year, done=format_number(p.done), planned=format_number(p.planned)
        )
        if p.met:
            text += " " + tr_("IdpEditor", "The minimum of {minimum} JP is met.").format(
                minimum=p.minimum
            )
        else:
            text += " " + tr_("IdpEditor", "{missing} JP still missing.").format(
                missing=format_number(p.shortfall)
            )
        self.progress_text.setText(text)


class WorkflowBar(QWidget):
    """What the state of the IDP means, and the steps that may be taken from it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.status_hint = QLabel()
        self.status_hint.setWordWrap(True)
        bar.addWidget(self.status_hint, 1)
        self.save_button = QPushButton(tr_("IdpEditor", "&Save"))
        self.submit_button = QPushButton(tr_("IdpEditor", "Su&bmit (the employee agrees)"))
        self.agree_button = QPushButton(tr_("IdpEditor", "&Agree"))
        self.return_button = QPushButton(tr_("IdpEditor", "Re&turn…"))
        self.reopen_button = QPushButton(tr_("IdpEditor", "Re-&open…"))
        self.print_button = QPushButton(tr_("IdpEditor", "Print IDP"))
        self.print_button.setObjectName("printIdp")
        self.close_button = QPushButton(tr_("IdpEditor", "&Close"))
        for button in (
            self.save_button,
            self.submit_button,
            self.agree_button,
            self.return_button,
            self.reopen_button,
            self.print_button,
            self.close_button,
        ):
            bar.addWidget(button)

    def show_state(self, d: IdpDetail, agree: bool) -> None:
        """The steps the user may take (`agree`: the user may agree to this IDP)."""
        self.agree_button.setVisible(agree and d.status == development.SUBMITTED)
        self.return_button.setVisible(agree and d.status == development.SUBMITTED)
        self.reopen_button.setVisible(agree and d.status == development.AGREED)
        hints = {
            development.DRAFT: tr_(
                "IdpEditor", "Draft: complete it with the employee, then submit."
            ),
            development.RETURNED: tr_("IdpEditor", "Returned: {reason}").format(
                reason=d.return_reason
            ),
            development.SUBMITTED: tr_(
                "IdpEditor", "Submitted: waiting for the appraiser's agreement."
            ),
            development.AGREED: tr_(
                "IdpEditor", "Agreed on {date}: locked; record what was done."
            ).format(date=format_utc(d.agreed_at)),
        }
        self.status_hint.setText(hints.get(d.status, ""))
