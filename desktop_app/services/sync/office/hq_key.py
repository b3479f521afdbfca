"""The central office key at the office: the age key packages are sealed for and the
fingerprint of the key receipts are signed with, pasted or read from the stick."""

from __future__ import annotations

import re
from pathlib import Path

from pyrage import x25519

from desktop_app.i18n import N_
from desktop_app.models.database import write_transaction
from desktop_app.services import settings
from desktop_app.services.session import Action, require
from desktop_app.services.sync.office.errors import error
from desktop_app.services.sync.office.state import HQ_RECIPIENT, HQ_SIGNING
from desktop_app.sync.keys import grouped, normalize_fingerprint


def set_hq_key(text: str, signing_fingerprint: str | None = None) -> str:
    """Remember the central office's age key ("age1...", pasted or read from a file on the
    stick) and the fingerprint of the key its receipts are signed with: given, or found in
    `text` (the output of 'hq key'); required, so no receipt's own key is ever trusted.
    Returns the age key as stored."""
    require(Action.SYNC)
    recipient, found = parse_hq_key(text)
    signing_fingerprint = signing_fingerprint or found
    if not signing_fingerprint:
        # Without it the first receipt would be trusted whoever signed it, and its key kept.
        raise error(
            N_(
                "sync_office",
                "The fingerprint of the central office's receipt signing key is required: the "
                "central office shows it under its key (Import tab, or the key file it saves for "
                "the offices). Give both.",
            )
        )
    try:
        fp = normalize_fingerprint(signing_fingerprint)
    except ValueError as exc:
        raise error(
            N_("sync_office", "'{value}' is not a key fingerprint (64 hexadecimal digits)."),
            value=signing_fingerprint,
        ) from exc
    with write_transaction():
        settings.put(HQ_RECIPIENT, recipient)
        settings.put(HQ_SIGNING, fp)
    return recipient


KEY_FILE_LIMIT = 64 * 1024  # a key file is a few lines; anything larger is not one
_FINGERPRINT = re.compile(r"[0-9a-fA-F](?:[0-9a-fA-F]|[ \t:])*[0-9a-fA-F]")


def parse_hq_key(text: str) -> tuple[str, str | None]:
    """(age key, receipt signing fingerprint or None) found in `text`: what the central
    office's key file or the output of 'hq key' holds. The age key is checked; nothing is
    stored (see `set_hq_key`)."""
    candidates = [w for w in text.replace(",", " ").split() if w.startswith("age1")]
    if not candidates:
        raise error(
            N_(
                "sync_office",
                "No central office key found: it starts with 'age1' (ask the central office "
                "for the key file it saves for the offices).",
            )
        )
    recipient = candidates[0]
    try:
        x25519.Recipient.from_str(recipient)
    except Exception as exc:  # pyrage raises its own RecipientError (a ValueError subclass)
        raise error(
            N_("sync_office", "'{value}' is not a valid central office key."), value=recipient
        ) from exc
    found = None
    for line in text.splitlines():
        line = " ".join(w for w in line.split() if not w.startswith("age1"))
        for match in _FINGERPRINT.finditer(line):
            try:
                found = normalize_fingerprint(match.group(0))
            except ValueError:
                continue
            break
        if found:
            break
    return recipient, found


def read_hq_key_file(path: str | Path) -> tuple[str, str | None]:
    """The central office key (and its receipt signing fingerprint when the file holds it)
    from a file the central office put on the stick."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(KEY_FILE_LIMIT + 1)
    except OSError as exc:
        raise error(
            N_("sync_office", "The key file {path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if len(data) > KEY_FILE_LIMIT:
        raise error(
            N_("sync_office", "{path} is too large to be a central office key file."),
            path=str(path),
        )
    return parse_hq_key(data.decode("utf-8", errors="replace"))


def hq_key() -> tuple[str | None, str | None]:
    """(age key, receipt signing fingerprint) of the central office, as set."""
    return settings.get(HQ_RECIPIENT), settings.get(HQ_SIGNING)


def signing_fingerprint_text() -> str:
    fp = settings.get(HQ_SIGNING)
    return grouped(fp) if fp else ""
