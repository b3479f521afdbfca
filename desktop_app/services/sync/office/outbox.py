"""The outbox: the last packages kept for re-sending, with the central office's answer,
and the verified write every package goes through."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from desktop_app import paths
from desktop_app.files import write_atomic
from desktop_app.i18n import N_
from desktop_app.models import OutboxPackage
from desktop_app.services.session import Action, require
from desktop_app.services.sync.office.errors import error
from desktop_app.sync import package

OUTBOX_KEEP = 10


def write_verified(target: Path, data: bytes) -> str:
    """Write through `.part` (flush, fsync, rename), read back and compare the hash."""
    digest = hashlib.sha256(data).hexdigest()
    write_atomic(target, data)
    if hashlib.sha256(target.read_bytes()).hexdigest() != digest:
        target.unlink(missing_ok=True)
        raise OSError("the file read back differs from what was written")
    return digest


def outbox_dir() -> Path:
    """Where copies of the last packages are kept for re-sending."""
    return paths.data_dir() / "outbox"


def prune_outbox() -> None:
    """Keep only the copies of the last OUTBOX_KEEP packages."""
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
        raise error(
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
        raise error(
            N_("sync_office", "The folder {path} does not exist (is the stick plugged in?)."),
            path=str(folder),
        )
    target = folder / source.name
    try:
        data = source.read_bytes()
        if hashlib.sha256(data).hexdigest() != sent.sha256:
            raise error(
                N_(
                    "sync_office",
                    "The outbox copy of {name} is damaged: export a new package instead; it "
                    "carries the same changes.",
                ),
                name=file_name,
            )
        if target.resolve() != source.resolve():
            write_verified(target, data)
    except OSError as exc:
        raise error(
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
