"""Return packages at the office (issue 25, docs/return_packages.md): applying one with a dry
run first, in one transaction, idempotent, with refusals and quarantine like the central
import.

Applying a return package:
- checks it (sealed for this office, signed by the central office this office pinned, for
  this office, not older than the last one applied: a replayed package is refused, the same
  package twice changes nothing and says so);
- applies the acknowledgement it carries (the last receipt) as `import-receipt` would;
- sets each unit's organisation predikat the central office decided;
- keeps each correction of an employee (PNS ID, name, golongan, merge decision) as a
  proposal for HR, who accepts or rejects it with a reason (proposals.py);
- puts a decision whose record is not at this office, or that this office cannot apply (a
  period not opened here), in quarantine with the reason: counted, shown, never blocking.
Any refusal: a clear message and the database as it was.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from peewee import fn

from desktop_app.errors import InputError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import Employee, ReturnLog, ReturnProposal, Unit, audit
from desktop_app.models.database import write_transaction
from desktop_app.scoring import CODETABLE_VERSION
from desktop_app.services import settings
from desktop_app.services.evaluation.organisation import set_org_result
from desktop_app.services.session import Action, require
from desktop_app.services.sync.office.errors import error
from desktop_app.services.sync.office.receipt import apply_receipt
from desktop_app.services.sync.office.state import HQ_SIGNING, self_office
from desktop_app.sync import return_package as rp
from desktop_app.sync.package import refused

APPLIED_LOG = "applied"
PENDING, ACCEPTED, REJECTED, QUARANTINED, APPLIED = (
    "PENDING",
    "ACCEPTED",
    "REJECTED",
    "QUARANTINED",
    "APPLIED",
)
COUNTS = ("predikat", "proposals", "unchanged", "quarantined")


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that nothing is kept."""


@dataclass
class ReturnApplied:
    file_name: str
    sequence: int
    dry_run: bool
    already: bool = False  # the same package was applied before: nothing changed
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    quarantined: list[tuple[str, str]] = field(default_factory=list)  # (kind, reason)
    acknowledged_version: int | None = None
    receipt_note: str = ""  # why the acknowledgement it carried was not applied
    codetable_version: str = ""  # the central office's, when it differs from this program's


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > rp.MAX_BYTES:
            raise refused(
                N_(
                    "sync",
                    "This file is not a return package of the central office (or it is damaged).",
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise error(
            N_("sync_office", "The return package {path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def _last_applied() -> ReturnLog | None:
    return (
        ReturnLog.select()
        .where(ReturnLog.direction == APPLIED_LOG)
        .order_by(ReturnLog.sequence.desc())
        .first()
    )


def _record(model, target_uid: str, own: str):  # type: ignore[no-untyped-def]
    try:
        key = uuid.UUID(target_uid)
    except ValueError:
        return None
    return model.get_or_none(
        (model.uid == key) & (model.office_code == own) & (model.deleted == False)
    )


def _old_value(employee: Employee, kind: str) -> str:
    return {"pns_id": employee.pns_id, "name": employee.name, "grade": employee.grade}.get(kind, "")


def _apply_items(opened: rp.OpenedReturn, own: str, result: ReturnApplied) -> None:
    sequence = opened.body.sequence
    known = {uid for (uid,) in ReturnProposal.select(ReturnProposal.uid).tuples()}
    for item in opened.body.items:
        if item.uid in known:
            result.counts["unchanged"] += 1
            continue
        known.add(item.uid)
        row = ReturnProposal(
            uid=item.uid,
            return_sequence=sequence,
            kind=item.kind,
            target_uid=item.target_uid,
            value=item.value if item.kind != "org_predikat" else f"{item.period_key} {item.value}",
            note=item.note,
        )
        model = Unit if item.kind == "org_predikat" else Employee
        target = _record(model, item.target_uid, own)
        reason = ""
        if target is None:
            reason = "The record is not held by this office."
        elif item.kind == "org_predikat":
            try:
                set_org_result(target.id, item.period_key, item.value)
            except ServiceError as exc:
                reason = str(exc)
        else:
            row.old_value = _old_value(target, item.kind)
        if reason:
            row.status, row.reason = QUARANTINED, reason
            result.counts["quarantined"] += 1
            result.quarantined.append((item.kind, reason))
        elif item.kind == "org_predikat":
            row.status = APPLIED
            result.counts["predikat"] += 1
        else:
            row.status = PENDING
            result.counts["proposals"] += 1
        row.save()


def import_return(path: str | Path, *, dry_run: bool = False) -> ReturnApplied:
    """Check and apply (or with `dry_run` only count) the return package at `path`."""
    require(Action.SYNC)
    path = Path(path)
    office = self_office()
    data = _read(path)
    pinned = settings.get(HQ_SIGNING)
    if pinned is None:
        raise error(
            N_(
                "sync_office",
                "This office does not know the fingerprint of the central office's signing "
                "key, so no return package can be checked: set the central office key again "
                "from the key file the central office saves for the offices.",
            )
        )
    opened = rp.open_return(data, office.signing_key, pinned)
    body = opened.body
    if body.office_code != office.code:
        raise error(
            N_(
                "sync_office",
                "The return package is for office {found}, not for this office ({own}).",
            ),
            found=body.office_code,
            own=office.code,
        )
    sha = hashlib.sha256(data).hexdigest()
    result = ReturnApplied(path.name, body.sequence, dry_run)
    if body.codetable_version != CODETABLE_VERSION:
        result.codetable_version = body.codetable_version
    last = _last_applied()
    if last is not None and last.sequence == body.sequence and last.sha256 == sha:
        result.already = True
        return result
    if last is not None and body.sequence <= last.sequence:
        raise error(
            N_(
                "sync_office",
                "Return package {sequence} is not newer than return package {last}, applied "
                "already: it is an old or replayed copy. Refused; nothing changed.",
            ),
            sequence=body.sequence,
            last=last.sequence,
        )
    try:
        with write_transaction():
            if opened.receipt:
                try:
                    receipt = apply_receipt(opened.receipt)
                    result.acknowledged_version = receipt.acknowledged_version
                except InputError as exc:  # authentic, but for another package or database
                    result.receipt_note = str(exc)
            _apply_items(opened, office.code, result)
            ReturnLog.create(
                direction=APPLIED_LOG,
                office_code=office.code,
                sequence=body.sequence,
                file_name=path.name[:120],
                sha256=sha,
                summary=json.dumps(result.counts),
            )
            audit.append(
                [
                    (
                        "import",
                        "return_package",
                        path.name[:120],
                        {k: [None, v] for k, v in result.counts.items() if v},
                    )
                ]
            )
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return result


def applied_returns() -> int:
    """The sequence of the last return package applied here (0: none)."""
    value = (
        ReturnLog.select(fn.MAX(ReturnLog.sequence))
        .where(ReturnLog.direction == APPLIED_LOG)
        .scalar()
    )
    return int(value or 0)
