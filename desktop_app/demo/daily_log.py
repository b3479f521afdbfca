"""The demo's daily log (Progres Harian, issue 21): for the staff of the demo supervisor's unit
(those the `supervisor` account appraises, and the supervisor), rencana aksi for the RHK of
their approved SKP in each period of the last two months, agreed by the supervisor, and a
realistic log of those two months up to `today`: three entries on most working days (07.30
to 15.30 with the lunch break), some days only partly filled, a few empty, a direct task of
the superior now and then, a few leave days and the national holidays in the office calendar,
and the supervisor's comment on some entries.

Fixed draws of its own generator (seed 21): the rest of the office is what the seed gives.
Written inside the generator's transaction, through the models in bulk (as the demo's other
pieces are)."""

from __future__ import annotations

import datetime as dt
import random

from desktop_app.demo.accounts import _supervisor_account_holder
from desktop_app.demo.blueprint import OfficePlan
from desktop_app.models import (
    ActionPlan,
    DailyLogEntry,
    Employee,
    Holiday,
    Indicator,
    PerformancePlan,
    Period,
    PlanResult,
    utcnow,
)
from desktop_app.scoring.period_key import PeriodKey

STEPS = ("Menyiapkan bahan", "Menyusun draf", "Memverifikasi", "Melaporkan")
DETAILS = (
    "pengumpulan data dari seksi terkait",
    "penyusunan draf dan pengecekan kelengkapan",
    "rapat koordinasi pembahasan",
    "perbaikan sesuai arahan atasan",
    "pengarsipan dan unggah bukti dukung",
    "konsultasi dengan bidang lain",
)
TASKS = (
    "Mendampingi kunjungan tim monitoring provinsi",
    "Menyiapkan bahan paparan pimpinan",
    "Menghadiri rapat koordinasi mewakili atasan",
    "Menyusun notulen rapat pimpinan",
)
COMMENTS = ("Lampirkan foto kegiatan.", "Bagus, lanjutkan.", "Bukti dukung belum lengkap.")
FULL_DAY = (("07:30", "10:00"), ("10:00", "12:00"), ("13:00", "15:30"))  # 450 minutes
HOLIDAYS = {  # (month, day): name; the fixed-date national holidays
    (1, 1): "Tahun Baru Masehi",
    (5, 1): "Hari Buruh Internasional",
    (6, 1): "Hari Lahir Pancasila",
    (8, 17): "Hari Kemerdekaan Republik Indonesia",
    (12, 24): "Cuti bersama Hari Raya Natal",
    (12, 25): "Hari Raya Natal",
}


def _first_day(today: dt.date) -> dt.date:
    """Two months before `today` (the 3rd of October for the 3rd of December)."""
    month, year = today.month - 2, today.year
    if month < 1:
        month, year = month + 12, year - 1
    return dt.date(year, month, min(today.day, 28))


def _people(plan: OfficePlan, person_ids: dict[int, int]) -> list[int]:
    holder = _supervisor_account_holder(plan)
    staff = [p for p in plan.people if p.appraiser is holder and p.active]
    return [person_ids[id(holder)], *[person_ids[id(p)] for p in staff]]


def _keys(first: dt.date, last: dt.date) -> list[PeriodKey]:
    found: list[PeriodKey] = []
    day = first
    while day <= last:
        row = (
            Period.select(Period.frequency)
            .where((Period.year == day.year) & (Period.deleted == False))
            .tuples()
            .first()
        )
        key = PeriodKey.containing(day, row[0] if row else "QUARTERLY")
        if key not in found:
            found.append(key)
        day = key.last_day + dt.timedelta(days=1)
    return found


def _indicators(employee_id: int, year: int) -> list[tuple[int, str, str]]:
    """(RHK id, indicator text, unit) of the quantitative indicators of the SKP of the year."""
    query = (
        Indicator.select(PlanResult.id, Indicator.text, Indicator.target_unit)
        .join(PlanResult)
        .join(PerformancePlan)
        .join(Period)
        .where(
            (PerformancePlan.employee == employee_id)
            & (Period.year == year)
            & (PerformancePlan.deleted == False)
            & (PlanResult.deleted == False)
            & (Indicator.deleted == False)
            & (Indicator.aspect == "KUANTITAS")
        )
        .order_by(PlanResult.sort_order, Indicator.sort_order)
        .tuples()
    )
    return list(query)


def _holidays(first: dt.date, last: dt.date) -> set[dt.date]:
    days = set()
    for year in range(first.year, last.year + 1):
        for (month, day), name in HOLIDAYS.items():
            found = dt.date(year, month, day)
            exists = Holiday.select().where(
                (Holiday.day == found) & Holiday.employee.is_null() & (Holiday.deleted == False)
            )
            if not exists.exists():
                Holiday.insert_many([{"day": found, "name": name, "employee": None}]).execute()
            if first <= found <= last:
                days.add(found)
    return days


def write_daily_log(
    plan: OfficePlan, person_ids: dict[int, int], year: int, today: dt.date
) -> dict[str, int]:
    """Write the holidays, rencana aksi and log entries; their counts for the summary."""
    rng = random.Random(21)
    first = _first_day(today)
    off = _holidays(first, today)
    people = _people(plan, person_ids)
    names = dict(
        Employee.select(Employee.id, Employee.name).where(Employee.id.in_(people)).tuples()
    )
    supervisor = names.get(people[0], "")
    keys = _keys(first, today)
    entries: list[dict] = []
    leave: list[dict] = []
    actions = 0
    for employee_id in people:
        per_key: dict[str, list[tuple[int, str, str]]] = {}
        for key in keys:
            made = []
            for n, (result_id, text, unit) in enumerate(_indicators(employee_id, key.year)[:4]):
                step = STEPS[n % len(STEPS)]
                unit = "kegiatan" if not unit or "%" in unit or "persen" in unit.lower() else unit
                words = f"{step} {text[0].lower()}{text[1:]}"
                row = ActionPlan(
                    result=result_id,
                    period_key=str(key),
                    sort_order=n,
                    text=words[:300],
                    target=rng.randint(10, 40),
                    unit=unit[:60],
                    status="AGREED",
                    agreed_by="supervisor",
                    agreed_at=utcnow(),
                )
                row.save()  # audited (in the demo's bulk entry)
                action_id = row.id
                made.append((action_id, words, unit))
                actions += 1
            per_key[str(key)] = made
        leave_days = set()
        day = first
        while day <= today:
            if day.weekday() < 5 and day not in off and rng.random() < 0.03:
                leave_days.add(day)
                leave.append({"day": day, "name": "Cuti tahunan", "employee": employee_id})
            day += dt.timedelta(days=1)
        day = first
        while day <= today:
            working = day.weekday() < 5 and day not in off and day not in leave_days
            choice = rng.random()
            made = per_key.get(str(next(k for k in keys if day in k)), [])
            if not working or choice < 0.05 or (day == today and choice < 0.5):
                day += dt.timedelta(days=1)
                continue
            stretches = FULL_DAY if choice > 0.15 else FULL_DAY[:2]
            for starts, ends in stretches:
                task = rng.random() < 0.1 or not made
                if task:
                    text, kind, action_id, unit = rng.choice(TASKS), "TASK", None, "kegiatan"
                else:
                    action_id, words, unit = rng.choice(made)
                    text, kind = f"{words}: {rng.choice(DETAILS)}", "PLAN"
                comment = rng.choice(COMMENTS) if rng.random() < 0.04 else ""
                entries.append(
                    {
                        "employee": employee_id,
                        "day": day,
                        "starts": starts,
                        "ends": ends,
                        "activity": text[:500],
                        "kind": kind,
                        "action_plan": action_id,
                        "task_giver": supervisor if task else "",
                        "realisasi": 1 if task else rng.randint(1, 3),
                        "unit": unit[:60],
                        "evidence_link": (
                            f"https://drive.example.go.id/bukti/{employee_id}/{day.isoformat()}"
                            if rng.random() < 0.2
                            else ""
                        ),
                        "comment": comment,
                        "comment_by": "supervisor" if comment else "",
                    }
                )
            day += dt.timedelta(days=1)
    if leave:
        Holiday.insert_many(leave).execute()
    for start in range(0, len(entries), 500):
        DailyLogEntry.insert_many(entries[start : start + 500]).execute()
    return {"log_people": len(people), "log_entries": len(entries), "action_plans": actions}
