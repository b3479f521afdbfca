"""The employee register (Pegawai): add, edit, deactivate and open one employee record.

Saving runs the rules of `employee_validation` first and writes nothing when one fails; the
lists and look-ups of the register are in `employee_queries`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from peewee import JOIN

from desktop_app.errors import FieldErrors, InputError, NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Position
from desktop_app.models.database import write_transaction
from desktop_app.models.register import format_full_name
from desktop_app.scoring import reference
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.nip import NipInfo
from desktop_app.scoring.reference import PositionType
from desktop_app.scoring.telephone import parse_telephone
from desktop_app.services.register import register_history
from desktop_app.services.register.employee_queries import visible_to_session
from desktop_app.services.register.employee_validation import (
    clean_pns_id,
    clean_text,
    rule_error,
    validate,
)
from desktop_app.services.session import Action, require


@dataclass
class EmployeeInput:
    """What the employee form (or one import row) provides. Gender and birth date come from
    the NIP; `kind` may be left None to take it from the NIP."""

    nip: str
    name: str
    grade: str
    unit_id: int | None
    kind: str | None = None
    front_title: str = ""
    back_title: str = ""
    birth_place: str = ""
    grade_since: dt.date | None = None
    position_name: str = ""
    position_type: str = ""
    jf_level: str | None = None
    echelon: str | None = None
    position_since: dt.date | None = None
    supervisor_id: int | None = None
    appraiser_id: int | None = None
    active: bool = True
    inactive_reason: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    pns_id: str = ""  # the SIASN PNS ID ("" when unknown)


class LinkedPerson(NamedTuple):
    """The atasan langsung or pejabat penilai an employee record points to."""

    id: int
    name: str
    nip: str
    position_name: str
    active: bool


@dataclass
class EmployeeDetail(EmployeeInput):
    """An employee as stored, for the edit form. `linked` names the superior and appraiser
    it points to, even when they are inactive or outside what the user may list, so that
    editing the record never drops them."""

    id: int = 0
    gender: str = ""
    birth_date: dt.date | None = None
    warnings: list[str] = field(default_factory=list)
    linked: list[LinkedPerson] = field(default_factory=list)


def _position_for(data: EmployeeInput) -> Position | None:
    name = clean_text(data.position_name)
    if not name:
        return None
    ptype = PositionType(data.position_type).value
    level = data.jf_level if ptype == PositionType.FUNGSIONAL else None
    echelon = reference.echelon(data.echelon).code if data.echelon else None
    existing = Position.get_or_none(
        (Position.name == name)
        & (Position.position_type == ptype)
        & (Position.jf_level.is_null() if level is None else Position.jf_level == level)
        & (Position.echelon.is_null() if echelon is None else Position.echelon == echelon)
        & (Position.deleted == False)
    )
    if existing is not None:
        return existing
    position = Position(name=name, position_type=ptype, jf_level=level, echelon=echelon)
    position.save()
    return position


def apply_input(employee: Employee, data: EmployeeInput, info: NipInfo) -> None:
    """Copy validated input onto a model (shared by the form and the Excel import). An import
    may leave the golongan empty (an incomplete record); the form always requires one."""
    employee.nip = info.nip
    employee.kind = info.kind.value
    employee.gender = info.gender.value
    employee.birth_date = info.birth_date
    employee.front_title = clean_text(data.front_title)
    employee.name = clean_text(data.name)
    employee.back_title = clean_text(data.back_title)
    employee.birth_place = clean_text(data.birth_place)
    employee.grade = reference.grade(info.kind, data.grade).code if data.grade.strip() else ""
    employee.grade_since = data.grade_since
    employee.unit = data.unit_id
    employee.position = _position_for(data)
    employee.position_since = data.position_since
    employee.supervisor = data.supervisor_id
    employee.appraiser = data.appraiser_id
    employee.active = data.active
    employee.inactive_reason = clean_text(data.inactive_reason) if not data.active else ""
    employee.phone = clean_text(data.phone)
    employee.email = data.email.strip()
    employee.notes = data.notes.strip()
    employee.pns_id = clean_pns_id(data.pns_id)


def save_employee(
    data: EmployeeInput,
    employee_id: int | None = None,
    *,
    effective: dt.date | None = None,
    source: str = register_history.EDIT,
) -> int:
    """Add (employee_id None) or update an employee in one transaction; returns its id. A
    change of unit, position, golongan or appraiser is kept in the register history from
    `effective` (today; a transfer passes the first day of the next SKP).

    Raises FieldErrors naming every wrong field; nothing is written then.
    """
    require(Action.WRITE_REGISTER)
    with write_transaction():
        info, errors = validate(data, employee_id)
        phone = _telephone(data.phone, errors)
        if errors:
            raise FieldErrors(errors)
        assert info is not None
        if employee_id is None:
            tomb = Employee.get_or_none((Employee.nip == info.nip) & (Employee.deleted == True))
            employee = tomb or Employee()
            employee.deleted = False
        else:
            employee = Employee.get_or_none(
                (Employee.id == employee_id) & (Employee.deleted == False)
            )
            if employee is None:
                raise NotFoundError(N_("employees", "The employee no longer exists."), "employees")
        before = register_history.post_of(employee) if employee.id is not None else None
        apply_input(employee, data, info)
        employee.phone = phone
        employee.save()
        register_history.record_post(employee, before, effective or dt.date.today(), source)
        return employee.id


def _telephone(text: str, errors: dict[str, ServiceError]) -> str:
    """The telephone in its one stored form (`scoring.telephone`: "+62 812-3456-7890"), or ""
    with the message under "phone" when it is not an Indonesian number ("telepon-abc"). The
    form and any other writer of one record meet the same rule; the Excel import keeps its
    own (it stores a number as the file gives it)."""
    try:
        return parse_telephone(text) or ""
    except RuleError as err:
        errors["phone"] = rule_error(err)
        return ""


def set_active(employee_id: int, active: bool, reason: str = "") -> None:
    """Deactivate (retired, moved, died, ...) or reactivate an employee; nothing is deleted."""
    require(Action.WRITE_REGISTER)
    reason = clean_text(reason)
    if not active and not reason:
        raise InputError(
            N_("employees", "Give a reason why the employee is inactive (retired, moved, ...)."),
            "employees",
        )
    with write_transaction():
        employee = Employee.get_or_none((Employee.id == employee_id) & (Employee.deleted == False))
        if employee is None:
            raise NotFoundError(N_("employees", "The employee no longer exists."), "employees")
        employee.active = active
        employee.inactive_reason = "" if active else reason
        employee.save()


def get_employee(employee_id: int) -> EmployeeDetail:
    """One employee for the form; a supervisor may open only those they may see."""
    e = Employee.get_or_none(
        (Employee.id == employee_id) & (Employee.deleted == False) & visible_to_session()
    )
    if e is None:
        raise NotFoundError(N_("employees", "The employee no longer exists."), "employees")
    pos = e.position
    return EmployeeDetail(
        nip=e.nip,
        name=e.name,
        grade=e.grade,
        unit_id=e.unit_id,
        kind=e.kind,
        front_title=e.front_title,
        back_title=e.back_title,
        birth_place=e.birth_place,
        grade_since=e.grade_since,
        position_name=pos.name if pos else "",
        position_type=pos.position_type if pos else "",
        jf_level=pos.jf_level if pos else None,
        echelon=pos.echelon if pos else None,
        position_since=e.position_since,
        supervisor_id=e.supervisor_id,
        appraiser_id=e.appraiser_id,
        active=e.active,
        inactive_reason=e.inactive_reason,
        phone=e.phone,
        email=e.email,
        notes=e.notes,
        pns_id=e.pns_id,
        id=e.id,
        gender=e.gender,
        birth_date=e.birth_date,
        linked=_linked_people({e.supervisor_id, e.appraiser_id} - {None}),
    )


def _linked_people(ids: set[int]) -> list[LinkedPerson]:
    if not ids:
        return []
    query = (
        Employee.select(
            Employee.id,
            Employee.front_title,
            Employee.name,
            Employee.back_title,
            Employee.nip,
            Position.name,
            Employee.active,
        )
        .join(Position, JOIN.LEFT_OUTER, on=(Employee.position == Position.id))
        .where(Employee.id.in_(list(ids)) & (Employee.deleted == False))
        .tuples()
    )
    return [
        LinkedPerson(i, format_full_name(f, n, b), nip, pos or "", bool(active))
        for i, f, n, b, nip, pos, active in query
    ]


def record_uid(employee_id: int) -> str:
    """The employee's uid, which names it in the audit trail (Riwayat)."""
    row = Employee.select(Employee.uid).where(Employee.id == employee_id).tuples().first()
    if row is None:
        raise NotFoundError(N_("employees", "The employee no longer exists."), "employees")
    return str(row[0])
