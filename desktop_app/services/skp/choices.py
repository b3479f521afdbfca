"""Choices for the SKP editor from the code tables (scoring.codes), so views never reach into
the rules package: (stored code, label shown)."""

from __future__ import annotations

from desktop_app.scoring.codes import (
    BERAKHLAK,
    SKP_APPROACHES,
    SKP_ASPECTS,
    SKP_PERSPECTIVES,
    CoreValue,
)


def approach_choices() -> list[tuple[str, str]]:
    return list(SKP_APPROACHES.data.items())


def aspect_choices() -> list[tuple[str, str]]:
    return list(SKP_ASPECTS.data.items())


def perspective_choices() -> list[tuple[str, str]]:
    return list(SKP_PERSPECTIVES.data.items())


def core_values() -> tuple[CoreValue, ...]:
    """The seven BerAKHLAK values with their official behaviour guides."""
    return BERAKHLAK.data
