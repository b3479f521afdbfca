"""Errors and translatable messages of the scoring rules.

Every rule reports in English through a *msgid* template with ``{name}`` placeholders plus its
parameters, so the GUI can look the msgid up in Qt's catalogue (context ``"scoring"``) and format
the translated template with the same parameters. ``str()`` gives the English text, which is what
logs and tests see.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

CONTEXT = "scoring"


def format_message(msgid: str, params: Mapping[str, Any]) -> str:
    """Fill a msgid template; a missing placeholder is a programming error and raises KeyError."""
    return msgid.format(**params)


@dataclass(frozen=True)
class Message:
    """A translatable message: English template (msgid) plus the values for its placeholders."""

    msgid: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)
    context: str = CONTEXT

    def __str__(self) -> str:
        return format_message(self.msgid, self.params)


class RuleError(ValueError):
    """A scoring rule refused its input (a ValueError, so callers may catch either).

    `msgid` is the English template marked with ``N_(context, msgid)`` where it is raised, `params`
    the values it names; ``str(err)`` is the formatted English message.
    """

    def __init__(
        self, msgid: str, params: Mapping[str, Any] | None = None, *, context: str = CONTEXT
    ):
        self.context = context
        self.msgid = msgid
        self.params: dict[str, Any] = dict(params or {})
        super().__init__(format_message(msgid, self.params))

    @property
    def message(self) -> Message:
        """The same content as a `Message`, e.g. to show it next to warnings."""
        return Message(self.msgid, dict(self.params), self.context)
