"""Reading and checking the audit trail: history of one record, the audit viewer, `audit verify`.

The entries as stored (table and column names, ids); `audit_rows` turns them into user words."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from desktop_app.models import AuditEntry, db
from desktop_app.models.audit import REDACTED, bulk_entry, plain, read_bulk, read_changes
from desktop_app.models.base import AuditedModel
from desktop_app.services import audit_verify
from desktop_app.services.audit_verify import ChainBreak
from desktop_app.services.session import Action, require


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    record_uid: str
    changes: dict[str, list[Any]]
    bulk: tuple[str, int] | None = None  # a bulk entry: (its label, how many records)


def _row(entry: tuple) -> AuditRow:
    """An entry in either stored format (models.audit: format 1, format 2, bulk entries)."""
    at = entry[1] if isinstance(entry[1], dt.datetime) else dt.datetime.fromisoformat(entry[1])
    action, uid, text = entry[3], entry[5], entry[6]
    bulk = None
    if action == "bulk":
        held = read_bulk(text)
        bulk = (held.label, held.count)
    changes = read_changes(action, uid, text)
    return AuditRow(entry[0], at, entry[2], action, entry[4], uid, changes, bulk)


_COLUMNS = (
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.actor,
    AuditEntry.action,
    AuditEntry.entity,
    AuditEntry.record_uid,
    AuditEntry.changes,
)


def history(record_uid: str) -> list[AuditRow]:
    """Every change of one record, oldest first (the Riwayat view).

    Whoever may read the register may read the history of its records."""
    require(Action.READ_ALL)
    query = (
        AuditEntry.select(*_COLUMNS)
        .where(AuditEntry.record_uid == str(record_uid))
        .order_by(AuditEntry.id)
        .tuples()
    )
    rows = [_row(r) for r in query]
    created = _bulk_creations(str(record_uid))
    if not created:
        return rows
    rows = sorted(rows + created, key=lambda r: r.id)
    first = created[0]
    later = [r for r in rows if r.id > first.id]
    values = _values_at_creation(first.entity, str(record_uid), later)
    return [dataclasses.replace(r, changes=values) if r is first else r for r in rows]


def _values_at_creation(entity: str, record_uid: str, later: list[AuditRow]) -> dict[str, list]:
    """A record created in a bulk entry, as it was created: its stored values with every
    later change undone (the later entries hold the old values), shown as a creation."""
    model = next((m for m in _audited_models() if m._meta.table_name == entity), None)
    if model is None:
        return {}
    row = model.select().where(model.uid == uuid.UUID(record_uid)).dicts().first()
    if row is None:
        return {}
    values = {name: plain(value) for name, value in row.items()}
    for entry in reversed(later):
        for name, pair in entry.changes.items():
            if isinstance(pair, list) and len(pair) == 2 and name in values:
                values[name] = pair[0]
    return {
        name: [None, REDACTED if name in model.audit_redact else value]
        for name, value in values.items()
        if name not in ("id", "uid") and name not in model.audit_exclude
    }


def _audited_models() -> list[type[AuditedModel]]:
    found, pending = [], list(AuditedModel.__subclasses__())
    while pending:
        model = pending.pop()
        pending += model.__subclasses__()
        if model._meta.fields.get("uid") is not None:
            found.append(model)
    return found


def _bulk_creations(record_uid: str) -> list[AuditRow]:
    """The bulk entries that created this record (found by its local id in their runs),
    shown as the record's creation."""
    found = []
    local_ids: dict[str, int | None] = {}
    try:
        uid_hex = uuid.UUID(record_uid).hex
    except ValueError:
        return []
    bulks = AuditEntry.select(*_COLUMNS).where(AuditEntry.action == "bulk").tuples()
    for entry in bulks:
        entity = entry[4]
        if entity not in local_ids:
            row = db.execute_sql(f'SELECT id FROM "{entity}" WHERE uid = ?', (uid_hex,)).fetchone()
            local_ids[entity] = int(row[0]) if row else None
        ident = local_ids[entity]
        if ident is not None and read_bulk(entry[6]).position(ident) is not None:
            row = _row(entry)
            found.append(dataclasses.replace(row, record_uid=record_uid))
    return found


__all__ = ["AuditRow", "bulk_digests", "bulk_entry", "history", "search", "verify_chain"]


def bulk_digests(entity: str, record_id: int) -> list[str]:
    """The full digests bulk entries kept of one record (by its local id) as they left it."""
    found = []
    bulks = AuditEntry.select(AuditEntry.changes).where(
        (AuditEntry.action == "bulk") & (AuditEntry.entity == entity)
    )
    for (text,) in bulks.tuples():
        held = read_bulk(text)
        index = held.position(record_id)
        if index is not None and (digest := held.full_digest(index)):
            found.append(digest)
    return found


SEARCH_LIMIT = 5000


def search(
    actor: str | None = None,
    entity: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = SEARCH_LIMIT,
    *,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
) -> list[AuditRow]:
    """Newest entries first, filtered by user, record type and time.

    `start`/`end` are naive UTC instants (end exclusive): the viewer turns the user's local
    days into them, since entries are stored in UTC. `since`/`until` are whole UTC days
    (inclusive), for callers without a time zone. The audit viewer is for admin and HR."""
    require(Action.READ_AUDIT)
    query = AuditEntry.select(*_COLUMNS)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if since:
        query = query.where(AuditEntry.at >= dt.datetime.combine(since, dt.time()))
    if until:
        query = query.where(
            AuditEntry.at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time())
        )
    if start:
        query = query.where(AuditEntry.at >= start)
    if end:
        query = query.where(AuditEntry.at < end)
    return [_row(r) for r in query.order_by(AuditEntry.id.desc()).limit(limit).tuples()]


def actors() -> list[str]:
    require(Action.READ_AUDIT)
    return [
        r[0]
        for r in AuditEntry.select(AuditEntry.actor).distinct().order_by(AuditEntry.actor).tuples()
    ]


def entities() -> list[str]:
    require(Action.READ_AUDIT)
    return [
        r[0]
        for r in AuditEntry.select(AuditEntry.entity)
        .distinct()
        .order_by(AuditEntry.entity)
        .tuples()
    ]


def verify_chain() -> tuple[int, ChainBreak | None]:
    """Recompute every hash in order; returns (entries checked, first break or None).
    `audit_verify.check` adds the anchor and the records."""
    result = audit_verify.AuditCheck()
    audit_verify.walk_chain(result)
    return result.entries, result.chain_break
