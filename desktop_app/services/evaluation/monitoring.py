"""The monitoring list of a period: every active employee the user may see with the state of
their evaluation (no SKP, not started, realisasi missing, not rated, rated, final)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from sys import intern

from peewee import fn

from desktop_app.models import Evaluation, Indicator, PerformancePlan, PlanResult, Realisation
from desktop_app.models.register import format_full_name
from desktop_app.scoring import Predikat
from desktop_app.scoring.employment_status import Duty
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.services import period_stages
from desktop_app.services.evaluation.data import MonitoringRow
from desktop_app.services.evaluation.states import (
    FINAL,
    FINALISED,
    NO_EVALUATION,
    NO_PLAN,
    NO_REALISATION,
    NOT_RATED,
    RATED,
)
from desktop_app.services.evaluation.values import key_period, stored
from desktop_app.services.register import appraiser_chain, employment_status, register_history
from desktop_app.services.register.employee_queries import staff_query
from desktop_app.services.skp import frozen_people, plans


def monitoring(
    period_key: str, unit_ids: Iterable[int] | None = None, *, day: dt.date | None = None
) -> list[MonitoringRow]:
    """Every active employee the user may see with the state of their evaluation for the key,
    with the pejabat penilai of `day` (today): a running Plt/Plh as "Plt. Name"; for an
    evaluation of an SKP a transfer closed, the appraiser frozen in it (or in its SKP); for a
    period that is over, the one the register history holds on its last day. The exemption is
    by the period's own days (a quarter: its three months)."""
    key, period = key_period(period_key, writable=False)
    parsed = PeriodKey.parse(key)
    exempt = employment_status.exemptions(parsed.first_day, parsed.last_day, Duty.EVALUATION)
    past = period_stages.is_past(period_stages.deadline_of(period, key))
    query = staff_query(unit_ids=unit_ids)
    last_month = PeriodKey.parse(key).months[1]  # the SKP in force at the period's end
    approved = dict(
        PerformancePlan.select(PerformancePlan.employee, PerformancePlan.id)
        .where(
            (PerformancePlan.period == period)
            & (PerformancePlan.deleted == False)
            & (PerformancePlan.status == plans.APPROVED)
            & (PerformancePlan.month_start <= last_month)
            & (PerformancePlan.month_end >= last_month)
        )
        .tuples()
    )
    indicator_counts = dict(
        Indicator.select(PlanResult.plan, fn.COUNT(Indicator.id))
        .join(PlanResult)
        .join(PerformancePlan)
        .where(
            (PerformancePlan.period == period)
            & (PlanResult.deleted == False)
            & (Indicator.deleted == False)
        )
        .group_by(PlanResult.plan)
        .tuples()
    )
    evaluations = {
        e: (i, s, h, p, k, plan)
        for i, e, s, h, p, k, plan in Evaluation.select(
            Evaluation.id,
            Evaluation.employee,
            Evaluation.status,
            Evaluation.rating_hasil,
            Evaluation.rating_perilaku,
            Evaluation.predikat,
            Evaluation.plan,
        )
        .where((Evaluation.period_key == key) & (Evaluation.deleted == False))
        .tuples()
    }
    realised = dict(
        Realisation.select(Realisation.evaluation, fn.COUNT(Realisation.id))
        .join(Evaluation)
        .join(Indicator, on=(Realisation.indicator == Indicator.id))
        .where(
            (Evaluation.period_key == key)
            & (Evaluation.deleted == False)
            & (Realisation.deleted == False)
            & (Indicator.deleted == False)
            & (Realisation.realisasi != "")
        )
        .group_by(Realisation.evaluation)
        .tuples()
    )
    rows = []
    shared: dict[str, str] = {}  # one string per unit and appraiser name, not one per row
    acting = appraiser_chain.acting_appraiser_names(day or dt.date.today())
    earlier = frozen_people.earlier_plan_appraisers(period.id if period else None)
    frozen = frozen_people.frozen_evaluation_appraisers(
        found[0] for found in evaluations.values() if found[5] in earlier
    )  # the evaluations of an SKP a transfer closed: the appraiser frozen in them
    # a period over: its pejabat penilai as the register history holds it on its last day
    ended = parsed.last_day < (day or dt.date.today())
    then = register_history.changed_appraiser_names(parsed.last_day) if ended else {}
    for (
        eid,
        front,
        name,
        back,
        nip,
        unit_id,
        unit_name,
        appraiser_name,
    ) in query.tuples().iterator():
        found = evaluations.get(eid)
        evaluation_id = found[0] if found else None
        plan_id = found[5] if found else approved.get(eid)
        total = indicator_counts.get(plan_id, 0) if plan_id else 0
        done = realised.get(evaluation_id, 0) if evaluation_id else 0
        shown = frozen.get(evaluation_id) or earlier.get(plan_id) if plan_id else None
        if found is None:
            state = NO_EVALUATION if eid in approved else NO_PLAN
        elif found[1] == FINAL:
            state = FINALISED
        elif done < total:
            state = NO_REALISATION
        elif found[2] is None or found[3] is None:
            state = NOT_RATED
        else:
            state = RATED
        rows.append(
            MonitoringRow(
                eid,
                intern(format_full_name(front, name, back)),
                intern(nip),
                unit_id,
                shared.setdefault(unit_name, unit_name),
                shared.setdefault(
                    *(2 * [shown or acting.get(eid, then.get(eid, appraiser_name or ""))])
                ),
                state,
                evaluation_id,
                total,
                done,
                stored(Predikat, found[4]) if found else None,
                exempt.get(eid),
                past and state != FINALISED and eid not in exempt,
            )
        )
    return rows
