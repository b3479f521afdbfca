"""The checks of the free-text fields of the administration and sign-in dialogs (user names,
passwords, the office code and name), which the typed-input kit has no kind for, with their
longest messages (`*_samples`) to reserve room for, and `add_password_pair`.

Their form is the kit's one `MessageForm` (`views/typed_input/forms.py`) with its message lines
(`views/typed_input/message_lines.py`): a message that appears or goes never moves the fields
under the pointer, a long message (the password rules) is shown whole on its reserved lines,
and a message goes as soon as the field is fixed. Re-exported here for the dialogs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.i18n.translator import tr_
from desktop_app.services import auth
from desktop_app.views import messages
from desktop_app.views.typed_input.forms import Check, MessageForm
from desktop_app.views.typed_input.message_lines import (
    MessageLine,
    fits,
    reserved_message,
    say,
)

ReservedMessage = MessageLine
"""The message label of these dialogs: the kit's one `MessageLine`."""

__all__ = [
    "Check",
    "MessageForm",
    "ReservedMessage",
    "add_password_pair",
    "fits",
    "office_code_message",
    "office_name_message",
    "password_message",
    "repeat_message",
    "reserved_message",
    "say",
    "username_message",
]


def password_message(password: str, username: str = "") -> str:
    """What a new password lacks, in the words the service refuses it with ("" when strong)."""
    problems = auth.password_problems(password, username.strip().lower())
    if not problems:
        return ""
    weak = N_("auth", "The password is too weak. It needs: {needs}.")
    return messages.error_text(InputError(weak, "auth", needs=problems))


def repeat_message(password: str, repeat: str) -> str:
    """The repeated password differs ("" when the same)."""
    if password == repeat:
        return ""
    return tr_("UserForm", "The two passwords differ: type the same password twice.")


def username_message(username: str, taken: Callable[[str], bool] = lambda name: False) -> str:
    """Why a new user name is refused ("" when it can be taken), as the service says it."""
    name = username.strip().lower()
    if not auth.USERNAME_RE.match(name):
        return messages.error_text(
            InputError(
                N_(
                    "auth",
                    "User name '{name}' is not valid: 3 to 40 lower-case letters, digits, "
                    "'.', '-' or '_', starting with a letter.",
                ),
                "auth",
                name=name,
            )
        )
    if taken(name):
        return messages.error_text(
            InputError(N_("auth", "User name '{name}' is taken."), "auth", name=name)
        )
    return ""


def office_code_message(code: str) -> str:
    """Why an office code is refused ("" when valid), as `office init` says it."""
    from desktop_app.services import office

    try:
        office.validate_code(code)
    except InputError as err:
        return messages.error_text(err)
    return ""


def office_name_message(name: str) -> str:
    """An office name may not be empty."""
    if name.strip():
        return ""
    return tr_("services", "The office name is empty: type the office's name.")


def password_samples() -> list[str]:
    """The longest refusals of a new password (every rule broken), and of its repeat."""
    return [password_message("x", "x"), repeat_message("a", "b")]


def username_samples() -> list[str]:
    """The refusals of a user name, for a name of twenty letters."""
    name = "n" * 20
    return [username_message(name + " x"), username_message(name, lambda _: True)]


def office_code_samples() -> list[str]:
    """The refusal of an office code of twenty letters."""
    return [office_code_message("K" * 20 + " !")]


def add_password_pair(
    fields: MessageForm,
    password: QLineEdit,
    repeat: QLineEdit,
    username: Callable[[], str],
    labels: tuple[str, str],
    lines: int = 2,
) -> None:
    """A new password and its repetition, each said while typing (the password rules, the
    match); the repetition is judged again as the password changes. One piece for every
    dialog that sets a password (first start, Tambah pengguna, reset)."""
    fields.add(
        "password",
        labels[0],
        password,
        lines=lines,
        check=lambda: password_message(password.text(), username()),
        samples=password_samples(),
        live=True,
    )
    fields.add(
        "repeat",
        labels[1],
        repeat,
        check=lambda: repeat_message(password.text(), repeat.text()),
        samples=[repeat_message("a", "b")],
    )
    password.textEdited.connect(lambda *_: fields.recheck_if_shown("repeat"))
