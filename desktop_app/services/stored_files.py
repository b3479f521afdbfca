"""Files the application keeps a copy of in its data folder: evaluation evidence (bukti dukung)
and development certificates. Each copy is written through `<name>.part` (flushed to disk, then
renamed), its SHA-256 recorded with the record, and its path stored relative to the data folder
so that a copied data folder keeps working. No Qt, no database; the services that own the
records add their own checks and messages.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from desktop_app import paths
from desktop_app.errors import InputError
from desktop_app.files import copy_atomic
from desktop_app.i18n import N_

_CHUNK = 1 << 20
EVIDENCE = "evidence"  # bukti dukung: evidence/<evaluation uid>/<file>
CERTIFICATES = "certificates"  # sertifikat: certificates/<activity uid>/<file>


def copy_with_hash(source: Path, target: Path) -> str:
    """Copy `source` to `target` through `target.part` (fsync, then rename), returning the
    sha256; on any failure nothing is left at `target` or `target.part`."""
    return copy_atomic(source, target)


def safe_name(name: str, fallback: str = "file") -> str:
    """A file name that is safe on every system: letters, digits, '.', '-' and '_' only."""
    stem = re.sub(r"[^\w.\-]+", "_", name, flags=re.ASCII).strip("._") or fallback
    return stem[:120]


def store_copy(source: Path, folder: str, prefix: str, fallback: str = "file") -> tuple[Path, str]:
    """Copy `source` into `<data folder>/<folder>/` as `<prefix>-<safe name>` (numbered when
    that name is taken). Returns (the stored file, its sha256). Raises OSError when the copy
    fails, leaving nothing behind."""
    directory = paths.data_dir() / folder
    name = safe_name(source.name, fallback)
    target = directory / f"{prefix}-{name}"
    n = 1
    while target.exists():
        n += 1
        target = directory / f"{prefix}-{n}-{name}"
    directory.mkdir(parents=True, exist_ok=True)
    return target, copy_with_hash(source, target)


def relative(path: Path) -> str:
    """The stored form of a file in the data folder: its path relative to it, with '/'."""
    return path.relative_to(paths.data_dir()).as_posix()


def data_file(relative_path: str, folder: str) -> Path:
    """The file a stored relative path names, which must lie inside `<data folder>/<folder>`
    (a path that came in a package may be `/etc/passwd` or `../../..`: it is refused, never
    handed to the system viewer)."""
    found = confined(relative_path, folder)
    if found is None:
        raise InputError(
            N_(
                "services",
                "The stored file {name} lies outside its folder {folder}: it is not opened.",
            ),
            name=str(relative_path)[:120],
            folder=folder,
        )
    return found


def confined(relative_path: str, folder: str) -> Path | None:
    """`<data folder>/<relative_path>` resolved, or None when it leaves `<data>/<folder>`."""
    if not relative_path or "\x00" in relative_path:
        return None
    base = (paths.data_dir() / folder).resolve()
    try:
        target = (paths.data_dir() / relative_path).resolve()
    except (OSError, ValueError, RuntimeError):
        return None
    return target if target != base and target.is_relative_to(base) else None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def intact(relative_path: str, sha256: str | None, folder: str) -> bool:
    """Is the stored file still there, inside `<data>/<folder>`, with the content it had when
    it was copied in?"""
    path = confined(relative_path, folder)
    if sha256 is None or path is None or not path.is_file():
        return False
    return sha256_of(path) == sha256
