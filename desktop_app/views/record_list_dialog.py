"""The base of the dialogs that list one kind of record with Add / Edit / Remove / Close (the
dialogues of an employee, a PPPK's contracts, the officials outside the office, the Plt / Plh,
an employee's kedudukan hukum): the table, the button bar with Close at its right, Insert and
F2, filling the table keeping the chosen record, opening a record's form and reloading after
it, and removing one after its confirmation. Each dialog keeps its own texts, columns and
rules; the base only holds what they did alike."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app.errors import ServiceError
from desktop_app.views import messages
from desktop_app.views.widgets import fit_header_to_titles, row_table

ID_ROLE = Qt.ItemDataRole.UserRole


class RecordListDialog(QDialog):
    """A list of records and the way to each one's form. A subclass builds its screen with
    `add_table`, `button_bar` and `add_shortcuts`, fills it in `reload` with `fill`, and
    opens its form through `open_form` (its module's function, which tests replace)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = False  # a record was added, changed or removed: the caller reloads
        self.rows: list[Any] = []
        self.body = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        self.table = row_table(self.model, "recordTable")

    # building -------------------------------------------------------------------------
    def add_table(self, name: str, *, edit_on_double_click: bool = True) -> None:
        """The list, named `name`, stretched; a double click opens the record's form."""
        self.table.setObjectName(name)
        if edit_on_double_click:
            self.table.doubleClicked.connect(lambda _index: self.edit())
        self.body.addWidget(self.table, 1)

    def button_bar(self, buttons: Sequence[QPushButton], close_text: str) -> QPushButton:
        """`buttons` at the left, Close (`close_text`, the dialog's own translation) at the
        right: it accepts the dialog. Returns Close."""
        bar = QHBoxLayout()
        for button in buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        close = QPushButton(close_text)
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        self.body.addLayout(bar)
        return close

    def add_shortcuts(self) -> None:
        """Insert adds a record, F2 edits the chosen one (as in every list of the program)."""
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.edit)

    # the list ---------------------------------------------------------------------------
    def fill(
        self,
        headers: Sequence[str],
        rows: Iterable[Any],
        items: Callable[[Any], list[QStandardItem]],
        *,
        select: int | None = None,
        widths: Sequence[int] = (),
        widths_after_rows: bool = False,
        select_first: bool = True,
        fit_titles: bool = False,
    ) -> None:
        """Show `rows` (each with an `id`), one line of `items(row)` each; the line of
        `select` is chosen, else the first (`select_first`). `widths` set before the rows, or
        after them; `fit_titles` widens a column to its title."""
        self.rows = list(rows)
        self.model.clear()
        self.model.setHorizontalHeaderLabels(list(headers))
        if not widths_after_rows:
            self._widths(widths)
        for row in self.rows:
            line = items(row)
            line[0].setData(row.id, ID_ROLE)
            self.model.appendRow(line)
            if row.id == select:
                self.table.selectRow(self.model.rowCount() - 1)
        if widths_after_rows:
            self._widths(widths)
        if select_first and select is None and self.model.rowCount():
            self.table.selectRow(0)
        if fit_titles:
            fit_header_to_titles(self.table)

    def _widths(self, widths: Sequence[int]) -> None:
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    # the records ------------------------------------------------------------------------
    def open_form(self, form: QDialog) -> bool:
        """Show a record's form modally; True when it was saved (subclasses route this
        through their module's `open_form`, which tests replace)."""
        return form.exec() == QDialog.DialogCode.Accepted

    def run_form(self, form: QDialog, select: int | None = None) -> bool:
        """Open `form`; when saved, reload choosing its record (`form.saved_id`, else
        `select`). True when it was saved."""
        if not self.open_form(form):
            return False
        self.changed = True
        self.reload(getattr(form, "saved_id", None) or select)
        return True

    def confirm_remove(
        self,
        record_id: int,
        title: str,
        question: str,
        delete: Callable[[int], object],
        refused: Callable[[ServiceError], None] | None = None,
    ) -> bool:
        """Ask `question`; on Yes remove the record with `delete` and reload. A refusal is
        shown by `refused` (default: a message box). True when it was removed."""
        if not messages.confirm(self, title, question):
            return False
        try:
            delete(record_id)
        except ServiceError as err:
            if refused is None:
                messages.show_error(self, err)
            else:
                refused(err)
            return False
        self.changed = True
        self.reload()
        return True

    # what each dialog gives -------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def edit(self) -> None:
        raise NotImplementedError
