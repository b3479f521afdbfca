"""Two real databases, an office and a central office, switched between as the program does
when it opens one file or the other; packages written to a folder standing for the stick."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.models.database import close_database, open_database
from desktop_app.services import session
from desktop_app.services.sync import central as sync_central
from desktop_app.services.sync import office as sync_office


@contextmanager
def using(path: Path) -> Iterator[None]:
    """Work in the database at `path` (no one signed in: the batch context)."""
    close_database()
    open_database(path)
    session.sign_in_as(None)
    try:
        yield
    finally:
        close_database()


def dump(path: Path) -> str:
    """Every row of the database as SQL, to compare before and after a refused import
    (less the program version noted each time the file is opened)."""
    connection = sqlite3.connect(path)
    try:
        return "\n".join(line for line in connection.iterdump() if "app.last_version" not in line)
    finally:
        connection.close()


@dataclass
class Sites:
    office: Path
    central: Path
    stick: Path
    receipts: Path
    fingerprint: str  # of the office key
    recipient: str  # the central age key
    hq_fingerprint: str  # of the central office's receipt signing key

    def export(self, *, full: bool = False) -> Path:
        with using(self.office):
            return sync_office.export_package(self.stick, full=full).path

    def import_(self, path: Path, **kwargs) -> sync_central.ImportResult:
        kwargs.setdefault("trust", {"DEMO01": self.fingerprint})
        kwargs.setdefault("receipts_dir", self.receipts)
        with using(self.central):
            return sync_central.import_package(path, **kwargs)


@pytest.fixture
def sites(tmp_path: Path, demo_templates) -> Iterator[Sites]:
    office, central = tmp_path / "office.db", tmp_path / "central.db"
    stick, receipts = tmp_path / "stick", tmp_path / "receipts"
    stick.mkdir()
    receipts.mkdir()
    with using(central):
        recipient = sync_central.hq_init("BKPSDM Kabupaten Contoh").age_recipient
        hq_fingerprint = sync_central.hq_key()[1]
    demo_templates.open_copy(office, 40, seed=5, today=dt.date(dt.date.today().year, 11, 23))
    with using(office):
        sync_office.set_hq_key(recipient, hq_fingerprint)
        from desktop_app.services import office as office_service

        fingerprint = office_service.require_office().fingerprint
    yield Sites(office, central, stick, receipts, fingerprint, recipient, hq_fingerprint)
    close_database()
