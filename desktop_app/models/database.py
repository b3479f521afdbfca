"""Opening, migrating and backing up the office database.

One SQLite file per office: WAL, foreign keys, a busy timeout, writes in IMMEDIATE
transactions (`write_transaction`). Schema changes are numbered scripts in `migrations/` run by
`playhouse.migrations`; before an existing database is upgraded it is copied with SQLite's
backup API (a plain file copy can miss pages still in the WAL).

Or a PostgreSQL server (`postgresql://...`, an office LAN or the central office): the same
models and migrations, the frozen SQLite DDL translated on the way (`engines/ddl.py`), the
writes serialised by one advisory lock as SQLite's write lock serialises them
(`engines/postgres.py`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
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
from desktop_app.models.engines import ServerTarget, is_url
from desktop_app.models.engines.ddl import TranslatingDatabase
from desktop_app.models.engines.postgres import OfficeServerDatabase
from desktop_app.version import __version__

log = logging.getLogger(__name__)
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
    url: str | None = None  # a PostgreSQL database (password left out); `path` is its folder


class MigrationRunner(Runner):
    """playhouse's runner, on PostgreSQL handing each migration a database that translates
    its SQLite DDL (or running the migration's own `up_postgresql` when it carries one)."""

    def _run(self, name, module, direction, fake=False):  # type: ignore[no-untyped-def]
        if not is_server(self.database) or direction != "up" or fake:
            return super()._run(name, module, direction, fake=fake)
        with self.migrator.migration_context(getattr(module, "atomic", True)):
            own = getattr(module, "up_postgresql", None)
            if own is not None:
                own(self.migrator, self.database)
            else:
                module.up(self.migrator, TranslatingDatabase(self.database))
            self.History.create(name=name)
        return None


def is_server(database: object = None) -> bool:
    """True when `database` (default: the open one) is a PostgreSQL server."""
    return isinstance(database if database is not None else db.obj, OfficeServerDatabase)


class _Opened:
    """What was opened: the server's target when it is one (None for a SQLite file)."""

    target: ServerTarget | None = None


_opened = _Opened()


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
    path: Path | str | ServerTarget, *, migrate: bool = True, backup_before_upgrade: bool = True
) -> OpenResult:
    """Bind the models to the database at `path` (a file, or a `postgresql://` URL), creating
    and upgrading it as needed (`backup_before_upgrade`: False for a copy that is itself the
    backup, as a restore's).

    Raises SchemaTooNewError for a database from a newer program and NotADatabaseError for a
    file that is not one of ours; in both cases nothing is changed.
    """
    if isinstance(path, ServerTarget):
        return open_server(path, migrate=migrate)
    if is_url(path):
        return open_server(ServerTarget.parse(str(path)), migrate=migrate)
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

        def backup(current: int) -> Path | None:
            if not backup_before_upgrade:
                return None
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
            return backup_to(
                database, path.parent / "backups" / f"{path.stem}_v{current}_{stamp}.db"
            )

        current, upgraded_from, made = _migrate(database, str(path), migrate, backup)
        _record_writer_version(database)
        refresh_office_cache()
    except Exception:
        close_database()
        raise
    return OpenResult(path, current, upgraded_from, made)


def server_folder(target: ServerTarget) -> Path:
    """This PC's folder for a server database: its backups and printed forms."""
    from desktop_app import paths

    folder = paths.data_dir() / "servers" / target.local_name()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class ServerPath(type(Path())):  # type: ignore[misc]
    """This PC's place for a server database, carrying the server's URL (`url`, without the
    password): its folder holds the database's backups and printed forms, its lock file keeps
    one program per PC on it, as for a file."""

    url: str = ""


def server_path(url: str) -> Path:
    """The ServerPath of a `postgresql://` URL (the GUI's handle on a server database)."""
    target = ServerTarget.parse(url)
    path = ServerPath(server_folder(target) / "server.pg")
    path.url = target.url()
    return path


def open_server(target: ServerTarget, *, migrate: bool = True) -> OpenResult:
    """Bind the models to a PostgreSQL database (created tables and upgrades as a file's).

    The database itself must exist (the server's administrator makes it, README); it may be
    empty. Connection failures raise peewee.OperationalError with libpq's reason."""
    close_database()
    database = OfficeServerDatabase(target.dbname, **target.connect_params())
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
        _opened.target = target
        current, upgraded_from, made = _migrate(
            database, target.url(), migrate, lambda current: _dump_before_upgrade(target, current)
        )
        _record_writer_version(database)
        refresh_office_cache()
    except Exception:
        close_database()
        raise
    return OpenResult(
        server_folder(target) / "server.pg", current, upgraded_from, made, target.url()
    )


def _dump_before_upgrade(target: ServerTarget, current: int) -> Path | None:
    """A server database is dumped (pg_dump -Fc) into this PC's folder for it before the
    migrations change it; without the PostgreSQL client tools the server's own backups
    stand (said in the log)."""
    from desktop_app.models.engines import pg_dump

    tool = pg_dump.find_tool("pg_dump")
    if tool is None:
        log.warning("pg_dump not found: %s is upgraded without a backup here", target.url())
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    path = server_folder(target) / "backups" / f"server_v{current}_{stamp}.pgdump"
    return pg_dump.dump(target, path, tool)


def _migrate(database, label: str, migrate: bool, backup) -> tuple[int, int | None, Path | None]:  # type: ignore[no-untyped-def]
    """Check the schema version and run the pending migrations: (version, upgraded from,
    the backup made before the upgrade). `backup(current)` makes that backup."""
    runner = MigrationRunner(database, directory=str(MIGRATIONS_DIR))
    applied = runner.applied()
    tables = set(database.get_tables())
    if tables and not applied:
        raise NotADatabaseError(f"{label} holds tables but is not a Kinerja Luring database")
    current = max((_index(n) for n in applied), default=0)
    known = latest_schema_version()
    if current > known:
        raise SchemaTooNewError(current, known)
    made = None
    upgraded_from = None
    pending = [m for m in runner.status() if m.applied is None and m.path]
    if pending and migrate:
        if applied:
            made = backup(current) if backup is not None else None
        upgraded_from = current if applied else None
        runner.up()
        current = known
        if not is_server(database):
            database.pragma("user_version", current)
    return current, upgraded_from, made


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
    with database.atomic("IMMEDIATE"):  # on a server: the writer lock (engines/postgres.py)
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
    """The open database file; for a server, a name in this PC's folder for it (whose
    folder holds its backups and printed forms, as a file's folder does)."""
    database = db.obj
    if database is None:
        return None
    if is_server(database) and _opened.target is not None:
        return server_folder(_opened.target) / "server.pg"
    return Path(database.database)


def current_target() -> ServerTarget | None:
    """The open server database (with its password, for the backup tools), or None."""
    return _opened.target if is_server() else None


def current_url() -> str | None:
    """The open server database's URL without its password (None for a SQLite file)."""
    return _opened.target.url() if is_server() and _opened.target is not None else None


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
        text = str(err)
        if name.startswith("SQLITE_BUSY") or "database is locked" in text:
            return True
        if "canceling statement due to lock timeout" in text:  # PostgreSQL: another PC's write
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
    if is_server():
        applied = MigrationRunner(db.obj, directory=str(MIGRATIONS_DIR)).applied()
        return max((_index(n) for n in applied), default=0)
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
    "current_target",
    "current_url",
    "is_server",
    "latest_schema_version",
    "open_database",
    "open_server",
    "schema_version",
    "worker_connection",
    "write_transaction",
]
