"""The demo office is a year and eleven months old (issue 20, point 8): the past year is
complete (every active employee's SKP approved, four final quarters, a final annual evaluation
with the pola distribusi respected, a few keberatan decided, the IDPs agreed with the follow-up
of every poor predikat done, a Dokumen Evaluasi printable for everyone) and the current year
is as it was (SKPs in every state, the ended quarters evaluated, the running one not)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app import cli
from desktop_app.demo import appraisers as demo_appraisers
from desktop_app.demo import generator as demo
from desktop_app.demo.office_plan import plan_office
from desktop_app.demo.skps import plan_skps
from desktop_app.models import (
    DevelopmentActivity,
    DevelopmentPlan,
    Employee,
    Evaluation,
    EvaluationStatusChange,
    PerformancePlan,
    Period,
)
from desktop_app.models.database import close_database, open_database
from desktop_app.scoring import OrgPredikat, check_distribution, suggest_distribution
from desktop_app.scoring import idp as development_rules
from desktop_app.services.development import idp as development
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import units
from desktop_app.services.reports import forms, print_batch
from desktop_app.services.skp import plans

YEAR = 2026
PAST = YEAR - 1
TODAY = dt.date(YEAR, 11, 23)  # the template the other demo tests share


@pytest.fixture
def demo_november(db_path: Path, demo_templates) -> demo.DemoResult:
    return demo_templates.open_copy(db_path, 300, seed=3, today=TODAY)


def _active() -> dict[int, Employee]:
    return {e.id: e for e in Employee.select().where(Employee.active == True)}


def _annual() -> list[Evaluation]:
    return list(Evaluation.select().where(Evaluation.period_key == str(PAST)))


def test_every_active_employee_has_an_approved_skp_four_quarters_and_the_annual(demo_november):
    active = _active()
    skps = {
        p.employee_id: p for p in PerformancePlan.select().join(Period).where(Period.year == PAST)
    }
    assert set(skps) == set(active)
    assert all(p.status == plans.APPROVED and p.snapshot for p in skps.values())
    quarters = Counter(
        e.employee_id
        for e in Evaluation.select().where(
            Evaluation.period_key.startswith(f"{PAST}-Q") & (Evaluation.status == "FINAL")
        )
    )
    assert quarters == Counter({employee_id: 4 for employee_id in active})
    annual = _annual()
    assert {e.employee_id for e in annual} == set(active) and len(annual) == len(active)
    for e in annual:
        assert e.status == "FINAL" and e.predikat and e.snapshot and e.finalized_at
        assert e.plan_id == skps[e.employee_id].id
        assert e.finalized_at.year == YEAR and e.finalized_at.month == 1
    past = demo_november.past_year
    assert past["SKP"] == past["ANNUAL"] == len(active) and past["QUARTERS_FINAL"] == 4 * len(
        active
    )
    line = next(x for x in demo_november.summary().splitlines() if x.startswith(f"  {PAST}"))
    assert f"{len(active)} SKP approved" in line and f"{len(active)} annual" in line


def test_the_annual_distribution_follows_the_organisation_predikat(demo_november):
    rows = units.list_units()
    root = next(u for u in rows if u.parent_id is None)
    parts = [[root.id]] + [units.descendants(u.id, rows) for u in rows if u.parent_id == root.id]
    checked = 0
    for unit_ids in parts:
        summary = evaluations.distribution(unit_ids, str(PAST))
        if not summary.total:
            continue
        assert summary.org_predikat in (OrgPredikat.BAIK, OrgPredikat.ISTIMEWA)
        assert summary.total == sum(summary.counts.values())
        feasible = not check_distribution(
            summary.org_predikat, suggest_distribution(summary.org_predikat, summary.total)
        )
        if feasible:
            assert summary.findings == [], (unit_ids, summary.counts)
            checked += 1
    assert checked > 10


def test_a_dokumen_evaluasi_for_every_final_annual_evaluation(demo_november, tmp_path):
    annual = [e for e in _annual() if e.status == "FINAL"]
    for e in annual:  # through the service, every one
        report = forms.document_report(e.id)
        assert report.final and report.predikat and report.people.employee.nip == e.employee.nip
        assert report.people.appraiser.name  # a pejabat penilai, inside or outside the office
    folder = tmp_path / "batch"
    folder.mkdir()
    root = next(u for u in units.list_units() if u.parent_id is None)
    result = print_batch(root.id, str(PAST), folder, merged=True, form="document")
    assert result.documents == len(annual) and not result.skipped
    assert len(PdfReader(str(result.files[0])).pages) == result.pages >= len(annual)


def test_print_document_of_the_past_year_from_the_command_line(demo_november, db_path, tmp_path):
    annual = _annual()
    head = next(e for e in annual if e.employee.appraiser_id is None)
    objected = next(e for e in annual if e.decision)
    sample = [head, objected, annual[len(annual) // 2]]
    close_database()
    try:
        for e in sample:
            out = tmp_path / f"{e.employee.nip}.pdf"
            argv = ["print", "document", "--nip", e.employee.nip, "--period", str(PAST)]
            assert cli.run([*argv, "--out", str(out), "--db", str(db_path)]) == 0
            text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
            assert e.employee.name in text and f"DESEMBER {PAST}" in text.upper()
            if e is head:
                assert "Sekretaris Daerah" in text  # appraised by the Sekda
    finally:
        open_database(db_path)


def test_a_few_keberatan_on_the_annual_evaluations_all_decided(demo_november):
    objected = [e for e in _annual() if e.objection]
    assert 2 <= len(objected) == demo_november.past_year["OBJECTIONS"] <= 12
    for e in objected:
        assert e.status == "FINAL" and e.explanation and e.decision and e.decided_at
        assert e.predikat != "SANGAT_BAIK"
        steps = [
            c.to_status
            for c in EvaluationStatusChange.select()
            .where(EvaluationStatusChange.evaluation == e)
            .order_by(EvaluationStatusChange.id)
        ]
        assert steps == ["DRAFT", "FINAL", "OBJECTION", "EXPLANATION", "DECISION"]
        assert e.finalized_at < e.objection_at < e.explanation_at < e.decided_at
        assert e.decided_at.date() < TODAY


def test_the_past_years_idps_are_agreed_and_the_poor_predikat_followed_up(demo_november):
    poor = {
        e.employee_id
        for e in Evaluation.select().where(
            Evaluation.period_key.startswith(f"{PAST}-Q")
            & (Evaluation.status == "FINAL")
            & Evaluation.predikat.in_(list(development_rules.POOR))
        )
    }
    idps = {
        p.employee_id: p for p in DevelopmentPlan.select().join(Period).where(Period.year == PAST)
    }
    assert poor and poor <= set(idps)
    assert all(p.status == development.AGREED and p.snapshot for p in idps.values())
    assert {e for e, p in idps.items() if p.required} == poor
    assert demo_november.past_year["REQUIRED"] == len(poor)
    for employee_id in poor:
        activities = list(
            DevelopmentActivity.select().where(DevelopmentActivity.plan == idps[employee_id])
        )
        coaching = [
            a
            for a in activities
            if a.jenis_diklat in (development_rules.COACHING, development_rules.MENTORING)
        ]
        assert coaching and all(a.status == development.DONE for a in activities)
        assert all(a.end_date.year == PAST and a.certificate_no for a in activities)


def test_the_current_year_is_as_it_was(demo_november):
    current = Counter(  # the SKPs the seed gave: not the second SKP of the demo's transfer
        p.status
        for p in PerformancePlan.select().join(Period).where(Period.year == YEAR)
        if p.month_start == 1
    )
    assert {plans.APPROVED, plans.SUBMITTED, plans.DRAFT, plans.RETURNED} <= set(current)
    keys = {e.period_key for e in Evaluation.select() if e.period_key.startswith(str(YEAR))}
    assert keys == {f"{YEAR}-Q1", f"{YEAR}-Q2", f"{YEAR}-Q3"}  # Q4 runs, no annual yet
    assert Counter(demo_november.plans_by_status)[plans.APPROVED] == current[plans.APPROVED]


def test_the_current_year_is_what_the_seed_gave_before_the_past_year(demo_november):
    """The past year draws from its own generator: the current year's SKPs are the ones the
    seed's generator gives right after the office plan, as before the past year existed."""
    rng = random.Random(3)
    plan = plan_office(300, rng)
    demo_appraisers.prepare(plan, YEAR)
    expected = sorted((row[1].nip, row[3], row[5]) for row in plan_skps(plan, rng, YEAR).plans)
    written = sorted(
        (p.employee.nip, p.status, p.resources)
        for p in PerformancePlan.select(PerformancePlan, Employee)
        .join(Employee)
        .switch(PerformancePlan)
        .join(Period)
        .where((Period.year == YEAR) & (PerformancePlan.month_start == 1))
    )  # the demo's transfer adds a second SKP after the seed's: not the seed's
    assert written == expected
