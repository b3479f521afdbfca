"""PPPK contracts (perjanjian kerja) and the recommendation their results give
(KepmenPANRB 16/2025 Diktum 13, 17–18; domain.md §13.9; the decisions in
docs/pppk_contracts.md).

A contract runs from its first to its last day (both included) as full time (penuh waktu) or
part time (paruh waktu). The results read are the final predikat of the quarterly and annual
evaluations whose period overlaps the contract. The rule:

* the **annual** predikat decides when there is one (the latest annual of the contract);
  without it the latest **quarterly** predikat gives a provisional recommendation;
* Sangat Baik or Baik: **extend**; for a part-time PPPK whose every result of the contract
  is Baik or better, with the annual one among them: **convert to full time** (a proposal,
  subject to formasi and budget);
* Butuh Perbaikan: **extend** with a konseling kinerja and an improvement plan (PP 30/2019
  Pasal 56: time to improve); two Butuh Perbaikan annual results of one contract in a row do
  not occur in a one-year contract, so no harsher rule is applied;
* Kurang or Sangat Kurang: **do not extend** (target of the perjanjian kerja not met,
  PP 49/2018 Pasal 53(2)c);
* no final result yet: no recommendation.

Pure: the services read the rows and call these with plain values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from desktop_app.scoring.acting import Term
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.ratings import Predikat
from desktop_app.scoring.reference import N_

K = TypeVar("K")


class WorkTime(StrEnum):
    """Penuh waktu (full time) or paruh waktu (part time, KepmenPANRB 16/2025)."""

    FULL = "FULL"
    PART = "PART"


WORK_TIME_LABELS = {
    WorkTime.FULL.value: N_("scoring", "Full time (penuh waktu)"),
    WorkTime.PART.value: N_("scoring", "Part time (paruh waktu)"),
}
WORK_TIME_PRINTED = {WorkTime.FULL.value: "Penuh waktu", WorkTime.PART.value: "Paruh waktu"}


class Recommendation(StrEnum):
    EXTEND = "EXTEND"
    CONVERT = "CONVERT"  # paruh waktu to penuh waktu
    DO_NOT_EXTEND = "DO_NOT_EXTEND"
    NONE = "NONE"  # no final result yet


RECOMMENDATION_LABELS = {
    Recommendation.EXTEND.value: N_("scoring", "Extend the contract"),
    Recommendation.CONVERT.value: N_("scoring", "Propose conversion to full time"),
    Recommendation.DO_NOT_EXTEND.value: N_("scoring", "Do not extend"),
    Recommendation.NONE.value: N_("scoring", "No recommendation yet"),
}
RECOMMENDATION_SHORT = {  # a list's cell; the label and reason go in its tooltip
    Recommendation.EXTEND.value: N_("scoring", "Extend"),
    Recommendation.CONVERT.value: N_("scoring", "To full time"),
    Recommendation.DO_NOT_EXTEND.value: N_("scoring", "Do not extend"),
    Recommendation.NONE.value: N_("scoring", "No result yet"),
}
RECOMMENDATION_PRINTED = {
    Recommendation.EXTEND.value: "Diperpanjang",
    Recommendation.CONVERT.value: "Diusulkan menjadi PPPK penuh waktu",
    Recommendation.DO_NOT_EXTEND.value: "Tidak diperpanjang",
    Recommendation.NONE.value: "Belum ada rekomendasi",
}

GOOD = frozenset({Predikat.SANGAT_BAIK, Predikat.BAIK})
FAILING = frozenset({Predikat.KURANG, Predikat.SANGAT_KURANG})


class Reason(StrEnum):
    """Why: the ground of the recommendation (the text names the deciding result)."""

    ANNUAL_GOOD = "ANNUAL_GOOD"
    ANNUAL_GOOD_ALL = "ANNUAL_GOOD_ALL"  # part time, every result Baik or better
    ANNUAL_IMPROVE = "ANNUAL_IMPROVE"
    ANNUAL_FAILING = "ANNUAL_FAILING"
    QUARTER_GOOD = "QUARTER_GOOD"
    QUARTER_IMPROVE = "QUARTER_IMPROVE"
    QUARTER_FAILING = "QUARTER_FAILING"
    NO_RESULT = "NO_RESULT"


REASON_TEXTS = {
    Reason.ANNUAL_GOOD.value: N_("scoring", "Annual predikat {predikat} ({period})."),
    Reason.ANNUAL_GOOD_ALL.value: N_(
        "scoring",
        "Annual predikat {predikat} ({period}) and every result of the contract Baik or "
        "better: part time may become full time (formasi and budget permitting).",
    ),
    Reason.ANNUAL_IMPROVE.value: N_(
        "scoring",
        "Annual predikat {predikat} ({period}): extend with a konseling kinerja and an "
        "improvement plan.",
    ),
    Reason.ANNUAL_FAILING.value: N_(
        "scoring",
        "Annual predikat {predikat} ({period}): the target of the contract ('perjanjian kerja') "
        "was not met.",
    ),
    Reason.QUARTER_GOOD.value: N_(
        "scoring",
        "Provisional: latest result {predikat} ({period}); the annual evaluation decides.",
    ),
    Reason.QUARTER_IMPROVE.value: N_(
        "scoring",
        "Provisional: latest result {predikat} ({period}), konseling kinerja needed; "
        "the annual evaluation decides.",
    ),
    Reason.QUARTER_FAILING.value: N_(
        "scoring",
        "Provisional: latest result {predikat} ({period}), the target is not being met; "
        "the annual evaluation decides.",
    ),
    Reason.NO_RESULT.value: N_("scoring", "No final evaluation of the contract period yet."),
}
REASON_PRINTED = {
    Reason.ANNUAL_GOOD.value: "Predikat tahunan {predikat} ({period}).",
    Reason.ANNUAL_GOOD_ALL.value: "Predikat tahunan {predikat} ({period}) dan seluruh hasil "
    "evaluasi masa perjanjian minimal Baik.",
    Reason.ANNUAL_IMPROVE.value: "Predikat tahunan {predikat} ({period}); diperpanjang dengan "
    "konseling kinerja dan rencana perbaikan.",
    Reason.ANNUAL_FAILING.value: "Predikat tahunan {predikat} ({period}); target perjanjian "
    "kerja tidak tercapai.",
    Reason.QUARTER_GOOD.value: "Sementara: hasil terakhir {predikat} ({period}); evaluasi "
    "tahunan menentukan.",
    Reason.QUARTER_IMPROVE.value: "Sementara: hasil terakhir {predikat} ({period}), perlu "
    "konseling kinerja; evaluasi tahunan menentukan.",
    Reason.QUARTER_FAILING.value: "Sementara: hasil terakhir {predikat} ({period}), target "
    "belum tercapai; evaluasi tahunan menentukan.",
    Reason.NO_RESULT.value: "Belum ada evaluasi final pada masa perjanjian.",
}


@dataclass(frozen=True)
class Advice:
    """The recommendation, its reason and the result that decided it (None: none yet)."""

    recommendation: Recommendation
    reason: Reason
    period_key: str | None = None
    predikat: Predikat | None = None

    @property
    def provisional(self) -> bool:
        return self.reason.value.startswith("QUARTER")


def contract_term(starts: dt.date, ends: dt.date) -> Term:
    """The days of a contract (ValueError when it ends before it starts)."""
    return Term(starts, ends)


@lru_cache(maxsize=512)
def _period(key: str) -> PeriodKey:
    """A period key parsed once (an office's lists read the same few keys thousands of times)."""
    return PeriodKey.parse(key)


def key_overlaps(key: str, starts: dt.date, ends: dt.date) -> bool:
    """Does the period of `key` share a day with the contract?"""
    period = _period(key)
    return period.first_day <= ends and starts <= period.last_day


def counts(key: str) -> bool:
    """Is `key` read for a recommendation (a quarter or a year, not a month or semester)?"""
    period = _period(key)
    return period.is_annual or period.part.startswith("Q")


def period_order(key: str) -> tuple[dt.date, int]:
    period = _period(key)
    return (period.last_day, 1 if period.is_annual else 0)


def recommend(
    work_time: WorkTime | str,
    starts: dt.date,
    ends: dt.date,
    results: Iterable[tuple[str, Predikat]],
) -> Advice:
    """The recommendation for a contract from the final (period key, predikat) results; keys
    outside the contract are ignored; only quarterly and annual keys count."""
    kept = []
    for key, predikat in results:
        if not counts(key):
            continue
        if key_overlaps(key, starts, ends):
            kept.append((key, predikat))
    kept.sort(key=lambda item: period_order(item[0]))
    annual = [(k, p) for k, p in kept if _period(k).is_annual]
    if annual:
        key, predikat = annual[-1]
        if predikat in FAILING:
            return Advice(Recommendation.DO_NOT_EXTEND, Reason.ANNUAL_FAILING, key, predikat)
        if predikat not in GOOD:
            return Advice(Recommendation.EXTEND, Reason.ANNUAL_IMPROVE, key, predikat)
        if WorkTime(work_time) == WorkTime.PART and all(p in GOOD for _, p in kept):
            return Advice(Recommendation.CONVERT, Reason.ANNUAL_GOOD_ALL, key, predikat)
        return Advice(Recommendation.EXTEND, Reason.ANNUAL_GOOD, key, predikat)
    if kept:
        key, predikat = kept[-1]
        if predikat in FAILING:
            return Advice(Recommendation.DO_NOT_EXTEND, Reason.QUARTER_FAILING, key, predikat)
        if predikat not in GOOD:
            return Advice(Recommendation.EXTEND, Reason.QUARTER_IMPROVE, key, predikat)
        return Advice(Recommendation.EXTEND, Reason.QUARTER_GOOD, key, predikat)
    return Advice(Recommendation.NONE, Reason.NO_RESULT)


def contract_in_question(contracts: Sequence[tuple[K, dt.date, dt.date]], year: int) -> K | None:
    """Of (key, first day, last day) contracts, the one a recommendation of `year` is about:
    the one ending soonest among those that run in or after the year and start by its end."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    best: tuple[K, dt.date] | None = None
    for key, starts, ends in contracts:
        if ends < first or starts > last:
            continue
        if best is None or ends < best[1]:
            best = (key, ends)
    return best[0] if best else None
