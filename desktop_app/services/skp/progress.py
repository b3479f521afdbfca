"""The SKP progress list for the deadline: every active employee the user may see with the
state of their SKP for the year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from sys import intern

from peewee import JOIN, fn

from desktop_app.models import Employee, PerformancePlan, PlanResult
from desktop_app.models.register import format_full_name
from desktop_app.scoring.employment_status import Duty, Exemption
from desktop_app.scoring.skp_months import MonthRange, days_of
from desktop_app.services import period_stages, periods
from desktop_app.services.register import appraiser_chain, employment_status
from desktop_app.services.register.employee_queries import staff_query
from desktop_app.services.skp.frozen_people import earlier_plan_appraisers
from desktop_app.services.skp.plan_flow import APPROVED, NO_PLAN
from desktop_app.services.skp.plan_types import ProgressRow


def progress(
    year: int, unit_ids: Iterable[int] | None = None, *, day: dt.date | None = None
) -> list[ProgressRow]:
    """Every active employee the user may see with the state of their SKP for the year, with
    the pejabat penilai of `day` (today): a running Plt/Plh as "Plt. Name"; an employee with
    several SKPs in the year (a transfer) has one row per SKP, earliest first; an SKP a
    transfer closed shows the appraiser frozen at its approval, and each SKP is exempt by
    the kedudukan hukum of its own months."""
    plans = PerformancePlan.alias("p")
    period = periods.period_for(year)
    result_counts: dict[int, int] = {}
    exempt = _ExemptBySkp(year)
    past = period_stages.is_past(period_stages.deadline_of(period, period_stages.SKP))
    query = staff_query(
        plans.status, plans.id, plans.month_start, plans.month_end, unit_ids=unit_ids
    ).join(
        plans,
        JOIN.LEFT_OUTER,
        on=(
            (plans.employee == Employee.id)
            & (plans.period == (period.id if period else -1))
            & (plans.deleted == False)
        ),
    )
    query = query.order_by_extend(plans.month_start)
    if period is not None:
        result_counts = dict(
            PlanResult.select(PlanResult.plan, fn.COUNT(PlanResult.id))
            .join(PerformancePlan)
            .where((PerformancePlan.period == period) & (PlanResult.deleted == False))
            .group_by(PlanResult.plan)
            .tuples()
        )
    shared: dict[str, str] = {}  # one string per unit and appraiser name, not one per row
    acting = appraiser_chain.acting_appraiser_names(day or dt.date.today())
    frozen = earlier_plan_appraisers(period.id if period else None)  # an SKP a transfer closed
    rows = []
    for eid, front, name, back, nip, unit_id, unit_name, appraiser_name, status, plan_id, \
            start, end in query.tuples().iterator():  # fmt: skip
        months = MonthRange(start or 1, end or 12)
        exemption = exempt.of(eid, months)
        shown = frozen.get(plan_id) if plan_id else None
        rows.append(
            ProgressRow(
                eid,
                intern(format_full_name(front, name, back)),
                intern(nip),
                unit_id,
                shared.setdefault(unit_name, unit_name),
                shared.setdefault(*(2 * [shown or acting.get(eid, appraiser_name or "")])),
                status or NO_PLAN,
                plan_id,
                result_counts.get(plan_id, 0) if plan_id else 0,
                months.start,
                months.end,
                exemption,
                past and status != APPROVED and exemption is None,
            )
        )
    return rows


class _ExemptBySkp:
    """Who is exempt from an SKP of given months (kedudukan hukum over the SKP's own days,
    `scoring.employment_status.exempt_in_months`): one query per distinct month range, a
    whole year and the few ranges transfers made."""

    def __init__(self, year: int) -> None:
        self.year = year
        self._found: dict[MonthRange, dict[int, Exemption]] = {}

    def of(self, employee_id: int, months: MonthRange) -> Exemption | None:
        found = self._found.get(months)
        if found is None:
            first, last = days_of(months, self.year)
            found = employment_status.exemptions(first, last, Duty.SKP)
            self._found[months] = found
        return found.get(employee_id)
