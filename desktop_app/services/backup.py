"""Backups and restore: SQLite's online backup API, integrity checks, a new database_id.

Automatic backups (daily and on exit) go to `backups/` beside the database and only the last N
(setting `backup_keep`) are kept; a manual backup goes wherever the user points (a USB stick).
A restore checks the file first, keeps a copy of the current database, and gives the restored
database a new `database_id` so the central office never mistakes it for the old one.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import InputError
from desktop_app.files import atomic_path, copy_atomic, part_of
from desktop_app.i18n import N_
from desktop_app.models import Office, db
from desktop_app.models.database import (
    backup_to,
    close_database,
    current_path,
    is_server,
    latest_schema_version,
    open_database,
    write_transaction,
)
from desktop_app.services import backup_seal, settings
from desktop_app.services.session import Action, require

AUTO_PREFIX = "auto_"
DEFAULT_KEEP = 10
UNSEALED_WARNING = N_(
    "backup",
    "This backup is NOT sealed: it holds the office signing key and the password hashes in "
    "the clear. An administrator can create the backup key (Settings > Office identity, or "
    "`office backup-key`), after which backups are sealed.",
)
log = logging.getLogger(__name__)


class PassphraseNeeded(InputError):
    """The backup is sealed: restoring it needs the backup passphrase (or recovery key)."""

    def __init__(self, name: str) -> None:
        super().__init__(
            N_("backup", "{file} is sealed: type the backup passphrase to restore it."),
            "backup",
            file=name,
        )


@dataclass(frozen=True)
class BackupResult:
    """A backup written: `warning` (English source text, N_) when it left the database's
    folder unsealed because the office has no backup key yet."""

    path: Path
    sealed: bool
    warning: str = ""
    size: int = 0  # bytes of the backup file (a sealed one is compressed)
    database_size: int = 0  # bytes of the database it copies, to compare


def _result(path: Path, sealed: bool, database: Path, warning: str = "") -> BackupResult:
    size = path.stat().st_size if path.exists() else 0
    wal = database.with_name(database.name + "-wal")
    if is_server():  # the server's own size of the database
        whole = int(db.execute_sql("SELECT pg_database_size(current_database())").fetchone()[0])
    else:
        whole = database.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    return BackupResult(path, sealed, warning, size, whole)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def integrity_problems(path: Path) -> list[str]:
    """Empty when `path` is a sound Kinerja Luring database; else what is wrong, in words."""
    if not path.exists():
        return [f"{path} does not exist"]
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                return result[:10]
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "schema_migration" not in tables or "office" not in tables:
                return [f"{path.name} is not a Kinerja Luring database"]
            names = [r[0] for r in con.execute("SELECT name FROM schema_migration")]
            found = max((int(m.group()) for n in names if (m := re.match(r"\d+", n))), default=0)
            if found > latest_schema_version():
                return [f"{path.name} was written by a newer version of Kinerja Luring"]
        finally:
            con.close()
    except sqlite3.DatabaseError as err:
        return [str(err)]
    return []


def quick_check() -> list[str]:
    """SQLite's quick_check of the open database: empty when sound (run at every start)."""
    rows = [r[0] for r in db.execute_sql("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows[:10]


def backup_folder() -> Path:
    db = current_path()
    if db is None:
        raise InputError(N_("backup", "No database is open."), "backup")
    folder = db.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def make_backup(target: Path | None = None) -> Path:
    """The file `write_backup` made (see there)."""
    return write_backup(target).path


def write_backup(target: Path | None = None) -> BackupResult:
    """A consistent copy of the open database; checked before it is reported as made.

    `target` may be a folder (a file name with the date is chosen) or a file path; None is
    the automatic backup beside the database. A copy elsewhere holds everything (the office
    signing key, password hashes), so only an administrator may make one, and it is sealed
    to the office's backup key (`backup_seal`, name ending in .age); so are the automatic
    ones when the office chose it. No passphrase is needed to write.
    """
    if target is not None:
        require(Action.BACKUP)
    db = current_path()
    if db is None:
        raise InputError(N_("backup", "No database is open."), "backup")
    has_key = backup_seal.recipient() is not None
    sealed = has_key if target is not None else backup_seal.seal_daily()
    suffix = _suffix()
    if target is None:
        target = backup_folder() / f"{AUTO_PREFIX}{db.stem}_{_stamp()}{suffix}"
    elif target.is_dir():
        target = target / f"{db.stem}_{_stamp()}{suffix}"
    final = target
    if sealed:
        final = (
            target
            if target.name.endswith(backup_seal.SUFFIX)
            else target.with_name(target.name + backup_seal.SUFFIX)
        )
        target = backup_folder() / f".sealing_{db.stem}_{_stamp()}{suffix}"
    try:
        if is_server():  # PostgreSQL mode: pg_dump -Fc, read back by pg_restore
            from desktop_app.services import backup_server

            backup_server.dump(target)
            problems = backup_server.problems(target)
        else:
            backup_to(db, target)
            problems = integrity_problems(target)
        if problems:
            target.unlink(missing_ok=True)
            raise InputError(
                N_(
                    "backup",
                    "The backup copy could not be verified ({problem}); try another folder.",
                ),
                "backup",
                problem=problems[0],
            )
        if sealed:
            backup_seal.seal(target, final)
    finally:
        if sealed:
            target.unlink(missing_ok=True)  # the plain copy never outlives the sealing
    if not sealed and final.parent != backup_folder():
        log.warning("backup %s is not sealed: the office has no backup key yet", final)
        return _result(final, False, db, UNSEALED_WARNING)
    return _result(final, sealed, db)


def _backup_pattern(stem: str, *, automatic_only: bool) -> re.Pattern[str]:
    """Backup file names of the database called `stem` (several databases may share a
    folder, and so a backups/ folder)."""
    kinds = re.escape(AUTO_PREFIX) if automatic_only else r"(?:auto_|before-restore_)?"
    version = "" if automatic_only else r"(?:_v\d+)?"
    suffix = re.escape(_suffix())
    return re.compile(rf"^{kinds}{re.escape(stem)}{version}_\d{{8}}T\d+Z{suffix}(?:\.age)?$")


def _suffix() -> str:
    """A backup file's extension: `.db` (SQLite), `.pgdump` (pg_dump of a server database)."""
    return ".pgdump" if is_server() else ".db"


def automatic_backups() -> list[BackupInfo]:
    """The automatic backups of the open database, newest first."""
    folder = backup_folder()
    db = current_path()
    assert db is not None
    pattern = _backup_pattern(db.stem, automatic_only=True)
    found = []
    for path in folder.glob(f"{AUTO_PREFIX}*"):
        if not pattern.match(path.name):
            continue
        stat = path.stat()
        found.append(
            BackupInfo(path, dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC), stat.st_size)
        )
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def prune(keep: int | None = None) -> list[Path]:
    keep = keep if keep is not None else int(settings.get("backup_keep") or DEFAULT_KEEP)
    removed = []
    for old in automatic_backups()[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def backup_if_due(max_age: dt.timedelta = dt.timedelta(days=1)) -> Path | None:
    """The daily automatic backup: made when the newest one is older than `max_age`."""
    newest = automatic_backups()
    if newest and dt.datetime.now(dt.UTC) - newest[0].created < max_age:
        return None
    path = make_backup()
    prune()
    return path


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest sound backup of this database (by its name) in its backups folder."""
    folder = db_path.parent / "backups"
    pattern = _backup_pattern(db_path.stem, automatic_only=False)
    candidates = [p for p in folder.glob("*.db") if pattern.match(p.name)]
    for path in sorted(candidates, key=lambda p: p.stat().st_mtime, reverse=True):
        if not integrity_problems(path):
            return path
    return None


def _step(name: str) -> None:
    """A named point between the steps of a restore (the crash tests stop the process here)."""


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def _keep_current(db_path: Path, safety: Path) -> None:
    """Keep the current database beside the backups before it is replaced (never deleted).

    A sound file is checkpointed (its WAL emptied into it) and copied with the backup API; a
    damaged one is copied byte for byte together with its WAL, which may hold the last changes.
    """
    safety.parent.mkdir(parents=True, exist_ok=True)
    if integrity_problems(db_path):
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            copy_atomic(wal, safety.with_name(safety.name + "-wal"), keep_times=True)
        copy_atomic(db_path, safety, keep_times=True)  # a damaged file: no backup API
        return
    con = sqlite3.connect(str(db_path))
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    backup_to(db_path, safety)


def _renew_identity(part: Path) -> None:
    """Give the restored copy its new database_id while it is still a `.part` file, so the
    file that replaces the database already carries it (design.md: a restored office never
    reuses versions the central office already saw under the old id). Older backups are
    upgraded here too."""
    open_database(part, backup_before_upgrade=False)
    try:
        with write_transaction():
            office = Office.get_or_none(Office.is_self == True)
            if office is not None:
                office.database_id = uuid.uuid4()
                office.save()
    finally:
        close_database()


def restore(source: Path, db_path: Path | None = None, passphrase: str | None = None) -> Path:
    """Replace the database by `source` after checking it; returns the copy of the old one.

    One atomic step: the backup is copied to `<db>.restore.part`, given its new database_id
    there, and only then renamed over the database. A crash at any moment leaves either the
    old database or the restored one with its new id; the old one is always kept in backups/.
    A sealed backup is first opened with `passphrase` (or the recovery key; PassphraseNeeded
    when None) into a file beside the database, restored from there and that file removed.
    """
    require(Action.BACKUP)
    db_path = db_path or current_path()
    if db_path is None:
        raise InputError(N_("backup", "No database is open."), "backup")
    if backup_seal.is_sealed(source):
        if passphrase is None:
            raise PassphraseNeeded(source.name)
        plain = db_path.parent / f".unsealed_{db_path.stem}_{_stamp()}.db"
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            backup_seal.unseal(source, passphrase, plain)
            return restore(plain, db_path)
        finally:
            plain.unlink(missing_ok=True)
    problems = integrity_problems(source)
    if problems:
        raise InputError(
            N_("backup", "{file} cannot be restored: {problem}. Nothing was changed."),
            "backup",
            file=source.name,
            problem=problems[0],
        )
    db_path.parent.mkdir(parents=True, exist_ok=True)
    safety = db_path.parent / "backups" / f"before-restore_{db_path.stem}_{_stamp()}.db"
    close_database()
    _step("checked")
    if db_path.exists():
        _keep_current(db_path, safety)
    _step("kept")
    part = part_of(db_path, ".restore.part")
    for stale in (part, *_sidecars(part)):  # a crash earlier may have left them
        stale.unlink(missing_ok=True)
    swapped = False
    try:
        with atomic_path(db_path, suffix=".restore.part") as part:
            backup_to(source, part)
            _step("copied")
            _renew_identity(part)
            for leftover in _sidecars(part):
                leftover.unlink(missing_ok=True)
            _step("renewed")
            for old in _sidecars(db_path):  # emptied by the checkpoint above
                old.unlink(missing_ok=True)
            _step("swapping")
        swapped = True
        _step("swapped")
        open_database(db_path)
    except Exception as err:  # the database as it was, then say why
        close_database()
        if swapped and safety.exists():
            _put_back(safety, db_path)
        elif db_path.exists() and not integrity_problems(db_path):
            open_database(db_path)  # untouched: the swap never happened
        raise InputError(
            N_("backup", "{file} cannot be restored: {problem}. Nothing was changed."),
            "backup",
            file=source.name,
            problem=str(err),
        ) from err
    return safety


def _put_back(safety: Path, db_path: Path) -> None:
    """Return the database to the copy taken before a failed restore (reopened if sound)."""
    for sidecar in _sidecars(db_path):
        sidecar.unlink(missing_ok=True)
    copy_atomic(safety, db_path, keep_times=True)
    if not integrity_problems(db_path):
        open_database(db_path)
