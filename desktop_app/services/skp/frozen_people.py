"""The pejabat penilai an earlier SKP of the year froze, for the lists.

After a transfer (docs/multiple_skp.md) the register names the new appraiser, but the SKP
that ended at the transfer was approved by the old one and its form prints the old one from
its snapshot. The SKP tab, the progress export and the evaluation monitoring show the same
for the rows of such an earlier SKP; the SKP in force at year end keeps showing the
appraiser of today (a running Plt/Plh included), who is the one to act on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desktop_app.models import Evaluation, PerformancePlan
from desktop_app.scoring.acting import ActingKind
from desktop_app.scoring.skp_months import LAST_MONTH
from desktop_app.scoring.workflow import stored_snapshot
from desktop_app.services.skp.plan_flow import APPROVED
from desktop_app.services.skp.transfer_people import kept_people


def appraiser_name(snapshot: Mapping[str, Any]) -> str:
    """The appraiser of a stored snapshot as the lists show them: "Plt. Name" for one who
    acted under a Plt/Plh assignment, "" when the snapshot holds nobody."""
    person = snapshot.get("appraiser") or {}
    name = str(person.get("name") or "")
    kind = str(person.get("acting") or "")
    if name and kind in ActingKind.__members__.values():
        return f"{ActingKind(kind).prefix} {name}"
    return name


def earlier_plan_appraisers(period_id: int | None) -> dict[int, str]:
    """plan id -> the appraiser frozen at approval, for the SKPs of the year's period that end
    before December (an SKP closed by a transfer) and were approved (frozen), or made by a
    late transfer with its own people (services.skp.transfer_people)."""
    if period_id is None:
        return {}
    query = PerformancePlan.select().where(
        (PerformancePlan.period == period_id)
        & (PerformancePlan.deleted == False)
        & (PerformancePlan.month_end < LAST_MONTH)
        & ((PerformancePlan.snapshot != "") | (PerformancePlan.transfer_before != ""))
    )
    found = {
        plan.id: appraiser_name(
            stored_snapshot(plan.snapshot) if plan.snapshot and plan.status == APPROVED
            else kept_people(plan) or {}
        )
        for plan in query
    }  # fmt: skip
    return {plan_id: name for plan_id, name in found.items() if name}


def frozen_evaluation_appraisers(evaluation_ids: Iterable[int]) -> dict[int, str]:
    """evaluation id -> the appraiser frozen at finalising (only the frozen ones)."""
    ids = list(evaluation_ids)
    if not ids:
        return {}
    query = (
        Evaluation.select(Evaluation.id, Evaluation.snapshot)
        .where(Evaluation.id.in_(ids) & (Evaluation.snapshot != ""))
        .tuples()
    )
    found = {e: appraiser_name(stored_snapshot(text)) for e, text in query}
    return {e: name for e, name in found.items() if name}
