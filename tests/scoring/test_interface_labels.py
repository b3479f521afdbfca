"""Labels in the interface language (issue 18): the English interface says "Quarter I 2026" and
"Quantitative" where the forms and the Indonesian interface say "Triwulan I 2026" and
"Kuantitatif"; official terms (predikat names) stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring.codes import SKP_APPROACHES, SKP_ASPECTS, SKP_PERSPECTIVES
from desktop_app.scoring.indonesian_format import domain_label, period_label
from desktop_app.scoring.period_key import Frequency, PeriodKey


@pytest.mark.parametrize(
    "frequency, number, year, indonesian, english",
    [
        ("QUARTERLY", 1, 2026, "Triwulan I 2026", "Quarter I 2026"),
        ("QUARTERLY", 4, 2025, "Triwulan IV 2025", "Quarter IV 2025"),
        ("SEMESTER", 2, 2026, "Semester II 2026", "Semester II 2026"),
        ("MONTHLY", 3, 2026, "Maret 2026", "March 2026"),
        (None, 0, 2026, "Tahunan 2026", "Annual 2026"),
    ],
)
def test_period_labels(frequency, number, year, indonesian, english):
    assert period_label(frequency, number, year, "id") == indonesian
    assert period_label(frequency, number, year, "en") == english
    assert domain_label(indonesian, "en") == english  # the same from the printed words


@given(st.sampled_from(list(Frequency)), st.integers(1, 12), st.integers(2000, 2100))
def test_every_period_key_has_an_english_label_without_indonesian_words(kind, number, year):
    number = (number - 1) % (12 // kind.months) + 1
    key = PeriodKey(year, kind, number)
    english = domain_label(f"{key.label} {year}", "en")
    assert english == period_label(kind.value, number, year, "en")
    assert "Triwulan" not in english and "Tahunan" not in english


def test_code_table_labels_are_english_in_english_and_official_in_indonesian():
    for table in (SKP_APPROACHES, SKP_ASPECTS, SKP_PERSPECTIVES):
        for label in table.data.values():
            assert domain_label(label, "id") == label
            assert domain_label(label, "en") != label
    assert domain_label("Kuantitatif", "en") == "Quantitative"
    assert domain_label("Sangat Baik", "en") == "Sangat Baik"  # a predikat is an official term
