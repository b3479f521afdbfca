"""Small pieces the IDP editor and its pages share: the item roles, the cell editors for a
choice and a date, the table and item makers, the labels of competence types and activity
states, the follow-up text, and the comparison that tells unsaved changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import domain_text, tr_
from desktop_app.scoring import idp as rules
from desktop_app.scoring import jenis_diklat
from desktop_app.services.development import idp as development
from desktop_app.services.development.idp import IdpInput
from desktop_app.views.typed_input.delegates import VALUE_ROLE, TypedDelegate, set_typed
from desktop_app.views.typed_input.delegates import ChoiceDelegate as KitChoiceDelegate
from desktop_app.views.typed_input.kinds import DATE
from desktop_app.views.widgets import keep_titles_visible

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the gap a row is / an activity serves
WARN_STYLE = "color: #9a3412; font-weight: bold"


def activity_status_label(status: str) -> str:
    return tr_("development", development.ACTIVITY_LABELS.get(status, status))


def competence_label(kind: str) -> str:
    return tr_("development", development.COMPETENCE_LABELS.get(kind, kind))


def status_label(status: str) -> str:
    """The state of an IDP in the interface language."""
    return tr_("development", development.STATUS_LABELS.get(status, status))


def follow_up_text(follow: rules.FollowUp) -> str:
    """The follow-up in the interface language (predikat, periods and jenis diklat are
    official terms and stay as they are)."""
    if not follow.required:
        return ""
    found = ", ".join(f"{p.label} ({domain_text(rules.period_words(k))})" for k, p in follow.poor)
    text = tr_("IdpEditor", "IDP required after a poor predikat: {found}.").format(found=found)
    if follow.consecutive:
        text += " " + tr_("IdpEditor", "{n} poor predikat in a row.").format(n=follow.streak)
    if follow.suggestions:
        names = ", ".join(jenis_diklat(j).label for j in follow.suggestions)
        hint = tr_("IdpEditor", "Suggested follow-up: {names}, given by the direct superior.")
        text += " " + hint.format(names=names)
    return text


class ChoiceDelegate(KitChoiceDelegate):
    """A cell chosen from a list: the key in ID_ROLE (or KEY_ROLE), the label shown (the
    typed-input kit's choice: written at once, committed on choosing)."""


class DateDelegate(TypedDelegate):
    """A date cell (empty allowed): the date in ID_ROLE, shown as "22 November 2026". Typed
    as every date of the program is ("9 Maret 2026", "09/03/2026"); a text that is no date
    stays in the cell with its message, and the IDP is not saved until it is fixed (a date
    editor with its "—" swallowed "9 Maret 2026" and left the cell empty)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(DATE, parent)

    def setModelData(self, editor, model, index):  # type: ignore[no-untyped-def]
        set_typed(model, index, editor.text(), self.kind)
        value = index.data(VALUE_ROLE)
        model.setData(index, value if isinstance(value, dt.date) else None, ID_ROLE)


def comparable(data: IdpInput) -> tuple:
    """The content of an IDP as the service stores it (texts trimmed, JP as numbers), to
    tell whether the editor holds unsaved changes."""

    def jp(text: str) -> object:
        try:
            return development.decimal_jp(text)
        except ServiceError:
            return text

    return (
        data.goals.strip(),
        data.notes.strip(),
        [
            (g.competence.strip(), g.gap.strip(), g.goal.strip(), g.indicator.strip(),
             g.competence_type, g.origin, g.id)
            for g in data.gaps
        ],
        [
            (a.jenis_diklat, " ".join(a.title.split()), " ".join(a.provider.split()),
             a.planned_start, a.planned_end, jp(a.jp_planned), a.cost_planned, a.gap_index, a.id)
            for a in data.activities
        ],
    )  # fmt: skip


def make_table(model: QStandardItemModel, name: str, widths: tuple[int, ...]) -> QTableView:
    """A table of whole rows, one selected at a time, with the given column widths."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setWordWrap(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    keep_titles_visible(view)
    return view


def make_item(text: str = "", *, editable: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(editable)
    return item


def current_row(view: QTableView) -> int:
    """The row of the current index, or -1."""
    index = view.currentIndex()
    return index.row() if index.isValid() else -1
