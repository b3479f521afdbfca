"""An office for the daily-log tests, built through the real services: Kabid appraises Budi
and Pia (unit PKM01); Lain (unit LAB) is appraised by Kasi. Each has an approved SKP of the
current year with one RHK; accounts budi and pia (employee), kabid and kasi (supervisors),
staffhr (hr). `today` is pinned by the tests that need it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.services import auth, periods, session
from desktop_app.services.daily_log import action_plans
from desktop_app.services.daily_log.action_plans import ActionPlanInput
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.skp.plans import IndicatorInput
from tests.builders import approved_skp

PASSWORD = "Rahasia-Kantor-2026"
BUDI_NIP = "198609262015051001"


@dataclass
class LogOffice:
    year: int
    unit: int
    kabid: int
    kasi: int
    budi: int
    pia: int
    lain: int
    results: dict[int, int]  # employee id -> the RHK id of their SKP


def result_of(plan_id: int) -> int:
    from desktop_app.models import PlanResult

    return PlanResult.get(PlanResult.plan == plan_id).id


def build(year: int | None = None) -> LogOffice:
    year = year or dt.date.today().year
    unit = unit_service.save_unit(unit_service.UnitInput("PKM01", "Puskesmas Uji", "PUSKESMAS"))
    other = unit_service.save_unit(unit_service.UnitInput("LAB", "Labkesda", "UPT"))
    kadis = employees.save_employee(EmployeeInput("197001012000031001", "Kadis", "IV/c", unit))

    def member(nip: str, name: str, grade: str, appraiser: int, unit_id: int = unit) -> int:
        return employees.save_employee(
            EmployeeInput(
                nip, name, grade, unit_id, supervisor_id=appraiser, appraiser_id=appraiser
            )
        )

    kabid = member("197102022000032002", "Kabid", "IV/a", kadis)
    kasi = member("197203032000031003", "Kasi", "III/d", kadis, other)
    budi = member(BUDI_NIP, "Budi", "III/a", kabid)
    pia = member("199001012015052001", "Pia", "III/a", kabid)
    lain = member("198901012015051004", "Lain", "III/a", kasi, other)
    periods.open_period(year)
    results = {}
    for employee_id in (budi, pia, lain, kabid):
        plan = approved_skp(
            employee_id,
            year,
            rhk="Layanan imunisasi dasar lengkap",
            indicators=[IndicatorInput("KUANTITAS", "Bayi diimunisasi", "120", "bayi")],
            parent_text="Cakupan imunisasi",
        )
        results[employee_id] = result_of(plan)
    auth.create_user("staffhr", PASSWORD, "hr")
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    auth.create_user("kasi", PASSWORD, "supervisor", kasi)
    auth.create_user("budi", PASSWORD, "employee", budi)
    auth.create_user("pia", PASSWORD, "employee", pia)
    return LogOffice(year, unit, kabid, kasi, budi, pia, lain, results)


def sign_in(username: str | None) -> None:
    session.sign_in_as(None)
    if username is not None:
        session.sign_in_as(auth.authenticate(username, PASSWORD))


def action(
    office: LogOffice,
    employee_id: int,
    key: str,
    text: str = "Imunisasi di posyandu",
    target: int = 30,
    unit: str = "bayi",
) -> int:
    return action_plans.save_action_plan(
        ActionPlanInput(office.results[employee_id], key, text, target, unit)
    )
