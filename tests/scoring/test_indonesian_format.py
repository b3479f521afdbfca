"""Indonesian dates, numbers, rupiah and JP: hand-checked examples, then properties."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring.indonesian_format import (
    MONTHS,
    format_date,
    format_date_span,
    format_jp,
    format_number,
    format_rupiah,
    month_name,
    parse_month,
    parse_rupiah,
)


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2026, 12, 3), "3 Desember 2026"),
        (dt.date(2026, 1, 31), "31 Januari 2026"),
        (dt.date(2024, 2, 29), "29 Februari 2024"),
        (dt.date(2026, 8, 17), "17 Agustus 2026"),
    ],
)
def test_dates(day: dt.date, text: str) -> None:
    assert format_date(day) == text


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        (dt.date(2026, 3, 3), dt.date(2026, 3, 5), "3 – 5 Maret 2026"),
        (dt.date(2026, 2, 28), dt.date(2026, 3, 2), "28 Februari – 2 Maret 2026"),
        (dt.date(2026, 12, 30), dt.date(2027, 1, 2), "30 Desember 2026 – 2 Januari 2027"),
        (dt.date(2026, 5, 1), dt.date(2026, 5, 1), "1 Mei 2026"),
    ],
)
def test_date_spans(first: dt.date, last: dt.date, text: str) -> None:
    assert format_date_span(first, last) == text


def test_month_names() -> None:
    assert len(MONTHS) == 12
    assert (month_name(1), month_name(6), month_name(12)) == ("Januari", "Juni", "Desember")
    assert [parse_month(w) for w in ("Januari", " pebruari ", "AGT", "Nopember", "may")] == [
        1,
        2,
        8,
        11,
        5,
    ]
    assert parse_month("Sasi") is None


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (Decimal("1234567.89"), 2, "1.234.567,89"),
        (Decimal("1250"), 2, "1.250"),
        (Decimal("2.50"), 2, "2,5"),
        (Decimal("12.345"), 2, "12,35"),  # half up
        (Decimal("0.005"), 2, "0,01"),
        (Decimal("-3.456"), 2, "-3,46"),
        (999, 2, "999"),
        (1000, 0, "1.000"),
        (1234567.891, 2, "1.234.567,89"),
        (2.675, 2, "2,67"),  # the float holds 2.67499999...
        ("80", 2, "80"),
        (Decimal("1E+3"), 2, "1.000"),
        (-0.0, 0, "0"),
        (-0.004, 2, "-0"),
    ],
)
def test_numbers(value: Decimal | int | float | str, decimals: int, text: str) -> None:
    assert format_number(value, decimals) == text


def test_rupiah_and_jp() -> None:
    assert format_rupiah(1_800_000) == "Rp 1.800.000"
    assert format_rupiah(500) == "Rp 500"
    assert format_jp(Decimal("12.5")) == "12,5 JP"
    assert format_jp(20) == "20 JP"
    assert parse_rupiah("Rp 3.500.000") == 3_500_000
    assert parse_rupiah("3,500,000") == 3_500_000
    assert parse_rupiah("  ") is None


@given(st.dates())
def test_a_date_reads_back(day: dt.date) -> None:
    number, month, year = format_date(day).split(" ")
    assert dt.date(int(year), parse_month(month) or 0, int(number)) == day


@given(st.dates(), st.dates())
def test_a_span_ends_with_its_last_day(a: dt.date, b: dt.date) -> None:
    first, last = min(a, b), max(a, b)
    text = format_date_span(first, last)
    assert text.endswith(format_date(last))
    assert text.startswith(str(first.day))


@given(st.decimals(min_value=-(10**15), max_value=10**15, places=2))
def test_a_number_reads_back(value: Decimal) -> None:
    text = format_number(value)
    assert Decimal(text.replace(".", "").replace(",", ".")) == value
    whole = text.lstrip("-").split(",")[0]
    assert all(len(group) == 3 for group in whole.split(".")[1:])
    assert 1 <= len(whole.split(".")[0]) <= 3


@given(st.integers(min_value=0, max_value=10**15))
def test_rupiah_reads_back(value: int) -> None:
    text = format_rupiah(value)
    assert text.startswith("Rp ")
    assert "," not in text
    assert parse_rupiah(text) == value
