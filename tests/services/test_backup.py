"""Backups and restore round trips, the audit CLI, and the network-drive refusal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.errors import InputError
from desktop_app.models import Office, Unit
from desktop_app.models.database import is_network_path, open_database
from desktop_app.services import backup
from desktop_app.services.register import units


def test_backup_and_restore_round_trip_with_new_database_id(db_path, office, tmp_path):
    units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    old_id = Office.get(Office.is_self == True).database_id
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = backup.make_backup(stick)
    assert copy.parent == stick and backup.integrity_problems(copy) == []
    units.save_unit(units.UnitInput("B", "Dinas B", "DINAS"))
    assert Unit.select().count() == 2
    safety = backup.restore(copy, db_path)
    assert safety.exists()
    assert [u.code for u in Unit.select()] == ["A"]
    assert Office.get(Office.is_self == True).database_id != old_id
    with sqlite3.connect(safety) as con:
        assert con.execute("SELECT count(*) FROM unit").fetchone() == (2,)


def test_restore_refuses_a_damaged_file(db_path, office, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    with pytest.raises(InputError, match="cannot be restored"):
        backup.restore(bad, db_path)
    assert Unit.select().count() == 1


def test_automatic_backups_keep_the_last_n(db_path, office):
    made = [backup.make_backup() for _ in range(4)]
    assert all(p.name.startswith("auto_") for p in made)
    removed = backup.prune(keep=2)
    assert len(removed) == 2 and len(backup.automatic_backups()) == 2
    assert backup.backup_if_due() is None  # the newest is fresh


def test_cli_backup_restore_and_audit_verify(tmp_path, capsys):
    db = tmp_path / "office.db"
    assert cli.run(["office", "init", "--code", "K1", "--name", "Kantor", "--db", str(db)]) == 0
    out = tmp_path / "copy.db"
    assert cli.run(["backup", "--out", str(out), "--db", str(db)]) == 0
    assert out.exists()
    assert cli.run(["audit", "verify", "--db", str(db)]) == 0
    assert "intact" in capsys.readouterr().out
    con = sqlite3.connect(db)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET actor = 'someone-else' WHERE id = 1")
    con.commit()
    con.close()
    assert cli.run(["audit", "verify", "--db", str(db)]) == 1
    assert "entry 1" in capsys.readouterr().err
    assert cli.run(["restore", str(out), "--db", str(db)]) == 0
    assert cli.run(["audit", "verify", "--db", str(db)]) == 0


def test_cli_user_add_reads_password_from_stdin(tmp_path, monkeypatch, capsys):
    import io

    db = tmp_path / "office.db"
    cli.run(["office", "init", "--code", "K1", "--name", "Kantor", "--db", str(db)])
    monkeypatch.setattr("sys.stdin", io.StringIO("Rahasia2026x\n"))
    assert cli.run(["user", "add", "--username", "admin", "--role", "admin", "--db", str(db)]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("weak\n"))
    assert cli.run(["user", "add", "--username", "x2", "--role", "hr", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "too weak" in err


def test_network_paths_detected(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("server:/share /mnt/kantor nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n")
    assert is_network_path(Path("/mnt/kantor/kinerja.db"), mounts)
    assert not is_network_path(Path("/home/hr/kinerja.db"), mounts)
    assert is_network_path(Path("//server/share/kinerja.db"), mounts)


def test_backups_of_two_databases_in_one_folder_do_not_mix(tmp_path):
    from desktop_app.models.database import close_database, open_database
    from desktop_app.services import office

    a, b = tmp_path / "kantor.db", tmp_path / "kantor-baru.db"
    open_database(a)
    office.init_office("AAA01", "Kantor A")
    backup.make_backup()
    open_database(b)
    office.init_office("BBB01", "Kantor B")
    assert backup.automatic_backups() == []  # A's backup is not B's
    made_b = backup.backup_if_due()
    assert made_b is not None and made_b.name.startswith("auto_kantor-baru_")
    assert backup.prune(keep=1) == []
    assert len(list((tmp_path / "backups").glob("auto_kantor_*"))) == 1  # A's kept
    close_database()
    assert backup.newest_good_backup(a).name.startswith("auto_kantor_2")
    assert backup.newest_good_backup(b) == made_b


def test_restore_refuses_a_backup_from_a_newer_version_before_touching_anything(
    db_path, office, tmp_path
):
    units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    newer = backup.make_backup(tmp_path)
    with sqlite3.connect(newer) as con:
        con.execute(
            "INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01')"
        )
    before = db_path.read_bytes()
    with pytest.raises(InputError, match="newer version"):
        backup.restore(newer, db_path)
    assert Unit.select().count() == 1
    assert db_path.read_bytes() == before


_KILL_CHILD = r"""
import os, sys
from pathlib import Path
from desktop_app import cli
from desktop_app.services import backup

kill_at, count = int(sys.argv[3]), [0]

def event(real):
    def wrapped(*args, **kwargs):
        result = real(*args, **kwargs)
        count[0] += 1
        if count[0] == kill_at:
            os._exit(77)  # the power cut: no clean-up, no finally
        return result
    return wrapped

os.replace, os.unlink, os.fsync = event(os.replace), event(os.unlink), event(os.fsync)
if hasattr(backup, "_step"):
    backup._step = event(backup._step)
sys.exit(cli.run(["restore", sys.argv[1], "--db", sys.argv[2]]))
"""


def _state(path: Path) -> tuple[list[str], str]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        codes = [r[0] for r in con.execute("SELECT code FROM unit ORDER BY code")]
        (database_id,) = con.execute("SELECT database_id FROM office WHERE is_self = 1").fetchone()
    finally:
        con.close()
    return codes, database_id


def test_a_kill_at_every_step_of_a_restore_leaves_old_or_restored_with_its_new_id(
    db_path, office, tmp_path
):
    """Issue 17: the new database_id was written after the swap; a kill between the two
    left the restored database with the old id (and its later changes counted unchanged)."""
    import os
    import subprocess
    import sys

    from desktop_app.models.database import close_database

    units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    (tmp_path / "stick").mkdir()
    copy = backup.make_backup(tmp_path / "stick")
    units.save_unit(units.UnitInput("B", "Dinas B", "DINAS"))
    close_database()
    old = _state(db_path)
    assert old[0] == ["A", "B"]
    template = db_path.read_bytes()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    seen = set()
    for kill_at in range(1, 200):
        folder = tmp_path / f"run{kill_at}"
        folder.mkdir()
        target = folder / "kinerja.db"
        target.write_bytes(template)
        done = subprocess.run(
            [sys.executable, "-c", _KILL_CHILD, str(copy), str(target), str(kill_at)],
            env=env,
            capture_output=True,
            text=True,
        )
        codes, database_id = _state(target)
        if codes == ["A", "B"]:
            assert database_id == old[1], f"killed at event {kill_at}"
            seen.add("old")
        else:
            assert codes == ["A"], f"killed at event {kill_at}"
            assert database_id != old[1], f"restored with the old id (killed at {kill_at})"
            seen.add("restored")
        assert list((folder / "backups").glob("before-restore_*")) or codes == ["A", "B"]
        if done.returncode != 77:
            assert done.returncode == 0, done.stderr
            break
    assert seen == {"old", "restored"} and kill_at > 5, kill_at


def test_the_start_up_diagnosis_tells_every_kind_of_file_apart(db_path, office, tmp_path):
    """Issue 17: only proven damage (or an empty/headerless file with backups) may be
    repaired; a locked file is healthy and newer than any backup."""
    from desktop_app.models.database import close_database
    from desktop_app.services.database_check import Finding, diagnose

    good = backup.make_backup()
    close_database()
    folder = db_path.parent

    def found(path: Path) -> tuple[Finding, bool]:
        result = diagnose(path, lock_wait_s=0.2)
        return result.finding, result.offers_restore

    assert found(db_path) == (Finding.SOUND, False)
    assert found(folder / "nothing.db") == (Finding.MISSING, False)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert found(db_path) == (Finding.LOCKED, False)
    finally:
        holder.close()
    other = folder / "other.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE notes (text)")
    assert found(other) == (Finding.NOT_OURS, False)
    lonely = folder / "lonely.db"  # no backups of its own
    lonely.write_bytes(b"")
    assert found(lonely) == (Finding.EMPTY, False)
    lonely.write_bytes(b"PK\x03\x04" + b"\x00" * 2000)
    assert found(lonely) == (Finding.HEADERLESS, False)
    template = db_path.read_bytes()
    db_path.write_bytes(b"")
    assert found(db_path) == (Finding.EMPTY, True)
    assert diagnose(db_path).backup == good
    db_path.write_bytes(b"X" + template[1:])
    assert found(db_path) == (Finding.HEADERLESS, True)
    damaged = bytearray(template)
    damaged[16:18] = b"\x00\x03"  # the page size: SQLite cannot read the file
    db_path.write_bytes(bytes(damaged))
    assert found(db_path) == (Finding.DAMAGED, True)
    db_path.write_bytes(template)
    open_database(db_path)  # the fixture closes it
