"""Forms whose every field has its message under it, in a space kept for it (issue 18, defect
6): a message that appears or goes never moves the fields under the pointer, a long message
(the password rules) is shown whole on its reserved lines instead of being cut at top and
bottom, and a message goes as soon as the field is fixed.

The typed-input kit's `TypedField` does the same for numbers (the message beside the
field); this is its counterpart for the free-text fields of the administration and sign-in
dialogs (user names, passwords, the office code and name), which the kit has no kind for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import FieldErrors, InputError
from desktop_app.i18n import N_
from desktop_app.i18n.translator import tr_
from desktop_app.services import auth
from desktop_app.views import messages
from desktop_app.views.widgets import ERROR_STYLE

Check = Callable[[], str]
"""The message of a field as it stands ("" when it is fine)."""


def reserved_message(lines: int = 1, name: str = "", samples: Sequence[str] = ()) -> QLabel:
    """A word-wrapped message label `lines` lines high whatever it holds (empty too), so it
    is always in the layout and its text never resizes anything; its tooltip holds the text.
    With `samples` (the longest messages the field can show, in the interface language) it
    is as high as the longest of them needs at the label's width, set when the window is
    laid out or resized, never when a message appears."""
    label = ReservedMessage(lines, samples)
    if name:
        label.setObjectName(name)
    return label


class ReservedMessage(QLabel):
    """See `reserved_message`. Its height is fixed (no height-for-width), so the layout of
    the window keeps its whole space from the start and never lets the next row cover it."""

    def __init__(self, lines: int, samples: Sequence[str] = ()) -> None:
        super().__init__()
        self.lines, self.samples = lines, [s for s in samples if s]
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(1)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 4)

    def hasHeightForWidth(self) -> bool:
        return False

    def needed_height(self, texts: Sequence[str]) -> int:
        """The height `texts` need at the label's present width (at least `lines` lines)."""
        width = max(self.contentsRect().width() - 2 * max(self.margin(), 0), 1)
        metrics = self.fontMetrics()
        needed = metrics.lineSpacing() * self.lines
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        for text in texts:
            needed = max(needed, metrics.boundingRect(0, 0, width, 100_000, flags, text).height())
        return needed + 4

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.samples and self.width() > 1:
            needed = self.needed_height(self.samples)
            if needed > self.height():
                self.setFixedHeight(needed)
                QTimer.singleShot(0, self._grow_window)

    def _grow_window(self) -> None:
        """The window is made as high as the grown label needs (once, as it is laid out)."""
        window = self.window()
        layout = window.layout()
        if layout is None:
            return
        height = layout.totalMinimumSize().height()
        if layout.hasHeightForWidth():
            height = max(height, layout.totalHeightForWidth(window.width()))
        if window.height() < height:
            window.resize(window.width(), height)


def say(label: QLabel, text: str) -> None:
    """Put `text` (or nothing) in a reserved message label."""
    label.setText(text)
    label.setToolTip(text)


def fits(label: QLabel) -> bool:
    """Whether the label's text is shown whole: its height holds the wrapped text at its
    width, and no other widget of the window lies over it."""
    if isinstance(label, ReservedMessage):
        if label.needed_height([label.text()]) > label.height():
            return False
    elif label.heightForWidth(max(label.width(), 1)) > label.height():
        return False
    window = label.window()
    own = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    for other in window.findChildren(QWidget):
        if other is label or not other.isVisible() or other.isAncestorOf(label):
            continue
        if label.isAncestorOf(other) or other.parentWidget() is None:
            continue
        if other.parentWidget() is not None and other.parentWidget().isAncestorOf(label):
            place = QRect(other.mapTo(window, QPoint(0, 0)), other.size())
            if place.intersects(own):
                return False
    return True


class MessageForm:
    """A form layout whose rows each carry a reserved message line under the field; the
    same interface as `widgets.FieldForm` (`add`, `clear`, `show`, `errors`, `widgets`), plus
    checks while typing (`check`) and the focus on the first wrong field."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.errors: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.checks: dict[str, Check] = {}

    def add(
        self,
        key: str,
        label: str,
        widget: QWidget,
        *,
        lines: int = 1,
        check: Check | None = None,
        live: bool = False,
        samples: Sequence[str] = (),
    ) -> None:
        """A row: `widget` with its message under it, `lines` high (0: no message of its
        own; `samples`: the longest messages, to be as high as they need). `check` runs
        when the field is left and, while a message shows (or always when `live`), at every
        key, so a fixed field is cleared at once."""
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(1)
        inner.addWidget(widget)
        message = reserved_message(lines, f"error_{key}", samples)
        if lines:
            inner.addWidget(message)  # lines=0: a field that has no message of its own
        self.errors[key] = message
        self.form.addRow(label, box)
        buddy = self.form.labelForField(box)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(widget)
        self.widgets[key] = widget
        if check is not None:
            self.checks[key] = check
            edit = widget if isinstance(widget, QLineEdit) else widget.findChild(QLineEdit)
            if edit is not None:
                edit.textEdited.connect(lambda *_: self.typed(key, live=live))
                edit.editingFinished.connect(lambda: self.recheck(key))

    def typed(self, key: str, *, live: bool = False) -> None:
        """A key was typed in the field: a message is cleared once fixed, and updated (or
        shown, when `live`) while it is not."""
        if live or self.errors[key].text():
            self.recheck(key)

    def recheck(self, key: str) -> str:
        """Show the field's message as it stands; returns it."""
        text = self.checks[key]() if key in self.checks else ""
        say(self.errors[key], text)
        return text

    def recheck_if_shown(self, key: str) -> None:
        """Re-check a field whose message depends on another one (the repeated password)."""
        if self.errors[key].text():
            self.recheck(key)

    def check_all(self) -> QWidget | None:
        """Run every check; focus and return the first wrong field (None when all fine)."""
        first = None
        for key in self.checks:
            if self.recheck(key) and first is None:
                first = self.widgets[key]
        if first is not None:
            first.setFocus()
        return first

    def clear(self) -> None:
        for label in self.errors.values():
            say(label, "")

    def say(self, key: str, text: str) -> None:
        """Show `text` under the field `key` and focus it."""
        say(self.errors[key], text)
        self.widgets[key].setFocus()

    def show(self, err: FieldErrors, fallback: QLabel) -> QWidget | None:
        """Each message under its field (unknown fields in `fallback`); focuses and returns
        the first wrong field."""
        first = None
        for key, problem in err.errors.items():
            target = self.errors.get(key)
            if target is None or target.parent() is None:
                fallback.setText(messages.error_text(problem))
                fallback.setVisible(True)
                continue
            say(target, messages.error_text(problem))
            first = first or self.widgets.get(key)
        if first is not None:
            first.setFocus()
        return first


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
