"""The central office's receipt at the office: checked, matched to a package, and the
acknowledged version advanced."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.i18n import N_
from desktop_app.models import OutboxPackage, utcnow
from desktop_app.models.database import write_transaction
from desktop_app.services import settings
from desktop_app.services.session import Action, require
from desktop_app.services.sync.office.errors import error
from desktop_app.services.sync.office.state import (
    ACKNOWLEDGED,
    ACKNOWLEDGED_HEAD,
    HQ_SIGNING,
    acknowledged_version,
    self_office,
)
from desktop_app.sync import receipts


@dataclass
class ReceiptResult:
    sequence: int
    acknowledged_version: int
    quarantined: list[dict]  # {"entity", "uid", "reason"}
    already: bool  # this receipt was imported before
    audit_anchor: int | None = None  # the acknowledged audit entry count (None: an older
    # central program sent no audit head)


def import_receipt(path: str | Path) -> ReceiptResult:
    """Apply the central office's receipt: check its signature against the fingerprint set
    with the central office key (required: a receipt's own key is never trusted), match it to
    a package of this database (acknowledging no more than it carried), advance the
    acknowledged version and keep what was quarantined."""
    require(Action.SYNC)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise error(
            N_("sync_office", "The receipt {path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    return apply_receipt(data)


def apply_receipt(data: bytes) -> ReceiptResult:
    """`import_receipt` of a receipt's bytes (a return package carries one)."""
    require(Action.SYNC)
    office = self_office()
    pinned = settings.get(HQ_SIGNING)
    if pinned is None:  # never trust the key a receipt brings itself
        raise error(
            N_(
                "sync_office",
                "This office does not know the fingerprint of the central office's receipt "
                "signing key, so no receipt can be checked: set the central office key again "
                "(Sync window, Read the key from a file…) from the key file the central office "
                "saves for the offices.",
            )
        )
    receipt = receipts.open_receipt(data, pinned)
    body = receipt.body
    if body.office_code != office.code:
        raise error(
            N_("sync_office", "The receipt is for office {found}, not for this office ({own})."),
            found=body.office_code,
            own=office.code,
        )
    if body.database_id != str(office.database_id):
        raise error(
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
        raise error(
            N_(
                "sync_office",
                "The receipt answers package {sequence}, which this office did not write.",
            ),
            sequence=body.sequence,
        )
    if body.acknowledged_version > sent.max_version:
        raise error(
            N_(
                "sync_office",
                "The receipt acknowledges version {found}, but package {sequence} carried "
                "changes only up to version {carried}: the receipt is forged or damaged. "
                "Refused.",
            ),
            found=body.acknowledged_version,
            sequence=body.sequence,
            carried=sent.max_version,
        )
    already = sent.acknowledged_at is not None
    with write_transaction():
        current = acknowledged_version()
        if body.acknowledged_version > current:
            settings.put(
                ACKNOWLEDGED,
                {"database_id": body.database_id, "version": body.acknowledged_version},
            )
        if body.audit_head is not None:
            _keep_audit_head(body.sequence, body.audit_head)
        if not already:
            sent.acknowledged_at = utcnow()
            sent.acknowledged_version = body.acknowledged_version
            sent.receipt = receipt.body_json
            sent.save()
    quarantined = [{"entity": q.entity, "uid": q.uid, "reason": q.reason} for q in body.quarantined]
    anchor = body.audit_head.count if body.audit_head is not None else None
    return ReceiptResult(body.sequence, body.acknowledged_version, quarantined, already, anchor)


def _keep_audit_head(sequence: int, head: receipts.AuditHead) -> None:
    """Keep the audit chain head the central office acknowledged (`audit verify` checks the
    local chain against it); a receipt of an older package never replaces a newer head."""
    stored = settings.get(ACKNOWLEDGED_HEAD)
    if isinstance(stored, dict) and int(stored.get("sequence", 0)) > sequence:
        return
    settings.put(ACKNOWLEDGED_HEAD, {"count": head.count, "hash": head.hash, "sequence": sequence})
