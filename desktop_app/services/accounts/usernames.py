"""The user name of a staff account, derived from the employee's name and NIP.

The rule (documented in docs/staff-accounts.md, shown in the program):

1. the name without gelar, folded to plain ASCII lower case (``Siti Nur'aini`` -> ``siti
   nuraini``), letters only; a name word is kept whole;
2. the first and the last word joined by a dot (``siti.nuraini``); a one-word name stays as it
   is (``sukarno``);
3. if that is taken (or shorter than 3 letters), the last 4 digits of the NIP are added
   (``siti.nuraini.2002``); if that is taken too, ``-2``, ``-3``, ... after it;
4. at most 40 characters (the last word is cut, never the NIP digits).

The result always matches auth.USERNAME_RE; the same register gives the same names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

MAX_LENGTH = 40
_NOT_LETTER = re.compile(r"[^a-z ]+")


def _ascii_words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    folded = folded.replace("'", "").replace("`", "")
    return [word for word in _NOT_LETTER.sub(" ", folded).split() if word]


def base_username(name: str) -> str:
    """Step 1-2 of the rule: ``first.last`` of the name (may be empty or short)."""
    words = _ascii_words(name)
    if not words:
        return ""
    return words[0] if len(words) == 1 else f"{words[0]}.{words[-1]}"


def _fit(head: str, tail: str = "") -> str:
    room = MAX_LENGTH - len(tail)
    return head[:room].rstrip("._-") + tail


def derive_username(name: str, nip: str, taken: Callable[[str], bool]) -> str:
    """The first free user name by the rule above; `taken(name)` says whether one exists."""
    base = base_username(name) or "pegawai"
    digits = re.sub(r"\D", "", nip)[-4:] or "0000"
    if len(base) >= 3:
        candidate = _fit(base)
        if not taken(candidate):
            return candidate
    candidate = _fit(base, f".{digits}")
    n = 2
    while taken(candidate):
        candidate = _fit(base, f".{digits}-{n}")
        n += 1
    return candidate
