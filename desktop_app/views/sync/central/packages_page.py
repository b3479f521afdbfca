"""The packages page of the Impor tab: choose the offices' packages, see what each would
change (a dry run, nothing written), register a new office after its key fingerprint was
confirmed by phone, and apply with receipts written to a chosen folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import InputError, ServiceError
from desktop_app.services.session import Action
from desktop_app.services.sync import central as sync_central
from desktop_app.services.sync.central import ImportResult, PackageInfo
from desktop_app.sync import package as package_format
from desktop_app.views.messages import error_text
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.central import import_steps
from desktop_app.views.sync.central.import_steps import Entry
from desktop_app.views.sync.common import (
    COUNT_KEYS,
    FilteredTable,
    RowsModel,
    compact,
    count_names,
    entity_names,
    reason_text,
)
from desktop_app.views.sync.folders import PACKAGES_KEY, RECEIPTS_KEY, remembered
from desktop_app.views.table_model import keep_selection
from desktop_app.views.tasks import Cancelled, run_task
from desktop_app.views.widgets import ERROR_STYLE, enable_for, row_table


class PackagesPage(QWidget):
    """Choose packages, read the dry run per package and entity, apply."""

    applied = Signal()
    FILE, OFFICE, SEQUENCE, STATE, NEW, UPDATED, UNCHANGED, DELETED, CONFLICT, QUARANTINED = range(
        10
    )
    MERGES, RECEIPT = 10, 11

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PackagesPage")
        self.entries: list[Entry] = []
        self.trust: dict[str, str] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the packages the offices brought (several at once). Each is opened and "
                "checked first, and you see what it would change; nothing is written until you "
                "apply."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choose packages…"))
        self.choose_button.setObjectName("choosePackages")
        self.choose_button.clicked.connect(self.choose)
        bar.addWidget(self.choose_button)
        bar.addSpacing(16)
        receipts_label = QLabel(self.tr("&Receipts to:"))
        self.receipts = QLineEdit(remembered(RECEIPTS_KEY))
        self.receipts.setObjectName("receiptsFolder")
        self.receipts.setPlaceholderText(self.tr("the folder for the receipts (the stick)"))
        receipts_label.setBuddy(self.receipts)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("browseReceipts")
        browse.clicked.connect(self.browse_receipts)
        bar.addWidget(receipts_label)
        bar.addWidget(self.receipts, 1)
        bar.addWidget(browse)
        bar.addSpacing(16)
        self.apply_button = QPushButton(self.tr("&Apply the import…"))
        self.apply_button.setObjectName("applyImport")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        bar.addWidget(self.apply_button)
        layout.addLayout(bar)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        names = count_names()
        self.model = RowsModel(
            [
                self.tr("File"),
                self.tr("Office"),
                self.tr("No."),
                self.tr("Result"),
                *(names[k] for k in COUNT_KEYS),
                self.tr("NIP elsewhere"),
                self.tr("Receipt"),
            ],
            self,
        )
        self.table = compact(
            row_table(self.model, "packagesTable", (285, 190, 40, 150, 65, 70, 80, 65, 65, 85, 100))
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_details())
        self.keeper = keep_selection(self.table, lambda n: self.model.item_at(n).path)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        self.details_label = QLabel()
        self.details_label.setObjectName("packageDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details_layout.addWidget(self.details_label)
        self.entity_model = RowsModel([self.tr("Records"), *(names[k] for k in COUNT_KEYS)], self)
        self.entity_table = compact(
            row_table(self.entity_model, "entityTable", (200, 65, 70, 80, 65, 65, 85))
        )
        self.quarantine_model = RowsModel(
            [self.tr("Record type"), self.tr("Record"), self.tr("Reason")], self
        )
        self.quarantine_list = FilteredTable(
            self.quarantine_model,
            "packageQuarantine",
            (160, 250),
            placeholder=self.tr("Filter the quarantined records…"),
        )
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.entity_table)
        lower.addWidget(self.quarantine_list)
        lower.setSizes([600, 600])
        details_layout.addWidget(lower, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setSizes([260, 300])
        layout.addWidget(splitter, 1)
        enable_for(self.choose_button, Action.SYNC)
        self.show_entries()

    # choosing and checking -------------------------------------------------------------------
    def browse_receipts(self) -> None:
        folder = sync_common.ask_folder(
            self,
            self.tr("Folder for the receipts (for example the stick)"),
            self.receipts.text() or remembered(PACKAGES_KEY),
        )
        if folder:
            self.receipts.setText(folder)

    def choose(self) -> None:
        names = sync_common.ask_open_files(
            self,
            self.tr("Choose the packages of the offices"),
            remembered(PACKAGES_KEY),
            self.tr("Sync packages (*.kpkg);;All files (*)"),
        )
        if names:
            self.load([Path(n) for n in names])

    def load(self, paths: list[Path]) -> None:
        """Open the packages, confirm new offices, and show the dry run of them all."""
        paths = sync_central.import_order(paths)
        QSettings().setValue(PACKAGES_KEY, str(paths[0].parent))
        if not self.receipts.text().strip():
            self.receipts.setText(str(paths[0].parent))
        try:
            opened = run_task(
                self,
                self.tr("Opening the packages…"),
                lambda progress: import_steps.inspect_packages(paths, progress),
            )
        except Cancelled:
            return
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        self.trust = {}
        declined: set[str] = set()
        self.entries = []
        for path, info in opened:
            entry = Entry(path)
            if isinstance(info, PackageInfo):
                entry.info = info
                code = info.office_code
                if not info.registered and code not in self.trust and code not in declined:
                    if import_steps.confirm_fingerprint(self, info):
                        self.trust[code] = info.fingerprint
                    else:
                        declined.add(code)
                entry.new_office = self.trust.get(code) == info.fingerprint and not info.registered
            else:
                entry.outcome = info
            self.entries.append(entry)
        checkable = [e.path for e in self.entries if e.info is not None]
        if checkable:
            trust = dict(self.trust)
            try:
                results = run_task(
                    self,
                    self.tr("Checking the packages (nothing is written)…"),
                    lambda progress: sync_central.preview_many(
                        checkable, trust=trust, progress=progress
                    ),
                )
            except Cancelled:
                self.entries = []
                self.show_entries()
                return
            except ServiceError as err:
                sync_common.show_error(self, err)
                return
            outcome = dict(results)
            for entry in self.entries:
                if entry.path in outcome:
                    entry.outcome = outcome[entry.path]
        self.show_entries()

    # applying --------------------------------------------------------------------------------
    def apply(self) -> None:
        ready = [e for e in self.entries if e.ready]
        if not ready:
            return
        folder = self.receipts.text().strip()
        if not folder:
            self.browse_receipts()
            folder = self.receipts.text().strip()
            if not folder:
                return
        offices = sorted(
            {e.outcome.office_code for e in ready if isinstance(e.outcome, ImportResult)}
        )
        new = sorted({e.info.office_code for e in ready if e.new_office and e.info})
        text = (
            self.tr("Import %n packages into the central database?", "", len(ready))
            + "\n\n"
            + self.tr("Offices: {offices}").format(offices=", ".join(offices))
        )
        if new:
            text += "\n" + self.tr("Registered as new offices: {offices}").format(
                offices=", ".join(new)
            )
        text += "\n" + self.tr("The receipts are written to: {folder}").format(folder=folder)
        if not sync_common.confirm(self, self.tr("Apply the import"), text):
            return
        trust = dict(self.trust)
        paths = [e.path for e in ready]
        try:
            results, stopped = run_task(
                self,
                self.tr("Importing the packages…"),
                lambda progress: import_steps.apply_packages(paths, trust, folder, progress),
            )
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        QSettings().setValue(RECEIPTS_KEY, folder)
        by_path = dict(results)
        for entry in self.entries:
            if entry.path in by_path:
                entry.outcome = by_path[entry.path]
                entry.applied = isinstance(entry.outcome, ImportResult)
        self.show_entries()
        self.applied.emit()
        done = [r for _p, r in results if isinstance(r, ImportResult)]
        refused = len(results) - len(done)
        message = self.tr("%n packages imported.", "", len(done))
        if refused:
            message += " " + self.tr(
                "%n packages refused: see the reason in the list.", "", refused
            )
        if stopped:
            message += " " + self.tr(
                "You stopped the import: the package being imported when you pressed Cancel "
                "and those after it were not imported."
            )
        if done:
            message += "\n\n" + self.tr(
                "The receipts are in {folder}. Take each office its receipt: it shows what "
                "the central office took and what it quarantined."
            ).format(folder=folder)
        sync_common.info(self, self.tr("Import done"), message)

    # showing ---------------------------------------------------------------------------------
    def _state(self, entry: Entry) -> str:
        outcome = entry.outcome
        if isinstance(outcome, InputError):
            return self.tr("Refused")
        if not isinstance(outcome, ImportResult):
            return ""
        if entry.applied:
            return (
                self.tr("Seen before: receipt written again")
                if outcome.duplicate
                else self.tr("Imported")
            )
        if outcome.duplicate:
            return self.tr("Already imported")
        if entry.new_office:
            return self.tr("Ready (new office)")
        return self.tr("Ready")

    def show_entries(self) -> None:
        rows, tips, warn = [], [], []
        for entry in self.entries:
            outcome = entry.outcome
            info = entry.info
            code, name, sequence = "", "", None
            if isinstance(outcome, ImportResult):
                code, name, sequence = outcome.office_code, outcome.office_name, outcome.sequence
            elif info is not None:
                code, name, sequence = info.office_code, info.office_name, info.sequence
            else:
                parsed = package_format.parse_file_name(entry.path.name)
                if parsed:
                    code, sequence = parsed
            office = f"{code} — {name}" if name else code
            totals: dict[str, int | None] = dict.fromkeys(COUNT_KEYS)
            merges = None
            receipt = ""
            if isinstance(outcome, ImportResult):
                totals = {k: v or None for k, v in outcome.totals.items()}
                merges = outcome.merges or None
                receipt = outcome.receipt.name if outcome.receipt else ""
            rows.append(
                (
                    entry.path.name,
                    office,
                    sequence,
                    self._state(entry),
                    *(totals[k] for k in COUNT_KEYS),
                    merges,
                    receipt,
                )
            )
            refused = isinstance(outcome, InputError)
            tips.append(error_text(outcome) if refused else "")
            marks = {self.STATE} if refused else set()
            if totals.get("quarantined"):
                marks.add(self.QUARANTINED)
            if totals.get("conflict"):
                marks.add(self.CONFLICT)
            if merges:
                marks.add(self.MERGES)
            warn.append(frozenset(marks))
        self.model.set_rows(rows, self.entries, tips=tips, warn=warn)
        ready = [e for e in self.entries if e.ready]
        enable_for(
            self.apply_button,
            Action.SYNC,
            when=bool(ready),
            otherwise=self.tr("Choose packages first; only those ready can be applied."),
        )
        refused = sum(isinstance(e.outcome, InputError) for e in self.entries)
        applied = sum(e.applied for e in self.entries)
        if not self.entries:
            self.status.setText(self.tr("No packages chosen."))
        elif applied:
            self.status.setText(
                self.tr("%n packages imported.", "", applied)
                + (" " + self.tr("%n refused.", "", refused) if refused else "")
            )
        else:
            self.status.setText(
                self.tr(
                    "Dry run of %n packages: nothing has been written yet.", "", len(self.entries)
                )
                + " "
                + self.tr("%n ready to apply.", "", len(ready))
                + (" " + self.tr("%n refused.", "", refused) if refused else "")
            )
        if not self.entries:
            self.show_details()

    def current_entry(self) -> Entry | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def show_details(self) -> None:
        entry = self.current_entry()
        outcome = entry.outcome if entry else None
        self.details_label.setStyleSheet("")
        entity_rows: list[tuple] = []
        quarantined: list = []
        if entry is None:
            self.details_label.setText("")
        elif isinstance(outcome, InputError):
            self.details_label.setStyleSheet(ERROR_STYLE)
            self.details_label.setText(
                self.tr("{file}: refused. {reason}").format(
                    file=entry.path.name, reason=error_text(outcome)
                )
            )
        elif isinstance(outcome, ImportResult):
            names = entity_names()
            entity_rows = [
                (names.get(entity, entity), *(counts.get(k, 0) or None for k in COUNT_KEYS))
                for entity, counts in outcome.summary.items()
            ]
            quarantined = outcome.quarantined
            kind = (
                self.tr("a full package")
                if outcome.since_version == 0
                else self.tr("the changes since the office's last receipt")
            )
            text = self.tr("Package {sequence} of {office} ({name}): {kind}.").format(
                sequence=outcome.sequence,
                office=outcome.office_code,
                name=outcome.office_name,
                kind=kind,
            )
            if outcome.duplicate:
                text += " " + self.tr(
                    "It was imported before: nothing changes (the counts are those of its "
                    "first import); applying writes its receipt again."
                )
            if outcome.rebaseline:
                text += " " + self.tr(
                    "The office's database was restored or copied: this package replaces what "
                    "the central office holds of that office where it differs."
                )
            if entry.new_office:
                text += " " + (
                    self.tr("The office was registered with this import.")
                    if entry.applied
                    else self.tr("The office is registered when the import is applied.")
                )
            if outcome.merges:
                text += " " + self.tr(
                    "%n NIPs are also held by another office: see the merge queue.",
                    "",
                    outcome.merges,
                )
            if outcome.receipt is not None:
                text += "\n" + self.tr("Receipt: {path}").format(path=str(outcome.receipt))
            self.details_label.setText(text)
        self.entity_model.set_rows(entity_rows)
        self.quarantine_model.set_rows(
            [
                (entity_names().get(q.entity, q.entity), q.uid, reason_text(q.reason))
                for q in quarantined
            ],
            quarantined,
        )
