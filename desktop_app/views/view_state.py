"""What the user has set up in a screen: search texts, filter choices, sort orders, the selected
record and the inner tab shown, taken from one widget tree and put back on a tree built by the
same code. Switching the language builds the main window again in the other language, and the
user must find every list as they left it (issue 18).

Widgets are matched by class, object name and their rank among widgets of that kind, so a
tree built by the same code finds its counterparts without every widget needing a name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

ViewState = dict[str, Any]
_SIMPLE = (str, int, float, bool, type(None))


def _ranked(root: QWidget, kind: type[QWidget]) -> list[tuple[str, QWidget]]:
    """(key, widget) for `root`'s descendants of `kind`, in creation order."""
    found: list[tuple[str, QWidget]] = []
    counts: dict[str, int] = {}
    for widget in root.findChildren(kind):
        if kind is QLineEdit and not _user_line_edit(widget):
            continue
        base = f"{kind.__name__}:{type(widget).__name__}:{widget.objectName()}"
        n = counts.get(base, 0)
        counts[base] = n + 1
        found.append((f"{base}:{n}", widget))
    return found


def _user_line_edit(edit: QLineEdit) -> bool:
    """A line the user types a search or filter into (not a combo's or spin box's own line,
    not a password)."""
    parent = edit.parentWidget()
    if isinstance(parent, QComboBox | QAbstractSpinBox):
        return False
    return edit.echoMode() == QLineEdit.EchoMode.Normal and not edit.isReadOnly()


def capture(root: QWidget) -> ViewState:
    """The choices the user made in `root` (a tab of the main window)."""
    state: ViewState = {"combos": {}, "checks": {}, "texts": {}, "sorts": {}, "tabs": {}}
    for key, combo in _ranked(root, QComboBox):
        data = combo.currentData()
        state["combos"][key] = (combo.currentIndex(), data if isinstance(data, _SIMPLE) else None)
    for key, button in _ranked(root, QAbstractButton):
        if button.isCheckable():
            state["checks"][key] = button.isChecked()
    for key, edit in _ranked(root, QLineEdit):
        state["texts"][key] = edit.text()
    for key, table in _ranked(root, QTableView):
        if table.isSortingEnabled():
            header = table.horizontalHeader()
            state["sorts"][key] = (header.sortIndicatorSection(), header.sortIndicatorOrder())
    for key, tabs in _ranked(root, QTabWidget):
        state["tabs"][key] = tabs.currentIndex()
    keeper = getattr(root, "keeper", None)
    state["selected"] = keeper.current_key() if keeper is not None else None
    return state


def apply(root: QWidget, state: ViewState) -> None:
    """Put `state` (from `capture` on a tree built the same way) back on `root`: the filters
    first (each may read the list again), then the search texts, the sort order, the inner
    tabs and last the selected record."""
    for key, combo in _ranked(root, QComboBox):
        if key in state["combos"]:
            index, data = state["combos"][key]
            found = combo.findData(data) if data is not None else -1
            chosen = found if found >= 0 else index
            if 0 <= chosen < combo.count() and chosen != combo.currentIndex():
                combo.setCurrentIndex(chosen)
    for key, button in _ranked(root, QAbstractButton):
        if key in state["checks"] and button.isCheckable():
            button.setChecked(state["checks"][key])
    refilter = getattr(root, "apply_filter", None)
    for key, edit in _ranked(root, QLineEdit):
        text = state["texts"].get(key)
        if text is None or text == edit.text():
            continue
        if refilter is not None:  # filtered at once below, not after a typing pause
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        else:
            edit.setText(text)
    if refilter is not None:
        refilter()
    for key, table in _ranked(root, QTableView):
        if key in state["sorts"] and table.isSortingEnabled():
            section, order = state["sorts"][key]
            table.sortByColumn(section, Qt.SortOrder(order))
    for key, tabs in _ranked(root, QTabWidget):
        if key in state["tabs"] and 0 <= state["tabs"][key] < tabs.count():
            tabs.setCurrentIndex(state["tabs"][key])
    keeper = getattr(root, "keeper", None)
    if keeper is not None and state.get("selected") is not None:
        keeper.select_key(state["selected"])
