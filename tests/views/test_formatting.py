"""In Indonesian the screens write dates and numbers exactly as QLocale("id_ID") would (the
text comes from scoring.indonesian_format, shared with the forms); English stays QLocale's."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale

from desktop_app.views import formatting

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture
def locale():
    """Sets the default QLocale for one test and restores it."""
    before = QLocale()

    def use(chosen: QLocale) -> None:
        QLocale.setDefault(chosen)

    yield use
    QLocale.setDefault(before)


def _qt_number(value: float, decimals: int) -> str:
    text = INDONESIAN.toString(value, "f", decimals)
    if decimals and "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False) | st.integers(-(10**9), 10**9),
    st.integers(min_value=0, max_value=3),
)
def test_indonesian_numbers_are_qlocales(value: float, decimals: int) -> None:
    before = QLocale()
    QLocale.setDefault(INDONESIAN)
    try:
        assert formatting.format_number(value, decimals) == _qt_number(float(value), decimals)
    finally:
        QLocale.setDefault(before)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)), st.integers(0, 90))
def test_indonesian_dates_are_qlocales(first: dt.date, days: int) -> None:
    last = first + dt.timedelta(days=days)
    before = QLocale()
    QLocale.setDefault(INDONESIAN)
    try:
        q_first = QDate(first.year, first.month, first.day)
        assert formatting.format_date(first) == INDONESIAN.toString(q_first, "d MMMM yyyy")
        if days and first.year == last.year:
            pattern = "d" if first.month == last.month else "d MMMM"
            expected = f"{INDONESIAN.toString(q_first, pattern)} – {formatting.format_date(last)}"
            assert formatting.format_date_range(first, last) == expected
    finally:
        QLocale.setDefault(before)


def test_examples_in_both_languages(locale) -> None:
    locale(INDONESIAN)
    assert formatting.format_date(dt.date(2026, 12, 3)) == "3 Desember 2026"
    assert formatting.format_number(1234567.891) == "1.234.567,89"
    assert formatting.format_rupiah(1_800_000) == "Rp 1.800.000"
    assert formatting.format_date_range(dt.date(2026, 2, 28), dt.date(2026, 3, 2)) == (
        "28 Februari – 2 Maret 2026"
    )
    locale(ENGLISH)
    assert formatting.format_date(dt.date(2026, 12, 3)) == "3 December 2026"
    assert formatting.format_number(1234567.891) == "1,234,567.89"
    assert formatting.format_rupiah(1_800_000) == "Rp 1,800,000"
    assert formatting.format_number(None) == ""
    assert formatting.parse_rupiah("Rp 3.500.000") == 3_500_000


@pytest.mark.parametrize(
    ("value", "decimals", "indonesian", "english"),
    [
        (Decimal("99999999999999999999999"), 2, "99.999.999.999.999.999.999.999",
         "99,999,999,999,999,999,999,999"),
        (10**20 + 1, 0, "100.000.000.000.000.000.001", "100,000,000,000,000,000,001"),
        (Decimal("2.675"), 2, "2,68", "2.68"),
        (Decimal("1234567.891"), 3, "1.234.567,891", "1,234,567.891"),
    ],
)  # fmt: skip
def test_an_exact_number_is_written_exactly(locale, value, decimals, indonesian, english) -> None:
    """A Decimal or an int is written digit for digit (issue 18, defect 5): the message of a
    refused target "99999999999999999999999" quoted 99.999.999.999.999.991.611.392, the
    float the number went through; 2,675 rounded half up is 2,68, not the float's 2,67."""
    locale(INDONESIAN)
    assert formatting.format_number(value, decimals) == indonesian
    locale(ENGLISH)
    assert formatting.format_number(value, decimals) == english


def test_a_period_is_named_as_the_screens_and_forms_name_it():
    from desktop_app.views.formatting import format_period

    assert format_period("2026-Q1") == "Triwulan I 2026"
    assert format_period("2026-S2") == "Semester II 2026"
    assert format_period("2026") == "Tahunan 2026"
