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

import base64
import datetime as dt
import decimal
import hashlib
import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec
from peewee import CharField, DateTimeField, Model, TextField

from desktop_app.models import base
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
    `digests` (one per entry, "" for none) are the records' stored digests. Inside a
    `bulk_entry` block, the creations of digested records (and later changes of those same
    records) wait for the block's one bulk entry instead."""
    scope = _bulk.scope
    if scope is not None and digests is not None:
        entries, digests = scope.take(entries, digests)
        if any(not d for d, (_a, _e, _u, _c) in zip(digests, entries, strict=True)):
            digests = _fill_digests(entries, digests)
    _append(entries, digests)


def _append(entries: list[tuple[str, str, str, dict[str, Any]]], digests: list[str] | None) -> None:
    if not entries:
        return
    digests = digests or [""] * len(entries)
    base.lock_writers()  # one chain: no two writers read the same head (PostgreSQL)
    prev = _last_hash()
    actor = current_actor()
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    at_text = at.isoformat(sep=" ")
    rows = []
    for (action, entity, uid, changes), record in zip(entries, digests, strict=True):
        text = compact_changes(action, uid, changes)
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


# --- the compact format (issue 26) ---------------------------------------------------------------
#
# Format 1 (before): `changes` is a JSON object {field: [old, new]}, a creation [null, value] for
# every column. Format 2: a creation is the JSON array ["c", {field: value}] holding only the
# fields with a value (no null, "" or false, which the viewer never showed, and not the uid the
# entry's record column already holds); an update stays {field: [old, new]} of the changed
# fields. A bulk entry (action "bulk") stands for many creations at once: see `bulk_entry`.
# Both formats are hashed as stored, so old entries verify exactly as before.

CREATED = "c"


def compact_changes(action: str, uid: str, changes: dict[str, Any]) -> str:
    """The stored text of an entry's changes (format 2 for a creation)."""
    if action != "create" or not all(
        isinstance(v, list) and len(v) == 2 and v[0] is None for v in changes.values()
    ):
        return canonical(changes)
    kept = {
        name: new
        for name, (_old, new) in changes.items()
        if new not in (None, "", False) and not (name == "uid" and new == uid)
    }
    return canonical([CREATED, kept])


def read_changes(action: str, uid: str, text: str) -> dict[str, Any]:
    """{field: [old, new]} of a stored entry in either format ({} for a bulk entry, whose
    summary `read_bulk` gives)."""
    value = json.loads(text)
    if action == "bulk":
        return {}
    if isinstance(value, list) and len(value) == 2 and value[0] == CREATED:
        changes = {name: [None, new] for name, new in value[1].items()}
        return changes
    return value


@dataclass(frozen=True)
class BulkRecords:
    """What one bulk entry holds: the label of the bulk ("demo", "import"), the local ids of
    its records (in runs) and the first 8 bytes of each record's digest, in id order; the
    entry's record digest is the SHA-256 of all their full digests (the rows' digest)."""

    label: str
    count: int
    runs: list[tuple[int, int]]
    short_digests: bytes
    full_digests: bytes = b""  # 32 bytes a record, for FULL_DIGEST_TABLES only

    def ids(self) -> list[int]:
        return [start + n for start, length in self.runs for n in range(length)]

    def position(self, ident: int) -> int | None:
        """Index of the record with local id `ident` in this bulk, None when not in it."""
        offset = 0
        for start, length in self.runs:
            if start <= ident < start + length:
                return offset + ident - start
            offset += length
        return None

    def short_digest(self, index: int) -> bytes:
        return self.short_digests[index * SHORT : (index + 1) * SHORT]

    def full_digest(self, index: int) -> str:
        """The record's full digest (hex) as the bulk left it, "" when not kept."""
        return self.full_digests[index * 32 : (index + 1) * 32].hex()


SHORT = 8  # bytes of each record's digest a bulk entry keeps (its rows' digest has all 32)
# Records a verification code is printed for (services/verification): their bulk entries keep
# each full digest too, so a code issued before a change still says "changed", not "invalid".
FULL_DIGEST_TABLES = frozenset({"performance_plan", "evaluation", "development_plan"})


def read_bulk(text: str) -> BulkRecords:
    value = json.loads(text)
    return BulkRecords(
        str(value["bulk"]),
        int(value["n"]),
        [(int(a), int(b)) for a, b in value["ids"]],
        base64.b64decode(value["d"]),
        base64.b64decode(value.get("f", "")),
    )


def rows_digest(full_digests: list[str]) -> str:
    """The digest of a bulk's records: SHA-256 of their hex digests in id order."""
    return hashlib.sha256("".join(full_digests).encode()).hexdigest()


class _BulkState(threading.local):
    scope: _BulkScope | None = None


class _BulkScope:
    def __init__(self, label: str) -> None:
        self.label = label
        self.created: dict[str, dict[str, None]] = {}  # entity -> uids (ordered set)

    def take(
        self, entries: list[tuple[str, str, str, dict[str, Any]]], digests: list[str]
    ) -> tuple[list[tuple[str, str, str, dict[str, Any]]], list[str]]:
        """The entries still written one by one: not the creations, and not the changes of
        records created in this block (the bulk entry digests them as they end up)."""
        kept, kept_digests = [], []
        for entry, digest in zip(entries, digests, strict=True):
            action, entity, uid, _changes = entry
            if action == "create":
                self.created.setdefault(entity, {})[uid] = None
            elif uid not in self.created.get(entity, ()):
                kept.append(entry)
                kept_digests.append(digest)
        return kept, kept_digests

    def write(self) -> None:
        for entity, uids in self.created.items():
            pairs = sorted(_stored_with_ids(entity, [uuid.UUID(u).hex for u in uids]))
            if not pairs:
                continue
            runs: list[list[int]] = []
            for ident, _digest in pairs:
                if runs and runs[-1][0] + runs[-1][1] == ident:
                    runs[-1][1] += 1
                else:
                    runs.append([ident, 1])
            short = b"".join(bytes.fromhex(d[: 2 * SHORT]) for _i, d in pairs)
            changes = {
                "bulk": self.label,
                "n": len(pairs),
                "ids": runs,
                "d": base64.b64encode(short).decode("ascii"),
            }
            if entity in FULL_DIGEST_TABLES:
                whole = b"".join(bytes.fromhex(d) for _i, d in pairs)
                changes["f"] = base64.b64encode(whole).decode("ascii")
            full = [d for _i, d in pairs]
            _append([("bulk", entity, str(uuid.uuid4()), changes)], [rows_digest(full)])


_bulk = _BulkState()


class bulk_entry:
    """`with bulk_entry("demo"):` inside a write transaction: every record created in the
    block (through `insert_many`, `bulk_insert` or `save`) gets no entry of its own; at the
    end, one entry per table says "N records created at once" with their ids and digests, so
    `audit verify` still proves each record as it was left. Changes of records that existed
    before the block are written as usual. The demo and large imports use it (issue 26: the
    audit log was 60 % of a demo database). Nested blocks join the outer one."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.outer = False

    def __enter__(self) -> bulk_entry:
        self.outer = _bulk.scope is None
        if self.outer:
            _bulk.scope = _BulkScope(self.label)
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if not self.outer:
            return
        scope, _bulk.scope = _bulk.scope, None
        if exc_type is None and scope is not None:
            scope.write()


def in_bulk() -> bool:
    """Whether creations are being gathered into a bulk entry (so need no digest now)."""
    return _bulk.scope is not None


def _stored_with_ids(table: str, uid_hexes: list[str]) -> list[tuple[int, str]]:
    """(local id, digest) of the records of `table` with those uids."""
    out: list[tuple[int, str]] = []
    for start in range(0, len(uid_hexes), 500):
        chunk = uid_hexes[start : start + 500]
        cursor = db.execute_sql(
            f'SELECT * FROM "{table}" WHERE uid IN ({",".join("?" * len(chunk))})', chunk
        )
        columns = [d[0] for d in cursor.description]
        id_at = columns.index("id")
        digest = digester(columns)
        out += [(int(row[id_at]), digest(row)) for row in cursor]
    return out


def _fill_digests(
    entries: list[tuple[str, str, str, dict[str, Any]]], digests: list[str]
) -> list[str]:
    """Digests of kept entries that were skipped while gathering (bulk_insert inside a block)."""
    filled = list(digests)
    for n, (_action, entity, uid, _changes) in enumerate(entries):
        if not filled[n]:
            hexed = uuid.UUID(uid).hex
            filled[n] = stored_digests(entity, [hexed]).get(hexed, "")
    return filled
