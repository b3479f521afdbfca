"""What counts as an internal name on screen, and how to read everything a widget shows.

The patterns come from the code itself where they can: the table and column names of every
peewee model, the stored codes of the status tables. A test fails when any of them shows up in
a cell, a header, a tooltip, a label, a combo box item or a window title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from peewee import Model
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QWidget

from desktop_app.models.base import BaseModel
from desktop_app.services.development.idp_flow import ACTIVITY_LABELS
from desktop_app.services.development.idp_flow import STATUS_LABELS as IDP_STATUS
from desktop_app.services.evaluation.states import STATUS_LABELS as EVALUATION_STATUS
from desktop_app.services.session import Role
from desktop_app.services.skp.plan_flow import STATUS_LABELS as PLAN_STATUS


def _models() -> list[type[Model]]:
    found, pending = [], list(BaseModel.__subclasses__())
    while pending:
        model = pending.pop()
        pending += model.__subclasses__()
        found.append(model)
    return found


def model_names() -> tuple[set[str], set[str]]:
    """(table names, column names) of every model, read from peewee's metadata."""
    tables, columns = set(), set()
    for model in _models():
        tables.add(model._meta.table_name)
        columns.update(model._meta.fields)
    return tables, columns


_STATUS_CODES = (
    set(PLAN_STATUS)
    | set(EVALUATION_STATUS)
    | set(IDP_STATUS)
    | set(ACTIVITY_LABELS)
    | {"KUANTITATIF", "KUALITATIF", "KUANTITAS", "KUALITAS", "WAKTU", "BIAYA", "QUARTERLY"}
) - {"NONE"}


_FILE_NAME = re.compile(r"\S+\.(?:kpkg|xlsx|csv|pdf|db|age|json)\b")
INDONESIAN_TOO = frozenset({"unit"})  # table names that are Indonesian words ("unit kerja")


def patterns() -> dict[str, re.Pattern[str]]:
    """Named patterns of internal names; each is searched in every text shown."""
    tables, columns = model_names()
    single_tables = sorted(t for t in tables if "_" not in t and t not in INDONESIAN_TOO)
    return {
        "snake_case identifier": re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b"),
        "code with underscores": re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b"),
        "table name": re.compile(r"\b(?:" + "|".join(map(re.escape, single_tables)) + r")\b"),
        "column name as a label": re.compile(
            r"(?:^|[;(→]\s*)(?:" + "|".join(map(re.escape, sorted(columns))) + r")(?::|$)"
        ),
        "uuid": re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"),
        "ISO date": re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?\b"),
        "period key": re.compile(r"(?<![/\w])\d{4}-(?:Q[1-4]|S[12])\b"),
        "role code": re.compile(
            r"(?:\(|Peran: |Role: )(?:" + "|".join(r.value for r in Role) + r")\b|\bhr\b"
        ),
        "command-line actor": re.compile(r"\bcli:|\bsystem\b"),
        "status code": re.compile(r"\b(?:" + "|".join(sorted(_STATUS_CODES)) + r")\b"),
        "internal wording": re.compile(r"Sejak versi|versi \d|perintah 'hq|'hq key'"),
    }


def internal_names(
    texts: Iterable[tuple[str, str]], rules: dict[str, re.Pattern[str]] | None = None
) -> list[str]:
    """ "where: pattern: text" for each (where, text) that holds an internal name."""
    found = []
    rules = patterns() if rules is None else rules
    for where, text in texts:
        text = _FILE_NAME.sub("", text)  # a file's own name is what the user sees on disk
        for name, pattern in rules.items():
            match = pattern.search(text)
            if match:
                found.append(f"{where}: {name} {match.group(0)!r} in {text[:160]!r}")
                break
    return found


_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole)


def model_texts(model: QAbstractItemModel, where: str) -> Iterator[tuple[str, str]]:
    """Every header and every cell's display text, tooltip and status tip of a table model."""
    for column in range(model.columnCount()):
        for role in _ROLES:
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if value:
                yield f"{where} header {column}", str(value)

    def walk(parent: QModelIndex) -> Iterator[tuple[str, str]]:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in _ROLES:
                    value = index.data(role)
                    if isinstance(value, str) and value:
                        yield f"{where} [{row},{column}]", value
                if column == 0 and model.rowCount(index) > 0:
                    yield from walk(index)

    yield from walk(QModelIndex())


def widget_texts(widget: QWidget, where: str) -> Iterator[tuple[str, str]]:
    """The window title, every label, combo box item, tooltip and table a widget holds."""
    yield f"{where} title", widget.windowTitle()
    for child in [widget, *widget.findChildren(QWidget)]:
        name = child.objectName() or type(child).__name__
        if child.toolTip():
            yield f"{where} {name} tooltip", child.toolTip()
        if isinstance(child, QLabel) and child.text():
            yield f"{where} {name}", child.text()
        if isinstance(child, QComboBox):
            for i in range(child.count()):
                yield f"{where} {name} item {i}", child.itemText(i)
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            yield from model_texts(child.model(), f"{where} {name}")
