"""The rules that turn evaluations into development: which competence gaps an IDP proposes,
when an IDP becomes required, which follow-up is suggested and when poor predikat come one
after another. Pure functions over plain facts (no database, no Qt), shared by the services
and the demo so both propose the same thing. Period keys are named and ordered by
`scoring.period_key`.

* A rating hasil kerja Di Bawah Ekspektasi proposes one gap in the competence of the job
  (teknis; manajerial for a structural head), naming the periods and the main RHK.
* A BerAKHLAK value rated Di Bawah Ekspektasi proposes a gap in that value (sosial kultural).
  When the rating perilaku kerja is Di Bawah and no value was rated on its own, the values the
  penilai wrote feedback on are taken as the ones to develop; without any, one general
  behaviour gap.
* A predikat Butuh Perbaikan, Kurang or Sangat Kurang makes the IDP required (domain.md §9:
  konseling kinerja follows with bimbingan, pelatihan, ...). Coaching (SIASN jenis diklat 14)
  is suggested where the results fell short, Mentoring (15) where the behaviour did.
* Consecutive poor predikat: the longest run of back-to-back periods (the previous year's
  annual evaluation, then the periods of the year in order) with a final poor predikat; a
  period without a final evaluation breaks the run.

The texts of the proposals are Indonesian: they go into the employee's IDP document, like the
built-in feedback phrases, and are edited there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from desktop_app.scoring.codes import BERAKHLAK
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.ratings import Predikat, Rating

TEKNIS, MANAJERIAL, SOSIAL_KULTURAL = "TEKNIS", "MANAJERIAL", "SOSIAL_KULTURAL"
COMPETENCE_TYPES = (TEKNIS, MANAJERIAL, SOSIAL_KULTURAL)
COMPETENCE_WORDS = {
    TEKNIS: "Teknis",
    MANAJERIAL: "Manajerial",
    SOSIAL_KULTURAL: "Sosial Kultural",
}  # jenis kompetensi (UU 5/2014 Pasal 69(3)), as documents print them

POOR = frozenset({Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG})
COACHING, MENTORING = 14, 15  # SIASN jenis diklat (domain.md §9)
RESULT, BEHAVIOUR = "RESULT", "BEHAVIOUR"
VALUE = "VALUE:"  # + the BerAKHLAK code
STRUCTURAL = frozenset({"JPT", "ADMINISTRATOR", "PENGAWAS"})
_VALUES = {v.code: v for v in BERAKHLAK.data}
_BELOW = Rating.DI_BAWAH


@dataclass
class GapInput:
    """One competence to develop, as the editor and the proposals hold it. `origin` is set on
    proposals ("RESULT", "BEHAVIOUR", "VALUE:3") and kept when the text is edited, so the same
    gap is not proposed twice."""

    competence: str
    gap: str = ""
    goal: str = ""
    indicator: str = ""
    competence_type: str = TEKNIS
    origin: str = ""
    source: str = ""
    evaluation_id: int | None = None
    id: int | None = None


class EvaluationFacts(NamedTuple):
    """What the rules read of one final evaluation."""

    evaluation_id: int
    period_key: str  # "2026-Q2", or "2025" for an annual evaluation
    rating_hasil: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None
    values: tuple[tuple[int, Rating | None, str], ...] = ()  # (BerAKHLAK code, rating, feedback)
    results: tuple[str, ...] = ()  # the main RHK of the SKP


class FollowUp(NamedTuple):
    """The follow-up a year's evaluations call for."""

    poor: tuple[tuple[str, Predikat], ...]  # (period key, predikat) of final poor predikat
    streak: int  # the longest run of consecutive poor predikat
    suggestions: tuple[int, ...]  # jenis diklat to suggest: COACHING, MENTORING

    @property
    def required(self) -> bool:
        return bool(self.poor)

    @property
    def latest(self) -> Predikat | None:
        return self.poor[-1][1] if self.poor else None

    @property
    def consecutive(self) -> bool:
        return self.streak >= 2


NO_FOLLOW_UP = FollowUp((), 0, ())


def period_words(key: str) -> str:
    """ "Triwulan II 2026", "Tahunan 2025"."""
    period = PeriodKey.parse(key)
    return f"{period.label} {period.year}"


def when(key: str) -> tuple[int, int, str]:
    """Sort key of a period key: a year's periods in order, then its annual key."""
    return PeriodKey.parse(key).sort_key


def chronological(keys: Iterable[str]) -> list[str]:
    """Period keys in the order they happened."""
    return sorted(keys, key=when)


def poor_streak(sequence: Sequence[str], predikat_by_key: dict[str, Predikat | None]) -> int:
    """The longest run of consecutive keys of `sequence` whose predikat is poor."""
    best = run = 0
    for key in sequence:
        run = run + 1 if predikat_by_key.get(key) in POOR else 0
        best = max(best, run)
    return best


def suggestions_for(predikats: Iterable[Predikat]) -> tuple[int, ...]:
    """Coaching where the results fell short (Butuh Perbaikan, Sangat Kurang), Mentoring
    where the behaviour did (Kurang, Sangat Kurang)."""
    found = set(predikats)
    out = []
    if found & {Predikat.BUTUH_PERBAIKAN, Predikat.SANGAT_KURANG}:
        out.append(COACHING)
    if found & {Predikat.KURANG, Predikat.SANGAT_KURANG}:
        out.append(MENTORING)
    return tuple(out)


def follow_up(sequence: Sequence[str], predikat_by_key: dict[str, Predikat | None]) -> FollowUp:
    """The follow-up of the final predikat by period key. `sequence` lists the keys in
    order for the consecutive check (previous annual, then the periodic keys); keys outside it
    (the annual of the year itself) still make the plan required."""
    poor = tuple(
        (key, p) for key in chronological(predikat_by_key) if (p := predikat_by_key[key]) in POOR
    )
    if not poor:
        return NO_FOLLOW_UP
    return FollowUp(
        poor, poor_streak(sequence, predikat_by_key), suggestions_for(p for _, p in poor)
    )


def required_reason(follow: FollowUp) -> str:
    """Why the IDP is required, for the document: "Predikat Butuh Perbaikan pada Triwulan II
    2026; Kurang/Misconduct pada Triwulan III 2026 (2 periode berturut-turut)"."""
    if not follow.poor:
        return ""
    parts = [f"{p.label} pada {period_words(k)}" for k, p in follow.poor]
    text = "Predikat " + "; ".join(parts)
    if follow.consecutive:
        text += f" ({follow.streak} periode berturut-turut)"
    return text


@dataclass
class _Found:
    keys: list[str] = field(default_factory=list)
    evaluation_id: int | None = None
    feedback: list[str] = field(default_factory=list)


def _note(found: _Found, fact: EvaluationFacts, feedback: str = "") -> None:
    if fact.period_key not in found.keys:
        found.keys.append(fact.period_key)
    found.evaluation_id = fact.evaluation_id
    feedback = " ".join(feedback.split())
    if feedback and feedback not in found.feedback:
        found.feedback.append(feedback)


def _periods(found: _Found) -> str:
    return ", ".join(period_words(k) for k in found.keys)


def propose(facts: Iterable[EvaluationFacts], position_type: str = "") -> list[GapInput]:
    """The gaps the final evaluations show, oldest evidence first; one gap per origin."""
    ordered = sorted(facts, key=lambda f: when(f.period_key))
    results = _Found()
    rhk: list[str] = []
    values: dict[int, _Found] = {}
    behaviour = _Found()
    for fact in ordered:
        if fact.rating_hasil == _BELOW:
            _note(results, fact)
            rhk += [t for t in fact.results if t not in rhk]
        low = [(c, text) for c, rating, text in fact.values if rating == _BELOW]
        if fact.rating_perilaku == _BELOW and not low:
            low = [(c, text) for c, _rating, text in fact.values if text.strip()]
            if not low:
                _note(behaviour, fact)
        for code, text in low:
            if code in _VALUES:
                _note(values.setdefault(code, _Found()), fact, text)
    gaps: list[GapInput] = []
    if results.keys:
        structural = position_type in STRUCTURAL
        text = f"Rating hasil kerja Di Bawah Ekspektasi pada {_periods(results)}."
        if rhk:
            text += " RHK utama: " + "; ".join(rhk[:3]) + "."
        gaps.append(
            GapInput(
                "Kompetensi manajerial dalam memimpin pencapaian hasil kerja unit"
                if structural
                else "Kompetensi teknis jabatan untuk mencapai target SKP",
                text,
                "Hasil kerja mencapai target SKP pada periode berikutnya.",
                "Rating hasil kerja periode berikutnya minimal Sesuai Ekspektasi.",
                MANAJERIAL if structural else TEKNIS,
                RESULT,
                f"Evaluasi kinerja {_periods(results)}",
                results.evaluation_id,
            )
        )
    for code in sorted(values):
        found, value = values[code], _VALUES[code]
        text = f"Perilaku {value.name} Di Bawah Ekspektasi pada {_periods(found)}."
        if found.feedback:
            text += " Umpan balik: " + " ".join(found.feedback)
        gaps.append(
            GapInput(
                f"Perilaku kerja {value.name}",
                text,
                "Menunjukkan perilaku: " + "; ".join(value.guides) + ".",
                f"Umpan balik {value.name} pada evaluasi berikutnya Sesuai Ekspektasi.",
                SOSIAL_KULTURAL,
                f"{VALUE}{code}",
                f"Evaluasi kinerja {_periods(found)}",
                found.evaluation_id,
            )
        )
    if behaviour.keys:
        gaps.append(
            GapInput(
                "Perilaku kerja sesuai nilai dasar ASN BerAKHLAK",
                f"Rating perilaku kerja Di Bawah Ekspektasi pada {_periods(behaviour)}.",
                "Perilaku kerja sesuai panduan perilaku BerAKHLAK.",
                "Rating perilaku kerja periode berikutnya minimal Sesuai Ekspektasi.",
                SOSIAL_KULTURAL,
                BEHAVIOUR,
                f"Evaluasi kinerja {_periods(behaviour)}",
                behaviour.evaluation_id,
            )
        )
    return gaps


def suggestion_title(jenis: int, supervisor_name: str = "") -> str:
    """The planned activity a suggestion becomes: "Coaching oleh atasan langsung (Nama)"."""
    who = f" ({supervisor_name})" if supervisor_name else ""
    if jenis == COACHING:
        return f"Coaching kinerja oleh atasan langsung{who}"
    return f"Mentoring perilaku kerja oleh atasan langsung{who}"


def suggestion_origins(jenis: int) -> tuple[str, ...]:
    """Which proposed gaps a suggested activity serves (the first found is linked)."""
    return (RESULT,) if jenis == COACHING else (VALUE, BEHAVIOUR)
