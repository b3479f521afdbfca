"""Sync at the central office (kantor pusat): its identity, importing the offices' packages
with a dry run first, receipts, the state per office, the quarantine and the merge queue
(design.md "Import at the central office").

Every refusal raises a `PackageError`/`InputError` before anything is written; an applied
import is one transaction (a killed process leaves the database as it was). The dry run runs
the same code and rolls back, so its summary is exactly what applying would do.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pyrage import x25519

from desktop_app.errors import InputError
from desktop_app.files import atomic_write, write_atomic
from desktop_app.i18n import N_
from desktop_app.models import (
    CentralIdentity,
    ImportLog,
    MergeItem,
    Office,
    Quarantine,
    SyncOfficeState,
    audit,
    db,
    utcnow,
)
from desktop_app.models.audit import current_actor
from desktop_app.models.database import refresh_office_cache, schema_version, write_transaction
from desktop_app.services import office as office_service
from desktop_app.services import settings
from desktop_app.services.session import Action, require
from desktop_app.sync import apply, keys, package, receipts
from desktop_app.sync.package import OpenedPackage, refused

CENTRAL_CODE = "PUSAT"
IDENTITY_EXPORTED = "sync.identity_exported_at"  # naive UTC ISO text of the last export
Progress = Callable[[int, int], None]


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "sync_central", **params)


class _DryRun(Exception):
    """Raised inside the transaction of a dry run to roll it back."""


@dataclass
class ImportResult:
    file_name: str
    office_code: str
    office_name: str
    sequence: int
    since_version: int
    max_version: int
    dry_run: bool
    duplicate: bool
    rebaseline: bool
    summary: dict[str, dict[str, int]] = field(default_factory=dict)
    quarantined: list[apply.Quarantined] = field(default_factory=list)
    merges: int = 0
    receipt: Path | None = None
    registered: bool = False  # the office was registered by this import

    @property
    def totals(self) -> dict[str, int]:
        out = dict.fromkeys(apply.COUNTS, 0)
        for counts in self.summary.values():
            for key, value in counts.items():
                out[key] += value
        return out


@dataclass
class PackageInfo:
    """What a package says about itself, before it is trusted (for the confirmation)."""

    file_name: str
    office_code: str
    office_name: str
    fingerprint: str
    known: bool  # the office is registered with this key
    sequence: int
    since_version: int
    created_at: str
    registered: bool = False  # the office code is registered (perhaps with another key)


# --- identity --------------------------------------------------------------------------------


def identity() -> CentralIdentity | None:
    return CentralIdentity.get_or_none()


def is_central() -> bool:
    return identity() is not None


def _identity() -> CentralIdentity:
    found = identity()
    if found is None:
        raise _error(
            N_(
                "sync_central",
                "This database is not a central office: run 'hq init --name NAME' on a new "
                "database first.",
            )
        )
    return found


def hq_init(name: str) -> CentralIdentity:
    """Make this (new) database a central office: an age identity packages are sealed for
    and an Ed25519 key receipts are signed with. Losing this database without the exported
    identity makes every package sealed for it unreadable."""
    require(Action.WRITE_SETTINGS)
    name = name.strip()
    if not name:
        raise _error(N_("sync_central", "Give the name of the central office."))
    with write_transaction():
        if identity() is not None:
            raise _error(N_("sync_central", "This database is a central office already."))
        own = office_service.current_office()
        if own is not None and own.code != CENTRAL_CODE:
            raise _error(
                N_(
                    "sync_central",
                    "This database belongs to office {code}: the central office needs a "
                    "database of its own.",
                ),
                code=own.code,
            )
        if own is None:
            office_service.init_office(CENTRAL_CODE, name)
        age = x25519.Identity.generate()
        private_pem, public_pem = keys.new_signing_key()
        central = CentralIdentity.create(
            name=name,
            age_identity=str(age),
            age_recipient=str(age.to_public()),
            signing_key=private_pem,
            public_key=public_pem,
        )
    refresh_office_cache()
    return central


def hq_key() -> tuple[str, str]:
    """(age public key the offices seal for, fingerprint of the receipt signing key)."""
    central = _identity()
    return central.age_recipient, keys.fingerprint(central.public_key)


def export_identity(path: str | Path) -> Path:
    """Write the age identity in the standard identity file format (`age -d -i FILE` opens
    packages with it). Keep it offline: whoever holds it reads every package."""
    require(Action.BACKUP)
    central = _identity()
    target = Path(path)
    text = (
        f"# Kinerja Luring central office: {central.name}\n"
        f"# created: {central.created_at.isoformat(timespec='seconds')}Z\n"
        f"# public key: {central.age_recipient}\n"
        f"{central.age_identity}\n"
    )
    try:
        with atomic_write(target, "w", encoding="ascii", permissions=0o600) as handle:
            handle.write(text)
    except OSError as exc:
        raise _error(
            N_("sync_central", "The identity could not be written to {path}: {reason}"),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    settings.put(IDENTITY_EXPORTED, utcnow().replace(microsecond=0).isoformat())
    return target


# --- reading a package -----------------------------------------------------------------------


def _read(path: str | Path) -> bytes:
    try:
        size = Path(path).stat().st_size
        if size > package.MAX_PACKAGE_BYTES:
            raise refused(
                N_(
                    "sync",
                    "The file is larger than {limit} MB, more than any package of this program: "
                    "it is not a package, or it is damaged.",
                ),
                limit=512,
            )
        return Path(path).read_bytes()
    except OSError as exc:
        raise _error(
            N_("sync_central", "The package {path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def _registered(code: str) -> Office | None:
    return Office.get_or_none((Office.code == code) & (Office.is_self == False))


def inspect(path: str | Path) -> PackageInfo:
    """Open a package far enough to show who says they sent it (for confirming the
    fingerprint of a new office); nothing is trusted or written."""
    central = _identity()
    opened = package.open_package(_read(path), central.age_identity, None)
    manifest = opened.manifest
    fp = package.manifest_fingerprint(manifest)
    known = _registered(manifest.office.code)
    return PackageInfo(
        Path(path).name,
        manifest.office.code,
        manifest.office.name,
        fp,
        known is not None and keys.fingerprint(known.public_key) == fp,
        manifest.sequence,
        manifest.since_version,
        manifest.created_at,
        known is not None,
    )


def _trusted_key(opened: OpenedPackage, trust: dict[str, str]) -> tuple[str, bool]:
    """The registered key of the package's office (registering it when `trust` confirms its
    fingerprint): (PEM, newly registered)."""
    manifest = opened.manifest
    code = manifest.office.code
    fp = package.manifest_fingerprint(manifest)
    known = _registered(code)
    if known is not None:
        if keys.fingerprint(known.public_key) != fp:
            raise refused(
                N_(
                    "sync",
                    "Office {office} is registered with another key ({known}); this package is "
                    "signed with {found}. Refused: if the office really made a new key, the "
                    "central office must confirm it first.",
                ),
                office=code,
                known=keys.grouped(keys.fingerprint(known.public_key)),
                found=keys.grouped(fp),
            )
        return known.public_key, False
    confirmed = trust.get(code)
    if confirmed is None or keys.normalize_fingerprint(confirmed) != fp:
        raise refused(
            N_(
                "sync",
                "Office {office} is not registered. Confirm its key fingerprint {fingerprint} "
                "with the office (by phone), then import again trusting it.",
            ),
            office=code,
            fingerprint=keys.grouped(fp),
        )
    return manifest.office.public_key, True


def _state(code: str, database_id: str) -> SyncOfficeState | None:
    return SyncOfficeState.get_or_none(
        (SyncOfficeState.office_code == code) & (SyncOfficeState.database_id == database_id)
    )


# --- importing -------------------------------------------------------------------------------


def import_package(
    path: str | Path,
    *,
    dry_run: bool = False,
    trust: dict[str, str] | None = None,
    receipts_dir: str | Path | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Check, dry-run or apply one package; on apply, write the receipt into `receipts_dir`."""
    require(Action.SYNC)
    central = _identity()
    sealed = _read(path)
    again = _seen_before(sealed, Path(path).name, dry_run, receipts_dir, central)
    if again is not None:
        return again
    opened = package.open_package(sealed, central.age_identity, None)
    manifest = opened.manifest
    pem, registering = _trusted_key(opened, {k: v for k, v in (trust or {}).items()})
    package.verify_signature(manifest, opened.manifest_bytes, opened.signature, pem)
    if manifest.schema_version > schema_version():
        raise refused(
            N_(
                "sync",
                "The package comes from a newer program (schema {found}, this central office "
                "has {known}): update the central office's program first.",
            ),
            found=manifest.schema_version,
            known=schema_version(),
        )
    code = manifest.office.code
    result = ImportResult(
        Path(path).name,
        code,
        manifest.office.name,
        manifest.sequence,
        manifest.since_version,
        manifest.max_version,
        dry_run,
        False,
        False,
        registered=registering and not dry_run,
    )
    seen = ImportLog.get_or_none(
        (ImportLog.office_code == code)
        & (ImportLog.database_id == manifest.database_id)
        & (ImportLog.sequence == manifest.sequence)
        & (ImportLog.duplicate == False)
    )
    if seen is not None:
        if seen.sha256 != opened.sha256:
            raise refused(
                N_(
                    "sync",
                    "Package {sequence} of office {office} was imported before with other "
                    "content: refused. Ask the office to export again.",
                ),
                sequence=manifest.sequence,
                office=code,
            )
        result.duplicate = True
        result.summary = json.loads(seen.summary)
        if not dry_run:
            with write_transaction():
                _log(opened, Path(path).name, result.summary, duplicate=True)
            result.quarantined = _stored_quarantine(seen.id)
            result.receipt = _receipt(central, seen, receipts_dir)
        return result
    state = _state(code, manifest.database_id)
    held = state.max_version if state else 0
    if manifest.since_version > held:
        raise refused(
            N_(
                "sync",
                "The package holds changes since version {since}, but the central office holds "
                "office {office} only up to version {held}: ask the office for a full package "
                "(tick 'Full package' when exporting).",
            ),
            since=manifest.since_version,
            office=code,
            held=held,
        )
    result.rebaseline = state is None and _state_count(code) > 0
    try:
        with write_transaction():
            if registering:
                Office.create(
                    code=code,
                    name=manifest.office.name,
                    is_self=False,
                    public_key=manifest.office.public_key,
                )
            outcome = apply.apply_package(opened, rebaseline=result.rebaseline, progress=progress)
            result.summary = outcome.summary
            result.quarantined = outcome.quarantined
            result.merges = _merge_queue(code, outcome.employee_nips)
            if dry_run:
                raise _DryRun()
            log = _log(opened, Path(path).name, outcome.summary, duplicate=False)
            for q in outcome.quarantined:
                Quarantine.create(
                    import_log=log.id,
                    office_code=code,
                    entity=q.entity,
                    uid=q.uid,
                    version=q.version,
                    reason=q.reason,
                    payload=q.payload.decode("utf-8", "replace"),
                )
            _advance(code, manifest, state)
            totals = result.totals
            audit.append(
                [
                    (
                        "import",
                        "sync_import",
                        f"{code}/{manifest.sequence}",
                        {k: [None, v] for k, v in totals.items() if v}
                        | {"package": [None, opened.sha256]},
                    )
                ]
            )
    except _DryRun:
        return result
    result.receipt = _receipt(central, log, receipts_dir)
    return result


def _seen_before(
    sealed: bytes,
    name: str,
    dry_run: bool,
    receipts_dir: str | Path | None,
    central: CentralIdentity,
) -> ImportResult | None:
    """The very same file imported before (same SHA-256): it was checked then, so it is not
    opened again; nothing changes and the receipt is written again."""
    digest = hashlib.sha256(sealed).hexdigest()
    seen = ImportLog.get_or_none((ImportLog.sha256 == digest) & (ImportLog.duplicate == False))
    if seen is None:
        return None
    office = Office.get_or_none(Office.code == seen.office_code)
    result = ImportResult(
        name,
        seen.office_code,
        office.name if office else seen.office_code,
        seen.sequence,
        seen.since_version,
        seen.max_version,
        dry_run,
        True,
        False,
        summary=json.loads(seen.summary),
        quarantined=_stored_quarantine(seen.id),
    )
    if not dry_run:
        with write_transaction():
            again = ImportLog.create(
                **{
                    f: getattr(seen, f)
                    for f in (
                        "office_code", "database_id", "sequence", "sha256", "since_version",
                        "max_version", "created_at", "summary",
                    )
                },
                file_name=name,
                imported_by=current_actor(),
                duplicate=True,
            )  # fmt: skip
        result.receipt = _receipt(central, again, receipts_dir)
    return result


def _state_count(code: str) -> int:
    return SyncOfficeState.select().where(SyncOfficeState.office_code == code).count()


def _log(opened: OpenedPackage, name: str, summary: dict, *, duplicate: bool) -> ImportLog:
    m = opened.manifest
    try:
        created = dt.datetime.fromisoformat(m.created_at.rstrip("Z"))
    except ValueError:
        created = utcnow()
    return ImportLog.create(
        office_code=m.office.code,
        database_id=m.database_id,
        sequence=m.sequence,
        sha256=opened.sha256,
        file_name=name,
        since_version=m.since_version,
        max_version=m.max_version,
        created_at=created,
        imported_by=current_actor(),
        summary=json.dumps(summary, sort_keys=True),
        duplicate=duplicate,
    )


def _advance(code: str, manifest: package.Manifest, state: SyncOfficeState | None) -> None:
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
    try:
        state.last_package_at = dt.datetime.fromisoformat(manifest.created_at.rstrip("Z"))
    except ValueError:
        state.last_package_at = utcnow()
    state.save()


def _merge_queue(code: str, nips: list[tuple[str, str]]) -> int:
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


def _stored_quarantine(log_id: int) -> list[apply.Quarantined]:
    return [
        apply.Quarantined(q.entity, q.uid, q.version, q.reason, q.payload.encode())
        for q in Quarantine.select().where(Quarantine.import_log == log_id)
    ]


def _receipt(central: CentralIdentity, log: ImportLog, folder: str | Path | None) -> Path | None:
    """Write the signed receipt for the package of `log` (atomically) into `folder`."""
    if folder is None:
        return None
    body = receipts.ReceiptBody(
        format=receipts.FORMAT,
        format_version=receipts.FORMAT_VERSION,
        central=receipts.Central(central.name, central.public_key, central.age_recipient),
        office_code=log.office_code,
        database_id=log.database_id,
        sequence=log.sequence,
        package_sha256=log.sha256,
        acknowledged_version=log.max_version,
        imported_at=log.imported_at.replace(microsecond=0).isoformat() + "Z",
        duplicate=bool(log.duplicate),
        summary=json.loads(log.summary),
        quarantined=[
            receipts.QuarantinedRecord(q.entity, q.uid, q.version, q.reason)
            for q in _stored_quarantine(_first_log(log).id)
        ],
    )
    target = Path(folder) / receipts.file_name(log.office_code, log.sequence)
    data = receipts.write(body, central.signing_key)
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
    except OSError as exc:
        raise _error(
            N_(
                "sync_central",
                "The package was imported, but its receipt could not be written to {path}: "
                "{reason}. Write it again by importing the same package once more.",
            ),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    return target


def _first_log(log: ImportLog) -> ImportLog:
    if not log.duplicate:
        return log
    return (
        ImportLog.get_or_none(
            (ImportLog.office_code == log.office_code)
            & (ImportLog.database_id == log.database_id)
            & (ImportLog.sequence == log.sequence)
            & (ImportLog.duplicate == False)
        )
        or log
    )


def import_many(
    paths: Iterable[str | Path],
    *,
    dry_run: bool = False,
    trust: dict[str, str] | None = None,
    receipts_dir: str | Path | None = None,
    progress: Progress | None = None,
) -> list[tuple[Path, ImportResult | InputError]]:
    """Each package on its own (one refused package does not stop the others), in sequence
    order per office."""
    chosen = import_order(paths)
    out: list[tuple[Path, ImportResult | InputError]] = []
    for n, path in enumerate(chosen):
        if progress is not None:
            progress(n, len(chosen))
        try:
            result = import_package(path, dry_run=dry_run, trust=trust, receipts_dir=receipts_dir)
        except InputError as err:
            out.append((path, err))
        else:
            out.append((path, result))
    if progress is not None:
        progress(len(chosen), len(chosen))
    return out


def import_order(paths: Iterable[str | Path]) -> list[Path]:
    """The order packages are imported in: by office, then sequence."""
    return sorted(
        (Path(p) for p in paths),
        key=lambda p: package.parse_file_name(p.name) or (p.name, 0),
    )


def preview_many(
    paths: Iterable[str | Path],
    *,
    trust: dict[str, str] | None = None,
    progress: Progress | None = None,
) -> list[tuple[Path, ImportResult | InputError]]:
    """The dry run of several packages together: each package is checked and counted as if
    the ones before it had been applied (package 2 of an office sees what package 1 brings, a
    new office confirmed in `trust` is registered for the packages after its first). It all
    happens in one transaction that is rolled back: nothing is written, no receipt made."""
    require(Action.SYNC)
    results: list[tuple[Path, ImportResult | InputError]] = []
    try:
        with write_transaction():
            results = import_many(paths, trust=trust, progress=progress)
            raise _DryRun()
    except _DryRun:
        pass
    for _path, result in results:
        if isinstance(result, ImportResult):
            result.dry_run = True
            result.registered = False
    return results


def write_key_file(path: str | Path) -> Path:
    """The central office key for the offices, as a small text file to put on the stick:
    the age key they seal packages for and the fingerprint of the key receipts are signed
    with (the office reads both with 'Read from a file')."""
    require(Action.SYNC)
    central = _identity()
    recipient, fp = hq_key()
    text = (
        f"# Kinerja Luring: key of the central office {central.name}\n"
        f"{recipient}\n"
        f"# receipt signing key fingerprint:\n"
        f"{keys.grouped(fp)}\n"
    )
    target = Path(path)
    try:
        with atomic_write(target, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise _error(
            N_("sync_central", "The key file could not be written to {path}: {reason}"),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    return target


def identity_exported_at() -> dt.datetime | None:
    """When the central identity was last exported for safekeeping (None: never)."""
    value = settings.get(IDENTITY_EXPORTED)
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None


# --- the central office's view ---------------------------------------------------------------


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
    require(Action.SYNC)
    return list(ImportLog.select().order_by(ImportLog.id.desc()).limit(limit))


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
        raise _error(N_("sync_central", "Write what was decided for this NIP."))
    with write_transaction():
        item = MergeItem.get_or_none(MergeItem.id == item_id)
        if item is None:
            raise _error(N_("sync_central", "The merge item no longer exists."))
        item.resolved = True
        item.resolution = resolution
        item.save()
        audit.append(
            [("resolve", "sync_merge", item.business_key, {"resolution": [None, resolution]})]
        )
