"""Demo evaluations: the periodic evaluations of the quarters of the current year that have
ended, for every employee with an approved SKP in the demo office.

Older quarters are nearly all final; the latest one is in full swing (some final, some rated,
some with realisasi missing, some not started), as an office looks in the weeks after a
quarter. Each unit gets an organisation predikat (mostly Baik) and predikat that follow its
pattern, except one Puskesmas whose supervisor rates nearly everyone Di Atas Ekspektasi, so
the distribution panel has a unit that breaks the pattern to show. One evaluation carries a
decided keberatan and one an objection waiting for the atasan's decision.

Everything is drawn from the caller's random generator; only which quarters have ended
depends on today.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from peewee import fn

from desktop_app.models import (
    BehaviourFeedback,
    Evaluation,
    EvaluationStatusChange,
    OrgResult,
    PeerNote,
    Realisation,
    utcnow,
)
from desktop_app.models.bulk import bulk_insert
from desktop_app.models.register import format_full_name
from desktop_app.scoring import OrgPredikat, Predikat, Rating, predikat, suggest_distribution
from desktop_app.scoring.period_key import Frequency, PeriodKey
from desktop_app.services.evaluation.evaluations import (
    DECISION,
    DRAFT,
    EXPLANATION,
    FINAL,
    OBJECTION,
)
from desktop_app.services.evaluation.notes import BUILT_IN, RESULT

if TYPE_CHECKING:
    from desktop_app.demo.blueprint import Person

A, S, B = Rating.DI_ATAS.value, Rating.SESUAI.value, Rating.DI_BAWAH.value
# rating pairs (hasil, perilaku) that give each predikat, the likelier first
_PAIRS: dict[Predikat, list[tuple[str, str]]] = {}
for _h in (S, A, B):
    for _p in (S, A, B):
        _PAIRS.setdefault(predikat(_h, _p), []).append((_h, _p))

_EVIDENCE = (
    "Laporan bulanan {period}",
    "https://drive.demo.go.id/kinerja/{nip}/{key}",
    "Register layanan {period} (arsip unit)",
    "Notulen rapat evaluasi {period}",
    "Rekap aplikasi SIMPUS {period}",
    "Foto kegiatan dan daftar hadir",
)
_SELF = (
    "Seluruh kegiatan {period} selesai; kendala utama keterbatasan kendaraan operasional.",
    "Target {period} tercapai. Mohon dukungan pelatihan aplikasi pelaporan.",
    "Sebagian target bergeser karena penugasan vaksinasi; akan dikejar triwulan berikutnya.",
    "Layanan berjalan baik; saya mengusulkan jadwal piket ditata ulang.",
)
_PEERS = (
    ("PEER", "Selalu membantu rekan saat beban kerja tinggi."),
    ("PEER", "Laporan yang dibuat rapi dan tepat waktu."),
    ("SUBORDINATE", "Memberi arahan yang jelas dan mudah dihubungi."),
    ("OTHER", "Pelayanan ramah, antrean lebih cepat."),
)
_NOTES = {
    Predikat.SANGAT_BAIK: "Pertahankan; layak diusulkan mengikuti pelatihan kepemimpinan.",
    Predikat.BUTUH_PERBAIKAN: "Perlu pendampingan atasan langsung pada triwulan berikutnya.",
    Predikat.KURANG: "Susun rencana pengembangan (IDP) bersama atasan.",
    Predikat.SANGAT_KURANG: "Susun rencana pengembangan (IDP) dan pembinaan disiplin.",
}


@dataclass
class EvaluationRows:
    """Rows made in memory; evaluation offsets (1, 2, ...) become ids when written."""

    # (offset, employee offset key, plan offset, key, status, hasil, perilaku, predikat,
    #  notes, snapshot, finalized_at, self_assessment, self_at, objection..., decided_at)
    evaluations: list[tuple] = field(default_factory=list)
    realisations: list[tuple] = field(default_factory=list)  # (eval offset, indicator, ...)
    behaviours: list[tuple] = field(default_factory=list)  # (eval offset, code, text)
    changes: list[tuple] = field(default_factory=list)  # (eval offset, from, to, reason, at)
    peer_notes: list[tuple] = field(default_factory=list)  # (eval offset, source, author, ...)
    org_results: list[tuple] = field(default_factory=list)  # (unit code, key, org predikat)
    by_status: dict[str, int] = field(default_factory=dict)
    # organisation part (top unit code) -> its approved SKP rows, the unit codes in it and the
    # organisation predikat its quarters had (demo.annual judges the year the same way)
    groups: dict[str, list[tuple]] = field(default_factory=dict)
    units_of: dict[str, set[str]] = field(default_factory=dict)
    standing: dict[str, OrgPredikat] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return (
            len(self.evaluations)
            + len(self.realisations)
            + len(self.behaviours)
            + len(self.changes)
            + len(self.peer_notes)
            + len(self.org_results)
        )


def ended_quarters(year: int, today: dt.date) -> list[tuple[str, dt.date]]:
    """(period key, last day) of the quarters of `year` that ended before `today`."""
    quarters = PeriodKey.of_year(year, Frequency.QUARTERLY)
    return [(str(q), q.last_day) for q in quarters if q.last_day < today]


def _realised(value: str, unit: str, quarter: int, rng: random.Random, tilt: float) -> str:
    """The realisasi up to the quarter: a share of a numeric target, or a plain statement."""
    try:
        target = Decimal(value.replace(",", "."))
    except InvalidOperation:
        return "Sesuai target"
    if unit in ("%", "nilai IKM", "bulan", "hari") or "per " in unit:
        amount = target * Decimal(str(round(rng.uniform(0.92, 1.05) + tilt, 2)))
    else:
        amount = target * quarter / 4 * Decimal(str(round(rng.uniform(0.85, 1.1) + tilt, 2)))
    shown = amount.quantize(Decimal("1")) if target == target.to_integral() else round(amount, 1)
    return f"{shown} {unit}".strip()


def plan_evaluations(
    plans: Sequence[tuple],
    indicators_of: dict[int, list[tuple[int, str, str]]],  # plan offset -> (offset, value, unit)
    rng: random.Random,
    year: int,
    today: dt.date,
    actor: str,
    *,
    complete: bool = False,
) -> EvaluationRows:
    """Evaluations of the ended quarters for the approved SKPs in `plans` (rows of the demo's
    _SkpRows.plans: offset, person, form, status, ..., snapshot at [8]).

    `complete`: a past year, every quarter final for everyone, the Kepala Dinas included (the
    Sekda appraises him), no unit breaking the pattern and no keberatan (demo.annual files
    those on the annual evaluations)."""
    rows = EvaluationRows()
    quarters = ended_quarters(year, today)
    # the current year: the Kepala Dinas's periodic evaluations are left to his appraiser
    # outside the office (the Sekda, demo.appraisers); a past year has them all
    approved = [p for p in plans if p[3] == "APPROVED" and (complete or p[1].appraiser is not None)]
    if not quarters or not approved:
        return rows
    now = utcnow()
    # the pattern is judged per organisation part: the Sekretariat, each Bidang with its seksi,
    # each UPT / Puskesmas (a seksi of two people has no meaningful distribution)
    groups: dict[str, list[tuple]] = {}
    units_of: dict[str, set[str]] = {}
    kinds: dict[str, str] = {}
    for plan in approved:
        unit = top = plan[1].unit
        while top.parent is not None and top.parent.parent is not None:
            top = top.parent
        groups.setdefault(top.code, []).append(plan)
        units_of.setdefault(top.code, set()).add(unit.code)
        kinds[top.code] = top.kind
    puskesmas = sorted(
        code for code, members in groups.items() if kinds[code] == "PUSKESMAS" and len(members) >= 5
    )
    lenient = puskesmas[0] if puskesmas else max(groups, key=lambda c: len(groups[c]))
    if complete:
        lenient = ""
    standing = {
        code: OrgPredikat.BAIK if code == lenient or rng.random() < 0.8 else OrgPredikat.ISTIMEWA
        for code in sorted(groups)
    }
    merit = {id(p[1]): rng.random() for p in approved}
    counts = {"FINAL": 0, "RATED": 0, "PARTIAL": 0, "NONE": 0}
    no = 0
    objection_done = objection_open = False
    for index, (key, last) in enumerate(quarters):
        latest = index == len(quarters) - 1
        quarter = PeriodKey.parse(key).number
        label = PeriodKey.parse(key).label
        for code in sorted(groups):
            members = groups[code]
            org = standing[code]
            for unit_code in sorted(units_of[code] | {code}):
                rows.org_results.append((unit_code, key, org.value))
            noise = 0.15 if complete else 0.35  # a past year: the same people stay behind
            ranked = sorted(members, key=lambda p: -(merit[id(p[1])] + rng.uniform(0, noise)))
            if code == lenient:
                split = {Predikat.SANGAT_BAIK: len(members) - 1, Predikat.BAIK: 1}
            else:
                split = suggest_distribution(org, len(members))
            targets: list[Predikat] = []
            for level in Predikat:  # best first
                targets += [level] * split.get(level, 0)
            for plan, target in zip(ranked, targets, strict=True):
                person = plan[1]
                roll = rng.random()
                if complete:
                    state = "FINAL"
                elif code == lenient or not latest:
                    state = "FINAL" if roll < (0.97 if index == 0 else 0.9) else "RATED"
                else:
                    state = (
                        "FINAL"
                        if roll < 0.35
                        else "RATED"
                        if roll < 0.6
                        else "PARTIAL"
                        if roll < 0.8
                        else "NONE"
                    )
                counts[state] += 1
                if state == "NONE":
                    continue
                no += 1
                hasil, perilaku = rng.choice(_PAIRS[target])
                tilt = {A: 0.08, S: 0.0, B: -0.15}[hasil]
                created = dt.datetime.combine(last, dt.time(1)) + dt.timedelta(
                    days=rng.randint(1, 8), minutes=rng.randrange(420)
                )
                created = min(created, now)
                rows.changes.append((no, "", DRAFT, "", created))
                finalized = None
                status = DRAFT
                if state == "FINAL":
                    finalized = min(
                        created
                        + dt.timedelta(days=rng.randint(2, 14), minutes=rng.randrange(-60, 300)),
                        now,
                    )
                    status = FINAL
                    rows.changes.append((no, DRAFT, FINAL, "", finalized))
                rated = state in ("FINAL", "RATED")
                indicators = indicators_of.get(plan[0], [])
                filled = indicators if rated else indicators[: max(0, len(indicators) - 1)]
                phrases = BUILT_IN[RESULT]
                phrase = phrases[0] if hasil == A else phrases[1] if hasil == S else phrases[3]
                for indicator, value, unit in filled:
                    evidence = rng.choice(_EVIDENCE).format(
                        period=f"{label} {year}", nip=person.nip, key=key
                    )
                    rows.realisations.append(
                        (no, indicator, _realised(value, unit, quarter, rng, tilt), evidence,
                         phrase if rated and rng.random() < 0.7 else "")
                    )  # fmt: skip
                if rated:
                    for value_code in sorted(rng.sample(range(1, 8), rng.choice((1, 2, 2, 3)))):
                        choices = BUILT_IN[str(value_code)]
                        text = choices[1] if perilaku == B else choices[0]
                        rows.behaviours.append((no, value_code, text))
                own = ""
                if rng.random() < 0.3:
                    own = rng.choice(_SELF).format(period=label)
                if rated and rng.random() < 0.08:
                    source, text = rng.choice(_PEERS)
                    other = rng.choice(members)[1]
                    author = format_full_name(other.front_title, other.name, other.back_title)
                    rows.peer_notes.append((no, source, author, text, actor, created))
                objection: dict[str, Any] = {}
                if (
                    not complete
                    and state == "FINAL"
                    and finalized is not None
                    and target != Predikat.SANGAT_BAIK
                ):
                    filed = finalized + dt.timedelta(days=rng.randint(2, 9))
                    if not objection_done and not latest and filed < now:
                        objection_done = True
                        objection = _objection(no, rows, filed, decided=True)
                    elif not objection_open and latest and filed < now:
                        objection_open = True
                        objection = _objection(no, rows, filed, decided=False)
                result = predikat(hasil, perilaku) if rated else None
                rows.evaluations.append(
                    (no, person, plan[0], key, status, hasil if rated else None,
                     perilaku if rated else None, result.value if result else None,
                     _NOTES.get(result, "") if result else "", plan[8] if finalized else "",
                     finalized, own, created if own else None, objection)
                )  # fmt: skip
    rows.by_status = counts
    rows.changes = [(n, f, t, actor, r, at) for n, f, t, r, at in rows.changes]
    rows.groups, rows.units_of, rows.standing = groups, units_of, standing
    return rows


def _objection(no: int, rows: EvaluationRows, filed: dt.datetime, *, decided: bool) -> dict:
    """A keberatan on evaluation `no`: filed, explained and (when `decided`) decided by the
    atasan penilai, who keeps the ratings."""
    explained = filed + dt.timedelta(days=3)
    out: dict[str, Any] = {
        "objection": "Realisasi layanan luar gedung belum diperhitungkan dalam penilaian.",
        "objection_at": filed,
        "explanation": "Kegiatan luar gedung sudah dinilai; bukti dukung tidak dilampirkan.",
        "explanation_at": explained,
    }
    rows.changes.append((no, FINAL, OBJECTION, out["objection"], filed))
    rows.changes.append((no, FINAL, EXPLANATION, out["explanation"], explained))
    if decided:
        decided_at = explained + dt.timedelta(days=4)
        out["decision"] = (
            "Keberatan tidak diterima: kegiatan luar gedung tanpa bukti dukung tidak dapat "
            "diperhitungkan. Rating tetap."
        )
        out["decided_at"] = decided_at
        rows.changes.append((no, FINAL, DECISION, out["decision"], decided_at))
    return out


def write_evaluations(
    rows: EvaluationRows,
    period_id: int,
    employee_id: Callable[[Person], int],
    plan_id: Callable[[int], int],
    indicator_id: Callable[[int], int],
    unit_id: Callable[[str], int],
    step: Callable[[int], None],
) -> None:
    """Write the planned evaluations with their realisasi, feedback, history and the units'
    organisation predikat."""
    if not rows.evaluations and not rows.org_results:
        return
    base = Evaluation.select(fn.MAX(Evaluation.id)).scalar() or 0
    fields = ("objection", "objection_at", "explanation", "explanation_at", "decision",
              "decided_at")  # fmt: skip
    bulk_insert(
        Evaluation,
        ("id", "employee", "plan", "period", "period_key", "status", "rating_hasil",
         "rating_perilaku", "predikat", "notes", "snapshot", "finalized_at", "self_assessment",
         "self_assessment_at", *fields),
        [(base + no, employee_id(person), plan_id(plan), period_id, key, *rest,
          *(extra.get(f, "" if not f.endswith("_at") else None) for f in fields))
         for no, person, plan, key, *rest, extra in rows.evaluations],
        step,
    )  # fmt: skip
    bulk_insert(
        Realisation,
        ("evaluation", "indicator", "realisasi", "bukti_dukung", "feedback"),
        [(base + no, indicator_id(i), *rest) for no, i, *rest in rows.realisations],
        step,
    )
    bulk_insert(
        BehaviourFeedback,
        ("evaluation", "value_code", "feedback"),
        [(base + no, *rest) for no, *rest in rows.behaviours],
        step,
    )
    bulk_insert(
        EvaluationStatusChange,
        ("evaluation", "from_status", "to_status", "actor", "reason", "at"),
        [(base + no, *rest) for no, *rest in rows.changes],
        step,
    )
    bulk_insert(
        PeerNote,
        ("evaluation", "source", "author", "text", "recorded_by", "at"),
        [(base + no, *rest) for no, *rest in rows.peer_notes],
        step,
    )
    bulk_insert(
        OrgResult,
        ("unit", "period_key", "org_predikat"),
        [(unit_id(code), key, org) for code, key, org in rows.org_results],
        step,
    )
