"""The PPPK contract recommendation (KepmenPANRB 16/2025 Diktum 13, 17–18; the decisions in
docs/pppk_contracts.md): hand-checked examples, then properties over every mix of results."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring.pppk_contract import (
    FAILING,
    GOOD,
    Reason,
    Recommendation,
    WorkTime,
    contract_in_question,
    key_overlaps,
    recommend,
)
from desktop_app.scoring.ratings import Predikat

SB, B, BP, K, SK = (
    Predikat.SANGAT_BAIK,
    Predikat.BAIK,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.KURANG,
    Predikat.SANGAT_KURANG,
)
JAN, DEC = dt.date(2026, 1, 1), dt.date(2026, 12, 31)


def test_annual_baik_extends_full_time():
    advice = recommend(WorkTime.FULL, JAN, DEC, [("2026-Q1", B), ("2026-Q2", B), ("2026", B)])
    assert advice.recommendation == Recommendation.EXTEND
    assert advice.reason == Reason.ANNUAL_GOOD
    assert (advice.period_key, advice.predikat) == ("2026", B)
    assert not advice.provisional


def test_part_time_all_baik_is_proposed_for_full_time():
    results = [("2026-Q1", B), ("2026-Q2", SB), ("2026-Q3", B), ("2026-Q4", B), ("2026", SB)]
    advice = recommend(WorkTime.PART, JAN, DEC, results)
    assert advice.recommendation == Recommendation.CONVERT
    assert advice.reason == Reason.ANNUAL_GOOD_ALL


def test_part_time_with_one_poor_quarter_is_extended_not_converted():
    results = [("2026-Q1", BP), ("2026-Q2", B), ("2026", B)]
    advice = recommend(WorkTime.PART, JAN, DEC, results)
    assert advice.recommendation == Recommendation.EXTEND
    assert advice.reason == Reason.ANNUAL_GOOD


def test_annual_butuh_perbaikan_extends_with_counselling():
    advice = recommend(WorkTime.PART, JAN, DEC, [("2026-Q4", SB), ("2026", BP)])
    assert advice.recommendation == Recommendation.EXTEND
    assert advice.reason == Reason.ANNUAL_IMPROVE


def test_annual_kurang_or_sangat_kurang_is_not_extended():
    for predikat in (K, SK):
        advice = recommend(WorkTime.FULL, JAN, DEC, [("2026-Q1", SB), ("2026", predikat)])
        assert advice.recommendation == Recommendation.DO_NOT_EXTEND
        assert advice.reason == Reason.ANNUAL_FAILING


def test_without_annual_the_latest_quarter_is_provisional():
    advice = recommend(WorkTime.FULL, JAN, DEC, [("2026-Q3", K), ("2026-Q1", B)])
    assert advice.recommendation == Recommendation.DO_NOT_EXTEND
    assert (advice.reason, advice.period_key) == (Reason.QUARTER_FAILING, "2026-Q3")
    assert advice.provisional
    assert recommend(WorkTime.PART, JAN, DEC, [("2026-Q2", SB)]).recommendation == (
        Recommendation.EXTEND
    )


def test_results_outside_the_contract_and_months_are_ignored():
    advice = recommend(WorkTime.FULL, JAN, DEC, [("2025", SK), ("2025-Q4", SK), ("2026-03", K)])
    assert advice.recommendation == Recommendation.NONE
    assert advice.reason == Reason.NO_RESULT
    # a contract from mid-2025 to mid-2026 reads the 2025 annual result
    mid = recommend(WorkTime.FULL, dt.date(2025, 7, 1), dt.date(2026, 6, 30), [("2025", K)])
    assert mid.recommendation == Recommendation.DO_NOT_EXTEND


def test_key_overlaps():
    assert key_overlaps("2026-Q1", dt.date(2026, 3, 31), dt.date(2026, 12, 31))
    assert not key_overlaps("2026-Q1", dt.date(2026, 4, 1), dt.date(2026, 12, 31))
    assert key_overlaps("2025", dt.date(2025, 12, 31), dt.date(2026, 12, 30))


def test_contract_in_question_is_the_one_ending_soonest_in_or_after_the_year():
    contracts = [
        ("old", dt.date(2024, 1, 1), dt.date(2025, 12, 31)),
        ("long", dt.date(2026, 1, 1), dt.date(2027, 12, 31)),
        ("short", dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
        ("next", dt.date(2027, 1, 1), dt.date(2027, 3, 31)),
    ]
    assert contract_in_question(contracts, 2026) == "short"
    assert contract_in_question(contracts, 2025) == "old"
    assert contract_in_question(contracts, 2027) == "next"
    assert contract_in_question(contracts, 2028) is None


KEYS = st.sampled_from(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026", "2025", "2026-S1"])
RESULTS = st.lists(st.tuples(KEYS, st.sampled_from(list(Predikat))), max_size=8)


@given(RESULTS, st.sampled_from(list(WorkTime)))
def test_the_deciding_result_decides(results, work_time):
    advice = recommend(work_time, JAN, DEC, results)
    counted = [(k, p) for k, p in results if k.startswith("2026") and "S" not in k]
    if not counted:
        assert advice.recommendation == Recommendation.NONE
        return
    assert (advice.period_key, advice.predikat) in counted
    if advice.predikat in FAILING:
        assert advice.recommendation == Recommendation.DO_NOT_EXTEND
    else:
        assert advice.recommendation != Recommendation.DO_NOT_EXTEND
    annual = [p for k, p in counted if k == "2026"]
    if annual:
        assert advice.period_key == "2026" and not advice.provisional
    else:
        assert advice.provisional and advice.recommendation != Recommendation.CONVERT


@given(RESULTS)
def test_only_part_time_with_every_result_good_converts(results):
    full = recommend(WorkTime.FULL, JAN, DEC, results)
    part = recommend(WorkTime.PART, JAN, DEC, results)
    assert full.recommendation != Recommendation.CONVERT
    counted = [p for k, p in results if k.startswith("2026") and "S" not in k]
    converts = "2026" in [k for k, _ in results] and all(p in GOOD for p in counted)
    assert (part.recommendation == Recommendation.CONVERT) == converts
