"""Demo SKPs of the current year: planned in memory from the shared random generator (heads
first, each subordinate's RHK supporting an RHK of their pejabat penilai), then written in
the order the foreign keys need."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from peewee import fn

from desktop_app.demo.blueprint import OfficePlan, Person, UnitPlan
from desktop_app.demo.catalogue_skp import (
    ACCOUNTABILITY,
    CONSEQUENCES,
    EXPECTATIONS,
    EXTRA_RHK,
    HEAD_RHK,
    HEAD_STATES,
    JOB_RHK,
    RESOURCES,
    RETURN_REASONS,
    STAFF_STATES,
    Rhk,
)
from desktop_app.demo.progress import Reporter
from desktop_app.i18n import N_
from desktop_app.models import (
    BehaviourExpectation,
    Indicator,
    PerformancePlan,
    PlanResult,
    PlanStatusChange,
    utcnow,
)
from desktop_app.models.audit import current_actor
from desktop_app.models.bulk import bulk_insert
from desktop_app.models.register import format_full_name
from desktop_app.scoring import reference
from desktop_app.scoring.reference import PositionType
from desktop_app.services.skp.plans import APPROVED, DRAFT, NO_PLAN, RETURNED, SUBMITTED


@dataclass
class SkpRows:
    """The SKP rows of the demo, made in memory before anything is written. Plan and result
    ids are offsets (1, 2, ...) added to the tables' highest id when written; people are
    Person objects, turned into employee ids when written."""

    # (offset, person, form, status, return_reason, resources, accountability, consequences,
    #  snapshot, approved_at)
    plans: list[tuple] = field(default_factory=list)
    # (offset, plan offset, is_main, sort_order, text, perspective, parent offset or None)
    results: list[tuple] = field(default_factory=list)
    # (result offset, sort_order, aspect, text, target_value, target_unit)
    indicators: list[tuple] = field(default_factory=list)
    # (plan offset, value code, text)
    expectations: list[tuple] = field(default_factory=list)
    # (plan offset, from_status, to_status, reason, at)
    changes: list[tuple] = field(default_factory=list)
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return (
            len(self.plans)
            + len(self.results)
            + len(self.indicators)
            + len(self.expectations)
            + len(self.changes)
        )


def _person_info(person: Person) -> dict[str, str]:
    """The same shape as plans.snapshot() takes from the register."""
    try:
        grade = reference.grade(person.kind, person.grade).label
    except ValueError:
        grade = person.grade
    return {
        "name": format_full_name(person.front_title, person.name, person.back_title),
        "nip": person.nip,
        "kind": person.kind,
        "grade": grade,
        "position": person.position[0],
        "unit": person.unit.name,
    }


def _setting_of(unit: UnitPlan) -> tuple[str, str]:
    """("PUSKESMAS" | "UPT" | "", name) of the puskesmas/UPT the unit belongs to (else the
    unit itself): which lampiran texts fit."""
    current: UnitPlan | None = unit
    while current is not None:
        if current.kind in ("PUSKESMAS", "UPT"):
            return current.kind, current.name
        current = current.parent
    return "", unit.name


def plan_skps(
    plan: OfficePlan, rng: random.Random, year: int, *, all_approved: bool = False
) -> SkpRows:
    """The SKPs of `year`: heads first (always one, mostly approved), then their staff, whose
    every RHK supports an RHK of their pejabat penilai's SKP; inactive people have none.
    `all_approved`: a past year, in which every active employee's SKP was approved."""
    rows = SkpRows()
    counts = {APPROVED: 0, SUBMITTED: 0, DRAFT: 0, RETURNED: 0, NO_PLAN: 0}
    heads = {id(h) for h in plan.heads} | {
        id(p.appraiser) for p in plan.people if p.appraiser is not None
    }
    # id(person) -> (result offsets by theme, main result offsets) of their SKP
    offered: dict[int, tuple[dict[str, list[int]], list[int]]] = {}
    infos: dict[int, dict[str, str]] = {}
    settings_of: dict[str, tuple[str, str]] = {}
    actor = current_actor()
    now = utcnow()
    start = dt.datetime(year, 1, 2, 1, 0)  # 08.00 WIB on the first working day
    staff_states, staff_weights = zip(*STAFF_STATES, strict=True)
    head_states, head_weights = zip(*HEAD_STATES, strict=True)

    def info(person: Person | None) -> dict[str, str]:
        if person is None:
            return {}
        key = id(person)
        if key not in infos:
            infos[key] = _person_info(person)
        return infos[key]

    def moment(day: int) -> dt.datetime:
        """Office hours (08.00-15.00 WIB, stored as UTC) `day` days after the start; never
        in the future."""
        return min(start + dt.timedelta(days=day, minutes=rng.randrange(420)), now)

    plan_no = result_no = 0
    for person in sorted(plan.people, key=lambda p: p.depth):
        if not person.active:
            continue
        is_head = id(person) in heads
        status: str | None
        if person.appraiser is None or all_approved:
            status = APPROVED  # the Kepala Dinas: approved by the Bupati, outside the register
        elif is_head:
            status = rng.choices(head_states, weights=head_weights)[0]
        else:
            status = rng.choices(staff_states, weights=staff_weights)[0]
        if status is None:
            counts[NO_PLAN] += 1
            continue
        counts[status] += 1
        plan_no += 1
        form = "JPT" if person.position[1] == PositionType.JPT.value else "STAFF"
        unit = person.unit
        chosen: list[tuple[Rhk, bool]]  # (RHK, utama)
        if is_head:
            chosen = [(rhk, True) for rhk in HEAD_RHK.get(unit.code) or HEAD_RHK[unit.mix]]
        else:
            options = JOB_RHK[person.job]
            picks: Sequence[int] = range(len(options))
            if len(options) > 2:
                picks = sorted(rng.sample(picks, 3 if rng.random() < 0.35 else 2))
            chosen = [(options[i], True) for i in picks]
            if rng.random() < (0.6 if len(options) == 1 else 0.25):
                chosen.append((rng.choice(EXTRA_RHK), False))  # an RHK tambahan
        boss = offered.get(id(person.appraiser)) if person.appraiser is not None else None
        themes: dict[str, list[int]] = {}
        mains: list[int] = []
        incomplete = status == DRAFT and rng.random() < 0.35  # typing the last RHK still
        for order, (rhk, is_main) in enumerate(chosen):
            result_no += 1
            parent = None
            if form == "STAFF" and boss is not None:
                pool = boss[0].get(rhk.theme) or boss[1]
                parent = pool[rng.randrange(len(pool))]
            text = rhk.text.format(unit=unit.name) if "{" in rhk.text else rhk.text
            perspective = rhk.perspective if form == "JPT" else None
            rows.results.append(
                (result_no, plan_no, int(is_main), order, text, perspective, parent)
            )
            themes.setdefault(rhk.theme, []).append(result_no)
            if is_main:
                mains.append(result_no)
            if incomplete and order == len(chosen) - 1:
                continue
            for i, iki in enumerate(rhk.indicators):
                value = iki.targets[0] if len(iki.targets) == 1 else rng.choice(iki.targets)
                rows.indicators.append((result_no, i, iki.aspect, iki.text, value, iki.unit))
        if is_head:
            offered[id(person)] = (themes, mains)
        for code in sorted(rng.sample(range(1, 8), rng.choice((1, 2, 2, 3)))):
            rows.expectations.append((plan_no, code, rng.choice(EXPECTATIONS[code])))
        setting = settings_of.get(unit.code)
        if setting is None:
            setting = settings_of[unit.code] = _setting_of(unit)
        resources = rng.choice(RESOURCES[setting[0]]).format(unit=setting[1])
        accountability = rng.choice(ACCOUNTABILITY)
        consequences = rng.choice(CONSEQUENCES)
        if status == DRAFT and rng.random() < 0.5:
            resources = accountability = consequences = ""  # the lampiran comes last
        day = person.depth * 4 + rng.randrange(4)
        rows.changes.append((plan_no, "", DRAFT, "", moment(day)))
        reason = snapshot = ""
        approved_at = None
        if status != DRAFT:
            day += rng.randint(1, 6)
            rows.changes.append((plan_no, DRAFT, SUBMITTED, "", moment(day)))
        if status in (APPROVED, RETURNED):
            day += rng.randint(1, 7)
            decided = moment(day)
            if status == RETURNED:
                reason = rng.choice(RETURN_REASONS).format(unit=unit.name)
            rows.changes.append((plan_no, SUBMITTED, status, reason, decided))
            if status == APPROVED:
                approved_at = decided
                appraiser = person.appraiser
                snapshot = json.dumps(
                    {
                        "employee": info(person),
                        "appraiser": info(appraiser),
                        "appraiser_superior": info(appraiser.appraiser if appraiser else None),
                    },
                    ensure_ascii=False,
                    sort_keys=True,
                )
        rows.plans.append(
            (plan_no, person, form, status, reason, resources, accountability, consequences,
             snapshot, approved_at)
        )  # fmt: skip
    rows.changes = [(p, f, t, actor, r, at) for p, f, t, r, at in rows.changes]
    rows.by_status = counts
    return rows


def indicators_by_plan(rows: SkpRows) -> dict[int, list[tuple[int, str, str]]]:
    """Plan offset -> (indicator offset, target value, target unit) of its indicators."""
    plan_of = {result[0]: result[1] for result in rows.results}
    out: dict[int, list[tuple[int, str, str]]] = {}
    for no, (result, _order, _aspect, _text, value, unit) in enumerate(rows.indicators, 1):
        out.setdefault(plan_of[result], []).append((no, value, unit))
    return out


def snapshot_json(person: Person) -> str:
    """The snapshot plans.snapshot() takes, from the planned people (an agreed IDP)."""
    appraiser = person.appraiser
    superior = appraiser.appraiser if appraiser is not None else None
    return json.dumps(
        {
            "employee": _person_info(person),
            "appraiser": _person_info(appraiser) if appraiser else {},
            "appraiser_superior": _person_info(superior) if superior else {},
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def write_skps(
    rows: SkpRows, period_id: int, person_ids: dict[int, int], report: Reporter
) -> tuple[int, int]:
    """Write the planned SKPs in the order the foreign keys need (superiors' RHK first).
    Returns the id bases of plans and indicators (id = base + offset)."""
    plan_base = PerformancePlan.select(fn.MAX(PerformancePlan.id)).scalar() or 0
    indicator_base = Indicator.select(fn.MAX(Indicator.id)).scalar() or 0
    if not rows.plans:
        return plan_base, indicator_base
    result_base = PlanResult.select(fn.MAX(PlanResult.id)).scalar() or 0
    total = rows.total
    written = 0

    def step(n: int) -> None:
        nonlocal written
        written += n
        report(report.total * written // total, N_("demo", "Writing the SKPs"))

    report(0, N_("demo", "Writing the SKPs"))
    bulk_insert(
        PerformancePlan,
        ("id", "employee", "period", "approach", "form", "status", "return_reason", "resources",
         "accountability", "consequences", "snapshot", "approved_at"),
        [(plan_base + no, person_ids[id(person)], period_id, "KUANTITATIF", *rest)
         for no, person, *rest in rows.plans],
        step,
    )  # fmt: skip
    bulk_insert(
        PlanResult,
        ("id", "plan", "is_main", "sort_order", "text", "perspective", "parent_result",
         "parent_text"),
        [(result_base + no, plan_base + plan_no, main, order, text, perspective,
          None if parent is None else result_base + parent, "")
         for no, plan_no, main, order, text, perspective, parent in rows.results],
        step,
    )  # fmt: skip
    bulk_insert(
        Indicator,
        ("id", "result", "sort_order", "aspect", "text", "target_value", "target_unit",
         "target_text"),
        [(indicator_base + n, result_base + no, *rest, "")
         for n, (no, *rest) in enumerate(rows.indicators, 1)],
        step,
    )  # fmt: skip
    bulk_insert(
        BehaviourExpectation,
        ("plan", "value_code", "text"),
        [(plan_base + no, code, text) for no, code, text in rows.expectations],
        step,
    )
    bulk_insert(
        PlanStatusChange,
        ("plan", "from_status", "to_status", "actor", "reason", "at"),
        [(plan_base + no, *rest) for no, *rest in rows.changes],
        step,
    )
    return plan_base, indicator_base
