"""The office's view of development for a year: per employee the IDP status, JP planned and
done against 20 JP, the budget planned and spent and the follow-up a poor predikat calls for;
per unit the totals (who is under 20 JP, planned versus done, budget); and the recap of
kebutuhan dan rencana pengembangan kompetensi (Renbangkom) per unit (PP 11/2017 Pasal 205-207:
jenis kompetensi, target PNS, jenis dan jalur pengembangan, penyelenggara, jadwal, anggaran).

Everything is read in a few grouped queries (no query per employee), for the employees the
signed-in user may see. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from sys import intern
from typing import NamedTuple

from peewee import JOIN

from desktop_app.errors import InputError
from desktop_app.models import DevelopmentActivity, DevelopmentGap, DevelopmentPlan, Employee, Unit
from desktop_app.models.register import format_full_name
from desktop_app.scoring import MIN_JP_PER_YEAR, Predikat
from desktop_app.scoring import idp as rules
from desktop_app.services import periods
from desktop_app.services.development.idp import (
    AGREED,
    CANCELLED,
    DONE,
    NO_PLAN,
    decimal_jp,
    predikat_by_employee,
)
from desktop_app.services.register import appraiser_chain
from desktop_app.services.register.employee_queries import staff_query, visible_to_session

ZERO = Decimal(0)
MINIMUM = Decimal(MIN_JP_PER_YEAR)


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "development", **params)


class OfficeRow(NamedTuple):
    """One active employee's development in the year."""

    employee_id: int
    name: str
    nip: str
    unit_id: int
    unit_name: str
    appraiser_name: str
    plan_id: int | None
    plan_status: str  # NO_PLAN or the IDP status
    jp_planned: Decimal  # JP of the IDP's activities that are not cancelled
    jp_done: Decimal  # JP of the activities done in the year (planned or not)
    cost_planned: int  # rupiah, the IDP's activities that are not cancelled
    cost_actual: int  # rupiah spent on the activities done
    planned: int  # IDP activities not cancelled
    done: int  # activities done (planned or not)
    poor_predikat: Predikat | None  # the latest final poor predikat (Butuh Perbaikan or worse)
    streak: int  # the longest run of consecutive poor predikat
    suggestions: tuple[int, ...]  # jenis diklat to suggest (14 coaching, 15 mentoring)

    @property
    def shortfall(self) -> Decimal:
        return max(MINIMUM - self.jp_done, ZERO)

    @property
    def under_minimum(self) -> bool:
        return self.jp_done < MINIMUM

    @property
    def required(self) -> bool:
        """An IDP is required: a poor predikat in the year (or last year's annual one)."""
        return self.poor_predikat is not None

    @property
    def needs_plan(self) -> bool:
        """Required and not agreed yet: the follow-up HR chases."""
        return self.required and self.plan_status != AGREED

    @property
    def consecutive(self) -> bool:
        return self.streak >= 2


@dataclass
class UnitTotal:
    """The totals of the rows of one unit (or of all, `unit_id` None)."""

    unit_id: int | None
    unit_name: str
    employees: int = 0
    under_minimum: int = 0
    with_plan: int = 0
    agreed: int = 0
    required: int = 0
    required_open: int = 0  # required and not agreed yet
    jp_planned: Decimal = ZERO
    jp_done: Decimal = ZERO
    cost_planned: int = 0
    cost_actual: int = 0

    def add(self, row: OfficeRow) -> None:
        self.employees += 1
        self.under_minimum += row.under_minimum
        self.with_plan += row.plan_id is not None
        self.agreed += row.plan_status == AGREED
        self.required += row.required
        self.required_open += row.needs_plan
        self.jp_planned += row.jp_planned
        self.jp_done += row.jp_done
        self.cost_planned += row.cost_planned
        self.cost_actual += row.cost_actual


def _period_id(year: int) -> int:
    return periods.year_period(year).id


def office_view(year: int, unit_ids: Iterable[int] | None = None) -> list[OfficeRow]:
    """Every active employee the user may see (of the units, default all) with their
    development in `year`, in unit and name order."""
    period_id = _period_id(year)
    units = None if unit_ids is None else list(unit_ids)
    staff = staff_query(unit_ids=units).tuples().iterator()  # read once, not cached
    plan_of = {
        e: (i, s)
        for i, e, s in DevelopmentPlan.select(
            DevelopmentPlan.id, DevelopmentPlan.employee, DevelopmentPlan.status
        )
        .where((DevelopmentPlan.period == period_id) & (DevelopmentPlan.deleted == False))
        .tuples()
    }
    sums: dict[int, list] = {}
    for employee_id, plan_id, status, jp_planned, cost_planned, jp, cost in (
        DevelopmentActivity.select(
            DevelopmentActivity.employee,
            DevelopmentActivity.plan,
            DevelopmentActivity.status,
            DevelopmentActivity.jp_planned,
            DevelopmentActivity.cost_planned,
            DevelopmentActivity.jp,
            DevelopmentActivity.cost_actual,
        )
        .where(
            (DevelopmentActivity.period == period_id)
            & (DevelopmentActivity.deleted == False)
            & (DevelopmentActivity.status != CANCELLED)
        )
        .tuples()
    ):
        total = sums.setdefault(employee_id, [ZERO, ZERO, 0, 0, 0, 0])
        if plan_id is not None:
            total[0] += decimal_jp(jp_planned) or ZERO
            total[2] += cost_planned or 0
            total[4] += 1
        if status == DONE:
            total[1] += decimal_jp(jp) or ZERO
            total[3] += cost or 0
            total[5] += 1
    found, sequence = predikat_by_employee(year)
    rows = []
    empty = [ZERO, ZERO, 0, 0, 0, 0]
    shared: dict[str, str] = {}  # one string per unit and appraiser name, not one per row
    acting = appraiser_chain.acting_appraiser_names(dt.date.today())  # "Plt. Name"
    for eid, front, name, back, nip, unit_id, unit_name, appraiser_name in staff:
        appraiser_name = acting.get(eid, appraiser_name)
        plan_id, status = plan_of.get(eid, (None, NO_PLAN))
        jp_planned, jp_done, cost_planned, cost_actual, planned, done = sums.get(eid, empty)
        follow = rules.follow_up(sequence, found.get(eid, {}))
        rows.append(
            OfficeRow(
                eid,
                intern(format_full_name(front, name, back)),
                intern(nip),
                unit_id,
                shared.setdefault(unit_name, unit_name),
                shared.setdefault(appraiser_name or "", appraiser_name or ""),
                plan_id,
                status,
                jp_planned,
                jp_done,
                cost_planned,
                cost_actual,
                planned,
                done,
                follow.latest,
                follow.streak,
                follow.suggestions,
            )
        )
    return rows


def under_minimum(year: int, unit_ids: Iterable[int] | None = None) -> list[OfficeRow]:
    """The employees below 20 JP in the year, fewest JP first."""
    rows = [r for r in office_view(year, unit_ids) if r.under_minimum]
    return sorted(rows, key=lambda r: (r.jp_done, r.unit_name, r.name))


def unit_totals(rows: Sequence[OfficeRow]) -> tuple[list[UnitTotal], UnitTotal]:
    """The totals per unit (in the order the rows list the units) and of all rows."""
    per: dict[int, UnitTotal] = {}
    overall = UnitTotal(None, "")
    for row in rows:
        per.setdefault(row.unit_id, UnitTotal(row.unit_id, row.unit_name)).add(row)
        overall.add(row)
    return list(per.values()), overall


# --- Renbangkom ------------------------------------------------------------------------------


@dataclass
class RecapRow:
    """One line of the recap: a unit's planned activities of one jenis diklat for one jenis
    kompetensi, with the employees they are for (target PNS)."""

    unit_id: int
    unit_name: str
    competence_type: str  # TEKNIS, MANAJERIAL, SOSIAL_KULTURAL, or "" (not tied to a gap)
    jenis_diklat: int
    jenis_label: str
    jalur: str
    competences: list[str] = field(default_factory=list)
    employees: set[int] = field(default_factory=set)
    activities: int = 0
    providers: list[str] = field(default_factory=list)
    first_month: int | None = None
    last_month: int | None = None
    jp_planned: Decimal = ZERO
    cost_planned: int = 0
    done: int = 0
    jp_done: Decimal = ZERO
    cost_actual: int = 0

    @property
    def target(self) -> int:
        return len(self.employees)


def renbangkom(
    year: int, unit_ids: Iterable[int] | None = None, *, agreed_only: bool = False
) -> list[RecapRow]:
    """Kebutuhan dan rencana pengembangan kompetensi per unit: the IDP activities that are not
    cancelled (of agreed IDPs only, when asked), grouped by unit, jenis kompetensi and jenis
    diklat, for the employees the user may see."""
    period_id = _period_id(year)
    query = (
        DevelopmentActivity.select(
            Unit.id,
            Unit.name,
            DevelopmentGap.competence_type,
            DevelopmentGap.competence,
            DevelopmentActivity.jenis_diklat,
            DevelopmentActivity.jenis_label,
            DevelopmentActivity.jalur,
            DevelopmentActivity.employee,
            DevelopmentActivity.provider,
            DevelopmentActivity.planned_start,
            DevelopmentActivity.planned_end,
            DevelopmentActivity.jp_planned,
            DevelopmentActivity.cost_planned,
            DevelopmentActivity.status,
            DevelopmentActivity.jp,
            DevelopmentActivity.cost_actual,
        )
        .join(DevelopmentPlan, on=(DevelopmentActivity.plan == DevelopmentPlan.id))
        .switch(DevelopmentActivity)
        .join(Employee, on=(DevelopmentActivity.employee == Employee.id))
        .join(Unit, on=(Employee.unit == Unit.id))
        .switch(DevelopmentActivity)
        .join(
            DevelopmentGap,
            JOIN.LEFT_OUTER,
            on=(DevelopmentActivity.gap == DevelopmentGap.id),
        )
        .where(
            (DevelopmentActivity.period == period_id)
            & (DevelopmentActivity.deleted == False)
            & (DevelopmentActivity.status != CANCELLED)
            & (DevelopmentPlan.deleted == False)
            & (Employee.deleted == False)
            & visible_to_session()
        )
        .order_by(Unit.name, Unit.id, DevelopmentActivity.jenis_diklat)
    )
    if unit_ids is not None:
        query = query.where(Employee.unit.in_(list(unit_ids)))
    if agreed_only:
        query = query.where(DevelopmentPlan.status == AGREED)
    recap: dict[tuple[int, str, int], RecapRow] = {}
    for (
        unit_id,
        unit_name,
        competence_type,
        competence,
        jenis,
        jenis_label,
        jalur,
        employee_id,
        provider,
        start,
        end,
        jp_planned,
        cost_planned,
        status,
        jp,
        cost_actual,
    ) in query.tuples():
        key = (unit_id, competence_type or "", jenis)
        row = recap.get(key)
        if row is None:
            row = recap[key] = RecapRow(
                unit_id, unit_name, competence_type or "", jenis, jenis_label, jalur
            )
        if competence and competence not in row.competences:
            row.competences.append(competence)
        row.employees.add(employee_id)
        row.activities += 1
        if provider and provider not in row.providers:
            row.providers.append(provider)
        for day in (start, end):
            if day is not None and day.year == year:
                row.first_month = min(row.first_month or 12, day.month)
                row.last_month = max(row.last_month or 1, day.month)
        row.jp_planned += decimal_jp(jp_planned) or ZERO
        row.cost_planned += cost_planned or 0
        if status == DONE:
            row.done += 1
            row.jp_done += decimal_jp(jp) or ZERO
            row.cost_actual += cost_actual or 0
    types = {t: n for n, t in enumerate((*rules.COMPETENCE_TYPES, ""))}
    unit_order: dict[int, int] = {}
    for unit_id, _type, _jenis in recap:
        unit_order.setdefault(unit_id, len(unit_order))
    return sorted(
        recap.values(),
        key=lambda r: (unit_order[r.unit_id], types[r.competence_type], r.jenis_diklat),
    )
