"""The RHK numbers of the official SKP form: A.n for Utama, B.n for Tambahan, counted within
each section in the stored order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring.rhk_numbering import number_in_section, rhk_numbers, section_letter


def test_hand_checked_examples():
    assert rhk_numbers([]) == []
    assert rhk_numbers([True, True, False, True]) == ["A.1", "A.2", "B.1", "A.3"]
    assert rhk_numbers([False, False]) == ["B.1", "B.2"]
    assert section_letter(True) == "A" and section_letter(False) == "B"
    assert number_in_section("B.12") == 12


@given(st.lists(st.booleans(), max_size=40))
def test_each_section_counts_one_two_three_in_order(flags):
    labels = rhk_numbers(flags)
    assert len(labels) == len(flags)
    for letter, main in (("A", True), ("B", False)):
        mine = [label for label, flag in zip(labels, flags, strict=True) if flag is main]
        assert mine == [f"{letter}.{n}" for n in range(1, len(mine) + 1)]
    assert len(set(labels)) == len(labels)
