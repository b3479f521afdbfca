"""JP, the 20 JP rule, angka kredit and the jenis diklat list (domain.md §8.5, §9)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.scoring import (
    JP_MINUTES,
    MIN_JP_PER_YEAR,
    Activity,
    Predikat,
    Rating,
    RuleError,
    angka_kredit,
    jenis_diklat,
    jenis_diklat_list,
    jp_from_minutes,
    jp_shortfall,
    jp_total,
)
from desktop_app.scoring.codes import KLASIKAL, NONKLASIKAL
from desktop_app.scoring.reference import JfLevel

D = Decimal


def test_constants():
    assert JP_MINUTES == 45
    assert MIN_JP_PER_YEAR == 20


@pytest.mark.parametrize(
    ("minutes", "jp"),
    [
        (45, "1.00"),
        (90, "2.00"),
        (100, "2.22"),  # 100 / 45 = 2.222...
        (30, "0.67"),  # 30 / 45 = 0.666... -> half up
        (900, "20.00"),
        (0, "0.00"),
        ("67.5", "1.50"),
        (22.5, "0.50"),
    ],
)
def test_jp_from_minutes(minutes, jp):
    assert jp_from_minutes(minutes) == D(jp)


@pytest.mark.parametrize("bad", [-1, "abc", None])
def test_jp_from_minutes_refuses_bad_input(bad):
    with pytest.raises(RuleError) as err:
        jp_from_minutes(bad)
    assert str(bad) in str(err.value)


def test_jp_shortfall():
    activities = [
        (2025, 8),
        Activity(jp=D("5"), end_date=date(2025, 3, 1), jenis_diklat=8),
        (date(2024, 12, 31), 30),  # counts for 2024
        Activity(jp="2.5", year=2025),
    ]
    # 2025: 8 + 5 + 2.5 = 15.5 -> 20 - 15.5 = 4.5 missing
    assert jp_total(activities, 2025) == D("15.50")
    assert jp_shortfall(activities, 2025) == D("4.50")
    # 2024: 30 >= 20
    assert jp_shortfall(activities, 2024) == D("0.00")
    # nothing in 2023
    assert jp_shortfall(activities, 2023) == D("20.00")
    assert jp_shortfall(iter([(2025, 20)]), 2025) == D("0.00")


def test_activity_validation():
    assert Activity(jp=3, end_date=date(2025, 1, 5)).counted_year == 2025
    assert Activity(jp=3, year=2025, end_date=date(2025, 1, 5)).jp == D(3)
    with pytest.raises(RuleError, match="2024"):
        Activity(jp=3, year=2024, end_date=date(2025, 1, 5))
    with pytest.raises(RuleError, match="no year or end date"):
        Activity(jp=3)
    with pytest.raises(RuleError, match="-2"):
        Activity(jp=-2, year=2025)
    with pytest.raises(RuleError, match="26"):
        Activity(jp=2, year=2025, jenis_diklat=26)
    with pytest.raises(RuleError, match="'2025-01-05'"):
        Activity(jp=2, end_date="2025-01-05")  # type: ignore[arg-type]
    with pytest.raises(RuleError, match="'abc'"):
        jp_shortfall(["abc"], 2025)
    with pytest.raises(RuleError, match="'2025'"):
        jp_shortfall([], "2025")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("level", "grade", "ak"),
    [
        # koefisien x percentage, by hand
        (JfLevel.AHLI_PERTAMA, Predikat.SANGAT_BAIK, "18.75"),  # 12.5 x 150 %
        (JfLevel.AHLI_PERTAMA, Predikat.BAIK, "12.5"),  # 12.5 x 100 %
        (JfLevel.AHLI_MUDA, Predikat.BAIK, "25"),  # 25 x 100 %
        (JfLevel.AHLI_MADYA, Predikat.BUTUH_PERBAIKAN, "28.125"),  # 37.5 x 75 %
        (JfLevel.AHLI_UTAMA, Predikat.KURANG, "25"),  # 50 x 50 %
        (JfLevel.PEMULA, Predikat.SANGAT_KURANG, "0.9375"),  # 3.75 x 25 %
        (JfLevel.TERAMPIL, Predikat.SANGAT_BAIK, "7.5"),  # 5 x 150 %
        (JfLevel.MAHIR, Predikat.BUTUH_PERBAIKAN, "9.375"),  # 12.5 x 75 %
        (JfLevel.PENYELIA, Predikat.KURANG, "12.5"),  # 25 x 50 %
    ],
)
def test_angka_kredit(level, grade, ak):
    assert angka_kredit(level, grade) == D(ak)


def test_angka_kredit_covers_every_level_and_predikat_and_refuses_unknowns():
    for level in JfLevel:
        values = [angka_kredit(level, p) for p in Predikat]
        assert values == sorted(values, reverse=True)
    assert angka_kredit("AHLI_MUDA", "SANGAT_BAIK") == D("37.5")
    with pytest.raises(RuleError, match="'AHLI_SUPER'"):
        angka_kredit("AHLI_SUPER", Predikat.BAIK)  # type: ignore[arg-type]
    with pytest.raises(RuleError, match="'BAGUS'"):
        angka_kredit(JfLevel.MAHIR, "BAGUS")  # type: ignore[arg-type]


def test_jenis_diklat_list():
    rows = jenis_diklat_list()
    assert [r.id for r in rows] == list(range(1, 26))
    assert [r.id for r in jenis_diklat_list(KLASIKAL)] == list(range(1, 14))
    assert [r.id for r in jenis_diklat_list(NONKLASIKAL)] == list(range(14, 26))
    assert jenis_diklat(8).label == "Bimbingan Teknis"
    assert jenis_diklat("14").label == "Coaching"
    assert jenis_diklat(2).group == "DIKLAT"
    assert jenis_diklat(4).group == KLASIKAL
    assert jenis_diklat(22).label == "Belajar Mandiri (Self Development)"
    for bad in (0, 26, "x", None, True):
        with pytest.raises(RuleError) as err:
            jenis_diklat(bad)  # type: ignore[arg-type]
        assert repr(bad) in str(err.value)
    with pytest.raises(RuleError, match="'DARING'"):
        jenis_diklat_list("DARING")


def test_idp_rules_are_pure_and_name_periods_by_their_key():
    from desktop_app.scoring import idp

    sequence = ["2025", "2026-Q1", "2026-Q2"]
    found = {"2026-Q1": Predikat.KURANG, "2025": Predikat.BUTUH_PERBAIKAN, "2026": Predikat.BAIK}
    follow = idp.follow_up(sequence, found)
    assert follow.poor == (("2025", "BUTUH_PERBAIKAN"), ("2026-Q1", "KURANG"))
    assert follow.streak == 2 and follow.suggestions == (idp.COACHING, idp.MENTORING)
    assert idp.required_reason(follow) == (
        f"Predikat {Predikat.BUTUH_PERBAIKAN.label} pada Tahunan 2025; "
        f"{Predikat.KURANG.label} pada Triwulan I 2026 (2 periode berturut-turut)"
    )
    assert idp.chronological(["2026", "2026-Q2", "2025", "2026-Q1"]) == [
        "2025", "2026-Q1", "2026-Q2", "2026",
    ]  # fmt: skip
    below, poor = Rating.DI_BAWAH, Predikat.BUTUH_PERBAIKAN
    facts = [idp.EvaluationFacts(7, "2026-Q1", below, None, poor, (), ("RHK A",))]
    [gap] = idp.propose(facts, "PENGAWAS")
    assert gap.origin == idp.RESULT and gap.competence_type == idp.MANAJERIAL
    assert "pada Triwulan I 2026" in gap.gap and "RHK utama: RHK A." in gap.gap
    assert gap.evaluation_id == 7
