"""The annual evaluation next to the year's periodic ones: the periodic ratings side by side
with the annual ratings (`scoring.summarize_periods`), and the periods still missing. With
several SKPs in the year (a transfer), each SKP with its months and the month-weighted
reference of `scoring.skp_months` (docs/multiple_skp.md)."""

from __future__ import annotations

from typing import Any

from desktop_app.models import Evaluation
from desktop_app.scoring import summarize_periods
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.skp_months import AnnualReference, SkpPart, annual_reference
from desktop_app.services.evaluation.data import AnnualSummary
from desktop_app.services.evaluation.states import FINAL
from desktop_app.services.evaluation.values import period_keys, read_rating
from desktop_app.services.session import Action
from desktop_app.services.skp import plans

_STORED = object()


def annual_summary(
    employee_id: int,
    year: int,
    *,
    include_drafts: bool = False,
    annual_hasil: Any = _STORED,
    annual_perilaku: Any = _STORED,
) -> AnnualSummary:
    """The year's periodic ratings side by side with the annual ones (`summarize_periods`):
    final periodic evaluations (and rated drafts when asked), in period order. The annual
    ratings are the stored ones unless given (the editor checks its choice as it changes)."""
    plans.require_for(Action.READ_APPRAISAL, employee_id)
    keys = period_keys(year)
    periodic, annual_key = keys[:-1], keys[-1]
    found = {
        k: (i, s, h, p, _plan)
        for i, k, s, h, p, _plan in Evaluation.select(
            Evaluation.id,
            Evaluation.period_key,
            Evaluation.status,
            Evaluation.rating_hasil,
            Evaluation.rating_perilaku,
            Evaluation.plan,
        )
        .where(
            (Evaluation.employee == employee_id)
            & Evaluation.period_key.in_(keys)
            & (Evaluation.deleted == False)
        )
        .tuples()
    }

    def usable(key: str) -> bool:
        row = found.get(key)
        return (
            row is not None
            and row[2] is not None
            and row[3] is not None
            and (row[1] == FINAL or include_drafts)
        )

    triples = [(PeriodKey.parse(k).label, found[k][2], found[k][3]) for k in periodic if usable(k)]
    missing = [k for k in periodic if not usable(k)]
    annual = found.get(annual_key)
    if annual_hasil is _STORED:
        annual_hasil = annual[2] if annual else None
    if annual_perilaku is _STORED:
        annual_perilaku = annual[3] if annual else None
    summary = summarize_periods(
        triples,
        read_rating(annual_hasil, "Rating hasil kerja"),
        read_rating(annual_perilaku, "Rating perilaku kerja"),
    )
    skps, reference = _several_skps(
        employee_id, year, [(k, found[k]) for k in periodic if usable(k)]
    )
    return AnnualSummary(year, summary, missing, annual[0] if annual else None, skps, reference)


def _several_skps(
    employee_id: int, year: int, rated: list[tuple[str, tuple[Any, ...]]]
) -> tuple[tuple[SkpPart, ...], AnnualReference | None]:
    """Each SKP of the year with the ratings of its last rated periodic evaluation (in period
    order), and the month-weighted reference (`scoring.skp_months.annual_reference`); nothing
    when the year has one SKP."""
    year_plans = plans.plans_in_year(employee_id, year)
    if len(year_plans) < 2:
        return (), None
    last: dict[int, tuple[Any, Any]] = {}
    for _key, row in rated:  # in period order: the later one wins
        last[row[4]] = (row[2], row[3])
    parts = tuple(
        SkpPart(
            months,
            read_rating(last.get(plan_id, (None, None))[0], "Rating hasil kerja"),
            read_rating(last.get(plan_id, (None, None))[1], "Rating perilaku kerja"),
        )
        for plan_id, months in year_plans
    )
    return parts, annual_reference(parts)
