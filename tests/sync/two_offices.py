"""Two demo offices (DEMO01 with 40 employees, DEMO02 with 20) and a central office on real
SQLite files, each office's full package imported at the central office: the ground of the
two-way package tests (issue 25). Built once per test module (a demo is the slow part) and
copied for each test that writes."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.models.database import close_database
from desktop_app.services import office as office_service
from desktop_app.services.sync import central as sync_central
from desktop_app.services.sync import office as sync_office
from tests.sync.conftest import using

DAY = dt.date(2026, 11, 23)
SECOND = "DEMO02"


@dataclass
class Offices:
    folder: Path
    first: Path  # DEMO01
    second: Path  # DEMO02
    central: Path
    stick: Path
    fingerprints: dict[str, str]
    recipient: str
    hq_fingerprint: str

    def copy(self, target: Path) -> Offices:
        """The same three databases in `target`, for a test that changes them."""
        target.mkdir(parents=True, exist_ok=True)
        paths = {}
        for name in ("first", "second", "central"):
            source = getattr(self, name)
            paths[name] = target / source.name
            a, b = sqlite3.connect(source), sqlite3.connect(paths[name])
            try:
                a.backup(b)
            finally:
                b.close()
                a.close()
        stick = target / "stick"
        stick.mkdir(exist_ok=True)
        return Offices(
            target,
            paths["first"],
            paths["second"],
            paths["central"],
            stick,
            dict(self.fingerprints),
            self.recipient,
            self.hq_fingerprint,
        )

    def send(self, office: Path) -> sync_central.ImportResult:
        """Export a package at `office` and import it at the central office."""
        with using(office):
            path = sync_office.export_package(self.stick).path
        with using(self.central):
            return sync_central.import_package(path, trust=self.fingerprints)


def build(folder: Path, demo_templates) -> Offices:
    from desktop_app.demo import generator as demo
    from desktop_app.models.database import open_database
    from desktop_app.services import session

    folder.mkdir(parents=True, exist_ok=True)
    central, first, second = folder / "central.db", folder / "demo01.db", folder / "demo02.db"
    stick = folder / "stick"
    stick.mkdir(exist_ok=True)
    with using(central):
        recipient = sync_central.hq_init("BKPSDM Kabupaten Contoh").age_recipient
        hq_fingerprint = sync_central.hq_key()[1]
    demo_templates.open_copy(first, 40, seed=5, today=DAY)
    close_database()
    close_database()
    open_database(second)
    session.sign_in_as(None)
    try:
        office_service.init_office(SECOND, "Puskesmas Kota Dua")
        demo.generate_demo(20, seed=7, today=DAY)
    finally:
        close_database()
    fingerprints = {}
    for code, path in (("DEMO01", first), (SECOND, second)):
        with using(path):
            sync_office.set_hq_key(recipient, hq_fingerprint)
            fingerprints[code] = office_service.require_office().fingerprint
    offices = Offices(
        folder, first, second, central, stick, fingerprints, recipient, hq_fingerprint
    )
    for path in (first, second):
        result = offices.send(path)
        assert result.totals["quarantined"] == 0
    shutil.rmtree(stick)
    stick.mkdir()
    return offices
