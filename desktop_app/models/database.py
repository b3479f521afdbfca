"""Opening, migrating and backing up the office database.

One SQLite file per office: WAL, foreign keys, a busy timeout, writes in IMMEDIATE
transactions (`write_transaction`). Schema changes are numbered scripts in `migrations/` run by
`playhouse.migrations`; before an existing database is upgraded it is copied with SQLite's
backup API (a plain file copy can miss pages still in the WAL).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import peewee
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from desktop_app.errors import DatabaseInUseError, ServiceError
from desktop_app.files import atomic_path
from desktop_app.i18n import N_
from desktop_app.models.base import BaseModel, db, office_cache
from desktop_app.version import __version__

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "cache_size": -32000,
    "synchronous": "full",  # design.md: a power cut never loses a committed transaction
}
# How long a write waits for another connection's write lock before DatabaseInUseError. Our
# own writes hold it for milliseconds and the GUI's long jobs run behind a modal progress
# dialog, so a longer wait only helps another program's long transaction, while it freezes
# the window (Windows calls a window "Not Responding" after 5 s).
BUSY_TIMEOUT_S = 5


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer version of the application."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"the database has schema version {found}, this program knows up to {known}; "
            "install the newer version of Kinerja Luring"
        )
        self.found = found
        self.known = known


class NetworkDriveError(RuntimeError):
    """The database is on a network drive, where SQLite's WAL mode is not safe."""


NETWORK_FS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afpfs", "ncpfs", "9p"}
)


def is_network_path(path: Path, mounts_file: Path = Path("/proc/mounts")) -> bool:
    """True for a UNC path or a mapped network drive (Windows) or a network mount (Linux).

    WAL needs shared memory between processes on one host; the SQLite documentation says it
    does not work over a network filesystem.
    """
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    try:
        lines = mounts_file.read_text().splitlines()
    except OSError:
        return False
    best, best_type = "", ""
    resolved = str(Path(text).resolve())
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            mount = parts[1].replace("\\040", " ")
            if (resolved == mount or resolved.startswith(mount.rstrip("/") + "/")) and len(
                mount
            ) > len(best):
                best, best_type = mount, parts[2]
    return best_type in NETWORK_FS


class NotADatabaseError(RuntimeError):
    """The file is not a Kinerja Luring database (or not SQLite at all)."""


@dataclass(frozen=True)
class OpenResult:
    path: Path
    schema_version: int
    upgraded_from: int | None
    backup: Path | None


def _index(name: str) -> int:
    match = re.match(r"\d+", name)
    return int(match.group()) if match else -1


def latest_schema_version() -> int:
    return max(_index(p.stem) for p in MIGRATIONS_DIR.glob("[0-9]*.py"))


def backup_to(source: SqliteDatabase | Path, target: Path) -> Path:
    """Consistent copy with SQLite's online backup API (safe while the database is in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target) as part:
        src = sqlite3.connect(str(source if isinstance(source, Path) else source.database))
        try:
            dst = sqlite3.connect(str(part))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    return target


def _make_database(path: Path) -> SqliteDatabase:
    return SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_S)


def open_database(
    path: Path | str, *, migrate: bool = True, backup_before_upgrade: bool = True
) -> OpenResult:
    """Bind the models to the database at `path`, creating and upgrading it as needed
    (`backup_before_upgrade`: False for a copy that is itself the backup, as a restore's).

    Raises SchemaTooNewError for a database from a newer program and NotADatabaseError for a
    file that is not one of ours; in both cases nothing is changed.
    """
    path = Path(path)
    if is_network_path(path):
        raise NetworkDriveError(
            f"{path} is on a network drive; SQLite cannot keep it safe there. "
            "Keep the database on this computer's own disk."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise NotADatabaseError(f"{path} is not a SQLite database")
    close_database()
    database = _make_database(path)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    try:
        runner = Runner(database, directory=str(MIGRATIONS_DIR))
        applied = runner.applied()
        tables = set(database.get_tables())
        if tables and not applied:
            raise NotADatabaseError(f"{path} is a SQLite file but not a Kinerja Luring database")
        current = max((_index(n) for n in applied), default=0)
        known = latest_schema_version()
        if current > known:
            raise SchemaTooNewError(current, known)
        backup = None
        upgraded_from = None
        pending = [m for m in runner.status() if m.applied is None and m.path]
        if pending and migrate:
            if applied and backup_before_upgrade:
                stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
                backup = backup_to(
                    database, path.parent / "backups" / f"{path.stem}_v{current}_{stamp}.db"
                )
            upgraded_from = current if applied else None
            runner.up()
            current = known
            database.pragma("user_version", current)
        _record_writer_version(database)
        refresh_office_cache()
    except Exception:
        close_database()
        raise
    return OpenResult(path, current, upgraded_from, backup)


def _record_writer_version(database: SqliteDatabase) -> None:
    """Remember which program version last opened the database for writing.

    Written only when it changes: a read-only command (`audit verify`, `office key`, a refused
    import) must leave the file byte-identical and work on a full disk or a read-only file.
    """
    if "setting" not in database.get_tables():
        return
    row = database.execute_sql(
        "SELECT value FROM setting WHERE key = 'app.last_version'"
    ).fetchone()
    if row is not None and row[0] == json.dumps(__version__):
        return
    with database.atomic("IMMEDIATE"):
        database.execute_sql(
            "INSERT INTO setting (key, value, updated_at) VALUES ('app.last_version', ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
            "updated_at = excluded.updated_at",
            (json.dumps(__version__), dt.datetime.now(dt.UTC).replace(tzinfo=None)),
        )


def refresh_office_cache() -> None:
    """Reload the local office code used to stamp new synced records."""
    row = db.execute_sql("SELECT code FROM office WHERE is_self = 1").fetchone()
    office_cache.code = row[0] if row else None


def close_database() -> None:
    database = db.obj
    if database is not None and not database.is_closed():
        database.close()
    office_cache.code = None


def current_path() -> Path | None:
    database = db.obj
    return Path(database.database) if database is not None else None


class DiskFullError(ServiceError):
    """SQLite could not write (SQLITE_FULL): the change was rolled back whole."""

    def __init__(self, folder: Path | None) -> None:
        super().__init__(
            N_(
                "database",
                "The disk is full: this change was not saved, and the database keeps "
                "everything saved before it. Free some space on the disk of {folder} and try "
                "again.",
            ),
            "database",
            folder=str(folder) if folder is not None else "?",
        )


def _is_busy(err: BaseException | None) -> bool:
    """True when `err` or an error it was raised from is SQLite's "database is locked"
    (SQLITE_BUSY once the busy timeout has passed): another connection holds the write lock."""
    seen = 0
    while err is not None and seen < 20:
        name = getattr(err, "sqlite_errorname", "")
        if name.startswith("SQLITE_BUSY") or "database is locked" in str(err):
            return True
        err = err.__cause__ or err.__context__
        seen += 1
    return False


def _is_disk_full(err: BaseException | None) -> bool:
    """True when `err` or an error it was raised from is SQLITE_FULL (a failed rollback after
    it, "cannot rollback - no transaction is active", hides it in `__context__`)."""
    seen = 0
    while err is not None and seen < 20:
        if isinstance(err, DiskFullError) or "database or disk is full" in str(err):
            return True
        err = err.__cause__ or err.__context__
        seen += 1
    return False


@contextmanager
def write_transaction() -> Iterator[None]:
    """An IMMEDIATE transaction: takes the write lock up front so read-then-write never fails
    half-way with SQLITE_BUSY. Nested calls become savepoints. A full disk is reported as
    DiskFullError (SQLite has rolled the whole transaction back); the write lock held by
    another program past the busy timeout as DatabaseInUseError (nothing was changed)."""
    try:
        with db.atomic("IMMEDIATE"):
            yield
    except (sqlite3.Error, peewee.DatabaseError, DiskFullError) as err:
        if isinstance(err, DiskFullError):
            raise
        path = current_path()
        if _is_disk_full(err):
            raise DiskFullError(path.parent if path is not None else None) from err
        if _is_busy(err):
            raise DatabaseInUseError(path) from err
        raise


@contextmanager
def worker_connection() -> Iterator[None]:
    """For a worker thread: its own SQLite connection (peewee keeps one per thread), closed
    when the work is done so that no connection outlives the worker. Work that needs no
    database (none is open) runs as it is."""
    if db.obj is None:
        yield
        return
    opened = db.is_closed()
    if opened:
        db.connect()
    try:
        yield
    finally:
        if opened:
            db.close()


def schema_version() -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


__all__ = [
    "BaseModel",
    "DatabaseInUseError",
    "DiskFullError",
    "NetworkDriveError",
    "NotADatabaseError",
    "OpenResult",
    "SchemaTooNewError",
    "backup_to",
    "close_database",
    "current_path",
    "latest_schema_version",
    "open_database",
    "schema_version",
    "worker_connection",
    "write_transaction",
]
