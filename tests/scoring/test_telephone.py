"""Indonesian telephone numbers typed every usual way are stored in one form (issue 18)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.telephone import format_telephone, parse_telephone

MOBILE = "+62 812-3456-7890"


@pytest.mark.parametrize(
    "text",
    [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "0812.3456.7890",
        "+62 812-3456-7890",
        "+6281234567890",
        "62 812 3456 7890",
        "+62 (812) 3456-7890",
        "+62 0812 3456 7890",
        "  (0812) 3456 - 7890 ",
    ],
)
def test_a_mobile_number_typed_any_way_is_one_stored_number(text: str) -> None:
    assert parse_telephone(text) == MOBILE


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("(021) 1234-5678", "+62 21-1234-5678"),
        ("021 5678901", "+62 21-5678-901"),
        ("(0274) 123456", "+62 274-123-456"),
        ("0361-234567", "+62 361-234-567"),
        ("+62 22 4201234", "+62 22-4201-234"),
        ("081234567", "+62 812-345-67"),
    ],
)
def test_landlines_and_short_numbers(text: str, stored: str) -> None:
    assert parse_telephone(text) == stored


NOT_DIGITS = " is not a telephone number: type digits, e.g. 0812-3456-7890."
NOT_INDONESIAN = ": an Indonesian number starts with 0, +62 or 62."
DIGITS = " digits: a telephone number has 9 to 15 (with the leading 0)."


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("telepon-abc", NOT_DIGITS),
        ("0812-3456-789O", NOT_DIGITS),
        ("+65 6123 4567", NOT_INDONESIAN),
        ("812 3456 7890", NOT_INDONESIAN),
        ("+0812 3456 7890", NOT_INDONESIAN),
        ("0812-345", " has 7" + DIGITS),
        ("0812 3456 7890 1234", " has 16" + DIGITS),
        ("+62", " has 1" + DIGITS),
    ],
)
def test_refused(text: str, rest: str) -> None:
    with pytest.raises(RuleError) as err:
        parse_telephone(text)
    assert str(err.value) == f"'{text}'{rest}"


def test_empty_and_stored_forms() -> None:
    assert parse_telephone("") is None
    assert format_telephone(MOBILE) == MOBILE
    assert format_telephone("0812 3456 7890") == MOBILE  # kept by an older version
    assert format_telephone("ext. 12") == "ext. 12"  # unreadable: shown as stored


NATIONAL = st.one_of(
    st.from_regex(r"8[1-9][0-9]{6,11}", fullmatch=True),
    st.from_regex(r"[1-79][0-9]{7,13}", fullmatch=True),
)
"""National numbers (without the trunk 0) of 9 to 15 digits with it."""


@given(NATIONAL, st.sampled_from(["0", "+62", "62", "+62 ", "(0", "+62 0"]), st.data())
def test_a_stored_number_is_read_back_as_itself(national: str, prefix: str, data) -> None:
    seps = data.draw(st.lists(st.sampled_from(["", " ", "-", "."]), min_size=len(national)))
    typed = prefix + ("" if not prefix.startswith("(") else ")")
    typed += "".join(d + s for d, s in zip(national, seps, strict=False))
    stored = parse_telephone(typed)
    assert stored is not None
    assert parse_telephone(stored) == stored
    assert format_telephone(stored) == stored
    assert "".join(c for c in stored if c.isdigit()) == "62" + national


@given(st.text(max_size=25))
def test_no_text_crashes_the_parser(text: str) -> None:
    try:
        stored = parse_telephone(text)
    except RuleError as err:
        assert str(err)
    else:
        assert stored is None or parse_telephone(stored) == stored
