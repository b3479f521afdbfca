"""Where the application keeps its files: the data folder, the default database, logs, backups.

The data folder comes from platformdirs (never under the install folder, never roaming on
Windows because SQLite WAL and roaming profiles do not mix). `KINERJA_DATA_DIR` overrides it,
which tests and portable installs use; `--db` / `KINERJA_DB` name another database file.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop_app.version import APP_ID, ORG_NAME

DB_FILENAME = "kinerja.db"


def data_dir() -> Path:
    """The folder for the database, logs, backups and evidence files; created when missing."""
    override = os.environ.get("KINERJA_DATA_DIR")
    path = (
        Path(override) if override else platformdirs.user_data_path(APP_ID, ORG_NAME, roaming=False)
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """`KINERJA_DB` if set, else the database in the data folder."""
    env = os.environ.get("KINERJA_DB")
    return Path(env) if env else data_dir() / DB_FILENAME


def resolve_db_path(arg: str | os.PathLike[str] | None) -> Path:
    """The database named on the command line, else the default one; a `postgresql://` URL
    (here or in KINERJA_DB) gives this PC's ServerPath for that server database."""
    url = arg if arg else os.environ.get("KINERJA_DB")
    if isinstance(url, str) and url.strip().lower().startswith(("postgresql://", "postgres://")):
        from desktop_app.models.database import server_path

        return server_path(url)
    return Path(arg).expanduser().resolve() if arg else default_db_path().resolve()


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit next to the database they copy, so a copied folder keeps its history."""
    path = db_path.parent / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


PRINT_FOLDER = "Cetakan"


def print_dir_for(db_path: Path | None) -> Path:
    """Printed forms (Cetakan) sit next to the database they come from, as backups do, so an
    office that keeps its database on another disk finds its PDFs there too; without a database
    file, in the data folder. Created when missing."""
    base = db_path.parent if db_path is not None else data_dir()
    path = base / PRINT_FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The shipped resources (fonts, translations, icons), also inside a frozen bundle."""
    import sys

    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "resources"
