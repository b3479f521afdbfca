"""The signed receipt the central office writes for each imported package."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.files import write_atomic
from desktop_app.i18n import N_
from desktop_app.models import CentralIdentity, ImportLog
from desktop_app.scoring.office_code import is_office_code
from desktop_app.services.sync.central.errors import error
from desktop_app.services.sync.central.queues import stored_quarantine
from desktop_app.sync import receipts


def write_receipt(
    central: CentralIdentity, log: ImportLog, folder: str | Path | None
) -> Path | None:
    """Write the signed receipt for the package of `log` (atomically) into `folder`."""
    if folder is None:
        return None
    data = receipt_bytes(central, log)
    target = Path(folder) / receipts.file_name(log.office_code, log.sequence)
    if not is_office_code(log.office_code) or target.parent != Path(folder):
        raise error(  # never reached for a checked manifest: a last guard on the file name
            N_("sync_central", "The receipt's file name {name} leaves its folder: refused."),
            name=target.name,
        )
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
    except OSError as exc:
        raise error(
            N_(
                "sync_central",
                "The package was imported, but its receipt could not be written to {path}: "
                "{reason}. Write it again by importing the same package once more.",
            ),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    return target


def receipt_bytes(central: CentralIdentity, log: ImportLog) -> bytes:
    """The signed receipt file for the package of `log` (a return package carries the last
    one of its office too)."""
    original = first_log(log)
    head = (
        receipts.AuditHead(original.audit_count, original.audit_hash)
        if original.audit_count is not None and original.audit_hash
        else None
    )
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
            for q in stored_quarantine(original.id)
        ],
        audit_head=head,
    )
    return receipts.write(body, central.signing_key)


def first_log(log: ImportLog) -> ImportLog:
    """The original import of the package `log` answers (`log` itself unless it is a repeat)."""
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
