"""The period key: parsing, labels, first and last day, a frequency's keys, the period of a day."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring import RuleError
from desktop_app.scoring.period_key import Frequency, PeriodKey, PeriodKeyError

FREQUENCIES = st.sampled_from([None, *Frequency])
YEARS = st.integers(min_value=1, max_value=9999)


@st.composite
def keys(draw: st.DrawFn) -> PeriodKey:
    year = draw(YEARS)
    frequency = draw(FREQUENCIES)
    if frequency is None:
        return PeriodKey(year)
    return PeriodKey(year, frequency, draw(st.integers(1, 12 // frequency.months)))


@given(keys())
def test_parse_of_str_gives_the_key_back(key):
    assert PeriodKey.parse(str(key)) == key
    assert PeriodKey.parse(f" {str(key).lower()} ") == key


@given(keys())
def test_first_day_is_not_after_last_day(key):
    assert key.first_day <= key.last_day
    assert key.first_day in key and key.last_day in key
    assert key.first_day.year == key.last_day.year == key.year


@given(YEARS, st.sampled_from(list(Frequency)))
def test_the_periods_of_a_frequency_tile_the_year(year, frequency):
    periods = PeriodKey.of_year(year, frequency)
    assert periods[0].first_day == dt.date(year, 1, 1)
    assert periods[-1].last_day == dt.date(year, 12, 31)
    for before, after in itertools.pairwise(periods):
        assert after.first_day == before.last_day + dt.timedelta(days=1)
    assert periods == sorted(periods, key=lambda k: k.sort_key)


@given(st.dates(min_value=dt.date(1, 1, 1)), FREQUENCIES)
def test_the_containing_period_contains_the_day(day, frequency):
    key = PeriodKey.containing(day, frequency)
    assert day in key
    assert key.frequency == (None if frequency is None else frequency)
    if frequency is not None:
        assert key in PeriodKey.of_year(day.year, frequency)


def test_hand_checked_examples():
    q1 = PeriodKey.parse("2026-Q1")
    assert (q1.year, q1.frequency, q1.number, q1.part) == (2026, Frequency.QUARTERLY, 1, "Q1")
    assert (q1.first_day, q1.last_day) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert PeriodKey.parse("2026-Q3").label == "Triwulan III"
    assert PeriodKey.parse("2026-s2").label == "Semester II"
    assert PeriodKey.parse("2026-S2").first_day == dt.date(2026, 7, 1)
    assert PeriodKey.parse("2026-03").label == "Maret"
    assert PeriodKey.parse("2024-02").last_day == dt.date(2024, 2, 29)
    assert PeriodKey.parse("2026").label == "Tahunan"
    assert PeriodKey.parse("2026").is_annual and not q1.is_annual
    assert (PeriodKey.parse("2026").first_day, PeriodKey.parse("2026").last_day) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 12, 31),
    )
    assert [str(k) for k in PeriodKey.of_year(2026, "QUARTERLY")] == [
        "2026-Q1",
        "2026-Q2",
        "2026-Q3",
        "2026-Q4",
    ]
    assert [str(k) for k in PeriodKey.of_year(2028, "SEMESTER")] == ["2028-S1", "2028-S2"]
    assert str(PeriodKey.of_year(2027, "MONTHLY")[0]) == "2027-01"
    assert len(PeriodKey.of_year(2027, "MONTHLY")) == 12
    assert str(PeriodKey.containing(dt.date(2026, 8, 17), "QUARTERLY")) == "2026-Q3"
    assert str(PeriodKey.containing(dt.date(2026, 8, 17), "MONTHLY")) == "2026-08"
    assert str(PeriodKey.containing(dt.date(2026, 6, 30), "SEMESTER")) == "2026-S1"
    assert str(PeriodKey.containing(dt.date(2026, 6, 30), None)) == "2026"
    assert str(PeriodKey.annual_of(2026)) == "2026"
    assert sorted(
        ["2026", "2026-Q2", "2025", "2026-Q1"], key=lambda k: PeriodKey.parse(k).sort_key
    ) == [
        "2025",
        "2026-Q1",
        "2026-Q2",
        "2026",
    ]


@pytest.mark.parametrize(
    "text", ["2026-Q5", "2026-S3", "2026-13", "2026-00", "26", "", None, "2026-"]
)
def test_bad_keys_are_refused_with_the_evaluation_msgid(text):
    with pytest.raises(PeriodKeyError) as info:
        PeriodKey.parse(text)
    assert isinstance(info.value, RuleError)
    assert info.value.context == "evaluations"
    assert info.value.msgid.startswith("Period '{value}' is not known: write 2026, 2026-Q1")
    assert info.value.params == {"value": text}
    assert f"Period '{text}' is not known" in str(info.value)


def test_a_key_out_of_range_cannot_be_built():
    with pytest.raises(PeriodKeyError):
        PeriodKey(2026, Frequency.SEMESTER, 3)
    with pytest.raises(PeriodKeyError):
        PeriodKey(2026, None, 1)
