"""Who appraises an employee on a given day: the pejabat penilai and the atasan pejabat
penilai, counting officials outside the office and acting assignments (Plt / Plh).

The rules (docs/appraisers.md):
- the register names the pejabat penilai: an employee of the office (`Employee.appraiser`)
  or, through an `ExternalAppraiserLink`, an official outside it; the link wins if both are
  set (the link service clears the register's appraiser when it links);
- when the register's pejabat penilai is an employee holding a position and an acting
  assignment of that position runs on the day, the acting official appraises instead; an
  acting official is never their own appraiser: then the holder's own appraiser appraises;
- the atasan pejabat penilai is the appraiser of the position holder (of the register's
  pejabat penilai, on the same day), or the official's own superior for an outside official.

Reads only: the workflow, the access rules and the printing call it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.models import ActingAssignment, Employee, ExternalAppraiserLink, ExternalOfficial
from desktop_app.scoring import reference
from desktop_app.scoring.acting import ActingKind, Term, acting_position, in_force
from desktop_app.scoring.workflow import PersonSnapshot, Snapshot

NON_ASN = "NON_ASN"
MAX_DEPTH = 8  # a chain longer than this is a loop the data should not hold


@dataclass(frozen=True)
class Appraiser:
    """One appraiser on a day: an employee of the office (`employee_id`) or an official
    outside it (`official_id`), as the forms print them; `assignment_id` and `acting`
    (PLT/PLH) when they appraise under an acting assignment."""

    person: PersonSnapshot
    employee_id: int | None = None
    official_id: int | None = None
    assignment_id: int | None = None
    acting: str = ""
    decree: str = ""

    @property
    def acting_note(self) -> str:
        """What the status history keeps of the assignment ("" when not acting)."""
        if not self.acting:
            return ""
        text = f"{acting_position(self.acting, self.person.position)}: {self.person.name}"
        return f"{text} ({self.decree})" if self.decree else text


def _grade_label(kind: str, code: str) -> str:
    if not code or kind == NON_ASN:
        return ""
    try:
        return reference.grade(kind, code).label
    except ValueError:
        return code


def employee_person(employee: Employee) -> PersonSnapshot:
    """An employee as the snapshot keeps them."""
    return PersonSnapshot(
        employee.full_name,
        employee.nip,
        employee.kind,
        _grade_label(employee.kind, employee.grade),
        employee.position.name if employee.position else "",
        employee.unit.name,
    )


def official_person(official: ExternalOfficial) -> PersonSnapshot:
    """An official outside the office as the snapshot keeps them (instansi as unit kerja)."""
    return PersonSnapshot(
        official.full_name,
        official.nip or "",
        official.kind,
        _grade_label(official.kind, official.grade),
        official.position,
        official.instansi,
    )


def external_official_of(employee_id: int) -> ExternalOfficial | None:
    """The official outside the office linked as the employee's pejabat penilai, if any."""
    link = (
        ExternalAppraiserLink.select()
        .where((ExternalAppraiserLink.employee == employee_id) & ~ExternalAppraiserLink.deleted)
        .order_by(ExternalAppraiserLink.id.desc())
        .first()
    )
    if link is None:
        return None
    return ExternalOfficial.get_or_none(
        (ExternalOfficial.id == link.official_id) & ~ExternalOfficial.deleted
    )


def _term(row: ActingAssignment) -> Term | None:
    """The days of a stored assignment; None for one that ends before it starts (never
    saved by the services, but a package from elsewhere may hold it: it then counts for no
    day rather than stopping a form)."""
    if row.ends is not None and row.ends < row.starts:
        return None
    return Term(row.starts, row.ends)


def assignment_on(position_id: int | None, day: dt.date) -> ActingAssignment | None:
    """The acting assignment of the position running on `day`, if any."""
    if position_id is None:
        return None
    rows = list(
        ActingAssignment.select().where(
            (ActingAssignment.position == position_id) & ~ActingAssignment.deleted
        )
    )
    key = in_force(((row.id, _term(row)) for row in rows if _term(row) is not None), day)
    return next((row for row in rows if row.id == key), None)


def _acting(assignment: ActingAssignment, holder: Employee) -> Appraiser | None:
    """The acting official of `assignment` in the post `holder` holds (None: gone)."""
    position = holder.position.name if holder.position else ""
    if assignment.employee_id is not None:
        actor = Employee.get_or_none((Employee.id == assignment.employee_id) & ~Employee.deleted)
        if actor is None:
            return None
        base = employee_person(actor)
        ids = {"employee_id": actor.id}
    else:
        official = ExternalOfficial.get_or_none(
            (ExternalOfficial.id == assignment.official_id) & ~ExternalOfficial.deleted
        )
        if official is None:
            return None
        base = official_person(official)
        ids = {"official_id": official.id}
    person = PersonSnapshot(
        base.name,
        base.nip,
        base.kind,
        base.grade,
        position,
        holder.unit.name,
        acting=ActingKind(assignment.kind).value,
        decree=assignment.decree,
    )
    return Appraiser(
        person,
        assignment_id=assignment.id,
        acting=assignment.kind,
        decree=assignment.decree,
        **ids,
    )


def appraiser_on(employee: Employee, day: dt.date, _depth: int = 0) -> Appraiser | None:
    """The employee's pejabat penilai on `day` (None: nobody)."""
    if _depth > MAX_DEPTH:
        return None
    official = external_official_of(employee.id)
    if official is not None:
        return Appraiser(official_person(official), official_id=official.id)
    holder = Employee.get_or_none(Employee.id == employee.appraiser_id)
    if holder is None:
        return None
    assignment = assignment_on(holder.position_id, day)
    if assignment is not None and assignment.employee_id != employee.id:
        acting = _acting(assignment, holder)
        if acting is not None:
            return acting
    elif assignment is not None:  # acting in their own appraiser's post: one level up
        return appraiser_on(holder, day, _depth + 1)
    return Appraiser(employee_person(holder), employee_id=holder.id)


def superior_on(employee: Employee, day: dt.date) -> Appraiser | None:
    """The employee's atasan pejabat penilai on `day` (None: nobody)."""
    official = external_official_of(employee.id)
    if official is not None:
        above = ExternalOfficial.get_or_none(
            (ExternalOfficial.id == official.superior_id) & ~ExternalOfficial.deleted
        )
        return Appraiser(official_person(above), official_id=above.id) if above else None
    holder = Employee.get_or_none(Employee.id == employee.appraiser_id)
    if holder is None:
        return None
    assignment = assignment_on(holder.position_id, day)
    if assignment is not None and assignment.employee_id == employee.id:
        return superior_on(holder, day)  # they are appraised one level up: so is the atasan
    return appraiser_on(holder, day, 1)


def snapshot_on(employee: Employee, day: dt.date) -> Snapshot:
    """Who assesses whom on `day` (domain.md §0.6), outside officials and Plt/Plh included."""
    appraiser = appraiser_on(employee, day)
    superior = superior_on(employee, day)
    return Snapshot(
        employee_person(employee),
        appraiser.person if appraiser else None,
        superior.person if superior else None,
    )


def appraiser_id_on(employee_id: int, day: dt.date) -> int | None:
    """The employee id of the pejabat penilai on `day` (None: nobody or an outside official):
    what the access rules compare with the signed-in supervisor."""
    employee = Employee.get_or_none(Employee.id == employee_id)
    if employee is None:
        return None
    found = appraiser_on(employee, day)
    return found.employee_id if found else None


def superior_id_on(employee_id: int, day: dt.date) -> int | None:
    """The employee id of the atasan pejabat penilai on `day` (None: nobody or outside)."""
    employee = Employee.get_or_none(Employee.id == employee_id)
    if employee is None:
        return None
    found = superior_on(employee, day)
    return found.employee_id if found else None


def appraiser_name_on(employee: Employee, day: dt.date) -> str:
    """The pejabat penilai's name as lists show it ("Plt. " not included), "" for nobody."""
    found = appraiser_on(employee, day)
    return found.person.name if found else ""


def acting_staff_ids(employee_id: int, day: dt.date) -> set[int]:
    """The employees an employee appraises on `day` as Plt/Plh: the staff of the posts they
    act in (those whose register pejabat penilai holds the post), themselves excluded."""
    positions = [
        row.position_id
        for row in ActingAssignment.select().where(
            (ActingAssignment.employee == employee_id) & ~ActingAssignment.deleted
        )
        if (term := _term(row)) is not None and term.covers(day)
    ]
    if not positions:
        return set()
    holders = Employee.select(Employee.id).where(
        Employee.position.in_(positions) & ~Employee.deleted
    )
    staff = Employee.select(Employee.id).where(
        Employee.appraiser.in_(holders) & ~Employee.deleted & (Employee.id != employee_id)
    )
    return {row[0] for row in staff.tuples()}


def acting_appraiser_names(day: dt.date) -> dict[int, str]:
    """Employee id -> the pejabat penilai as the lists show them on `day`, for the employees
    a Plt/Plh appraises then ("Plt. Rina Wulandari"; someone who acts in their own
    appraiser's post: who appraises them one level up). Everyone else: the register's (or the
    outside official's) name the list query gives. In bulk: a few queries whatever the
    number of staff, for the SKP progress and the evaluation monitoring."""
    running: dict[int, list[ActingAssignment]] = {}
    for row in ActingAssignment.select().where(~ActingAssignment.deleted):
        term = _term(row)
        if term is not None and term.covers(day):
            running.setdefault(row.position_id, []).append(row)
    if not running:
        return {}
    in_post: dict[int, ActingAssignment] = {}  # position id -> the one in force
    for position_id, rows in running.items():
        key = in_force(((r.id, _term(r)) for r in rows), day)
        in_post[position_id] = next(r for r in rows if r.id == key)
    holders = dict(
        Employee.select(Employee.id, Employee.position)
        .where(Employee.position.in_(list(in_post)) & ~Employee.deleted)
        .tuples()
    )
    if not holders:
        return {}
    actor_ids = {a.employee_id for a in in_post.values() if a.employee_id is not None}
    official_ids = {a.official_id for a in in_post.values() if a.official_id is not None}
    names = dict(
        Employee.select(Employee.id, Employee.name).where(Employee.id.in_(list(actor_ids))).tuples()
    )
    official_names = dict(
        ExternalOfficial.select(ExternalOfficial.id, ExternalOfficial.name)
        .where(ExternalOfficial.id.in_(list(official_ids)))
        .tuples()
    )
    linked = {
        row[0]
        for row in ExternalAppraiserLink.select(ExternalAppraiserLink.employee)
        .where(~ExternalAppraiserLink.deleted)
        .tuples()
    }
    out: dict[int, str] = {}
    staff = Employee.select(Employee.id, Employee.appraiser).where(
        Employee.appraiser.in_(list(holders)) & ~Employee.deleted
    )
    for employee_id, holder_id in staff.tuples():
        if employee_id in linked:
            continue  # appraised by an official outside the office: the link wins
        assignment = in_post[holders[holder_id]]
        if assignment.employee_id == employee_id:  # a few at most: the chain decides
            employee = Employee.get_by_id(employee_id)
            found = appraiser_on(employee, day)
            out[employee_id] = shown_name(found) if found else ""
            continue
        if assignment.employee_id is not None:
            name = names.get(assignment.employee_id, "")
        else:
            name = official_names.get(assignment.official_id, "")
        if name:
            out[employee_id] = f"{ActingKind(assignment.kind).prefix} {name}"
    return out


def shown_name(found: Appraiser) -> str:
    """An appraiser's name as the lists show it: "Plt. " / "Plh. " before an acting one."""
    name = found.person.name
    return f"{ActingKind(found.acting).prefix} {name}" if found.acting else name
