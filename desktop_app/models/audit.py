"""The append-only audit trail (riwayat perubahan) with a hash chain.

Each entry records who, when, which record (`uid`) and the old and new values, and carries the
hash of the previous entry, so editing or deleting a row in the middle is detectable
(`audit verify`). Entries are written by the model base classes in the same transaction as the
change they describe, so no service can forget them.

An entry about a business record (a synced model) also carries `record_digest`, the SHA-256 of
the record's stored columns right after the change, inside the hash: `audit verify` recomputes
it for every record and so finds a record changed behind the log's back (raw SQL). The chain's
head (entry count and last hash) travels signed in every package and comes back in the
receipt, which anchors the history outside the file (design.md "Audit anchored outside the
file").
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import threading
import uuid
from collections.abc import Callable
from typing import Any

import msgspec
from peewee import CharField, DateTimeField, Model, TextField

from desktop_app.models.base import BaseModel, db

GENESIS = "0" * 64
REDACTED = "***"


class AuditEntry(BaseModel):
    at = DateTimeField()
    actor = CharField(max_length=80)
    action = CharField(max_length=10)  # create, update, delete, status
    entity = CharField(max_length=40)
    record_uid = CharField(max_length=36, index=True)
    changes = TextField()  # canonical JSON {field: [old, new]}
    prev_hash = CharField(max_length=64)
    entry_hash = CharField(max_length=64)
    record_digest = CharField(max_length=64, default="")  # "" before migration 0010

    class Meta:
        table_name = "audit_log"


class _Actor(threading.local):
    """Who is acting in this thread: the signed-in user, 'cli:<user>', or 'system'."""

    name: str = "system"


actor_state = _Actor()
_default_actor: Callable[[], str] = lambda: "system"  # noqa: E731


def set_default_actor(provider: Callable[[], str]) -> None:
    """The GUI installs the signed-in user here; threads without their own actor use it."""
    global _default_actor
    _default_actor = provider


def current_actor() -> str:
    name = actor_state.__dict__.get("name")
    return name if name else _default_actor()


class acting_as:
    """Run a block as a named actor in this thread (CLI commands, demo, sync import)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.previous: str | None = None

    def __enter__(self) -> acting_as:
        self.previous = actor_state.__dict__.get("name")
        actor_state.name = self.name
        return self

    def __exit__(self, *exc: object) -> None:
        if self.previous is None:
            actor_state.__dict__.pop("name", None)
        else:
            actor_state.name = self.previous


def plain(value: Any) -> Any:
    """A JSON-able form of a column value (dates as ISO text, UUIDs and Decimals as text)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Model):
        return value.get_id()
    return value


def canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def entry_digest(
    prev_hash: str,
    at: str,
    actor: str,
    action: str,
    entity: str,
    uid: str,
    changes: str,
    record_digest: str = "",
) -> str:
    """The entry's hash; an entry without a record digest (written before migration 0010)
    hashes exactly as it did then."""
    parts = (prev_hash, at, actor, action, entity, uid, changes)
    if record_digest:
        parts = (*parts, record_digest)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


DIGEST_SKIPS = frozenset({"id", "version", "updated_at"})  # local id; sync bookkeeping


def row_digest(columns: list[str], row: tuple[Any, ...]) -> str:
    """The digest of one record as SQLite stores it (every column by name but the local `id`
    and the version stamp, which a save without a change renews without an entry), the same
    at write time and when `audit verify` reads the table back."""
    return digester(columns)(row)


def digester(columns: list[str]) -> Callable[[tuple[Any, ...]], str]:
    """`row_digest` for many rows of one table: SHA-256 of the JSON object of the kept columns
    with sorted keys and no spaces (msgspec: UTF-8, bytes as base64), hex."""
    kept = sorted((name, n) for n, name in enumerate(columns) if name not in DIGEST_SKIPS)
    names = [name for name, _n in kept]
    where = [n for _name, n in kept]
    encode = msgspec.json.Encoder(order="sorted").encode
    sha256 = hashlib.sha256

    def digest(row: tuple[Any, ...]) -> str:
        return sha256(encode(dict(zip(names, [row[n] for n in where], strict=True)))).hexdigest()

    return digest


def stored_digests(table: str, uid_hexes: list[str]) -> dict[str, str]:
    """{uid hex: digest} of the records of `table` with those uids, read back as stored."""
    out: dict[str, str] = {}
    for start in range(0, len(uid_hexes), 500):
        chunk = uid_hexes[start : start + 500]
        cursor = db.execute_sql(
            f'SELECT * FROM "{table}" WHERE uid IN ({",".join("?" * len(chunk))})', chunk
        )
        columns = [d[0] for d in cursor.description]
        uid_at = columns.index("uid")
        digest = digester(columns)
        for row in cursor:
            out[str(row[uid_at])] = digest(row)
    return out


def head() -> tuple[int, str]:
    """(entry count, hash of the last entry) of the chain: what a package carries."""
    row = db.execute_sql(
        "SELECT COUNT(*), (SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1) "
        "FROM audit_log"
    ).fetchone()
    return int(row[0]), row[1] or GENESIS


def _last_hash() -> str:
    row = db.execute_sql("SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


def append(
    entries: list[tuple[str, str, str, dict[str, list[Any]]]], digests: list[str] | None = None
) -> None:
    """Append (action, entity, uid, changes) entries, chained, inside the caller's transaction;
    `digests` (one per entry, "" for none) are the records' stored digests."""
    if not entries:
        return
    digests = digests or [""] * len(entries)
    prev = _last_hash()
    actor = current_actor()
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    at_text = at.isoformat(sep=" ")
    rows = []
    for (action, entity, uid, changes), record in zip(entries, digests, strict=True):
        text = canonical(changes)
        digest = entry_digest(prev, at_text, actor, action, entity, uid, text, record)
        rows.append((at_text, actor, action, entity, uid, text, prev, digest, record))
        prev = digest
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        placeholders = ",".join(["(?,?,?,?,?,?,?,?,?)"] * len(chunk))
        db.execute_sql(
            "INSERT INTO audit_log (at, actor, action, entity, record_uid, changes, prev_hash, "
            f"entry_hash, record_digest) VALUES {placeholders}",
            [v for row in chunk for v in row],
        )
