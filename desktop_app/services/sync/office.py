"""Sync at an office: the central office key, writing a package to the stick, the outbox,
and the central office's receipt (design.md "Sync packages").

A package holds every change since the version the central office last acknowledged for
this database (`database_id`), so a lost stick costs nothing: the next package carries the
same changes again. The file is written to `<name>.part`, flushed, fsynced, renamed, read back
and compared with its hash before the export is recorded; a copy stays in the outbox.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import msgspec
from pyrage import x25519

from desktop_app import paths
from desktop_app.errors import InputError
from desktop_app.files import write_atomic
from desktop_app.i18n import N_
from desktop_app.models import Office, OutboxPackage, db, utcnow
from desktop_app.models.database import schema_version, write_transaction
from desktop_app.scoring.codes import CODETABLE_VERSION
from desktop_app.services import settings
from desktop_app.services.session import Action, require
from desktop_app.sync import entities, package, receipts
from desktop_app.sync.keys import grouped, normalize_fingerprint
from desktop_app.version import __version__

HQ_RECIPIENT = "sync.hq_recipient"  # age1... the packages are sealed for
HQ_SIGNING = "sync.hq_signing_fingerprint"  # of the key receipts must be signed with
ACKNOWLEDGED = "sync.acknowledged"  # {"database_id": ..., "version": n}
SEQUENCE = "sync.sequence"  # the last package sequence of this office
OUTBOX_KEEP = 10

Progress = Callable[[int, int], None]


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "sync_office", **params)


@dataclass
class ExportResult:
    path: Path
    sequence: int
    since_version: int
    max_version: int
    rows: int
    sha256: str
    counts: dict[str, int]


@dataclass
class ReceiptResult:
    sequence: int
    acknowledged_version: int
    quarantined: list[dict]  # {"entity", "uid", "reason"}
    already: bool  # this receipt was imported before


def _self_office() -> Office:
    office = Office.get_or_none(Office.is_self == True)
    if office is None or not office.signing_key:
        raise _error(
            N_(
                "sync_office",
                "This database is not an office yet: set the office code and name first "
                "('office init').",
            )
        )
    return office


# --- the central office key ------------------------------------------------------------------


def set_hq_key(text: str, signing_fingerprint: str | None = None) -> str:
    """Remember the central office's age key ("age1...", pasted or read from a file on the
    stick) and, when given, the fingerprint of the key its receipts are signed with. Returns
    the age key as stored."""
    require(Action.SYNC)
    recipient, _ = parse_hq_key(text)
    fp = None
    if signing_fingerprint:
        try:
            fp = normalize_fingerprint(signing_fingerprint)
        except ValueError as exc:
            raise _error(
                N_("sync_office", "'{value}' is not a key fingerprint (64 hexadecimal digits)."),
                value=signing_fingerprint,
            ) from exc
    with write_transaction():
        settings.put(HQ_RECIPIENT, recipient)
        if fp is not None:
            settings.put(HQ_SIGNING, fp)
    return recipient


KEY_FILE_LIMIT = 64 * 1024  # a key file is a few lines; anything larger is not one
_FINGERPRINT = re.compile(r"[0-9a-fA-F](?:[0-9a-fA-F]|[ \t:])*[0-9a-fA-F]")


def parse_hq_key(text: str) -> tuple[str, str | None]:
    """(age key, receipt signing fingerprint or None) found in `text`: what the central
    office's key file or the output of 'hq key' holds. The age key is checked; nothing is
    stored (see `set_hq_key`)."""
    candidates = [w for w in text.replace(",", " ").split() if w.startswith("age1")]
    if not candidates:
        raise _error(
            N_(
                "sync_office",
                "No central office key found: it starts with 'age1' (ask the central office "
                "for the output of 'hq key').",
            )
        )
    recipient = candidates[0]
    try:
        x25519.Recipient.from_str(recipient)
    except Exception as exc:  # pyrage raises its own RecipientError (a ValueError subclass)
        raise _error(
            N_("sync_office", "'{value}' is not a valid central office key."), value=recipient
        ) from exc
    found = None
    for line in text.splitlines():
        line = " ".join(w for w in line.split() if not w.startswith("age1"))
        for match in _FINGERPRINT.finditer(line):
            try:
                found = normalize_fingerprint(match.group(0))
            except ValueError:
                continue
            break
        if found:
            break
    return recipient, found


def read_hq_key_file(path: str | Path) -> tuple[str, str | None]:
    """The central office key (and its receipt signing fingerprint when the file holds it)
    from a file the central office put on the stick."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(KEY_FILE_LIMIT + 1)
    except OSError as exc:
        raise _error(
            N_("sync_office", "The key file {path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if len(data) > KEY_FILE_LIMIT:
        raise _error(
            N_("sync_office", "{path} is too large to be a central office key file."),
            path=str(path),
        )
    return parse_hq_key(data.decode("utf-8", errors="replace"))


def hq_key() -> tuple[str | None, str | None]:
    """(age key, receipt signing fingerprint) of the central office, as set."""
    return settings.get(HQ_RECIPIENT), settings.get(HQ_SIGNING)


def acknowledged_version() -> int:
    """The version the central office acknowledged for this database (0 after a restore,
    which makes a new database_id: the next package is then a full one)."""
    office = _self_office()
    stored = settings.get(ACKNOWLEDGED) or {}
    if stored.get("database_id") != str(office.database_id):
        return 0
    return int(stored.get("version", 0))


# --- export ----------------------------------------------------------------------------------


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
    office = _self_office()
    recipient = settings.get(HQ_RECIPIENT)
    if not recipient:
        raise _error(
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
    )
    sealed = package.seal(manifest, files, office.signing_key, recipient)
    if progress is not None:
        progress(total, total + 1)
    return package.file_name(office.code, sequence, now), sealed, manifest, counts


def _write_verified(target: Path, data: bytes) -> str:
    """Write through `.part` (flush, fsync, rename), read back and compare the hash."""
    digest = hashlib.sha256(data).hexdigest()
    write_atomic(target, data)
    if hashlib.sha256(target.read_bytes()).hexdigest() != digest:
        target.unlink(missing_ok=True)
        raise OSError("the file read back differs from what was written")
    return digest


def outbox_dir() -> Path:
    return paths.data_dir() / "outbox"


def export_package(
    out_dir: str | Path, *, full: bool = False, progress: Progress | None = None
) -> ExportResult:
    """Write the next package into `out_dir` (the stick) and keep a copy in the outbox.
    Nothing is recorded unless the file on the stick reads back intact."""
    folder = Path(out_dir)
    if not folder.is_dir():
        raise _error(
            N_("sync_office", "The folder {path} does not exist (is the stick plugged in?)."),
            path=str(folder),
        )
    name, sealed, manifest, counts = build_package(full=full, progress=progress)
    target = folder / name
    try:
        sha256 = _write_verified(target, sealed)
    except OSError as exc:
        raise _error(
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
        _write_verified(outbox_dir() / name, sealed)
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
    _prune_outbox()
    return ExportResult(
        target,
        manifest.sequence,
        manifest.since_version,
        manifest.max_version,
        rows,
        sha256,
        counts,
    )


def _prune_outbox() -> None:
    keep = {
        p.file_name
        for p in OutboxPackage.select(OutboxPackage.file_name)
        .order_by(OutboxPackage.id.desc())
        .limit(OUTBOX_KEEP)
    }
    folder = outbox_dir()
    if folder.is_dir():
        for path in folder.glob(f"*{package.SUFFIX}"):
            if path.name not in keep:
                path.unlink(missing_ok=True)


@dataclass
class OutboxRow:
    sequence: int
    file_name: str
    created_at: dt.datetime
    rows: int
    since_version: int
    max_version: int
    acknowledged_at: dt.datetime | None
    quarantined: int
    in_outbox: bool


def outbox() -> list[OutboxRow]:
    """The packages written, newest first, with the central office's answer."""
    require(Action.SYNC)
    out = []
    for p in OutboxPackage.select().order_by(OutboxPackage.id.desc()):
        answer = json.loads(p.receipt) if p.receipt else {}
        out.append(
            OutboxRow(
                p.sequence,
                p.file_name,
                p.created_at,
                p.rows,
                p.since_version,
                p.max_version,
                p.acknowledged_at,
                len(answer.get("quarantined", [])),
                (outbox_dir() / p.file_name).is_file(),
            )
        )
    return out


def outbox_file(file_name: str) -> Path:
    return outbox_dir() / file_name


def copy_outbox_package(file_name: str, out_dir: str | Path) -> Path:
    """Copy a package kept in the outbox to `out_dir` again (a stick lost or left behind),
    written and read back as an export is. The package is the same file: the central office
    imports it once, and a second copy changes nothing there."""
    require(Action.SYNC)
    sent = OutboxPackage.get_or_none(OutboxPackage.file_name == file_name)
    source = outbox_file(Path(file_name).name)
    if sent is None or not source.is_file():
        raise _error(
            N_(
                "sync_office",
                "The package {name} is no longer in the outbox (only the last {keep} are "
                "kept): export a new package instead; it carries the same changes.",
            ),
            name=file_name,
            keep=OUTBOX_KEEP,
        )
    folder = Path(out_dir)
    if not folder.is_dir():
        raise _error(
            N_("sync_office", "The folder {path} does not exist (is the stick plugged in?)."),
            path=str(folder),
        )
    target = folder / source.name
    try:
        data = source.read_bytes()
        if hashlib.sha256(data).hexdigest() != sent.sha256:
            raise _error(
                N_(
                    "sync_office",
                    "The outbox copy of {name} is damaged: export a new package instead; it "
                    "carries the same changes.",
                ),
                name=file_name,
            )
        if target.resolve() != source.resolve():
            _write_verified(target, data)
    except OSError as exc:
        raise _error(
            N_(
                "sync_office",
                "The package could not be written to {path}: {reason}. Check the stick and try "
                "again.",
            ),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    return target


def outbox_quarantined(file_name: str) -> list[dict]:
    """What the central office quarantined of one package, as its receipt said
    ({"entity", "uid", "reason"}); empty before the receipt came."""
    require(Action.SYNC)
    sent = OutboxPackage.get_or_none(OutboxPackage.file_name == file_name)
    if sent is None or not sent.receipt:
        return []
    answer = json.loads(sent.receipt)
    return [
        {"entity": q.get("entity", ""), "uid": q.get("uid", ""), "reason": q.get("reason", "")}
        for q in answer.get("quarantined", [])
    ]


# --- the receipt -----------------------------------------------------------------------------


def import_receipt(path: str | Path) -> ReceiptResult:
    """Apply the central office's receipt: check its signature (against the fingerprint set
    with the key, or the key of the first receipt, which is then kept), match it to a package
    of this database, advance the acknowledged version and keep what was quarantined."""
    require(Action.SYNC)
    office = _self_office()
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise _error(
            N_("sync_office", "The receipt {path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    receipt = receipts.open_receipt(data, settings.get(HQ_SIGNING))
    body = receipt.body
    if body.office_code != office.code:
        raise _error(
            N_("sync_office", "The receipt is for office {found}, not for this office ({own})."),
            found=body.office_code,
            own=office.code,
        )
    if body.database_id != str(office.database_id):
        raise _error(
            N_(
                "sync_office",
                "The receipt answers a package of an earlier copy of this database (it was "
                "restored since): export again; the next package is a full one.",
            )
        )
    sent = OutboxPackage.get_or_none(
        (OutboxPackage.sequence == body.sequence) & (OutboxPackage.database_id == body.database_id)
    )
    if sent is None or sent.sha256 != body.package_sha256:
        raise _error(
            N_(
                "sync_office",
                "The receipt answers package {sequence}, which this office did not write.",
            ),
            sequence=body.sequence,
        )
    already = sent.acknowledged_at is not None
    with write_transaction():
        if settings.get(HQ_SIGNING) is None:
            settings.put(HQ_SIGNING, receipt.signer_fingerprint)
        current = acknowledged_version()
        if body.acknowledged_version > current:
            settings.put(
                ACKNOWLEDGED,
                {"database_id": body.database_id, "version": body.acknowledged_version},
            )
        if not already:
            sent.acknowledged_at = utcnow()
            sent.acknowledged_version = body.acknowledged_version
            sent.receipt = receipt.body_json
            sent.save()
    quarantined = [{"entity": q.entity, "uid": q.uid, "reason": q.reason} for q in body.quarantined]
    return ReceiptResult(body.sequence, body.acknowledged_version, quarantined, already)


def signing_fingerprint_text() -> str:
    fp = settings.get(HQ_SIGNING)
    return grouped(fp) if fp else ""
