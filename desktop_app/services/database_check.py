"""The start-up check of a database file: what is wrong with it, before anything repairs it.

A database that another program holds (locked), that cannot be written (read-only: the file
or its folder), that is missing, empty, not ours, or really damaged (SQLite's integrity check
fails) are told apart, because only proven damage may be repaired by a restore: a locked or
read-only file is healthy and newer than any backup. Nothing here writes to the file.

A PostgreSQL server database has its own counterparts (`diagnose_server`, and `quick_check`
on the open server): unreachable, missing, not ours, read-only (a standby or a read-only
default), damaged (an invalid index, the change counter's row gone). A server is never
restored from this PC's backups: its administrator restores it.
"""

from __future__ import annotations

import enum
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.models import database
from desktop_app.models.engines import ServerTarget


def integrity_problems(path: Path) -> list[str]:
    """services.backup's check, loaded on first use (not at every start: issue 26)."""
    from desktop_app.services import backup

    return backup.integrity_problems(path)


def newest_good_backup(path: Path) -> Path | None:
    from desktop_app.services import backup

    return backup.newest_good_backup(path)


SQLITE_HEADER = b"SQLite format 3\x00"
LOCK_WAIT_S = 0.5


class Finding(enum.Enum):
    SOUND = "sound"
    MISSING = "missing"
    EMPTY = "empty"  # 0 bytes
    HEADERLESS = "headerless"  # the first bytes are not SQLite's (a flipped bit, or another file)
    NOT_OURS = "not-ours"  # a sound SQLite file of another program
    LOCKED = "locked"  # another program holds it: wait, or close that program
    READ_ONLY = "read-only"  # permissions: `Diagnosis.file` cannot be written
    NETWORK = "network"
    DAMAGED = "damaged"  # the integrity check fails
    UNREACHABLE = "unreachable"  # a PostgreSQL server that did not answer or refused us
    PASSWORD = "password"  # the server wants a password (or another one) for this account


@dataclass(frozen=True)
class Diagnosis:
    finding: Finding
    path: Path
    file: Path | None = None  # the file or folder a READ_ONLY finding is about
    problems: list[str] = field(default_factory=list)
    backup: Path | None = None  # the newest good backup, when a restore may be offered

    @property
    def offers_restore(self) -> bool:
        """A restore is offered only for proven damage, or an empty or headerless file
        that has good backups of its own (it held a database once)."""
        if self.finding is Finding.DAMAGED:
            return True
        return self.finding in (Finding.EMPTY, Finding.HEADERLESS) and self.backup is not None


def _not_writable(path: Path) -> Path | None:
    """The file or folder (the database, its WAL files, its folder) SQLite could not write;
    probed by opening for writing, which changes nothing."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if not candidate.exists():
            continue
        try:
            fd = os.open(candidate, os.O_RDWR)
        except OSError:
            return candidate
        os.close(fd)
    return None if os.access(path.parent, os.W_OK) else path.parent


def _probe(path: Path, lock_wait_s: float) -> Diagnosis | None:
    """Read the schema read-only, then ask for the write lock: None when the schema cannot be
    read (the integrity check tells why), else the finding (SOUND is not yet proven)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=lock_wait_s)
    except sqlite3.Error as err:
        return Diagnosis(Finding.DAMAGED, path, problems=[str(err)])
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.OperationalError as err:
        if getattr(err, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            return Diagnosis(Finding.LOCKED, path, problems=[str(err)])
        return None  # proven (or not) by the integrity check below
    except sqlite3.DatabaseError:
        return None
    else:
        if tables and "schema_migration" not in tables:
            return Diagnosis(Finding.NOT_OURS, path)
        busy = _write_lock_held(path, lock_wait_s)
        if busy is not None:
            return Diagnosis(Finding.LOCKED, path, problems=[busy])
        return Diagnosis(Finding.SOUND, path)
    finally:
        con.close()


def _write_lock_held(path: Path, lock_wait_s: float) -> str | None:
    """SQLite's words when another program holds the write lock (in WAL mode reads still
    work, so only asking for the lock tells it), else None. `BEGIN IMMEDIATE` then `ROLLBACK`
    writes nothing; the caller keeps its read-only connection open meanwhile, so closing this
    one is never the last close of the file and does not checkpoint the WAL."""
    try:
        con = sqlite3.connect(path, timeout=lock_wait_s, isolation_level=None)
    except sqlite3.Error:
        return None  # the integrity check or the opening will say what is wrong
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    except sqlite3.OperationalError as err:
        if getattr(err, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return str(err)
    except sqlite3.Error:
        pass
    finally:
        con.close()
    return None


def diagnose(path: Path, *, lock_wait_s: float = LOCK_WAIT_S) -> Diagnosis:
    """What the file at `path` is, in the order that keeps healthy data safe."""
    if database.is_network_path(path):
        return Diagnosis(Finding.NETWORK, path)
    if not path.exists():
        return Diagnosis(Finding.MISSING, path)
    if not path.is_file():
        return Diagnosis(Finding.NOT_OURS, path)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError:
        return Diagnosis(Finding.READ_ONLY, path, file=path)
    if not header:
        return Diagnosis(Finding.EMPTY, path, backup=newest_good_backup(path))
    if header != SQLITE_HEADER:
        return Diagnosis(Finding.HEADERLESS, path, backup=newest_good_backup(path))
    blocked = _not_writable(path)
    if blocked is not None:
        return Diagnosis(Finding.READ_ONLY, path, file=blocked)
    found = _probe(path, lock_wait_s)
    if found is not None:
        return found  # SOUND here is not yet proven: the opening runs SQLite's quick_check
    return proven_damage(path) or Diagnosis(Finding.SOUND, path)


def proven_damage(path: Path) -> Diagnosis | None:
    """DAMAGED with SQLite's own words when the integrity check fails; else None."""
    problems = integrity_problems(path)
    if not problems or any("not a Kinerja Luring database" in p for p in problems):
        return None
    if any("newer version" in p for p in problems):
        return None  # open_database refuses it with its own message
    return Diagnosis(Finding.DAMAGED, path, problems=problems, backup=newest_good_backup(path))


def after_open_error(path: Path, err: BaseException) -> Diagnosis:
    """The diagnosis of an error raised while opening: locked and read-only are told by
    SQLite's error; anything else is damage only when the integrity check proves it."""
    text = str(err).lower()
    if "locked" in text or "busy" in text:
        return Diagnosis(Finding.LOCKED, path, problems=[str(err)])
    if "readonly" in text or "read-only" in text:
        return Diagnosis(Finding.READ_ONLY, path, file=path, problems=[str(err)])
    damage = proven_damage(path)
    if damage is not None:
        return damage
    return Diagnosis(Finding.SOUND, path, problems=[str(err)])


def quick_check() -> list[str]:
    """SQLite's quick_check of the open database: empty when sound (run at every start);
    on a PostgreSQL server, `server_check`."""
    if database.is_server():
        return server_check()
    rows = [r[0] for r in database.db.execute_sql("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows[:10]


def server_check() -> list[str]:
    """The server's counterpart of quick_check, as cheap: indexes the server marked invalid
    (a failed concurrent build or a corrupt index), and the change counter's one row."""
    run = database.db.execute_sql
    problems = [
        f"index {name} is invalid"
        for (name,) in run(
            "SELECT c.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c "
            "ON c.oid = i.indexrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)"
        ).fetchall()
    ]
    if run("SELECT COUNT(*) FROM change_counter WHERE id = 1").fetchone()[0] != 1:
        problems.append("the change counter row is missing")
    return problems[:10]


def open_server_url() -> str | None:
    """The open server database's URL (no password), None for a file or nothing open."""
    return database.current_url()


def server_path(url: str) -> Path:
    """This PC's handle on a server database (models.database.ServerPath)."""
    return database.server_path(url)


def diagnose_server(url: str | ServerTarget) -> Diagnosis:
    """What the PostgreSQL database at `url` is, without changing it (the password, when
    needed, is in the URL, the target or the libpq environment)."""
    import peewee

    from desktop_app.models.engines.postgres import OfficeServerDatabase

    target = url if isinstance(url, ServerTarget) else ServerTarget.parse(url)
    place = database.server_folder(target)
    server = OfficeServerDatabase(target.dbname, **target.connect_params())
    try:
        server.connect()
    except peewee.OperationalError as err:
        text = str(err)
        if f'database "{target.dbname}" does not exist' in text:
            return Diagnosis(Finding.MISSING, place, problems=[text.strip()])
        if "password" in text.lower():
            return Diagnosis(Finding.PASSWORD, place, problems=[text.strip()])
        return Diagnosis(Finding.UNREACHABLE, place, problems=[text.strip()])
    try:
        tables = set(server.get_tables())
        if tables and "schema_migration" not in tables:
            return Diagnosis(Finding.NOT_OURS, place)
        standby, read_only = server.execute_sql(
            "SELECT pg_is_in_recovery(), current_setting('default_transaction_read_only')"
        ).fetchone()
        if standby or read_only == "on":
            return Diagnosis(Finding.READ_ONLY, place, problems=["the server is read-only"])
        if not tables:
            return Diagnosis(Finding.EMPTY, place)
        return Diagnosis(Finding.SOUND, place)
    finally:
        server.close()
