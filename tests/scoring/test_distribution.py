"""Organisation predikat and the distribution of employee predikat (SE MenPANRB 3/2023)."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.scoring import (
    OrgPredikat,
    Predikat,
    RuleError,
    check_distribution,
    distribution_rules,
    suggest_distribution,
)

SB, B, BP, K, SK = (
    Predikat.SANGAT_BAIK,
    Predikat.BAIK,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.KURANG,
    Predikat.SANGAT_KURANG,
)


def ids(findings):
    return sorted(f.rule_id for f in findings)


def test_max_share_uses_floor_of_the_headcount():
    # max 70 % Baik of 7 employees: 4.9 -> 4 allowed (never more than 70 %)
    ok = {SB: 2, B: 4, BP: 1}
    assert check_distribution(OrgPredikat.BAIK, ok) == []
    over = {SB: 1, B: 5, BP: 1}
    (finding,) = check_distribution(OrgPredikat.BAIK, over)
    assert finding.rule_id == "baik.baik_max"
    assert finding.allowed_share == Decimal("0.70")
    assert finding.allowed_count == 4
    assert finding.count == 5
    assert finding.total == 7
    assert finding.gap == 1
    assert finding.actual_share == Decimal("0.7143")
    assert finding.predikat == (B,)
    assert str(finding) == (
        "Baik: 5 of 7 employees (71.4%), more than the 70% of the pattern allows (4)"
    )
    assert finding.msgid.format(**finding.params) == str(finding)
    assert finding.context == "scoring"
    assert finding.description == "At most 70% Baik"


def test_min_share_uses_ceiling_of_the_headcount():
    # min 60 % Butuh Perbaikan of 7 employees: 4.2 -> 5 needed (never below 60 %)
    assert check_distribution(OrgPredikat.BUTUH_PERBAIKAN, {BP: 5, B: 2}) == []
    (finding,) = check_distribution(OrgPredikat.BUTUH_PERBAIKAN, {BP: 4, B: 3})
    assert finding.rule_id == "butuh_perbaikan.butuh_perbaikan_min"
    assert finding.allowed_count == 5
    assert finding.gap == 1
    assert "fewer than the 60%" in str(finding)


def test_small_max_share_can_allow_nobody():
    # max 10 % Sangat Baik of 9 employees: 0.9 -> 0 allowed
    findings = check_distribution(OrgPredikat.KURANG, {SB: 1, K: 6, BP: 2})
    assert ids(findings) == ["kurang.sangat_baik_max"]
    assert findings[0].allowed_count == 0


def test_istimewa_rules():
    assert check_distribution(OrgPredikat.ISTIMEWA, {SB: 7, B: 3}) == []
    assert ids(check_distribution(OrgPredikat.ISTIMEWA, {SB: 8, B: 2})) == [
        "istimewa.sangat_baik_max"
    ]
    # "most employees are Sangat Baik": a bigger Baik group is flagged
    (finding,) = check_distribution(OrgPredikat.ISTIMEWA, {SB: 3, B: 5, SK: 2})
    assert finding.rule_id == "istimewa.sangat_baik_largest"
    assert finding.allowed_count == 5
    assert finding.gap == 2
    assert "Baik has 5" in str(finding)
    # the rest may be anything
    assert check_distribution(OrgPredikat.ISTIMEWA, {SB: 4, K: 3, SK: 3}) == []


def test_baik_needs_butuh_perbaikan_or_kurang():
    findings = check_distribution(OrgPredikat.BAIK, {SB: 3, B: 7})
    assert ids(findings) == ["baik.needs_improvement_exists"]
    assert "nobody" in str(findings[0])
    assert check_distribution(OrgPredikat.BAIK, {SB: 2, B: 7, K: 1}) == []
    assert check_distribution(OrgPredikat.BAIK, {SB: 2, B: 7, BP: 1}) == []


def test_kurang_rules():
    assert check_distribution(OrgPredikat.KURANG, {K: 6, BP: 1, SB: 1, B: 1, SK: 1}) == []
    findings = check_distribution(OrgPredikat.KURANG, {K: 5, B: 5})
    assert ids(findings) == ["kurang.butuh_perbaikan_min", "kurang.kurang_min"]


def test_sangat_kurang_rules():
    assert check_distribution(OrgPredikat.SANGAT_KURANG, {SK: 6, K: 1, B: 3}) == []
    assert check_distribution(OrgPredikat.SANGAT_KURANG, {SK: 6, BP: 1, B: 3}) == []
    findings = check_distribution(OrgPredikat.SANGAT_KURANG, {SK: 6, SB: 1, B: 3})
    assert ids(findings) == [
        "sangat_kurang.kurang_or_butuh_perbaikan_min",
        "sangat_kurang.no_sangat_baik",
    ]
    no_sb = next(f for f in findings if f.rule_id == "sangat_kurang.no_sangat_baik")
    assert no_sb.allowed_count == 0
    assert no_sb.count == 1
    assert "expects none" in str(no_sb)


def test_empty_unit_conforms():
    for org in OrgPredikat:
        assert check_distribution(org, {}) == []
        assert check_distribution(org, {p: 0 for p in Predikat}) == []


def test_string_keys_are_accepted():
    assert check_distribution("BAIK", {"BAIK": 7, "KURANG": 3}) == []


@pytest.mark.parametrize(
    ("counts", "named"),
    [
        ({B: -1}, "-1"),
        ({B: 2.5}, "2.5"),
        ({B: True}, "True"),
        ({"BAGUS": 1}, "'BAGUS'"),
    ],
)
def test_bad_counts_raise_naming_the_value(counts, named):
    with pytest.raises(ValueError) as err:
        check_distribution(OrgPredikat.BAIK, counts)
    assert named in str(err.value)


def test_unknown_org_raises():
    with pytest.raises(RuleError, match="'LUAR_BIASA'"):
        check_distribution("LUAR_BIASA", {B: 1})  # type: ignore[arg-type]
    with pytest.raises(RuleError, match="'LUAR_BIASA'"):
        suggest_distribution("LUAR_BIASA", 10)  # type: ignore[arg-type]


@pytest.mark.parametrize("headcount", [-1, 2.0, "10", None, True])
def test_bad_headcount_raises_naming_it(headcount):
    with pytest.raises(RuleError) as err:
        suggest_distribution(OrgPredikat.BAIK, headcount)  # type: ignore[arg-type]
    assert repr(headcount) in str(err.value)


def test_zero_headcount_suggests_nobody():
    assert suggest_distribution(OrgPredikat.BAIK, 0) == {p: 0 for p in Predikat}


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(list(OrgPredikat)), st.integers(min_value=10, max_value=2000))
def test_suggestion_conforms(org, headcount):
    split = suggest_distribution(org, headcount)
    assert set(split) == set(Predikat)
    assert sum(split.values()) == headcount
    assert all(n >= 0 for n in split.values())
    assert check_distribution(org, split) == []


def _feasible(org, n):
    for split in itertools.product(range(n + 1), repeat=5):
        if sum(split) == n and not check_distribution(org, dict(zip(Predikat, split, strict=True))):
            return True
    return False


@pytest.mark.parametrize("org", list(OrgPredikat))
def test_suggestion_conforms_for_every_headcount_up_to_2000(org):
    for headcount in range(1, 2001):
        split = suggest_distribution(org, headcount)
        assert sum(split.values()) == headcount
        findings = check_distribution(org, split)
        if headcount >= 3:
            assert findings == [], (org, headcount, split)
        elif findings:
            # only where no split of that size can conform (documented closest split)
            assert not _feasible(org, headcount), (org, headcount, split)


def test_infeasible_small_units_get_the_closest_split():
    # 2 employees under Kurang: min 60 % Kurang needs 2, min 10 % Butuh Perbaikan needs 1
    split = suggest_distribution(OrgPredikat.KURANG, 2)
    assert sum(split.values()) == 2
    assert sum(f.gap for f in check_distribution(OrgPredikat.KURANG, split)) == 1
    # one employee under Istimewa is Sangat Baik (the pattern's predikat), flagged by max 70 %
    assert suggest_distribution(OrgPredikat.ISTIMEWA, 1)[SB] == 1


@pytest.mark.parametrize(
    ("org", "main"),
    [
        (OrgPredikat.ISTIMEWA, SB),
        (OrgPredikat.BAIK, B),
        (OrgPredikat.BUTUH_PERBAIKAN, BP),
        (OrgPredikat.KURANG, K),
        (OrgPredikat.SANGAT_KURANG, SK),
    ],
)
def test_suggestion_is_realistic(org, main):
    for headcount in (10, 25, 37, 100, 999):
        split = suggest_distribution(org, headcount)
        assert max(split, key=split.get) is main
        assert split[main] < headcount  # not everyone in one box


def test_distribution_rules_listed_per_org():
    assert [r.rule_id for r in distribution_rules(OrgPredikat.BAIK)] == [
        "baik.baik_max",
        "baik.baik_largest",
        "baik.needs_improvement_exists",
    ]
    for org in OrgPredikat:
        assert distribution_rules(org)


# ---- rounding for small units, pinned by hand ------------------------------------------------
# N: max 70 % = floor(0.7 N), min 60 % = ceil(0.6 N), max 10 % = floor(0.1 N),
#    min 10 % = ceil(0.1 N)
#  1: floor(0.7) = 0, ceil(0.6) = 1, floor(0.1) = 0, ceil(0.1) = 1
#  2: floor(1.4) = 1, ceil(1.2) = 2, floor(0.2) = 0, ceil(0.2) = 1
#  3: floor(2.1) = 2, ceil(1.8) = 2, floor(0.3) = 0, ceil(0.3) = 1
#  4: floor(2.8) = 2, ceil(2.4) = 3, floor(0.4) = 0, ceil(0.4) = 1
#  5: floor(3.5) = 3, ceil(3.0) = 3, floor(0.5) = 0, ceil(0.5) = 1
#  6: floor(4.2) = 4, ceil(3.6) = 4, floor(0.6) = 0, ceil(0.6) = 1
#  7: floor(4.9) = 4, ceil(4.2) = 5, floor(0.7) = 0, ceil(0.7) = 1
#  8: floor(5.6) = 5, ceil(4.8) = 5, floor(0.8) = 0, ceil(0.8) = 1
#  9: floor(6.3) = 6, ceil(5.4) = 6, floor(0.9) = 0, ceil(0.9) = 1
# 10: floor(7.0) = 7, ceil(6.0) = 6, floor(1.0) = 1, ceil(1.0) = 1
# 11: floor(7.7) = 7, ceil(6.6) = 7, floor(1.1) = 1, ceil(1.1) = 2
# 12: floor(8.4) = 8, ceil(7.2) = 8, floor(1.2) = 1, ceil(1.2) = 2
SMALL_UNIT_LIMITS = [
    (1, 0, 1, 0, 1),
    (2, 1, 2, 0, 1),
    (3, 2, 2, 0, 1),
    (4, 2, 3, 0, 1),
    (5, 3, 3, 0, 1),
    (6, 4, 4, 0, 1),
    (7, 4, 5, 0, 1),
    (8, 5, 5, 0, 1),
    (9, 6, 6, 0, 1),
    (10, 7, 6, 1, 1),
    (11, 7, 7, 1, 2),
    (12, 8, 8, 1, 2),
]


def _finding(org, counts, rule_id):
    found = [f for f in check_distribution(org, counts) if f.rule_id == rule_id]
    return found[0] if found else None


@pytest.mark.parametrize(("n", "max70", "min60", "max10", "min10"), SMALL_UNIT_LIMITS)
def test_small_units_round_max_down_and_min_up(n, max70, min60, max10, min10):
    # max 70 % Baik (org Baik): max70 Baik pass, one more is flagged with the limit shown
    assert _finding(OrgPredikat.BAIK, {B: max70, SK: n - max70}, "baik.baik_max") is None
    over = _finding(OrgPredikat.BAIK, {B: n}, "baik.baik_max")
    assert over is not None
    assert (over.allowed_count, over.count, over.total) == (max70, n, n)
    assert over.allowed_share == Decimal("0.70")
    assert over.actual_share == Decimal("1.0000")
    if max70 + 1 <= n:
        assert _finding(OrgPredikat.BAIK, {B: max70 + 1, SK: n - max70 - 1}, "baik.baik_max")
    # min 60 % Butuh Perbaikan (org Butuh Perbaikan): min60 pass, one fewer is flagged
    rule = "butuh_perbaikan.butuh_perbaikan_min"
    assert _finding(OrgPredikat.BUTUH_PERBAIKAN, {BP: min60, B: n - min60}, rule) is None
    short = _finding(OrgPredikat.BUTUH_PERBAIKAN, {BP: min60 - 1, B: n - min60 + 1}, rule)
    assert short is not None
    assert (short.allowed_count, short.count, short.gap) == (min60, min60 - 1, 1)
    # max 10 % Sangat Baik (org Kurang)
    rule = "kurang.sangat_baik_max"
    assert _finding(OrgPredikat.KURANG, {SB: max10, K: n - max10}, rule) is None
    over = _finding(OrgPredikat.KURANG, {SB: max10 + 1, K: n - max10 - 1}, rule)
    assert over is not None and over.allowed_count == max10
    # min 10 % Butuh Perbaikan (org Kurang)
    rule = "kurang.butuh_perbaikan_min"
    assert _finding(OrgPredikat.KURANG, {BP: min10, K: n - min10}, rule) is None
    short = _finding(OrgPredikat.KURANG, {BP: min10 - 1, K: n - min10 + 1}, rule)
    assert short is not None and short.allowed_count == min10


def test_finding_shows_the_actual_share_unrounded_to_whole_people():
    # 1 Sangat Baik of 3 under Kurang: 1 / 3 = 0.33333 -> 0.3333 (33.3 % in the message);
    # max 10 % of 3 = floor(0.3) = 0 allowed
    finding = _finding(OrgPredikat.KURANG, {SB: 1, K: 2}, "kurang.sangat_baik_max")
    assert finding.actual_share == Decimal("0.3333")
    assert finding.allowed_count == 0
    assert str(finding) == (
        "Sangat Baik: 1 of 3 employees (33.3%), more than the 10% of the pattern allows (0)"
    )
    # 2 of 3 = 0.66666 -> 0.6667 half up; min 60 % of 3 needs ceil(1.8) = 2, so it passes
    assert _finding(OrgPredikat.KURANG, {K: 2, BP: 1}, "kurang.kurang_min") is None


def test_largest_group_allows_a_tie():
    # Istimewa, 7 employees: 3 Sangat Baik (<= floor(4.9) = 4) tied with 3 Baik: conforms
    assert check_distribution(OrgPredikat.ISTIMEWA, {SB: 3, B: 3, K: 1}) == []
    # 2 Sangat Baik against 3 Baik: one short of the largest group
    (finding,) = check_distribution(OrgPredikat.ISTIMEWA, {SB: 2, B: 3, K: 2})
    assert (finding.rule_id, finding.gap, finding.allowed_count) == (
        "istimewa.sangat_baik_largest",
        1,
        3,
    )


# Unit sizes where NO split conforms with the rounding above (checked by brute force below):
#   Istimewa 1: max 70 % of 1 = 0 Sangat Baik, but Sangat Baik must be the largest group
#   Baik 1: max 70 % of 1 = 0 Baik, yet Baik largest and one Butuh Perbaikan/Kurang needed
#   Kurang 1, 2: min 60 % Kurang needs ceil(0.6) = 1 / ceil(1.2) = 2 and min 10 % Butuh
#       Perbaikan needs 1 more: 2 > 1, 3 > 2
#   Sangat Kurang 1, 2: the same with Sangat Kurang and Kurang/Butuh Perbaikan
INFEASIBLE = {
    (OrgPredikat.ISTIMEWA, 1),
    (OrgPredikat.BAIK, 1),
    (OrgPredikat.KURANG, 1),
    (OrgPredikat.KURANG, 2),
    (OrgPredikat.SANGAT_KURANG, 1),
    (OrgPredikat.SANGAT_KURANG, 2),
}


def test_exactly_the_documented_small_units_cannot_conform():
    found = set()
    for org in OrgPredikat:
        for n in range(1, 7):
            if not _feasible(org, n):
                found.add((org, n))
            conforms = check_distribution(org, suggest_distribution(org, n)) == []
            assert conforms == ((org, n) not in found), (org, n)
    assert found == INFEASIBLE


def test_enum_mix_ups_are_refused_not_read_by_value():
    # OrgPredikat.BAIK and Predikat.BAIK share the value "BAIK"; passing one for the other is
    # a programming mistake and must not silently count
    with pytest.raises(RuleError, match=r"<OrgPredikat\.BAIK: 'BAIK'> is not a predikat"):
        check_distribution(OrgPredikat.BAIK, {OrgPredikat.BAIK: 7, BP: 3})
    with pytest.raises(RuleError, match=r"^<Predikat\.BAIK: 'BAIK'> is not an organisation"):
        check_distribution(B, {B: 7, BP: 3})  # type: ignore[arg-type]
    with pytest.raises(RuleError, match=r"^<Predikat\.KURANG: 'KURANG'> is not an organisation"):
        suggest_distribution(K, 10)  # type: ignore[arg-type]
