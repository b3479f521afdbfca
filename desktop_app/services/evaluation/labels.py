"""Ratings and predikat as the evaluation screens offer and show them: (stored key, official
label) choices and the predikat a pair of ratings gives while the user chooses."""

from __future__ import annotations

from desktop_app.scoring import OrgPredikat, Predikat, Rating
from desktop_app.services.evaluation.values import predikat_of, read_rating


def rating_choices() -> list[tuple[str, str]]:
    """(stored key, official label) of the three ratings, best first."""
    return [(r.value, r.label) for r in Rating]


def predikat_label(hasil: Rating | str | None, perilaku: Rating | str | None) -> str:
    """The predikat the matrix gives for two ratings ("" while one is missing), so the screen
    shows it as the ratings change; the stored one is always recomputed by the service."""
    found = predikat_of(read_rating(hasil, "hasil"), read_rating(perilaku, "perilaku"))
    return found.label if found is not None else ""


def stored_predikat_label(key: Predikat | str | None) -> str:
    """The label of a stored predikat ("" for none)."""
    return Predikat(key).label if key else ""


def org_predikat_choices() -> list[tuple[str, str]]:
    """(stored key, official label) of the organisation predikat, best first."""
    return [(o.value, o.label) for o in OrgPredikat]


def predikat_scale() -> list[tuple[Predikat, str]]:
    """The employee predikat as the distribution curve lays them out: Sangat Kurang on the
    left to Sangat Baik on the right (domain.md §7.2)."""
    return [(p, p.label) for p in reversed(list(Predikat))]
