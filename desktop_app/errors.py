"""Typed errors that carry a translatable message, so views can show it in the user's language.

A service error holds an English message template (`msgid`, marked with `N_` for lupdate), its
translation `context` and the `params` to fill in. `str(error)` is the English text, which the
CLI prints on stderr; the GUI translates `msgid` and formats it with the same params.
"""

from __future__ import annotations

from typing import Any

from desktop_app.i18n import N_


class ServiceError(Exception):
    """A failure the user can act on (bad input, a conflict, a missing record)."""

    exit_code = 1

    def __init__(self, msgid: str, context: str = "services", **params: Any) -> None:
        self.msgid = msgid
        self.context = context
        self.params = params
        super().__init__(msgid.format(**{k: _english(v) for k, v in params.items()}))


def _english(value: Any) -> Any:
    """A parameter as the English message shows it; a list of errors reads "a, b, c" (the
    GUI translates each one, see views.messages.error_text)."""
    if isinstance(value, list | tuple) and all(isinstance(v, BaseException) for v in value):
        return ", ".join(str(v) for v in value)
    return value


class InputError(ServiceError):
    """Bad input: the CLI exits with 2."""

    exit_code = 2


class NotFoundError(InputError):
    pass


class FieldErrors(InputError):
    """Validation of a form: one message per field, nothing saved.

    `errors` maps a field name to a ServiceError with its own translatable message.
    """

    def __init__(self, errors: dict[str, ServiceError]) -> None:
        self.errors = errors
        first = next(iter(errors.values()))
        super().__init__(
            N_("services", "A field needs attention: {first}")
            if len(errors) == 1
            else N_("services", "{count} fields need attention: {first}"),
            count=len(errors),
            first=str(first),
        )
        self.params["first"] = first


class NoOfficeYetError(InputError):
    def __init__(self) -> None:
        super().__init__(
            N_(
                "services",
                "This database is not an office yet. Set the office code and name "
                "first (Settings > Office identity, or 'office init').",
            )
        )


class DatabaseInUseError(InputError):
    """Another program holds the database's write lock (SQLITE_BUSY after the busy timeout):
    the transaction was never begun or was rolled back whole, so nothing was changed."""

    def __init__(self, path: object = None) -> None:
        super().__init__(
            N_(
                "database",
                "The database {path} is in use by another program (for example a copy or "
                "backup tool, or a database viewer), so this change could not be saved. "
                "Nothing was changed. Try again when that program has finished or is closed.",
            ),
            "database",
            path=str(path) if path is not None else "",
        )
