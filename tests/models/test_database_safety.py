"""Issue 17, point 8: a power cut keeps every committed transaction (synchronous=FULL on every
connection), opening writes nothing when nothing changed, and a full disk says so, as does a
write lock held by another program."""

from __future__ import annotations

import hashlib
import sqlite3
import threading

import peewee
import pytest

from desktop_app.models import Unit, db
from desktop_app.models.database import (
    DatabaseInUseError,
    DiskFullError,
    close_database,
    open_database,
    worker_connection,
    write_transaction,
)
from desktop_app.services.register import units

FULL = 2  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_synchronous_is_full_on_the_main_and_every_worker_connection(db_path):
    assert db.pragma("synchronous") == FULL
    seen: list[int] = []

    def work() -> None:
        with worker_connection():
            seen.append(db.execute_sql("PRAGMA synchronous").fetchone()[0])

    workers = [threading.Thread(target=work) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert seen == [FULL, FULL]


def test_opening_again_leaves_the_file_byte_identical(db_path, office):
    close_database()
    before = _sha(db_path)
    open_database(db_path)
    Unit.select().count()
    close_database()
    assert _sha(db_path) == before
    open_database(db_path)


def test_a_new_version_is_recorded_once(db_path, monkeypatch):
    from desktop_app.models import database

    monkeypatch.setattr(database, "__version__", "99.0.0")
    close_database()
    open_database(db_path)
    row = db.execute_sql("SELECT value FROM setting WHERE key = 'app.last_version'").fetchone()
    assert row == ('"99.0.0"',)


def _fill_the_disk() -> None:
    """SQLite's max_page_count is a disk that holds only the pages already written."""
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")


def _many_units() -> None:
    with write_transaction():  # a savepoint inside the caller's transaction, as services nest
        for n in range(3000):
            units.save_unit(units.UnitInput(f"U{n}", "Unit " + "x" * 150, "DINAS"))


def test_disk_full_says_disk_full_and_keeps_what_was_saved(db_path, office):
    units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    _fill_the_disk()
    with pytest.raises(DiskFullError, match="disk is full") as caught, write_transaction():
        _many_units()
    assert "cannot rollback" not in str(caught.value)
    assert str(db_path.parent) in str(caught.value)
    assert [u.code for u in Unit.select()] == ["A"]  # the earlier change is kept, none of these


def test_a_write_lock_held_by_another_program_is_a_clear_error_and_changes_nothing(db_path, office):
    units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    db.execute_sql("PRAGMA busy_timeout = 200")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program, sitting in its transaction
    try:
        with pytest.raises(DatabaseInUseError, match="in use by another program") as caught:
            units.save_unit(units.UnitInput("B", "Dinas B", "DINAS"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert caught.value.exit_code == 2 and "Nothing was changed" in str(caught.value)
    assert str(db_path) in str(caught.value)
    assert isinstance(caught.value.__cause__, peewee.OperationalError)
    assert [u.code for u in Unit.select()] == ["A"]
    units.save_unit(units.UnitInput("B", "Dinas B", "DINAS"))  # once it is closed, it works
    assert [u.code for u in Unit.select().order_by(Unit.code)] == ["A", "B"]


def test_other_database_errors_are_not_called_in_use(db_path, office):
    with pytest.raises(peewee.OperationalError, match="no such table"), write_transaction():
        db.execute_sql("SELECT * FROM no_such_table")
