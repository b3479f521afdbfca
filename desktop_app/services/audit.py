"""Reading and checking the audit trail: history of one record, the audit viewer, `audit verify`.

The entries as stored (table and column names, ids); `audit_rows` turns them into user words."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from desktop_app.models import AuditEntry
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


def _row(entry: tuple) -> AuditRow:
    at = entry[1] if isinstance(entry[1], dt.datetime) else dt.datetime.fromisoformat(entry[1])
    return AuditRow(entry[0], at, entry[2], entry[3], entry[4], entry[5], json.loads(entry[6]))


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
    return [_row(r) for r in query]


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
