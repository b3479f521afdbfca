"""The rules of the daily log: minutes, overlaps (hand-checked examples and hypothesis), the
stored HH:MM form, the month text and the state of a calendar day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.scoring import daily_log as rules
from desktop_app.scoring.daily_log import DayState, Stretch


def test_hand_checked_overlaps_and_minutes():
    a, b, c = Stretch(1, 480, 600), Stretch(2, 600, 660), Stretch(3, 630, 700)
    assert rules.overlapping([a, b, c]) == [(2, 3)]  # touching ends do not overlap
    assert rules.total_minutes([a, b, c]) == 120 + 60 + 70
    assert rules.overlapping([Stretch(1, 480, 720), Stretch(2, 540, 600)]) == [(1, 2)]


stretch = st.tuples(st.integers(0, 1438), st.integers(1, 600)).map(
    lambda p: (p[0], min(1439, p[0] + p[1]))
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a loaded machine
@given(st.lists(stretch, max_size=8))
def test_overlaps_are_exactly_the_pairs_that_share_a_minute(pairs):
    stretches = [Stretch(n, a, b) for n, (a, b) in enumerate(pairs)]
    found = {tuple(sorted(p)) for p in rules.overlapping(stretches)}
    expected = {
        (x.key, y.key)
        for x in stretches
        for y in stretches
        if x.key < y.key and max(x.start, y.start) < min(x.end, y.end)
    }
    assert found == expected


@settings(deadline=None)
@given(st.integers(0, 23 * 60 + 59))
def test_hhmm_round_trips(minutes):
    assert rules.parse_hhmm(rules.hhmm(minutes)) == minutes


@pytest.mark.parametrize("text", ["8:00", "24:00", "08:60", "0800", "ab:cd", ""])
def test_a_stored_time_is_exactly_hh_mm(text):
    with pytest.raises(ValueError):
        rules.parse_hhmm(text)


@pytest.mark.parametrize("text", ["2026-13", "2026-1", "26-11", "2026/11", "", "1800-01"])
def test_a_month_is_yyyy_mm(text):
    with pytest.raises(ValueError):
        rules.parse_month(text)
    assert rules.parse_month(" 2026-11 ") == (2026, 11)


def test_day_states():
    today = dt.date(2026, 12, 3)
    monday = dt.date(2026, 11, 30)
    assert rules.day_state(monday, 360, today=today) is DayState.FILLED
    assert rules.day_state(monday, 359, today=today) is DayState.PARTLY
    assert rules.day_state(monday, 0, today=today) is DayState.EMPTY
    assert rules.day_state(monday, 0, today=today, leave=True) is DayState.LEAVE
    assert rules.day_state(monday, 0, today=today, holiday=True) is DayState.HOLIDAY
    assert rules.day_state(dt.date(2026, 11, 29), 0, today=today) is DayState.HOLIDAY  # Sunday
    assert rules.day_state(dt.date(2026, 12, 4), 0, today=today) is DayState.FUTURE
    assert len(rules.working_days(2026, 12, [dt.date(2026, 12, 25)])) == 22
