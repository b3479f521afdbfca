"""Reading evaluations: one evaluation with everything the editor and the forms show, the
covers of many at once (batch printing), and the id of an employee's evaluation for a key.
Stored rating, predikat and organisation predikat keys become `scoring` enum members here."""

from __future__ import annotations

from collections.abc import Sequence

from peewee import JOIN

from desktop_app.errors import NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import (
    BehaviourExpectation,
    BehaviourFeedback,
    Employee,
    Evaluation,
    Indicator,
    OrgResult,
    Period,
    PlanResult,
    Position,
    Realisation,
    Unit,
)
from desktop_app.scoring import OrgPredikat, Predikat, Rating
from desktop_app.scoring.codes import BERAKHLAK
from desktop_app.scoring.target_units import Target, stored_target
from desktop_app.services import period_stages
from desktop_app.services.evaluation.data import (
    BehaviourRow,
    EvaluationDetail,
    IndicatorRow,
    StatusStep,
)
from desktop_app.services.evaluation.states import DRAFT
from desktop_app.services.evaluation.values import parse_key, stored
from desktop_app.services.evaluation.workflow import KIT, _live
from desktop_app.services.register import appraiser_chain
from desktop_app.services.session import Action
from desktop_app.services.skp import plans
from desktop_app.services.workflow import local_today


def plan_indicators(plan_id: int | None) -> list[tuple[Indicator, PlanResult]]:
    """The indicators (IKI) of a plan with their RHK, main results first."""
    if plan_id is None:
        return []
    query = (
        Indicator.select(Indicator, PlanResult)
        .join(PlanResult)
        .where(
            (PlanResult.plan == plan_id)
            & (PlanResult.deleted == False)
            & (Indicator.deleted == False)
        )
        .order_by(
            PlanResult.is_main.desc(), PlanResult.sort_order, PlanResult.id, Indicator.sort_order
        )
    )
    return [(i, i.result) for i in query]


def org_predikat_of(unit_id: int, period_key: str) -> OrgPredikat | None:
    """The organisation predikat of a unit for a (normalised) period key."""
    row = (
        OrgResult.select(OrgResult.org_predikat)
        .where(
            (OrgResult.unit == unit_id)
            & (OrgResult.period_key == period_key)
            & (OrgResult.deleted == False)
        )
        .tuples()
        .first()
    )
    return stored(OrgPredikat, row[0] if row else None)


def _target(indicator: Indicator) -> Target:
    """The target typed: the stored "95.5" becomes Decimal("95.5") with its unit, for the
    screens and forms to write as their language does ("95,5 persen")."""
    return stored_target(indicator.target_value, indicator.target_unit, indicator.target_text)


def evaluation_id_for(employee_id: int, period_key: str) -> int | None:
    key = str(parse_key(period_key))
    row = (
        Evaluation.select(Evaluation.id)
        .where(
            (Evaluation.employee == employee_id)
            & (Evaluation.period_key == key)
            & (Evaluation.deleted == False)
        )
        .tuples()
        .first()
    )
    return row[0] if row else None


def get_evaluation(evaluation_id: int, *, with_content: bool = True) -> EvaluationDetail:
    """Everything of one evaluation; `with_content=False` leaves out the indicators and the
    behaviour feedback (the Dokumen Evaluasi and batch printing need only the cover)."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.READ_APPRAISAL, evaluation.employee_id)
    employee = evaluation.employee
    appraiser_name = appraiser_chain.appraiser_name_on(employee, local_today())
    if not with_content:
        return _detail(evaluation, employee, appraiser_name, [], [])
    realised = {
        r.indicator_id: r
        for r in Realisation.select().where(
            (Realisation.evaluation == evaluation) & (Realisation.deleted == False)
        )
    }
    parent_texts = {}
    pairs = plan_indicators(evaluation.plan_id)
    parent_ids = [r.parent_result_id for _, r in pairs if r.parent_result_id]
    if parent_ids:
        parent_texts = dict(
            PlanResult.select(PlanResult.id, PlanResult.text)
            .where(PlanResult.id.in_(parent_ids))
            .tuples()
        )
    indicators = []
    for indicator, result in pairs:
        r = realised.get(indicator.id)
        indicators.append(
            IndicatorRow(
                indicator.id,
                bool(result.is_main),
                parent_texts.get(result.parent_result_id, result.parent_text),
                result.text,
                indicator.aspect,
                indicator.text,
                _target(indicator),
                r.realisasi if r else "",
                r.bukti_dukung if r else "",
                r.evidence_path if r else None,
                r.evidence_sha256 if r else None,
                r.feedback if r else "",
                bool(indicator.target_value.strip()),
            )
        )
    expectations = {}
    if evaluation.plan_id is not None:
        expectations = {
            e.value_code: e.text
            for e in BehaviourExpectation.select().where(
                (BehaviourExpectation.plan == evaluation.plan_id)
                & (BehaviourExpectation.deleted == False)
            )
        }
    feedback = {
        b.value_code: b
        for b in BehaviourFeedback.select().where(
            (BehaviourFeedback.evaluation == evaluation) & (BehaviourFeedback.deleted == False)
        )
    }
    behaviours = [
        BehaviourRow(
            value.code,
            value.name,
            tuple(value.guides),
            expectations.get(value.code, ""),
            feedback[value.code].feedback if value.code in feedback else "",
            stored(Rating, feedback[value.code].rating) if value.code in feedback else None,
        )
        for value in BERAKHLAK.data
    ]
    return _detail(evaluation, employee, appraiser_name, indicators, behaviours)


def get_evaluation_covers(evaluation_ids: Sequence[int]) -> list[EvaluationDetail]:
    """`get_evaluation(id, with_content=False)` of each evaluation, in the order given, read
    in five queries however many there are (batch printing reads its Dokumen a hundred at a
    time: a query each would cost more than laying out the page). Give at most a few hundred
    ids at a time; NotFoundError when one is gone, AccessDenied as get_evaluation."""
    ids = list(evaluation_ids)
    found = {
        evaluation.id: evaluation
        for evaluation in Evaluation.select(Evaluation, Employee, Unit, Position, Period)
        .join(Employee)
        .join(Unit)
        .switch(Employee)
        .join(Position, JOIN.LEFT_OUTER)
        .switch(Evaluation)
        .join(Period)
        .where(Evaluation.id.in_(ids) & (Evaluation.deleted == False))
    }
    if len(found) < len(set(ids)):
        raise NotFoundError(N_("evaluations", "The evaluation no longer exists."), "evaluations")
    for evaluation in found.values():
        plans.require_for(Action.READ_APPRAISAL, evaluation.employee_id)
    today = local_today()
    appraisers = {
        e.employee_id: appraiser_chain.appraiser_name_on(e.employee, today) for e in found.values()
    }
    histories = KIT.histories(found)
    keys = {e.period_key for e in found.values()}
    units = {e.employee.unit_id for e in found.values()}
    organisation = {
        (unit_id, key): predikat
        for unit_id, key, predikat in OrgResult.select(
            OrgResult.unit, OrgResult.period_key, OrgResult.org_predikat
        )
        .where(
            OrgResult.unit.in_(units)
            & OrgResult.period_key.in_(keys)
            & (OrgResult.deleted == False)
        )
        .order_by(OrgResult.id.desc())  # the first row wins, as in org_predikat_of
        .tuples()
    }
    return [
        _detail(
            found[evaluation_id],
            found[evaluation_id].employee,
            appraisers.get(found[evaluation_id].employee_id, ""),
            [],
            [],
            history=histories[evaluation_id],
            org_predikat=stored(
                OrgPredikat,
                organisation.get(
                    (found[evaluation_id].employee.unit_id, found[evaluation_id].period_key)
                ),
            ),
        )
        for evaluation_id in ids
    ]


_READ = object()  # "read it now" for _detail's prefetched parts


def _detail(
    evaluation: Evaluation,
    employee: Employee,
    appraiser_name: str,
    indicators: list[IndicatorRow],
    behaviours: list[BehaviourRow],
    *,
    history: list[StatusStep] | None = None,
    org_predikat: object = _READ,  # OrgPredikat or None when read already
) -> EvaluationDetail:
    if history is None:
        history = KIT.history(evaluation)
    if org_predikat is _READ:
        org_predikat = org_predikat_of(employee.unit_id, evaluation.period_key)
    closed = bool(evaluation.period.closed) or period_stages.stage_closed(
        evaluation.period, evaluation.period_key
    )
    return EvaluationDetail(
        evaluation.id,
        employee.id,
        employee.full_name,
        employee.nip,
        employee.position.name if employee.position else "",
        employee.unit_id,
        employee.unit.name,
        appraiser_name,
        evaluation.plan_id,
        evaluation.period.year,
        evaluation.period_key,
        parse_key(evaluation.period_key).label,
        evaluation.status,
        stored(Rating, evaluation.rating_hasil),
        stored(Rating, evaluation.rating_perilaku),
        stored(Predikat, evaluation.predikat),
        evaluation.notes,
        org_predikat,  # type: ignore[arg-type]
        indicators,
        behaviours,
        history,
        KIT.snapshot_of(evaluation),
        evaluation.finalized_at,
        evaluation.objection,
        evaluation.objection_at,
        evaluation.explanation,
        evaluation.decision,
        evaluation.status == DRAFT and not closed,
        closed,
        evaluation.self_assessment,
        evaluation.explanation_at,
        evaluation.decided_at,
        evaluation.read_at,
    )
