"""Ratings and predikat as the evaluation screens offer and show them: (stored key, official
label) choices and the predikat a pair of ratings gives while the user chooses."""

from __future__ import annotations

from desktop_app.scoring import OrgPredikat, Predikat, Rating
from desktop_app.services.evaluation.values import predikat_of, read_rating


def rating_choices() -> list[tuple[Rating, str]]:
    """(rating, official label) of the three ratings, best first; a screen's choice holds the
    rating's stored key."""
    return [(r, r.label) for r in Rating]


def predikat_label(hasil: Rating | str | None, perilaku: Rating | str | None) -> str:
    """The predikat the matrix gives for two ratings ("" while one is missing), so the screen
    shows it as the ratings change; the stored one is always recomputed by the service."""
    found = predikat_of(read_rating(hasil, "hasil"), read_rating(perilaku, "perilaku"))
    return found.label if found is not None else ""


def org_predikat_choices() -> list[tuple[OrgPredikat, str]]:
    """(organisation predikat, official label), best first."""
    return [(o, o.label) for o in OrgPredikat]


def predikat_scale() -> list[tuple[Predikat, str]]:
    """The employee predikat as the distribution curve lays them out: Sangat Kurang on the
    left to Sangat Baik on the right (domain.md §7.2)."""
    return [(p, p.label) for p in reversed(list(Predikat))]
