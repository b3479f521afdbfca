"""The one atomic write (desktop_app/files.py): a failure anywhere leaves the old file and no
`.part`; success puts the new file in place by a rename, never by writing over the old one."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from desktop_app import files


class Planted(Exception):
    """An exception planted midway through a write."""


@pytest.fixture
def old(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old contents")
    return path


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_success_replaces_by_rename(old):
    inode = old.stat().st_ino
    with files.atomic_write(old) as stream:
        stream.write(b"new ")
        assert old.read_bytes() == b"old contents"  # untouched while the new one is written
        part = files.part_of(old)
        assert part.exists()
        part_inode = part.stat().st_ino
        stream.write(b"contents")
    assert old.read_bytes() == b"new contents"
    assert _leftovers(old.parent) == []
    if os.name != "nt":
        assert old.stat().st_ino == part_inode != inode  # the .part was renamed over it


def test_a_failure_midway_leaves_the_old_file_and_no_part(old):
    with pytest.raises(Planted), files.atomic_write(old) as stream:
        stream.write(b"half of the new")
        raise Planted
    assert old.read_bytes() == b"old contents"
    assert _leftovers(old.parent) == []


def test_a_new_file_that_fails_is_not_created(tmp_path):
    target = tmp_path / "new.kpkg"
    with pytest.raises(Planted), files.atomic_write(target) as stream:
        stream.write(b"x")
        raise Planted
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_failing_fsync_or_rename_leaves_the_old_file(old, monkeypatch, step):
    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, step, fail)
    with pytest.raises(OSError, match="No space left"):
        files.write_atomic(old, b"new contents")
    monkeypatch.undo()
    assert old.read_bytes() == b"old contents"
    assert _leftovers(old.parent) == []


def test_the_folder_is_synced_after_the_rename(old, monkeypatch):
    synced = []
    monkeypatch.setattr(files, "fsync_folder", lambda folder: synced.append(folder))
    files.write_atomic(old, b"new")
    assert synced == [old.parent]


def test_text_mode_and_permissions(tmp_path):
    key = tmp_path / "central.key"
    with files.atomic_write(key, "w", encoding="ascii", permissions=0o600) as stream:
        stream.write("AGE-SECRET-KEY\n")
    assert key.read_text(encoding="ascii") == "AGE-SECRET-KEY\n"
    if os.name != "nt":
        assert stat.S_IMODE(key.stat().st_mode) & 0o077 == 0
    with pytest.raises(ValueError), files.atomic_write(key, "ab"):
        pass


def test_atomic_path_for_writers_that_want_a_name(old):
    stale = files.part_of(old)
    stale.write_bytes(b"left by a crash")
    with files.atomic_path(old) as part:
        assert not part.exists()  # the stale part is gone
        part.write_bytes(b"written by openpyxl")
    assert old.read_bytes() == b"written by openpyxl"
    with pytest.raises(Planted), files.atomic_path(old) as part:
        part.write_bytes(b"half")
        raise Planted
    assert old.read_bytes() == b"written by openpyxl"
    assert _leftovers(old.parent) == []


def test_atomic_path_with_its_own_suffix(old):
    with files.atomic_path(old, suffix=".restore.part") as part:
        assert part.name == "report.pdf.restore.part"
        part.write_bytes(b"restored")
    assert old.read_bytes() == b"restored"
    assert _leftovers(old.parent) == []


def test_copy_returns_the_hash_and_can_keep_the_times(tmp_path, old):
    os.utime(old, (1_600_000_000, 1_600_000_000))
    copy = tmp_path / "copy.pdf"
    assert files.copy_atomic(old, copy) == hashlib.sha256(b"old contents").hexdigest()
    assert copy.read_bytes() == b"old contents"
    kept = tmp_path / "kept.pdf"
    files.copy_atomic(old, kept, keep_times=True)
    assert kept.stat().st_mtime == pytest.approx(1_600_000_000)
    with pytest.raises(FileNotFoundError):
        files.copy_atomic(tmp_path / "missing", copy)
    assert copy.read_bytes() == b"old contents"
    assert _leftovers(tmp_path) == []
