"""The steps of an import that are not the packages page itself: the question whether the
office read out the same key fingerprint, one chosen package, and the worker functions that
open and apply the packages (module level, so tests can replace or call them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.errors import InputError
from desktop_app.i18n.translator import tr_
from desktop_app.services.sync import central as sync_central
from desktop_app.services.sync.central import ImportResult, PackageInfo
from desktop_app.sync.keys import grouped
from desktop_app.views.tasks import Cancelled, Progress


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


def inspect_packages(
    paths: list[Path], progress: Progress
) -> list[tuple[Path, PackageInfo | InputError]]:
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


def apply_packages(
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
