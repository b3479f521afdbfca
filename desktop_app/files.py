"""Writing a file so that it is either all there or as it was: every file the program writes
(PDFs, Excel and CSV exports, sync packages and receipts, keys, stored copies, database
backups) goes through here.

The bytes go to `<name>.part` in the target folder, are flushed and fsynced, the part is
renamed over the target, and the folder is fsynced where the OS allows it (not on Windows), so
a power cut or a stick pulled out mid-write leaves either the old file or the new one, never a
half file that looks complete. On any failure (an exception, a cancel) the `.part` is removed
and the exception goes on unchanged; the target stays as it was.

Imports nothing of ours: models, sync, services and printing all use it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

PART = ".part"
_CHUNK = 1 << 20


def part_of(target: Path, suffix: str = PART) -> Path:
    """The temporary file a write of `target` goes through."""
    return target.with_name(target.name + suffix)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows cannot open a folder for it."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _commit(part: Path, target: Path) -> None:
    os.replace(part, target)
    fsync_folder(target.parent)


def _remove(part: Path) -> None:
    with suppress(OSError):
        part.unlink(missing_ok=True)


@contextmanager
def atomic_path(target: str | os.PathLike[str], *, suffix: str = PART) -> Iterator[Path]:
    """The `.part` path for a writer that wants a file name (openpyxl, SQLite's backup):
    whatever the caller wrote there is fsynced and renamed over `target` when the block ends
    without an exception; a stale `.part` from an earlier crash is removed first."""
    path = Path(target)
    part = part_of(path, suffix)
    try:
        part.unlink(missing_ok=True)
        yield part
        _fsync_file(part)
        _commit(part, path)
    except BaseException:
        _remove(part)
        raise


@contextmanager
def atomic_write(
    target: str | os.PathLike[str],
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
    permissions: int = 0o666,
) -> Iterator[IO[Any]]:
    """An open stream on `<target>.part` ("wb", or "w" with an encoding); flushed, fsynced
    and renamed over `target` when the block ends without an exception. `permissions`
    (before the umask) for a secret such as a key: 0o600."""
    if mode not in ("wb", "w"):
        raise ValueError(f"atomic_write() writes a whole file: mode 'wb' or 'w', not {mode!r}")
    path = Path(target)
    part = part_of(path)
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        fd = os.open(part, flags, permissions)
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _commit(part, path)
    except BaseException:
        _remove(part)
        raise


def write_atomic(target: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` as the whole of `target` (see atomic_write)."""
    with atomic_write(target) as stream:
        stream.write(data)


def copy_atomic(
    source: str | os.PathLike[str], target: str | os.PathLike[str], *, keep_times: bool = False
) -> str:
    """Copy `source` to `target` through `.part`; returns the SHA-256 of the bytes copied.
    `keep_times`: the copy keeps the source's modification time and mode (as shutil.copy2)."""
    digest = hashlib.sha256()
    with Path(source).open("rb") as src, atomic_write(target) as dst:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            dst.write(chunk)
        if keep_times:
            dst.flush()
            shutil.copystat(source, part_of(Path(target)))
    return digest.hexdigest()
