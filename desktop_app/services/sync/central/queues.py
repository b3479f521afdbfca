"""The quarantine (records the central office did not take) and the merge queue (one NIP
held by two offices), and how HR closes a merge item."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.i18n import N_
from desktop_app.models import MergeItem, Quarantine, audit, db, utcnow
from desktop_app.models.database import write_transaction
from desktop_app.services.session import Action, require
from desktop_app.services.sync.central.errors import error
from desktop_app.sync import apply


def find_merges(code: str, nips: list[tuple[str, str]]) -> int:
    """One NIP held live by two offices goes to the merge queue (both copies stay)."""
    found = 0
    for start in range(0, len(nips), 500):
        chunk = nips[start : start + 500]
        by_nip = {nip: uid for uid, nip in chunk}
        marks = ",".join("?" * len(by_nip))
        rows = db.execute_sql(
            f"SELECT uid, office_code, nip FROM employee WHERE nip IN ({marks}) "
            "AND office_code != ? AND deleted = 0",
            [*by_nip, code],
        ).fetchall()
        for other_uid, other_office, nip in rows:
            db.execute_sql(
                "INSERT OR IGNORE INTO sync_merge (entity, business_key, first_uid, "
                "first_office, second_uid, second_office, found_at, resolved, resolution) "
                "VALUES ('employee', ?, ?, ?, ?, ?, ?, 0, '')",
                (nip, other_uid, other_office, by_nip[nip], code, utcnow()),
            )
            found += 1
    return found


def stored_quarantine(log_id: int) -> list[apply.Quarantined]:
    """The records quarantined by one import, as the receipt and the result show them."""
    return [
        apply.Quarantined(q.entity, q.uid, q.version, q.reason, q.payload.encode())
        for q in Quarantine.select().where(Quarantine.import_log == log_id)
    ]


def quarantine_list(office_code: str | None = None) -> list[Quarantine]:
    require(Action.SYNC)
    query = Quarantine.select().where(Quarantine.resolved == False)
    if office_code:
        query = query.where(Quarantine.office_code == office_code)
    return list(query.order_by(Quarantine.id))


def merge_queue() -> list[MergeItem]:
    require(Action.SYNC)
    return list(MergeItem.select().where(MergeItem.resolved == False).order_by(MergeItem.id))


@dataclass
class MergeRow:
    """One open merge item with what HR needs to decide: whose NIP it is in each office."""

    id: int
    nip: str
    first_office: str
    first_uid: str
    first_name: str
    first_unit: str
    second_office: str
    second_uid: str
    second_name: str
    second_unit: str
    found_at: dt.datetime


def merge_queue_details() -> list[MergeRow]:
    """The open merge items with the name and unit each office holds for the NIP."""
    items = merge_queue()
    uids = {uid for item in items for uid in (item.first_uid, item.second_uid)}
    held: dict[str, tuple[str, str]] = {}
    for start in range(0, len(uids), 500):
        chunk = sorted(uids)[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for uid, name, unit in db.execute_sql(
            f"SELECT e.uid, e.name, u.name FROM employee e LEFT JOIN unit u ON u.id = e.unit_id "
            f"WHERE e.uid IN ({marks})",
            [_uid_key(uid) for uid in chunk],
        ):
            held[_uid_key(uid)] = (name or "", unit or "")
    out = []
    for item in items:
        first = held.get(_uid_key(item.first_uid), ("", ""))
        second = held.get(_uid_key(item.second_uid), ("", ""))
        out.append(
            MergeRow(
                item.id,
                item.business_key,
                item.first_office,
                item.first_uid,
                first[0],
                first[1],
                item.second_office,
                item.second_uid,
                second[0],
                second[1],
                item.found_at,
            )
        )
    return out


def _uid_key(uid: object) -> str:
    """A uid as the tables store it (32 lowercase hex digits)."""
    return str(uid).replace("-", "").lower()


def resolve_merge(item_id: int, resolution: str) -> None:
    """Close a merge item with what HR decided (both copies stay; the note says which is
    the employee's current record)."""
    require(Action.SYNC)
    resolution = resolution.strip()
    if not resolution:
        raise error(N_("sync_central", "Write what was decided for this NIP."))
    with write_transaction():
        item = MergeItem.get_or_none(MergeItem.id == item_id)
        if item is None:
            raise error(N_("sync_central", "The merge item no longer exists."))
        item.resolved = True
        item.resolution = resolution
        item.save()
        audit.append(
            [("resolve", "sync_merge", item.business_key, {"resolution": [None, resolution]})]
        )
