"""The central office's corrections at the office, waiting for HR (issue 25): a PNS ID, a
corrected name or golongan, a merge decision. HR accepts one (the employee record changes,
audited, and travels up with the next package) or rejects it with a reason."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import Employee, ReturnProposal, Unit, utcnow
from desktop_app.models.audit import current_actor
from desktop_app.models.database import write_transaction
from desktop_app.models.register import format_full_name
from desktop_app.scoring import OrgPredikat
from desktop_app.scoring.reference import grade as find_grade
from desktop_app.services.register.employee_validation import PNS_ID_RE, clean_pns_id
from desktop_app.services.session import Action, require
from desktop_app.services.sync.office.returns import ACCEPTED, PENDING, REJECTED

KIND_WORDS = {
    "pns_id": N_("proposals", "PNS ID (SIASN)"),
    "name": N_("proposals", "Name"),
    "grade": N_("proposals", "Grade (golongan)"),
    "merge": N_("proposals", "Merge decision"),
    "org_predikat": N_("proposals", "Organisation predikat"),
}
STATUS_WORDS = {
    "PENDING": N_("proposals", "Waiting"),
    "ACCEPTED": N_("proposals", "Accepted"),
    "REJECTED": N_("proposals", "Rejected"),
    "QUARANTINED": N_("proposals", "Quarantined"),
    "APPLIED": N_("proposals", "Applied"),
}


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "proposals", **params)


@dataclass(frozen=True)
class ProposalRow:
    id: int
    kind: str
    status: str
    nip: str
    name: str
    old_value: str
    value: str
    note: str
    reason: str
    return_sequence: int


def _employee(target_uid: str) -> Employee | None:
    try:
        key = uuid.UUID(target_uid)
    except ValueError:
        return None
    return Employee.get_or_none((Employee.uid == key) & (Employee.deleted == False))


def _unit(target_uid: str) -> Unit | None:
    try:
        key = uuid.UUID(target_uid)
    except ValueError:
        return None
    return Unit.get_or_none((Unit.uid == key) & (Unit.deleted == False))


def list_proposals(*, pending_only: bool = False) -> list[ProposalRow]:
    """Every correction received (the waiting ones first), with the employee it is about."""
    require(Action.READ_ALL)
    query = ReturnProposal.select().order_by(ReturnProposal.id)
    if pending_only:
        query = query.where(ReturnProposal.status == PENDING)
    rows = []
    for p in query:
        employee = _employee(p.target_uid) if p.kind != "org_predikat" else None
        name = (
            format_full_name(employee.front_title, employee.name, employee.back_title)
            if employee
            else ""
        )
        value = p.value
        if p.kind == "org_predikat":  # "2026 BAIK": the unit and the predikat's label
            unit = _unit(p.target_uid)
            name = unit.name if unit is not None else ""
            key, _, predikat = value.partition(" ")
            if predikat in OrgPredikat.__members__:
                value = f"{key}: {OrgPredikat(predikat).label}"
        rows.append(
            ProposalRow(
                p.id,
                p.kind,
                p.status,
                employee.nip if employee else "",
                name,
                p.old_value,
                value,
                p.note,
                p.reason,
                p.return_sequence,
            )
        )
    rows.sort(key=lambda r: (r.status != PENDING, r.id))
    return rows


def _pending(proposal_id: int) -> ReturnProposal:
    found = ReturnProposal.get_or_none(ReturnProposal.id == proposal_id)
    if found is None:
        raise _error(N_("proposals", "The proposal no longer exists."))
    if found.status != PENDING:
        raise _error(N_("proposals", "The proposal was decided already."))
    return found


def accept(proposal_id: int) -> None:
    """Apply the correction to the employee record (checked as the register checks it)."""
    require(Action.WRITE_REGISTER)
    with write_transaction():
        proposal = _pending(proposal_id)
        if proposal.kind != "merge":
            employee = _employee(proposal.target_uid)
            if employee is None:
                raise _error(N_("proposals", "The employee is no longer in the register."))
            _set(employee, proposal.kind, proposal.value)
            employee.save()
        proposal.status = ACCEPTED
        proposal.decided_at = utcnow()
        proposal.decided_by = current_actor()
        proposal.save()


def _set(employee: Employee, kind: str, value: str) -> None:
    if kind == "pns_id":
        value = clean_pns_id(value)
        if not PNS_ID_RE.match(value):
            raise _error(N_("proposals", "'{value}' is not a PNS ID."), value=value)
        holder = Employee.get_or_none(
            (Employee.pns_id == value) & (Employee.id != employee.id) & (Employee.deleted == False)
        )
        if holder is not None:
            raise _error(
                N_("proposals", "PNS ID {value} is already registered for {name}."),
                value=value,
                name=holder.name,
            )
        employee.pns_id = value
    elif kind == "grade":
        try:
            employee.grade = find_grade(employee.kind, value).code
        except ValueError:
            raise _error(
                N_("proposals", "'{value}' is not a grade (golongan) of this employee."),
                value=value,
            ) from None
    elif kind == "name":
        value = " ".join(value.split())
        if not value:
            raise _error(N_("proposals", "The corrected name is empty."))
        employee.name = value


def reject(proposal_id: int, reason: str) -> None:
    """Keep the record as it is, saying why."""
    require(Action.WRITE_REGISTER)
    reason = " ".join((reason or "").split())
    if not reason:
        raise _error(N_("proposals", "Write why the proposal is rejected."))
    with write_transaction():
        proposal = _pending(proposal_id)
        proposal.status = REJECTED
        proposal.reason = reason
        proposal.decided_at = utcnow()
        proposal.decided_by = current_actor()
        proposal.save()
