"""What the evaluations say for development: the final predikat by period key of the year
(and the previous year's annual one) with the follow-up they call for, the facts of the final
evaluations the rules read, and the gaps they propose for an IDP."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.models import BehaviourFeedback, DevelopmentGap, Employee, Evaluation, PlanResult
from desktop_app.scoring import Predikat, Rating
from desktop_app.scoring import idp as rules
from desktop_app.scoring.idp import EvaluationFacts, FollowUp, GapInput
from desktop_app.services.development.idp_flow import live_plan
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation.values import stored
from desktop_app.services.session import Action
from desktop_app.services.skp import plans


def _year_keys(year: int) -> tuple[list[str], list[str]]:
    """(the keys read, the consecutive sequence): the previous year's annual key, the periodic
    keys of the year, the year's annual key."""
    keys = evaluations.period_keys(year)  # periodic keys, then the annual one
    sequence = [str(year - 1), *keys[:-1]]
    return [*sequence, keys[-1]], sequence


def predikat_by_employee(
    year: int, employee_ids: Sequence[int] | None = None
) -> tuple[dict[int, dict[str, Predikat | None]], list[str]]:
    """The final predikat by period key of each employee (all, or those given) for the
    follow-up of `year`, and the consecutive sequence of keys."""
    keys, sequence = _year_keys(year)
    query = Evaluation.select(
        Evaluation.employee, Evaluation.period_key, Evaluation.predikat
    ).where(
        Evaluation.period_key.in_(keys)
        & (Evaluation.deleted == False)
        & (Evaluation.status == evaluations.FINAL)
        & Evaluation.predikat.is_null(False)
    )
    if employee_ids is not None:
        query = query.where(Evaluation.employee.in_(list(employee_ids)))
    found: dict[int, dict[str, Predikat | None]] = {}
    for employee_id, key, value in query.tuples():
        found.setdefault(employee_id, {})[key] = stored(Predikat, value)
    return found, sequence


def follow_up(employee_id: int, year: int) -> FollowUp:
    """Is an IDP required for the employee in `year` (a final poor predikat in the year or
    the previous year's annual evaluation), with the consecutive run and the suggestions."""
    plans.require_for(Action.READ_APPRAISAL, employee_id)
    found, sequence = predikat_by_employee(year, [employee_id])
    return rules.follow_up(sequence, found.get(employee_id, {}))


def evaluation_facts(employee_id: int, year: int) -> list[EvaluationFacts]:
    """The final evaluations that feed the employee's IDP of `year`."""
    keys, _ = _year_keys(year)
    rows = list(
        Evaluation.select().where(
            (Evaluation.employee == employee_id)
            & Evaluation.period_key.in_(keys)
            & (Evaluation.deleted == False)
            & (Evaluation.status == evaluations.FINAL)
        )
    )
    if not rows:
        return []
    values: dict[int, list[tuple[int, Rating | None, str]]] = {}
    for b in BehaviourFeedback.select().where(
        BehaviourFeedback.evaluation.in_([e.id for e in rows])
        & (BehaviourFeedback.deleted == False)
    ):
        values.setdefault(b.evaluation_id, []).append(
            (b.value_code, stored(Rating, b.rating), b.feedback)
        )
    plan_ids = {e.plan_id for e in rows if e.plan_id}
    results: dict[int, list[str]] = {}
    if plan_ids:
        for plan_id, text in (
            PlanResult.select(PlanResult.plan, PlanResult.text)
            .where(
                PlanResult.plan.in_(list(plan_ids))
                & (PlanResult.deleted == False)
                & (PlanResult.is_main == 1)
            )
            .order_by(PlanResult.sort_order, PlanResult.id)
            .tuples()
        ):
            results.setdefault(plan_id, []).append(text)
    return [
        EvaluationFacts(
            e.id,
            e.period_key,
            stored(Rating, e.rating_hasil),
            stored(Rating, e.rating_perilaku),
            stored(Predikat, e.predikat),
            tuple(sorted(values.get(e.id, []))),
            tuple(results.get(e.plan_id, [])),
        )
        for e in rows
    ]


def position_type(employee: Employee) -> str:
    return employee.position.position_type if employee.position_id else ""


def propose_gaps(employee_id: int, year: int) -> list[GapInput]:
    """The gaps the employee's final evaluations of the year show (and the previous year's
    annual one), for a new IDP or the editor's "propose" button."""
    plans.require_for(Action.READ_APPRAISAL, employee_id)
    employee = Employee.get_by_id(employee_id)
    return rules.propose(evaluation_facts(employee_id, year), position_type(employee))


def new_proposals(plan_id: int) -> list[GapInput]:
    """Proposals whose origin the IDP does not hold yet (a later evaluation found more)."""
    plan = live_plan(plan_id)
    held = {
        origin
        for (origin,) in DevelopmentGap.select(DevelopmentGap.origin)
        .where((DevelopmentGap.plan == plan) & (DevelopmentGap.deleted == False))
        .tuples()
    }
    return [g for g in propose_gaps(plan.employee_id, plan.period.year) if g.origin not in held]
