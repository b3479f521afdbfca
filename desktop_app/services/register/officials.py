"""Pejabat di luar instansi: officials outside the office who appraise its employees (the
Sekda for the Kepala Dinas, the Bupati/Wali Kota above him), and the link that makes one an
employee's pejabat penilai (docs/appraisers.md).

HR (and the administrator) write; every role reads. Every write runs in one transaction and
is audited by the models; a wrong field is refused with its own message and nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from desktop_app.errors import FieldErrors, InputError, NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import ActingAssignment, Employee, ExternalAppraiserLink, ExternalOfficial
from desktop_app.models.database import write_transaction
from desktop_app.scoring import reference
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.nip import parse_nip
from desktop_app.services.register.appraiser_chain import NON_ASN
from desktop_app.services.session import Action, require

CONTEXT = "officials"
KINDS = ("PNS", "PPPK", NON_ASN)
KIND_LABELS = {
    "PNS": N_("officials", "PNS"),
    "PPPK": N_("officials", "PPPK"),
    NON_ASN: N_("officials", "Non-ASN (e.g. Bupati / Wali Kota)"),
}
LIMITS = {"front_title": 50, "back_title": 50, "name": 200, "position": 200, "instansi": 200}


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, CONTEXT, **params)


@dataclass
class OfficialInput:
    """What the form gives: the name with its gelar, NIP (empty for a non-ASN official),
    kind, golongan code, jabatan, instansi and the official's own superior."""

    name: str
    kind: str
    position: str
    instansi: str
    nip: str = ""
    grade: str = ""
    front_title: str = ""
    back_title: str = ""
    superior_id: int | None = None
    active: bool = True
    notes: str = ""


class OfficialRow(NamedTuple):
    id: int
    full_name: str
    nip: str
    kind: str
    grade: str
    position: str
    instansi: str
    superior_id: int | None
    superior_name: str
    active: bool
    appraisees: int  # employees linked to the official as pejabat penilai


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _live(official_id: int) -> ExternalOfficial:
    found = ExternalOfficial.get_or_none(
        (ExternalOfficial.id == official_id) & (ExternalOfficial.deleted == False)
    )
    if found is None:
        raise NotFoundError(N_("officials", "The official no longer exists."), "officials")
    return found


def _check_nip(data: OfficialInput, nip: str, errors: dict[str, ServiceError]) -> str | None:
    if data.kind == NON_ASN:
        if nip:
            errors["nip"] = _error(
                N_("officials", "A non-ASN official has no NIP: leave the NIP empty.")
            )
        return None
    if not nip:
        errors["nip"] = _error(N_("officials", "An ASN official needs a NIP: type the 18 digits."))
        return None
    try:
        info = parse_nip(nip, data.kind)
    except RuleError as err:
        errors["nip"] = InputError(err.msgid, err.context, **err.params)
        return None
    digits = info.nip
    employee = Employee.get_or_none((Employee.nip == digits) & (Employee.deleted == False))
    if employee is not None:
        errors["nip"] = _error(
            N_(
                "officials",
                "NIP {nip} belongs to {name}, an employee of the office: choose them as "
                "appraiser (pejabat penilai) in the register instead.",
            ),
            nip=nip,
            name=employee.full_name,
        )
    return digits


def _validate(data: OfficialInput, official_id: int | None) -> dict[str, ServiceError]:
    errors: dict[str, ServiceError] = {}
    if data.kind not in KINDS:
        errors["kind"] = _error(N_("officials", "Choose PNS, PPPK or non-ASN."))
        return errors
    if not _clean(data.name):
        errors["name"] = _error(N_("officials", "The name is empty: type the official's name."))
    if not _clean(data.position):
        errors["position"] = _error(N_("officials", "The position (jabatan) is empty: type it."))
    if not _clean(data.instansi):
        errors["instansi"] = _error(
            N_("officials", "The agency (instansi) is empty: type where the official serves.")
        )
    for name, limit in LIMITS.items():
        if len(_clean(getattr(data, name))) > limit:
            errors[name] = _error(
                N_("officials", "At most {limit} characters, please."), limit=limit
            )
    nip = _check_nip(data, _clean(data.nip).replace(" ", ""), errors)
    if nip and "nip" not in errors:
        clash = ExternalOfficial.get_or_none(
            (ExternalOfficial.nip == nip) & (ExternalOfficial.deleted == False)
        )
        if clash is not None and clash.id != official_id:
            errors["nip"] = _error(
                N_("officials", "NIP {nip} is already registered for {name}."),
                nip=data.nip,
                name=clash.full_name,
            )
    grade = _clean(data.grade)
    if data.kind == NON_ASN and grade:
        errors["grade"] = _error(N_("officials", "A non-ASN official has no grade (golongan)."))
    elif data.kind != NON_ASN:
        try:
            reference.grade(data.kind, grade)
        except ValueError:
            errors["grade"] = _error(
                N_("officials", "Choose the grade (golongan) of the {kind} official."),
                kind=data.kind,
            )
    if data.superior_id is not None:
        _check_superior(data.superior_id, official_id, errors)
    return errors


def _check_superior(
    superior_id: int, official_id: int | None, errors: dict[str, ServiceError]
) -> None:
    seen: set[int] = set()
    current: int | None = superior_id
    while current is not None and current not in seen:
        if current == official_id:
            errors["superior"] = _error(
                N_("officials", "An official cannot be above themselves (the chain comes back).")
            )
            return
        seen.add(current)
        row = (
            ExternalOfficial.select(ExternalOfficial.superior, ExternalOfficial.deleted)
            .where(ExternalOfficial.id == current)
            .tuples()
            .first()
        )
        if row is None or (current == superior_id and row[1]):
            errors["superior"] = _error(N_("officials", "The chosen superior no longer exists."))
            return
        current = row[0]


def save_official(data: OfficialInput, official_id: int | None = None) -> int:
    """Create or update an official outside the office; FieldErrors names each wrong field."""
    require(Action.WRITE_REGISTER)
    with write_transaction():
        official = ExternalOfficial() if official_id is None else _live(official_id)
        errors = _validate(data, official_id)
        if errors:
            raise FieldErrors(errors)
        nip = _clean(data.nip).replace(" ", "")
        official.front_title = _clean(data.front_title)
        official.name = _clean(data.name)
        official.back_title = _clean(data.back_title)
        official.kind = data.kind
        official.nip = parse_nip(nip, data.kind).nip if nip else None
        official.grade = _clean(data.grade)
        official.position = _clean(data.position)
        official.instansi = _clean(data.instansi)
        official.superior = data.superior_id
        official.active = data.active
        official.notes = (data.notes or "").strip()
        official.save()
        return official.id


def get_official(official_id: int) -> OfficialInput:
    """An official as stored, for the edit form."""
    o = _live(official_id)
    return OfficialInput(
        o.name,
        o.kind,
        o.position,
        o.instansi,
        o.nip or "",
        o.grade,
        o.front_title,
        o.back_title,
        o.superior_id,
        bool(o.active),
        o.notes,
    )


def list_officials(include_inactive: bool = True) -> list[OfficialRow]:
    """Every live official outside the office, by name (any role may read them)."""
    rows = list(
        ExternalOfficial.select()
        .where(ExternalOfficial.deleted == False)
        .order_by(ExternalOfficial.name, ExternalOfficial.id)
    )
    names = {o.id: o.full_name for o in rows}
    counts: dict[int, int] = {}
    for (official_id,) in (
        ExternalAppraiserLink.select(ExternalAppraiserLink.official)
        .where(ExternalAppraiserLink.deleted == False)
        .tuples()
    ):
        counts[official_id] = counts.get(official_id, 0) + 1
    return [
        OfficialRow(
            o.id,
            o.full_name,
            o.nip or "",
            o.kind,
            o.grade,
            o.position,
            o.instansi,
            o.superior_id,
            names.get(o.superior_id, "") if o.superior_id else "",
            bool(o.active),
            counts.get(o.id, 0),
        )
        for o in rows
        if include_inactive or o.active
    ]


def delete_official(official_id: int) -> None:
    """Remove an official (tombstone); refused while they appraise someone, act in a post or
    stand above another official. An approved SKP keeps them in its frozen snapshot."""
    require(Action.WRITE_REGISTER)
    with write_transaction():
        official = _live(official_id)
        links = (
            ExternalAppraiserLink.select()
            .where(
                (ExternalAppraiserLink.official == official)
                & (ExternalAppraiserLink.deleted == False)
            )
            .count()
        )
        acting = (
            ActingAssignment.select()
            .where((ActingAssignment.official == official) & (ActingAssignment.deleted == False))
            .count()
        )
        below = (
            ExternalOfficial.select()
            .where((ExternalOfficial.superior == official) & (ExternalOfficial.deleted == False))
            .count()
        )
        if links or acting or below:
            raise _error(
                N_(
                    "officials",
                    "{name} is still in use (employees appraised: {links}, acting "
                    "assignments: {acting}, officials below: {below}): change those first, "
                    "or mark the official inactive.",
                ),
                name=official.full_name,
                links=links,
                acting=acting,
                below=below,
            )
        official.delete_instance()


# --- the link to an employee ---------------------------------------------------------------


def external_appraiser(employee_id: int) -> int | None:
    """The id of the official outside the office who appraises the employee, if any."""
    row = (
        ExternalAppraiserLink.select(ExternalAppraiserLink.official)
        .where(
            (ExternalAppraiserLink.employee == employee_id)
            & (ExternalAppraiserLink.deleted == False)
        )
        .tuples()
        .first()
    )
    return row[0] if row else None


def set_external_appraiser(employee_id: int, official_id: int | None) -> None:
    """Make an official outside the office the employee's pejabat penilai (None: remove the
    link). The register's own pejabat penilai of the employee is cleared: one or the other,
    never both. An approved SKP keeps the appraiser it was approved with."""
    require(Action.WRITE_REGISTER)
    with write_transaction():
        employee = Employee.get_or_none((Employee.id == employee_id) & (Employee.deleted == False))
        if employee is None:
            raise NotFoundError(N_("officials", "The employee no longer exists."), "officials")
        if official_id is not None:
            official = _live(official_id)
            if not official.active:
                raise _error(
                    N_("officials", "{name} is marked inactive: choose an active official."),
                    name=official.full_name,
                )
        current = list(
            ExternalAppraiserLink.select().where(
                (ExternalAppraiserLink.employee == employee)
                & (ExternalAppraiserLink.deleted == False)
            )
        )
        if official_id is not None and [c.official_id for c in current] == [official_id]:
            return  # already so
        for link in current:
            link.delete_instance()
        if official_id is None:
            return
        if employee.appraiser_id is not None:
            employee.appraiser = None
            employee.save()
        ExternalAppraiserLink(employee=employee, official=official_id).save()
