"""Participatory targets: the pejabat penilai returns a submitted SKP with a comment on each
RHK, and the employee who drafted it reads them while fixing it (issue 21, point 2).

The comments live on the RHK (`plan_result.review_comment`, migration 0018): audited and
synced as every RHK column. Returning with comments sets every RHK's comment at once (an RHK
without one is cleared), in the same transaction as the return itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import PerformancePlan, PlanResult
from desktop_app.models.database import write_transaction
from desktop_app.services.session import Action
from desktop_app.services.skp import plans
from desktop_app.services.skp.plan_flow import require_for

MAX_COMMENT = 2000


def _plan(plan_id: int) -> PerformancePlan:
    plan = PerformancePlan.get_or_none((PerformancePlan.id == plan_id) & ~PerformancePlan.deleted)
    if plan is None:
        raise InputError(N_("plans", "The SKP no longer exists."), "plans")
    return plan


def review_comments(plan_id: int) -> dict[int, str]:
    """RHK id -> the pejabat penilai's comment (RHKs without one left out)."""
    plan = _plan(plan_id)
    require_for(Action.READ_APPRAISAL, plan.employee_id)
    rows = (
        PlanResult.select(PlanResult.id, PlanResult.review_comment)
        .where((PlanResult.plan == plan_id) & ~PlanResult.deleted)
        .tuples()
    )
    return {result_id: text for result_id, text in rows if text}


def return_with_comments(plan_id: int, reason: str, comments: Mapping[int, str]) -> None:
    """Return a submitted SKP (plans.return_plan: the reason is required) with a comment per
    RHK; ids not of this SKP are refused, nothing is written then."""
    plan = _plan(plan_id)
    require_for(Action.APPROVE_PLAN, plan.employee_id)
    cleaned = {int(k): (v or "").strip() for k, v in comments.items()}
    for text in cleaned.values():
        if len(text) > MAX_COMMENT:
            raise InputError(
                N_("plans", "A comment is longer than {limit} characters."),
                "plans",
                limit=MAX_COMMENT,
            )
    with write_transaction():
        rows = list(PlanResult.select().where((PlanResult.plan == plan_id) & ~PlanResult.deleted))
        unknown = set(cleaned) - {row.id for row in rows}
        if unknown:
            raise InputError(
                N_("plans", "A comment names an RHK that is not in this SKP."), "plans"
            )
        plans.return_plan(plan_id, reason)
        for row in rows:
            text = cleaned.get(row.id, "")
            if row.review_comment != text:
                row.review_comment = text
                row.save()
