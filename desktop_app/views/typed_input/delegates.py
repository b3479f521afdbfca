"""Table cell editors of the typed-input kit: a typed value (`TypedDelegate`), plain text
(`TextDelegate`) and a choice from a list (`ChoiceDelegate`).

Every one commits on each way of leaving the cell: Tab, Enter and clicking elsewhere (Qt's
delegate event filter), choosing an entry (a choice commits at once) and closing the dialog
(`commit_open_editors`, called by the editor's `done`). A typed cell writes its display text,
its value and its message in one `setItemData`, after reading the editor, so the view's
re-reading of the editor on `dataChanged` can never turn the value back (the lost Aspek of
issue 18). A refused text stays in the cell as typed, marked, with its message in ERROR_ROLE;
the editor refuses to save while any cell holds one (`cell_errors`). `CellMessages` keeps the
line under a table saying why while any cell is refused, whichever cell is edited next.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.i18n.translator import tr_
from desktop_app.views.typed_input.kinds import Kind, Refused
from desktop_app.views.typed_input.message_lines import MessageLine

VALUE_ROLE = Qt.ItemDataRole.UserRole + 8
"""The parsed value of a typed cell (Decimal, int; None when empty or refused)."""
ERROR_ROLE = Qt.ItemDataRole.UserRole + 9
"""The message of a refused cell ("" when the text is a value)."""
REFUSED_BACKGROUND = QColor("#fde2e1")


class CommittingDelegate(QStyledItemDelegate):
    """Keeps its open editors, so closing the dialog can commit the one still open."""

    message = Signal(str)  # the message of the text being typed ("" when fine or closed)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open: list[QWidget] = []
        self._cells: dict[int, QPersistentModelIndex] = {}

    def _track(self, editor: QWidget, index: QModelIndex | None = None) -> QWidget:
        self._open.append(editor)
        if index is not None:
            self._cells[id(editor)] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda *_: self._forget(editor))
        return editor

    def _forget(self, editor: QWidget) -> None:
        if editor in self._open:
            self._open.remove(editor)
        self._cells.pop(id(editor), None)

    def editing(self) -> set[tuple[int, int]]:
        """The cells (row, column) whose editor is open now."""
        return {(i.row(), i.column()) for i in self._cells.values() if i.isValid()}

    def destroyEditor(self, editor, index):  # type: ignore[no-untyped-def]
        self._forget(editor)
        self.message.emit("")  # nothing typed now: `CellMessages` says the refused cells
        super().destroyEditor(editor, index)

    def commit_all(self) -> None:
        """Commit and close every editor still open (the dialog is closing)."""
        for editor in list(self._open):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._forget(editor)


class TextDelegate(CommittingDelegate):
    """A plain text cell."""

    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]
        return self._track(QLineEdit(parent), index)

    def setEditorData(self, editor, index):  # type: ignore[no-untyped-def]
        editor.setText(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def setModelData(self, editor, model, index):  # type: ignore[no-untyped-def]
        model.setData(index, editor.text(), Qt.ItemDataRole.DisplayRole)


class TypedDelegate(CommittingDelegate):
    """A cell of one `Kind`; `kind_for(index)` may give the kind per row (JP bound by the row's
    dates) or None for plain text (a kualitatif target)."""

    def __init__(
        self,
        kind: Kind,
        parent: QObject | None = None,
        kind_for: Callable[[QModelIndex | QPersistentModelIndex], Kind | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.kind_for = kind_for

    def kind_of(self, index: QModelIndex | QPersistentModelIndex) -> Kind | None:
        return self.kind_for(index) if self.kind_for is not None else self.kind

    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]
        edit = QLineEdit(parent)
        persistent = QPersistentModelIndex(index)
        edit.textEdited.connect(lambda text: self.message.emit(self.check(persistent, text)))
        return self._track(edit, index)

    def check(self, index: QModelIndex | QPersistentModelIndex, text: str) -> str:
        """The message for `text` in the cell ("" when it is a value)."""
        kind = self.kind_of(index)
        if kind is None:
            return ""
        try:
            kind.read(text)
        except Refused as refused:
            return refused.message
        return ""

    def setEditorData(self, editor, index):  # type: ignore[no-untyped-def]
        editor.setText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        self.message.emit(index.data(ERROR_ROLE) or "")

    def setModelData(self, editor, model, index):  # type: ignore[no-untyped-def]
        set_typed(model, index, editor.text(), self.kind_of(index))

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        super().initStyleOption(option, index)
        if index.data(ERROR_ROLE):
            option.backgroundBrush = REFUSED_BACKGROUND


def set_typed(
    model: QAbstractItemModel,
    index: QModelIndex | QPersistentModelIndex,
    text: str,
    kind: Kind | None,
) -> None:
    """Write a typed text into a cell at once: shown again in its kind's form with its value,
    or kept as typed with its message when refused."""
    if kind is None:
        roles: dict[int, Any] = {Qt.ItemDataRole.DisplayRole: text, ERROR_ROLE: ""}
    else:
        try:
            value = kind.read(text)
        except Refused as refused:
            roles = {
                Qt.ItemDataRole.DisplayRole: text,
                VALUE_ROLE: None,
                ERROR_ROLE: refused.message,
                Qt.ItemDataRole.ToolTipRole: refused.message,
            }
        else:
            roles = {
                Qt.ItemDataRole.DisplayRole: kind.text(value),
                VALUE_ROLE: value,
                ERROR_ROLE: "",
                Qt.ItemDataRole.ToolTipRole: "",
            }
    model.setItemData(index, roles)


class ChoiceDelegate(CommittingDelegate):
    """A cell chosen from a list: the key in `role`, the label shown; choosing commits."""

    def __init__(
        self,
        choices: Callable[[], Iterable[tuple[object, str]]],
        role: int = Qt.ItemDataRole.UserRole,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        self.role = role

    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]
        combo = QComboBox(parent)
        for key, label in self.choices():
            combo.addItem(label, key)
        combo.activated.connect(lambda *_: self.commitData.emit(combo))
        return self._track(combo, index)

    def setEditorData(self, editor, index):  # type: ignore[no-untyped-def]
        editor.setCurrentIndex(max(editor.findData(index.data(self.role)), 0))

    def setModelData(self, editor, model, index):  # type: ignore[no-untyped-def]
        key, label = editor.currentData(), editor.currentText()  # read before any write
        model.setItemData(index, {Qt.ItemDataRole.DisplayRole: label, self.role: key})


def commit_open_editors(*views: QAbstractItemView) -> None:
    """Commit the cell still being edited in each view (before a dialog closes or saves)."""
    for view in views:
        model = view.model()
        delegates = {view.itemDelegate()}
        delegates.update(view.itemDelegateForColumn(c) for c in range(model.columnCount()))
        for delegate in delegates:
            if isinstance(delegate, CommittingDelegate):
                delegate.commit_all()


def cell_errors(model: QAbstractItemModel) -> list[tuple[int, int, str]]:
    """The refused cells (row, column, message), top to bottom."""
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            message = model.index(row, column).data(ERROR_ROLE)
            if message:
                found.append((row, column, message))
    return found


Where = Callable[[int, int, str], str]
"""How the line under a table names a refused cell: (row, column, message) to the text."""


class CellMessages(QObject):
    """The message line under a table of typed cells: the message of the text being typed,
    else that of the first refused cell (named by `where`), so a refused value keeps saying
    why, its text kept in the cell, until it is fixed, whichever cell is opened next (Tab
    into the next cell's editor cleared it, issue 18)."""

    def __init__(
        self,
        view: QAbstractItemView,
        line: QLabel,
        delegates: Iterable[CommittingDelegate],
        where: Where | None = None,
    ) -> None:
        super().__init__(view)
        self.view, self.line = view, line
        self.delegates = list(delegates)
        self.where = where or self._where
        self._typing = ""
        for delegate in self.delegates:
            delegate.message.connect(self._typed)
            if isinstance(line, MessageLine) and isinstance(delegate, TypedDelegate):
                samples = delegate.kind.sample_messages()  # room for them, wrapped
                line.add_samples(self.where(98, 0, text) for text in samples)
        model = view.model()
        for signal in (model.dataChanged, model.rowsRemoved, model.rowsInserted, model.modelReset):
            signal.connect(lambda *_: self.refresh())

    def _where(self, row: int, column: int, message: str) -> str:
        header = self.view.model().headerData(column, Qt.Orientation.Horizontal) or ""
        return tr_("TypedInput", "Row {row}, {column}: {message}").format(
            row=row + 1, column=" ".join(str(header).split()), message=message
        )

    def _typed(self, message: str) -> None:
        self._typing = message
        self.refresh()

    def refused(self) -> list[tuple[int, int, str]]:
        """The refused cells not being edited now (row, column, message)."""
        open_now: set[tuple[int, int]] = set()
        for delegate in self.delegates:
            open_now |= delegate.editing()
        return [c for c in cell_errors(self.view.model()) if (c[0], c[1]) not in open_now]

    def refresh(self) -> None:
        """Say the typed text's message, else the first refused cell's, else nothing."""
        if self._typing:
            text = self._typing
        else:
            refused = self.refused()
            text = self.where(*refused[0]) if refused else ""
        if self.line.text() != text:
            self.line.setText(text)
