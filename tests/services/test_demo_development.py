"""Demo development: IDPs in every state, a required IDP for everyone with a poor predikat,
a 20 JP record with people above and below the minimum, all consistent with the rules and
reproducible."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.demo import generator as demo
from desktop_app.models import (
    DevelopmentActivity,
    DevelopmentGap,
    DevelopmentPlan,
    DevelopmentStatusChange,
    Employee,
    Evaluation,
    Period,
)
from desktop_app.models.database import close_database, open_database
from desktop_app.scoring import idp as development_rules
from desktop_app.scoring import jenis_diklat
from desktop_app.services.development import follow_up
from desktop_app.services.development import idp as development
from desktop_app.services.development import office_view as development_office

YEAR = 2026
TODAY = dt.date(YEAR, 11, 23)


@pytest.fixture
def demo_november(db_path: Path, demo_templates) -> demo.DemoResult:
    return demo_templates.open_copy(db_path, 300, seed=3, today=TODAY)


def _poor(*keys_like: str) -> set[int]:
    """Employees with a final poor predikat under a key like one of `keys_like`."""
    found: set[int] = set()
    for like in keys_like:
        found |= {
            e.employee_id
            for e in Evaluation.select().where(
                (Evaluation.status == "FINAL")
                & Evaluation.predikat.in_(list(development_rules.POOR))
                & (Evaluation.period_key**like)
            )
        }
    return found


def _this_year(model):  # type: ignore[no-untyped-def]
    """The rows of the current year's period (the demo holds the completed past year too)."""
    return model.select().join(Period).where(Period.year == YEAR)


def test_required_idp_for_every_poor_predikat(demo_november):
    # the current year's IDP follows its quarters and the past year's annual predikat
    # (services.development.follow_up reads both): the demo's past year is complete
    in_year = _poor(f"{YEAR}-%")
    after_annual = _poor(str(YEAR - 1))  # their IDP was made in January, after the annual
    poor = in_year | after_annual
    assert in_year and after_annual - in_year
    assert demo_november.development["REQUIRED"] == len(poor)
    plans = {p.employee_id: p for p in _this_year(DevelopmentPlan)}
    for employee_id in poor:
        plan = plans[employee_id]
        assert plan.required and plan.required_reason.startswith("Predikat ")
        assert follow_up.follow_up(employee_id, YEAR).required
        if employee_id in after_annual:
            assert f"{YEAR - 1}" in plan.required_reason, plan.required_reason
        gaps = list(DevelopmentGap.select().where(DevelopmentGap.plan == plan))
        assert employee_id in after_annual or gaps
        assert all(g.origin for g in gaps)
        assert all(g.evaluation.employee_id == employee_id for g in gaps)
        suggested = {
            a.jenis_diklat
            for a in DevelopmentActivity.select().where(DevelopmentActivity.plan == plan)
        }
        assert suggested & {development_rules.COACHING, development_rules.MENTORING}
    assert not any(p.required for e, p in plans.items() if e not in poor)
    rows = development_office.office_view(YEAR)
    assert sum(r.needs_plan for r in rows) > 0  # some still waiting for agreement
    assert sum(r.consecutive for r in rows) > 0


def test_plans_in_every_state_with_their_history(demo_november):
    states = Counter(p.status for p in _this_year(DevelopmentPlan))
    assert all(states[s] > 0 for s in (development.AGREED, development.SUBMITTED,
                                       development.DRAFT, development.RETURNED))  # fmt: skip
    assert sum(states.values()) == sum(
        demo_november.development[s] for s in ("AGREED", "SUBMITTED", "DRAFT", "RETURNED")
    )
    for plan in DevelopmentPlan.select():
        steps = [
            c.to_status
            for c in DevelopmentStatusChange.select()
            .where(DevelopmentStatusChange.plan == plan)
            .order_by(DevelopmentStatusChange.at, DevelopmentStatusChange.id)
        ]
        assert steps[0] == development.DRAFT and steps[-1] == plan.status
        assert (plan.agreed_at is not None) == (plan.status == development.AGREED)
        assert bool(plan.snapshot) == (plan.status == development.AGREED)
        assert (plan.return_reason != "") == (plan.status == development.RETURNED)


def test_the_jp_record_has_people_above_and_below_20_jp(demo_november):
    done = list(
        _this_year(DevelopmentActivity).where(DevelopmentActivity.status == development.DONE)
    )
    assert len(done) == demo_november.development["DONE"] > 100
    for a in done:
        assert a.end_date.year == YEAR and a.end_date < TODAY
        jp = Decimal(a.jp)
        assert jp > 0 and a.certificate_no
        if a.minutes is not None:
            assert jp == (Decimal(a.minutes) / 45).quantize(Decimal("0.01"))
    for a in _this_year(DevelopmentActivity):
        row = jenis_diklat(a.jenis_diklat)
        assert (a.jenis_label, a.jalur) == (row.label, row.jalur)
        if a.plan_id is None:
            assert a.status == development.DONE and a.jp_planned == ""
        else:
            assert a.plan.employee_id == a.employee_id and Decimal(a.jp_planned) > 0
            assert a.planned_start <= a.planned_end and a.planned_end.year == YEAR
    rows = development_office.office_view(YEAR)
    under = sum(r.under_minimum for r in rows)
    assert under == demo_november.development["UNDER_MINIMUM"]
    assert 0.3 * len(rows) < under < 0.9 * len(rows)  # some under 20 JP, many above
    recap = development_office.renbangkom(YEAR)
    assert recap and sum(r.cost_planned for r in recap) > 0
    assert "IDP:" in demo_november.summary()


def test_same_seed_same_development(tmp_path):
    def content(path: Path) -> list[tuple]:
        open_database(path)
        try:
            demo.generate_demo(80, seed=5, today=TODAY)
            return sorted(
                (a.employee.nip, a.title, a.status, a.jp, a.jp_planned, a.end_date)
                for a in DevelopmentActivity.select(DevelopmentActivity, Employee).join(Employee)
            )
        finally:
            close_database()

    assert content(tmp_path / "a.db") == content(tmp_path / "b.db")


def test_early_in_the_year_nothing_is_done_or_required(db_path):
    # on 5 January only the past year's annual evaluations finished by then can call for an
    # IDP; the others are still drafts, and nothing of the year is done yet
    result = demo.generate_demo(60, seed=2, today=dt.date(YEAR, 1, 5))
    annual = list(Evaluation.select().where(Evaluation.period_key == str(YEAR - 1)))
    assert annual and any(e.status == "DRAFT" for e in annual)
    assert all(e.finalized_at.date() < dt.date(YEAR, 1, 5) for e in annual if e.status == "FINAL")
    assert result.development["REQUIRED"] == len(_poor(str(YEAR - 1)))
    assert not _poor(f"{YEAR}-%")
    required = _this_year(DevelopmentPlan).where(DevelopmentPlan.required == True)
    assert {p.employee_id for p in required} == _poor(str(YEAR - 1))
    assert (
        not _this_year(DevelopmentActivity)
        .where(DevelopmentActivity.status == development.DONE)
        .exists()
    )
