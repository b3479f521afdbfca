"""The central office's corrections at the office (issue 25): HR sees each PNS ID, name,
golongan or merge decision the central office proposed, with the value it replaces, and
accepts it or rejects it with a reason. Organisation predikat were applied on arrival and are
shown as such; decisions whose record is not here are shown as quarantined."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring.nip import display_nip
from desktop_app.services.session import Action
from desktop_app.services.sync.office import proposals
from desktop_app.views.messages import error_text
from desktop_app.views.sync.common import FilteredTable, RowsModel
from desktop_app.views.widgets import ERROR_STYLE, enable_for


class ProposalsDialog(QDialog):
    """Accept or reject, with a reason, what the central office proposes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProposalsDialog")
        self.setWindowTitle(self.tr("Proposals of the central office"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The central office proposes these corrections of the register. Accept one to "
                "change the employee's record (the change goes back with the next package), or "
                "reject it and write why."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel(
            [
                self.tr("State"),
                self.tr("What"),
                self.tr("NIP"),
                self.tr("Employee or unit"),
                self.tr("Now"),
                self.tr("Proposed"),
                self.tr("Note"),
                self.tr("Reason"),
            ],
            self,
        )
        self.list = FilteredTable(
            self.model,
            "proposalsTable",
            (110, 150, 160, 200, 180, 180, 150, 200),
            placeholder=self.tr("Filter by NIP, name, value…"),
        )
        layout.addWidget(self.list, 1)
        reason_row = QHBoxLayout()
        reason_label = QLabel(self.tr("Reason for &rejecting:"))
        self.reason = QLineEdit()
        self.reason.setObjectName("rejectReason")
        reason_label.setBuddy(self.reason)
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setObjectName("acceptProposal")
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.reject_button.setObjectName("rejectProposal")
        self.reject_button.clicked.connect(self.reject_selected)
        reason_row.addWidget(self.accept_button)
        reason_row.addWidget(self.reject_button)
        layout.addLayout(reason_row)
        self.message = QLabel("")
        self.message.setObjectName("proposalMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.list.on_current_changed(self._update_buttons)
        self.refresh()
        self.resize(1200, 560)

    def refresh(self) -> None:
        rows = proposals.list_proposals()
        kinds = {k: tr_("proposals", v) for k, v in proposals.KIND_WORDS.items()}
        states = {k: tr_("proposals", v) for k, v in proposals.STATUS_WORDS.items()}
        self.model.set_rows(
            [
                (
                    states.get(r.status, r.status),
                    kinds.get(r.kind, r.kind),
                    display_nip(r.nip) if r.nip else "",
                    r.name,
                    r.old_value,
                    r.value,
                    r.note,
                    r.reason,
                )
                for r in rows
            ],
            rows,
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.current_item()
        why = self.tr("Select a proposal that is still waiting.")
        for button in (self.accept_button, self.reject_button):
            enable_for(
                button,
                Action.WRITE_REGISTER,
                when=row is not None and row.status == "PENDING",
                otherwise=why,
            )

    def _decide(self, work) -> None:  # type: ignore[no-untyped-def]
        row = self.list.current_item()
        if row is None:
            return
        try:
            work(row.id)
        except ServiceError as err:
            self.message.setText(error_text(err))
            return
        self.message.setText("")
        self.reason.clear()
        self.refresh()

    def accept_selected(self) -> None:
        self._decide(proposals.accept)

    def reject_selected(self) -> None:
        self._decide(lambda pid: proposals.reject(pid, self.reason.text()))
