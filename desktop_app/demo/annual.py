"""Demo annual evaluations (evaluasi tahunan) of a past year: every employee with an approved
SKP has a final annual evaluation, made in January of the next year by the pejabat penilai.

Each organisation part keeps the organisation predikat its quarters had, and its annual
predikat follow the pola distribusi of that predikat exactly (`suggest_distribution`, domain
§4): the people whose quarters were best get the best places, so the year reads like its
quarters. A few who did not get Sangat Baik filed a keberatan that the atasan pejabat penilai
decided. Drawn from the caller's random generator only.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from desktop_app.demo.evaluations import _NOTES, _PAIRS, A, B, EvaluationRows, S, _objection
from desktop_app.demo.evaluations import _realised as realised
from desktop_app.scoring import Predikat, suggest_distribution
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.services.evaluation.evaluations import DRAFT, FINAL
from desktop_app.services.evaluation.notes import BUILT_IN, RESULT


def objections_for(headcount: int) -> int:
    """How many annual keberatan an office of `headcount` filed and had decided: a few."""
    return max(2, min(12, headcount // 150))


def plan_annual(
    rows: EvaluationRows,
    indicators_of: dict[int, list[tuple[int, str, str]]],
    rng: random.Random,
    year: int,
    today: dt.date,
    actor: str,
) -> int:
    """Append the annual evaluations of `year` to `rows` (made by
    `plan_evaluations(..., complete=True)`), with realisasi, feedback, history, the
    organisation predikat of each unit for the year and a few decided keberatan; those not
    finished before `today` (early January) are rated drafts. Returns how many were added."""
    key = str(PeriodKey.annual_of(year))
    rank: dict[int, float] = {}  # id(person) -> mean rank of the quarters' predikat
    seen: dict[int, list[int]] = {}
    for row in rows.evaluations:
        if row[7]:
            seen.setdefault(id(row[1]), []).append(Predikat(row[7]).rank)
    for person, ranks in seen.items():
        rank[person] = sum(ranks) / len(ranks)
    scratch = EvaluationRows()  # the keberatan helper appends history rows without actor
    no = max((row[0] for row in rows.evaluations), default=0)
    first = no + 1
    latest = dt.datetime.combine(today, dt.time(1)) - dt.timedelta(days=1)
    candidates: list[int] = []
    for code in sorted(rows.groups):
        members = rows.groups[code]
        org = rows.standing[code]
        for unit_code in sorted(rows.units_of[code] | {code}):
            rows.org_results.append((unit_code, key, org.value))
        ranked = sorted(members, key=lambda p: -(rank.get(id(p[1]), 3) + rng.uniform(0, 0.2)))
        split = suggest_distribution(org, len(members))
        targets: list[Predikat] = []
        for level in Predikat:  # best first
            targets += [level] * split.get(level, 0)
        for plan, target in zip(ranked, targets, strict=True):
            person = plan[1]
            no += 1
            hasil, perilaku = rng.choice(_PAIRS[target])
            created = dt.datetime(year + 1, 1, 2, 1) + dt.timedelta(
                days=rng.randint(0, 10), minutes=rng.randrange(420)
            )
            finalized = created + dt.timedelta(days=rng.randint(2, 12), minutes=rng.randrange(300))
            created = min(created, latest)
            final = finalized < latest  # early in January some are still being written
            scratch.changes.append((no, "", DRAFT, "", created))
            if final:
                scratch.changes.append((no, DRAFT, FINAL, "", finalized))
            tilt = {A: 0.05, S: 0.0, B: -0.12}[hasil]
            phrases = BUILT_IN[RESULT]
            phrase = phrases[0] if hasil == A else phrases[1] if hasil == S else phrases[3]
            for indicator, value, unit in indicators_of.get(plan[0], []):
                rows.realisations.append(
                    (no, indicator, realised(value, unit, 4, rng, tilt),
                     f"Laporan tahunan {year} (arsip unit)", phrase)
                )  # fmt: skip
            for value_code in sorted(rng.sample(range(1, 8), rng.choice((2, 3)))):
                choices = BUILT_IN[str(value_code)]
                text = choices[1] if perilaku == B else choices[0]
                rows.behaviours.append((no, value_code, text))
            if target != Predikat.SANGAT_BAIK and finalized < latest - dt.timedelta(days=20):
                candidates.append(len(rows.evaluations))
            rows.evaluations.append(
                (no, person, plan[0], key, FINAL if final else DRAFT, hasil, perilaku,
                 target.value, _NOTES.get(target, ""), plan[8] if final else "",
                 finalized if final else None, "", None, {})
            )  # fmt: skip
    added = no - first + 1
    for index in sorted(rng.sample(candidates, min(len(candidates), objections_for(added)))):
        row = rows.evaluations[index]
        filed = row[10] + dt.timedelta(days=rng.randint(2, 9))
        rows.evaluations[index] = (*row[:-1], _objection(row[0], scratch, filed, decided=True))
    rows.changes += [(n, f, t, actor, r, at) for n, f, t, r, at in scratch.changes]
    rows.by_status["ANNUAL"] = added
    return added


def annual_predikat(rows: EvaluationRows, year: int) -> dict[int, Predikat]:
    """id(person) -> their final annual predikat of `year` (the follow-up of the next year)."""
    key = str(PeriodKey.annual_of(year))
    return {id(r[1]): Predikat(r[7]) for r in rows.evaluations if r[3] == key and r[4] == FINAL}


def quarterly_only(rows: Sequence[tuple], year: int) -> list[tuple]:
    """The periodic evaluations of `rows` (the IDP of the year follows those; the annual
    predikat is followed up in the next year's IDP)."""
    key = str(PeriodKey.annual_of(year))
    return [r for r in rows if r[3] != key]
