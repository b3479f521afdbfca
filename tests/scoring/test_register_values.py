"""Register values as HR writes them (issue 19): golongan spellings and combined pangkat cells,
PPPK golongan never read as PNS, gelar after a comma, ambiguous day/month dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring.reference import PNS_GRADES, PPPK_GRADES, EmployeeKind
from desktop_app.scoring.register_values import (
    ambiguous_day_month,
    excel_serial_date,
    parse_grade,
    rank_code,
    split_titles,
)

PNS = EmployeeKind.PNS
PPPK = EmployeeKind.PPPK


@pytest.mark.parametrize(
    ("text", "code", "rank"),
    [
        ("Penata TK. I\u00a0 III/d", "III/d", "Penata TK. I"),  # a no-break space
        ("Pembina Tk.I, IV-b", "IV/b", "Pembina Tk.I"),
        ("Penata-IIIc", "III/c", "Penata"),
        ("Penata Muda, III-a", "III/a", "Penata Muda"),
        ("III-d", "III/d", ""),
        ("IIId", "III/d", ""),
        ("III.d", "III/d", ""),
        ("3/d", "III/d", ""),
        ("III / b", "III/b", ""),
        ("iv/E", "IV/e", ""),
        ("Juru Muda (I/a)", "I/a", "Juru Muda"),
        ("Gol. II/c", "II/c", ""),
        ("Penata Tingkat I", "III/d", "Penata Tingkat I"),  # the pangkat alone names it
    ],
)
def test_pns_golongan_in_the_spellings_of_hr(text, code, rank):
    reading = parse_grade(text, PNS)
    assert reading is not None and (reading.code, reading.kind, reading.rank) == (code, PNS, rank)
    assert not reading.rank_mismatch


def test_a_pangkat_that_names_another_golongan_is_a_mismatch():
    reading = parse_grade("Pembina, III/d", PNS)
    assert reading is not None and reading.code == "III/d" and reading.rank_code == "IV/a"
    assert reading.rank_mismatch


@pytest.mark.parametrize(
    ("text", "code"),
    [("IX", "IX"), ("9", "IX"), ("09", "IX"), ("Gol. IX", "IX"), ("XVII", "XVII"), ("17", "XVII"),
     ("golongan v", "V"), ("PPPK VII", "VII")],
)  # fmt: skip
def test_pppk_golongan_in_roman_or_arabic_numerals(text, code):
    reading = parse_grade(text, PPPK)
    assert reading is not None and (reading.code, reading.kind) == (code, PPPK)


@pytest.mark.parametrize("text", ["III/b", "Penata Muda", "18", "IIIb", "0", "XVIII"])
def test_a_pppk_never_gets_a_pns_golongan(text):
    assert parse_grade(text, PPPK) is None


@pytest.mark.parametrize("text", ["", "-", "IX", "V/a", "III/f", "Staf", "5/a"])
def test_text_that_is_no_pns_golongan_reads_as_none(text):
    assert parse_grade(text, PNS) is None


@given(st.sampled_from(PNS_GRADES), st.sampled_from(["/", "-", ".", "", " / ", " "]))
def test_every_pns_golongan_reads_back_in_every_separator(grade, separator):
    roman, letter = grade.code.split("/")
    for head in (roman, str({"I": 1, "II": 2, "III": 3, "IV": 4}[roman])):
        for tail in (letter, letter.upper()):
            reading = parse_grade(f"{head}{separator}{tail}", PNS)
            assert reading is not None and reading.code == grade.code


@given(st.sampled_from(PNS_GRADES), st.sampled_from([", ", " ", "\u00a0 ", " - ", "-"]))
def test_a_pangkat_with_its_own_golongan_matches(grade, separator):
    text = f"{grade.rank}{separator}{grade.code}"
    reading = parse_grade(text, PNS)
    assert reading is not None and reading.code == grade.code
    assert rank_code(reading.rank) == grade.code and not reading.rank_mismatch


@given(st.text(max_size=30))
def test_any_text_read_for_a_pppk_is_a_pppk_golongan_or_nothing(text):
    reading = parse_grade(text, PPPK)
    assert reading is None or reading.code in {g.code for g in PPPK_GRADES}


@pytest.mark.parametrize(
    ("text", "front", "name", "back"),
    [
        ("ALFIKRI, S.Pd", "", "ALFIKRI", "S.Pd"),
        ("Dr. Hj. SITI AMINAH, M.Kes., Sp.A", "Dr. Hj.", "SITI AMINAH", "M.Kes., Sp.A"),
        ("Ahmad, SH", "", "Ahmad", "SH"),
        ("drg. Ani Susanti", "drg.", "Ani Susanti", ""),
        ("Budi Santoso", "", "Budi Santoso", ""),
        ("Sutrisno, Bambang Adi Wibowo Kusumo", "", "Sutrisno, Bambang Adi Wibowo Kusumo", ""),
    ],
)
def test_gelar_split_off_a_name_written_with_a_comma(text, front, name, back):
    parts = split_titles(text)
    assert (parts.front, parts.name, parts.back) == (front, name, back)


@given(st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Zs")), max_size=40))
def test_a_name_without_comma_or_dotted_title_stays_as_written(text):
    parts = split_titles(text)
    assert parts.name == " ".join(text.split()) and not parts.back


def test_ambiguous_day_month_dates():
    assert ambiguous_day_month("12/01/2012") == (dt.date(2012, 1, 12), dt.date(2012, 12, 1))
    assert ambiguous_day_month("13/01/2012") is None  # only day first is a date
    assert ambiguous_day_month("05/05/2012") is None  # both readings are the same day
    assert ambiguous_day_month("12-01-2012") is None  # dashes: the Indonesian day-first form
    assert ambiguous_day_month("2012-01-12") is None


@given(st.dates(dt.date(1900, 3, 1), dt.date(2099, 12, 31)))
def test_excel_serial_dates(day):
    serial = (day - dt.date(1899, 12, 30)).days
    assert excel_serial_date(serial) == day
    assert excel_serial_date(serial + 0.75) == day  # a time of day is dropped
