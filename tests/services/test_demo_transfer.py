"""The demo's mid-year transfer (desktop_app/demo/transfers.py) and the command line that
prints either of the two SKPs (`print skp --skp-month M`), read back with pypdf."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from desktop_app import cli
from desktop_app.models import Employee, Evaluation, PerformancePlan, Period
from desktop_app.models.database import close_database
from desktop_app.services.skp import plans

TODAY = dt.date(dt.date.today().year, 11, 23)


@pytest.fixture
def demo(tmp_path, demo_templates):
    path = tmp_path / "office.db"
    result = demo_templates.open_copy(path, 40, seed=5, today=TODAY)
    yield path, result
    close_database()


def _transferred() -> tuple[Employee, list[PerformancePlan]]:
    counts: dict[int, list[PerformancePlan]] = {}
    this_year = (
        PerformancePlan.select()
        .join(Period)
        .where(Period.year == TODAY.year)  # the demo's past year has an SKP each too
        .order_by(PerformancePlan.month_start)
    )
    for plan in this_year:
        counts.setdefault(plan.employee_id, []).append(plan)
    moved = [(e, p) for e, p in counts.items() if len(p) > 1]
    assert len(moved) == 1  # one transfer in the demo
    return Employee.get_by_id(moved[0][0]), moved[0][1]


def test_demo_has_one_transfer_in_july_with_two_approved_skps(demo):
    _path, result = demo
    employee, (old, new) = _transferred()
    assert result.appraisers["transfers"] == 1
    assert (old.month_start, old.month_end, old.status) == (1, 7, plans.APPROVED)
    assert (new.month_start, new.month_end, new.status) == (8, 12, plans.APPROVED)
    owners = {
        e.period_key: e.plan_id
        for e in Evaluation.select().where(
            (Evaluation.employee == employee) & (Evaluation.deleted == False)
        )
    }
    year = TODAY.year
    assert owners[f"{year}-Q1"] == owners[f"{year}-Q2"] == old.id
    assert owners[f"{year}-Q3"] == new.id  # July-September ends under the new SKP
    # the old SKP keeps the appraiser frozen at its approval; the register names the new one
    assert employee.appraiser.name not in old.snapshot and employee.appraiser.name in new.snapshot


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages[:1])


def test_print_skp_prints_either_skp_of_the_year(demo, tmp_path, capsys):
    db, _result = demo
    employee, _plans = _transferred()
    year = str(TODAY.year)
    latest, march = tmp_path / "latest.pdf", tmp_path / "march.pdf"
    base = ["print", "skp", "--nip", employee.nip, "--period", year, "--db", str(db)]
    close_database()
    assert cli.run([*base, "--out", str(latest)]) == 0
    assert cli.run([*base, "--out", str(march), "--skp-month", "3"]) == 0
    assert f"PERIODE: AGUSTUS – DESEMBER {year}" in _text(latest)
    assert f"PERIODE: JANUARI – JULI {year}" in _text(march)
    capsys.readouterr()
    assert cli.run([*base, "--out", str(tmp_path / "bad.pdf"), "--skp-month", "13"]) != 0
    assert "1 to 12" in capsys.readouterr().err
    q3 = tmp_path / "q3.pdf"
    evaluation = ["print", "evaluation", "--nip", employee.nip, "--period", f"{year}-Q3"]
    assert cli.run([*evaluation, "--db", str(db), "--out", str(q3)]) == 0
    assert f"SKP AGUSTUS – DESEMBER {year}" in _text(q3)
    capsys.readouterr()
    with pytest.raises(SystemExit):
        cli.run(["print", "skp", "--help"])
    assert "--skp-month" in capsys.readouterr().out
