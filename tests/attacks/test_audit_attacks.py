"""Attacks on the audit trail by whoever holds the office's database file (issue 17, point 5):
each is detected by `audit verify` once one package has been acknowledged by the central
office, whose signed receipt brought back the chain head the package carried."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import msgspec
import pytest

from desktop_app import cli
from desktop_app.models import ImportLog, OutboxPackage, SyncOfficeState
from desktop_app.models.audit import GENESIS, entry_digest, row_digest
from desktop_app.services import audit_verify
from desktop_app.services import office as office_service
from desktop_app.services.sync import central as sync_central
from desktop_app.services.sync import office as sync_office
from desktop_app.services.sync.central.identity import require_identity
from desktop_app.sync import package
from tests.sync.conftest import using


@dataclass
class Anchored:
    office: Path
    central: Path
    stick: Path
    receipts: Path
    fingerprint: str
    count: int  # the acknowledged head's entry count


def _round_trip(office: Path, central: Path, stick: Path, receipts: Path, fp: str) -> Path:
    with using(office):
        path = sync_office.export_package(stick).path
    with using(central):
        result = sync_central.import_package(path, trust={"DEMO01": fp}, receipts_dir=receipts)
    assert result.receipt is not None
    return result.receipt


@pytest.fixture
def anchored(tmp_path: Path, demo_templates) -> Iterator[Anchored]:
    """A demo office whose first package the central office imported and acknowledged."""
    office, central = tmp_path / "office.db", tmp_path / "central.db"
    stick, receipts = tmp_path / "stick", tmp_path / "receipts"
    stick.mkdir()
    receipts.mkdir()
    with using(central):
        recipient = sync_central.hq_init("BKPSDM Kabupaten Contoh").age_recipient
        hq_fingerprint = sync_central.hq_key()[1]
    demo_templates.open_copy(office, 40, seed=5, today=dt.date(dt.date.today().year, 11, 23))
    with using(office):
        sync_office.set_hq_key(recipient, hq_fingerprint)
        fp = office_service.require_office().fingerprint
    receipt = _round_trip(office, central, stick, receipts, fp)
    with using(office):
        answer = sync_office.import_receipt(receipt)
        assert answer.audit_anchor is not None
        head = audit_verify.acknowledged_head()
        assert head is not None and head.count == answer.audit_anchor
    yield Anchored(office, central, stick, receipts, fp, head.count)


def _check(path: Path) -> audit_verify.AuditCheck:
    with using(path):
        return audit_verify.check()


def _sql(path: Path, *statements: tuple[str, tuple]) -> None:
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    con.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for sql, params in statements:
        con.execute(sql, params)
    con.commit()
    con.close()


def _rehash_from(path: Path, first_id: int) -> None:
    """What a careful attacker does after an edit: recompute every hash from `first_id` on,
    so the chain itself is intact again."""
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    prev_row = con.execute(
        "SELECT entry_hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1", (first_id,)
    ).fetchone()
    prev = prev_row[0] if prev_row else GENESIS
    rows = con.execute(
        "SELECT id, at, actor, action, entity, record_uid, changes, record_digest "
        "FROM audit_log WHERE id >= ? ORDER BY id",
        (first_id,),
    ).fetchall()
    for entry_id, at, actor, action, entity, uid, changes, record in rows:
        digest = entry_digest(prev, at, actor, action, entity, uid, changes, record)
        con.execute(
            "UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?",
            (prev, digest, entry_id),
        )
        prev = digest
    con.commit()
    con.close()


def _verify_cli(path: Path, capsys) -> tuple[int, str]:
    code = cli.run(["audit", "verify", "--db", str(path)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_an_untouched_history_passes_and_is_anchored(anchored, capsys):
    result = _check(anchored.office)
    assert result.ok, audit_verify.report_lines(result)
    assert result.anchor is not None and result.anchor.count == anchored.count
    assert result.records > 100 and result.uncovered == 0  # demo records carry digests
    code, out = _verify_cli(anchored.office, capsys)
    assert code == 0 and f"anchored at entry {anchored.count}" in out


def test_central_office_keeps_the_head_and_signs_it_in_the_receipt(anchored):
    with using(anchored.central):
        log = ImportLog.get(ImportLog.office_code == "DEMO01")
        state = SyncOfficeState.get(SyncOfficeState.office_code == "DEMO01")
        assert log.audit_count == state.audit_count and log.audit_count is not None
        assert len(state.audit_hash) == 64
    with using(anchored.office):
        # the head the office keeps is entry `count` of its own chain
        assert OutboxPackage.get(OutboxPackage.sequence == 1).acknowledged_at is not None
        con_hash = audit_verify.acknowledged_head().hash
    con = sqlite3.connect(anchored.office)
    nth = con.execute(
        "SELECT entry_hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?", (anchored.count - 1,)
    ).fetchone()[0]
    con.close()
    assert nth == con_hash == state.audit_hash


def test_deleting_the_last_rows_is_tail_truncation(anchored, capsys):
    _sql(anchored.office, ("DELETE FROM audit_log WHERE id > ?", (anchored.count - 3,)))
    result = _check(anchored.office)
    assert result.chain_break is None  # the chain alone would pass, as before the anchor
    assert result.anchor_problem and "truncated" in result.anchor_problem
    code, out = _verify_cli(anchored.office, capsys)
    assert code == 1 and "rewritten or truncated history" in out and "deleted" in out


def test_recomputing_the_hashes_after_an_edit_is_a_rewritten_history(anchored, capsys):
    con = sqlite3.connect(anchored.office)
    target = con.execute(
        "SELECT id FROM audit_log WHERE entity = 'unit' ORDER BY id LIMIT 1"
    ).fetchone()[0]
    con.close()
    _sql(
        anchored.office,
        ("UPDATE audit_log SET actor = 'someone-else' WHERE id = ?", (target,)),
    )
    assert _check(anchored.office).chain_break is not None  # the plain edit was always seen
    _rehash_from(anchored.office, target)
    result = _check(anchored.office)
    assert result.chain_break is None  # recomputed: the unkeyed chain is intact again...
    assert result.anchor_problem and "rewritten" in result.anchor_problem  # ...not the anchor
    code, out = _verify_cli(anchored.office, capsys)
    assert code == 1 and f"entry {anchored.count} no longer has the hash" in out


def test_a_forged_entry_inserted_before_the_head_is_found(anchored):
    """An entry slipped into the acknowledged history (ids shifted, chain recomputed)."""
    con = sqlite3.connect(anchored.office)
    con.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    con.execute("UPDATE audit_log SET id = id + 1000000 WHERE id >= 10")
    con.execute("UPDATE audit_log SET id = id - 999999 WHERE id >= 1000000")
    con.execute(
        "INSERT INTO audit_log (id, at, actor, action, entity, record_uid, changes, "
        "prev_hash, entry_hash, record_digest) VALUES (10, '2026-01-01 00:00:00', 'admin', "
        "'update', 'setting', 'x', '{}', '', '', '')"
    )
    con.commit()
    con.close()
    _rehash_from(anchored.office, 10)
    result = _check(anchored.office)
    assert result.chain_break is None
    assert result.anchor_problem and "rewritten" in result.anchor_problem


def _evaluation(path: Path) -> tuple[str, str]:
    con = sqlite3.connect(path)
    uid, rating = con.execute(
        "SELECT uid, rating_hasil FROM evaluation WHERE office_code = 'DEMO01' "
        "AND rating_hasil IS NOT NULL ORDER BY id LIMIT 1"
    ).fetchone()
    con.close()
    return uid, rating


def _append(path: Path, entity: str, uid: str, changes: str, record: str) -> None:
    """Append an entry chained and hashed exactly as the program does."""
    con = sqlite3.connect(path)
    prev = con.execute("SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    at = "2026-11-30 10:00:00"
    digest = entry_digest(prev, at, "admin", "update", entity, uid, changes, record)
    con.execute(
        "INSERT INTO audit_log (at, actor, action, entity, record_uid, changes, prev_hash, "
        "entry_hash, record_digest) VALUES (?, 'admin', 'update', ?, ?, ?, ?, ?, ?)",
        (at, entity, uid, changes, prev, digest, record),
    )
    con.commit()
    con.close()


def test_appending_a_forged_entry_is_found(anchored, capsys):
    uid_hex, _rating = _evaluation(anchored.office)
    uid = f"{uid_hex[:8]}-{uid_hex[8:12]}-{uid_hex[12:16]}-{uid_hex[16:20]}-{uid_hex[20:]}"
    # in the old format (no record digest), correctly chained: the old `audit verify` passed it
    _append(anchored.office, "evaluation", uid, '{"rating_hasil":["A","B"]}', "")
    result = _check(anchored.office)
    assert result.chain_break is None and result.anchor_problem is None
    assert len(result.forged) == 1
    code, out = _verify_cli(anchored.office, capsys)
    assert code == 1 and "forged entries" in out


def test_appending_an_entry_that_does_not_describe_the_record_is_found(anchored):
    uid_hex, _rating = _evaluation(anchored.office)
    uid = f"{uid_hex[:8]}-{uid_hex[8:12]}-{uid_hex[12:16]}-{uid_hex[16:20]}-{uid_hex[20:]}"
    _append(anchored.office, "evaluation", uid, '{"rating_hasil":["A","B"]}', "ab" * 32)
    result = _check(anchored.office)
    assert result.chain_break is None and not result.forged
    assert result.changed == [("evaluation", uid)]


def test_a_rating_edited_by_raw_sql_without_the_log_is_found(anchored, capsys):
    uid_hex, rating = _evaluation(anchored.office)
    other = "DIBAWAH_EKSPEKTASI" if rating != "DIBAWAH_EKSPEKTASI" else "DIATAS_EKSPEKTASI"
    _sql(
        anchored.office,
        ("UPDATE evaluation SET rating_hasil = ? WHERE uid = ?", (other, uid_hex)),
    )
    result = _check(anchored.office)
    assert result.chain_break is None and result.anchor_problem is None
    assert [entity for entity, _uid in result.changed] == ["evaluation"]
    code, out = _verify_cli(anchored.office, capsys)
    assert code == 1 and "1 records changed without an audit entry: evaluation" in out
    # putting the value back makes the record match its latest entry again
    _sql(
        anchored.office, ("UPDATE evaluation SET rating_hasil = ? WHERE uid = ?", (rating, uid_hex))
    )
    assert _check(anchored.office).ok


def test_a_record_inserted_behind_the_log_is_found(anchored):
    con = sqlite3.connect(anchored.office)
    cursor = con.execute("SELECT * FROM unit WHERE office_code = 'DEMO01' LIMIT 1")
    columns = [d[0] for d in cursor.description]
    row = list(cursor.fetchone())
    row[columns.index("id")] = None
    row[columns.index("uid")] = "0" * 31 + "1"
    row[columns.index("code")] = "FORGED"
    con.execute(f"INSERT INTO unit VALUES ({','.join('?' * len(row))})", row)
    con.commit()
    con.close()
    result = _check(anchored.office)
    assert [e for e, _u in result.unaudited] == ["unit"]
    assert row_digest(columns, tuple(row))  # the digest is defined for any stored row


def test_changes_after_the_head_pass_and_the_next_receipt_moves_the_anchor(anchored):
    from desktop_app.services.register import units

    with using(anchored.office):
        units.save_unit(units.UnitInput("BARU", "Bidang Baru", "BIDANG"))
        assert audit_verify.check().ok
    receipt = _round_trip(
        anchored.office, anchored.central, anchored.stick, anchored.receipts, anchored.fingerprint
    )
    with using(anchored.office):
        sync_office.import_receipt(receipt)
        head = audit_verify.acknowledged_head()
        assert head is not None and head.count > anchored.count and head.sequence == 2
        assert audit_verify.check().ok


def _without_head(sealed: bytes, identity: str, signing_key: str, recipient: str) -> bytes:
    """The same package as an older program wrote it: no audit head in the manifest."""
    files = package.unzip(package.unseal(sealed, identity))
    old = msgspec.json.decode(files["manifest.json"], type=package.Manifest)
    old.audit_head = None
    data = {k: v for k, v in files.items() if k.startswith("data/")}
    out = package.seal(old, data, signing_key, recipient)
    inner = package.unzip(package.unseal(out, identity))
    assert b"audit_head" not in inner["manifest.json"]  # byte for byte an older manifest
    return out


def test_a_package_of_an_older_program_without_a_head_is_tolerated(tmp_path, demo_templates):
    office, central = tmp_path / "office.db", tmp_path / "central.db"
    stick, receipts = tmp_path / "stick", tmp_path / "receipts"
    stick.mkdir()
    receipts.mkdir()
    with using(central):
        recipient = sync_central.hq_init("BKPSDM").age_recipient
        identity = require_identity().age_identity
        hq_fingerprint = sync_central.hq_key()[1]
    demo_templates.open_copy(office, 40, seed=5, today=dt.date(dt.date.today().year, 11, 23))
    with using(office):
        sync_office.set_hq_key(recipient, hq_fingerprint)
        fp = office_service.require_office().fingerprint
        from desktop_app.services.sync.office.state import self_office

        key = self_office().signing_key
        name, sealed, _manifest, _counts = sync_office.build_package()
    old = _without_head(sealed, identity, key, recipient)
    path = stick / name
    path.write_bytes(old)
    with using(central):
        result = sync_central.import_package(path, trust={"DEMO01": fp}, receipts_dir=receipts)
        assert ImportLog.get().audit_count is None
    # the office did not record this package itself (built by hand): record it as export does
    with using(office):
        import hashlib

        from desktop_app.models.database import write_transaction

        with write_transaction():
            OutboxPackage.create(
                sequence=1, database_id=_manifest.database_id, file_name=name,
                sha256=hashlib.sha256(old).hexdigest(), size=len(old), since_version=0,
                max_version=_manifest.max_version, rows=1, target=str(path),
            )  # fmt: skip
        answer = sync_office.import_receipt(result.receipt)
        assert answer.audit_anchor is None  # said so by the CLI; nothing anchored
        check = audit_verify.check()
        assert check.ok and check.anchor is None
        assert "not anchored yet" in audit_verify.summary_line(check)
    with zipfile.ZipFile(io.BytesIO(result.receipt.read_bytes())) as zf:
        assert b"audit_head" not in zf.read("receipt.json")
