"""Demo register writing: units (parents first), positions, employees (superiors first, with
their ids given so rows can name them) and the appraisal year."""

from __future__ import annotations

import hashlib

from peewee import fn

from desktop_app.demo.blueprint import Person, UnitPlan
from desktop_app.demo.progress import Reporter
from desktop_app.i18n import N_
from desktop_app.models import Employee, Period, Position, Unit
from desktop_app.models.bulk import bulk_insert
from desktop_app.services.register.units import UNIT_KINDS


def write_units(units: list[UnitPlan]) -> dict[str, int]:
    """Insert the tree level by level (parents first) and return code -> id."""
    depth: dict[str, int] = {}
    levels: list[list[UnitPlan]] = []
    for unit in units:  # parents are planned before their children
        if unit.kind not in UNIT_KINDS:
            raise AssertionError(f"unit kind {unit.kind} is not in UNIT_KINDS")
        d = 0 if unit.parent is None else depth[unit.parent.code] + 1
        depth[unit.code] = d
        if d == len(levels):
            levels.append([])
        levels[d].append(unit)
    ids: dict[str, int] = {}
    for level in levels:
        Unit.insert_many(
            [
                {
                    "code": u.code,
                    "name": u.name,
                    "kind": u.kind,
                    "parent": ids[u.parent.code] if u.parent is not None else None,
                    "sort_order": u.sort_order,
                    "active": True,
                }
                for u in level
            ]
        ).execute()
        codes = [u.code for u in level]
        for code, unit_id in (
            Unit.select(Unit.code, Unit.id)
            .where(Unit.code.in_(codes) & (Unit.deleted == False))
            .tuples()
        ):
            ids[code] = unit_id
    return ids


_PositionKey = tuple[str, str, str | None, str | None]


def write_positions(people: list[Person]) -> dict[_PositionKey, int]:
    """One Position row per distinct (name, type, jenjang, eselon); existing rows are reused."""

    def existing() -> dict[_PositionKey, int]:
        query = Position.select(
            Position.name, Position.position_type, Position.jf_level, Position.echelon, Position.id
        ).where(Position.deleted == False)
        return {(n, t, j, e): i for n, t, j, e, i in query.tuples()}

    known = existing()
    wanted: dict[_PositionKey, None] = {}
    for person in people:
        if person.position not in known:
            wanted[person.position] = None
    if wanted:
        Position.insert_many(
            [{"name": n, "position_type": t, "jf_level": j, "echelon": e} for n, t, j, e in wanted]
        ).execute()
        known = existing()
    return {p.position: known[p.position] for p in people}


def write_employees(
    people: list[Person],
    unit_ids: dict[str, int],
    position_ids: dict[_PositionKey, int],
    report: Reporter,
) -> dict[int, int]:
    """Insert superiors before the people who report to them, in chunks (progress between).
    The ids are given here (the next free ones, in that order), so a row can name its
    supervisor and appraiser. Returns id(Person) -> employee id."""
    base = Employee.select(fn.MAX(Employee.id)).scalar() or 0
    ordered = sorted(people, key=lambda p: p.depth)  # stable: the planned order within a depth
    ids = {id(p): base + n for n, p in enumerate(ordered, 1)}
    rows = [_row(p, unit_ids, position_ids, ids) for p in ordered]
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        report(done, N_("demo", "Writing employees"))

    bulk_insert(
        Employee,
        ("id", *_EMPLOYEE_FIELDS),
        [(ids[id(p)], *r) for p, r in zip(ordered, rows, strict=True)],
        step,
        2000,
    )
    return ids


_EMPLOYEE_FIELDS = (
    "nip", "kind", "front_title", "name", "back_title", "gender", "birth_date", "birth_place",
    "grade", "grade_since", "unit", "position", "position_since", "supervisor", "appraiser",
    "active", "inactive_reason", "phone", "email", "notes", "pns_id",
)  # fmt: skip

DEMO_PNS_ID_PREFIX = "DE30"  # no SIASN PNS ID starts so; tells a demo ID apart at a glance


def demo_pns_id(nip: str) -> str:
    """A synthetic SIASN PNS ID (32 upper-case hex digits) for a demo employee: a hash of the
    NIP, itself drawn from the seed, so the same seed gives the same IDs and no draw of the
    demo's random generator changes; never a real person's ID."""
    digest = hashlib.sha256(f"kinerja-luring demo pns id {nip}".encode()).hexdigest()
    return (DEMO_PNS_ID_PREFIX + digest[: 32 - len(DEMO_PNS_ID_PREFIX)]).upper()


def _row(
    p: Person,
    unit_ids: dict[str, int],
    position_ids: dict[_PositionKey, int],
    ids: dict[int, int],
) -> tuple[object, ...]:
    """The values of _EMPLOYEE_FIELDS."""
    return (
        p.nip,
        p.kind,
        p.front_title,
        p.name,
        p.back_title,
        p.gender,
        p.birth_date,
        p.birth_place,
        p.grade,
        p.grade_since,
        unit_ids[p.unit.code],
        position_ids[p.position],
        p.position_since,
        ids[id(p.supervisor)] if p.supervisor is not None else None,
        ids[id(p.appraiser)] if p.appraiser is not None else None,
        p.active,
        p.inactive_reason,
        p.phone,
        "",
        "",
        demo_pns_id(p.nip),
    )


def ensure_period(year: int) -> int | None:
    """The appraisal year (defaults: quarterly, PermenPANRB 6/2022), unless present."""
    if Period.select().where((Period.year == year) & (Period.deleted == False)).exists():
        return None
    Period(year=year).save()
    return year
