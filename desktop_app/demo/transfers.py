"""The demo's mid-year transfer (docs/multiple_skp.md): one staff member of a unit moves at the
end of July to another unit of the same kind, under its head. Their approved SKP closes at
July (January – July, still approved, with the first two quarters' evaluations), the register
takes the new unit and pejabat penilai, and the new SKP (August – December) keeps the RHK of
the old one, is submitted and approved by the new appraiser, and holds the evaluation of
Triwulan III, which ends under it.

Fixed choice, no draw from the random generator: the first staff member, in the seed's order,
with an approved SKP and a unit of the same kind to move to. An evaluation written before for
a period ending after July (Triwulan III) moves to the new SKP and is finalised again there.
Everything goes through the services, so the steps have their history and audit like a
user's.
"""

from __future__ import annotations

from desktop_app.demo.blueprint import OfficePlan, Person
from desktop_app.models import (
    Evaluation,
    Indicator,
    PerformancePlan,
    Period,
    PlanStatusChange,
    Realisation,
    Unit,
)
from desktop_app.scoring import Rating
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.services.evaluation import evaluations
from desktop_app.services.skp import plans, transfers
from desktop_app.services.skp.transfers import MUTASI, TransferInput

CLOSE_MONTH = 7  # the SKP in force ends in July; the next one starts in August
THIRD_QUARTER = "Q3"


def _plan_of(employee_id: int, year: int) -> PerformancePlan | None:
    return (
        PerformancePlan.select()
        .join(Period)
        .where(
            (PerformancePlan.employee == employee_id)
            & (Period.year == year)
            & (PerformancePlan.deleted == False)
        )
        .first()
    )


def _late_evaluations(plan_id: int) -> list[Evaluation]:
    """The plan's evaluations that end after July: they belong to the next SKP."""
    found = Evaluation.select().where((Evaluation.plan == plan_id) & (Evaluation.deleted == False))
    return [e for e in found if PeriodKey.parse(e.period_key).months[1] > CLOSE_MONTH]


def _move_evaluations(late: list[Evaluation], old_id: int, new_id: int) -> None:
    """The evaluations written before the transfer for a period ending after it go to the new
    SKP: their realisasi follow the copied IKI (same order), and a final one is re-opened and
    finalised again, so the new appraiser is the one frozen in it."""
    old, new = plans.get_plan(old_id).data.results, plans.get_plan(new_id).data.results
    same = {
        a.id: b.id
        for r, s in zip(old, new, strict=False)
        for a, b in zip(r.indicators, s.indicators, strict=False)
    }
    for evaluation in late:
        evaluation.plan = new_id
        evaluation.save()
        for realisation in Realisation.select().where(
            (Realisation.evaluation == evaluation) & (Realisation.deleted == False)
        ):
            if realisation.indicator_id in same:
                realisation.indicator = same[realisation.indicator_id]
                realisation.save()
        if evaluation.status == evaluations.FINAL:
            evaluations.reopen(evaluation.id, "Mutasi: dinilai kembali pada SKP unit baru")
            evaluations.finalize(evaluation.id)


def _candidate(
    plan: OfficePlan, person_ids: dict[int, int], year: int
) -> tuple[Person, Person, int] | None:
    """(who moves, the head of the unit they move to, their SKP id), or None."""
    heads = [u for u in plan.units if u.head_person is not None and u.head_person.active]
    for person in plan.people:
        if not person.job or not person.active or person.kind != "PNS":
            continue
        target = next(
            (u for u in heads if u.kind == person.unit.kind and u is not person.unit), None
        )
        employee_id = person_ids.get(id(person))
        if target is None or employee_id is None:
            continue
        found = _plan_of(employee_id, year)
        if found is None or found.status != plans.APPROVED:
            continue
        return person, target.head_person, found.id  # type: ignore[return-value]
    return None


def write_transfer(plan: OfficePlan, person_ids: dict[int, int], year: int) -> dict[str, int]:
    """Move one staff member at the end of July and give them their second SKP; returns what
    was written (for the summary): {"transfers": 1} or {} when no one fits."""
    found = _candidate(plan, person_ids, year)
    if found is None:
        return {}
    person, head, _plan_id = found
    employee_id = person_ids[id(person)]
    start = transfers.transfer_start(employee_id, year)
    late = _late_evaluations(start.plan_id)
    for evaluation in late:  # set aside while the SKP closes (they are not its any more)
        evaluation.plan = None
        evaluation.save()
    target_unit = next(u for u in plan.units if u.head_person is head)
    unit_id = Unit.get((Unit.code == target_unit.code) & (Unit.deleted == False)).id
    done = transfers.transfer(
        TransferInput(
            employee_id,
            year,
            CLOSE_MONTH,
            MUTASI,
            unit_id,
            start.position_name,
            start.position_type,
            person_ids[id(head)],
            [c.result_id for c in start.results],
        )
    )
    _complete(done.new_plan_id, done.closed_plan_id, employee_id, year)
    plans.submit(done.new_plan_id)
    plans.approve(done.new_plan_id)
    _approved_at_the_step(done.new_plan_id)
    _move_evaluations(late, done.closed_plan_id, done.new_plan_id)
    key = f"{year}-{THIRD_QUARTER}"
    if key in evaluations.period_keys(year) and not any(e.period_key == key for e in late):
        _evaluate(employee_id, key)
    return {"transfers": 1}


def _complete(new_id: int, old_id: int, employee_id: int, year: int) -> None:
    """The new appraiser's part of the next SKP: each kept RHK supports the first RHK of the
    new appraiser's SKP (the cascade of the new unit), and the lampiran is written again."""
    detail, old = plans.get_plan(new_id), plans.get_plan(old_id)
    choices = plans.superior_results(employee_id, year)
    for result in detail.data.results:
        if choices:
            result.parent_result_id, result.parent_text = choices[0].id, ""
    detail.data.resources = old.data.resources
    detail.data.accountability = old.data.accountability
    detail.data.consequences = old.data.consequences
    plans.save_plan(new_id, detail.data)


def _approved_at_the_step(plan_id: int) -> None:
    """The approval time is the time of its history row, as every demo SKP has it."""
    step = (
        PlanStatusChange.select(PlanStatusChange.at)
        .where((PlanStatusChange.plan == plan_id) & (PlanStatusChange.to_status == plans.APPROVED))
        .order_by(PlanStatusChange.id.desc())
        .get()
    )
    plan = PerformancePlan.get_by_id(plan_id)
    plan.approved_at = step.at
    plan.save()


def _evaluate(employee_id: int, key: str) -> None:
    """The quarter that ends under the new SKP, realised and rated by the new appraiser."""
    evaluation_id = evaluations.open_evaluation(employee_id, key)
    data = evaluations.get_evaluation(evaluation_id).data
    targets = {
        i: (value, unit, text)
        for i, value, unit, text in Indicator.select(
            Indicator.id, Indicator.target_value, Indicator.target_unit, Indicator.target_text
        )
        .where(Indicator.id.in_([r.indicator_id for r in data.realisations]))
        .tuples()
    }
    for item in data.realisations:
        value, unit, text = targets[item.indicator_id]
        item.realisasi = f"{value} {unit}".strip() if value else (text or "Tercapai")
        item.bukti_dukung = "Laporan triwulan III di unit baru"
    data.rating_hasil, data.rating_perilaku = Rating.SESUAI, Rating.SESUAI
    evaluations.save_evaluation(evaluation_id, data)
    evaluations.finalize(evaluation_id)
