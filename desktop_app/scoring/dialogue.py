"""Dialog kinerja and konseling kinerja (PermenPANRB 8/2021; domain.md §9, §13.12): the kinds
of record and when a poor predikat still lacks its konseling kinerja.

A final poor predikat (Butuh Perbaikan, Kurang, Sangat Kurang) of a period is followed up by
a konseling kinerja record that is linked to that evaluation, or, unlinked, held from the
first day of the period up to `FOLLOW_UP_DAYS` days after its last day (the next quarter,
when the next evaluation shows whether it helped). Pure: the services pass plain values
(docs/pppk_contracts.md, "Dialog kinerja").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.ratings import Predikat
from desktop_app.scoring.reference import N_

FOLLOW_UP_DAYS = 92
POOR = frozenset({Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG})
MAX_TEXT = 4000  # topic, agreement: a page of the printed record at most
MAX_OTHERS = 20  # other participants


class DialogueKind(StrEnum):
    DIALOGUE = "DIALOG"  # dialog kinerja: the regular conversation on performance
    COUNSELLING = "KONSELING"  # konseling kinerja: after a poor predikat


KIND_LABELS = {
    DialogueKind.DIALOGUE.value: N_("scoring", "Dialog kinerja (performance dialogue)"),
    DialogueKind.COUNSELLING.value: N_("scoring", "Konseling kinerja (performance counselling)"),
}
KIND_PRINTED = {
    DialogueKind.DIALOGUE.value: "DIALOG KINERJA",
    DialogueKind.COUNSELLING.value: "KONSELING KINERJA",
}


@dataclass(frozen=True)
class Held:
    """A record as the rule reads it: its kind, its day and the evaluation it follows up."""

    kind: DialogueKind
    day: dt.date
    evaluation_id: int | None = None


@dataclass(frozen=True)
class PoorResult:
    """A final poor predikat: its evaluation, period key and predikat."""

    evaluation_id: int
    period_key: str
    predikat: Predikat


def window(period_key: str) -> tuple[dt.date, dt.date]:
    """The days in which an unlinked konseling counts for the period's result."""
    period = PeriodKey.parse(period_key)
    return period.first_day, period.last_day + dt.timedelta(days=FOLLOW_UP_DAYS)


def counselled(result: PoorResult, records: Iterable[Held]) -> Held | None:
    """The konseling kinerja that follows up `result` (the linked one first), None when none."""
    first, last = window(result.period_key)
    unlinked = None
    for held in records:
        if held.kind != DialogueKind.COUNSELLING:
            continue
        if held.evaluation_id == result.evaluation_id:
            return held
        if held.evaluation_id is None and first <= held.day <= last and unlinked is None:
            unlinked = held
    return unlinked


def missing_counselling(results: Sequence[PoorResult], records: Sequence[Held]) -> list[PoorResult]:
    """The poor results (in the order given) that no konseling kinerja follows up."""
    return [r for r in results if r.predikat in POOR and counselled(r, records) is None]


def check_dates(held_on: dt.date, follow_up_on: dt.date | None) -> str | None:
    """An English message when the follow-up day comes before the day held, else None."""
    if follow_up_on is not None and follow_up_on < held_on:
        return N_("scoring", "The follow-up date ({follow}) is before the day held ({held}).")
    return None
