"""The ranges of the archive appraisal's typed numbers (issue 18, domain.md §6.1), and the
exact way the editor hands a typed number to the service."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring import input_ranges as ranges
from desktop_app.scoring.archive import display_number, parse_number, plain_decimal
from desktop_app.scoring.errors import RuleError

CHECKS = [
    # check, lowest accepted, highest accepted, first refused below, first refused above
    (ranges.check_archive_target, Decimal("0.01"), ranges.TARGET_MAX, Decimal(0), None),
    (ranges.check_archive_realisasi, Decimal(0), ranges.REALISASI_MAX, Decimal("-0.01"), None),
    (ranges.check_kualitas_target, Decimal("0.01"), Decimal(100), Decimal(0), Decimal("100.01")),
    (ranges.check_kualitas_realisasi, Decimal(0), Decimal(200), Decimal(-1), Decimal("200.01")),
    (ranges.check_score, Decimal(0), Decimal(100), Decimal("-0.01"), Decimal("100.01")),
    (ranges.check_months_target, Decimal("0.01"), Decimal(12), Decimal(0), Decimal("12.01")),
    (ranges.check_months, Decimal(0), Decimal(12), Decimal(-1), Decimal(13)),
    (ranges.check_angka_kredit, Decimal(0), Decimal(1000), Decimal("-0.001"), Decimal("1000.001")),
    (ranges.check_tugas_tambahan, Decimal(0), Decimal(99), Decimal(-1), Decimal(100)),
]


@pytest.mark.parametrize(("check", "low", "high", "below", "above"), CHECKS)
def test_bounds(check, low, high, below, above) -> None:
    assert check(low) == low
    assert check(high) == high
    with pytest.raises(RuleError):
        check(below)
    if above is not None:
        with pytest.raises(RuleError):
            check(above)


def test_messages_name_the_bounds() -> None:
    with pytest.raises(RuleError) as err:
        ranges.check_months_target(Decimal(13))
    assert str(err.value) == "13 must be more than 0 and at most 12."
    with pytest.raises(RuleError) as err:
        ranges.check_score(Decimal(101))
    assert str(err.value) == "101 must be between 0 and 100."
    with pytest.raises(RuleError) as err:
        ranges.check_rupiah_target(0)
    assert str(err.value) == "Rp 0: a cost (biaya) target must be more than Rp 0."
    assert ranges.check_rupiah_target(1) == 1
    with pytest.raises(RuleError):
        ranges.check_rupiah_target(ranges.RUPIAH_MAX + 1)


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=3, allow_nan=False))
def test_a_value_handed_to_the_service_is_read_back_exactly(value: Decimal) -> None:
    """The editor gives the service `display_number(plain_decimal(v))`: it must read v again
    (a plain "1.035" would be read as one thousand and thirty-five)."""
    assert parse_number(display_number(plain_decimal(value))) == value


@given(st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False))
def test_every_check_accepts_or_refuses_without_crashing(value: Decimal) -> None:
    for check, low, high, *_ in CHECKS:
        try:
            assert check(value) == value
            assert low <= value <= high
        except RuleError as err:
            assert str(err)
            assert not low <= value <= high
