"""The Impor tab of the central office (kantor pusat): choose the offices' packages, see what
each would change (a dry run, nothing written), register a new office after its key
fingerprint was confirmed by phone, apply with receipts written to a chosen folder; and the
import history, the state of each office, the quarantine and the merge queue. The header
holds the central office key for the offices and the export of the central identity, with
the warning that losing it makes every package unreadable (design.md "Sync packages")."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import InputError, ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring.nip import display_nip
from desktop_app.services.session import Action, allowed
from desktop_app.services.sync import central as sync_central
from desktop_app.services.sync.central import ImportResult, PackageInfo
from desktop_app.sync import package as package_format
from desktop_app.sync.keys import grouped
from desktop_app.views.formatting import format_utc
from desktop_app.views.messages import error_text
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.common import (
    COUNT_KEYS,
    FilteredTable,
    RowsModel,
    compact,
    count_names,
    entity_names,
    fingerprint_label,
    number,
    reason_text,
    warning_label,
)
from desktop_app.views.tasks import Cancelled, Progress, run_task
from desktop_app.views.widgets import ERROR_STYLE, row_table

PACKAGES_KEY = "Sync/packagesFolder"
RECEIPTS_KEY = "Sync/receiptsFolder"
IDENTITY_KEY = "Sync/identityFolder"


def _remembered(key: str) -> str:
    value = QSettings().value(key, "")
    return value if isinstance(value, str) else ""


def confirm_fingerprint(parent: QWidget | None, info: PackageInfo) -> bool:
    """Ask whether the office read out the same key fingerprint (by phone) before its first
    package is taken; True registers the office (tests replace this)."""
    groups = grouped(info.fingerprint).split(" ")
    lines = " ".join(groups[:8]) + "<br>" + " ".join(groups[8:])
    box = QMessageBox(QMessageBox.Icon.Question, tr_("SyncViews", "New office"), "", parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        tr_(
            "SyncViews",
            "<p>Office <b>{code}</b> ({name}) is not registered at this central office yet.</p>"
            "<p>Call the office and ask them to read the key fingerprint shown in their "
            "Sync window. Register the office only if they read exactly:</p>"
            "<p style='font-family: monospace; font-size: large'>{fingerprint}</p>"
            "<p>If it differs, someone else may have made the package: do not register it.</p>",
        ).format(code=info.office_code, name=info.office_name, fingerprint=lines)
    )
    yes = box.addButton(
        tr_("SyncViews", "The same: &register the office"), QMessageBox.ButtonRole.YesRole
    )
    no = box.addButton(tr_("SyncViews", "&Not the same"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


@dataclass
class Entry:
    """One chosen package: what it says about itself, then its dry run or import."""

    path: Path
    info: PackageInfo | None = None
    outcome: ImportResult | InputError | None = None
    applied: bool = False
    new_office: bool = False  # registered (on apply) after the fingerprint was confirmed

    @property
    def ready(self) -> bool:
        return isinstance(self.outcome, ImportResult) and not self.applied


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
        self.receipts = QLineEdit(_remembered(RECEIPTS_KEY))
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
        may_sync = allowed(Action.SYNC)
        self.choose_button.setEnabled(may_sync)
        self.show_entries()

    # choosing and checking -------------------------------------------------------------------
    def browse_receipts(self) -> None:
        folder = sync_common.ask_folder(
            self,
            self.tr("Folder for the receipts (for example the stick)"),
            self.receipts.text() or _remembered(PACKAGES_KEY),
        )
        if folder:
            self.receipts.setText(folder)

    def choose(self) -> None:
        names = sync_common.ask_open_files(
            self,
            self.tr("Choose the packages of the offices"),
            _remembered(PACKAGES_KEY),
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
                self, self.tr("Opening the packages…"), lambda progress: _inspect(paths, progress)
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
                    if confirm_fingerprint(self, info):
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
            self.tr("Import %n package(s) into the central database?", "", len(ready))
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
                lambda progress: _apply(paths, trust, folder, progress),
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
        message = self.tr("%n package(s) imported.", "", len(done))
        if refused:
            message += " " + self.tr(
                "%n package(s) refused: see the reason in the list.", "", refused
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
        self.apply_button.setEnabled(bool(ready) and allowed(Action.SYNC))
        refused = sum(isinstance(e.outcome, InputError) for e in self.entries)
        applied = sum(e.applied for e in self.entries)
        if not self.entries:
            self.status.setText(self.tr("No packages chosen."))
        elif applied:
            self.status.setText(
                self.tr("%n package(s) imported.", "", applied)
                + (" " + self.tr("%n refused.", "", refused) if refused else "")
            )
        else:
            self.status.setText(
                self.tr(
                    "Dry run of %n package(s): nothing has been written yet.", "", len(self.entries)
                )
                + " "
                + self.tr("%n ready to apply.", "", len(ready))
                + (" " + self.tr("%n refused.", "", refused) if refused else "")
            )
        if self.entries:
            self.table.selectRow(0)
        else:
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
                else self.tr("the changes since version {version}").format(
                    version=number(outcome.since_version)
                )
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
                    "%n NIP(s) are also held by another office: see the merge queue.",
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


def _inspect(paths: list[Path], progress: Progress) -> list[tuple[Path, PackageInfo | InputError]]:
    """In the worker: what each package says about itself (a refused one says why)."""
    out: list[tuple[Path, PackageInfo | InputError]] = []
    for n, path in enumerate(paths):
        progress(n, len(paths))
        try:
            out.append((path, sync_central.inspect(path)))
        except InputError as err:
            out.append((path, err))
    progress(len(paths), len(paths))
    return out


def _apply(
    paths: list[Path], trust: dict[str, str], folder: str, progress: Progress
) -> tuple[list[tuple[Path, ImportResult | InputError]], bool]:
    """In the worker: import the packages one by one, each in its own transaction. Cancel
    rolls back the package being imported; the ones before it stay imported."""
    out: list[tuple[Path, ImportResult | InputError]] = []
    total = len(paths) * 100
    for n, path in enumerate(paths):

        def step(done: int, count: int, base: int = n * 100) -> None:
            progress(base + (done * 100 // count if count else 0), total)

        try:
            step(0, 1)
            result: ImportResult | InputError = sync_central.import_package(
                path, trust=trust, receipts_dir=folder, progress=step
            )
        except Cancelled:
            return out, True
        except InputError as err:
            result = err
        out.append((path, result))
    progress(total, total)
    return out, False


class HistoryPage(QWidget):
    """Every package imported (and seen again), newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        names = count_names()
        self.model = RowsModel(
            [
                self.tr("Imported"),
                self.tr("Office"),
                self.tr("No."),
                self.tr("File"),
                self.tr("Versions"),
                *(names[k] for k in COUNT_KEYS),
                self.tr("By"),
                self.tr("Note"),
            ],
            self,
        )
        self.list = FilteredTable(
            self.model,
            "historyTable",
            (175, 70, 40, 270, 110, 65, 70, 80, 65, 65, 85, 90),
            placeholder=self.tr("Filter by office, file, user…"),
        )
        layout.addWidget(self.list)

    def refresh(self) -> None:
        logs = sync_central.import_history()
        rows = []
        for log in logs:
            totals = dict.fromkeys(COUNT_KEYS, 0)
            try:
                for counts in json.loads(log.summary).values():
                    for key in COUNT_KEYS:
                        totals[key] += int(counts.get(key, 0))
            except (ValueError, AttributeError):
                pass
            rows.append(
                (
                    log.imported_at,
                    log.office_code,
                    log.sequence,
                    log.file_name,
                    f"{number(log.since_version)} → {number(log.max_version)}",
                    *(totals[k] for k in COUNT_KEYS),
                    log.imported_by,
                    self.tr("seen again, nothing changed") if log.duplicate else "",
                )
            )
        self.model.set_rows(rows, logs)
        self.list.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)


class OfficesPage(QWidget):
    """Per office: the last package, the version the central office holds, gaps, how long
    since the last package, open quarantine and merges."""

    CODE, NAME, LAST, VERSION, GAPS, IMPORTED, DAYS, QUARANTINED, MERGES, DATABASES, KEY = range(11)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.model = RowsModel(
            [
                self.tr("Office"),
                self.tr("Name"),
                self.tr("Last package"),
                self.tr("Acknowledged version"),
                self.tr("Missing packages"),
                self.tr("Last import"),
                self.tr("Days since last package"),
                self.tr("Open quarantine"),
                self.tr("Merges"),
                self.tr("Databases"),
                self.tr("Key fingerprint"),
            ],
            self,
        )
        self.list = FilteredTable(
            self.model,
            "officesTable",
            (75, 210, 95, 145, 125, 175, 160, 115, 65, 80),
            placeholder=self.tr("Filter by office code or name…"),
        )
        layout.addWidget(self.list)
        note = QLabel(
            self.tr(
                "Missing packages were lost or not brought: nothing is lost, because the next "
                "package of the office carries every change the central office has not "
                "acknowledged. Databases above 1: the office restored or copied its database."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)

    def refresh(self) -> None:
        status = sync_central.office_status()
        rows, warn = [], []
        for s in status:
            rows.append(
                (
                    s.code,
                    s.name,
                    s.last_sequence or None,
                    s.max_version,
                    s.gaps.replace(",", ", "),
                    s.last_import_at,
                    s.days_since_package,
                    s.quarantined,
                    s.merges,
                    s.databases,
                    s.fingerprint,
                )
            )
            marks = set()
            if s.gaps:
                marks.add(self.GAPS)
            if s.quarantined:
                marks.add(self.QUARANTINED)
            if s.merges:
                marks.add(self.MERGES)
            warn.append(frozenset(marks))
        self.model.set_rows(rows, status, warn=warn)


class QuarantinePage(QWidget):
    """Records the central office did not take, with the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.model = RowsModel(
            [
                self.tr("Office"),
                self.tr("Record type"),
                self.tr("Record"),
                self.tr("Version"),
                self.tr("Reason"),
            ],
            self,
        )
        self.list = FilteredTable(
            self.model,
            "quarantineTable",
            (80, 190, 280, 80),
            placeholder=self.tr("Filter by office, record type, reason…"),
        )
        layout.addWidget(self.list)
        note = QLabel(
            self.tr(
                "The office hears about these records in its receipt; once it corrects them, "
                "its next package brings them."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)

    def refresh(self) -> None:
        items = sync_central.quarantine_list()
        names = entity_names()
        self.model.set_rows(
            [
                (
                    q.office_code,
                    names.get(q.entity, q.entity),
                    q.uid,
                    q.version,
                    reason_text(q.reason),
                )
                for q in items
            ],
            items,
        )


class MergePage(QWidget):
    """One NIP held by two offices: both copies stay until HR writes what was decided."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The same NIP came from two offices (for example after a transfer). Both "
                "records stay; find out which office holds the employee now and write down "
                "what was decided."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel(
            [
                self.tr("NIP"),
                self.tr("Office 1"),
                self.tr("Name in office 1"),
                self.tr("Unit in office 1"),
                self.tr("Office 2"),
                self.tr("Name in office 2"),
                self.tr("Unit in office 2"),
                self.tr("Found"),
            ],
            self,
        )
        self.list = FilteredTable(
            self.model,
            "mergeTable",
            (160, 75, 190, 170, 75, 190, 170),
            placeholder=self.tr("Filter by NIP, office or name…"),
        )
        layout.addWidget(self.list, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.resolve_button = QPushButton(self.tr("&Resolve…"))
        self.resolve_button.setObjectName("resolveMerge")
        self.resolve_button.clicked.connect(self.resolve)
        bar.addWidget(self.resolve_button)
        layout.addLayout(bar)
        self.list.on_current_changed(self._update_buttons)
        self.list.table.doubleClicked.connect(lambda _index: self.resolve())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.resolve_button.setEnabled(
            self.list.current_item() is not None and allowed(Action.SYNC)
        )

    def refresh(self) -> None:
        items = sync_central.merge_queue_details()
        self.model.set_rows(
            [
                (
                    display_nip(m.nip),
                    m.first_office,
                    m.first_name,
                    m.first_unit,
                    m.second_office,
                    m.second_name,
                    m.second_unit,
                    m.found_at,
                )
                for m in items
            ],
            items,
        )
        self._update_buttons()

    def resolve(self) -> None:
        item = self.list.current_item()
        if item is None:
            return
        text = sync_common.ask_text(
            self,
            self.tr("Resolve NIP {nip}").format(nip=display_nip(item.nip)),
            self.tr(
                "{first} ({first_office}) and {second} ({second_office}).\n"
                "What was decided? For example: moved to {second_office} on 1 October."
            ).format(
                first=item.first_name or "—",
                first_office=item.first_office,
                second=item.second_name or "—",
                second_office=item.second_office,
            ),
        )
        if text is None:
            return
        try:
            sync_central.resolve_merge(item.id, text)
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        self.refresh()


class CentralHeader(QWidget):
    """Who this central office is, its key for the offices, and its identity's safekeeping."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        central = sync_central.identity()
        recipient, fingerprint = sync_central.hq_key()
        form.addRow(self.tr("Central office:"), QLabel(central.name if central else ""))
        key = QLabel(recipient)
        key.setObjectName("centralKey")
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key_row = QHBoxLayout()
        key_row.addWidget(key, 1)
        self.key_file_button = QPushButton(self.tr("Save the &key for the offices…"))
        self.key_file_button.setObjectName("saveKeyFile")
        self.key_file_button.setToolTip(
            self.tr(
                "A small file to put on the stick: the offices read it in their Sync window. "
                "It holds no secret."
            )
        )
        self.key_file_button.clicked.connect(self.save_key_file)
        key_row.addWidget(self.key_file_button)
        form.addRow(self.tr("Key for the offices:"), key_row)
        signing = fingerprint_label(grouped(fingerprint))
        signing.setObjectName("receiptFingerprint")
        form.addRow(self.tr("Receipts signed with:"), signing)
        layout.addLayout(form)
        safe_row = QHBoxLayout()
        self.identity_label = warning_label("")
        self.identity_label.setObjectName("identityWarning")
        safe_row.addWidget(self.identity_label, 1)
        self.identity_button = QPushButton(self.tr("Export the &identity…"))
        self.identity_button.setObjectName("exportIdentity")
        self.identity_button.setEnabled(allowed(Action.BACKUP))
        if not self.identity_button.isEnabled():
            self.identity_button.setToolTip(self.tr("Only an administrator can export it."))
        self.identity_button.clicked.connect(self.export_identity)
        safe_row.addWidget(self.identity_button)
        layout.addLayout(safe_row)
        self.key_file_button.setEnabled(allowed(Action.SYNC))
        self.refresh()

    def refresh(self) -> None:
        when = sync_central.identity_exported_at()
        if when is None:
            self.identity_label.setStyleSheet(f"{ERROR_STYLE}; font-weight: bold")
            self.identity_label.setText(
                self.tr(
                    "The central identity has never been exported. If this database is lost "
                    "without it, no package sealed for this central office can ever be read "
                    "again. Export it and keep the copy offline, in a safe place (not on the "
                    "stick that travels)."
                )
            )
        else:
            self.identity_label.setStyleSheet("")
            self.identity_label.setText(
                self.tr(
                    "The central identity was last exported on {date}. Keep that copy safe: "
                    "losing both it and this database makes every package unreadable."
                ).format(date=format_utc(when))
            )

    def save_key_file(self) -> None:
        start = str(Path(_remembered(PACKAGES_KEY) or ".") / "kunci-kantor-pusat.txt")
        name = sync_common.ask_save_file(
            self,
            self.tr("Save the central office key for the offices"),
            start,
            self.tr("Text files (*.txt)"),
        )
        if not name:
            return
        try:
            path = sync_central.write_key_file(name)
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        sync_common.info(
            self,
            self.tr("Key saved"),
            self.tr(
                "The key was written to:\n{path}\n\nPut it on the stick: each office reads it "
                "in its Sync window (Read the key from a file). It holds no secret."
            ).format(path=str(path)),
        )

    def export_identity(self) -> None:
        if not sync_common.confirm(
            self,
            self.tr("Export the central identity"),
            self.tr(
                "The central identity opens every package sealed for this central office. "
                "Losing it (with this database) makes every package unreadable; whoever else "
                "gets it can read them all.\n\nWrite it to a stick or disc that stays locked "
                "away, never to the stick that travels to the offices. Continue?"
            ),
        ):
            return
        name = sync_common.ask_save_file(
            self,
            self.tr("Export the central identity"),
            str(Path(_remembered(IDENTITY_KEY) or ".") / "identitas-kantor-pusat.age"),
            self.tr("age identity (*.age *.txt);;All files (*)"),
        )
        if not name:
            return
        try:
            path = sync_central.export_identity(name)
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        QSettings().setValue(IDENTITY_KEY, str(Path(name).parent))
        self.refresh()
        sync_common.info(
            self,
            self.tr("Identity exported"),
            self.tr(
                "The central identity was written to:\n{path}\n\nKeep it offline and locked "
                "away. With it the standard 'age' tool opens the packages (age -d -i FILE)."
            ).format(path=str(path)),
        )


class ImportTab(QWidget):
    """The central office's Impor tab: packages, history, offices, quarantine, merges."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportTab")
        layout = QVBoxLayout(self)
        self.header = CentralHeader(self)
        layout.addWidget(self.header)
        self.pages = QTabWidget()
        self.pages.setObjectName("importPages")
        self.packages = PackagesPage(self)
        self.history = HistoryPage(self)
        self.offices = OfficesPage(self)
        self.quarantine = QuarantinePage(self)
        self.merges = MergePage(self)
        self.pages.addTab(self.packages, self.tr("&Packages"))
        self.pages.addTab(self.history, self.tr("Hist&ory"))
        self.pages.addTab(self.offices, self.tr("Office s&tatus"))
        self.pages.addTab(self.quarantine, self.tr("&Quarantine"))
        self.pages.addTab(self.merges, self.tr("&Merge queue"))
        layout.addWidget(self.pages, 1)
        self.packages.applied.connect(self.refresh)
        self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.header.refresh()
        self.refresh()  # an import made elsewhere (the command line) shows too
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the history, office state, quarantine and merge queue again."""
        try:
            for page in (self.history, self.offices, self.quarantine, self.merges):
                page.refresh()
        except ServiceError as err:
            self.packages.status.setText(error_text(err))
            return
        self.pages.setTabText(3, self.tr("&Quarantine (%n)", "", self.quarantine.model.rowCount()))
        self.pages.setTabText(4, self.tr("&Merge queue (%n)", "", self.merges.model.rowCount()))
