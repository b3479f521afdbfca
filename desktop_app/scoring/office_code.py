"""The office code (kode kantor): the rule `office init` applies, shared by every place that
reads a code from outside (a package manifest, a receipt, `--trust-office`), so a code that
could not have been made at an office is never trusted, stored or used in a file name."""

from __future__ import annotations

import re

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,15}$")


def is_office_code(code: object) -> bool:
    """2 to 16 of A-Z, 0-9, '-' and '_', starting with a letter or digit (already upper case:
    a code read from a file is taken as it is, never normalised)."""
    return isinstance(code, str) and CODE_RE.fullmatch(code) is not None
