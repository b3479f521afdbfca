"""Indonesian telephone numbers (nomor telepon / HP) as people type them, in one stored form.

The stored and shown form is international with groups: the country code, the national number
without its trunk 0, grouped for reading:

* mobile (nomor HP, national number starting 8): "+62 812-3456-7890" (3 digits, then fours);
* landline (telepon rumah/kantor): "+62 21-1234-5678", "+62 274-123-456": the area code (two
  digits for Jakarta 21, Bandung 22, Semarang 24, Surabaya 31 and Medan 61, else three), then
  the subscriber number in fours (a last group of fewer than three digits is balanced with the
  one before it).

Typed forms read: "0812-3456-7890", "0812 3456 7890", "+62 812 3456 7890", "62812.3456.7890",
"(021) 1234-5678", "+62 (21) 1234 5678"; spaces, dashes, dots and brackets are ignored. The
number has 9 to 15 digits counted in the national form (with its leading 0). Refused with a
RuleError: letters or other signs ("telepon-abc"), a number that does not start with 0, +62 or
62, too few or too many digits. `format_telephone(parse_telephone(x))` is `parse_telephone(x)`,
so a stored number is shown back exactly as stored.
"""

from __future__ import annotations

import re

from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.reference import N_

MIN_DIGITS = 9
MAX_DIGITS = 15
"""Digits of a number in the national form, leading 0 included (e.g. 021-1234567 has 10,
0812-3456-7890 has 12)."""

TWO_DIGIT_AREAS = ("21", "22", "24", "31", "61")
"""Area codes (kode wilayah) of two digits; the others have three."""

_SEPARATORS = re.compile(r"[\s\-.()]+")


def _refuse(msgid: str, text: str, **params: object) -> RuleError:
    return RuleError(msgid, {"text": text.strip(), **params})


def parse_telephone(text: str) -> str | None:
    """The stored form of a typed Indonesian number (see the module docstring), or None when
    nothing was typed; RuleError with a message that says how to type it otherwise."""
    stripped = text.strip()
    if not stripped:
        return None
    body = _SEPARATORS.sub("", stripped)
    plus = body.startswith("+")
    if plus:
        body = body[1:]
    if not body.isascii() or not body.isdigit():
        raise _refuse(
            N_(
                "scoring",
                "'{text}' is not a telephone number: type digits, e.g. 0812-3456-7890.",
            ),
            text,
        )
    if body.startswith("62"):
        national = body[2:]
    elif body.startswith("0") and not plus:
        national = body[1:]
    else:
        raise _refuse(
            N_("scoring", "'{text}': an Indonesian number starts with 0, +62 or 62."), text
        )
    national = national.removeprefix("0")  # "+62 0812…" as some people write it
    count = len(national) + 1
    if not MIN_DIGITS <= count <= MAX_DIGITS or national.startswith("0"):
        raise _refuse(
            N_(
                "scoring",
                "'{text}' has {count} digits: a telephone number has {low} to {high} "
                "(with the leading 0).",
            ),
            text,
            count=count,
            low=MIN_DIGITS,
            high=MAX_DIGITS,
        )
    return format_national(national)


def _fours(digits: str) -> list[str]:
    groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    if len(groups) > 1 and len(groups[-1]) < 3:
        both = groups[-2] + groups[-1]
        half = (len(both) + 1) // 2
        groups[-2:] = [both[:half], both[half:]]
    return groups


def format_national(national: str) -> str:
    """ "+62 812-3456-7890" for the national number "81234567890" (no trunk 0)."""
    if national.startswith("8"):
        head, rest = national[:3], national[3:]
    elif national[:2] in TWO_DIGIT_AREAS:
        head, rest = national[:2], national[2:]
    else:
        head, rest = national[:3], national[3:]
    return "-".join(["+62 " + head, *_fours(rest)]) if rest else f"+62 {head}"


def format_telephone(stored: str) -> str:
    """A stored number for reading: the stored form when it is one (numbers kept by older
    versions are grouped the same way), else the text as stored, so screens never fail."""
    try:
        return parse_telephone(stored) or ""
    except RuleError:
        return stored
