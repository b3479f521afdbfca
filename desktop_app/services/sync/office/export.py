"""Writing a package to the stick: every change since the acknowledged version, sealed
and signed, written through `.part`, read back, and recorded with a copy in the outbox."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import msgspec

from desktop_app.i18n import N_
from desktop_app.models import OutboxPackage, audit, db, utcnow
from desktop_app.models.database import schema_version, write_transaction
from desktop_app.scoring.codes import CODETABLE_VERSION
from desktop_app.services import settings
from desktop_app.services.session import Action, require
from desktop_app.services.sync.office.errors import error
from desktop_app.services.sync.office.outbox import outbox_dir, prune_outbox, write_verified
from desktop_app.services.sync.office.state import (
    HQ_RECIPIENT,
    SEQUENCE,
    acknowledged_version,
    self_office,
)
from desktop_app.sync import entities, package
from desktop_app.version import __version__

Progress = Callable[[int, int], None]


@dataclass
class ExportResult:
    path: Path
    sequence: int
    since_version: int
    max_version: int
    rows: int
    sha256: str
    counts: dict[str, int]


def _rows(entity: entities.Entity, own: str, since: int) -> tuple[list[bytes], int]:
    """The entity's records changed after `since` (tombstones too), as JSONL lines, and the
    highest version among them. References become uids."""
    table = entity.name
    columns = entity.columns
    selects = []
    joins = []
    for n, column in enumerate(columns):
        if column.kind == "ref":
            alias = f"r{n}"
            ref_table = entities.BY_NAME[column.ref].name if column.ref else ""
            joins.append(f'LEFT JOIN "{ref_table}" {alias} ON {alias}.id = t."{column.column}"')
            selects.append(f"{alias}.uid")
        else:
            selects.append(f't."{column.column}"')
    sql = (
        f'SELECT {", ".join(selects)} FROM "{table}" t {" ".join(joins)} '
        "WHERE t.office_code = ? AND t.version > ? ORDER BY t.version"
    )
    kinds = [("uid" if c.kind == "ref" else c.kind) for c in columns]
    names = [c.name for c in columns]
    encoder = msgspec.json.Encoder()
    lines = []
    top = 0
    version_at = names.index("version")
    for row in db.execute_sql(sql, (own, since)):
        record = {
            name: entities.to_wire(kind, value)
            for name, kind, value in zip(names, kinds, row, strict=True)
        }
        top = max(top, row[version_at])
        lines.append(encoder.encode(record))
    return lines, top


def build_package(
    *, full: bool = False, progress: Progress | None = None
) -> tuple[str, bytes, package.Manifest, dict[str, int]]:
    """(file name, sealed bytes, manifest, rows per entity) of the next package."""
    require(Action.SYNC)
    office = self_office()
    recipient = settings.get(HQ_RECIPIENT)
    if not recipient:
        raise error(
            N_(
                "sync_office",
                "The central office key is not set: paste it in Sync > Central office key "
                "(or run 'office set-hq-key').",
            )
        )
    since = 0 if full else acknowledged_version()
    files: dict[str, bytes] = {}
    listed = []
    counts: dict[str, int] = {}
    top = since
    total = len(entities.ENTITIES)
    with db.atomic():  # one consistent read of every table
        audit_count, audit_hash = audit.head()
        for n, entity in enumerate(entities.ENTITIES):
            if progress is not None:
                progress(n, total + 1)
            lines, entity_top = _rows(entity, office.code, since)
            top = max(top, entity_top)
            if not lines:
                continue
            content = b"\n".join(lines) + b"\n"
            path = f"data/{entity.name}.jsonl"
            files[path] = content
            listed.append(package.file_entry(path, content, len(lines)))
            counts[entity.name] = len(lines)
    sequence = int(settings.get(SEQUENCE) or 0) + 1
    now = utcnow()
    manifest = package.Manifest(
        format=package.FORMAT,
        format_version=package.FORMAT_VERSION,
        schema_version=schema_version(),
        codetable_version=CODETABLE_VERSION,
        app_version=__version__,
        office=package.OfficeIdentity(office.code, office.name, office.public_key),
        database_id=str(office.database_id),
        sequence=sequence,
        since_version=since,
        max_version=top,
        created_at=now.replace(microsecond=0).isoformat() + "Z",
        files=listed,
        audit_head=package.AuditHead(audit_count, audit_hash),
    )
    sealed = package.seal(manifest, files, office.signing_key, recipient)
    if progress is not None:
        progress(total, total + 1)
    return package.file_name(office.code, sequence, now), sealed, manifest, counts


def export_package(
    out_dir: str | Path, *, full: bool = False, progress: Progress | None = None
) -> ExportResult:
    """Write the next package into `out_dir` (the stick) and keep a copy in the outbox.
    Nothing is recorded unless the file on the stick reads back intact."""
    folder = Path(out_dir)
    if not folder.is_dir():
        raise error(
            N_("sync_office", "The folder {path} does not exist (is the stick plugged in?)."),
            path=str(folder),
        )
    name, sealed, manifest, counts = build_package(full=full, progress=progress)
    target = folder / name
    try:
        sha256 = write_verified(target, sealed)
    except OSError as exc:
        raise error(
            N_(
                "sync_office",
                "The package could not be written to {path}: {reason}. Nothing was recorded; "
                "check the stick and export again.",
            ),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        outbox_dir().mkdir(parents=True, exist_ok=True)
        write_verified(outbox_dir() / name, sealed)
    except OSError:
        pass  # the outbox copy is a convenience; the stick holds the package
    rows = sum(counts.values())
    with write_transaction():
        settings.put(SEQUENCE, manifest.sequence)
        OutboxPackage.create(
            sequence=manifest.sequence,
            database_id=manifest.database_id,
            file_name=name,
            sha256=sha256,
            size=len(sealed),
            since_version=manifest.since_version,
            max_version=manifest.max_version,
            rows=rows,
            target=str(target),
        )
    prune_outbox()
    return ExportResult(
        target,
        manifest.sequence,
        manifest.since_version,
        manifest.max_version,
        rows,
        sha256,
        counts,
    )
