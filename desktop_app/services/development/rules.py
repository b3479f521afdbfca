"""The development rules of `scoring.idp` with the period names of the evaluation service
passed in: which gaps an IDP proposes, when it becomes required, which follow-up is
suggested and when poor predikat come one after another. The services, the screens, the
printed IDP and the demo call these, so all of them name and order periods alike."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.scoring import idp
from desktop_app.scoring.idp import (
    BEHAVIOUR,
    COACHING,
    COMPETENCE_TYPES,
    COMPETENCE_WORDS,
    MANAJERIAL,
    MENTORING,
    NO_FOLLOW_UP,
    POOR,
    RESULT,
    SOSIAL_KULTURAL,
    STRUCTURAL,
    TEKNIS,
    VALUE,
    EvaluationFacts,
    FollowUp,
    GapInput,
    poor_streak,
    suggestion_origins,
    suggestion_title,
    suggestions_for,
)
from desktop_app.services.evaluation.evaluations import parse_period_key, period_label

__all__ = [
    "BEHAVIOUR",
    "COACHING",
    "COMPETENCE_TYPES",
    "COMPETENCE_WORDS",
    "MANAJERIAL",
    "MENTORING",
    "NO_FOLLOW_UP",
    "PERIODS",
    "POOR",
    "RESULT",
    "SOSIAL_KULTURAL",
    "STRUCTURAL",
    "TEKNIS",
    "VALUE",
    "EvaluationFacts",
    "FollowUp",
    "GapInput",
    "chronological",
    "follow_up",
    "period_words",
    "poor_streak",
    "propose",
    "required_reason",
    "suggestion_origins",
    "suggestion_title",
    "suggestions_for",
    "when",
]


class _EvaluationPeriods:
    """`scoring.idp.PeriodNames` from the evaluation service's period keys."""

    def words(self, key: str) -> str:
        year, _ = parse_period_key(key)
        return f"{period_label(key)} {year}"

    def when(self, key: str) -> tuple[int, int, str]:
        year, part = parse_period_key(key)
        return (year, 1 if not part else 0, part)


PERIODS = _EvaluationPeriods()


def period_words(key: str) -> str:
    """ "Triwulan II 2026", "Tahunan 2025"."""
    return PERIODS.words(key)


def when(key: str) -> tuple[int, int, str]:
    """Sort key of a period key: a year's periods in order, then its annual key."""
    return PERIODS.when(key)


def chronological(keys: Iterable[str]) -> list[str]:
    """Period keys in the order they happened."""
    return idp.chronological(keys, PERIODS)


def follow_up(sequence: Sequence[str], predikat_by_key: dict[str, str | None]) -> FollowUp:
    """`scoring.idp.follow_up` with the evaluation service's period names."""
    return idp.follow_up(sequence, predikat_by_key, PERIODS)


def required_reason(follow: FollowUp) -> str:
    """`scoring.idp.required_reason` with the evaluation service's period names."""
    return idp.required_reason(follow, PERIODS)


def propose(facts: Iterable[EvaluationFacts], position_type: str = "") -> list[GapInput]:
    """`scoring.idp.propose` with the evaluation service's period names."""
    return idp.propose(facts, PERIODS, position_type)
