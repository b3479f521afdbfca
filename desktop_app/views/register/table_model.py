"""The table model of the employee register (Pegawai): filter and sort done in Python.

Why not a QSortFilterProxyModel: with 50,000 employees a proxy calls back into Python for every
row on each keystroke and for every comparison when sorting (about a million calls), which is a
visible pause. Here the model keeps all rows, a precomputed search text and sort key per row,
and the list of rows that pass the filter; filtering is one list comprehension and sorting one
`sorted()` call. The view only asks `data()` for the cells on screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.scoring.nip import display_nip
from desktop_app.services.register.employee_queries import EmployeeRow, describe_position
from desktop_app.views.register import missing_labels
from desktop_app.views.table_model import AnyIndex, FlatTableModel

_INACTIVE = QColor("#7a7a7a")
_MISSING = QColor("#a04000")


@dataclass(frozen=True)
class RegisterFilter:
    """What the register tab shows: a search text plus the filter choices (None = any)."""

    text: str = ""
    unit_ids: frozenset[int] | None = None
    kind: str | None = None
    grade: str | None = None
    position_type: str | None = None
    active: bool | None = True
    incomplete: bool = False  # only records with data missing (data belum lengkap)

    def terms(self) -> list[str]:
        """The search words; every one must occur (name, NIP, jabatan or unit)."""
        return self.text.casefold().split()


def _grade_key(grade: str) -> tuple[int, str]:
    """I/a < I/b < ... < IV/e and I < II < ... < XVII sort as grades, not as text."""
    romans = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
              "IX": 9, "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15,
              "XVI": 16, "XVII": 17}  # fmt: skip
    head, _, tail = grade.partition("/")
    return romans.get(head, 99), tail


class EmployeeTableModel(FlatTableModel):
    """Rows of `employee_queries.list_employees()`, filtered and sorted in place."""

    NIP, NAME, KIND, GRADE, POSITION, POSITION_TYPE, UNIT, SUPERVISOR, STATUS, MISSING = range(10)
    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("NIP"),
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Grade"),
            self.tr("Position"),
            self.tr("Position type"),
            self.tr("Unit"),
            self.tr("Direct superior"),
            self.tr("Status"),
            self.tr("Missing data"),
        ]
        self._status = {True: self.tr("Active"), False: self.tr("Inactive")}
        self._rows: list[EmployeeRow] = []
        self._cells: list[tuple[str, ...]] = []
        self._haystacks: list[str] = []
        self._missing: list[tuple[str, ...]] = []
        self._visible: list[int] = []
        self._filter = RegisterFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[int, list[Any]] = {}
        self._attrs: dict[str, list[Any]] = {}

    # loading and filtering ------------------------------------------------------------
    def set_rows(self, rows: list[EmployeeRow]) -> None:
        """Replace every row (after loading or a change), keeping filter and sort order."""
        self.beginResetModel()
        self._rows = rows
        self._missing = missing_labels.missing_of_rows(rows)
        self._cells = [
            (*self._display(r), ", ".join(m)) for r, m in zip(rows, self._missing, strict=True)
        ]
        self._haystacks = [
            " ".join((c[self.NAME], r.nip, c[self.POSITION], r.unit_code, r.unit_name)).casefold()
            for r, c in zip(rows, self._cells, strict=True)
        ]
        self._keys.clear()
        self._attrs.clear()
        self._visible = self._matching()
        self._apply_sort()
        self.endResetModel()

    def set_filter(self, flt: RegisterFilter) -> None:
        if flt == self._filter:
            return
        old = self._filter
        self.beginResetModel()
        self._filter = flt
        if self._narrows(old, flt):
            # Typing on: only the rows shown can still match, and they are already in order.
            self._visible = self._matching(self._visible)
        else:
            self._visible = self._matching()
            self._apply_sort()
        self.endResetModel()

    @staticmethod
    def _narrows(old: RegisterFilter, new: RegisterFilter) -> bool:
        """True when `new` only adds to the search text of `old` (every row it shows, `old`
        showed too)."""
        same_choices = (
            old.unit_ids,
            old.kind,
            old.grade,
            old.position_type,
            old.active,
            old.incomplete,
        ) == (new.unit_ids, new.kind, new.grade, new.position_type, new.active, new.incomplete)
        old_terms, new_terms = old.terms(), new.terms()
        return (
            same_choices
            and bool(old_terms)
            and len(new_terms) >= len(old_terms)
            and all(n.find(o) >= 0 for o, n in zip(old_terms, new_terms, strict=False))
        )

    @property
    def filter(self) -> RegisterFilter:
        return self._filter

    def _display(self, r: EmployeeRow) -> tuple[str, ...]:
        return (
            display_nip(r.nip),
            r.name,
            r.kind,
            r.grade,
            r.position_name,
            describe_position(r.position_type, r.jf_level, r.echelon),
            r.unit_name,
            r.supervisor_name,
            self._status[r.active],
        )

    def _matching(self, within: list[int] | None = None) -> list[int]:
        """Indexes of the rows that pass the filter (all rows, or only those `within`).

        One tight pass per condition over the remaining candidates, on columns read once per
        load: a keystroke over 50,000 rows stays a few list scans, no call per row."""
        f = self._filter
        found: list[int] = list(range(len(self._rows))) if within is None else within
        for name, wanted in (
            ("active", f.active),
            ("kind", f.kind or None),
            ("grade", f.grade or None),
            ("position_type", f.position_type or None),
        ):
            if wanted is not None:
                column = self._column(name)
                found = [i for i in found if column[i] == wanted]
        if f.incomplete:
            missing = self._missing
            found = [i for i in found if missing[i]]
        if f.unit_ids is not None:
            units, chosen = self._column("unit_id"), f.unit_ids
            found = [i for i in found if units[i] in chosen]
        hay = self._haystacks
        for term in (t.replace(" ", "") for t in f.terms()):
            found = [i for i in found if term in hay[i]]
        return found

    def _column(self, name: str) -> list[Any]:
        """One attribute of every row, read once per load (the filter's fast path)."""
        key = f"attr:{name}"
        if key not in self._attrs:
            self._attrs[key] = [getattr(r, name) for r in self._rows]
        return self._attrs[key]

    # sorting --------------------------------------------------------------------------
    def _key(self, column: int) -> list[Any]:
        if column not in self._keys:
            rows, cells = self._rows, self._cells
            if column == self.GRADE:
                keys: list[Any] = [(r.kind, _grade_key(r.grade)) for r in rows]
            elif column == self.NIP:
                keys = [r.nip for r in rows]
            elif column == self.NAME:  # by the name itself, not by gelar depan
                keys = [(r.plain_name or r.name).casefold() for r in rows]
            else:
                keys = [c[column].casefold() for c in cells]
            self._keys[column] = keys
        return self._keys[column]

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        keys, names = self._key(column), self._key(self.NAME)
        self._visible.sort(
            key=lambda i: (keys[i], names[i]), reverse=order == Qt.SortOrder.DescendingOrder
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._visible[i.row()] if i.isValid() else None for i in old]
        self._sort = (column, order)
        self._apply_sort()
        position = {row: n for n, row in enumerate(self._visible)}
        self.changePersistentIndexList(
            old,
            [
                self.index(position[r], i.column()) if r is not None else QModelIndex()
                for i, r in zip(old, ids, strict=True)
            ],
        )
        self.layoutChanged.emit()

    # access ---------------------------------------------------------------------------
    def row_at(self, row: int) -> EmployeeRow:
        return self._rows[self._visible[row]]

    def visible_ids(self) -> list[int]:
        """The ids shown, in the order shown (exports keep the table's filter and order)."""
        return [self._rows[i].id for i in self._visible]

    def row_of(self, employee_id: int) -> int | None:
        for n, i in enumerate(self._visible):
            if self._rows[i].id == employee_id:
                return n
        return None

    def missing_at(self, row: int) -> tuple[str, ...]:
        """What the record shown in `row` lacks, in the user's words (empty when complete)."""
        return self._missing[self._visible[row]]

    def all_rows(self) -> list[EmployeeRow]:
        return self._rows

    @property
    def total(self) -> int:
        return len(self._rows)

    def distinct(self, attr: str) -> Iterable[str]:
        return sorted({getattr(r, attr) for r in self._rows if getattr(r, attr)})

    # QAbstractTableModel --------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._visible)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self._visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[source][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            missing = self._missing[source]
            if missing:
                text = self.tr("Data incomplete; missing: {fields}").format(
                    fields=", ".join(missing)
                )
                cell = self._cells[source][index.column()]
                return text if index.column() == self.MISSING or not cell else f"{cell}\n{text}"
            return self._cells[source][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.MISSING:
            return QBrush(_MISSING)
        if role == self.ID_ROLE:
            return self._rows[source].id
        if role == Qt.ItemDataRole.ForegroundRole and not self._rows[source].active:
            return QBrush(_INACTIVE)
        return None
