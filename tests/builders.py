"""Set-ups many test files share, written once: an approved SKP through the real services."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.services.skp import plans
from desktop_app.services.skp.plans import IndicatorInput, PlanInput, ResultInput

YEAR = 2026
USULAN = IndicatorInput("KUANTITAS", "Jumlah usulan diproses", "120", "usulan")


def approved_skp(
    employee_id: int,
    year: int = YEAR,
    *,
    rhk: str = "Layanan kepegawaian tepat waktu",
    indicators: Sequence[IndicatorInput] = (USULAN,),
    parent_text: str = "Terselenggaranya layanan",
    expectations: dict[int, str] | None = None,
    plan: PlanInput | None = None,
) -> int:
    """The id of an SKP of `employee_id` for `year` that was drafted, submitted and approved by
    whoever is signed in (nobody: the services' system actor). By default one main RHK
    (kuantitatif) with `indicators` under the superior's `parent_text`; `plan` replaces the whole
    content when a test needs more RHK or the other PlanInput fields."""
    plan_id = plans.create_plan(employee_id, year)
    if plan is None:
        result = ResultInput(rhk, True, list(indicators), parent_text=parent_text)
        plan = PlanInput("KUANTITATIF", [result], dict(expectations or {}))
    plans.save_plan(plan_id, plan)
    plans.submit(plan_id)
    plans.approve(plan_id)
    return plan_id
