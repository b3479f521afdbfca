"""The demo's completed previous year (issue 20, point 8): the office is a year and eleven
months old, so the year before `today` is over. Every active employee's SKP was approved in
January, the four quarters are final, the annual evaluations final in the next January with
the pola distribusi respected (demo.annual), a few keberatan decided, and the IDPs agreed with
the follow-up of every poor predikat done.

Drawn from its own random generator seeded from the demo's seed, so the current year is
exactly what the seed gave before the past year was added; the people are the office's own,
in the post the blueprint gives them. The register history (`write_register_history`) starts
every employee in that post, so the current year's changes made through the services (the
July transfer) close it at their date and the past year still finds "the appraiser at that
time" there (the past-year monitoring, services/register/register_history.py).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.demo import annual as demo_annual
from desktop_app.demo import development as demo_development
from desktop_app.demo import evaluations as demo_evaluations
from desktop_app.demo.blueprint import OfficePlan
from desktop_app.demo.skps import SkpRows, indicators_by_plan, plan_skps, snapshot_json
from desktop_app.models.audit import current_actor
from desktop_app.scoring import Predikat
from desktop_app.services.development.idp import AGREED, DONE
from desktop_app.services.evaluation.evaluations import FINAL
from desktop_app.services.register import register_history


@dataclass
class PastYear:
    """The rows of the completed year, planned before anything is written."""

    year: int
    skps: SkpRows
    evaluations: demo_evaluations.EvaluationRows
    development: demo_development.DevelopmentRows
    annual_predikat: dict[int, Predikat] = field(default_factory=dict)
    """id(person) -> final annual predikat: the current year's IDP follows the poor ones."""

    @property
    def summary(self) -> dict[str, int]:
        evaluations = self.evaluations.evaluations
        annual = [e for e in evaluations if e[3] == str(self.year)]
        final = [e for e in annual if e[4] == FINAL]
        return {
            "YEAR": self.year,
            "SKP": self.skps.by_status.get("APPROVED", 0),
            "QUARTERS_FINAL": len(evaluations) - len(annual),
            "ANNUAL": len(final),
            "OBJECTIONS": sum(1 for e in annual if e[-1].get("decided_at")),
            "IDP": self.development.summary.get(AGREED, 0),
            "REQUIRED": self.development.summary.get("REQUIRED", 0),
            "DONE": sum(1 for a in self.development.activities if a[4] == DONE),
        }


def write_register_history(person_ids: Iterable[int]) -> int:
    """The first stretch of every demo employee's register history: the post of the past
    year, held since before the history began (written right after the register, before
    anything of the current year changes it). Returns how many were started."""
    return register_history.ensure_started(person_ids)


def past_rng(seed: int) -> random.Random:
    """The past year's own generator: the same seed gives the same past year."""
    return random.Random(f"demo-past-year-{seed}")


def plan_past_year(plan: OfficePlan, seed: int, year: int, today: dt.date) -> PastYear:
    """Everything of the completed `year` for the planned office."""
    rng = past_rng(seed)
    actor = current_actor()
    skps = plan_skps(plan, rng, year, all_approved=True)
    indicators = indicators_by_plan(skps)
    evaluations = demo_evaluations.plan_evaluations(
        skps.plans, indicators, rng, year, dt.date(year + 1, 1, 1), actor, complete=True
    )
    demo_annual.plan_annual(evaluations, indicators, rng, year, today, actor)
    development = demo_development.plan_development(
        plan.people,
        skps.results,
        demo_annual.quarterly_only(evaluations.evaluations, year),
        evaluations.behaviours,
        rng,
        year,
        today,
        actor,
        snapshot_json,
        closed=True,
    )
    return PastYear(
        year, skps, evaluations, development, demo_annual.annual_predikat(evaluations, year)
    )
