"""Issue 17, start-up attacks: a database file that is locked, read-only, empty, headerless,
missing or mistyped is told apart from a damaged one (only damage is repaired, and a repair
keeps the current file); read-only commands and refusals leave the file byte-identical."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.models import Unit, db
from desktop_app.models import database as database_module
from desktop_app.models.database import DiskFullError, close_database, open_database
from desktop_app.services import auth, backup, session
from desktop_app.services import office as office_service
from desktop_app.services.register import units
from desktop_app.views import controller as controller_module
from desktop_app.views.controller import AppController


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shown(monkeypatch) -> dict[str, list[str]]:
    """The warnings and questions of the start-up (every question answered Yes)."""
    seen: dict[str, list[str]] = {"warn": [], "confirm": []}
    messages = controller_module.messages
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: seen["warn"].append(text))
    monkeypatch.setattr(messages, "info", lambda *a: None)
    monkeypatch.setattr(
        messages, "confirm", lambda parent, title, text: seen["confirm"].append(text) or True
    )
    return seen


@pytest.fixture
def kantor(tmp_path, admin_password) -> tuple[Path, Path]:
    """A healthy office database with one unit and a good automatic backup; closed."""
    path = tmp_path / "kantor" / "kantor.db"
    path.parent.mkdir()
    open_database(path)
    office_service.init_office("TST01", "Dinas Uji Coba")
    auth.create_user("admin", admin_password, "admin")
    units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    good = backup.make_backup()
    units.save_unit(units.UnitInput("B", "Dinas B", "DINAS"))  # newer than the backup
    close_database()
    return path, good


def _units(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT code FROM unit ORDER BY code")]
    finally:
        con.close()


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """The file cannot be written: immutable for root (who ignores permissions), else mode 444."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("chattr +i is not available here")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


# the GUI start-up ---------------------------------------------------------------------------
def test_a_locked_database_is_reported_as_locked_and_never_restored(
    qapp, kantor, shown, monkeypatch
):
    path, _ = kantor
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.3)  # the old code waited 10 s
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        before = _sha(path)
        assert not AppController(qapp, path, "en").start()
        assert shown["confirm"] == []  # no "Damaged database ... restore?"
        assert len(shown["warn"]) == 1 and "held by another program" in shown["warn"][0]
        assert "not damaged" in shown["warn"][0]
        assert _sha(path) == before
    finally:
        holder.rollback()
        holder.close()
    assert _units(path) == ["A", "B"]


def test_a_read_only_database_names_the_file_and_is_never_restored(qapp, kantor, shown):
    path, _ = kantor
    before = _sha(path)
    with _read_only(path):
        assert not AppController(qapp, path, "en").start()
    assert shown["confirm"] == []
    assert len(shown["warn"]) == 1 and "cannot write to " + str(path) in shown["warn"][0]
    assert _sha(path) == before and _units(path) == ["A", "B"]


def test_an_empty_file_with_a_backup_offers_the_newest_good_one_and_keeps_the_file(
    qapp, kantor, shown, answer_dialogs, qtbot
):
    path, good = kantor
    path.write_bytes(b"")
    controller = AppController(qapp, path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert len(shown["confirm"]) == 1 and "empty (0 bytes)" in shown["confirm"][0]
    assert good.name in shown["confirm"][0]
    assert [u.code for u in Unit.select()] == ["A"]
    kept = list((path.parent / "backups").glob("before-restore_*"))
    assert [k.stat().st_size for k in kept] == [0]  # the current file kept, not deleted
    close_database()


def test_a_flipped_header_bit_offers_the_backup(qapp, kantor, shown, answer_dialogs, qtbot):
    path, good = kantor
    data = bytearray(path.read_bytes())
    data[3] ^= 0x01  # "SQLite format 3" -> "SQLhte format 3"
    path.write_bytes(bytes(data))
    controller = AppController(qapp, path, "en")
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert shown["warn"] == []  # not "not a Kinerja Luring database"
    assert len(shown["confirm"]) == 1 and good.name in shown["confirm"][0]
    kept = list((path.parent / "backups").glob("before-restore_*"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)
    close_database()


def test_a_headerless_file_without_backups_is_refused_unchanged(qapp, tmp_path, shown):
    path = tmp_path / "letter.db"
    path.write_bytes(b"Dear sir, " * 500)
    assert not AppController(qapp, path, "en").start()
    assert shown["confirm"] == []
    assert "not a Kinerja Luring database" in shown["warn"][0]
    assert path.read_bytes() == b"Dear sir, " * 500


def test_a_named_database_that_does_not_exist_is_a_clear_message(qapp, tmp_path, shown):
    typo = tmp_path / "kantr.db"
    assert not AppController(qapp, typo, "en", named=True).start()
    assert shown["confirm"] == []
    assert "no database at " + str(typo) in shown["warn"][0]
    assert not typo.exists()


def test_the_gui_passes_a_db_argument_as_a_named_database(qapp, tmp_path, monkeypatch):
    """main.py --db with a typing mistake reaches the controller as a named database."""
    from desktop_app import app as app_module

    made = {}

    class Controller:
        handed_over = False

        def __init__(self, app, path, lang, *, named=False):
            made.update(path=path, named=named)

        def start(self):
            return False

    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(controller_module, "AppController", Controller)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    args = app_module._gui_args(["--db", str(tmp_path / "kantr.db")])
    try:
        assert app_module.run_gui(args) == 1
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert made == {"path": tmp_path / "kantr.db", "named": True}


def test_first_start_on_the_default_location_still_creates_the_database(
    qapp, tmp_path, shown, answer_dialogs
):
    path = tmp_path / "kinerja.db"  # the data folder exists (paths.data_dir makes it)
    answer_dialogs.handlers["FirstRunDialog"] = lambda dialog: False  # set-up cancelled
    assert not AppController(qapp, path, "en").start()
    assert shown["warn"] == []
    assert answer_dialogs.shown == ["FirstRunDialog"]
    assert path.exists()
    close_database()


def test_a_folder_that_cannot_be_written_is_named_not_called_in_use(qapp, kantor, shown):
    path, _ = kantor
    with _read_only(path.parent):  # the lock file cannot be made there
        assert not AppController(qapp, path, "en").start()
    assert shown["confirm"] == []
    assert len(shown["warn"]) == 1 and "cannot write to " + str(path.parent) in shown["warn"][0]
    assert "already open" not in shown["warn"][0]


# the command line ---------------------------------------------------------------------------
def test_read_only_commands_and_a_refused_import_leave_the_file_byte_identical(tmp_path, capsys):
    office = tmp_path / "office.db"
    central = tmp_path / "central.db"
    assert cli.run(["office", "init", "--code", "K1", "--name", "Kantor", "--db", str(office)]) == 0
    assert cli.run(["hq", "init", "--name", "BKPSDM", "--db", str(central)]) == 0
    close_database()
    bad = tmp_path / "K1_000001.klpkg"
    bad.write_bytes(b"age-encryption.org/v1\n" + os.urandom(300))
    for command, path, code in (
        (["audit", "verify"], office, 0),
        (["office", "key"], office, 0),
        (["import", str(bad)], central, 2),
    ):
        before = _sha(path)
        assert cli.run([*command, "--db", str(path)]) == code, capsys.readouterr().err
        close_database()
        assert _sha(path) == before, command
    with _read_only(office):  # and so they work on a file that cannot be written
        assert cli.run(["audit", "verify", "--db", str(office)]) == 0
        assert cli.run(["office", "key", "--db", str(office)]) == 0
        close_database()


def test_db_must_name_an_existing_database_except_for_the_commands_that_make_one(tmp_path, capsys):
    typo = tmp_path / "offcie.db"
    for command in (["audit", "verify"], ["office", "key"], ["backup", "--out", str(tmp_path)]):
        assert cli.run([*command, "--db", str(typo)]) == 2
        assert "no database at" in capsys.readouterr().err
        assert not typo.exists()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert cli.run(["audit", "verify", "--db", str(empty)]) == 2
    assert "empty (0 bytes)" in capsys.readouterr().err and empty.read_bytes() == b""
    for n, command in enumerate(
        (["office", "init", "--code", "K1", "--name", "Kantor"], ["hq", "init", "--name", "BKP"])
    ):
        made = tmp_path / f"new{n}.db"
        assert cli.run([*command, "--db", str(made)]) == 0 and made.exists()
        close_database()


def test_backup_out_refuses_a_missing_folder(tmp_path, capsys):
    office = tmp_path / "office.db"
    assert cli.run(["office", "init", "--code", "K1", "--name", "Kantor", "--db", str(office)]) == 0
    missing = tmp_path / "no" / "such" / "copy.db"
    assert cli.run(["backup", "--out", str(missing), "--db", str(office)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()
    close_database()


def test_disk_full_during_an_import_says_disk_full(tmp_path):
    from desktop_app.services.sync import central as sync_central
    from desktop_app.services.sync import office as sync_office

    office, central = tmp_path / "office.db", tmp_path / "central.db"
    open_database(central)
    recipient = sync_central.hq_init("BKPSDM").age_recipient
    hq_fingerprint = sync_central.hq_key()[1]
    close_database()
    open_database(office)
    info = office_service.init_office("K1", "Kantor")
    sync_office.set_hq_key(recipient, hq_fingerprint)
    for n in range(30):
        units.save_unit(units.UnitInput(f"U{n}", f"Unit {n} " + "x" * 150, "DINAS"))
    package = sync_office.export_package(tmp_path).path
    close_database()
    open_database(central)
    session.sign_in_as(None)
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # a disk with no room left
    before = db.execute_sql("SELECT count(*) FROM sync_import").fetchone()
    with pytest.raises(DiskFullError, match="disk is full") as caught:
        sync_central.import_package(package, trust={"K1": info.fingerprint})
    assert "cannot rollback" not in str(caught.value)
    assert "keeps everything saved before it" in str(caught.value)
    assert db.execute_sql("SELECT count(*) FROM sync_import").fetchone() == before
    close_database()


# the write lock of a WAL database held by another program ----------------------------------
def _files_sha(path: Path) -> dict[str, str | None]:
    """The database file and its WAL, byte for byte."""
    wal = path.with_name(path.name + "-wal")
    return {p.name: (_sha(p) if p.exists() else None) for p in (path, wal)}


@contextlib.contextmanager
def _write_lock_held(path: Path) -> Iterator[None]:
    """Another program sits in BEGIN IMMEDIATE: in WAL mode reads still work, writes wait."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_held_write_lock_is_diagnosed_locked_without_writing(kantor):
    from desktop_app.services import database_check

    path, _ = kantor
    started = time.perf_counter()
    assert database_check.diagnose(path).finding is database_check.Finding.SOUND
    assert time.perf_counter() - started < 0.5  # a free lock is had at once
    with _write_lock_held(path):
        before = _files_sha(path)
        started = time.perf_counter()
        found = database_check.diagnose(path)
        waited = time.perf_counter() - started
        assert _files_sha(path) == before
    assert found.finding is database_check.Finding.LOCKED and not found.offers_restore
    assert "locked" in found.problems[0]
    assert waited < 1.5  # the short wait of the probe, not the 10 s busy timeout


def test_the_write_lock_probe_leaves_a_wal_with_frames_byte_identical(kantor):
    """A program that stopped without a checkpoint left committed pages in the WAL; the
    probe neither checkpoints nor truncates it."""
    from desktop_app.services import database_check

    path, _ = kantor
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute(\"UPDATE unit SET name = 'Dinas B2' WHERE code = 'B'\")\n"
            "os._exit(0)\n",
            str(path),
        ],
        check=True,
    )
    before = _files_sha(path)
    assert before["kantor.db-wal"] is not None
    assert database_check.diagnose(path).finding is database_check.Finding.SOUND
    assert _files_sha(path) == before


def test_a_held_write_lock_at_start_is_reported_as_locked_and_never_restored(
    qapp, kantor, shown, answer_dialogs
):
    path, _ = kantor
    answer_dialogs.handlers["SignInDialog"] = lambda dialog: False  # the old code got here
    with _write_lock_held(path):
        before = _files_sha(path)
        assert not AppController(qapp, path, "en").start()
        assert _files_sha(path) == before
    assert shown["confirm"] == []
    assert len(shown["warn"]) == 1 and "held by another program" in shown["warn"][0]
    assert "SignInDialog" not in answer_dialogs.shown
    assert _units(path) == ["A", "B"]


def test_sign_in_while_another_program_takes_the_write_lock_says_so(
    qapp, kantor, qtbot, admin_password, monkeypatch
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.views.auth_dialogs import SignInDialog

    path, _ = kantor
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.3)
    open_database(path)
    dialog = SignInDialog(None, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, admin_password)
    with _write_lock_held(path):  # taken after the start-up check
        before = _files_sha(path)
        button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert _files_sha(path) == before
    assert dialog.session is None and not dialog.error.isHidden()
    assert "in use by another program" in dialog.error.text()
    assert "Nothing was changed" in dialog.error.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # once it is closed, it works
    assert dialog.session is not None and dialog.session.username == "admin"
    close_database()


def test_a_cli_write_while_another_program_holds_the_write_lock_exits_2(
    kantor, capsys, monkeypatch
):
    path, _ = kantor
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.3)
    monkeypatch.setattr(sys, "stdin", io.StringIO("Kantor-Baru-2026\n"))
    with _write_lock_held(path):
        code = cli.run(["user", "add", "--username", "hr1", "--role", "hr", "--db", str(path)])
    close_database()
    assert code == 2
    err = capsys.readouterr().err
    assert "in use by another program" in err and "Traceback" not in err
