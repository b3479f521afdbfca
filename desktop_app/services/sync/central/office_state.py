"""What the central office holds of each office: the held version, last sequence and
sequence gaps per office database, and the status, office and history lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.i18n import N_
from desktop_app.models import ImportLog, MergeItem, Office, Quarantine, SyncOfficeState, utcnow
from desktop_app.services.session import Action, require
from desktop_app.sync import decoding, keys, package
from desktop_app.sync.package import refused


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
    """Record the held version, the last sequence and the sequence gaps (as ranges, so a
    package far ahead costs one range, not one entry per missing number)."""
    if state is None:
        state = SyncOfficeState(office_code=code, database_id=manifest.database_id)
    gaps = remove_gap(parse_gaps(state.gaps), manifest.sequence)
    last = state.last_sequence or 0
    if manifest.sequence > last + 1:
        gaps.append((last + 1, manifest.sequence - 1))
    state.last_sequence = max(last, manifest.sequence)
    state.max_version = max(state.max_version or 0, manifest.max_version)
    state.gaps = format_gaps(gaps)
    state.last_import_at = utcnow()
    if manifest.audit_head is not None:  # an older office program sends none
        state.audit_count = manifest.audit_head.count
        state.audit_hash = manifest.audit_head.hash
    try:
        state.last_package_at = dt.datetime.fromisoformat(manifest.created_at.rstrip("Z"))
    except ValueError:
        state.last_package_at = utcnow()
    state.save()


def check_sequence(code: str, manifest: package.Manifest, state: SyncOfficeState | None) -> None:
    """Refuse a sequence absurdly far ahead of the last one imported (a forged or damaged
    manifest): no office skips thousands of packages."""
    last = state.last_sequence if state is not None else 0
    if manifest.sequence > (last or 0) + decoding.MAX_SEQUENCE_JUMP:
        raise refused(
            N_(
                "sync",
                "Package {sequence} of office {office} is more than {limit} packages ahead of "
                "the last one imported ({last}): the package is forged or damaged. Refused.",
            ),
            sequence=manifest.sequence,
            office=code,
            limit=decoding.MAX_SEQUENCE_JUMP,
            last=last or 0,
        )


def parse_gaps(text: str) -> list[tuple[int, int]]:
    """'3-7,9' (or the older '3,4,5') as sorted (first, last) ranges."""
    out = []
    for part in text.split(","):
        first, _, last = part.strip().partition("-")
        if first.isdigit():
            out.append((int(first), int(last) if last.isdigit() else int(first)))
    return sorted(out)


def remove_gap(gaps: list[tuple[int, int]], sequence: int) -> list[tuple[int, int]]:
    """The ranges without `sequence` (a late package fills its gap)."""
    out = []
    for first, last in gaps:
        if first <= sequence <= last:
            out += [r for r in ((first, sequence - 1), (sequence + 1, last)) if r[0] <= r[1]]
        else:
            out.append((first, last))
    return out


def format_gaps(gaps: list[tuple[int, int]]) -> str:
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in sorted(gaps))


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
