"""NIP PNS / NI PPPK parsing (domain.md §8.1-8.2)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.scoring import NipError, RuleError, format_nip, parse_nip
from desktop_app.scoring.nip import clean_nip, display_nip
from desktop_app.scoring.reference import EmployeeKind, Gender


def test_pns_example_from_domain():
    info = parse_nip("19860926 201505 1 001")
    assert info.nip == "198609262015051001"
    assert info.kind is EmployeeKind.PNS
    assert info.birth_date == date(1986, 9, 26)
    assert info.tmt == date(2015, 5, 1)
    assert info.appointment_year == 2015
    assert info.gender is Gender.MALE
    assert info.serial == 1
    assert info.part_time is False
    assert info.agreement_count is None
    assert info.warnings == ()
    assert info.formatted == "19860926 201505 1 001"


def test_pppk_example_from_domain():
    info = parse_nip("200012312024211001")
    assert info.kind is EmployeeKind.PPPK
    assert info.birth_date == date(2000, 12, 31)
    assert info.tmt is None
    assert info.appointment_year == 2024
    assert info.agreement_count == 1
    assert info.part_time is False
    assert info.gender is Gender.MALE
    assert info.serial == 1
    assert info.formatted == "20001231 202421 1 001"


def test_pppk_part_time_example_from_domain():
    info = parse_nip("199009132025242014")
    assert info.kind is EmployeeKind.PPPK
    assert info.birth_date == date(1990, 9, 13)
    assert info.appointment_year == 2025
    assert info.part_time is True
    assert info.agreement_count is None
    assert info.gender is Gender.FEMALE
    assert info.serial == 14
    assert info.formatted == "19900913 202524 2 014"


@pytest.mark.parametrize("text", ["1986.09.26-2015.05-1-001", " 19860926\t201505 1 001 "])
def test_separators_are_ignored(text):
    assert parse_nip(text).nip == "198609262015051001"
    assert format_nip(text) == "19860926 201505 1 001"


def test_given_kind_is_used_and_checked():
    assert parse_nip("198609262015051001", EmployeeKind.PNS).kind is EmployeeKind.PNS
    assert parse_nip("200012312024211001", "PPPK").kind is EmployeeKind.PPPK
    with pytest.raises(NipError) as err:
        parse_nip("198609262015051001", EmployeeKind.PPPK)
    assert err.value.part == "kind_digit"
    assert "1" in str(err.value)
    with pytest.raises(NipError) as err:
        parse_nip("200012312024211001", EmployeeKind.PNS)
    assert err.value.part == "kind_digit"
    with pytest.raises(ValueError, match="'PNSX'"):
        parse_nip("198609262015051001", "PNSX")


def test_pns_tmt_month_twelve_is_not_pppk():
    # digits 13-14 "12" = December; digit 13 is "1", so this is a PNS
    info = parse_nip("198609262015121001")
    assert info.kind is EmployeeKind.PNS
    assert info.tmt == date(2015, 12, 1)


@pytest.mark.parametrize(
    ("text", "part", "named"),
    [
        ("19860926201505100", "length", "17 digits"),
        ("1986092620150510011", "length", "19 digits"),
        ("", "length", "0 digits"),
        ("19860926 201505 1 00A", "characters", "A"),
        ("19860926/201505/1/001", "characters", "/"),
        ("198613322015051001", "birth_date", "19861332"),
        ("198602302015051001", "birth_date", "19860230"),
        ("189912312015051001", "birth_date", "18991231"),
        ("198609262015131001", "tmt", "13"),
        ("198609262015001001", "tmt", "00"),
        ("198609262015351001", "tmt", "35"),
        ("198609261986091001", "tmt", "198609"),
        ("198609261980011001", "tmt", "198001"),
        ("200012312000211001", "appointment_year", "2000"),
        ("200012311999211001", "appointment_year", "1999"),
        ("198609262015053001", "gender", "3"),
        ("198609262015050001", "gender", "0"),
        ("200012312024210001", "gender", "0"),
        ("198609262015051000", "serial", "000"),
        ("200012312024211000", "serial", "000"),
    ],
)
def test_each_failure_names_its_part_and_value(text, part, named):
    with pytest.raises(NipError) as err:
        parse_nip(text)
    assert err.value.part == part
    assert named in str(err.value)
    assert isinstance(err.value, RuleError)
    assert isinstance(err.value, ValueError)
    assert err.value.context == "scoring"
    assert str(err.value) == err.value.msgid.format(**err.value.params)


def test_non_text_is_a_value_error():
    with pytest.raises(NipError) as err:
        parse_nip(198609262015051001)  # type: ignore[arg-type]
    assert err.value.part == "characters"
    assert "198609262015051001" in str(err.value)


def test_birth_date_error_message_reads_well():
    with pytest.raises(NipError, match="birth date 19861332 is not a real date"):
        parse_nip("198613322015051001")


def test_appointed_before_18_is_a_warning_not_an_error():
    info = parse_nip("200001012015051001")  # TMT May 2015 at age 15
    assert info.kind is EmployeeKind.PNS
    assert len(info.warnings) == 1
    assert "201505" in info.warnings[0]
    assert str(info.warning_messages[0]) == info.warnings[0]
    # exactly 18 on the TMT day: no warning
    assert parse_nip("199705012015051001").warnings == ()
    pppk = parse_nip("201001012024211001")
    assert any("2024" in w for w in pppk.warnings)


def test_pppk_before_2019_and_zero_agreement_digit_are_warnings():
    info = parse_nip("198001012015201001")
    assert info.agreement_count is None
    assert len(info.warnings) == 2


def test_format_nip_refuses_invalid():
    with pytest.raises(NipError):
        format_nip("123")


# ---- properties -------------------------------------------------------------------------


@st.composite
def valid_nips(draw):
    born = draw(st.dates(min_value=date(1940, 1, 1), max_value=date(2007, 12, 31)))
    gender = draw(st.sampled_from("12"))
    serial = draw(st.integers(1, 999))
    if draw(st.booleans()):
        tmt = draw(st.dates(min_value=born + timedelta(days=32), max_value=date(2099, 12, 31)))
        middle = f"{tmt:%Y%m}"
        parts = {"kind": EmployeeKind.PNS, "tmt": tmt.replace(day=1), "year": tmt.year}
    else:
        year = draw(st.integers(born.year + 1, 2099))
        digit14 = draw(st.sampled_from("0123456789"))
        middle = f"{year}2{digit14}"
        parts = {"kind": EmployeeKind.PPPK, "tmt": None, "year": year, "digit14": digit14}
    text = f"{born:%Y%m%d}{middle}{gender}{serial:03d}"
    parts |= {"born": born, "gender": gender, "serial": serial}
    return text, parts


@settings(max_examples=300, deadline=None)
@given(valid_nips())
def test_generated_nips_parse_back_to_their_parts(case):
    text, parts = case
    info = parse_nip(text)
    assert info.kind is parts["kind"]
    assert info.birth_date == parts["born"]
    assert info.tmt == parts["tmt"]
    assert info.appointment_year == parts["year"]
    assert info.gender is (Gender.MALE if parts["gender"] == "1" else Gender.FEMALE)
    assert info.serial == parts["serial"]
    assert info.formatted.replace(" ", "") == text
    assert parse_nip(info.formatted) == info
    if info.kind is EmployeeKind.PPPK:
        assert info.part_time == (parts["digit14"] == "4")
        expected = None if parts["digit14"] in "04" else int(parts["digit14"])
        assert info.agreement_count == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=25))
def test_arbitrary_text_parses_or_raises_nip_error(text):
    try:
        info = parse_nip(text)
    except NipError as err:
        assert err.part in {
            "length",
            "characters",
            "birth_date",
            "tmt",
            "appointment_year",
            "kind_digit",
            "gender",
            "serial",
        }
    else:
        assert len(info.nip) == 18


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("19860926201505100", "has 17 digits instead of 18"),
        ("19860926 201505 1 00A", "characters other than digits: A"),
        ("198613322015051001", "birth date 19861332"),
        ("198609262015131001", "TMT 201513: month 13"),
        ("200012312000211001", "appointment year 2000"),
        ("198609262015053001", "gender digit 3"),
        ("198609262015051000", "serial number 000"),
    ],
)
def test_message_says_in_words_which_part_is_wrong(text, words):
    with pytest.raises(ValueError, match=words):
        parse_nip(text)


def test_digit_13_mismatch_names_the_digit():
    with pytest.raises(NipError, match="digit 13 of NI PPPK 19860926 201505 1 001 is 0"):
        parse_nip("198609262015051001", EmployeeKind.PPPK)


# ---- clean and display: the one implementation of each -----------------------------------


@pytest.mark.parametrize(
    ("nip", "shown"),
    [
        ("198609262015051001", "19860926 201505 1 001"),  # PNS: birth date, TMT, gender, serial
        ("200012312024211001", "20001231 202421 1 001"),  # PPPK: the same 8-6-1-3 grouping
        ("199009132025242014", "19900913 202524 2 014"),  # PPPK paruh waktu
    ],
)
def test_display_groups_pns_and_pppk_8_6_1_3(nip, shown):
    assert display_nip(nip) == shown
    assert display_nip(nip, only_valid=True) == shown
    assert parse_nip(nip).formatted == shown
    assert format_nip(nip) == shown


@pytest.mark.parametrize(
    "text", ["", "123", "1986092620150510011", "19860926 201505 1 001", "19860926201505100A"]
)
def test_display_returns_anything_but_18_digits_as_given(text):
    assert display_nip(text) == text


def test_display_groups_18_digits_without_judging_them_unless_asked():
    wrong_birth_date = "198613262015051001"
    assert display_nip(wrong_birth_date) == "19861326 201505 1 001"
    assert display_nip(wrong_birth_date, only_valid=True) == wrong_birth_date


def test_display_only_valid_ignores_separators_like_parse():
    assert display_nip("1986.09.26-2015.05-1-001", only_valid=True) == "19860926 201505 1 001"
    assert display_nip("1986.09.26-2015.05-1-001") == "1986.09.26-2015.05-1-001"


def test_strict_clean_refuses_letters_lenient_clean_drops_them():
    with pytest.raises(NipError) as err:
        clean_nip("NIP 19860926 201505 1 001")
    assert err.value.part == "characters"
    assert clean_nip("NIP 19860926 201505 1 001", strict=False) == "198609262015051001"
    assert clean_nip("1986-0926", strict=False) == "19860926"  # the length is not checked
    assert clean_nip("", strict=False) == ""


@settings(max_examples=300, deadline=None)
@given(valid_nips(), st.lists(st.sampled_from([" ", ".", "-", "\t"]), max_size=18))
def test_display_of_clean_round_trips(case, separators):
    text, _parts = case
    typed = "".join(d + (separators[i] if i < len(separators) else "") for i, d in enumerate(text))
    digits = clean_nip(typed)
    assert digits == text == clean_nip(typed, strict=False)
    shown = display_nip(digits)
    assert [len(group) for group in shown.split(" ")] == [8, 6, 1, 3]
    assert clean_nip(shown) == digits
    assert display_nip(typed, only_valid=True) == shown == parse_nip(typed).formatted


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 .-", max_size=30))
def test_display_is_a_pure_regrouping_of_18_digits(text):
    shown = display_nip(text)
    if len(text) == 18 and text.isdigit():
        assert shown.replace(" ", "") == text and shown.count(" ") == 3
    else:
        assert shown == text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_lenient_clean_keeps_the_digits_in_order(text):
    digits = clean_nip(text, strict=False)
    assert digits == "".join(c for c in text if c.isdecimal())
    try:
        strict = clean_nip(text)
    except NipError:
        return
    assert strict == digits  # where the strict rule accepts, both rules agree
