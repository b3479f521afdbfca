"""Moving an office between the engines: every table copied row by row with its ids,
versions, audit trail and stored files' hashes (a SQLite file to a PostgreSQL server, or
back, e.g. for a backup), then checked by a row count and a digest of every table on both
sides. The target must be empty: nothing in it is ever overwritten."""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee
from peewee import SqliteDatabase

from desktop_app.models import database
from desktop_app.models.engines import ServerTarget, is_url
from desktop_app.models.engines.postgres import OfficeServerDatabase

SKIPPED = frozenset({"schema_migration"})  # the target's own migrations wrote it
SEEDED = frozenset({"change_counter", "setting"})  # rows a migrated empty database holds
CHUNK = 1000


class CopyRefused(RuntimeError):
    """The copy was refused before anything was written (a non-empty target, another
    schema version); the message says why."""


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    digest: str


def connect(target: str | Path) -> peewee.Database:
    """A connection of its own to a file or a server (not the program's open database)."""
    if is_url(target):
        server = ServerTarget.parse(str(target))
        connection: peewee.Database = OfficeServerDatabase(server.dbname, **server.connect_params())
    else:
        connection = SqliteDatabase(str(target), pragmas={"foreign_keys": 1})
    connection.connect()
    return connection


def _applied(connection: peewee.Database) -> set[str]:
    if "schema_migration" not in connection.get_tables():
        return set()
    return {r[0] for r in connection.execute_sql("SELECT name FROM schema_migration")}


def _holds_data(connection: peewee.Database) -> list[str]:
    """The target's tables holding rows a fresh office database would not hold."""
    found = []
    for table in connection.get_tables():
        if table in SKIPPED:
            continue
        if table == "setting":
            sql = "SELECT COUNT(*) FROM setting WHERE key <> 'app.last_version'"
        elif table == "change_counter":
            sql = "SELECT COUNT(*) FROM change_counter WHERE value <> 0"
        else:
            sql = f'SELECT COUNT(*) FROM "{table}"'
        if connection.execute_sql(sql).fetchone()[0]:
            found.append(table)
    return found


def _plain(value: Any) -> Any:
    """One value as both engines agree on it (a timestamp as SQLite's text, bytes as hex)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, memoryview):
        value = bytes(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value


def table_check(connection: peewee.Database, table: str, columns: list[str]) -> TableCheck:
    """Rows and a SHA-256 over every row in id order (columns in the given order)."""
    names = ", ".join(f'"{c}"' for c in columns)
    order = '"id"' if "id" in columns else names
    digest = hashlib.sha256()
    rows = 0
    cursor = connection.execute_sql(f'SELECT {names} FROM "{table}" ORDER BY {order}')
    for row in cursor:
        digest.update(json.dumps([_plain(v) for v in row], default=str).encode())
        digest.update(b"\n")
        rows += 1
    return TableCheck(table, rows, digest.hexdigest())


def _order(connection: peewee.Database, tables: list[str]) -> list[str]:
    """Tables after the tables they refer to (a table's references to itself aside)."""
    needs = {
        t: {fk.dest_table for fk in connection.get_foreign_keys(t) if fk.dest_table != t}
        for t in tables
    }
    done: list[str] = []
    while len(done) < len(tables):
        ready = [t for t in tables if t not in done and needs[t] <= set(done)]
        if not ready:
            raise CopyRefused(f"the tables refer to each other in a circle: {sorted(needs)}")
        done.extend(sorted(ready))
    return done


def _copy_table(source: peewee.Database, target: peewee.Database, table: str) -> None:
    columns = [c.name for c in source.get_columns(table)]
    itself = [fk.column for fk in target.get_foreign_keys(table) if fk.dest_table == table]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    later: list[tuple[Any, ...]] = []
    positions = [columns.index(c) for c in itself]
    cursor = source.execute_sql(f'SELECT {names} FROM "{table}" ORDER BY "id"')
    while True:
        chunk = cursor.fetchmany(CHUNK)
        if not chunk:
            break
        rows = []
        for row in chunk:
            values = list(row)
            if positions and any(values[p] is not None for p in positions):
                later.append((values[columns.index("id")], *(values[p] for p in positions)))
                for p in positions:
                    values[p] = None  # set once the row it names is in (below)
            rows.append(values)
        for values in rows:
            target.execute_sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)
    sets = ", ".join(f'"{c}" = ?' for c in itself)
    for record_id, *refs in later:
        target.execute_sql(f'UPDATE "{table}" SET {sets} WHERE "id" = ?', (*refs, record_id))
    if isinstance(target, OfficeServerDatabase) and "id" in columns:
        target.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'COALESCE(MAX("id"), 1), MAX("id") IS NOT NULL) FROM "{table}"'
        )


def copy_database(source_ref: str | Path, target_ref: str | Path) -> list[TableCheck]:
    """Copy the office database `source_ref` into the empty `target_ref` (a file, made when
    missing, or a server database), in one transaction; returns the checks, equal on both
    sides. Raises CopyRefused (nothing written) or RuntimeError when a check differs (the
    target's transaction is rolled back)."""
    source = connect(source_ref)
    try:
        applied = _applied(source)
        if not applied:
            raise CopyRefused(f"{source_ref} is not a Kinerja Luring database")
        known = database.latest_schema_version()
        if max(database._index(n) for n in applied) != known:
            raise CopyRefused(
                f"{source_ref} has another schema version; open it once with this program first"
            )
        exists = is_url(target_ref) or (
            Path(target_ref).exists() and Path(target_ref).stat().st_size > 0
        )
        if exists:
            probe = connect(target_ref)
            try:
                busy = _holds_data(probe)
            finally:
                probe.close()
            if busy:
                raise CopyRefused(f"{target_ref} is not empty ({', '.join(busy[:5])})")
        database.close_database()
        database.open_database(target_ref, backup_before_upgrade=False)  # makes the schema
        database.close_database()
        target = connect(target_ref)
        try:
            tables = [t for t in source.get_tables() if t not in SKIPPED]
            missing = set(tables) - set(target.get_tables())
            if missing:
                raise CopyRefused(f"the target lacks tables: {sorted(missing)}")
            checks = []
            with target.atomic("IMMEDIATE"):
                for table in SEEDED & set(tables):
                    target.execute_sql(f'DELETE FROM "{table}"')
                for table in _order(target, tables):
                    _copy_table(source, target, table)
                for table in tables:
                    columns = [c.name for c in source.get_columns(table)]
                    mine = table_check(source, table, columns)
                    theirs = table_check(target, table, columns)
                    if mine != theirs:
                        raise RuntimeError(
                            f"table {table}: {mine.rows} rows in the source, {theirs.rows} "
                            "in the copy, or their contents differ; nothing was copied"
                        )
                    checks.append(mine)
            return checks
        finally:
            target.close()
    finally:
        source.close()
