"""Kedudukan hukum and the stages of a year through the services: the history per employee
(overlap refused, role scope, audit), the exempt left out of the monitoring, the SKP progress
and the distribution with their reason, fill-in deadlines and who is late, closing an
evaluation period (every change refused) and re-opening it with a reason kept in the
history; the records travel in the sync packages."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.errors import FieldErrors, InputError
from desktop_app.models import AuditEntry, EmploymentStatus, PeriodClosure, PeriodStage
from desktop_app.services import auth, period_stages, periods, session
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation.data import EvaluationInput
from desktop_app.services.register import employees, employment_status
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.register.employment_status import StatusInput
from desktop_app.services.session import AccessDenied
from desktop_app.services.skp import plans
from tests.builders import approved_skp

PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026
Q1, Q2 = f"{YEAR}-Q1", f"{YEAR}-Q2"


@pytest.fixture
def staff(office):
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002", "Kabid", "IV/a", unit, position_name="Kepala Bidang",
            position_type="ADMINISTRATOR", echelon="32",
        )
    )  # fmt: skip
    people = {"unit": unit, "kabid": kabid}
    for key, nip in (
        ("budi", "198609262015051001"),
        ("ani", "199001152015032002"),
        ("cici", "198501012010012003"),
    ):
        people[key] = employees.save_employee(
            EmployeeInput(nip, key.title(), "III/b", unit, supervisor_id=kabid, appraiser_id=kabid)
        )
    periods.open_period(YEAR)
    auth.create_user("admin", PASSWORD, "admin")
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    session.sign_in_as(None)
    return people


def _cltn(employee_id: int, starts=dt.date(YEAR, 3, 1), ends=None) -> int:
    return employment_status.save_status(
        employee_id, StatusInput("02", starts, ends, "800/12/BKPSDM/2026")
    )


def test_a_status_history_is_kept_overlap_refused_and_audited(staff):
    first = employment_status.save_status(
        staff["budi"], StatusInput("03", dt.date(YEAR - 1, 9, 1), dt.date(YEAR, 2, 28), " SK  1 ")
    )
    with pytest.raises(FieldErrors) as refused:
        _cltn(staff["budi"], dt.date(YEAR, 2, 1))
    assert "Tugas Belajar is recorded for 1 September 2025 – 28 Februari 2026" in str(
        refused.value.errors["starts"]
    )
    second = _cltn(staff["budi"])
    rows = employment_status.list_statuses(staff["budi"])
    assert [r.id for r in rows] == [second, first]  # newest first
    assert rows[1].decree == "SK 1" and rows[0].ends is None and rows[0].exempts
    assert AuditEntry.select().where(AuditEntry.entity == "employment_status").count() == 2
    with pytest.raises(FieldErrors) as wrong:
        employment_status.save_status(
            staff["ani"], StatusInput("77x", dt.date(YEAR, 5, 1), dt.date(YEAR, 4, 1))
        )
    assert set(wrong.value.errors) == {"code", "ends"}
    assert EmploymentStatus.select().where(EmploymentStatus.employee == staff["ani"]).count() == 0


def test_supervisors_read_the_history_but_never_write_it(staff):
    _cltn(staff["budi"])
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    assert len(employment_status.list_statuses(staff["budi"])) == 1
    with pytest.raises(AccessDenied):
        _cltn(staff["ani"])
    with pytest.raises(AccessDenied):
        period_stages.close_stage(YEAR, Q1)
    with pytest.raises(AccessDenied):
        period_stages.set_deadline(YEAR, Q1, dt.date(YEAR, 4, 10))


def test_the_exempt_are_left_out_of_monitoring_progress_and_distribution_with_why(staff):
    _cltn(staff["budi"])  # CLTN from 1 March: Q1 still due, Q2 exempt, most of the year exempt
    employment_status.save_status(
        staff["ani"], StatusInput("01", dt.date(2020, 1, 1), None)
    )  # Aktif: never exempt
    q1 = {r.employee_id: r for r in evaluations.monitoring(Q1)}
    q2 = {r.employee_id: r for r in evaluations.monitoring(Q2)}
    assert q1[staff["budi"]].exemption is None
    assert q2[staff["budi"]].exemption.reason == "CLTN sejak 1 Maret 2026"
    assert q2[staff["ani"]].exemption is None
    progress = {r.employee_id: r for r in plans.progress(YEAR)}
    assert progress[staff["budi"]].exemption.code == "02"  # 306 of 365 days
    summary = evaluations.distribution([staff["unit"]], Q2)
    assert summary.headcount == 3  # kabid, ani, cici: budi left out
    assert summary.exempt[staff["budi"]].name == "CLTN"


def test_deadlines_make_the_unfinished_late_and_are_refused_out_of_range(staff):
    approved_skp(staff["ani"], YEAR)
    period_stages.set_deadline(YEAR, "skp", dt.date(YEAR, 1, 31))
    period_stages.set_deadline(YEAR, "2026-q1", dt.date(YEAR, 4, 10))
    with pytest.raises(InputError, match="must fall between 1 April 2026 and 30 Juni 2027"):
        period_stages.set_deadline(YEAR, Q2, dt.date(YEAR, 3, 31))
    with pytest.raises(InputError, match="not a stage of 2026"):
        period_stages.set_deadline(YEAR, "2026-S1", dt.date(YEAR, 7, 10))
    stages = {s.stage: s for s in period_stages.list_stages(YEAR)}
    assert list(stages) == ["SKP", Q1, Q2, "2026-Q3", "2026-Q4", "2026"]
    assert stages[Q1].deadline == dt.date(YEAR, 4, 10) and stages[Q1].label == "Triwulan I 2026"
    _cltn(staff["cici"], dt.date(YEAR, 1, 1))  # exempt: never late
    late = {r.employee_id: r.late for r in evaluations.monitoring(Q1)}
    assert late == {staff["kabid"]: True, staff["budi"]: True, staff["ani"]: True,
                    staff["cici"]: False}  # fmt: skip
    skp_late = {r.employee_id: r.late for r in plans.progress(YEAR)}
    assert skp_late[staff["ani"]] is False and skp_late[staff["budi"]] is True
    assert not any(r.late for r in evaluations.monitoring(Q2))  # no deadline set
    period_stages.set_deadline(YEAR, Q1, None)
    assert not any(r.late for r in evaluations.monitoring(Q1))


def test_a_closed_period_refuses_every_change_until_re_opened_with_a_reason(staff):
    approved_skp(staff["ani"], YEAR)
    approved_skp(staff["budi"], YEAR)
    evaluation_id = evaluations.open_evaluation(staff["ani"], Q1)
    period_stages.close_stage(YEAR, Q1)
    assert PeriodClosure.select().where(PeriodClosure.action == "CLOSE").count() == 1
    with pytest.raises(InputError, match="Triwulan I 2026 is closed"):
        evaluations.open_evaluation(staff["budi"], Q1)
    with pytest.raises(InputError, match="Triwulan I 2026 is closed"):
        evaluations.save_evaluation(evaluation_id, EvaluationInput([], [], "SESUAI", "SESUAI"))
    assert evaluations.get_evaluation(evaluation_id).period_closed
    evaluations.open_evaluation(staff["budi"], Q2)  # another period stays open
    with pytest.raises(InputError, match="reason"):
        period_stages.reopen_stage(YEAR, Q1, "   ")
    with pytest.raises(InputError, match="closed already"):
        period_stages.close_stage(YEAR, Q1)
    period_stages.reopen_stage(YEAR, Q1, "Koreksi  realisasi  Budi")
    evaluations.open_evaluation(staff["budi"], Q1)
    history = period_stages.history(YEAR)
    assert [(h.action, h.label, h.reason) for h in history] == [
        ("REOPEN", "Triwulan I 2026", "Koreksi realisasi Budi"),
        ("CLOSE", "Triwulan I 2026", ""),
    ]
    entries = AuditEntry.select().where(AuditEntry.entity.in_(["period_stage", "period_closure"]))
    assert entries.count() == 4  # the stage closed, re-opened; two history rows


def test_closing_the_year_is_in_its_history_and_re_opening_it_needs_a_reason(staff):
    plan_id = plans.create_plan(staff["ani"], YEAR)
    periods.close_year(YEAR)
    with pytest.raises(InputError, match="closed"):
        plans.submit(plan_id)
    with pytest.raises(InputError, match="reason"):
        periods.reopen_year(YEAR, "")
    assert periods.period_for(YEAR).closed
    periods.reopen_year(YEAR, "Keberatan diterima")
    assert not periods.period_for(YEAR).closed
    assert [(h.stage, h.action, h.reason) for h in period_stages.history(YEAR)] == [
        ("", "REOPEN", "Keberatan diterima"),
        ("", "CLOSE", ""),
    ]
    with pytest.raises(InputError, match="closes with the whole year"):
        period_stages.close_stage(YEAR, "SKP")
    assert PeriodStage.select().count() == 0


def test_the_excel_lists_and_the_printed_recap_show_the_late_and_the_exempt(staff, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from desktop_app.services.evaluation import exports as evaluation_io
    from desktop_app.services.reports import build_recap
    from desktop_app.services.skp import progress_export as plan_io

    _cltn(staff["budi"])
    period_stages.set_deadline(YEAR, Q2, dt.date(YEAR, 7, 10))
    period_stages.set_deadline(YEAR, "SKP", dt.date(YEAR, 1, 31))
    path = tmp_path / "monitoring.xlsx"
    evaluation_io.export_monitoring(path, Q2)
    book = load_workbook(path)
    lines = list(book["Monitoring Evaluasi"].iter_rows(values_only=True))
    body = {line[2]: line for line in lines[5:]}
    assert body["Budi"][11:] == (None, "CLTN sejak 1 Maret 2026")
    assert body["Ani"][11:] == ("Ya", None)
    recap = [_trim(line) for line in book["Ringkasan"].iter_rows(values_only=True)]
    assert ("Dinas Kesehatan", 3, 0, 0, 0, 0, 0, 3) in recap  # Budi not counted
    assert ("Dinas Kesehatan", 3, 1) in recap  # three late, one exempt
    skp = tmp_path / "progres.xlsx"
    plan_io.export_progress(skp, plans.progress(YEAR), YEAR)
    summary = [_trim(line) for line in load_workbook(skp)["Ringkasan"].iter_rows(values_only=True)]
    assert summary[3] == ("Dinas Kesehatan", 3, 0, 0, 0, 0, 3, 3, 1)
    pdf = tmp_path / "skp.pdf"
    build_recap(pdf, "progress", str(YEAR))
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Budi (CLTN sejak 1 Maret 2026)" in " ".join(text.split())


def _trim(line: tuple) -> tuple:
    """A sheet row without the empty cells after its last value."""
    values = list(line)
    while values and values[-1] is None:
        values.pop()
    return tuple(values)
