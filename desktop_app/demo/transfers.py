"""The demo's mid-year transfer (docs/multiple_skp.md): one staff member of a unit moves at the
end of July to another unit of the same kind, under its head. Their approved SKP closes at
July (January – July, still approved, with the first two quarters' evaluations), the register
takes the new unit and pejabat penilai, and the new SKP (August – December) keeps the RHK of
the old one, is submitted and approved by the new appraiser, and holds the evaluation of
Triwulan III, which ends under it.

Fixed choice, no draw from the random generator: the first staff member, in the seed's order,
with an approved SKP and no evaluation of a period ending after July. Everything goes through
the services, so the steps have their history and audit like a user's.
"""

from __future__ import annotations

from desktop_app.demo.blueprint import OfficePlan, Person
from desktop_app.models import Evaluation, Indicator, PerformancePlan, Period, Unit
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


def _late_evaluations(plan: PerformancePlan) -> bool:
    """Whether an evaluation of the plan ends after July (it would belong to the next SKP)."""
    keys = Evaluation.select(Evaluation.period_key).where(
        (Evaluation.plan == plan) & (Evaluation.deleted == False)
    )
    return any(PeriodKey.parse(k).months[1] > CLOSE_MONTH for (k,) in keys.tuples())


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
        if found is None or found.status != plans.APPROVED or _late_evaluations(found):
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
    plans.submit(done.new_plan_id)
    plans.approve(done.new_plan_id)
    key = f"{year}-{THIRD_QUARTER}"
    if key in evaluations.period_keys(year):
        _evaluate(employee_id, key)
    return {"transfers": 1}


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
