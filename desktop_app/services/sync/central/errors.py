"""The errors of the central office's sync, in their own translation context."""

from __future__ import annotations

from desktop_app.errors import InputError


def error(msgid: str, **params: object) -> InputError:
    """A refusal whose message is in the "sync_central" translation context."""
    return InputError(msgid, "sync_central", **params)
