"""Small reusable input widgets: an optional date, a searchable employee picker, field errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring.nip import display_nip
from desktop_app.services.register.employee_queries import EmployeeRow
from desktop_app.services.register.employees import LinkedPerson
from desktop_app.services.register.units import UnitRow
from desktop_app.views import messages

T = TypeVar("T")

ERROR_STYLE = "color: #b00020"
_EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty (shown as "—"): the lowest date stands for "no date"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText("—")
        self.setDate(_EMPTY)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == _EMPTY else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(_EMPTY if value is None else QDate(value.year, value.month, value.day))


class EmployeePicker(QWidget):
    """Choose one employee from the register by typing part of the name, NIP or jabatan.

    The choices come from the rows the register tab already holds (no query per keystroke).
    `changed` carries the chosen id, or 0 when the choice was cleared.
    """

    changed = Signal(int)

    def __init__(self, rows: Sequence[EmployeeRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_text: dict[str, int] = {}
        self._text_of: dict[int, str] = {}
        for r in rows:
            text = f"{r.name} — {display_nip(r.nip)}"
            if r.position_name:
                text += f" — {r.position_name}"
            self._by_text[text] = r.id
            self._text_of[r.id] = text
        self._id: int | None = None
        self._model = QStringListModel(list(self._by_text), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a name or NIP to choose…"))
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.edit.setCompleter(completer)
        completer.activated.connect(self._chosen)
        self.edit.editingFinished.connect(self._typed)
        clear = QToolButton()
        clear.setText("✕")
        clear.setToolTip(self.tr("Clear the choice"))
        clear.clicked.connect(lambda: self.set_id(None, notify=True))
        layout.addWidget(self.edit, 1)
        layout.addWidget(clear)
        self.setFocusProxy(self.edit)

    def add_choice(self, person: LinkedPerson) -> None:
        """Make a person choosable that the rows did not hold (an inactive superior, or one
        outside what the user may list), so that the stored link shows and is kept."""
        if person.id in self._text_of:
            return
        text = f"{person.name} — {display_nip(person.nip)}"
        if person.position_name:
            text += f" — {person.position_name}"
        if not person.active:
            text += " " + self.tr("(inactive)")
        self._by_text[text] = person.id
        self._text_of[person.id] = text
        self._model.setStringList(list(self._by_text))

    def employee_id(self) -> int | None:
        return self._id

    def set_id(self, employee_id: int | None, *, notify: bool = False) -> None:
        self._id = employee_id if employee_id in self._text_of else None
        self.edit.setText(self._text_of.get(self._id, "") if self._id else "")
        self.edit.setCursorPosition(0)  # show the name, not the end of the jabatan
        if notify:
            self.changed.emit(self._id or 0)

    def _chosen(self, text: str) -> None:
        self.set_id(self._by_text.get(text), notify=True)

    def _typed(self) -> None:
        text = self.edit.text().strip()
        if not text:
            if self._id is not None:
                self.set_id(None, notify=True)
            return
        if text in self._by_text:
            if self._by_text[text] != self._id:
                self.set_id(self._by_text[text], notify=True)
            return
        # Typed something that is not a choice: take the only match, else keep the old choice.
        needle = text.casefold()
        matches = [i for t, i in self._by_text.items() if needle in t.casefold()]
        self.set_id(matches[0] if len(matches) == 1 else self._id, notify=True)


def dialog_buttons(
    dialog: QDialog, accept_text: str, on_accept: Callable[[], None]
) -> QDialogButtonBox:
    """The accept (e.g. Save) and Cancel buttons of a form. Accept runs `on_accept`, which
    validates and closes the dialog itself only when the input was taken."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr_("dialog", "Cancel"))
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def row_table(model: QAbstractItemModel, name: str, widths: Sequence[int] = ()) -> QTableView:
    """A read-only table of whole rows (one selected at a time): the register, the SKP and
    evaluation lists, users, audit entries. Interactive column widths, never ResizeToContents,
    which would read every row of a 50,000-row model; never narrower than a column's title."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    keep_titles_visible(table)
    return table


def error_label(lines: int = 1) -> QLabel:
    """A dialog's red message line (a `typed_input.MessageLine`): always in the layout with
    `lines` lines kept for it (empty while all is well), so a message that appears or goes
    never moves the fields under the pointer (issue 18); a longer message wraps whole and
    the window grows by the room it needs, so the fields above it stay where they are."""
    from desktop_app.views.typed_input.message_lines import MessageLine  # it imports this module

    label = MessageLine(lines, grow_window=True)
    label.setProperty("errorLine", True)
    return label


def show_error(label: QLabel, text: str) -> None:
    """Say `text` on an `error_label` ("" clears it); its place stays either way."""
    label.setText(text)
    label.setToolTip(text)


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class FieldForm:
    """A form layout whose rows each carry a red error line under the field."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.errors: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def add(self, key: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        self.errors[key] = error_label()
        self.errors[key].setObjectName(f"error_{key}")
        inner.addWidget(self.errors[key])
        self.form.addRow(label, box)
        buddy = self.form.labelForField(box)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(widget)
        self.widgets[key] = widget

    def clear(self) -> None:
        for label in self.errors.values():
            show_error(label, "")

    def show(self, err: FieldErrors, fallback: QLabel) -> QWidget | None:
        """Each message under its field (unknown fields under `fallback`); returns the first
        wrong field's widget, to focus it."""
        first = None
        whole: list[str] = []
        for key, problem in err.errors.items():
            text = messages.error_text(problem)
            line = self.errors.get(key)
            if line is None:
                whole.append(text)
            elif line.holds(text):  # type: ignore[attr-defined]
                show_error(line, text)
            else:  # a line between fields never grows: it would move the fields below it
                line.say_shortened(text)  # type: ignore[attr-defined]
                whole.append(text)
            first = first or self.widgets.get(key)
        if whole:
            show_error(fallback, "\n".join(whole))
        return first


FILTER_DELAY_MS = 180


def filter_while_typing(edit: QLineEdit, apply: Callable[[], None], owner: QObject) -> QTimer:
    """Run `apply` once typing in `edit` pauses, so each keystroke does not refilter a long
    list. Returns the timer (stop it when filtering for another reason)."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(FILTER_DELAY_MS)
    timer.timeout.connect(apply)
    edit.textChanged.connect(timer.start)
    return timer


def matching(rows: Sequence[T], text: str, haystack: Callable[[T], str]) -> list[T]:
    """The rows whose `haystack` holds every word of `text`, case-insensitively."""
    terms = text.casefold().split()
    if not terms:
        return list(rows)
    return [r for r in rows if all(t in haystack(r).casefold() for t in terms)]


def open_editor(
    parent: QWidget,
    record_id: int | None,
    create: Callable[[], int],
    make_editor: Callable[[int], QDialog],
    show: Callable[[QDialog], object],
    reload: Callable[[], None],
) -> None:
    """Open the editor of a list's record, making the record first when there is none yet;
    a refusal is shown, never raised, and the list is read again either way."""
    try:
        if record_id is None:
            record_id = create()
        editor = make_editor(record_id)
    except ServiceError as err:
        messages.show_error(parent, err)
        reload()
        return
    try:
        show(editor)
    finally:
        editor.deleteLater()
    reload()


TITLE_BAR = 32  # the window manager's title bar above a dialog
TASKBAR = 40  # a taskbar the screen does not reserve (auto-hide, or a virtual screen)
FRAME = 8  # the window's borders


def usable_screen_size(widget: QWidget) -> tuple[int, int]:
    """The width and height a dialog's own area may take on its screen: the available area
    less the title bar and borders, and less a taskbar when the screen reserves none
    (1366×768 leaves 1358×688 that way), so a dialog opened at this size never reaches under
    the taskbar."""
    screen = widget.screen()
    available = screen.availableGeometry()
    taskbar = TASKBAR if available.height() >= screen.geometry().height() else 0
    return available.width() - FRAME, available.height() - TITLE_BAR - FRAME - taskbar


def resize_within_screen(dialog: QWidget, width: int, height: int) -> None:
    """Open a large dialog (an editor) at `width`×`height`, or as much as the screen allows:
    on 1366×768 an editor meant to be 760 high opens at the 688 the screen leaves."""
    usable_width, usable_height = usable_screen_size(dialog)
    dialog.resize(min(width, usable_width), min(height, usable_height))


def fit_header_to_titles(view: QTableView) -> None:
    """Make each column at least as wide as its title (bold, with the sort arrow, as the style
    draws it), so a title is never cut ("JP terealisa…"), in either language; wider columns
    are kept. Reads the header only, never the rows, so it stays quick on long lists."""
    header = view.horizontalHeader()
    model = header.model()
    if model is None:
        return
    shown = header.isSortIndicatorShown()
    header.setSortIndicatorShown(True)  # room for the arrow, should sorting be turned on later
    needed = [header.sectionSizeHint(column) for column in range(model.columnCount())]
    header.setSortIndicatorShown(shown)
    for column, width in enumerate(needed):
        if not header.isSectionHidden(column) and header.sectionSize(column) < width:
            header.resizeSection(column, width)


def keep_titles_visible(view: QTableView) -> None:
    """fit_header_to_titles now and whenever the model's columns or titles change."""
    model = view.horizontalHeader().model()
    fit_header_to_titles(view)
    if model is None:
        return
    refit = lambda *_args: fit_header_to_titles(view)  # noqa: E731
    model.headerDataChanged.connect(refit)
    model.modelReset.connect(refit)
    model.columnsInserted.connect(refit)


DEPTH_ROLE = Qt.ItemDataRole.UserRole + 40  # a unit's depth in the tree, for the indentation
INDENT = "    "


class _IndentedChoices(QStyledItemDelegate):
    """Draws a choice of the open list indented by its depth; the closed box shows the plain
    text, since there the unit is a value, not a place in a tree."""

    def initStyleOption(self, option, index) -> None:  # type: ignore[no-untyped-def]
        super().initStyleOption(option, index)
        depth = index.data(DEPTH_ROLE) or 0
        option.text = INDENT * int(depth) + option.text


def unit_tree(rows: Sequence[UnitRow]) -> list[tuple[int, int, str]]:
    """(id, depth, "name (CODE)") in tree order; a unit whose parent is not among `rows` is
    a root."""
    children: dict[int | None, list[UnitRow]] = {}
    ids = {r.id for r in rows}
    for r in rows:
        children.setdefault(r.parent_id if r.parent_id in ids else None, []).append(r)
    out: list[tuple[int, int, str]] = []

    def walk(parent: int | None, depth: int) -> None:
        for r in children.get(parent, []):
            out.append((r.id, depth, f"{r.name} ({r.code})"))
            walk(r.id, depth + 1)

    walk(None, 0)
    return out


def add_unit_choices(
    combo: QComboBox, rows: Sequence[UnitRow], *, leave_out: int | None = None
) -> None:
    """Append the units to a combo box in tree order: indented in the open list, the name and
    code without the indentation once chosen ("Sekretariat (SEKRET)"). `leave_out`: a unit
    not offered (a unit cannot be its own parent)."""
    if not isinstance(combo.view().itemDelegate(), _IndentedChoices):
        combo.view().setItemDelegate(_IndentedChoices(combo))
    for unit_id, depth, label in unit_tree(rows):
        if unit_id == leave_out:
            continue
        combo.addItem(label, unit_id)
        combo.setItemData(combo.count() - 1, depth, DEPTH_ROLE)


_TIP, _STATUS_TIP = "normalToolTip", "normalStatusTip"


def set_enabled_why(target: QObject, enabled: bool, reason: str = "") -> None:
    """Enable an action or button, or disable it saying why, in its tooltip and its status
    tip (the status bar line while the pointer is on it): a greyed menu entry or button that
    never says why leaves the user guessing. The normal tooltip comes back when enabled."""
    if target.property(_TIP) is None:
        target.setProperty(_TIP, target.toolTip() if target.toolTip() != _plain(target) else "")
        target.setProperty(_STATUS_TIP, target.statusTip())
    target.setEnabled(enabled)
    why = "" if enabled else (reason or tr_("widgets", "Not available here."))
    target.setToolTip(why or target.property(_TIP))
    target.setStatusTip(why or target.property(_STATUS_TIP))


def _plain(target: QObject) -> str:
    """The tooltip Qt makes up for an action from its text (not a tooltip anyone wrote)."""
    text = getattr(target, "text", lambda: "")()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def why_denied(action: object) -> str:
    """Why the signed-in user may not do `action` (a session Action): the central office only
    reads the offices' data; otherwise who may, and the role the user has."""
    from desktop_app.services import session as session_service

    if session_service.is_central() and action in session_service.CENTRAL_READ_ONLY:
        return tr_(
            "widgets",
            "The central office only reads the offices' data: it is changed in the office "
            "and comes here in its packages.",
        )
    current = session_service.current()
    roles = [
        tr_("roles", session_service.ROLE_LABELS[r])
        for r in session_service.roles_with(action)  # type: ignore[arg-type]
    ]
    mine = tr_("roles", session_service.ROLE_LABELS[current.role]) if current else ""
    if not roles:
        return tr_("widgets", "Your account may not do this.")
    return tr_("widgets", "Only {roles} may do this; you are signed in as {role}.").format(
        roles=tr_("widgets", " or ").join(roles), role=mine
    )


def enable_for(target: QObject, action: object, *, when: bool = True, otherwise: str = "") -> bool:
    """Enable `target` when the signed-in user may do `action` and `when` holds; else disable
    it saying why: the role (`why_denied`), or `otherwise` (no selection, the state of the
    record). Returns whether it is enabled."""
    from desktop_app.services import session as session_service

    may = session_service.granted(action)  # type: ignore[arg-type]
    set_enabled_why(target, may and when, otherwise if may else why_denied(action))
    return may and when


def why_no_row() -> str:
    return tr_("widgets", "Select an employee in the list first.")


def why_not_own_staff() -> str:
    return tr_(
        "widgets", "Only for the employees you appraise (you are not this employee's appraiser)."
    )


def why_year_closed() -> str:
    return tr_("widgets", "The year is closed: nothing new can be made in it.")


def today() -> dt.date:
    """Today's date (tests replace this)."""
    return dt.date.today()


def choose_current_year(combo: QComboBox) -> None:
    """Select this year in a year combo (its data the year), or the latest year before it:
    the program opens on the current period, not on the oldest year of the list."""
    year = today().year
    years = [(combo.itemData(i), i) for i in range(combo.count())]
    known = [(y, i) for y, i in years if isinstance(y, int) and y <= year]
    if known:
        combo.setCurrentIndex(max(known)[1])


class DisabledStatusTips(QObject):
    """Shows the status tip of a disabled menu entry while the pointer is on it: Qt shows
    the status tips of enabled entries only, so the reason a greyed entry gives
    (`set_enabled_why`) would reach the status bar never."""

    def __init__(self, show: Callable[[str], None], parent: QObject) -> None:
        super().__init__(parent)
        self._show = show

    def watch(self, menu: QMenu) -> None:
        menu.installEventFilter(self)
        for action in menu.actions():
            if action.menu() is not None:
                self.watch(action.menu())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseMove and isinstance(watched, QMenu):
            action = watched.actionAt(event.position().toPoint())  # type: ignore[attr-defined]
            if action is not None and not action.isEnabled() and action.statusTip():
                text = action.statusTip()
                QTimer.singleShot(0, lambda: self._show(text))  # after QMenu clears it
        return False
