"""The employee register (Pegawai): validation, add/edit/deactivate, and the rows for the table.

Validation returns one translatable message per wrong field (FieldErrors) and saves nothing.
The NIP / NI PPPK rules live in `scoring.nip`; this module adds what needs the database:
duplicate NIPs, existing units, and supervisor chains without cycles.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from sys import intern
from typing import NamedTuple

from peewee import JOIN

from desktop_app.errors import FieldErrors, InputError, NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Position, Unit, db
from desktop_app.models.database import write_transaction
from desktop_app.models.register import format_full_name
from desktop_app.scoring import reference
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.nip import NipInfo, parse_nip
from desktop_app.scoring.reference import EmployeeKind, PositionType
from desktop_app.services import session
from desktop_app.services.session import Action, require

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


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


class EmployeeRow(NamedTuple):
    """One row of the register table (read in one query, fast for 50,000 employees)."""

    id: int
    nip: str
    name: str
    kind: str
    grade: str
    position_name: str
    position_type: str
    jf_level: str | None
    echelon: str | None
    unit_id: int
    unit_code: str
    unit_name: str
    supervisor_name: str
    active: bool
    plain_name: str = ""  # without gelar, so "dr. Budi" sorts under B


class ChainLink(NamedTuple):
    id: int
    name: str
    nip: str
    position_name: str


def display_nip(nip: str) -> str:
    """The printed grouping 8-6-1-3 of a stored 18-digit NIP ("19860926 201505 1 001")."""
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}" if len(nip) == 18 else nip


def describe_position(position_type: str, jf_level: str | None, echelon: str | None) -> str:
    """Jenis jabatan as shown in the register: "Fungsional · Ahli Pertama", "Administrator ·
    III.a" (labels are the official terms of the code tables)."""
    if not position_type:
        return ""
    try:
        text = PositionType(position_type).label
    except ValueError:
        return position_type
    if jf_level:
        try:
            return f"{text} · {reference.JfLevel(jf_level).label}"
        except ValueError:
            return f"{text} · {jf_level}"
    if echelon:
        try:
            return f"{text} · {reference.echelon(echelon).label}"
        except ValueError:
            return f"{text} · {echelon}"
    return text


def nip_info(text: str) -> NipInfo:
    """Parse a NIP / NI PPPK for the form's live feedback; InputError names the wrong part."""
    try:
        return parse_nip(text)
    except RuleError as err:
        raise rule_error(err) from None


def rule_error(err: RuleError) -> ServiceError:
    """Carry a scoring rule's translatable message into the service layer."""
    return InputError(err.msgid, err.context, **err.params)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _valid_nip(data: EmployeeInput, errors: dict[str, ServiceError]) -> NipInfo | None:
    try:
        info = parse_nip(data.nip)
    except RuleError as err:
        errors["nip"] = rule_error(err)
        return None
    except ValueError as err:  # defensive: a plain ValueError still gets shown
        errors["nip"] = InputError(
            N_("employees", "NIP is not valid: {reason}"), "employees", reason=str(err)
        )
        return None
    if data.kind and data.kind != info.kind.value:
        errors["kind"] = InputError(
            N_(
                "employees",
                "The number {nip} is a {found} number, but the employee type is "
                "{kind}: choose {found} or correct the number.",
            ),
            "employees",
            nip=info.formatted,
            found=info.kind.value,
            kind=data.kind,
        )
    return info


def _check_chain(employee_id: int | None, start: int | None, attr: str) -> bool:
    """True when following `attr` (supervisor/appraiser) from `start` comes back to the employee."""
    if employee_id is None or start is None:
        return False
    column = getattr(Employee, attr)
    seen: set[int] = set()
    current: int | None = start
    while current is not None and current not in seen:
        if current == employee_id:
            return True
        seen.add(current)
        row = Employee.select(column).where(Employee.id == current).tuples().first()
        current = row[0] if row else None
    return False


@dataclass(frozen=True)
class RegisterIndex:
    """The register facts `validate` looks up (NIP holders, live units), read once so that
    validating the 5,000 rows of an import file does not run 10,000 queries."""

    holders: dict[str, tuple[int, str]]  # live NIP -> (id, name)
    unit_ids: frozenset[int]

    @classmethod
    def load(cls) -> RegisterIndex:
        holders = {
            nip: (emp_id, name)
            for emp_id, nip, name in Employee.select(Employee.id, Employee.nip, Employee.name)
            .where(Employee.deleted == False)
            .tuples()
        }
        units = Unit.select(Unit.id).where(Unit.deleted == False).tuples()
        return cls(holders, frozenset(u[0] for u in units))


def validate(
    data: EmployeeInput,
    employee_id: int | None = None,
    *,
    index: RegisterIndex | None = None,
) -> tuple[NipInfo | None, dict[str, ServiceError]]:
    """Every problem with the input, by field; an empty dict means it can be saved.

    `index` (optional) answers the NIP and unit look-ups from memory, for many rows at once.
    """
    errors: dict[str, ServiceError] = {}
    info = _valid_nip(data, errors)
    if info is not None:
        clash = (
            index.holders.get(info.nip)
            if index is not None
            else Employee.select(Employee.id, Employee.name)
            .where((Employee.nip == info.nip) & (Employee.deleted == False))
            .tuples()
            .first()
        )
        if clash and clash[0] != employee_id:
            errors["nip"] = InputError(
                N_(
                    "employees",
                    "NIP {nip} is already registered for {name}: open that record "
                    "instead of adding a new one.",
                ),
                "employees",
                nip=info.formatted,
                name=clash[1],
            )
    kind = (
        EmployeeKind(data.kind) if data.kind in ("PNS", "PPPK") else (info.kind if info else None)
    )
    if data.kind and data.kind not in ("PNS", "PPPK"):
        errors["kind"] = InputError(
            N_("employees", "Employee type '{kind}' is not known: choose PNS or PPPK."),
            "employees",
            kind=data.kind,
        )
    if not _clean(data.name):
        errors["name"] = InputError(
            N_("employees", "The name is empty: type the employee's name."), "employees"
        )
    if kind is not None and not (data.grade or "").strip():
        errors["grade"] = InputError(N_("employees", "Choose the golongan."), "employees")
    elif kind is not None:
        try:
            reference.grade(kind, data.grade or "")
        except ValueError:
            msg = (
                N_(
                    "employees",
                    "Golongan '{grade}' is not a PNS golongan: choose one from I/a to IV/e.",
                )
                if kind == EmployeeKind.PNS
                else N_(
                    "employees",
                    "Golongan '{grade}' is not a PPPK golongan: choose one from I to XVII.",
                )
            )
            errors["grade"] = InputError(msg, "employees", grade=data.grade or "")
    if data.unit_id is None:
        errors["unit"] = InputError(N_("employees", "Choose the employee's unit."), "employees")
    elif not (
        data.unit_id in index.unit_ids
        if index is not None
        else Unit.select().where((Unit.id == data.unit_id) & (Unit.deleted == False)).exists()
    ):
        errors["unit"] = InputError(
            N_("employees", "The chosen unit no longer exists."), "employees"
        )
    _validate_position(data, errors)
    for attr, key in (("supervisor", "supervisor_id"), ("appraiser", "appraiser_id")):
        other = getattr(data, key)
        if other is None:
            continue
        if employee_id is not None and other == employee_id:
            errors[attr] = InputError(
                N_("employees", "An employee cannot be their own superior or appraiser."),
                "employees",
            )
        elif (
            not Employee.select()
            .where((Employee.id == other) & (Employee.deleted == False))
            .exists()
        ):
            errors[attr] = InputError(
                N_("employees", "The chosen person is no longer in the register."), "employees"
            )
        elif _check_chain(employee_id, other, attr):
            errors[attr] = InputError(
                N_(
                    "employees",
                    "This choice makes a circle: the chosen person already reports "
                    "(directly or indirectly) to this employee.",
                ),
                "employees",
            )
    if data.email and not EMAIL_RE.match(data.email.strip()):
        errors["email"] = InputError(
            N_("employees", "'{email}' is not an e-mail address."), "employees", email=data.email
        )
    if not data.active and not _clean(data.inactive_reason):
        errors["inactive_reason"] = InputError(
            N_("employees", "Give a reason why the employee is inactive (retired, moved, ...)."),
            "employees",
        )
    today = dt.date.today()
    for key in ("position_since", "grade_since"):
        value = getattr(data, key)
        if value is not None and info is not None and value < info.birth_date:
            errors[key] = InputError(
                N_("employees", "The date is before the birth date."), "employees"
            )
        elif value is not None and value > today + dt.timedelta(days=366):
            errors[key] = InputError(
                N_("employees", "The date is more than a year in the future."), "employees"
            )
    return info, errors


def _validate_position(data: EmployeeInput, errors: dict[str, ServiceError]) -> None:
    if not _clean(data.position_name) and not data.position_type:
        return
    if not _clean(data.position_name):
        errors["position_name"] = InputError(
            N_("employees", "Type the name of the jabatan."), "employees"
        )
    try:
        ptype = PositionType(data.position_type)
    except ValueError:
        errors["position_type"] = InputError(
            N_("employees", "Choose the jenis jabatan."), "employees"
        )
        return
    if ptype == PositionType.FUNGSIONAL:
        try:
            reference.JfLevel(data.jf_level or "")
        except ValueError:
            errors["jf_level"] = InputError(
                N_(
                    "employees",
                    "A jabatan fungsional needs its jenjang (Ahli Pertama ... Penyelia).",
                ),
                "employees",
            )
    elif data.jf_level:
        errors["jf_level"] = InputError(
            N_("employees", "Only a jabatan fungsional has a jenjang: clear it."), "employees"
        )
    if data.echelon:
        if ptype not in (PositionType.JPT, PositionType.ADMINISTRATOR, PositionType.PENGAWAS):
            errors["echelon"] = InputError(
                N_("employees", "Only JPT, administrator and pengawas posts have an eselon."),
                "employees",
            )
        else:
            try:
                reference.echelon(data.echelon)
            except ValueError:
                errors["echelon"] = InputError(
                    N_("employees", "Eselon '{echelon}' is not known."),
                    "employees",
                    echelon=data.echelon,
                )


def _position_for(data: EmployeeInput) -> Position | None:
    name = _clean(data.position_name)
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
    """Copy validated input onto a model (shared by the form and the Excel import)."""
    employee.nip = info.nip
    employee.kind = info.kind.value
    employee.gender = info.gender.value
    employee.birth_date = info.birth_date
    employee.front_title = _clean(data.front_title)
    employee.name = _clean(data.name)
    employee.back_title = _clean(data.back_title)
    employee.birth_place = _clean(data.birth_place)
    employee.grade = reference.grade(info.kind, data.grade).code
    employee.grade_since = data.grade_since
    employee.unit = data.unit_id
    employee.position = _position_for(data)
    employee.position_since = data.position_since
    employee.supervisor = data.supervisor_id
    employee.appraiser = data.appraiser_id
    employee.active = data.active
    employee.inactive_reason = _clean(data.inactive_reason) if not data.active else ""
    employee.phone = _clean(data.phone)
    employee.email = data.email.strip()
    employee.notes = data.notes.strip()


def save_employee(data: EmployeeInput, employee_id: int | None = None) -> int:
    """Add (employee_id None) or update an employee in one transaction; returns its id.

    Raises FieldErrors naming every wrong field; nothing is written then.
    """
    require(Action.WRITE_REGISTER)
    with write_transaction():
        info, errors = validate(data, employee_id)
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
        apply_input(employee, data, info)
        employee.save()
        return employee.id


def set_active(employee_id: int, active: bool, reason: str = "") -> None:
    """Deactivate (retired, moved, died, ...) or reactivate an employee; nothing is deleted."""
    require(Action.WRITE_REGISTER)
    reason = _clean(reason)
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


def visible_to_session():  # type: ignore[no-untyped-def]
    """Which employees the signed-in user may see: everyone for admin, HR and viewers; a
    supervisor sees themselves, the employees they appraise (pejabat penilai) and, as atasan
    pejabat penilai, those their staff appraise; at the central office, of the office chosen
    in the office filter."""
    current = session.current()
    only = session.office_filter()
    office = (Employee.office_code == only) if only else Employee.id.is_null(False)
    if current is None or session.allowed(Action.READ_ALL):
        return office
    if current.employee_id is None:
        return Employee.id.is_null(True)
    staff = Employee.select(Employee.id).where(Employee.appraiser == current.employee_id)
    return office & (
        (Employee.id == current.employee_id)
        | (Employee.appraiser == current.employee_id)
        | Employee.appraiser.in_(staff)
    )


def staff_query(*extra: object, unit_ids: Iterable[int] | None = None):  # type: ignore[no-untyped-def]
    """Active employees the signed-in user may see, with their unit and pejabat penilai, in
    unit and name order: the base of the SKP progress and evaluation monitoring lists.
    Columns: id, gelar depan, name, gelar belakang, NIP, unit id, unit name, appraiser name,
    then `extra`; callers join what they add after it (the query ends on Employee)."""
    appraiser = Employee.alias("appraiser")
    query = (
        Employee.select(
            Employee.id,
            Employee.front_title,
            Employee.name,
            Employee.back_title,
            Employee.nip,
            Unit.id,
            Unit.name,
            appraiser.name,
            *extra,
        )
        .join(Unit, on=(Employee.unit == Unit.id))
        .switch(Employee)
        .join(appraiser, JOIN.LEFT_OUTER, on=(Employee.appraiser == appraiser.id))
        .switch(Employee)
        .where((Employee.deleted == False) & (Employee.active == True) & visible_to_session())
        .order_by(Unit.name, Employee.name)
    )
    if unit_ids is not None:
        query = query.where(Employee.unit.in_(list(unit_ids)))
    return query


def list_employees() -> list[EmployeeRow]:
    """Every live employee the signed-in user may see, for the register table, in one query."""
    sup = Employee.alias("sup")
    query = (
        Employee.select(
            Employee.id,
            Employee.nip,
            Employee.front_title,
            Employee.name,
            Employee.back_title,
            Employee.kind,
            Employee.grade,
            Position.name,
            Position.position_type,
            Position.jf_level,
            Position.echelon,
            Unit.id,
            Unit.code,
            Unit.name,
            sup.name,
            Employee.active,
        )
        .join(Unit, on=(Employee.unit == Unit.id))
        .switch(Employee)
        .join(Position, JOIN.LEFT_OUTER, on=(Employee.position == Position.id))
        .switch(Employee)
        .join(sup, JOIN.LEFT_OUTER, on=(Employee.supervisor == sup.id))
        .where((Employee.deleted == False) & visible_to_session())
        .order_by(Employee.name)
    )
    # The raw cursor skips peewee's per-value conversion (all columns are text or integers),
    # which took about half of the load time with 50,000 employees.
    sql, params = query.sql()
    # NIPs and names are interned: the SKP, Evaluasi and Pengembangan lists hold the same
    # strings for the same people instead of a copy each (about 10 MB at 50,000 employees)
    return [
        EmployeeRow(
            r[0],
            intern(r[1]),
            intern(format_full_name(r[2], r[3], r[4])),
            r[5],
            r[6],
            r[7] or "",
            r[8] or "",
            r[9],
            r[10],
            r[11],
            r[12],
            r[13],
            r[14] or "",
            bool(r[15]),
            r[3],
        )
        for r in db.execute_sql(sql, params).fetchall()
    ]


def supervisor_chain(employee_id: int, attr: str = "supervisor") -> list[ChainLink]:
    """The employee's superiors upwards (atasan langsung, their atasan, ...), cycle-safe.

    Only for an employee the signed-in user may see; the chain above is the organisation's
    line of command (names and jabatan), which everyone in it may know."""
    column = getattr(Employee, attr)
    links: list[ChainLink] = []
    seen = {employee_id}
    row = (
        Employee.select(column)
        .where((Employee.id == employee_id) & visible_to_session())
        .tuples()
        .first()
    )
    current = row[0] if row else None
    while current is not None and current not in seen:
        seen.add(current)
        e = Employee.get_or_none((Employee.id == current) & (Employee.deleted == False))
        if e is None:
            break
        links.append(ChainLink(e.id, e.full_name, e.nip, e.position.name if e.position else ""))
        current = getattr(e, f"{attr}_id")
    return links


def chain_preview(start_id: int | None, attr: str = "supervisor") -> list[ChainLink]:
    """The chain that choosing `start_id` as superior would give (for the form, before saving)."""
    if start_id is None:
        return []
    e = Employee.get_or_none(
        (Employee.id == start_id) & (Employee.deleted == False) & visible_to_session()
    )
    if e is None:
        return []
    first = ChainLink(e.id, e.full_name, e.nip, e.position.name if e.position else "")
    return [first, *supervisor_chain(start_id, attr)]


def find_by_nip(nip: str) -> int | None:
    clean = re.sub(r"\D", "", nip)
    row = (
        Employee.select(Employee.id)
        .where((Employee.nip == clean) & (Employee.deleted == False))
        .tuples()
        .first()
    )
    return row[0] if row else None


def ids_by_nip(nips: Iterable[str]) -> dict[str, int]:
    """NIP -> id for many NIPs at once (the Excel import matches rows by NIP)."""
    wanted = list(nips)
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for nip, emp_id in (
            Employee.select(Employee.nip, Employee.id)
            .where((Employee.nip.in_(chunk)) & (Employee.deleted == False))
            .tuples()
        ):
            found[nip] = emp_id
    return found


def employees_by_ids(ids: Sequence[int]) -> list[EmployeeRow]:
    """Rows for the given ids, in the given order (exports keep the table's order)."""
    wanted = set(ids)
    by_id = {row.id: row for row in list_employees() if row.id in wanted}
    return [by_id[i] for i in ids if i in by_id]


def link_errors(
    key: Hashable,
    links: dict[str, Hashable | None],
    parent_of: Callable[[str, Hashable], Hashable | None],
) -> dict[str, ServiceError]:
    """The superior rules of `validate` (not oneself, no circle) on any graph of keys.

    `validate` follows ids in the database; the Excel import follows NIPs in the database
    overlaid with the rows of the file, so a row may name another row of the same file as its
    atasan langsung or pejabat penilai. `links` maps "supervisor"/"appraiser" to the chosen key;
    `parent_of(attr, key)` gives the key that `key` reports to along `attr`.
    """
    errors: dict[str, ServiceError] = {}
    for attr, other in links.items():
        if other is None:
            continue
        if other == key:
            errors[attr] = InputError(
                N_("employees", "An employee cannot be their own superior or appraiser."),
                "employees",
            )
            continue
        seen: set[Hashable] = set()
        current: Hashable | None = other
        while current is not None and current not in seen:
            if current == key:
                errors[attr] = InputError(
                    N_(
                        "employees",
                        "This choice makes a circle: the chosen person already reports "
                        "(directly or indirectly) to this employee.",
                    ),
                    "employees",
                )
                break
            seen.add(current)
            current = parent_of(attr, current)
    return errors


def record_uid(employee_id: int) -> str:
    """The employee's uid, which names it in the audit trail (Riwayat)."""
    row = Employee.select(Employee.uid).where(Employee.id == employee_id).tuples().first()
    if row is None:
        raise NotFoundError(N_("employees", "The employee no longer exists."), "employees")
    return str(row[0])
