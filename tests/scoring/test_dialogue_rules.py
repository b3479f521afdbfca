"""When a poor predikat has its konseling kinerja (scoring/dialogue.py): the linked record,
an unlinked one within the period and the next quarter, a dialog kinerja never counts."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring.dialogue import (
    FOLLOW_UP_DAYS,
    DialogueKind,
    Held,
    PoorResult,
    check_dates,
    counselled,
    missing_counselling,
    window,
)
from desktop_app.scoring.ratings import Predikat

Q1 = PoorResult(11, "2026-Q1", Predikat.KURANG)
Q2 = PoorResult(12, "2026-Q2", Predikat.BUTUH_PERBAIKAN)
KONSELING, DIALOG = DialogueKind.COUNSELLING, DialogueKind.DIALOGUE


def test_window_is_the_period_and_the_next_quarter():
    assert window("2026-Q1") == (dt.date(2026, 1, 1), dt.date(2026, 3, 31) + dt.timedelta(92))
    assert window("2026-Q1")[1] == dt.date(2026, 7, 1)


def test_linked_counselling_counts_whenever_held():
    held = Held(KONSELING, dt.date(2027, 5, 1), 11)
    assert counselled(Q1, [held]) == held


def test_unlinked_counselling_counts_inside_the_window_only():
    inside = Held(KONSELING, dt.date(2026, 4, 10))
    late = Held(KONSELING, dt.date(2026, 7, 2))
    early = Held(KONSELING, dt.date(2025, 12, 31))
    assert counselled(Q1, [late, early, inside]) == inside
    assert counselled(Q1, [late, early]) is None


def test_dialog_or_counselling_of_another_evaluation_does_not_count():
    records = [Held(DIALOG, dt.date(2026, 4, 10), 11), Held(KONSELING, dt.date(2026, 4, 10), 12)]
    assert missing_counselling([Q1, Q2], records) == [Q1]


def test_a_good_predikat_needs_no_counselling():
    good = PoorResult(13, "2026-Q1", Predikat.BAIK)
    assert missing_counselling([good], []) == []


def test_follow_up_not_before_the_day_held():
    day = dt.date(2026, 4, 10)
    assert check_dates(day, None) is None
    assert check_dates(day, day) is None
    assert check_dates(day, day - dt.timedelta(days=1)) is not None


DAYS = st.dates(dt.date(2025, 10, 1), dt.date(2026, 12, 31))


@given(
    st.lists(st.tuples(st.sampled_from(list(DialogueKind)), DAYS, st.sampled_from([None, 11, 99])))
)
def test_missing_means_no_matching_counselling(records):
    held = [Held(k, d, e) for k, d, e in records]
    first, last = window("2026-Q1")
    matches = any(
        k == KONSELING and (e == 11 or (e is None and first <= d <= last)) for k, d, e in records
    )
    assert (missing_counselling([Q1], held) == []) == matches
    assert FOLLOW_UP_DAYS > 0
