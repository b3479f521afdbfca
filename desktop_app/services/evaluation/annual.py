"""The annual evaluation next to the year's periodic ones: the periodic ratings side by side
with the annual ratings (`scoring.summarize_periods`), and the periods still missing."""

from __future__ import annotations

from typing import Any

from desktop_app.models import Evaluation
from desktop_app.scoring import summarize_periods
from desktop_app.scoring.period_key import PeriodKey
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
        k: (i, s, h, p)
        for i, k, s, h, p in Evaluation.select(
            Evaluation.id,
            Evaluation.period_key,
            Evaluation.status,
            Evaluation.rating_hasil,
            Evaluation.rating_perilaku,
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
    return AnnualSummary(year, summary, missing, annual[0] if annual else None)
