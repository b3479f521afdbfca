"""The DATE, TIME, TELEPHONE and NIP kinds of the typed-input kit (issue 18): what a field of
each kind reads, shows back and refuses, in Indonesian and in English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from desktop_app.scoring.input_ranges import DATE_MAX, DATE_MIN
from desktop_app.views.typed_input.kinds import (
    DATE,
    NIP,
    PAST_DATE,
    TELEPHONE,
    TIME,
    Refused,
    date_kind,
)

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture(params=[INDONESIAN, ENGLISH], ids=["id", "en"])
def locale(request) -> Iterator[QLocale]:
    before = QLocale()
    QLocale.setDefault(request.param)
    yield request.param
    QLocale.setDefault(before)


def _indonesian(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Indonesian


def test_a_date_is_shown_in_the_interface_language(locale) -> None:
    day = DATE.read("03/12/2026")
    assert day == dt.date(2026, 12, 3)
    shown = DATE.text(day)
    assert shown == ("3 Desember 2026" if _indonesian(locale) else "3 December 2026")
    assert DATE.read(shown) == day
    assert DATE.read("") is None


def test_a_date_outside_the_range_names_the_bound_as_a_date(locale) -> None:
    with pytest.raises(Refused) as early:
        DATE.read("31/12/1899")
    words = ("Desember", "Januari") if _indonesian(locale) else ("December", "January")
    assert early.value.message == f"31 {words[0]} 1899 is before 1 {words[1]} 1900."
    with pytest.raises(Refused, match="is after"):
        DATE.read("1 Januari 2101")


def test_a_past_date_is_not_in_the_future(locale) -> None:
    today = dt.date.today()
    assert PAST_DATE.read(DATE.text(today)) == today
    tomorrow = today + dt.timedelta(days=1)
    with pytest.raises(Refused, match="is after"):
        PAST_DATE.read(tomorrow.strftime("%d/%m/%Y"))
    bounded = date_kind(earliest=dt.date(2026, 1, 1), latest=dt.date(2026, 12, 31))
    with pytest.raises(Refused, match="is before"):
        bounded.read("31-12-2025")
    assert bounded.read("1 Jan 2026") == dt.date(2026, 1, 1)


def test_refused_dates_say_how_to_type_them() -> None:
    with pytest.raises(Refused, match="four digits"):
        DATE.read("3/12/26")
    with pytest.raises(Refused, match="not a real date"):
        DATE.read("30 Februari 2026")
    with pytest.raises(Refused, match="not a date"):
        DATE.read("kemarin")


def test_a_time_is_shown_the_way_the_language_writes_it(locale) -> None:
    for typed in ("08.30", "8:30", "0830"):
        assert TIME.read(typed) == dt.time(8, 30)
    shown = TIME.text(dt.time(8, 30))
    assert shown == ("08.30" if _indonesian(locale) else "08:30")
    assert TIME.read(shown) == dt.time(8, 30)
    with pytest.raises(Refused, match=r"00\.00 to 23\.59"):
        TIME.read("25.00")


def test_a_telephone_is_stored_and_shown_in_one_form() -> None:
    stored = TELEPHONE.read("0812 3456 7890")
    assert stored == "+62 812-3456-7890"
    assert TELEPHONE.text(stored) == stored
    assert TELEPHONE.read(TELEPHONE.text(stored)) == stored
    with pytest.raises(Refused) as err:
        TELEPHONE.read("telepon-abc")
    assert "telepon-abc" in err.value.message


NIP_OK = "198609262015051001"


@pytest.mark.parametrize("typed", [NIP_OK, "19860926 201505 1 001", " 19860926-201505-1-001 "])
def test_a_nip_is_read_with_or_without_its_spaces(typed: str) -> None:
    assert NIP.read(typed) == NIP_OK
    assert NIP.text(NIP_OK) == "19860926 201505 1 001"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "19860926 201505 1 00A",
            "NIP 19860926 201505 1 00A contains characters other than digits: A",
        ),
        ("19860926 201505 1 01", "NIP 19860926 201505 1 01 has 17 digits instead of 18"),
        ("19861326 201505 1 001", "birth date 19861326 is not a real date"),
        ("19860926 201505 3 001", "gender digit 3 is not 1 (male) or 2 (female)"),
    ],
)
def test_a_wrong_nip_says_what_is_wrong(typed: str, message: str) -> None:
    with pytest.raises(Refused) as err:
        NIP.read(typed)
    assert err.value.message == message


@given(st.dates(min_value=DATE_MIN, max_value=DATE_MAX))
def test_every_date_shown_is_read_back_in_both_languages(day: dt.date) -> None:
    before = QLocale()
    try:
        for locale in (INDONESIAN, ENGLISH):
            QLocale.setDefault(locale)
            assert DATE.read(DATE.text(day)) == day
    finally:
        QLocale.setDefault(before)


@given(st.text(max_size=30))
def test_no_text_crashes_a_kind(text: str) -> None:
    for kind in (DATE, TIME, TELEPHONE, NIP):
        try:
            value = kind.read(text)
        except Refused as refused:
            assert refused.message
        else:
            assert value is None or kind.read(kind.text(value)) == value
