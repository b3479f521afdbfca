"""The demo's dialog kinerja / konseling kinerja records and PPPK contracts
(docs/pppk_contracts.md).

Contracts: every active PPPK gets contract periods by its place in the register, so the
office shows each case: part time for 2025 and 2026, full time over five years to the end of
2026, part time for 2026 only, full time from mid-2025 to mid-2027. Dialogue: a konseling
kinerja after most final poor predikat (linked to the evaluation, ten days after the period;
every fourth one is left without, so the follow-up lists a missing konseling), and a dialog
kinerja with a few employees rated Baik in the first quarter.

Fixed data, no draw from the random generator: the rest of the office is what the seed gives.
Written last, after the evaluations and IDPs, inside the generator's transaction.
"""

from __future__ import annotations

import datetime as dt
import json

from desktop_app.demo.blueprint import OfficePlan
from desktop_app.models import (
    DevelopmentPlan,
    Employee,
    Evaluation,
    PerformanceDialogue,
    PppkContract,
)
from desktop_app.scoring.dialogue import POOR, DialogueKind
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.pppk_contract import WorkTime
from desktop_app.scoring.ratings import Predikat
from desktop_app.services.evaluation.states import FINAL
from desktop_app.services.workflow import take_snapshot

FULL, PART = WorkTime.FULL.value, WorkTime.PART.value
DECREE = "800.1.13/{n:03d}/BKPSDM/{year}"
PATTERNS = (  # (work time, first day, last day) by the PPPK's place modulo 4
    ((PART, (2025, 1, 1), (2025, 12, 31)), (PART, (2026, 1, 1), (2026, 12, 31))),
    ((FULL, (2022, 1, 1), (2026, 12, 31)),),
    ((PART, (2026, 1, 1), (2026, 12, 31)),),
    ((FULL, (2025, 7, 1), (2027, 6, 30)),),
)
COUNSELLING_TOPIC = (
    "Hasil evaluasi kinerja {period} dengan predikat {predikat}: sasaran yang belum tercapai "
    "dan penyebabnya."
)
COUNSELLING_AGREED = (
    "Pegawai menyusun rencana perbaikan bersama pejabat penilai; bimbingan mingguan oleh "
    "atasan langsung; capaian ditinjau kembali pada tanggal tindak lanjut."
)
DIALOGUE_TOPIC = "Dialog kinerja triwulan: capaian rencana aksi dan umpan balik berkelanjutan."
DIALOGUE_AGREED = "Rencana aksi triwulan berikutnya disepakati; bukti dukung dilengkapi."


def _contracts(plan: OfficePlan, person_ids: dict[int, int]) -> int:
    written = 0
    pppk = [p for p in plan.people if p.kind == "PPPK" and p.active]
    for n, person in enumerate(pppk):
        for work_time, first, last in PATTERNS[n % len(PATTERNS)]:
            starts, ends = dt.date(*first), dt.date(*last)
            PppkContract(
                employee=person_ids[id(person)],
                starts=starts,
                ends=ends,
                work_time=work_time,
                decree=DECREE.format(n=n + 1, year=starts.year),
                decree_on=starts - dt.timedelta(days=14),
            ).save()
            written += 1
    return written


def _record(
    employee: Employee,
    kind: DialogueKind,
    day: dt.date,
    topic: str,
    agreed: str,
    evaluation_id: int | None,
    plan_id: int | None,
) -> None:
    PerformanceDialogue(
        employee=employee,
        kind=kind.value,
        held_on=day,
        others="",
        topic=topic,
        agreement=agreed,
        follow_up_on=day + dt.timedelta(days=30),
        evaluation=evaluation_id,
        development_plan=plan_id,
        snapshot=json.dumps(take_snapshot(employee, day).as_dict(), sort_keys=True),
    ).save()


def _dialogues(year: int, today: dt.date) -> tuple[int, int, int]:
    finals = list(
        Evaluation.select()
        .where(
            (Evaluation.deleted == False)
            & (Evaluation.status == FINAL)
            & Evaluation.predikat.is_null(False)
        )
        .order_by(Evaluation.id)
    )
    idps = {
        p.employee_id: p.id
        for p in DevelopmentPlan.select().where(DevelopmentPlan.deleted == False)
        if p.period.year == year
    }
    counselled = left_out = dialogues = 0
    poor = [e for e in finals if e.predikat in {p.value for p in POOR}]
    for n, evaluation in enumerate(poor):
        if n % 4 == 3:
            left_out += 1
            continue
        period = PeriodKey.parse(evaluation.period_key)
        day = min(period.last_day + dt.timedelta(days=10), today)
        words = f"{period.label} {period.year}"
        _record(
            evaluation.employee,
            DialogueKind.COUNSELLING,
            day,
            COUNSELLING_TOPIC.format(period=words, predikat=Predikat(evaluation.predikat).label),
            COUNSELLING_AGREED,
            evaluation.id,
            idps.get(evaluation.employee_id),
        )
        counselled += 1
    good = [e for e in finals if e.period_key == f"{year}-Q1" and e.predikat == "BAIK"][:5]
    for evaluation in good:
        period = PeriodKey.parse(evaluation.period_key)
        day = min(period.last_day - dt.timedelta(days=14), today)
        _record(
            evaluation.employee,
            DialogueKind.DIALOGUE,
            day,
            DIALOGUE_TOPIC,
            DIALOGUE_AGREED,
            evaluation.id,
            None,
        )
        dialogues += 1
    return counselled, left_out, dialogues


def write_dialogue(
    plan: OfficePlan, person_ids: dict[int, int], year: int, today: dt.date
) -> dict[str, int]:
    """Write the contracts and the dialogue records; their counts for the demo summary."""
    contracts = _contracts(plan, person_ids)
    counselled, left_out, dialogues = _dialogues(year, today)
    return {
        "pppk_contracts": contracts,
        "counselling": counselled,
        "counselling_missing": left_out,
        "dialogues": dialogues,
    }
