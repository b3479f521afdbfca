"""Dates and times as offices type them (issue 18): hand-checked examples, then properties:
every value shown is read back as itself, and no text makes the parsers crash."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.indonesian_format import (
    MONTHS,
    format_date,
    format_time,
    parse_date,
    parse_time,
)
from desktop_app.scoring.input_ranges import DATE_MAX, DATE_MIN, check_date

ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

DAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    "text",
    [
        "3 Desember 2026",
        "3 Des 2026",
        "3 des. 2026",
        "03 DESEMBER 2026",
        "03/12/2026",
        "3/12/2026",
        "3-12-2026",
        "03.12.2026",
        " 3 - 12 - 2026 ",
        "3 December 2026",
        "3 Dec 2026",
        "December 3, 2026",
        "2026-12-03",
    ],
)
def test_dates_accepted(text: str) -> None:
    assert parse_date(text) == DAY


def test_day_first_always() -> None:
    assert parse_date("04/05/2026") == dt.date(2026, 5, 4)
    assert parse_date("12/01/2026") == dt.date(2026, 1, 12)
    assert parse_date("1 Pebruari 2026") == dt.date(2026, 2, 1)
    assert parse_date("17 Agt 1945") == dt.date(1945, 8, 17)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31 Februari 2026", "'31 Februari 2026' is not a real date."),
        ("12/13/2026", "'12/13/2026' is not a real date."),
        ("3/12/26", "'3/12/26': type the year in four digits (2026)."),
        ("3 Decembre 2026", "'3 Decembre 2026': 'Decembre' is not a month."),
        ("besok", "'besok' is not a date: type it as 3 Desember 2026 or 03/12/2026."),
        ("3/12-2026", "'3/12-2026' is not a date: type it as 3 Desember 2026 or 03/12/2026."),
        ("2026", "'2026' is not a date: type it as 3 Desember 2026 or 03/12/2026."),
    ],
)
def test_dates_refused(text: str, message: str) -> None:
    with pytest.raises(RuleError) as err:
        parse_date(text)
    assert str(err.value) == message


def test_empty_date_is_none() -> None:
    assert parse_date("") is None
    assert parse_date("   ") is None


def test_date_range() -> None:
    assert check_date(DATE_MIN) == DATE_MIN
    assert check_date(DATE_MAX) == DATE_MAX
    with pytest.raises(RuleError) as before:
        check_date(dt.date(1899, 12, 31))
    assert before.value.params == {"date": dt.date(1899, 12, 31), "bound": DATE_MIN}
    with pytest.raises(RuleError):
        check_date(dt.date(2101, 1, 1))
    today = dt.date(2026, 12, 3)
    assert check_date(today, latest=today) == today
    with pytest.raises(RuleError) as after:
        check_date(dt.date(2026, 12, 4), latest=today)
    assert after.value.msgid == "{date} is after {bound}."
    with pytest.raises(RuleError):
        check_date(dt.date(2020, 1, 1), earliest=dt.date(2021, 1, 1))
    # a field's bound never widens the program's range
    with pytest.raises(RuleError):
        check_date(dt.date(1850, 1, 1), earliest=dt.date(1800, 1, 1))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("08.30", dt.time(8, 30)),
        ("8.30", dt.time(8, 30)),
        ("8:30", dt.time(8, 30)),
        ("0830", dt.time(8, 30)),
        ("830", dt.time(8, 30)),
        ("00.00", dt.time(0, 0)),
        ("23:59", dt.time(23, 59)),
        (" 14 . 05 ", dt.time(14, 5)),
    ],
)
def test_times_accepted(text: str, value: dt.time) -> None:
    assert parse_time(text) == value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("24.00", "'24.00' is not a time of day: 00.00 to 23.59."),
        ("8.75", "'8.75' is not a time of day: 00.00 to 23.59."),
        ("jam delapan", "'jam delapan' is not a time: type hours and minutes, e.g. 08.30."),
        ("8.3", "'8.3' is not a time: type hours and minutes, e.g. 08.30."),
        ("12345", "'12345' is not a time: type hours and minutes, e.g. 08.30."),
    ],
)
def test_times_refused(text: str, message: str) -> None:
    with pytest.raises(RuleError) as err:
        parse_time(text)
    assert str(err.value) == message


def test_time_shown_with_a_dot() -> None:
    assert format_time(dt.time(8, 30)) == "08.30"
    assert format_time(dt.time(0, 5)) == "00.05"
    assert parse_time("") is None


DATES = st.dates(min_value=DATE_MIN, max_value=DATE_MAX)


@given(DATES)
def test_a_date_shown_is_read_back(day: dt.date) -> None:
    assert format_date(day) == f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    assert parse_date(format_date(day)) == day
    assert parse_date(f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}") == day
    assert parse_date(f"{day.day:02d}/{day.month:02d}/{day.year}") == day
    assert parse_date(f"{day.day}-{day.month}-{day.year}") == day
    assert parse_date(f"{day.day:02d}.{day.month:02d}.{day.year}") == day
    assert parse_date(f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}") == day


@given(st.times())
def test_a_time_shown_is_read_back(moment: dt.time) -> None:
    minute = moment.replace(second=0, microsecond=0)
    assert parse_time(format_time(minute)) == minute
    assert parse_time(f"{minute.hour}:{minute.minute:02d}") == minute
    assert parse_time(f"{minute.hour:02d}{minute.minute:02d}") == minute


@given(st.text(max_size=30))
def test_no_text_crashes_the_date_and_time_parsers(text: str) -> None:
    for parse in (parse_date, parse_time):
        try:
            parse(text)
        except RuleError as err:
            assert str(err)  # a message, never another exception
