"""The month ranges of several SKPs in one year and the annual reference (scoring.skp_months):
hand-checked examples and hypothesis properties."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring import Predikat, Rating
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.skp_months import (
    MonthRange,
    SkpPart,
    annual_reference,
    check_no_overlap,
    in_force,
    month_range_text,
    owner_of_period,
    split_at,
)

A, S, B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH


def test_range_text_in_indonesian() -> None:
    assert month_range_text(MonthRange(1, 6), 2026) == "Januari – Juni 2026"
    assert month_range_text(MonthRange(7, 7), 2026) == "Juli 2026"
    assert month_range_text(MonthRange()) == "Januari – Desember"


@pytest.mark.parametrize(("start", "end"), [(0, 5), (3, 13), (7, 6), ("1", 12), (True, 12)])
def test_bad_ranges_are_refused(start: object, end: object) -> None:
    with pytest.raises(RuleError):
        MonthRange(start, end)  # type: ignore[arg-type]


def test_split_in_july() -> None:
    closed, following = split_at(MonthRange(), 7)
    assert (closed, following) == (MonthRange(1, 7), MonthRange(8, 12))
    with pytest.raises(RuleError, match="can only be closed from Januari to November"):
        split_at(MonthRange(), 12)
    with pytest.raises(RuleError):
        split_at(MonthRange(8, 12), 7)


def test_overlap_is_refused_naming_both() -> None:
    with pytest.raises(RuleError, match="Januari – Juli overlaps the SKP of Juli – Desember"):
        check_no_overlap([MonthRange(7, 12), MonthRange(1, 7)])
    check_no_overlap([MonthRange(8, 12), MonthRange(1, 7)])


def test_a_quarter_across_the_change_belongs_to_the_new_skp() -> None:
    ranges = [MonthRange(1, 7), MonthRange(8, 12)]
    assert owner_of_period(ranges, 1, 3) == 0
    assert owner_of_period(ranges, 4, 6) == 0
    assert owner_of_period(ranges, 7, 9) == 1  # July was the old SKP, September the new
    assert owner_of_period(ranges, 10, 12) == 1
    assert owner_of_period(ranges, 1, 12) == 1  # the annual evaluation: the SKP at year end
    assert owner_of_period([MonthRange(1, 7)], 10, 12) is None
    assert owner_of_period([MonthRange(1, 7)], 7, 9) == 0


def test_reference_weighs_months() -> None:
    # January-July Di Atas (7 months) against August-December Sesuai (5 months)
    found = annual_reference([SkpPart(MonthRange(8, 12), S, S), SkpPart(MonthRange(1, 7), A, S)])
    assert found.hasil is A and found.perilaku is S
    assert found.hasil_months[A] == 7 and found.hasil_months[S] == 5
    assert found.predikat is Predikat.coerce("BAIK")


def test_reference_tie_goes_to_the_later_skp() -> None:
    found = annual_reference([SkpPart(MonthRange(1, 6), B, S), SkpPart(MonthRange(7, 12), S, A)])
    assert found.hasil is S and found.perilaku is A


def test_reference_of_unrated_skps_is_empty() -> None:
    found = annual_reference([SkpPart(MonthRange(1, 6), None, None)])
    assert found.hasil is None and found.predikat is None


@st.composite
def partitions(draw: st.DrawFn) -> list[MonthRange]:
    cuts = sorted(draw(st.sets(st.integers(1, 11), max_size=4)))
    bounds = [0, *cuts, 12]
    return [MonthRange(a + 1, b) for a, b in pairwise(bounds)]


ratings = st.sampled_from(list(Rating))


@given(partitions())
def test_partitions_cover_each_month_once(ranges: list[MonthRange]) -> None:
    check_no_overlap(ranges)
    for month in range(1, 13):
        assert in_force(ranges, month) is not None
    assert sum(r.months for r in ranges) == 12


@given(partitions(), st.integers(1, 12), st.integers(1, 12))
def test_owner_is_in_force_at_period_end(ranges: list[MonthRange], a: int, b: int) -> None:
    first, last = min(a, b), max(a, b)
    owner = owner_of_period(ranges, first, last)
    assert owner is not None and last in ranges[owner]


@given(partitions(), st.data())
def test_reference_is_a_rating_with_most_months(
    ranges: list[MonthRange], data: st.DataObject
) -> None:
    parts = [SkpPart(r, data.draw(ratings), data.draw(ratings)) for r in ranges]
    found = annual_reference(parts)
    assert sum(found.hasil_months.values()) == 12
    assert found.hasil_months[found.hasil] == max(found.hasil_months.values())
    assert found.perilaku_months[found.perilaku] == max(found.perilaku_months.values())
    # a single SKP of the whole year is its own reference
    whole = annual_reference([SkpPart(MonthRange(), parts[0].hasil, parts[0].perilaku)])
    assert (whole.hasil, whole.perilaku) == (parts[0].hasil, parts[0].perilaku)


@given(partitions(), st.integers(1, 11))
def test_split_keeps_the_months(ranges: list[MonthRange], month: int) -> None:
    for current in ranges:
        if current.start <= month < current.end:
            closed, following = split_at(current, month)
            assert closed.months + following.months == current.months
            assert not closed.overlaps(following)
