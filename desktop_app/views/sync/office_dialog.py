"""Sinkronisasi at an office: the central office key, writing a package to the USB stick, the
outbox of packages written (copy one again), and the central office's receipt with what it
quarantined and why (design.md "Sync packages"). The key dialog (hq_key_dialog) and the
list of quarantined records (quarantined_dialog) are modules of their own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.services import office as office_service
from desktop_app.services.session import Action
from desktop_app.services.sync import office as sync_office
from desktop_app.sync.keys import grouped
from desktop_app.views.messages import error_text
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.common import (
    FilteredTable,
    RowsModel,
    fingerprint_label,
    fixed_font,
)
from desktop_app.views.sync.folders import RECEIPT_KEY, STICK_KEY, remember, remembered
from desktop_app.views.sync.hq_key_dialog import HqKeyDialog
from desktop_app.views.sync.quarantined_dialog import QuarantinedDialog
from desktop_app.views.tasks import Cancelled, run_task
from desktop_app.views.widgets import ERROR_STYLE, enable_for, set_enabled_why


class SyncDialog(QDialog):
    """Everything an office does to send its data to the central office."""

    SEQUENCE, FILE, WRITTEN, RECORDS, SINCE, ACKNOWLEDGED, QUARANTINED, KEPT = range(8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncDialog")
        self.setWindowTitle(self.tr("Sync with the central office"))
        layout = QVBoxLayout(self)
        own = office_service.current_office()
        if own is not None:
            who = QFormLayout()
            who.addRow(self.tr("This office:"), QLabel(f"{own.name} ({own.code})"))
            own_fp = fingerprint_label(own.fingerprint_grouped)
            own_fp.setObjectName("ownFingerprint")
            own_fp.setToolTip(
                self.tr(
                    "The central office asks for this fingerprint (by phone) before it takes "
                    "this office's first package."
                )
            )
            who.addRow(self.tr("Its key fingerprint:"), own_fp)
            layout.addLayout(who)

        # the central office key ------------------------------------------------------------
        key_box = QGroupBox(self.tr("Central office key"))
        key_layout = QVBoxLayout(key_box)
        key_form = QFormLayout()
        self.key_label = QLabel()
        self.key_label.setObjectName("hqKeyLabel")
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signing_label = fingerprint_label("")
        self.signing_label.setObjectName("signingFingerprint")
        key_form.addRow(self.tr("Key:"), self.key_label)
        key_form.addRow(self.tr("Receipts signed by:"), self.signing_label)
        key_layout.addLayout(key_form)
        key_buttons = QHBoxLayout()
        self.set_key_button = QPushButton(self.tr("&Set the key…"))
        self.set_key_button.setObjectName("setKey")
        self.set_key_button.clicked.connect(lambda: self.set_key())
        self.key_file_button = QPushButton(self.tr("Read the key from a &file…"))
        self.key_file_button.setObjectName("keyFromFile")
        self.key_file_button.clicked.connect(self.key_from_file)
        key_buttons.addWidget(self.set_key_button)
        key_buttons.addWidget(self.key_file_button)
        key_buttons.addStretch(1)
        key_layout.addLayout(key_buttons)
        layout.addWidget(key_box)

        # sending ---------------------------------------------------------------------------
        send_box = QGroupBox(self.tr("Send to the central office"))
        send_layout = QVBoxLayout(send_box)
        self.state_label = QLabel()
        self.state_label.setObjectName("syncState")
        self.state_label.setWordWrap(True)
        send_layout.addWidget(self.state_label)
        send_row = QHBoxLayout()
        self.full = QCheckBox(self.tr("F&ull package (everything, not only the changes)"))
        self.full.setObjectName("fullPackage")
        self.full.setToolTip(
            self.tr(
                "Only when the central office asks for it: a full package holds every record "
                "of this office."
            )
        )
        self.export_button = QPushButton(self.tr("&Export to stick…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        send_row.addWidget(self.full)
        send_row.addStretch(1)
        send_row.addWidget(self.export_button)
        send_layout.addLayout(send_row)
        layout.addWidget(send_box)

        # the outbox ------------------------------------------------------------------------
        out_box = QGroupBox(self.tr("Outbox: packages written"))
        out_layout = QVBoxLayout(out_box)
        self.outbox_model = RowsModel(
            [
                self.tr("No."),
                self.tr("File"),
                self.tr("Written"),
                self.tr("Records"),
                self.tr("Contents"),
                self.tr("Acknowledged"),
                self.tr("Quarantined"),
                self.tr("Copy kept"),
            ],
            self,
        )
        self.outbox = FilteredTable(
            self.outbox_model,
            "outboxTable",
            (45, 290, 175, 75, 95, 175, 95),
            placeholder=self.tr("Filter the packages…"),
        )
        self.outbox.table.sortByColumn(self.SEQUENCE, Qt.SortOrder.DescendingOrder)
        self.outbox.table.doubleClicked.connect(lambda _index: self.show_quarantined())
        out_layout.addWidget(self.outbox, 1)
        out_buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Co&py again to…"))
        self.copy_button.setObjectName("copyAgain")
        self.copy_button.setToolTip(
            self.tr("Write the selected package to a stick again (if the first stick was lost).")
        )
        self.copy_button.clicked.connect(self.copy_again)
        self.quarantined_button = QPushButton(self.tr("&What was quarantined…"))
        self.quarantined_button.setObjectName("showQuarantined")
        self.quarantined_button.clicked.connect(self.show_quarantined)
        self.receipt_button = QPushButton(self.tr("Import &receipt…"))
        self.receipt_button.setObjectName("importReceipt")
        self.receipt_button.clicked.connect(self.import_receipt)
        self.return_button = QPushButton(self.tr("Apply a return packa&ge…"))
        self.return_button.setObjectName("applyReturn")
        self.return_button.clicked.connect(self.apply_return)
        self.proposals_button = QPushButton(self.tr("Propos&als…"))
        self.proposals_button.setObjectName("showProposals")
        self.proposals_button.clicked.connect(self.show_proposals)
        out_buttons.addWidget(self.copy_button)
        out_buttons.addWidget(self.quarantined_button)
        out_buttons.addStretch(1)
        out_buttons.addWidget(self.receipt_button)
        out_buttons.addWidget(self.return_button)
        out_buttons.addWidget(self.proposals_button)
        out_layout.addLayout(out_buttons)
        layout.addWidget(out_box, 1)
        self.outbox.on_current_changed(self._update_buttons)

        bottom = QDialogButtonBox()
        close = bottom.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(bottom)

        for button in (
            self.set_key_button,
            self.key_file_button,
            self.export_button,
            self.receipt_button,
            self.return_button,
        ):
            enable_for(button, Action.SYNC)
        self.refresh()
        self.resize(1080, 680)

    # state ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            recipient, signing = sync_office.hq_key()
            acknowledged = sync_office.acknowledged_version()
            rows = sync_office.outbox()
        except ServiceError as err:
            self.state_label.setText(error_text(err))
            set_enabled_why(self.export_button, False, error_text(err))
            rows, recipient, signing, acknowledged = [], None, None, 0
        if recipient:
            self.key_label.setText(recipient)
            self.key_label.setStyleSheet("")
        else:
            self.key_label.setText(
                self.tr("Not set yet: packages cannot be written until it is set.")
            )
            self.key_label.setStyleSheet(ERROR_STYLE)
        self.signing_label.setText(
            grouped(signing)
            if signing
            else self.tr("Not set yet: receipts cannot be checked until it is set.")
        )
        self.signing_label.setFont(fixed_font() if signing else self.font())
        if rows or acknowledged:
            self.state_label.setText(
                self.tr(
                    "The central office has confirmed the packages whose receipt came back. The "
                    "next package holds everything changed since then, including what earlier "
                    "packages carried if their receipt has not come back."
                )
                if acknowledged
                else self.tr(
                    "No receipt has come back yet: the next package holds everything again."
                )
            )
        else:
            self.state_label.setText(
                self.tr("Nothing sent yet: the first package holds every record of this office.")
            )
        self.outbox_model.set_rows(
            [
                (
                    r.sequence,
                    r.file_name,
                    r.created_at,
                    r.rows,
                    self.tr("everything") if r.since_version == 0 else self.tr("changes"),
                    r.acknowledged_at,
                    r.quarantined if r.acknowledged_at else None,
                    r.in_outbox,
                )
                for r in rows
            ],
            rows,
            warn=[frozenset({self.QUARANTINED}) if r.quarantined else frozenset() for r in rows],
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.outbox.current_item()
        enable_for(
            self.copy_button,
            Action.SYNC,
            when=row is not None and row.in_outbox,
            otherwise=self.tr("Select a package that is still in the outbox."),
        )
        set_enabled_why(
            self.quarantined_button,
            row is not None and row.acknowledged_at is not None,
            self.tr("Select a package whose receipt has come back."),
        )

    # actions -------------------------------------------------------------------------------
    def set_key(self, key: str = "", fingerprint: str | None = None) -> None:
        if sync_common.run_dialog(HqKeyDialog(self, key, fingerprint)):
            self.refresh()

    def key_from_file(self) -> None:
        name = sync_common.ask_open_file(
            self,
            self.tr("Central office key file"),
            remembered(STICK_KEY),
            self.tr("Key files (*.txt *.key);;All files (*)"),
        )
        if not name:
            return
        try:
            key, fingerprint = sync_office.read_hq_key_file(name)
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        self.set_key(key, fingerprint)

    def export(self) -> None:
        if not sync_office.hq_key()[0]:
            sync_common.info(
                self,
                self.tr("Central office key"),
                self.tr(
                    "Set the central office key first: packages are sealed for it. Paste it, or "
                    "read the key file the central office put on the stick."
                ),
            )
            self.set_key()
            if not sync_office.hq_key()[0]:
                return
        folder = sync_common.ask_folder(
            self, self.tr("Choose the USB stick (or a folder on it)"), remembered(STICK_KEY)
        )
        if not folder:
            return
        full = self.full.isChecked()
        try:
            result = run_task(
                self,
                self.tr("Writing the package…"),
                lambda progress: sync_office.export_package(folder, full=full, progress=progress),
            )
        except Cancelled:
            return
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        remember(STICK_KEY, folder)
        self.full.setChecked(False)
        self.refresh()
        kind = (
            self.tr("every record of this office")
            if result.since_version == 0
            else self.tr("the changes since the last receipt")
        )
        sync_common.info(
            self,
            self.tr("Package written"),
            self.tr(
                "Package {sequence} was written to:\n{path}\n\nIt holds %Ln records: "
                "{kind}. The file was read back and checked: you can safely remove the stick "
                "now and take it to the central office. A copy stays in the outbox.",
                "",
                result.rows,
            ).format(sequence=result.sequence, path=str(result.path), kind=kind),
        )

    def copy_again(self) -> None:
        row = self.outbox.current_item()
        if row is None:
            return
        folder = sync_common.ask_folder(
            self,
            self.tr("Copy package {sequence} to (the USB stick)").format(sequence=row.sequence),
            remembered(STICK_KEY),
        )
        if not folder:
            return
        try:
            path = sync_office.copy_outbox_package(row.file_name, folder)
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        remember(STICK_KEY, folder)
        sync_common.info(
            self,
            self.tr("Package copied"),
            self.tr(
                "Package {sequence} was copied to:\n{path}\n\nThe copy was read back and "
                "checked: you can safely remove the stick now. The central office takes the "
                "package once, however many copies reach it."
            ).format(sequence=row.sequence, path=str(path)),
        )

    def import_receipt(self) -> None:
        name = sync_common.ask_open_file(
            self,
            self.tr("Import a receipt of the central office"),
            remembered(RECEIPT_KEY) or remembered(STICK_KEY),
            self.tr("Receipts (*.receipt);;All files (*)"),
        )
        if not name:
            return
        try:
            result = sync_office.import_receipt(name)
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        remember(RECEIPT_KEY, str(Path(name).parent))
        self.refresh()
        if result.already:
            summary = self.tr(
                "The receipt for package {sequence} was imported before: nothing changed."
            ).format(sequence=result.sequence)
        else:
            summary = self.tr(
                "Receipt for package {sequence} imported: the central office holds this "
                "office's changes up to that package."
            ).format(sequence=result.sequence)
        summary += "\n" + (
            self.tr("The central office quarantined %n records:", "", len(result.quarantined))
            if result.quarantined
            else self.tr("Nothing was quarantined: every record was taken.")
        )
        self.last_receipt = QuarantinedDialog(
            self.tr("Receipt of the central office"), summary, result.quarantined, self
        )
        sync_common.run_dialog(self.last_receipt)

    def show_quarantined(self) -> None:
        row = self.outbox.current_item()
        if row is None or row.acknowledged_at is None:
            return
        try:
            quarantined = sync_office.outbox_quarantined(row.file_name)
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        summary = (
            self.tr(
                "Package {sequence}: the central office quarantined %n records.",
                "",
                len(quarantined),
            )
            if quarantined
            else self.tr("Package {sequence}: nothing was quarantined.")
        ).format(sequence=row.sequence)
        sync_common.run_dialog(
            QuarantinedDialog(self.tr("Quarantined records"), summary, quarantined, self)
        )

    def apply_return(self) -> None:
        from desktop_app.views.sync.return_actions import apply_return

        if apply_return(self) is not None:
            self.refresh()
            self.show_proposals()

    def show_proposals(self) -> None:
        from desktop_app.views.sync.proposals_dialog import ProposalsDialog

        self.proposals = ProposalsDialog(self)
        sync_common.run_dialog(self.proposals)
