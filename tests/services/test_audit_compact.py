"""The compact audit log (issue 26): creations stored as their values only, one bulk entry
for many records created at once, and both formats still proving every record's history
(`audit verify`) and showing every change in user words."""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.models import Unit
from desktop_app.models.audit import (
    CREATED,
    GENESIS,
    bulk_entry,
    canonical,
    entry_digest,
    read_changes,
)
from desktop_app.models.bulk import bulk_insert
from desktop_app.models.database import close_database, open_database, write_transaction
from desktop_app.services import audit, audit_rows, audit_verify
from desktop_app.services.register import units


def _entries(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as con:
        return con.execute(
            "SELECT id, action, entity, record_uid, changes, record_digest FROM audit_log "
            "ORDER BY id"
        ).fetchall()


def _rewrite(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Rewrite the log as someone with the file could (or as an older version wrote it):
    `change(action, uid, changes text, record digest)` -> (changes text, record digest),
    then every hash recomputed so the chain itself holds."""
    close_database()
    con = sqlite3.connect(path)
    for trigger in ("audit_log_no_update", "audit_log_no_delete"):
        con.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    rows = con.execute(
        "SELECT id, at, actor, action, entity, record_uid, changes, record_digest "
        "FROM audit_log ORDER BY id"
    ).fetchall()
    prev = GENESIS
    for ident, at, actor, action, entity, uid, changes, record in rows:
        changes, record = change(action, uid, changes, record)
        digest = entry_digest(prev, at, actor, action, entity, uid, changes, record)
        con.execute(
            "UPDATE audit_log SET changes = ?, record_digest = ?, prev_hash = ?, "
            "entry_hash = ? WHERE id = ?",
            (changes, record, prev, digest, ident),
        )
        prev = digest
    con.commit()
    con.close()
    open_database(path)


def _shown(rows: list[audit_rows.UserRow]) -> list[tuple]:
    return [(r.action, r.record, r.changes) for r in rows]


def test_a_creation_is_stored_as_its_values_and_read_back_as_before(db_path, office):
    uid_id = units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    units.save_unit(units.UnitInput("A", "Dinas Anyar", "DINAS"), uid_id)
    uid = str(Unit.get_by_id(uid_id).uid)
    created, updated = [e for e in _entries(db_path) if e[3] == uid]
    stored = json.loads(created[4])
    assert stored[0] == CREATED and stored[1]["code"] == "A" and stored[1]["name"] == "Dinas A"
    assert "uid" not in stored[1]  # the record column holds it
    assert all(v not in (None, "", False) for v in stored[1].values())  # no empty fields
    assert json.loads(updated[4]) == {"name": ["Dinas A", "Dinas Anyar"]}
    rows = audit.history(uid)
    assert rows[0].changes["code"] == [None, "A"] and rows[1].changes == {
        "name": ["Dinas A", "Dinas Anyar"]
    }
    assert audit_verify.check().ok


def test_an_older_database_in_the_first_format_still_verifies_and_shows_the_same(db_path, office):
    uid_id = units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    units.save_unit(units.UnitInput("A", "Dinas Anyar", "DINAS"), uid_id)
    uid = str(Unit.get_by_id(uid_id).uid)
    compact_view = _shown(audit_rows.history_rows(uid))
    compact_size = sum(len(e[4]) for e in _entries(db_path))

    def first_format(action, entry_uid, changes, record):  # type: ignore[no-untyped-def]
        old = read_changes(action, entry_uid, changes)
        if action == "create" and "uid" not in old and entry_uid == uid:
            old["uid"] = [None, entry_uid]
        return canonical(old), record

    _rewrite(db_path, first_format)
    entries = _entries(db_path)
    assert all(json.loads(e[4]).__class__ is dict for e in entries)  # format 1 throughout
    assert sum(len(e[4]) for e in entries) > compact_size
    check = audit_verify.check()
    assert check.ok and check.chain_break is None and check.records >= 1
    assert _shown(audit_rows.history_rows(uid)) == compact_view
    # and a tamper with a format-1 entry is still found
    close_database()
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    con.execute("UPDATE audit_log SET changes = replace(changes, 'Dinas A\"', 'Dinas B\"')")
    con.commit()
    con.close()
    open_database(db_path)
    assert audit_verify.check().chain_break is not None


def _bulk_units(n: int) -> list[str]:
    """n units created at once (bulk_insert and save), one of them changed in the block."""
    with write_transaction(), bulk_entry("import"):
        bulk_insert(
            Unit, ("code", "name", "kind"), [(f"U{k}", f"Unit {k}", "UPT") for k in range(n)]
        )
        extra = units.save_unit(units.UnitInput("X", "Dinas X", "DINAS"))
        units.save_unit(units.UnitInput("X", "Dinas X Baru", "DINAS"), extra)
    return [str(u.uid) for u in Unit.select().order_by(Unit.id)]


def test_records_created_at_once_get_one_entry_that_proves_each(db_path, office):
    before = len(_entries(db_path))
    uids = _bulk_units(30)
    new = _entries(db_path)[before:]
    assert [(e[1], e[2]) for e in new] == [("bulk", "unit")]  # one entry for 31 units
    held = json.loads(new[0][4])
    assert held["bulk"] == "import" and held["n"] == 31 and len(new[0][5]) == 64
    check = audit_verify.check()
    assert check.ok, audit_verify.report_lines(check)
    assert check.records >= 31
    # the viewer: one row "created at once (an import)", "31 records"
    shown = audit_rows.search_rows(entity="unit")[0]
    assert shown.action.text == "created" and shown.record.values[0] == ("n", 31)
    assert shown.record.values[1][1].text == "an import"
    # the history of one of them: its creation is that bulk entry, with its values in words
    history = audit_rows.history_rows(uids[3])
    assert len(history) == 1 and history[0].created and history[0].record == "Unit 3"
    fields = {c.field.text: c.new for c in history[0].changes}
    assert {"Unit 3", "U3"} <= set(fields.values())
    # a later change is written as usual and verifies too
    units.save_unit(units.UnitInput("U3", "Unit Tiga", "UPT"), Unit.get(Unit.code == "U3").id)
    assert audit_verify.check().ok
    rows = audit.history(uids[3])
    assert [r.action for r in rows] == ["bulk", "update"]
    # the creation still shows the values it was created with, the change what changed
    assert rows[0].changes["name"] == [None, "Unit 3"] and rows[1].changes["name"] == [
        "Unit 3",
        "Unit Tiga",
    ]


def test_a_record_changed_behind_a_bulk_entry_is_found(db_path, office):
    uids = _bulk_units(10)
    close_database()
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE unit SET name = 'Unit palsu' WHERE code = 'U4'")
    open_database(db_path)
    check = audit_verify.check()
    assert not check.ok
    assert check.changed == [("unit", uids[4])]


def test_a_planted_tamper_in_a_compacted_entry_is_detected(db_path, office):
    _bulk_units(10)
    close_database()
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    # the bulk entry edited to say 9 records: its hash no longer holds
    con.execute("UPDATE audit_log SET changes = replace(changes, '\"n\":11', '\"n\":9')")
    con.commit()
    con.close()
    open_database(db_path)
    assert audit_verify.check().chain_break is not None


def test_the_bulk_rows_digest_is_checked_even_when_the_chain_is_rewritten(db_path, office):
    """Someone changes a record AND rewrites the bulk entry's short digest of it, hashes
    recomputed: the full rows' digest (the entry's record digest) no longer holds."""
    _bulk_units(10)
    close_database()
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE unit SET name = 'Unit palsu' WHERE code = 'U4'")
        row = con.execute("SELECT * FROM unit WHERE code = 'U4'").fetchone()
        columns = [d[1] for d in con.execute("PRAGMA table_info(unit)")]
    from desktop_app.models.audit import digester

    forged = digester(columns)(row)

    def plant(action, uid, changes, record):  # type: ignore[no-untyped-def]
        if action != "bulk":
            return changes, record
        held = json.loads(changes)
        short = bytearray(base64.b64decode(held["d"]))
        short[4 * 8 : 5 * 8] = bytes.fromhex(forged[:16])  # U4 is the 5th unit
        held["d"] = base64.b64encode(bytes(short)).decode()
        return canonical(held), record

    _rewrite(db_path, plant)
    check = audit_verify.check()
    assert check.chain_break is None  # the chain was rewritten consistently
    assert [u for e, u in check.changed if e == "unit"] == [f"(bulk entry {_bulk_id(db_path)})"]


def _bulk_id(path: Path) -> int:
    return next(e[0] for e in _entries(path) if e[1] == "bulk")


def test_a_failed_bulk_block_leaves_no_entry_and_no_record(db_path, office):
    before = len(_entries(db_path))
    with pytest.raises(RuntimeError), write_transaction(), bulk_entry("import"):
        bulk_insert(Unit, ("code", "name", "kind"), [("Z1", "Unit Z", "UPT")])
        raise RuntimeError("power cut")
    assert len(_entries(db_path)) == before and not Unit.select().exists()
    units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))  # outside: one entry as usual
    assert [e[1] for e in _entries(db_path)[before:]] == ["create"]
