"""Where the program puts the PDFs it prints for the screens: one print folder (Cetakan) beside
the open database, so `--db` on another disk keeps its forms there and never in the data
folder."""

from __future__ import annotations

from pathlib import Path

from desktop_app import paths
from desktop_app.models import database


def print_folder() -> Path:
    """The print folder of the open database (created when missing)."""
    return paths.print_dir_for(database.current_path())
