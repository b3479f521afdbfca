"""What the central office holds of each office: the held version, last sequence and
sequence gaps per office database, and the status, office and history lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.models import ImportLog, MergeItem, Office, Quarantine, SyncOfficeState, utcnow
from desktop_app.services.session import Action, require
from desktop_app.sync import keys, package


def held_state(code: str, database_id: str) -> SyncOfficeState | None:
    """What the central office holds of one database of an office (None: nothing yet)."""
    return SyncOfficeState.get_or_none(
        (SyncOfficeState.office_code == code) & (SyncOfficeState.database_id == database_id)
    )


def state_count(code: str) -> int:
    """How many databases of the office sent packages (above 0 with no state for a new
    database_id: the office restored or copied its database)."""
    return SyncOfficeState.select().where(SyncOfficeState.office_code == code).count()


def advance(code: str, manifest: package.Manifest, state: SyncOfficeState | None) -> None:
    """Record the held version, the last sequence and the sequence gaps."""
    if state is None:
        state = SyncOfficeState(office_code=code, database_id=manifest.database_id)
    gaps = {int(g) for g in state.gaps.split(",") if g}
    gaps.discard(manifest.sequence)
    last = state.last_sequence or 0
    if manifest.sequence > last + 1:
        gaps |= set(range(last + 1, manifest.sequence))
    state.last_sequence = max(last, manifest.sequence)
    state.max_version = max(state.max_version or 0, manifest.max_version)
    state.gaps = ",".join(str(g) for g in sorted(gaps))
    state.last_import_at = utcnow()
    if manifest.audit_head is not None:  # an older office program sends none
        state.audit_count = manifest.audit_head.count
        state.audit_hash = manifest.audit_head.hash
    try:
        state.last_package_at = dt.datetime.fromisoformat(manifest.created_at.rstrip("Z"))
    except ValueError:
        state.last_package_at = utcnow()
    state.save()


@dataclass
class OfficeStatus:
    code: str
    name: str
    fingerprint: str
    databases: int
    last_sequence: int
    max_version: int
    gaps: str
    last_import_at: dt.datetime | None
    days_since_package: int | None
    quarantined: int
    merges: int


def office_status() -> list[OfficeStatus]:
    """Per registered office: its current database's sequence, acknowledged version, gaps and
    the days since its last package, with open quarantine and merge items."""
    require(Action.SYNC)
    out = []
    today = utcnow()
    for office in Office.select().where(Office.is_self == False).order_by(Office.code):
        states = list(
            SyncOfficeState.select()
            .where(SyncOfficeState.office_code == office.code)
            .order_by(SyncOfficeState.last_import_at.desc())
        )
        current = states[0] if states else None
        days = None
        if current is not None and current.last_package_at is not None:
            days = max(0, (today - current.last_package_at).days)
        out.append(
            OfficeStatus(
                office.code,
                office.name,
                keys.grouped(keys.fingerprint(office.public_key)) if office.public_key else "",
                len(states),
                current.last_sequence if current else 0,
                current.max_version if current else 0,
                current.gaps if current else "",
                current.last_import_at if current else None,
                days,
                Quarantine.select()
                .where((Quarantine.office_code == office.code) & (Quarantine.resolved == False))
                .count(),
                MergeItem.select()
                .where(
                    (
                        (MergeItem.first_office == office.code)
                        | (MergeItem.second_office == office.code)
                    )
                    & (MergeItem.resolved == False)
                )
                .count(),
            )
        )
    return out


def offices() -> list[tuple[str, str]]:
    """(code, name) of every office whose packages this central office took, by code."""
    require(Action.READ_ALL)
    return [
        (o.code, o.name)
        for o in Office.select().where(Office.is_self == False).order_by(Office.code)
    ]


def import_history(limit: int = 500) -> list[ImportLog]:
    """The packages imported (and seen again), newest first."""
    require(Action.SYNC)
    return list(ImportLog.select().order_by(ImportLog.id.desc()).limit(limit))
