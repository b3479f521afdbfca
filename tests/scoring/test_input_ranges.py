"""The parsers of typed numbers and amounts (indonesian_format) and the domain ranges
(input_ranges): what is accepted is read exactly, everything else is refused (issue 18)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring import input_ranges
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.indonesian_format import (
    format_number,
    format_rupiah,
    parse_english_number,
    parse_jp,
    parse_number,
    parse_percent,
    parse_rupiah,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1800000", Decimal(1800000)),
        ("1.800.000", Decimal(1800000)),
        ("2,5", Decimal("2.5")),
        ("1.234,56", Decimal("1234.56")),
        ("  7 ", Decimal(7)),
        ("-3", Decimal(-3)),
        ("", None),
    ],
)
def test_indonesian_numbers_read_exactly(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text", ["abc", "sembilan puluh", "1.5", "1,800,000", "1,234", "1.80.000", "12 JP", "1e5"]
)
def test_anything_else_is_refused(text):
    with pytest.raises(RuleError):
        parse_number(text)


def test_a_decimal_point_is_refused_with_how_to_type_it():
    with pytest.raises(RuleError, match="comma"):
        parse_number("1.5")


def test_english_numbers():
    assert parse_english_number("1,234.5") == Decimal("1234.5")
    with pytest.raises(RuleError):
        parse_english_number("1.234,5")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rp 1.800.000,00", 1_800_000),
        ("Rp 1.800.000,-", 1_800_000),
        ("Rp. 1.800.000", 1_800_000),
        ("rp1800000", 1_800_000),
        ("Rp1,8 juta", 1_800_000),
        ("750 rb", 750_000),
        ("2 miliar", 2_000_000_000),
        ("3,500,000", 3_500_000),
        ("1,800", 1_800),
    ],
)
def test_rupiah_accepted(text, value):
    assert parse_rupiah(text) == value


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("seribu rupiah", "not an amount"),
        ("Rp 1.800.000,50", "whole rupiah"),
        ("Rp 1,5", "whole rupiah"),
        ("-5", "negative"),
        ("Rp", "after Rp"),
    ],
)
def test_rupiah_refused_with_the_reason(text, why):
    with pytest.raises(RuleError, match=why):
        parse_rupiah(text)


@given(st.integers(min_value=0, max_value=10**15))
def test_a_formatted_amount_reads_back(value):
    assert parse_rupiah(format_rupiah(value)) == value
    assert parse_rupiah(format_rupiah(value) + ",00") == value


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False))
def test_a_formatted_number_reads_back(value):
    assert parse_number(format_number(value)) == value


def test_percent_and_jp():
    assert parse_percent("75,5 %") == Decimal("75.5")
    assert parse_jp("12,5 JP") == Decimal("12.5")


def test_target_range():
    assert input_ranges.check_target(Decimal(0)) == 0
    assert input_ranges.check_target(input_ranges.TARGET_MAX) == input_ranges.TARGET_MAX
    for bad in (Decimal(-1), input_ranges.TARGET_MAX + 1, Decimal("1E23")):
        with pytest.raises(RuleError):
            input_ranges.check_target(bad)


def test_jp_is_bound_by_the_days_of_the_activity():
    start, end = dt.date(2026, 3, 2), dt.date(2026, 3, 6)
    assert input_ranges.max_jp(start, end) == 5 * input_ranges.MAX_JP_PER_DAY
    assert input_ranges.check_jp(Decimal(60), start, end) == 60
    with pytest.raises(RuleError, match="5 days"):
        input_ranges.check_jp(Decimal(99_999_999), start, end)
    with pytest.raises(RuleError):
        input_ranges.check_jp(Decimal(-1))
    assert input_ranges.max_jp(None, end) == input_ranges.MAX_JP_UNDATED


@given(st.dates(), st.integers(min_value=0, max_value=400))
def test_one_day_more_holds_one_day_of_jp_more(start, days):
    end = (
        start + dt.timedelta(days=days)
        if start.toordinal() + days < dt.date.max.toordinal()
        else start
    )
    assert input_ranges.max_jp(start, end) == ((end - start).days + 1) * input_ranges.MAX_JP_PER_DAY


@pytest.mark.parametrize("text", ["130 usulan", "1.250 dokumen", "97,5", "0"])
def test_a_realisasi_starts_with_a_number(text):
    assert input_ranges.read_realisasi(text) is not None


@pytest.mark.parametrize("text", ["sembilan puluh", "-5 usulan", "banyak"])
def test_a_realisasi_that_does_not_is_refused(text):
    with pytest.raises(RuleError):
        input_ranges.read_realisasi(text)


def test_stored_numbers():
    assert input_ranges.stored_decimal("1500") == 1500
    assert input_ranges.stored_text(Decimal("2.50")) == "2.5"
    assert input_ranges.stored_text(Decimal("1500")) == "1500"
    for bad in ("abc", "1e5", "1.500.000"):
        with pytest.raises(RuleError):
            input_ranges.stored_decimal(bad)
