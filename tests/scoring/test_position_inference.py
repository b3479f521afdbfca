"""The jenis jabatan inferred from the jabatan name when a file has no such column."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring.jf_catalogue import JF_NAMES
from desktop_app.scoring.position_inference import (
    JENJANG_WORDS,
    infer_position,
    is_jf_name,
    jenjang_of,
    position_type_words,
)
from desktop_app.scoring.reference import JfLevel, PositionType

F, A, P, J, L = (
    PositionType.FUNGSIONAL,
    PositionType.ADMINISTRATOR,
    PositionType.PENGAWAS,
    PositionType.JPT,
    PositionType.PELAKSANA,
)


@pytest.mark.parametrize(
    ("name", "ptype", "level"),
    [
        ("Guru Ahli Muda", F, JfLevel.AHLI_MUDA),
        ("Perawat Terampil", F, JfLevel.TERAMPIL),
        ("Pranata Komputer Ahli Pertama", F, JfLevel.AHLI_PERTAMA),
        ("Analis Kepegawaian", F, None),  # a JF of the SIASN list, jenjang not written
        ("Kepala Seksi Pelayanan", P, None),
        ("Kepala Sub Bagian Umum", P, None),
        ("Kasubbag Keuangan", P, None),
        ("Kepala UPT Puskesmas Kota", P, None),
        ("Kepala Bidang Pelayanan", A, None),
        ("Kepala Bagian Umum", A, None),
        ("Sekretaris", A, None),
        ("Kepala Dinas Kesehatan", J, None),
        ("Kepala Badan Kepegawaian", J, None),
        ("Sekretaris Daerah", J, None),
        ("Pengadministrasi Umum", L, None),
        ("Pengemudi", L, None),
    ],
)
def test_the_rules_of_issue_19(name, ptype, level):
    guess = infer_position(name)
    assert guess is not None and (guess.position_type, guess.jf_level) == (ptype, level)


def test_an_empty_name_gives_no_guess():
    assert infer_position("  ") is None


@given(st.sampled_from(JF_NAMES), st.sampled_from(sorted(JENJANG_WORDS)))
def test_every_jf_name_with_a_jenjang_is_that_jenjang(name, words):
    text = f"{name} {words.title()}"
    guess = infer_position(text)
    assert guess is not None and guess.position_type == F
    assert guess.jf_level == JENJANG_WORDS[words] == jenjang_of(text.upper())
    assert is_jf_name(text)


@pytest.mark.parametrize(
    ("text", "known", "ptype"),
    [
        ("Jabatan Fungsional Tertentu", True, F),
        ("Fungsional Umum", True, L),  # the old name of jabatan pelaksana
        ("Jabatan Struktural", True, None),  # the level comes from the name
        ("JPT", True, J),
        ("Pelaksana", True, L),
        ("Honorer", False, None),
    ],
)
def test_jenis_jabatan_as_siasn_and_simpeg_write_it(text, known, ptype):
    assert position_type_words(text) == (known, ptype)


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Kepala Sekolah", None),
        ("KEPALA SEKOLAH", None),
        ("Kepsek", None),
        ("Kepala SDN 1 Uji", None),
        ("Kepala Madrasah Ahli Madya", JfLevel.AHLI_MADYA),
        ("Kepala Sekolah Guru Ahli Muda", JfLevel.AHLI_MUDA),
    ],
)
def test_a_kepala_sekolah_is_a_guru_with_an_additional_task(name, level):
    guess = infer_position(name)
    assert guess is not None
    assert (guess.position_type, guess.jf_level, guess.extra_task) == (F, level, True)


@pytest.mark.parametrize("name", ["Kepala Tata Usaha", "Kepala Seksi Kurikulum SMP"])
def test_other_school_heads_are_not_taken_for_teachers(name):
    guess = infer_position(name)
    assert guess is not None and not guess.extra_task
