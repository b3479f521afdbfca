"""`audit verify`: the hash chain, its anchor outside the file, and the business records.

Three checks, because whoever holds the database file can rewrite an unkeyed chain:
- the chain itself: every entry's hash and its link to the one before (an entry edited or
  removed in the middle);
- the anchor (design.md "Audit anchored outside the file"): the central office signed, in its
  receipt, the head (entry count N and hash H) of the chain a package carried; entry N must
  still exist with hash H. Fewer entries: the history was cut short; another hash: it was
  rewritten (hashes recomputed after an edit, or entries inserted or forged before N);
- the records: every entry about a business record carries the digest of the record as stored
  after the change; each record of this office must still match the digest of its latest
  entry, and after the first entry with a digest every entry about a record must carry one. A
  rating changed by raw SQL, or an entry forged without the record, is found here.

What it cannot see: entries appended after the last acknowledged head by someone who also
changes the record and computes the digests the same way; the next package sends that head
to the central office, which then holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field

from desktop_app.models import SYNCED_MODELS, Office, db
from desktop_app.models.audit import (
    GENESIS,
    SHORT,
    BulkRecords,
    digester,
    entry_digest,
    read_bulk,
    rows_digest,
)
from desktop_app.services import settings
from desktop_app.services.sync.office.state import ACKNOWLEDGED_HEAD

Progress = Callable[[int, int], None]
MAX_LISTED = 50  # record problems listed by name; all are counted


@dataclass(frozen=True)
class ChainBreak:
    """The first entry whose hash or link to the previous entry does not hold."""

    entry_id: int
    reason: str


@dataclass(frozen=True)
class AnchorHead:
    """The chain head the central office acknowledged (from its signed receipt)."""

    count: int
    hash: str
    sequence: int


@dataclass
class AuditCheck:
    entries: int = 0
    chain_break: ChainBreak | None = None
    anchor: AnchorHead | None = None
    anchor_problem: str | None = None  # None: the anchor holds (or there is none)
    forged: list[int] = field(default_factory=list)  # entry ids without a record digest
    changed: list[tuple[str, str]] = field(default_factory=list)  # (entity, uid)
    unaudited: list[tuple[str, str]] = field(default_factory=list)  # records with no entry
    records: int = 0  # records checked against their digest
    uncovered: int = 0  # records last changed before digests existed (migration 0010)

    @property
    def ok(self) -> bool:
        return (
            not (self.chain_break or self.anchor_problem or self.forged or self.changed)
            and not self.unaudited
        )


def acknowledged_head() -> AnchorHead | None:
    """The last head the central office acknowledged in a receipt (None: no receipt yet)."""
    stored = settings.get(ACKNOWLEDGED_HEAD)
    if not isinstance(stored, dict):
        return None
    try:
        return AnchorHead(int(stored["count"]), str(stored["hash"]), int(stored["sequence"]))
    except (KeyError, TypeError, ValueError):
        return None


def check(progress: Progress | None = None) -> AuditCheck:
    """Every check above, reading the audit log once and each business table once."""
    result = AuditCheck(anchor=acknowledged_head())
    latest = walk_chain(result)
    _check_anchor(result)
    if progress is not None:
        progress(1, len(SYNCED_MODELS) + 1)
    own = Office.get_or_none(Office.is_self == True)
    if own is not None:
        for n, model in enumerate(SYNCED_MODELS):
            _check_records(result, model._meta.table_name, own.code, latest)
            if progress is not None:
                progress(n + 2, len(SYNCED_MODELS) + 1)
    return result


@dataclass
class Latest:
    """The latest entry of every record, as the chain says: `by_uid[entity][uid]` is the
    first 16 bytes of the record digest then the entry's place in the chain (5 bytes; b""
    digest for an entry without one); `bulks[entity]` are the bulk entries (place, what they
    hold, their rows' digest), whose records are found by local id."""

    by_uid: dict[str, dict[bytes, bytes]]
    bulks: dict[str, list[tuple[int, int, BulkRecords, str]]] = field(default_factory=dict)


def walk_chain(result: AuditCheck) -> Latest:
    """Check every link and hash; returns the latest entry of each record. Uids and digests
    are kept as raw bytes (the first 128 bits of the digest), about 200 bytes a record:
    50,000 employees hold some 1.4 million records."""
    cursor = db.execute_sql(
        "SELECT id, at, actor, action, entity, record_uid, changes, prev_hash, entry_hash, "
        "record_digest FROM audit_log ORDER BY id"
    )
    latest = Latest({m._meta.table_name: {} for m in SYNCED_MODELS})
    prev = GENESIS
    digests_started = False
    anchor = result.anchor
    for row in cursor:
        result.entries += 1
        entry_id, at, actor, action, entity, uid, changes, prev_hash, entry_hash, record = row
        if result.chain_break is None:
            at_text = at if isinstance(at, str) else at.isoformat(sep=" ")
            if prev_hash != prev:
                result.chain_break = ChainBreak(
                    entry_id,
                    "its link to the previous entry is broken "
                    "(an entry before it was changed or removed)",
                )
            elif (
                entry_digest(prev_hash, at_text, actor, action, entity, uid, changes, record)
                != entry_hash
            ):
                result.chain_break = ChainBreak(
                    entry_id, "its content does not match its hash (it was edited)"
                )
        prev = entry_hash
        if anchor is not None and result.entries == anchor.count and entry_hash != anchor.hash:
            result.anchor_problem = (
                f"entry {anchor.count} no longer has the hash the central office acknowledged "
                f"(package {anchor.sequence}): the history was rewritten (hashes recomputed "
                "after an edit, or entries inserted, removed or forged before it)"
            )
        held = latest.by_uid.get(entity)
        if held is None:
            continue
        if record:
            digests_started = True
        elif digests_started:
            result.forged.append(entry_id)
        place = result.entries.to_bytes(5, "big")
        if action == "bulk":
            try:
                bulk = read_bulk(changes)
            except (ValueError, KeyError, TypeError):  # unreadable: its records are unaudited
                result.forged.append(entry_id)
                continue
            latest.bulks.setdefault(entity, []).append((result.entries, entry_id, bulk, record))
            continue
        with suppress(ValueError):  # not a uid (a hand-made entry): the record check says it
            held[bytes.fromhex(uid.replace("-", ""))] = bytes.fromhex(record[:32]) + place
    return latest


def _check_anchor(result: AuditCheck) -> None:
    anchor = result.anchor
    if anchor is not None and result.entries < anchor.count:
        result.anchor_problem = (
            f"the audit trail holds {result.entries} entries, but the central office "
            f"acknowledged {anchor.count} (package {anchor.sequence}): the last "
            f"{anchor.count - result.entries} or more entries were deleted (history truncated)"
        )


def _check_records(result: AuditCheck, table: str, own: str, latest: Latest) -> None:
    cursor = db.execute_sql(f'SELECT * FROM "{table}" WHERE office_code = ?', (own,))
    columns = [d[0] for d in cursor.description]
    uid_at = columns.index("uid")
    id_at = columns.index("id")
    digest = digester(columns)
    held = latest.by_uid.get(table, {})
    bulks = latest.bulks.get(table, [])
    at_bulk_state: list[dict[int, str]] = [{} for _ in bulks]  # full digests, by position
    for row in cursor:
        h = str(row[uid_at])
        uid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" if len(h) == 32 else h
        try:
            value = held.get(bytes.fromhex(h))
        except ValueError:
            value = None
        expected, place = (value[:-5], int.from_bytes(value[-5:], "big")) if value else (None, 0)
        hit = None  # (bulk, position) of a bulk entry later than the record's own latest
        for n, (bulk_place, _entry_id, bulk, _rows) in enumerate(bulks):
            if bulk_place > place and (index := bulk.position(int(row[id_at]))) is not None:
                hit, place = (n, index), bulk_place
        if hit is not None:
            n, index = hit
            full = digest(row)
            result.records += 1
            if bytes.fromhex(full[: 2 * SHORT]) != bulks[n][2].short_digest(index):
                result.changed.append((table, uid))
            else:
                at_bulk_state[n][index] = full
            continue
        if expected is None:
            result.unaudited.append((table, uid))
        elif not expected:
            result.uncovered += 1
        else:
            result.records += 1
            if bytes.fromhex(digest(row)[:32]) != expected:
                result.changed.append((table, uid))
    for n, (_place, entry_id, bulk, rows) in enumerate(bulks):
        found = at_bulk_state[n]
        # every record still as the bulk left it: the full 256-bit rows' digest must hold too
        if len(found) == bulk.count and rows_digest([found[i] for i in range(bulk.count)]) != rows:
            result.changed.append((table, f"(bulk entry {entry_id})"))


def report_lines(result: AuditCheck) -> list[str]:
    """What `audit verify` prints: one line per finding, plain words."""
    lines = []
    if result.chain_break is not None:
        lines.append(
            f"audit chain broken at entry {result.chain_break.entry_id}: "
            f"{result.chain_break.reason}"
        )
    if result.anchor_problem:
        lines.append(f"rewritten or truncated history: {result.anchor_problem}")
    if result.forged:
        ids = ", ".join(str(i) for i in result.forged[:MAX_LISTED])
        lines.append(
            f"{len(result.forged)} entries about records carry no record digest, which this "
            f"program always writes: forged entries (ids {ids})"
        )
    for label, items in (
        ("changed without an audit entry", result.changed),
        ("present without any audit entry", result.unaudited),
    ):
        if items:
            listed = ", ".join(f"{e} {u}" for e, u in items[:MAX_LISTED])
            more = f" and {len(items) - MAX_LISTED} more" if len(items) > MAX_LISTED else ""
            lines.append(f"{len(items)} records {label}: {listed}{more}")
    return lines


def summary_line(result: AuditCheck) -> str:
    anchor = (
        f"anchored at entry {result.anchor.count} (package {result.anchor.sequence})"
        if result.anchor
        else "not anchored yet (no receipt of the central office imported)"
    )
    uncovered = (
        f"; {result.uncovered} records last changed before record digests existed are not "
        "covered until their next change"
        if result.uncovered
        else ""
    )
    return (
        f"audit chain intact: {result.entries} entries checked, {anchor}; "
        f"{result.records} records match their latest entry{uncovered}"
    )
