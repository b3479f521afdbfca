"""Backups and restore: SQLite's online backup API, integrity checks, a new database_id.

Automatic backups (daily and on exit) go to `backups/` beside the database and only the last N
(setting `backup_keep`) are kept; a manual backup goes wherever the user points (a USB stick).
A restore checks the file first, keeps a copy of the current database, and gives the restored
database a new `database_id` so the central office never mistakes it for the old one.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop_app.i18n import N_
from desktop_app.models import Office, db
from desktop_app.models.database import (
    backup_to,
    close_database,
    current_path,
    open_database,
    write_transaction,
)
from desktop_app.services import settings
from desktop_app.services.errors import InputError

AUTO_PREFIX = "auto_"
DEFAULT_KEEP = 10


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
    """A consistent copy of the open database; checked before it is reported as made.

    `target` may be a folder (a file name with the date is chosen) or a file path.
    """
    db = current_path()
    if db is None:
        raise InputError(N_("backup", "No database is open."), "backup")
    if target is None:
        target = backup_folder() / f"{AUTO_PREFIX}{db.stem}_{_stamp()}.db"
    elif target.is_dir():
        target = target / f"{db.stem}_{_stamp()}.db"
    backup_to(db, target)
    problems = integrity_problems(target)
    if problems:
        target.unlink(missing_ok=True)
        raise InputError(
            N_("backup", "The backup copy could not be verified ({problem}); try another folder."),
            "backup",
            problem=problems[0],
        )
    return target


def automatic_backups() -> list[BackupInfo]:
    folder = backup_folder()
    found = []
    for path in folder.glob(f"{AUTO_PREFIX}*.db"):
        stat = path.stat()
        found.append(
            BackupInfo(path, dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC), stat.st_size)
        )
    return sorted(found, key=lambda b: b.path.name, reverse=True)


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


def backup_on_exit() -> Path:
    path = make_backup()
    prune()
    return path


def newest_good_backup(db_path: Path) -> Path | None:
    folder = db_path.parent / "backups"
    for path in sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True):
        if not integrity_problems(path):
            return path
    return None


def restore(source: Path, db_path: Path | None = None) -> Path:
    """Replace the database by `source` after checking it; returns the copy of the old one.

    The restored database gets a new database_id (design.md: a restored office never reuses
    versions the central office already saw under the old id).
    """
    db_path = db_path or current_path()
    if db_path is None:
        raise InputError(N_("backup", "No database is open."), "backup")
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
    if db_path.exists():
        if integrity_problems(db_path):
            safety.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(db_path, safety)  # a damaged file cannot go through the backup API
        else:
            backup_to(db_path, safety)
    part = db_path.with_name(db_path.name + ".restore.part")
    backup_to(source, part)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    part.replace(db_path)
    open_database(db_path)
    with write_transaction():
        office = Office.get_or_none(Office.is_self == True)
        if office is not None:
            office.database_id = uuid.uuid4()
            office.save()
    return safety
