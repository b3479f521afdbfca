"""Return packages at the central office (issue 25, docs/return_packages.md): what it decides
for an office's records, and the sealed, signed package that carries those decisions, the
acknowledgement and the code table version back to the office.

A decision (`CentralCorrection`) is one of: a unit's organisation predikat for a period key,
an employee's SIASN PNS ID, corrected name or golongan, or a merge decision. Every return
package to an office carries all its decisions so far (the office skips those it holds, by
uid): a lost stick costs nothing, the next return carries them again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from desktop_app.files import write_atomic
from desktop_app.i18n import N_
from desktop_app.models import (
    CentralCorrection,
    Employee,
    ImportLog,
    MergeItem,
    ReturnLog,
    Unit,
    utcnow,
)
from desktop_app.models.audit import current_actor
from desktop_app.models.database import write_transaction
from desktop_app.scoring import CODETABLE_VERSION, OrgPredikat, RuleError
from desktop_app.scoring.period_key import PeriodKey, PeriodKeyError
from desktop_app.scoring.reference import grade as find_grade
from desktop_app.services.register.employee_validation import PNS_ID_RE, clean_pns_id
from desktop_app.services.session import Action, require
from desktop_app.services.sync.central.errors import error
from desktop_app.services.sync.central.identity import require_identity
from desktop_app.services.sync.central.reading import registered_office
from desktop_app.services.sync.central.receipt_writer import receipt_bytes
from desktop_app.sync import return_package as rp

WRITTEN = "written"
EMPLOYEE_KINDS = ("pns_id", "name", "grade")


@dataclass(frozen=True)
class ReturnWritten:
    path: Path
    sequence: int
    items: int
    acknowledged: bool  # a receipt is carried


def _office(code: str):  # type: ignore[no-untyped-def]
    office = registered_office(code)
    if office is None:
        raise error(
            N_("sync_central", "No office {code} is registered at this central office."),
            code=code,
        )
    return office


def _record(model, office_code: str, target_uid: str):  # type: ignore[no-untyped-def]
    try:
        key = uuid.UUID(target_uid)
    except ValueError:
        key = None
    found = (
        model.get_or_none(
            (model.uid == key) & (model.office_code == office_code) & (model.deleted == False)
        )
        if key is not None
        else None
    )
    if found is None:
        raise error(
            N_("sync_central", "Office {code} has no such record at this central office."),
            code=office_code,
        )
    return found


def decide(
    office_code: str,
    kind: str,
    target_uid: str,
    value: str,
    *,
    period_key: str = "",
    note: str = "",
) -> str:
    """Keep one decision for a record of `office_code` (checked: the record is that office's,
    the value is valid); returns the decision's uid. The next return package carries it."""
    require(Action.SYNC)
    require_identity()
    _office(office_code)
    value = " ".join((value or "").split())
    if kind == "org_predikat":
        unit = _record(Unit, office_code, target_uid)
        try:
            try:
                value = OrgPredikat.coerce(value.upper().replace(" ", "_")).value
            except RuleError:
                value = OrgPredikat.from_label(value).value
            period_key = str(PeriodKey.parse(period_key))
        except (RuleError, PeriodKeyError, ValueError):
            raise error(
                N_(
                    "sync_central",
                    "Write an organisation predikat (Istimewa, Baik, Butuh Perbaikan, Kurang, "
                    "Sangat Kurang) and a period such as 2026.",
                )
            ) from None
        target = str(unit.uid)
    elif kind in EMPLOYEE_KINDS or kind == "merge":
        employee = _record(Employee, office_code, target_uid)
        target = str(employee.uid)
        period_key = ""
        if kind == "pns_id":
            value = clean_pns_id(value)
            if not PNS_ID_RE.match(value):
                raise error(N_("sync_central", "'{value}' is not a PNS ID."), value=value)
        elif kind == "grade":
            try:
                value = find_grade(employee.kind, value).code
            except ValueError:
                raise error(
                    N_("sync_central", "'{value}' is not a grade (golongan) of this employee."),
                    value=value,
                ) from None
        elif not value:
            raise error(N_("sync_central", "Write the corrected value."))
    else:
        raise error(N_("sync_central", "'{value}' is not a kind of correction."), value=kind)
    uid = str(uuid.uuid4())
    with write_transaction():
        CentralCorrection.create(
            uid=uid,
            office_code=office_code,
            kind=kind,
            target_uid=target,
            period_key=period_key,
            value=value,
            note=" ".join((note or "").split()),
            created_by=current_actor(),
        )
    return uid


def target_of(office_code: str, *, unit_code: str = "", nip: str = "") -> str:
    """The uid of the office's unit (by code) or employee (by NIP, spaces allowed)."""
    if unit_code:
        found = Unit.get_or_none(
            (Unit.code == unit_code.strip())
            & (Unit.office_code == office_code)
            & (Unit.deleted == False)
        )
    else:
        found = Employee.get_or_none(
            (Employee.nip == "".join(nip.split()))
            & (Employee.office_code == office_code)
            & (Employee.deleted == False)
        )
    if found is None:
        raise error(
            N_("sync_central", "Office {code} has no such record at this central office."),
            code=office_code,
        )
    return str(found.uid)


def _merge_items(office_code: str) -> list[rp.Item]:
    """The merge queue's decisions about employees of the office (the second copy of a NIP
    already held by another office), as decisions to acknowledge."""
    items = []
    for merge in MergeItem.select().where(
        (MergeItem.resolved == True)
        & ((MergeItem.first_office == office_code) | (MergeItem.second_office == office_code))
    ):
        target = merge.first_uid if merge.first_office == office_code else merge.second_uid
        try:
            target_uid = str(uuid.UUID(target))
        except ValueError:
            continue
        seed = f"merge:{merge.id}:{target_uid}:{merge.resolution}".encode()
        items.append(
            rp.Item(
                uid=str(uuid.UUID(hashlib.sha256(seed).hexdigest()[:32])),
                kind="merge",
                target_uid=target_uid,
                value=merge.resolution,
                note=f"NIP {merge.business_key}",
            )
        )
    return items


def _last_receipt(office_code: str) -> bytes:
    log = (
        ImportLog.select()
        .where(ImportLog.office_code == office_code)
        .order_by(ImportLog.id.desc())
        .first()
    )
    return receipt_bytes(require_identity(), log) if log is not None else b""


def write_return(office_code: str, out_dir: str | Path) -> ReturnWritten:
    """Write the return package for `office_code` into `out_dir` (atomically, read back and
    compared) and log it."""
    require(Action.SYNC)
    central = require_identity()
    office = _office(office_code)
    folder = Path(out_dir)
    if not folder.is_dir():
        raise error(N_("sync_central", "The folder {folder} does not exist."), folder=folder)
    items = [
        rp.Item(
            uid=c.uid,
            kind=c.kind,
            target_uid=c.target_uid,
            value=c.value,
            period_key=c.period_key,
            note=c.note,
        )
        for c in CentralCorrection.select()
        .where(CentralCorrection.office_code == office_code)
        .order_by(CentralCorrection.id)
    ]
    items += _merge_items(office_code)
    receipt = _last_receipt(office_code)
    now = utcnow().replace(microsecond=0)
    last = (
        ReturnLog.select(fn.MAX(ReturnLog.sequence))
        .where((ReturnLog.direction == WRITTEN) & (ReturnLog.office_code == office_code))
        .scalar()
    )
    sequence = (last or 0) + 1
    body = rp.ReturnBody(
        format=rp.FORMAT,
        format_version=rp.FORMAT_VERSION,
        central=rp.Central(central.name, central.public_key),
        office_code=office_code,
        sequence=sequence,
        created_at=now.isoformat() + "Z",
        codetable_version=CODETABLE_VERSION,
        items=items,
        receipt=base64.b64encode(receipt).decode("ascii"),
    )
    sealed = rp.write(body, central.signing_key, office.public_key)
    target = folder / rp.file_name(office_code, sequence, now)
    try:
        write_atomic(target, sealed)
        if target.read_bytes() != sealed:
            raise OSError(0, "the file read back differs from what was written")
    except OSError as exc:
        raise error(
            N_("sync_central", "The return package could not be written to {path}: {reason}"),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    summary = {"items": len(items), "receipt": bool(receipt)}
    with write_transaction():
        ReturnLog.create(
            direction=WRITTEN,
            office_code=office_code,
            sequence=sequence,
            file_name=target.name,
            sha256=hashlib.sha256(sealed).hexdigest(),
            summary=json.dumps(summary),
        )
    return ReturnWritten(target, sequence, len(items), bool(receipt))
