"""Choices for forms and filters from the reference code tables (scoring.reference).

Views take their lists from here so they never reach into the rules package themselves.
Each choice is (stored code, label shown); labels are the official Indonesian terms.
"""

from __future__ import annotations

from desktop_app.scoring import reference
from desktop_app.scoring.reference import EmployeeKind, JfLevel, PositionType


def grade_choices(kind: str | None) -> list[tuple[str, str]]:
    """Golongan of one kind, junior first: ("III/b", "III/b — Penata Muda Tingkat I")."""
    if kind not in ("PNS", "PPPK"):
        return []
    return [
        (g.code, f"{g.code} — {g.rank}" if g.rank else g.code)
        for g in reference.grades_for(EmployeeKind(kind))
    ]


def all_grade_codes() -> list[str]:
    """Every golongan code, PNS first then PPPK, for a filter."""
    return [code for kind in ("PNS", "PPPK") for code, _ in grade_choices(kind)]


def position_type_choices() -> list[tuple[str, str]]:
    return [(p.value, p.label) for p in PositionType]


def jf_level_choices() -> list[tuple[str, str]]:
    return [(level.value, level.label) for level in JfLevel]


def echelon_choices() -> list[tuple[str, str]]:
    return [(e.code, e.label) for e in reference.ECHELONS]
