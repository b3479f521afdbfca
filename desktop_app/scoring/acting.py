"""Acting assignments (Pelaksana Tugas / Pelaksana Harian) as dates: which assignment is in
force on a day, and whether two assignments of one position overlap.

An assignment runs from its first day to its last day, both included; an open end (None) runs
until it is ended ("sampai dengan dilantiknya pejabat definitif"). Pure: the services read the
rows and call these with plain values (docs/appraisers.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

K = TypeVar("K")


class ActingKind(StrEnum):
    """Plt (Pelaksana Tugas: a vacant post) or Plh (Pelaksana Harian: the holder is absent)."""

    PLT = "PLT"
    PLH = "PLH"

    @property
    def prefix(self) -> str:
        """What the forms print before the jabatan of the signer: "Plt." / "Plh."."""
        return {"PLT": "Plt.", "PLH": "Plh."}[self.value]


@dataclass(frozen=True)
class Term:
    """The days an assignment runs: `first` to `last` inclusive (`last` None: open-ended)."""

    first: dt.date
    last: dt.date | None = None

    def __post_init__(self) -> None:
        if self.last is not None and self.last < self.first:
            raise ValueError("an assignment cannot end before it starts")

    def covers(self, day: dt.date) -> bool:
        return self.first <= day and (self.last is None or day <= self.last)

    def overlaps(self, other: Term) -> bool:
        """True when one day at least belongs to both terms."""
        starts_before_other_ends = other.last is None or self.first <= other.last
        other_starts_before_end = self.last is None or other.first <= self.last
        return starts_before_other_ends and other_starts_before_end


def in_force(terms: Iterable[tuple[K, Term]], day: dt.date) -> K | None:
    """The key of the assignment running on `day` (the latest-starting one if the data holds
    an overlap the services would have refused), None when none runs."""
    found: tuple[K, Term] | None = None
    for key, term in terms:
        if term.covers(day) and (found is None or term.first >= found[1].first):
            found = (key, term)
    return found[0] if found else None


def first_overlap(term: Term, others: Sequence[tuple[K, Term]]) -> K | None:
    """The key of the first of `others` that shares a day with `term`, None when none does."""
    for key, other in others:
        if term.overlaps(other):
            return key
    return None


def acting_position(kind: ActingKind | str | None, position: str) -> str:
    """The jabatan as printed: "Plt. Kepala Bidang ..." (kind None or "": as it is)."""
    if not kind:
        return position
    prefix = ActingKind(kind).prefix
    return f"{prefix} {position}".strip() if position else prefix


def read_acting_note(note: str) -> tuple[str, str, str]:
    """(jabatan acted in, who acted, decree) of a status history's `acting` note as
    `appraiser_chain.Appraiser.acting_note` writes it ("Plt. Kepala Bidang Pelayanan: Rina
    Wulandari (821.2/45/SK/2026)"); a note of another shape is the jabatan alone."""
    note = " ".join((note or "").split())
    position, sep, rest = note.partition(": ")
    if not sep:
        return note, "", ""
    decree = ""
    if rest.endswith(")") and " (" in rest:
        rest, _, decree = rest[:-1].rpartition(" (")
    return position, rest, decree
