"""A year's periodic ratings side by side with the annual one (evaluasi periodik / tahunan).

The annual ratings stay the Pejabat Penilai's call (PermenPANRB 6/2022 has no formula): this
module only lays the periods out and warns where the annual rating contradicts them.

Warning rules, for each of rating hasil kerja and rating perilaku kerja separately:

* ``annual_against_majority``: more than half of the periods share one rating and the annual
  rating differs from it (e.g. annual Di Atas while 3 of 4 quarters were Di Bawah);
* ``annual_outside_periods``: no rating has such a majority, and the annual rating is better
  than the best period or worse than the worst one.

Without periods, or without an annual rating for that aspect, there is nothing to compare.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from desktop_app.scoring.errors import CONTEXT, RuleError, format_message
from desktop_app.scoring.ratings import Predikat, Rating, predikat
from desktop_app.scoring.reference import N_

HASIL = "hasil"
PERILAKU = "perilaku"

AGAINST_MAJORITY = "annual_against_majority"
OUTSIDE_PERIODS = "annual_outside_periods"

_MSGIDS = {
    (AGAINST_MAJORITY, HASIL, ""): N_(
        "scoring",
        "Annual rating hasil kerja {annual} differs from {reference}, the rating of {count} of "
        "{total} periods",
    ),
    (AGAINST_MAJORITY, PERILAKU, ""): N_(
        "scoring",
        "Annual rating perilaku kerja {annual} differs from {reference}, the rating of {count} "
        "of {total} periods",
    ),
    (OUTSIDE_PERIODS, HASIL, "better"): N_(
        "scoring",
        "Annual rating hasil kerja {annual} is better than every period (best: {reference})",
    ),
    (OUTSIDE_PERIODS, HASIL, "worse"): N_(
        "scoring",
        "Annual rating hasil kerja {annual} is worse than every period (worst: {reference})",
    ),
    (OUTSIDE_PERIODS, PERILAKU, "better"): N_(
        "scoring",
        "Annual rating perilaku kerja {annual} is better than every period (best: {reference})",
    ),
    (OUTSIDE_PERIODS, PERILAKU, "worse"): N_(
        "scoring",
        "Annual rating perilaku kerja {annual} is worse than every period (worst: {reference})",
    ),
}


@dataclass(frozen=True)
class PeriodRating:
    """The two ratings of one periodic evaluation; `label` names the period ("Triwulan I")."""

    label: str
    hasil: Rating
    perilaku: Rating


@dataclass(frozen=True)
class PeriodRow:
    """One period in the summary: its ratings and the predikat the matrix gives them."""

    label: str
    hasil: Rating
    perilaku: Rating
    predikat: Predikat


@dataclass(frozen=True)
class PeriodWarning:
    """An annual rating that contradicts the periods (a note for the appraiser, not a block).

    `rule_id` is AGAINST_MAJORITY or OUTSIDE_PERIODS, `aspect` HASIL or PERILAKU, `reference`
    the majority rating (or the best/worst period rating it lies beyond).
    """

    rule_id: str
    aspect: str
    annual: Rating
    reference: Rating
    msgid: str
    params: Mapping[str, Any] = field(hash=False)
    context: str = CONTEXT

    def __str__(self) -> str:
        return format_message(self.msgid, self.params)


@dataclass(frozen=True)
class PeriodSummary:
    """Periods side by side with counts per rating / predikat, the annual result and warnings.

    The count mappings have every member as a key (0 where absent). `annual_predikat` is None
    unless both annual ratings are given.
    """

    periods: tuple[PeriodRow, ...]
    hasil_counts: Mapping[Rating, int]
    perilaku_counts: Mapping[Rating, int]
    predikat_counts: Mapping[Predikat, int]
    annual_hasil: Rating | None
    annual_perilaku: Rating | None
    annual_predikat: Predikat | None
    warnings: tuple[PeriodWarning, ...]


def _period(item: Any) -> PeriodRating:
    if isinstance(item, PeriodRating):
        label, hasil, perilaku = item.label, item.hasil, item.perilaku
    elif isinstance(item, tuple) and len(item) == 3:
        label, hasil, perilaku = item
    else:
        raise RuleError(
            N_("scoring", "period {value} is not a (label, hasil, perilaku) triple"),
            {"value": repr(item)},
        )
    if not isinstance(label, str) or not label.strip():
        raise RuleError(
            N_("scoring", "period label {value} is empty or not text"), {"value": repr(label)}
        )
    return PeriodRating(label.strip(), Rating.coerce(hasil), Rating.coerce(perilaku))


def _check(aspect: str, annual: Rating, ratings: list[Rating]) -> PeriodWarning | None:
    total = len(ratings)
    counts = Counter(ratings)
    leader, count = counts.most_common(1)[0]
    if 2 * count > total:
        if annual is leader:
            return None
        rule, reference, direction = AGAINST_MAJORITY, leader, ""
        params: dict[str, Any] = {"count": count, "total": total}
    else:
        best = max(ratings, key=lambda r: r.rank)
        worst = min(ratings, key=lambda r: r.rank)
        if annual.rank > best.rank:
            reference, direction = best, "better"
        elif annual.rank < worst.rank:
            reference, direction = worst, "worse"
        else:
            return None
        rule = OUTSIDE_PERIODS
        params = {}
    params |= {"annual": annual.label, "reference": reference.label}
    msgid = _MSGIDS[(rule, aspect, direction)]
    return PeriodWarning(rule, aspect, annual, reference, msgid, params)


def summarize_periods(
    periodic: Iterable[PeriodRating | tuple[str, Rating, Rating]],
    annual_hasil: Rating | None = None,
    annual_perilaku: Rating | None = None,
) -> PeriodSummary:
    """Lay out a year's periodic ratings and compare the annual ratings with them.

    `periodic` holds `PeriodRating`s or (label, hasil, perilaku) triples in period order;
    labels must be unique. Ratings may be members or their stored values. The annual
    ratings are optional (not yet given). Returns a `PeriodSummary`; warnings follow the
    rules in the module docstring and never change any rating.
    """
    periods = [_period(item) for item in periodic]
    seen: set[str] = set()
    for p in periods:
        if p.label in seen:
            raise RuleError(
                N_("scoring", "period label {value} appears twice"), {"value": repr(p.label)}
            )
        seen.add(p.label)
    hasil = None if annual_hasil is None else Rating.coerce(annual_hasil)
    behaviour = None if annual_perilaku is None else Rating.coerce(annual_perilaku)

    rows = tuple(
        PeriodRow(p.label, p.hasil, p.perilaku, predikat(p.hasil, p.perilaku)) for p in periods
    )
    warnings = []
    for aspect, annual, ratings in (
        (HASIL, hasil, [r.hasil for r in rows]),
        (PERILAKU, behaviour, [r.perilaku for r in rows]),
    ):
        if annual is not None and ratings:
            warning = _check(aspect, annual, ratings)
            if warning is not None:
                warnings.append(warning)

    def tally(members: Iterable[Any], values: list[Any]) -> Mapping[Any, int]:
        counted = Counter(values)
        return MappingProxyType({m: counted.get(m, 0) for m in members})

    return PeriodSummary(
        periods=rows,
        hasil_counts=tally(Rating, [r.hasil for r in rows]),
        perilaku_counts=tally(Rating, [r.perilaku for r in rows]),
        predikat_counts=tally(Predikat, [r.predikat for r in rows]),
        annual_hasil=hasil,
        annual_perilaku=behaviour,
        annual_predikat=None if hasil is None or behaviour is None else predikat(hasil, behaviour),
        warnings=tuple(warnings),
    )
