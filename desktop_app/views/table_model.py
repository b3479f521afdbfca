"""The base of the application's flat table models: headers, row and column counts.

Subclasses set `self._headers` (translated) and implement `data()` and `row_count()`;
`RowsModel` adds the usual list of rows replaced as a whole.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView

AnyIndex = QModelIndex | QPersistentModelIndex


class FlatTableModel(QAbstractTableModel):
    """A table without children (`rowCount` is 0 under a valid parent, as Qt requires)."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return super().headerData(section, orientation, role)


R = TypeVar("R")


class RowsModel(FlatTableModel, Generic[R]):
    """A flat model over a list of rows (NamedTuples) that is replaced as a whole."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self._rows: list[R] = []

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_count(self) -> int:
        return len(self._rows)


KeyOf = Callable[[int], Hashable]


class SelectionKeeper(QObject):
    """Keeps a table's selected record selected (by its key, not its row number) when the
    model is read again or filtered: a refresh, an editor closing or a filter that still shows
    the record leave "the selected employee" the same person, so a print "for the selected
    employee" prints them. When the record is gone the first row is chosen (`first=True`).

    `key_of(row)` gives the key of a row of the table's own model (a proxy's rows are mapped
    to the source model first, so `key_of` reads the source rows)."""

    def __init__(self, table: QAbstractItemView, key_of: KeyOf, *, first: bool = True) -> None:
        super().__init__(table)
        self.table = table
        self.key_of = key_of
        self.first = first
        self._key: Any = None
        shown = table.model()
        self._source = _source_model(shown)
        # before the rows change: note the record; after: select it again (a model's own sort
        # may move rows without moving the selection, a proxy's filter may hide the record)
        for about in (
            shown.modelAboutToBeReset,
            shown.layoutAboutToBeChanged,
            shown.rowsAboutToBeRemoved,
        ):
            about.connect(self._remember)
        shown.modelReset.connect(self.restore)
        shown.layoutChanged.connect(self.restore)
        shown.rowsInserted.connect(self._restore_if_lost)

    def _source_row(self, row: int) -> int:
        shown = self.table.model()
        if shown is self._source:
            return row
        return _map_to_source(shown, shown.index(row, 0)).row()

    def current_key(self) -> Any:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.key_of(self._source_row(index.row()))

    def _remember(self, *_args: Any) -> None:
        key = self.current_key()
        if key is not None:
            self._key = key

    def _restore_if_lost(self, *_args: Any) -> None:
        if not self.table.currentIndex().isValid():
            self.restore()

    def restore(self) -> None:
        """Select the remembered record again (or the first row when it is gone)."""
        shown = self.table.model()
        if self._key is not None:
            for row in range(shown.rowCount()):
                if self.key_of(self._source_row(row)) == self._key:
                    self.select_row(row)
                    return
        if self.first and shown.rowCount() and not self.table.currentIndex().isValid():
            self.select_row(0)

    def select_row(self, row: int) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.table.model().index(row, 0), flags)
        self.table.scrollTo(self.table.model().index(row, 0))

    def select_key(self, key: Any) -> bool:
        """Select the record of `key` (False when it is not shown)."""
        shown = self.table.model()
        for row in range(shown.rowCount()):
            if self.key_of(self._source_row(row)) == key:
                self._key = key
                self.select_row(row)
                return True
        return False


def _source_model(model: QAbstractItemModel) -> QAbstractItemModel:
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return model


def _map_to_source(model: QAbstractItemModel, index: QModelIndex) -> QModelIndex:
    while isinstance(model, QAbstractProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    return index


def keep_selection(
    table: QAbstractItemView, key_of: KeyOf, *, first: bool = True
) -> SelectionKeeper:
    """The one way every list keeps its selected record across refreshes and filters
    (see `SelectionKeeper`); `key_of(source_row)` gives the record's key."""
    return SelectionKeeper(table, key_of, first=first)
