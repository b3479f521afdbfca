"""A form whose every row keeps a message line under its field (`MessageForm`): the one form of
messages for the editors' typed fields and for the free-text fields of accounts, the office and
the sign-in dialogs (`views/admin/field_messages.py` holds only their checks).

The line (`message_lines.MessageLine`) is always in the layout with room for its longest
messages wrapped, so a message that appears or goes never moves the fields under the pointer
and is never cut (issue 18, defect 6). A message from Save stays only while it is true: the
form re-asks its `recheck` function on each change and clears what was fixed ("Pilih
golongan." goes as soon as a golongan is chosen); a field's own `check` runs when it is left
and, while its message shows (or always when `live`), at every key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.errors import FieldErrors
from desktop_app.views import messages
from desktop_app.views.typed_input.fields import TypedEdit
from desktop_app.views.typed_input.message_lines import MessageLine, message_line, say

Recheck = Callable[[], Mapping[str, str]]
"""The messages of the whole form by field key, as Save would give them now."""
Check = Callable[[], str]
"""The message of one field as it stands ("" when it is fine)."""


class MessageForm:
    """Rows of label, field and message line. `show` puts Save's messages under their
    fields; `recheck` (optional) gives the messages as they stand, to clear the fixed ones;
    a row's `check` is its own message, asked while typing (`check_all` before saving)."""

    def __init__(
        self, form: QFormLayout, recheck: Recheck | None = None, *, grow_window: bool = True
    ) -> None:
        self.form = form
        self.grow_window = grow_window  # a small dialog grows with its lines (see MessageLine)
        self.recheck_form = recheck
        self.errors: dict[str, MessageLine] = {}
        self.widgets: dict[str, QWidget] = {}
        self.checks: dict[str, Check] = {}
        self._from_save: set[str] = set()
        self._fallback: QLabel | None = None

    def add(
        self,
        key: str,
        label: str,
        widget: QWidget,
        layout: QFormLayout | None = None,
        *,
        lines: int = 1,
        check: Check | None = None,
        live: bool = False,
        samples: Sequence[str] = (),
    ) -> MessageLine:
        """A row for `widget` (in `layout`, the form's own by default: one MessageForm may
        hold the rows of several group boxes) with its message line under it, the whole width
        of the form, `lines` high at least and with room for `samples` (its longest messages)
        wrapped; `lines=0`: a field without a message of its own. A `TypedEdit` says its
        messages on the row's line."""
        line = message_line(f"error_{key}", max(lines, 1), samples)
        line.grow_window = self.grow_window
        if isinstance(widget, TypedEdit):
            line.setText(widget.message.text())
            line.add_samples(widget.message.samples)
            widget.message = line
        form = layout if layout is not None else self.form
        form.addRow(label, widget)
        if lines:
            form.addRow(line)
        buddy = form.labelForField(widget)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(widget)
        self.errors[key] = line
        self.widgets[key] = widget
        self._watch(key, widget)
        if check is not None:
            self.checks[key] = check
            edit = widget if isinstance(widget, QLineEdit) else widget.findChild(QLineEdit)
            if edit is not None:
                edit.textEdited.connect(lambda *_: self.typed(key, live=live))
                edit.editingFinished.connect(lambda: self.recheck(key))
        return line

    # --- a field's own check ---------------------------------------------------------------

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

    def say(self, key: str, text: str) -> None:
        """Show `text` under the field `key` and focus it."""
        say(self.errors[key], text)
        self.widgets[key].setFocus()

    # --- Save's messages -------------------------------------------------------------------

    def _watch(self, key: str, widget: QWidget) -> None:
        on_change = lambda *_: self.changed(key)  # noqa: E731
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(on_change)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(on_change)
            widget.currentTextChanged.connect(on_change)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(on_change)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(on_change)
        elif hasattr(widget, "changed"):
            widget.changed.connect(on_change)

    def changed(self, key: str) -> None:
        """A field changed: Save's messages that are no longer true go (on every row, as one
        change can fix another row: the employee type fixes the golongan)."""
        if not self._from_save:
            return
        now = dict(self.recheck_form()) if self.recheck_form is not None else {}
        if self.recheck_form is None:
            now = {k: self.errors[k].text() for k in self._from_save if k != key}
        for name in list(self._from_save):
            message = now.get(name, "")
            widget = self.widgets.get(name)
            if isinstance(widget, TypedEdit) and widget.problem():
                self._from_save.discard(name)  # the field says what is wrong itself
                continue
            self.errors[name].setText(message)
            if not message:
                self._from_save.discard(name)
        if not self._from_save and not self.typed_problems() and self._fallback is not None:
            self._fallback.setText("")  # "Nothing was saved…" goes with the last message

    def show(self, found: Mapping[str, str] | FieldErrors, fallback: QLabel) -> QWidget | None:
        """Each message under its field (unknown keys, or fields without a line of their
        own, on `fallback`); returns the first wrong field in the form's order. Given the
        service's FieldErrors, it also puts the focus there."""
        focus = isinstance(found, FieldErrors)
        texts = (
            {k: messages.error_text(v) for k, v in found.errors.items()}
            if isinstance(found, FieldErrors)
            else dict(found)
        )
        self._fallback = fallback
        shown: list[str] = []
        for key, text in texts.items():
            line = self.errors.get(key)
            if line is None or line.parent() is None:
                fallback.setText(text)
                fallback.setVisible(True)
                continue
            line.setText(text)
            line.setToolTip(text)
            self._from_save.add(key)
            shown.append(key)
        first = next((w for k, w in self.widgets.items() if k in shown), None)
        if focus and first is not None:
            first.setFocus()
        return first

    def clear(self) -> None:
        """Every message line empty (a typed field keeps saying what is wrong with it)."""
        self._from_save.clear()
        for key, line in self.errors.items():
            widget = self.widgets[key]
            say(line, widget.problem() if isinstance(widget, TypedEdit) else "")

    def typed_problems(self) -> dict[str, str]:
        """The typed fields whose text is refused: key to message, in the form's order."""
        return {
            key: widget.problem()
            for key, widget in self.widgets.items()
            if isinstance(widget, TypedEdit) and widget.problem()
        }
