"""The numbers inside a service's or rule's message are written in the language the message is
shown in (issue 18): "1,000" and "71.4" on an English screen, "1.000" and "71,4" on an
Indonesian one, never the Indonesian form in an English session."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from desktop_app.errors import InputError
from desktop_app.i18n import translator
from desktop_app.scoring import input_ranges, target_units
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.indonesian_format import LocalNumber, number_label
from desktop_app.scoring.reference import N_
from desktop_app.views.messages import error_text

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture(params=["en", "id"])
def language(request, qapp):
    translator.install(request.param)
    yield request.param
    translator.install("en")


def _refusal(check, value):  # type: ignore[no-untyped-def]
    with pytest.raises(RuleError) as info:
        check(value)
    return error_text(info.value)


def test_a_range_message_writes_its_numbers_in_the_screens_language(language):
    text = _refusal(input_ranges.check_angka_kredit, Decimal(2000))
    if language == "en":
        assert text == "2,000 must be between 0 and 1,000."
    else:
        assert "2.000" in text and "1.000" in text and "1,000" not in text


def test_a_decimal_and_a_target_range_in_both_languages(language):
    text = _refusal(input_ranges.check_percent, Decimal("171.45"))
    assert ("171.45 %" if language == "en" else "171,45 %") in text
    big = _refusal(input_ranges.check_target, Decimal("1234567890.5"))
    assert ("1,234,567,890.5" if language == "en" else "1.234.567.890,5") in big
    assert ("1,000,000,000" if language == "en" else "1.000.000.000") in big
    jp = _refusal(
        lambda v: input_ranges.check_jp(v, dt.date(2026, 3, 2), dt.date(2026, 3, 6)),
        Decimal("1234.5"),
    )
    assert ("1,234.5" if language == "en" else "1.234,5") in jp


def test_a_decimal_or_date_a_service_passes_is_written_at_render_time(language):
    per_unit = _refusal(lambda v: target_units.check_for_unit(v, "persen"), Decimal("1234.5"))
    assert ("1,234.5" if language == "en" else "1.234,5") in per_unit
    err = InputError(
        N_("services", "{value} of {day} cannot be saved."),
        value=Decimal("71.4"),
        day=dt.date(2026, 12, 3),
    )
    text = error_text(err)
    if language == "en":
        assert "71.4" in text and "3 December 2026" in text
    else:
        assert "71,4" in text and "3 Desember 2026" in text
    assert "2026-12-03" not in text


def test_the_command_line_reads_english_numbers():
    with pytest.raises(RuleError) as info:
        input_ranges.check_angka_kredit(Decimal(2000))
    assert str(info.value) == "2,000 must be between 0 and 1,000."
    assert str(LocalNumber(Decimal("1234.5"))) == "1,234.5"


@given(
    st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, places=3),
    st.integers(min_value=0, max_value=3),
)
def test_english_numbers_are_qlocales(value: Decimal, decimals: int) -> None:
    quantized = float(value.quantize(Decimal(1).scaleb(-decimals)))  # rounding apart
    expected = ENGLISH.toString(quantized, "f", decimals)
    if decimals and "." in expected:
        expected = expected.rstrip("0").rstrip(".")
    if expected in ("-0", "-0.0"):
        expected = "0"
    assert number_label(Decimal(str(quantized)), decimals, "en") == expected
