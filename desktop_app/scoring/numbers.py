"""Decimal input handling shared by the numeric rules.

Scores are computed in Decimal so that printed values add up the way people check them by hand;
floats are converted through ``str`` (0.1 stays 0.1, not 0.1000000000000000055...).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.reference import N_

Number = int | float | str | Decimal

CENT = Decimal("0.01")


def quantize2(value: Decimal) -> Decimal:
    """Round to 2 decimals, half up (12.345 -> 12.35), as the archive forms print scores."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_decimal(value: Any, name: str) -> Decimal:
    """`value` (int, float, str or Decimal) as a finite Decimal; RuleError naming it otherwise.

    `name` says which input it is ("waktu target") so the message points at the field.
    """
    if isinstance(value, bool):
        result = None
    elif isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(str(value))
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            result = None
    else:
        result = None
    if result is None or not result.is_finite():
        raise RuleError(
            N_("scoring", "{name} {value} is not a number"), {"name": name, "value": repr(value)}
        )
    return result


def to_decimal_in_range(
    value: Any, name: str, low: Decimal | None = None, high: Decimal | None = None
) -> Decimal:
    """`to_decimal` plus a bounds check (inclusive); the message names value and bounds."""
    result = to_decimal(value, name)
    if (low is not None and result < low) or (high is not None and result > high):
        raise RuleError(
            N_("scoring", "{name} {value} is outside {low}..{high}"),
            {
                "name": name,
                "value": value,
                "low": "" if low is None else low,
                "high": "" if high is None else high,
            },
        )
    return result
