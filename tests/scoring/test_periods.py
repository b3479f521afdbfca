"""A year's periodic ratings next to the annual one."""

from __future__ import annotations

import pytest

from desktop_app.scoring import (
    PeriodRating,
    Predikat,
    Rating,
    RuleError,
    summarize_periods,
)
from desktop_app.scoring.periods import AGAINST_MAJORITY, HASIL, OUTSIDE_PERIODS, PERILAKU

A, S, B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH

QUARTERS = [
    ("Triwulan I", B, S),
    ("Triwulan II", B, S),
    ("Triwulan III", B, A),
    ("Triwulan IV", S, S),
]


def test_periods_side_by_side_with_counts():
    summary = summarize_periods(QUARTERS, S, S)
    assert [row.label for row in summary.periods] == [q[0] for q in QUARTERS]
    assert [row.predikat for row in summary.periods] == [
        Predikat.BUTUH_PERBAIKAN,
        Predikat.BUTUH_PERBAIKAN,
        Predikat.BUTUH_PERBAIKAN,
        Predikat.BAIK,
    ]
    assert dict(summary.hasil_counts) == {A: 0, S: 1, B: 3}
    assert dict(summary.perilaku_counts) == {A: 1, S: 3, B: 0}
    assert summary.predikat_counts[Predikat.BUTUH_PERBAIKAN] == 3
    assert summary.predikat_counts[Predikat.SANGAT_BAIK] == 0
    assert summary.annual_predikat is Predikat.BAIK


def test_annual_against_the_majority_warns_but_keeps_the_rating():
    summary = summarize_periods(QUARTERS, A, S)
    assert summary.annual_hasil is A  # the supervisor's call stands
    assert summary.annual_predikat is Predikat.BAIK
    (warning,) = summary.warnings
    assert warning.rule_id == AGAINST_MAJORITY
    assert warning.aspect == HASIL
    assert warning.annual is A
    assert warning.reference is B
    assert str(warning) == (
        "Annual rating hasil kerja Di Atas Ekspektasi differs from Di Bawah Ekspektasi, "
        "the rating of 3 of 4 periods"
    )
    assert warning.msgid.format(**warning.params) == str(warning)
    assert warning.context == "scoring"


def test_matching_the_majority_gives_no_warning():
    assert summarize_periods(QUARTERS, B, S).warnings == ()


def test_no_majority_but_outside_every_period_warns():
    periods = [("Semester I", S, A), ("Semester II", A, S)]
    summary = summarize_periods(periods, B, B)
    assert [(w.rule_id, w.aspect, w.reference) for w in summary.warnings] == [
        (OUTSIDE_PERIODS, HASIL, S),
        (OUTSIDE_PERIODS, PERILAKU, S),
    ]
    assert "worse than every period" in str(summary.warnings[0])
    better = summarize_periods([("I", B, S), ("II", S, B)], A, S).warnings
    assert len(better) == 1
    assert "better than every period (best: Sesuai Ekspektasi)" in str(better[0])


def test_no_majority_within_the_range_is_fine():
    periods = [("I", A, S), ("II", B, S)]
    assert summarize_periods(periods, S, S).warnings == ()


def test_without_annual_ratings_or_periods():
    summary = summarize_periods(QUARTERS)
    assert summary.annual_predikat is None
    assert summary.warnings == ()
    empty = summarize_periods([], A, A)
    assert empty.periods == ()
    assert empty.warnings == ()
    assert empty.annual_predikat is Predikat.SANGAT_BAIK


def test_period_rating_objects_and_stored_values():
    summary = summarize_periods(
        [PeriodRating("Januari", A, A), ("Februari", "SESUAI", "DI_ATAS")], "DI_ATAS", None
    )
    assert summary.periods[1].hasil is S
    assert summary.annual_hasil is A
    assert summary.annual_perilaku is None


@pytest.mark.parametrize(
    ("periods", "named"),
    [
        ([("I", A, S), ("I", S, S)], "'I'"),
        ([("", A, S)], "''"),
        ([("I", A)], "('I', <Rating.DI_ATAS: 'DI_ATAS'>)"),
        ([("I", "BAGUS", S)], "'BAGUS'"),
    ],
)
def test_bad_periods_raise_naming_the_value(periods, named):
    with pytest.raises(RuleError) as err:
        summarize_periods(periods)
    assert named in str(err.value)


def test_bad_annual_rating_raises():
    with pytest.raises(ValueError, match="'TOP'"):
        summarize_periods(QUARTERS, "TOP")  # type: ignore[arg-type]
