"""PP 46/2011 and PP 30/2019 formulas (domain.md §6), with examples worked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.scoring import RuleError
from desktop_app.scoring.legacy import (
    Kreativitas,
    biaya,
    kreativitas_value,
    kualitas,
    kuantitas,
    nilai_capaian,
    nilai_skp,
    perilaku,
    pp30_nilai,
    pp30_predikat,
    prestasi_kerja,
    sebutan,
    tugas_tambahan_value,
    waktu,
)

D = Decimal

# ---- per-aspect scores ---------------------------------------------------------------------


def test_kuantitas_by_hand():
    # 8 of 10 reports: 8 / 10 x 100 = 80
    assert kuantitas(10, 8) == D("80.00")
    # 2 of 3: 66.666... -> 66.67 (half up)
    assert kuantitas(3, 2) == D("66.67")
    # more than planned: 12 / 10 x 100 = 120 (may exceed 100)
    assert kuantitas(10, 12) == D("120.00")
    # not done
    assert kuantitas(10, 0) == D("0.00")


def test_kualitas_by_hand():
    # mutu 90 against 100: 90 / 100 x 100 = 90
    assert kualitas(100, 90) == D("90.00")
    # 77.5 against 90: 86.111... -> 86.11
    assert kualitas(90, "77.5") == D("86.11")
    assert kualitas(100, 0) == D("0.00")


def test_waktu_by_hand():
    # T = 12 months, R = 10: eff = 100 - 83.33 = 16.67 <= 24
    #   ((1.76 x 12 - 10) / 12) x 100 = (21.12 - 10) / 12 x 100 = 11.12 / 12 x 100 = 92.666...
    assert waktu(12, 10) == D("92.67")
    # R = T = 12: eff = 0 -> (21.12 - 12) / 12 x 100 = 9.12 / 12 x 100 = 76
    assert waktu(12, 12) == D("76.00")
    # R = 9.12 = 0.76 T: eff = 24 (still the first branch) -> (21.12 - 9.12) / 12 x 100 = 100
    assert waktu(12, "9.12") == D("100.00")
    # R = 6: eff = 50 > 24 -> base (21.12 - 6) / 12 x 100 = 126; 76 - (126 - 100) = 50
    assert waktu(12, 6) == D("50.00")
    # late, R = 14: eff = -16.67 <= 24 -> (21.12 - 14) / 12 x 100 = 7.12 / 12 x 100 = 59.333...
    assert waktu(12, 14) == D("59.33")
    # very late, R = 24: (21.12 - 24) / 12 x 100 = -24 (the formula is kept as it is)
    assert waktu(12, 24) == D("-24.00")
    # not done
    assert waktu(12, 0) == D("0.00")


def test_biaya_by_hand():
    # T = Rp 1,000,000, R = 800,000: eff = 20 <= 24
    #   (1,760,000 - 800,000) / 1,000,000 x 100 = 96
    assert biaya(1_000_000, 800_000) == D("96.00")
    # R = 700,000: eff = 30 > 24 -> base (1,760,000 - 700,000) / 1,000,000 x 100 = 106
    #   76 - (106 - 100) = 70
    assert biaya(1_000_000, 700_000) == D("70.00")
    # R = 1,050,000 (over budget): eff = -5 -> (1,760,000 - 1,050,000) / 1,000,000 x 100 = 71
    assert biaya(1_000_000, 1_050_000) == D("71.00")
    assert biaya(1_000_000, 0) == D("0.00")


def test_inputs_may_be_int_float_str_or_decimal():
    assert waktu(12.0, 10.0) == waktu("12", D("10")) == D("92.67")
    assert kuantitas(0.3, 0.1) == D("33.33")  # floats via str: exactly 0.1 / 0.3


@pytest.mark.parametrize("fn", [kuantitas, kualitas, waktu, biaya])
@pytest.mark.parametrize("target", [0, -5, "0", D("-0.01")])
def test_zero_or_negative_target_raises_naming_it(fn, target):
    with pytest.raises(RuleError) as err:
        fn(target, 5)
    assert "target" in str(err.value)
    assert str(target) in str(err.value)


@pytest.mark.parametrize("fn", [kuantitas, kualitas, waktu, biaya])
def test_negative_realisation_raises_naming_it(fn):
    with pytest.raises(ValueError, match="realisation -1 "):
        fn(10, -1)


@pytest.mark.parametrize("bad", ["abc", None, float("nan"), float("inf"), True, [1]])
def test_non_numbers_raise_naming_them(bad):
    with pytest.raises(RuleError) as err:
        kuantitas(bad, 1)
    assert repr(bad) in str(err.value)


# ---- properties: scores move the right way with the realisation -----------------------------

targets = st.integers(min_value=1, max_value=10_000).map(lambda n: D(n) / 4)
reals = st.integers(min_value=1, max_value=40_000).map(lambda n: D(n) / 4)


@settings(max_examples=200, deadline=None)
@given(targets, reals, reals)
def test_kuantitas_and_kualitas_rise_with_realisation(t, r1, r2):
    low, high = sorted((r1, r2))
    assert kuantitas(t, low) <= kuantitas(t, high)
    assert kualitas(t, low) <= kualitas(t, high)


# realisations as a share of the target, in hundredths of a percent (7600 = 0.76 T)
efficient_or_more = st.integers(min_value=7600, max_value=40_000)
less_than_efficient = st.integers(min_value=1, max_value=7599)


@settings(max_examples=200, deadline=None)
@given(targets, efficient_or_more, efficient_or_more)
def test_waktu_and_biaya_fall_when_more_than_the_efficient_amount_is_used(t, p1, p2):
    # at or beyond 0.76 T (eff <= 24) using more time or money never raises the score
    low, high = (t * p / 10_000 for p in sorted((p1, p2)))
    assert waktu(t, low) >= waktu(t, high)
    assert biaya(t, low) >= biaya(t, high)


@settings(max_examples=200, deadline=None)
@given(targets, less_than_efficient, less_than_efficient)
def test_waktu_and_biaya_below_the_efficient_amount_follow_the_formula(t, p1, p2):
    # below 0.76 T the formula reduces to R / T x 100: it rises towards the efficient amount
    low, high = (t * p / 10_000 for p in sorted((p1, p2)))
    assert waktu(t, low) <= waktu(t, high)
    assert biaya(t, low) <= biaya(t, high)
    assert waktu(t, low) == kuantitas(t, low)


@settings(max_examples=200, deadline=None)
@given(targets, reals)
def test_waktu_never_exceeds_100_and_peaks_at_076(t, r):
    assert waktu(t, r) <= D("100.00")
    assert waktu(t, D("0.76") * t) == D("100.00")


# ---- composite scores -----------------------------------------------------------------------


def test_nilai_capaian_by_hand():
    # kuantitas 8/10 = 80, kualitas 90/100 = 90, waktu 12/10 = 92.67 (see above)
    # (80 + 90 + 92.67) / 3 = 262.67 / 3 = 87.5566... -> 87.56
    assert nilai_capaian(kuantitas=(10, 8), kualitas=(100, 90), waktu=(12, 10)) == D("87.56")
    # with biaya 96 (see above): (80 + 90 + 92.67 + 96) / 4 = 358.67 / 4 = 89.6675 -> 89.67
    assert nilai_capaian((10, 8), (100, 90), (12, 10), (1_000_000, 800_000)) == D("89.67")


def test_activity_not_carried_out_scores_zero():
    assert nilai_capaian((10, 0), (100, 90), (12, 10)) == D("0.00")
    assert nilai_capaian((10, 0), (100, 0), (12, 0), (500, 0)) == D("0.00")


def test_nilai_capaian_refuses_bad_pairs():
    with pytest.raises(RuleError, match="waktu"):
        nilai_capaian((10, 8), (100, 90), (12,))  # type: ignore[arg-type]
    with pytest.raises(RuleError, match="kualitas target 0"):
        nilai_capaian((10, 8), (0, 90), (12, 10))


def test_nilai_skp_by_hand():
    # mean of 87.56 and 89.67 = 177.23 / 2 = 88.615 -> 88.62; + tugas tambahan (2 tasks) 1
    #   + kreativitas (unit) 3 = 92.62
    assert nilai_skp([D("87.56"), D("89.67")], tugas_tambahan=2, kreativitas="unit") == D("92.62")
    # (90 + 80 + 75) / 3 = 81.666... -> 81.67
    assert nilai_skp([90, 80, 75]) == D("81.67")
    # 7 tasks -> 3, kreativitas for the state -> 12: 81.67 + 15 = 96.67
    assert nilai_skp([90, 80, 75], 7, Kreativitas.NEGARA) == D("96.67")
    # the SKP score may exceed 100: 100 + 3 + 6
    assert nilai_skp([100], 10, "organisation") == D("109.00")


@pytest.mark.parametrize(
    ("count", "points"), [(0, 0), (1, 1), (3, 1), (4, 2), (6, 2), (7, 3), (25, 3)]
)
def test_tugas_tambahan_count_mapping(count, points):
    assert tugas_tambahan_value(count) == points


@pytest.mark.parametrize(
    ("level", "points"),
    [
        (None, 0),
        (0, 0),
        ("none", 0),
        ("unit", 3),
        ("Unit Kerja", 3),
        (Kreativitas.ORGANISASI, 6),
        ("organisation", 6),
        ("negara", 12),
        ("state", 12),
        (12, 12),
    ],
)
def test_kreativitas_levels(level, points):
    assert kreativitas_value(level) == points


@pytest.mark.parametrize("bad", [-1, 2, "planet", True])
def test_bad_tugas_tambahan_or_kreativitas_raise(bad):
    with pytest.raises(RuleError) as err:
        nilai_skp([80], tugas_tambahan=bad if bad != "planet" else 0, kreativitas=bad)
    assert repr(bad) in str(err.value)


def test_nilai_skp_needs_activities():
    with pytest.raises(RuleError, match=r"\[\]"):
        nilai_skp([])


def test_perilaku_by_hand():
    five = {
        "orientasi_pelayanan": 80,
        "integritas": 85,
        "komitmen": 78,
        "disiplin": 90,
        "kerja_sama": 77,
    }
    # (80 + 85 + 78 + 90 + 77) / 5 = 410 / 5 = 82
    assert perilaku(five) == D("82.00")
    # with kepemimpinan 70: 480 / 6 = 80
    assert perilaku(five | {"kepemimpinan": 70}) == D("80.00")
    # 81 .. 86: 501 / 6 = 83.5
    six = dict(zip([*five, "kepemimpinan"], [81, 82, 83, 84, 85, 86], strict=True))
    assert perilaku(six) == D("83.50")
    # keys are forgiving about spaces and case
    assert perilaku({"Orientasi Pelayanan": 80, **{k: 80 for k in list(five)[1:]}}) == D("80.00")


def test_perilaku_refuses_bad_aspects():
    five = dict.fromkeys(["orientasi_pelayanan", "integritas", "komitmen", "disiplin"], 80)
    with pytest.raises(RuleError, match="kerja_sama"):
        perilaku(five)
    with pytest.raises(RuleError, match="'kejujuran'"):
        perilaku(five | {"kerja_sama": 80, "kejujuran": 90})
    with pytest.raises(RuleError, match="101"):
        perilaku(five | {"kerja_sama": 101})
    with pytest.raises(RuleError, match="-1"):
        perilaku(five | {"kerja_sama": -1})


def test_prestasi_kerja_by_hand():
    # 60 % x 88.62 + 40 % x 82 = 53.172 + 32.8 = 85.972 -> 85.97 (Baik)
    assert prestasi_kerja(D("88.62"), 82) == D("85.97")
    assert sebutan(prestasi_kerja(D("88.62"), 82)) == "Baik"
    # 0.6 x 100 + 0.4 x 100 = 100
    assert prestasi_kerja(100, 100) == D("100.00")
    with pytest.raises(RuleError, match="-5"):
        prestasi_kerja(-5, 80)


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (100, "Sangat Baik"),
        (91, "Sangat Baik"),
        ("90.99", "Baik"),
        ("90.5", "Baik"),  # in neither 76-90 nor >= 91 on paper: banded as Baik
        (76, "Baik"),
        ("75.99", "Cukup"),
        (61, "Cukup"),
        ("60.99", "Kurang"),
        (51, "Kurang"),
        ("50.99", "Buruk"),
        (0, "Buruk"),
        (109, "Sangat Baik"),
    ],
)
def test_sebutan_bands(score, band):
    assert sebutan(score) == band


# ---- PP 30/2019 -------------------------------------------------------------------------------


def test_pp30_nilai_by_hand():
    # without peers: 70 % x 100 + 30 % x 90 = 70 + 27 = 97
    assert pp30_nilai(100, 90, with_peers=False) == D("97.00")
    # with peers and subordinates: 60 % x 100 + 40 % x 90 = 60 + 36 = 96
    assert pp30_nilai(100, 90, with_peers=True) == D("96.00")
    # 0.7 x 115.5 + 0.3 x 104.25 = 80.85 + 31.275 = 112.125 -> 112.13 (half up)
    assert pp30_nilai("115.5", "104.25", False) == D("112.13")


def test_pp30_nilai_refuses_bad_input():
    with pytest.raises(RuleError, match="121"):
        pp30_nilai(121, 90, False)
    with pytest.raises(RuleError, match="-1"):
        pp30_nilai(100, -1, False)
    with pytest.raises(RuleError, match="'yes'"):
        pp30_nilai(100, 90, "yes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("score", "innovation", "band"),
    [
        ("112.13", True, "Sangat Baik"),
        ("112.13", False, "Baik"),  # 110+ without a new idea or method is Baik
        (110, True, "Sangat Baik"),
        (120, True, "Sangat Baik"),
        ("109.99", True, "Baik"),
        (90, False, "Baik"),
        ("89.99", True, "Cukup"),
        (70, False, "Cukup"),
        ("69.99", False, "Kurang"),
        (50, False, "Kurang"),
        ("49.99", False, "Sangat Kurang"),
        (0, False, "Sangat Kurang"),
    ],
)
def test_pp30_predikat_table(score, innovation, band):
    assert pp30_predikat(score, innovation) == band


def test_pp30_predikat_refuses_out_of_range():
    with pytest.raises(RuleError, match=r"120\.01"):
        pp30_predikat("120.01", True)
    with pytest.raises(RuleError, match="-1"):
        pp30_predikat(-1, False)
    with pytest.raises(RuleError, match="None"):
        pp30_predikat(100, None)  # type: ignore[arg-type]


# ---- half up, not half even (the forms round x.xx5 up) --------------------------------------


def test_exact_halves_round_up():
    # kualitas 70.1 against 80: 70.1 / 80 x 100 = 87.625 -> 87.63 (half even would give 87.62)
    assert kualitas(80, "70.1") == D("87.63")
    # kuantitas 1 of 800: 0.125 -> 0.13 (half even: 0.12)
    assert kuantitas(800, 1) == D("0.13")
    # waktu T = 800, R = 703: eff = 100 - 87.875 = 12.125 <= 24
    #   ((1.76 x 800 - 703) / 800) x 100 = (1408 - 703) / 800 x 100 = 705 / 8 = 88.125 -> 88.13
    assert waktu(800, 703) == D("88.13")
    # biaya T = 8,000,000, R = 4,010,000: eff = 100 - 50.125 = 49.875 > 24
    #   base = (14,080,000 - 4,010,000) / 8,000,000 x 100 = 125.875
    #   76 - (125.875 - 100) = 76 - 25.875 = 50.125 -> 50.13
    assert biaya(8_000_000, 4_010_000) == D("50.13")
    # PP 30, without peers: 0.7 x 101 + 0.3 x 99.5 = 70.7 + 29.85 = 100.55 (exact, no rounding)
    assert pp30_nilai(101, "99.5", False) == D("100.55")
    # 0.7 x 100.75 + 0.3 x 100 = 70.525 + 30 = 100.525 -> 100.53 (half even: 100.52)
    assert pp30_nilai("100.75", 100, False) == D("100.53")


def test_waktu_just_past_the_24_percent_boundary_takes_the_second_branch():
    # T = 12, R = 9.11: R / T x 100 = 75.9166..., eff = 24.083... > 24
    #   base = (21.12 - 9.11) / 12 x 100 = 12.01 / 12 x 100 = 100.0833...
    #   76 - (100.0833... - 100) = 75.9166... -> 75.92 (the formula's drop from 100 at 0.76 T)
    assert waktu(12, "9.11") == D("75.92")
    assert biaya(12, "9.11") == D("75.92")


def test_a_full_pp46_year_by_hand():
    # Activity 1 (with budget): kuantitas 4 / 4 = 100; kualitas 85 / 100 = 85;
    #   waktu T 12, R 11: eff = 100 - 91.67 = 8.33 <= 24
    #     -> (21.12 - 11) / 12 x 100 = 10.12 / 12 x 100 = 84.333 -> 84.33
    #   biaya T 10,000,000, R 9,000,000: eff = 10 -> (17.6 - 9) / 10 x 100 = 86
    #   nilai capaian = (100 + 85 + 84.33 + 86) / 4 = 355.33 / 4 = 88.8325 -> 88.83
    a1 = nilai_capaian((4, 4), (100, 85), (12, 11), (10_000_000, 9_000_000))
    assert a1 == D("88.83")
    # Activity 2 (no budget): kuantitas 10 / 12 = 83.333 -> 83.33; kualitas 90 / 100 = 90;
    #   waktu T 12, R 12: 76 -> (83.33 + 90 + 76) / 3 = 249.33 / 3 = 83.11
    a2 = nilai_capaian((12, 10), (100, 90), (12, 12))
    assert a2 == D("83.11")
    # Nilai SKP = (88.83 + 83.11) / 2 = 171.94 / 2 = 85.97; 5 tugas tambahan -> +2; no kreativitas
    skp = nilai_skp([a1, a2], tugas_tambahan=5)
    assert skp == D("87.97")
    assert sebutan(skp) == "Baik"
    # Perilaku (jabatan struktural, 6 aspects): 80 + 82 + 78 + 90 + 75 + 70 = 475 / 6 = 79.1666
    #   -> 79.17 (Baik)
    behaviour = perilaku(
        {
            "orientasi_pelayanan": 80,
            "integritas": 82,
            "komitmen": 78,
            "disiplin": 90,
            "kerja_sama": 75,
            "kepemimpinan": 70,
        }
    )
    assert behaviour == D("79.17")
    # Prestasi kerja = 0.6 x 87.97 + 0.4 x 79.17 = 52.782 + 31.668 = 84.45 -> Baik
    assert prestasi_kerja(skp, behaviour) == D("84.45")
    assert sebutan(prestasi_kerja(skp, behaviour)) == "Baik"


# ---- bands: every cent from 0 to 120 against the table of domain.md §6.1 ---------------------


def _band_by_hand(cents: int) -> str:
    if cents >= 9100:
        return "Sangat Baik"
    if cents >= 7600:
        return "Baik"
    if cents >= 6100:
        return "Cukup"
    if cents >= 5100:
        return "Kurang"
    return "Buruk"


def test_sebutan_for_every_cent_between_0_and_120():
    for cents in range(0, 12_001):
        assert sebutan(D(cents) / 100) == _band_by_hand(cents), cents


def test_sebutan_refuses_non_numbers_naming_them():
    for bad in ("Baik", None, True, float("nan")):
        with pytest.raises(RuleError) as err:
            sebutan(bad)  # type: ignore[arg-type]
        assert repr(bad) in str(err.value)


_PP30_ORDER = ["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"]


def test_pp30_predikat_for_every_cent_between_0_and_120():
    for cents in range(0, 12_001):
        for innovation in (False, True):
            if cents >= 11_000 and innovation:
                want = "Sangat Baik"
            elif cents >= 9_000:
                want = "Baik"
            elif cents >= 7_000:
                want = "Cukup"
            elif cents >= 5_000:
                want = "Kurang"
            else:
                want = "Sangat Kurang"
            assert pp30_predikat(D(cents) / 100, innovation) == want, (cents, innovation)


# ---- more monotonicity: composite scores move with their parts -------------------------------

scores_0_100 = st.integers(min_value=0, max_value=10_000).map(lambda n: D(n) / 100)
_SEBUTAN_ORDER = ["Buruk", "Kurang", "Cukup", "Baik", "Sangat Baik"]


@settings(max_examples=200, deadline=None)
@given(scores_0_100, scores_0_100, scores_0_100, scores_0_100)
def test_prestasi_kerja_and_its_band_never_fall_when_a_part_rises(s1, s2, p1, p2):
    skp_low, skp_high = sorted((s1, s2))
    per_low, per_high = sorted((p1, p2))
    low = prestasi_kerja(skp_low, per_low)
    high = prestasi_kerja(skp_high, per_high)
    assert low <= high
    assert _SEBUTAN_ORDER.index(sebutan(low)) <= _SEBUTAN_ORDER.index(sebutan(high))
    assert pp30_nilai(skp_low, per_low, True) <= pp30_nilai(skp_high, per_high, True)
    assert pp30_nilai(skp_low, per_low, False) <= pp30_nilai(skp_high, per_high, False)


@settings(max_examples=150, deadline=None)
@given(targets, reals, reals)
def test_nilai_capaian_rises_with_the_kuantitas_realisation(t, r1, r2):
    low, high = sorted((r1, r2))
    rest = {"kualitas": (100, 90), "waktu": (12, 12)}
    assert nilai_capaian(kuantitas=(t, low), **rest) <= nilai_capaian(kuantitas=(t, high), **rest)
    # and not carrying it out at all is never better than doing some of it
    assert nilai_capaian(kuantitas=(t, 0), **rest) <= nilai_capaian(kuantitas=(t, low), **rest)
