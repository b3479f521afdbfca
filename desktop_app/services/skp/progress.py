"""The SKP progress list for the deadline: every active employee the user may see with the
state of their SKP for the year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from sys import intern

from peewee import JOIN, fn

from desktop_app.models import Employee, PerformancePlan, PlanResult
from desktop_app.models.register import format_full_name
from desktop_app.services import periods
from desktop_app.services.register import appraiser_chain
from desktop_app.services.register.employee_queries import staff_query
from desktop_app.services.skp.plan_flow import NO_PLAN
from desktop_app.services.skp.plan_types import ProgressRow


def progress(
    year: int, unit_ids: Iterable[int] | None = None, *, day: dt.date | None = None
) -> list[ProgressRow]:
    """Every active employee the user may see with the state of their SKP for the year, with
    the pejabat penilai of `day` (today): a running Plt/Plh as "Plt. Name"."""
    plans = PerformancePlan.alias("p")
    period = periods.period_for(year)
    result_counts: dict[int, int] = {}
    query = staff_query(plans.status, plans.id, unit_ids=unit_ids).join(
        plans,
        JOIN.LEFT_OUTER,
        on=(
            (plans.employee == Employee.id)
            & (plans.period == (period.id if period else -1))
            & (plans.deleted == False)
        ),
    )
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
    return [
        ProgressRow(
            eid,
            intern(format_full_name(front, name, back)),
            intern(nip),
            unit_id,
            shared.setdefault(unit_name, unit_name),
            shared.setdefault(*(2 * [acting.get(eid, appraiser_name or "")])),
            status or NO_PLAN,
            plan_id,
            result_counts.get(plan_id, 0) if plan_id else 0,
        )
        for eid, front, name, back, nip, unit_id, unit_name, appraiser_name, status, plan_id
        in query.tuples().iterator()
    ]  # fmt: skip
