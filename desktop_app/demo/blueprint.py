"""The demo office as planned in memory before anything is written: units, people and their
chains. The planners fill these objects; the writers turn them into rows. Public because
every part of the demo (register, SKP, evaluations, development) reads them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.demo.catalogue_office import Post
from desktop_app.scoring.reference import JfLevel

REFERENCE_DATE = dt.date(2026, 1, 1)
"""Ages, service years and TMTs are counted to this day, so a seed always gives the same data."""


@dataclass
class UnitPlan:
    """A unit to be written, with the post heading it and the weight of its staff."""

    code: str
    name: str
    kind: str
    parent: UnitPlan | None
    sort_order: int
    head: Post | None = None
    head_title: str = ""
    staff_weight: float = 0.0
    mix: str = ""
    head_person: Person | None = None


@dataclass
class Person:
    """An employee to be written; supervisor and appraiser link the planned people."""

    nip: str
    kind: str
    front_title: str
    name: str
    back_title: str
    gender: str
    birth_date: dt.date
    birth_place: str
    grade: str
    grade_since: dt.date
    unit: UnitPlan
    position: tuple[str, str, str | None, str | None]  # name, type, jf_level, echelon
    position_since: dt.date
    active: bool
    inactive_reason: str
    phone: str
    level: int
    jf_level: JfLevel | None
    supervisor: Person | None = None
    appraiser: Person | None = None
    depth: int = 0
    job: str = ""  # key of JOBS (staff); "" for the head of a unit


@dataclass
class OfficePlan:
    """The whole planned office: units (parents first), people (heads first) and the heads."""

    units: list[UnitPlan]
    people: list[Person]
    heads: list[Person] = field(default_factory=list)
