"""The exemption rule of kedudukan hukum: hand-checked periods and hypothesis properties."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring.employment_status import (
    ACTIVE,
    BY_CODE,
    STATUSES,
    Duty,
    Spell,
    code_of_name,
    is_exempt,
    status_on,
)

Q1 = (dt.date(2026, 1, 1), dt.date(2026, 3, 31))  # 90 days
Q2 = (dt.date(2026, 4, 1), dt.date(2026, 6, 30))  # 91 days
SIASN = Path("/work/shared/ref/siasn/kedudukanHukum.json")


def test_the_table_is_the_siasn_table_with_a_source_for_each_status():
    if SIASN.exists():
        reference = {row["id"]: row["nama"] for row in json.loads(SIASN.read_text())}
        assert {s.code: s.name for s in STATUSES} == reference
    assert all(s.basis for s in STATUSES)
    assert BY_CODE["01"].exempts == frozenset()  # Aktif exempts from nothing
    for code in ("02", "03", "04", "13"):  # CLTN, tugas belajar, suspended, CLTN extended
        assert BY_CODE[code].exempts == {Duty.SKP, Duty.EVALUATION}
    assert not BY_CODE["15"].exempts  # a disciplinary penalty: still appraised


def test_cltn_from_1_march_is_not_exempt_in_q1_but_is_in_q2():
    history = [Spell("02", dt.date(2026, 3, 1))]
    assert is_exempt(history, *Q1) is None  # 31 of 90 days
    found = is_exempt(history, *Q2)
    assert found is not None
    assert found.reason == "CLTN sejak 1 Maret 2026"
    assert (found.days, found.period_days) == (91, 91)


def test_more_than_half_exempts_exactly_half_does_not():
    # 1 January to 15 February is 46 of 90 days of Q1: more than half
    assert is_exempt([Spell("03", dt.date(2025, 9, 1), dt.date(2026, 2, 15))], *Q1) is not None
    # 45 of 90 days is half: not exempt
    assert is_exempt([Spell("03", dt.date(2026, 1, 1), dt.date(2026, 2, 14))], *Q1) is None


def test_two_exempting_spells_add_up_and_the_longer_names_the_reason():
    history = [
        Spell("04", dt.date(2026, 1, 1), dt.date(2026, 1, 20)),  # 20 days
        Spell("02", dt.date(2026, 2, 10), None),  # 50 days of Q1
    ]
    found = is_exempt(history, *Q1)
    assert found is not None and found.code == "02" and found.days == 70


def test_aktif_and_unknown_codes_never_exempt():
    assert is_exempt([Spell(ACTIVE, dt.date(2020, 1, 1))], *Q1) is None
    assert is_exempt([Spell("XX", dt.date(2020, 1, 1))], *Q1) is None


def test_names_of_a_siasn_export_are_read():
    assert code_of_name("  tugas   belajar ") == "03"
    assert code_of_name("CLTN") == "02"
    assert code_of_name("2") == "02"
    assert code_of_name("Cuti panjang") is None


def test_the_status_on_a_day():
    history = [Spell("03", dt.date(2026, 2, 1), dt.date(2026, 2, 28))]
    assert status_on(history, dt.date(2026, 2, 10)) == "03"
    assert status_on(history, dt.date(2026, 3, 1)) == ACTIVE


days = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2028, 12, 31))
codes = st.sampled_from([s.code for s in STATUSES])


@st.composite
def spells(draw):
    first = draw(days)
    length = draw(st.one_of(st.none(), st.integers(0, 800)))
    return Spell(draw(codes), first, None if length is None else first + dt.timedelta(length))


@given(st.lists(spells(), max_size=4), days, st.integers(0, 400))
def test_exempt_exactly_when_exempting_days_are_more_than_half(history, first, length):
    last = first + dt.timedelta(length)
    found = is_exempt(history, first, last)
    period_days = length + 1
    covered = sum(
        s.days_within(first, last) for s in history if Duty.EVALUATION in BY_CODE[s.code].exempts
    )
    assert (found is not None) == (covered * 2 > period_days)
    if found is not None:
        assert BY_CODE[found.code].exempts and found.days == covered
        assert found.reason.startswith(BY_CODE[found.code].name + " sejak ")


@given(spells(), days, st.integers(0, 400))
def test_a_spell_covering_the_whole_period_always_exempts_when_its_status_does(spell, first, n):
    last = first + dt.timedelta(n)
    whole = Spell(spell.code, first - dt.timedelta(1), last)
    assert (is_exempt([whole], first, last) is not None) == bool(BY_CODE[spell.code].exempts)
