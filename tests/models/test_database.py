"""The data layer: pragmas, sync stamping in one place, migrations with backup (the layer
rules are checked in tests/test_architecture.py)."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from desktop_app.models import Employee, Period, Unit, db
from desktop_app.models.base import NoOfficeError
from desktop_app.models.database import (
    SchemaTooNewError,
    latest_schema_version,
    open_database,
    schema_version,
    write_transaction,
)

DATA = Path(__file__).resolve().parent.parent / "data"


def test_pragmas_wal_foreign_keys_and_timeout(db_path):
    assert db.pragma("journal_mode") == "wal"
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("busy_timeout") >= 5000
    assert schema_version() == latest_schema_version()


def test_synced_record_gets_version_from_one_counter(db_path, office):
    with write_transaction():
        a = Unit.create(code="A", name="Dinas A")
        b = Unit.create(code="B", name="Bidang B", parent=a)
    assert (a.version, b.version) == (1, 2)
    assert a.office_code == "TST01"
    assert isinstance(a.uid, uuid.UUID)
    with write_transaction():
        a.name = "Dinas A1"
        a.save()
        Unit.update(active=False).where(Unit.id == b.id).execute()
        Period.insert_many([{"year": 2025}, {"year": 2026}]).execute()
    versions = {u.code: u.version for u in Unit.select()}
    assert versions == {"A": 3, "B": 4}
    assert sorted(p.version for p in Period.select()) == [5, 6]


def test_explicit_version_is_kept_for_sync_import(db_path, office):
    with write_transaction():
        Unit.insert(code="X", name="From elsewhere", version=900, office_code="OTHER").execute()
    row = Unit.get(Unit.code == "X")
    assert (row.version, row.office_code) == (900, "OTHER")


def test_rolled_back_write_leaves_nothing(db_path, office):
    with pytest.raises(RuntimeError), write_transaction():
        Unit.create(code="A", name="Dinas A")
        raise RuntimeError("power cut")
    assert Unit.select().count() == 0
    with write_transaction():
        first = Unit.create(code="A", name="Dinas A")
    assert first.version == 1  # the counter rolled back too


def test_delete_is_a_tombstone(db_path, office):
    with write_transaction():
        unit = Unit.create(code="A", name="Dinas A")
        unit.delete_instance()
    row = Unit.get_by_id(unit.id)
    assert row.deleted is True
    assert row.version == 2
    assert Unit.live().count() == 0


def test_no_synced_write_before_office(db_path):
    with pytest.raises(NoOfficeError), write_transaction():
        Unit.create(code="A", name="Dinas A")


def test_upgrade_of_first_schema_file_takes_backup(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(DATA / "schema_v1.db", old)
    result = open_database(old)
    assert result.upgraded_from == 1
    assert result.schema_version == latest_schema_version()
    assert result.backup is not None and result.backup.exists()
    with sqlite3.connect(result.backup) as con:
        assert con.execute("SELECT name FROM employee").fetchone() == ("Siti Rahma",)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "period" not in tables
    assert Employee.get().name == "Siti Rahma"
    assert Period.select().count() == 0


def test_database_from_newer_program_is_refused(tmp_path):
    path = tmp_path / "new.db"
    open_database(path)
    db.execute_sql(
        "INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01')"
    )
    with pytest.raises(SchemaTooNewError) as info:
        open_database(path)
    assert info.value.found == 9999


def test_bulk_writes_are_audited_once_per_row(db_path, office):
    from desktop_app.services import audit

    with write_transaction():
        Period.insert_many([{"year": 2025}, {"year": 2026}]).execute()
        Period.update(closed=True).where(Period.year == 2025).execute()
    rows = audit.search(entity="period")
    assert sorted(r.action for r in rows) == ["create", "create", "status"]
    closed = next(r for r in rows if r.action == "status")
    assert closed.changes == {"closed": [False, True]}
    assert audit.verify_chain()[1] is None
