"""Importing the offices' packages: the dry run and the apply of one package (one
transaction), the same file or sequence seen again, and several packages in sequence order
(design.md "Import at the central office")."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import CentralIdentity, ImportLog, Office, Quarantine, audit, utcnow
from desktop_app.models.audit import current_actor
from desktop_app.models.database import schema_version, write_transaction
from desktop_app.services.session import Action, require
from desktop_app.services.sync.central.domain_choices import choices
from desktop_app.services.sync.central.identity import require_identity
from desktop_app.services.sync.central.office_state import (
    advance,
    check_sequence,
    held_state,
    state_count,
)
from desktop_app.services.sync.central.queues import find_merges, stored_quarantine
from desktop_app.services.sync.central.reading import read_package, trusted_key, unreadable
from desktop_app.services.sync.central.receipt_writer import write_receipt
from desktop_app.sync import apply, package
from desktop_app.sync.decoding import DECODE_ERRORS
from desktop_app.sync.package import OpenedPackage, refused

Progress = Callable[[int, int], None]


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


def import_package(
    path: str | Path,
    *,
    dry_run: bool = False,
    trust: dict[str, str] | None = None,
    receipts_dir: str | Path | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Check, dry-run or apply one package; on apply, write the receipt into `receipts_dir`.
    Any decoder error not foreseen is a refusal of this file too (never a raw error)."""
    try:
        return _import_package(
            path, dry_run=dry_run, trust=trust, receipts_dir=receipts_dir, progress=progress
        )
    except DECODE_ERRORS as exc:
        raise unreadable(exc) from exc


def _import_package(
    path: str | Path,
    *,
    dry_run: bool,
    trust: dict[str, str] | None,
    receipts_dir: str | Path | None,
    progress: Progress | None,
) -> ImportResult:
    require(Action.SYNC)
    central = require_identity()
    sealed = read_package(path)
    again = _seen_before(sealed, Path(path).name, dry_run, receipts_dir, central)
    if again is not None:
        return again
    opened = package.open_package(sealed, central.age_identity, None)
    manifest = opened.manifest
    pem, registering = trusted_key(opened, {k: v for k, v in (trust or {}).items()})
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
            result.quarantined = stored_quarantine(seen.id)
            result.receipt = write_receipt(central, seen, receipts_dir)
        return result
    state = held_state(code, manifest.database_id)
    check_sequence(code, manifest, state)
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
    result.rebaseline = state is None and state_count(code) > 0
    try:
        with write_transaction():
            if registering:
                Office.create(
                    code=code,
                    name=manifest.office.name,
                    is_self=False,
                    public_key=manifest.office.public_key,
                )
            outcome = apply.apply_package(
                opened, rebaseline=result.rebaseline, progress=progress, choices=choices()
            )
            result.summary = outcome.summary
            result.quarantined = outcome.quarantined
            result.merges = find_merges(code, outcome.employee_nips)
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
            advance(code, manifest, state)
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
    result.receipt = write_receipt(central, log, receipts_dir)
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
        quarantined=stored_quarantine(seen.id),
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
        result.receipt = write_receipt(central, again, receipts_dir)
    return result


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
        audit_count=m.audit_head.count if m.audit_head else None,
        audit_hash=m.audit_head.hash if m.audit_head else None,
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
