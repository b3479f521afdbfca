"""tests/sync/test_sync_roundtrip.py again with both sites on a PostgreSQL server: the office
database (the demo, moved there with `db copy`) and the central office database, which on a
server takes the offices' packages with their own ids (tests/pg/conftest.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.models.database import close_database
from desktop_app.models.engines import copy as db_copy
from desktop_app.services.sync import central as sync_central
from desktop_app.services.sync import office as sync_office
from tests.sync import conftest as sync_conftest
from tests.sync import test_sync_roundtrip as roundtrip
from tests.sync.conftest import Sites, using
from tests.sync.test_sync_roundtrip import (  # noqa: F401
    test_one_nip_in_two_offices_goes_to_the_merge_queue,
    test_round_trip_carries_everything_then_only_changes,
    test_the_same_package_again_changes_nothing_and_says_so,
)


def _dump(ref) -> str:
    """Every table's rows and digest (less the program version noted at each opening)."""
    if isinstance(ref, str):
        connection = db_copy.connect(ref)
        try:
            lines = []
            for table in sorted(connection.get_tables()):
                if table in ("setting", "schema_migration"):
                    continue
                columns = [c.name for c in connection.get_columns(table)]
                check = db_copy.table_check(connection, table, columns)
                lines.append(f'INSERT INTO "{table}" {check.rows} {check.digest}')
            rows = connection.execute_sql(
                "SELECT key, value FROM setting WHERE key <> 'app.last_version' ORDER BY key"
            ).fetchall()
            return "\n".join([*lines, repr(rows)])
        finally:
            connection.close()
    return sync_conftest.dump(ref)


@pytest.fixture(autouse=True)
def _dump_servers_too(monkeypatch):
    monkeypatch.setattr(roundtrip, "dump", _dump)


@pytest.fixture
def sites(tmp_path, demo_templates, pg_server):
    central, office = pg_server_url(pg_server, "central"), pg_server_url(pg_server, "office")
    stick, receipts = tmp_path / "stick", tmp_path / "receipts"
    stick.mkdir()
    receipts.mkdir()
    with using(central):
        recipient = sync_central.hq_init("BKPSDM Kabupaten Contoh").age_recipient
        hq_fingerprint = sync_central.hq_key()[1]
    demo = tmp_path / "demo.db"
    demo_templates.open_copy(demo, 40, seed=5, today=dt.date(dt.date.today().year, 11, 23))
    close_database()
    db_copy.copy_database(demo, office)
    with using(office):
        sync_office.set_hq_key(recipient, hq_fingerprint)
        from desktop_app.services import office as office_service

        fingerprint = office_service.require_office().fingerprint
    yield Sites(office, central, stick, receipts, fingerprint, recipient, hq_fingerprint)
    close_database()


_made = iter(range(1, 10_000))


def pg_server_url(pg_server, role: str) -> str:
    """A new database on the session's server: an empty one for the office's copy, the
    migrated template for the central office."""
    name = f"{role}{next(_made)}"
    if role == "central":
        pg_server.admin(f'CREATE DATABASE "{name}" TEMPLATE "kinerja_template"')
    else:
        pg_server.admin(f'CREATE DATABASE "{name}"')
    return pg_server.url(name)
