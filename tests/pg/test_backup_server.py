"""Backups in PostgreSQL mode: `pg_dump -Fc` of the server database, read back with
pg_restore, sealed to the office's backup key like a file's backup; the dump restores into an
empty database with every record (checked by the digests of `db copy`)."""

from __future__ import annotations

import subprocess

from desktop_app.models.database import close_database, open_database
from desktop_app.models.engines import copy as db_copy
from desktop_app.services import auth, backup, backup_seal, backup_server, session
from desktop_app.services.register import units

PASSPHRASE = "kunci cadangan kantor uji 2026"


def _checks(url: str) -> dict[str, object]:
    connection = db_copy.connect(url)
    try:
        return {
            t: db_copy.table_check(connection, t, [c.name for c in connection.get_columns(t)])
            for t in connection.get_tables()
            if t not in ("setting", "schema_migration")
        }
    finally:
        connection.close()


def test_a_server_database_is_dumped_sealed_and_restores_whole(
    office, admin, admin_password, pg_server, pg_url, tmp_path
):
    session.sign_in_as(auth.authenticate(admin, admin_password))
    units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    plain = backup.write_backup(tmp_path)
    assert plain.path.name.endswith(".pgdump") and not plain.sealed
    assert backup_server.problems(plain.path) == []
    backup_seal.create_backup_key(PASSPHRASE)
    sealed = backup.write_backup(tmp_path)
    assert sealed.sealed and sealed.path.name.endswith(".pgdump.age")
    assert b"audit_log" not in sealed.path.read_bytes()  # nothing readable without the key
    daily = backup.backup_if_due()
    assert daily is not None and backup.automatic_backups()[0].path == daily
    assert backup.backup_if_due() is None  # one a day, found again by its name
    close_database()
    unsealed = backup_seal.unseal(sealed.path, PASSPHRASE, tmp_path / "unsealed.pgdump")
    assert backup_server.problems(unsealed) == []
    pg_server.admin('CREATE DATABASE "restored"')
    restore = backup_server._tool("pg_restore")
    subprocess.run(
        [restore, "--host", str(pg_server.folder), "--username",
         pg_server.user, "--dbname", "restored", str(unsealed)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert _checks(pg_server.url("restored")) == _checks(pg_url)
    open_database(pg_server.url("restored"))
    close_database()


def test_a_file_that_is_no_dump_is_refused(tmp_path):
    fake = tmp_path / "x.pgdump"
    fake.write_bytes(b"PGDMP but not really")
    assert backup_server.problems(fake) != []
