"""The kedudukan hukum exemption of one SKP looks at the SKP's own months, not the whole year
(issue 20: CLTN from 1 July exempts the July – December SKP, not the January – June one)."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring.employment_status import Duty, Spell, exempt_in_months, is_exempt
from desktop_app.scoring.skp_months import MonthRange, days_of

CLTN, AKTIF_ONLY, DISCIPLINE = "02", "01", "15"


def test_days_of_months_by_hand():
    assert days_of(MonthRange(1, 6), 2026) == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert days_of(MonthRange(2, 2), 2028) == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))
    assert days_of(MonthRange(), 2026) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_cltn_from_1_july_exempts_the_second_skp_only():
    history = [Spell(CLTN, dt.date(2026, 7, 1))]
    assert exempt_in_months(history, 2026, MonthRange(1, 6)) is None  # 0 of 181 days
    found = exempt_in_months(history, 2026, MonthRange(7, 12))
    assert found is not None and found.reason == "CLTN sejak 1 Juli 2026"
    assert (found.days, found.period_days) == (184, 184)
    # the whole year (the old rule) would exempt a January – December SKP: 184 of 365 days
    assert exempt_in_months(history, 2026, MonthRange()) is not None


def test_cltn_from_1_march_and_an_skp_of_january_to_april():
    history = [Spell(CLTN, dt.date(2026, 3, 1), dt.date(2026, 12, 31))]
    # January – April: 61 of 120 days under CLTN, more than half
    found = exempt_in_months(history, 2026, MonthRange(1, 4))
    assert found is not None and (found.days, found.period_days) == (61, 120)
    # January – May: 92 of 151, exempt; January – February: none of 59, not exempt
    assert exempt_in_months(history, 2026, MonthRange(1, 5)) is not None
    assert exempt_in_months(history, 2026, MonthRange(1, 2)) is None


def test_a_status_that_exempts_from_nothing_never_exempts_an_skp():
    history = [Spell(DISCIPLINE, dt.date(2026, 1, 1))]
    assert exempt_in_months(history, 2026, MonthRange(1, 6)) is None


@st.composite
def _ranges(draw):
    start = draw(st.integers(1, 12))
    return MonthRange(start, draw(st.integers(start, 12)))


@given(
    months=_ranges(),
    year=st.integers(2020, 2035),
    first=st.integers(0, 400),
    length=st.one_of(st.none(), st.integers(0, 400)),
)
def test_the_same_rule_over_the_days_of_the_months(months, year, first, length):
    begin = dt.date(year, 1, 1) + dt.timedelta(days=first - 30)
    history = [Spell(CLTN, begin, None if length is None else begin + dt.timedelta(length))]
    first_day, last_day = days_of(months, year)
    assert first_day == dt.date(year, months.start, 1)
    assert last_day.day == calendar.monthrange(year, months.end)[1]
    assert exempt_in_months(history, year, months) == is_exempt(
        history, first_day, last_day, Duty.SKP
    )


@given(change=st.integers(2, 12), year=st.integers(2020, 2035))
def test_an_open_cltn_from_a_month_exempts_the_skps_from_it_and_none_before(change, year):
    """Two SKPs split at the month before the CLTN: the later one is exempt, the earlier one
    never (none of its days are under CLTN)."""
    history = [Spell(CLTN, dt.date(year, change, 1))]
    before, after = MonthRange(1, change - 1), MonthRange(change, 12)
    assert exempt_in_months(history, year, before) is None
    assert exempt_in_months(history, year, after) is not None
    assert exempt_in_months([Spell(AKTIF_ONLY, dt.date(year, 1, 1))], year, after) is None
