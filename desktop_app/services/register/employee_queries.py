"""The employee register as read: who the signed-in user may see, the rows of the register
table, chains of superiors, and employees found by NIP.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from sys import intern
from typing import NamedTuple

from peewee import JOIN, fn

from desktop_app.models import (
    Employee,
    ExternalAppraiserLink,
    ExternalOfficial,
    Position,
    Unit,
    db,
)
from desktop_app.models.register import format_full_name
from desktop_app.scoring import reference
from desktop_app.scoring.nip import clean_nip
from desktop_app.scoring.reference import PositionType
from desktop_app.services import session
from desktop_app.services.register import appraiser_chain
from desktop_app.services.register.completeness import externally_appraised, missing_by_columns
from desktop_app.services.session import Action


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
    missing: tuple[str, ...] = ()  # what an incomplete record lacks (completeness labels)


class ChainLink(NamedTuple):
    id: int
    name: str
    nip: str
    position_name: str


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
    if current.role == session.Role.EMPLOYEE:  # a Pegawai: their own record, nobody else's
        return office & (Employee.id == current.employee_id)
    staff = Employee.select(Employee.id).where(Employee.appraiser == current.employee_id)
    acting = appraiser_chain.acting_staff_ids(current.employee_id, dt.date.today())  # Plt/Plh
    return office & (
        (Employee.id == current.employee_id)
        | (Employee.appraiser == current.employee_id)
        | Employee.appraiser.in_(staff)
        | Employee.id.in_(sorted(acting))
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
            fn.COALESCE(ExternalOfficial.name, appraiser.name),  # an outside official wins
            *extra,
        )
        .join(Unit, on=(Employee.unit == Unit.id))
        .switch(Employee)
        .join(appraiser, JOIN.LEFT_OUTER, on=(Employee.appraiser == appraiser.id))
        .switch(Employee)
        .join(
            ExternalAppraiserLink,
            JOIN.LEFT_OUTER,
            on=(
                (ExternalAppraiserLink.employee == Employee.id)
                & (ExternalAppraiserLink.deleted == False)
            ),
        )
        .join(
            ExternalOfficial,
            JOIN.LEFT_OUTER,
            on=(ExternalAppraiserLink.official == ExternalOfficial.id),
        )
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
            Employee.position,
            Employee.appraiser,
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
    outside = externally_appraised()
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
            missing_by_columns(
                r[6],
                r[16],
                r[11],
                r[17] or (r[0] in outside or None),
                no_jenjang=r[8] == "FUNGSIONAL" and not r[9],
            ),
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
    """The id of the live employee with this NIP, typed in any grouping ("NIP 1986 ..." too)."""
    clean = clean_nip(nip, strict=False)
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
