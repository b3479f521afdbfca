"""Sealed backups (issue 17, point 6): a backup that leaves the database's folder holds no
secret in the clear once the office has a backup key; writing needs no passphrase, restoring
asks for it (or the recovery key of the printed sheet); offices without a key get a warning."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app import cli
from desktop_app.errors import InputError
from desktop_app.models import Office, Unit
from desktop_app.models.database import close_database
from desktop_app.services import auth, backup, backup_seal, settings
from desktop_app.services.register import units

PASSPHRASE = "kunci-cadangan-kantor-2026"


def _secrets() -> list[bytes]:
    """What must never be readable in a backup that left the folder."""
    office = Office.get(Office.is_self == True)
    found = [office.signing_key.encode(), b"PRIVATE KEY"]
    found += [row.password_hash.encode() for row in auth.User.select()]
    identity = settings.get(backup_seal.SEALED_IDENTITY_KEY)
    if identity:
        found.append(identity.encode())  # even the sealed identity travels only as bytes
    return found


@pytest.fixture
def keyed(db_path, office, admin):
    key = backup_seal.create_backup_key(PASSPHRASE, "the usual phrase of the office")
    return key


def test_without_a_backup_key_a_folder_backup_is_plain_with_a_warning(
    db_path, office, tmp_path, caplog
):
    stick = tmp_path / "stick"
    stick.mkdir()
    result = backup.write_backup(stick)
    assert not result.sealed and "NOT sealed" in result.warning
    assert backup.integrity_problems(result.path) == []
    assert "not sealed" in caplog.text
    auto = backup.write_backup()
    assert not auto.sealed and auto.warning == ""  # beside the database: no warning


def test_a_folder_backup_is_sealed_and_holds_no_secret(keyed, db_path, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    result = backup.write_backup(stick)
    assert result.sealed and result.path.name.endswith(".db.age") and result.warning == ""
    data = result.path.read_bytes()
    assert backup_seal.is_sealed(result.path) and not data.startswith(b"SQLite format 3")
    for secret in _secrets()[:-1]:
        assert secret not in data
    assert sorted(p.name for p in stick.iterdir()) == [result.path.name]
    assert not list((db_path.parent / "backups").glob(".sealing_*"))  # no plain copy left


def test_restore_of_a_sealed_backup_asks_for_the_passphrase(keyed, db_path, tmp_path):
    units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    old_id = Office.get(Office.is_self == True).database_id
    sealed = backup.make_backup(tmp_path)
    units.save_unit(units.UnitInput("B", "Dinas B", "DINAS"))
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(backup.PassphraseNeeded):
        backup.restore(sealed, db_path)
    with pytest.raises(InputError, match="does not open"):
        backup.restore(sealed, db_path, "not-the-passphrase")
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert Unit.select().count() == 2
    safety = backup.restore(sealed, db_path, PASSPHRASE)
    assert [u.code for u in Unit.select()] == ["A"]
    assert Office.get(Office.is_self == True).database_id != old_id
    assert safety.exists()
    assert not list(db_path.parent.glob(".unsealed_*"))


def test_a_sealed_backup_opens_on_a_new_computer_with_the_recovery_key(keyed, tmp_path):
    units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    sealed = backup.make_backup(tmp_path)
    close_database()
    fresh = tmp_path / "new-pc" / "kinerja.db"  # the old database is gone
    backup.restore(sealed, fresh, keyed.recovery_key)
    assert [u.code for u in Unit.select()] == ["A"]
    close_database()
    other = tmp_path / "other-pc" / "kinerja.db"
    backup.restore(sealed, other, PASSPHRASE)
    assert [u.code for u in Unit.select()] == ["A"]


def test_a_damaged_sealed_backup_is_refused_whole(keyed, db_path, tmp_path):
    sealed = backup.make_backup(tmp_path)
    data = bytearray(sealed.read_bytes())
    data[-20] ^= 0xFF
    sealed.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(InputError, match="cannot be opened as a sealed backup"):
        backup.restore(sealed, db_path, PASSPHRASE)
    assert db_path.read_bytes() == before
    intact = bytearray(data)
    intact[-20] ^= 0xFF  # the byte flipped back: the sealed file as it was written
    for broken, reason in [
        (backup_seal.MAGIC + b"999999999\n", "damaged header"),
        (backup_seal.MAGIC + b"abc\n", "damaged header"),
        (backup_seal.MAGIC + b"9" * 40, "damaged header"),
        (bytes(intact[: len(intact) // 2]), "cannot be opened"),  # cut half-way
        (bytes(intact[: len(backup_seal.MAGIC) + 300]), "cannot be opened|does not open"),
        (backup_seal.MAGIC + b"0\n", "does not open"),
    ]:
        sealed.write_bytes(broken)
        with pytest.raises(InputError, match=reason):
            backup.restore(sealed, db_path, PASSPHRASE)
        assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob(".unsealed_*"))


def test_the_key_needs_a_long_passphrase_is_made_once_and_the_hint_is_not_it(db_path, office):
    with pytest.raises(InputError, match="at least 12"):
        backup_seal.create_backup_key("short")
    with pytest.raises(InputError, match="hint"):
        backup_seal.create_backup_key(PASSPHRASE, f"it is {PASSPHRASE}")
    key = backup_seal.create_backup_key(PASSPHRASE)
    assert backup_seal.recipient() == key.recipient
    assert key.recovery_key not in str(settings.get(backup_seal.SEALED_IDENTITY_KEY))
    with pytest.raises(InputError, match="already has a backup key"):
        backup_seal.create_backup_key(PASSPHRASE + "x")


def test_daily_backups_are_sealed_when_the_office_chose_it_and_still_pruned(keyed, db_path):
    assert not backup.write_backup().sealed
    backup_seal.set_seal_daily(True)
    made = [backup.write_backup() for _ in range(3)]
    assert all(r.sealed and r.path.name.startswith("auto_") for r in made)
    assert len(backup.automatic_backups()) == 4
    backup.prune(keep=2)
    assert [b.path for b in backup.automatic_backups()] == [made[2].path, made[1].path]


def test_at_the_central_office_the_age_identity_is_sealed_too(db_path, tmp_path):
    from desktop_app.services.sync import central

    hq = central.hq_init("Badan Kepegawaian")
    backup_seal.create_backup_key(PASSPHRASE)
    data = backup.make_backup(tmp_path).read_bytes()
    assert hq.age_identity.encode() not in data and b"AGE-SECRET-KEY" not in data


def test_the_recovery_sheet_names_the_key_and_holds_the_recovery_key(keyed, tmp_path):
    path = backup_seal.write_recovery_sheet(keyed, tmp_path / "pemulihan.pdf")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # it holds the recovery key
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages).replace("\n", " ")
    assert len(reader.pages) == 1
    assert "LEMBAR PEMULIHAN KUNCI CADANGAN" in text and "TST01" in text
    assert keyed.fingerprint in text and "the usual phrase of the office" in text
    assert keyed.recovery_key in text.replace(" ", "")
    assert PASSPHRASE not in text


def test_cli_office_init_with_a_backup_key_then_sealed_backup_and_restore(
    tmp_path, monkeypatch, capsys
):
    db = tmp_path / "office.db"
    sheet = tmp_path / "sheet.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    init = ["office", "init", "--code", "K1", "--name", "Kantor", "--backup-sheet", str(sheet)]
    assert cli.run([*init, "--hint", "lemari", "--db", str(db)]) == 0
    assert sheet.exists() and "recovery sheet written" in capsys.readouterr().out
    out = tmp_path / "copy.db"
    assert cli.run(["backup", "--out", str(out), "--db", str(db)]) == 0
    sealed = tmp_path / "copy.db.age"
    assert backup_seal.is_sealed(sealed) and not out.exists()
    assert "sealed" in capsys.readouterr().out
    assert cli.run(["office", "backup-key", "--show", "--db", str(db)]) == 0
    assert "lemari" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong passphrase here\n"))
    assert cli.run(["restore", str(sealed), "--db", str(db)]) == 2
    assert "does not open" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert cli.run(["restore", str(sealed), "--db", str(db)]) == 0


def test_cli_office_without_a_key_warns_then_creates_one(tmp_path, monkeypatch, capsys):
    db = tmp_path / "office.db"
    assert cli.run(["office", "init", "--code", "K1", "--name", "Kantor", "--db", str(db)]) == 0
    assert "no backup key yet" in capsys.readouterr().err
    out = tmp_path / "plain.db"
    assert cli.run(["backup", "--out", str(out), "--db", str(db)]) == 0
    assert "NOT sealed" in capsys.readouterr().err
    with sqlite3.connect(out) as con:  # plain, as before, until the key exists
        assert con.execute("SELECT count(*) FROM office").fetchone() == (1,)
    assert cli.run(["office", "backup-key", "--db", str(db)]) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    sheet = tmp_path / "sheet.pdf"
    assert cli.run(["office", "backup-key", "--backup-sheet", str(sheet), "--db", str(db)]) == 0
    assert cli.run(["backup", "--out", str(tmp_path / "now.db"), "--db", str(db)]) == 0
    assert backup_seal.is_sealed(tmp_path / "now.db.age")


def test_hq_export_identity_warns_and_writes_mode_600(tmp_path, capsys):
    db = tmp_path / "central.db"
    assert cli.run(["hq", "init", "--name", "Badan Kepegawaian", "--db", str(db)]) == 0
    target = tmp_path / "identity.txt"
    assert cli.run(["hq", "export-identity", "--out", str(target), "--db", str(db)]) == 0
    assert "keep it offline" in capsys.readouterr().out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert Path(target).read_text().strip().splitlines()[-1].startswith("AGE-SECRET-KEY-1")


def test_the_recovery_key_is_printed_in_blocks_and_restores_as_typed(keyed, tmp_path):
    """The review: the key printed as one 74-character run, backticks printed literally,
    "the fingerprint below" when it is in the table above."""
    from desktop_app.printing.recovery_sheet import grouped_key

    path = backup_seal.write_recovery_sheet(keyed, tmp_path / "pemulihan.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", " ")
    grouped = grouped_key(keyed.recovery_key)
    assert grouped.replace(" ", "") == keyed.recovery_key
    blocks = grouped.split()
    assert blocks[0] == backup_seal.RECOVERY_PREFIX
    assert all(len(b) <= 5 for b in blocks[1:]) and all(len(b) == 5 for b in blocks[1:-1])
    assert " ".join(blocks[1:4]) in text  # printed in blocks
    assert "`" not in text
    assert "python main.py restore <berkas cadangan>" in text
    assert "Berkas > Pulihkan dari cadangan" in text
    assert "Sidik jari di atas" in text and "di bawah harus" not in text
    units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    sealed = backup.make_backup(tmp_path)
    close_database()
    typed = [grouped, " " + grouped.lower() + "\n", grouped.replace(" ", "\n")]
    for number, key in enumerate(typed):
        target = tmp_path / f"pc-{number}" / "kinerja.db"
        backup.restore(sealed, target, key)
        assert [u.code for u in Unit.select()] == ["A"]
        close_database()


def test_a_sealed_backup_is_compressed_its_size_said_and_restored(keyed, db_path, tmp_path):
    for k in range(300):  # some bulk to compress
        units.save_unit(units.UnitInput(f"U{k}", f"Puskesmas Kecamatan Contoh {k}", "UPT"))
    result = backup.write_backup(tmp_path)
    assert result.path.read_bytes().startswith(backup_seal.MAGIC)  # format 2: compressed
    assert result.size == result.path.stat().st_size
    assert result.database_size > 0 and result.size < result.database_size / 2
    backup.restore(result.path, db_path, PASSPHRASE)
    assert Unit.select().count() == 300
    assert not list(tmp_path.glob(".*.gz.part")) and not list(db_path.parent.glob(".*.gz.part"))


def test_a_sealed_backup_of_the_first_format_still_restores(keyed, db_path, tmp_path):
    """Backups sealed before compression: the SQLite file itself encrypted with age."""
    import base64

    import pyrage
    from pyrage import x25519

    units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    plain = tmp_path / "plain.db"
    with sqlite3.connect(db_path) as source, sqlite3.connect(plain) as target:
        source.backup(target)
    blob = base64.b64decode(settings.get(backup_seal.SEALED_IDENTITY_KEY))
    old = tmp_path / "old_20260101T000000Z.db.age"
    with old.open("wb") as out, plain.open("rb") as body:
        out.write(backup_seal.MAGIC_1 + str(len(blob)).encode() + b"\n" + blob)
        pyrage.encrypt_io(body, out, [x25519.Recipient.from_str(backup_seal.recipient())])
    units.save_unit(units.UnitInput("B", "Dinas B", "DINAS"))
    assert backup_seal.is_sealed(old)
    backup.restore(old, db_path, PASSPHRASE)
    assert [u.code for u in Unit.select()] == ["A"]


def test_cli_backup_prints_the_size(tmp_path, monkeypatch, capsys):
    db = tmp_path / "office.db"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    init = ["office", "init", "--code", "K1", "--name", "Kantor"]
    assert cli.run([*init, "--backup-sheet", str(tmp_path / "sheet.pdf"), "--db", str(db)]) == 0
    capsys.readouterr()
    assert cli.run(["backup", "--out", str(tmp_path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "backup written and sealed" in out and " MB; the database: " in out
