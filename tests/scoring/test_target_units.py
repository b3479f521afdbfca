"""The range of a quantitative target and its realisasi by the kind of its unit (issue 18:
a target of 150 % was accepted, persen ranges ran to 1e9)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring import input_ranges
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.target_units import (
    COUNT_MAX,
    Target,
    UnitKind,
    check_for_unit,
    stored_target,
    unit_kind,
)


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("persen", UnitKind.PERCENT),
        ("%", UnitKind.PERCENT),
        ("Persen ", UnitKind.PERCENT),
        ("hari kerja", UnitKind.TIME),
        ("bulan", UnitKind.TIME),
        ("menit", UnitKind.TIME),
        ("rupiah", UnitKind.MONEY),
        ("juta rupiah", UnitKind.MEASURE),
        ("nilai IKM", UnitKind.MEASURE),
        ("km", UnitKind.MEASURE),
        ("dokumen", UnitKind.COUNT),
        ("per 1.000 kelahiran hidup", UnitKind.MEASURE),  # a rate
        ("", UnitKind.COUNT),
    ],
)
def test_the_kind_of_a_unit(unit, kind):
    assert unit_kind(unit) is kind


@pytest.mark.parametrize(
    ("value", "unit", "realisasi", "ok"),
    [
        ("100", "persen", False, True),
        ("100.01", "persen", False, False),
        ("150", "%", False, False),
        ("150", "persen", True, True),  # over-achievement
        ("1000", "persen", True, True),
        ("1000.5", "persen", True, False),
        ("12", "bulan", False, True),
        ("13", "bulan", False, False),
        ("366", "hari", False, True),
        ("367", "hari kerja", False, False),
        ("1250", "dokumen", False, True),
        ("12.5", "dokumen", False, False),  # a count is whole
        ("2.5", "km", False, True),
        ("10000001", "dokumen", False, False),
        ("-1", "km", False, False),
    ],
)
def test_ranges_by_unit(value, unit, realisasi, ok):
    if ok:
        assert check_for_unit(Decimal(value), unit, realisasi=realisasi) == Decimal(value)
    else:
        with pytest.raises(RuleError):
            check_for_unit(Decimal(value), unit, realisasi=realisasi)


@given(st.decimals(min_value=0, max_value=100, places=2))
def test_every_percentage_from_0_to_100_is_a_target(value):
    assert check_for_unit(value, "persen") == value


@given(st.decimals(min_value=Decimal("100.01"), max_value=Decimal("1e30"), places=2))
def test_no_percentage_target_above_100(value):
    with pytest.raises(RuleError, match="between 0 and"):
        check_for_unit(value, "persen")


@given(st.integers(min_value=0, max_value=int(COUNT_MAX)))
def test_every_whole_count_up_to_the_maximum(value):
    assert check_for_unit(Decimal(value), "dokumen") == value


def test_a_realisasi_is_checked_against_its_targets_unit():
    assert input_ranges.read_realisasi("120 persen", "persen") == 120
    with pytest.raises(RuleError):
        input_ranges.read_realisasi("1500 persen", "persen")
    assert input_ranges.read_realisasi("1500 persen") == 1500  # no unit given: generic range


def test_a_stored_target_is_typed():
    assert stored_target("95.5", "persen") == Target(Decimal("95.5"), "persen", "", 1)
    assert stored_target("1250", "dokumen").written() == "1.250 dokumen"
    assert stored_target("95.5", "persen").written("95.5") == "95.5 persen"
    assert stored_target("", "", "Minimal kategori baik").written() == "Minimal kategori baik"
    assert not stored_target("", "", "Minimal kategori baik").quantitative
    assert stored_target("banyak", "dokumen").written() == "banyak dokumen"  # older data kept
