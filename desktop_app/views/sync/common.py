"""What the office's sync dialog and the central office's Impor tab share: a table of plain
rows that sorts and filters as you type, the names of the records that travel, and the file
pickers and questions, kept at module level so tests can replace them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n.translator import tr_
from desktop_app.views import messages
from desktop_app.views.formatting import format_utc
from desktop_app.views.table_model import AnyIndex, FlatTableModel, keep_selection
from desktop_app.views.widgets import ERROR_STYLE, row_table

WARN_COLOR = QColor("#b00020")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_DEBOUNCE_MS = 200


# --- questions and file pickers (tests replace these) ----------------------------------------


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """A folder the user picks (the USB stick); "" when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def ask_open_file(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    name, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return name


def ask_open_files(parent: QWidget | None, title: str, start: str, filters: str) -> list[str]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, start, filters)
    return list(names)


def ask_save_file(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    name, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    return name


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """A few lines the user writes; None when cancelled."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    return messages.confirm(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    messages.info(parent, title, text)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    messages.show_error(parent, exc)


# --- names -----------------------------------------------------------------------------------


def entity_names() -> dict[str, str]:
    """The records that travel in a package, in the user's language."""
    return {
        "unit": tr_("SyncViews", "Units"),
        "position": tr_("SyncViews", "Positions"),
        "employee": tr_("SyncViews", "Employees"),
        "period": tr_("SyncViews", "Periods"),
        "performance_plan": tr_("SyncViews", "SKP"),
        "plan_result": tr_("SyncViews", "SKP results"),
        "plan_indicator": tr_("SyncViews", "SKP indicators"),
        "plan_expectation": tr_("SyncViews", "Behaviour expectations"),
        "plan_status_change": tr_("SyncViews", "SKP status changes"),
        "evaluation": tr_("SyncViews", "Evaluations"),
        "evaluation_realisation": tr_("SyncViews", "Realisations"),
        "evaluation_behaviour": tr_("SyncViews", "Behaviour ratings"),
        "org_result": tr_("SyncViews", "Organisation results"),
        "evaluation_status_change": tr_("SyncViews", "Evaluation status changes"),
        "evaluation_peer_note": tr_("SyncViews", "Notes from colleagues"),
        "legacy_appraisal": tr_("SyncViews", "Archive appraisals"),
        "legacy_activity": tr_("SyncViews", "Archive activities"),
        "legacy_status_change": tr_("SyncViews", "Archive status changes"),
        "development_plan": tr_("SyncViews", "Development plans"),
        "development_gap": tr_("SyncViews", "Competence gaps"),
        "development_activity": tr_("SyncViews", "Development activities"),
        "development_status_change": tr_("SyncViews", "Development status changes"),
    }


def count_names() -> dict[str, str]:
    """The dry-run counts (sync.apply.COUNTS) in the user's language."""
    return {
        "new": tr_("SyncViews", "New"),
        "updated": tr_("SyncViews", "Updated"),
        "unchanged": tr_("SyncViews", "Unchanged"),
        "deleted": tr_("SyncViews", "Deleted"),
        "conflict": tr_("SyncViews", "Conflict"),
        "quarantined": tr_("SyncViews", "Quarantined"),
    }


COUNT_KEYS = ("new", "updated", "unchanged", "deleted", "conflict", "quarantined")


def number(value: int) -> str:
    return QLocale().toString(int(value))


# --- a table of plain rows -------------------------------------------------------------------


class RowsModel(FlatTableModel):
    """Rows of plain values shown as the user reads them: whole numbers with the locale's
    separators (right-aligned), timestamps (naive UTC) in local time, True as a tick. Each row
    may carry an object (`item_at`), a tooltip and columns to show in red."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self._rows: list[Sequence[Any]] = []
        self._items: list[Any] = []
        self._tips: list[str] = []
        self._warn: list[frozenset[int]] = []

    def set_rows(
        self,
        rows: list[Sequence[Any]],
        items: list[Any] | None = None,
        *,
        tips: list[str] | None = None,
        warn: list[frozenset[int]] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = rows
        self._items = items if items is not None else list(rows)
        self._tips = tips or [""] * len(rows)
        self._warn = warn or [frozenset()] * len(rows)
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.beginResetModel()
        self._headers = headers
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def item_at(self, row: int) -> Any:
        return self._items[row]

    @staticmethod
    def shown(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "✓" if value else ""
        if isinstance(value, int):
            return number(value)
        if isinstance(value, dt.datetime):
            return format_utc(value)
        return str(value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()] or self.shown(value) or None
        if role == SORT_ROLE:
            if isinstance(value, bool):
                return int(value)
            if isinstance(value, int):
                return value
            if isinstance(value, dt.datetime):
                return value.isoformat()
            return "" if value is None else str(value).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in self._warn[index.row()]:
            return QBrush(WARN_COLOR)
        return None


class FilteredTable(QWidget):
    """A search field over a sortable table of a RowsModel: typing filters every column
    (after a short pause, so a long list stays quick), with a count of the rows shown."""

    def __init__(
        self,
        model: RowsModel,
        name: str,
        widths: Sequence[int] = (),
        *,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(placeholder or tr_("SyncViews", "Type to filter…"))
        self.count = QLabel()
        self.count.setObjectName(f"{name}Count")
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        layout.addLayout(bar)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table: QTableView = compact(row_table(self.proxy, name, widths))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.keeper = keep_selection(self.table, lambda n: record_key(model.item_at(n)))
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        model.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self._update_count()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.proxy.setFilterFixedString(self.search.text().strip())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            text = tr_("SyncViews", "{shown} of {total} shown").format(
                shown=number(shown), total=number(total)
            )
        else:
            text = self.tr("%Ln rows", "", total)  # lupdate reads a count only from self.tr
        self.count.setText(text)

    def current_item(self) -> Any:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.item_at(self.proxy.mapToSource(index).row())

    def on_current_changed(self, slot: Callable[[], None]) -> None:
        self.table.selectionModel().currentRowChanged.connect(lambda *_: slot())


def compact(table: QTableView) -> QTableView:
    """One line per row at a fixed height: quick with long lists, and more rows in view."""
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def fixed_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def fingerprint_label(text: str) -> QLabel:
    """A key fingerprint in a fixed-width font, selectable for copying."""
    label = QLabel(text)
    label.setFont(fixed_font())
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def warning_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"{ERROR_STYLE}; font-weight: bold")
    return label


_REASONS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^missing parent (?P<entity>\w+) (?P<uid>\S+)$"),
        QT_TRANSLATE_NOOP("SyncViews", "the record it belongs to ({entity}) is missing: {uid}"),
    ),
    (
        re.compile(r"^parent (?P<entity>\w+) (?P<uid>\S+) was quarantined$"),
        QT_TRANSLATE_NOOP(
            "SyncViews", "the record it belongs to ({entity}) was quarantined too: {uid}"
        ),
    ),
    (
        re.compile(r"^office_code is not (?P<office>\S+)$"),
        QT_TRANSLATE_NOOP("SyncViews", "the record names another office than {office}"),
    ),
    (
        re.compile(r"^uid already held by office (?P<office>\S+)$"),
        QT_TRANSLATE_NOOP("SyncViews", "the same record is held by office {office}"),
    ),
    (
        re.compile(r"^uid already held by another office$"),
        QT_TRANSLATE_NOOP("SyncViews", "the same record is held by another office"),
    ),
    (
        re.compile(r"^breaks a rule of the central database: (?P<detail>.*)$"),
        QT_TRANSLATE_NOOP("SyncViews", "it breaks a rule of the central database ({detail})"),
    ),
]


def reason_text(reason: str) -> str:
    """A quarantine reason (English, as packages and receipts carry it) in the user's
    language where it is one of the known ones; otherwise as it came."""
    names = entity_names()
    for pattern, template in _REASONS:
        match = pattern.match(reason)
        if match:
            params = match.groupdict()
            if "entity" in params:
                params["entity"] = names.get(params["entity"], params["entity"])
            return QCoreApplication.translate("SyncViews", template).format(**params)
    return reason


def record_key(item: Any) -> Any:
    """What names a list's record across refreshes: its `id`, `path` or `sequence` when it has
    one, else the row itself (a tuple of plain values)."""
    for name in ("id", "path", "sequence", "code"):
        value = getattr(item, name, None)
        if value is not None:
            return value
    try:
        hash(item)
    except TypeError:
        return repr(item)
    return item
