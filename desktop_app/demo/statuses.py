"""The demo's kedudukan hukum and the stages of its year (docs/employment_status.md): one
employee on CLTN from 1 March, one on full-time tugas belajar since August of the year before
(both exempt, so the monitoring shows them apart with the reason); fill-in deadlines for the
SKP and each quarter; Triwulan I closed by HR (closed, re-opened with a reason for a
correction, closed again) and Triwulan III past its deadline with work missing (late).

Fixed data, no draw from the random generator: the two employees are the first PNS staff
without an SKP in the year (in the plan's order), so the rest of the office is what the seed
gives.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.demo.blueprint import OfficePlan
from desktop_app.models import (
    EmploymentStatus,
    PerformancePlan,
    Period,
    PeriodClosure,
    PeriodStage,
)

HR_NAME = "Admin Kepegawaian"
CORRECTION = "Koreksi realisasi dua pegawai yang terlambat diunggah"


def _deadlines(year: int) -> dict[str, dt.date]:
    return {
        "SKP": dt.date(year, 1, 31),
        f"{year}-Q1": dt.date(year, 4, 10),
        f"{year}-Q2": dt.date(year, 7, 10),
        f"{year}-Q3": dt.date(year, 10, 10),
        f"{year}-Q4": dt.date(year + 1, 1, 10),
        f"{year}": dt.date(year + 1, 1, 31),
    }


def write_statuses(plan: OfficePlan, person_ids: dict[int, int], year: int) -> dict[str, int]:
    """Write the statuses, deadlines and closings; returns the employees chosen by name."""
    period = Period.get_or_none((Period.year == year) & (Period.deleted == False))
    planned = (
        {
            p
            for (p,) in PerformancePlan.select(PerformancePlan.employee)
            .where((PerformancePlan.period == period) & (PerformancePlan.deleted == False))
            .tuples()
        }
        if period is not None
        else set()
    )
    staff = [
        person_ids[id(p)]
        for p in plan.people
        if p.active and p.kind == "PNS" and p.job and p.appraiser is not None
    ]
    # those without an SKP first (nothing to undo), then the others from the end of the plan
    free = [e for e in staff if e not in planned]
    free += [e for e in staff[::-1] if e not in free]
    chosen: dict[str, int] = {}
    if len(free) >= 2:
        cltn, study = free[0], free[1]
        EmploymentStatus(
            employee=cltn,
            code="02",
            starts=dt.date(year, 3, 1),
            ends=dt.date(year + 1, 2, 28),
            decree=f"800.1.6.4/112/BKPSDM/{year}",
            notes="Mengikuti suami bertugas di luar negeri",
        ).save()
        EmploymentStatus(
            employee=study,
            code="03",
            starts=dt.date(year - 1, 8, 1),
            ends=dt.date(year + 1, 7, 31),
            decree=f"800.1.7/245/BKPSDM/{year - 1}",
            notes="Program magister penuh waktu",
        ).save()
        chosen = {"cltn": cltn, "tugas_belajar": study}
    if period is None or period.closed:
        return chosen
    for stage, deadline in _deadlines(year).items():
        PeriodStage(
            period=period, stage=stage, deadline=deadline, closed=stage == f"{year}-Q1"
        ).save()
    q1 = f"{year}-Q1"
    for action, day, reason in (
        ("CLOSE", dt.datetime(year, 4, 15, 9, 0), ""),
        ("REOPEN", dt.datetime(year, 4, 20, 10, 30), CORRECTION),
        ("CLOSE", dt.datetime(year, 4, 24, 15, 0), ""),
    ):
        PeriodClosure(
            period=period, stage=q1, action=action, reason=reason, by_name=HR_NAME, at=day
        ).save()
    return chosen
