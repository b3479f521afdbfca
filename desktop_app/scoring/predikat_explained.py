"""The predikat in plain words: which cell of the kuadran matrix gave it and what it means
(PermenPANRB 6/2022, Lampiran; domain.md §3), for the employee reading their own result.

Messages are marked with N_ (English source, translated by the views); the official labels
of the ratings and the predikat are inserted as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.scoring.ratings import Predikat, Rating, predikat
from desktop_app.scoring.reference import N_

MEANING = {
    Predikat.SANGAT_BAIK: N_(
        "scoring",
        "Both your work results and your work behaviour were above what was expected.",
    ),
    Predikat.BAIK: N_(
        "scoring",
        "Your work results and your work behaviour met what was expected (one of them may "
        "have been above it).",
    ),
    Predikat.BUTUH_PERBAIKAN: N_(
        "scoring",
        "Your work behaviour met or exceeded what was expected, but your work results were "
        "below it: the results need improving.",
    ),
    Predikat.KURANG: N_(
        "scoring",
        "Your work results met or exceeded what was expected, but your work behaviour was "
        "below it: behaviour weighs as much as results.",
    ),
    Predikat.SANGAT_KURANG: N_(
        "scoring",
        "Both your work results and your work behaviour were below what was expected.",
    ),
}

CELL = N_(
    "scoring",
    "Rating hasil kerja \u201c{hasil}\u201d with rating perilaku kerja \u201c{perilaku}\u201d "
    "gives the predikat \u201c{predikat}\u201d in the matrix of PermenPANRB 6/2022.",
)


@dataclass(frozen=True)
class PredikatExplained:
    """The matrix cell and what it means; `cell` and `meaning` are msgids with {fields}."""

    hasil: Rating
    perilaku: Rating
    predikat: Predikat
    cell: str
    meaning: str

    @property
    def fields(self) -> dict[str, str]:
        return {
            "hasil": self.hasil.label,
            "perilaku": self.perilaku.label,
            "predikat": self.predikat.label,
        }


def explain(hasil: Rating | str, perilaku: Rating | str) -> PredikatExplained:
    """The cell of the matrix for the two ratings, with the predikat it gives."""
    hasil_r, perilaku_r = Rating.coerce(hasil), Rating.coerce(perilaku)
    result = predikat(hasil_r, perilaku_r)
    return PredikatExplained(hasil_r, perilaku_r, result, CELL, MEANING[result])
