"""The audit trail on screen: the history (Riwayat) of one record, and the audit viewer for
admin and HR filtered by user, record type and dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QObject,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n.translator import period_text, tr_
from desktop_app.scoring.acting import read_acting_note
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.services import audit, audit_rows
from desktop_app.services.audit_labels import CONTEXT, ENTITY_LABELS, FIELD_LABELS
from desktop_app.services.audit_rows import Rupiah, Shown, UserRow, Words
from desktop_app.views.formatting import format_date, format_number, format_rupiah, format_utc
from desktop_app.views.table_model import AnyIndex, FlatTableModel
from desktop_app.views.typed_input.fields import TypedField
from desktop_app.views.typed_input.kinds import date_kind
from desktop_app.views.widgets import fit_header_to_titles, row_table

AUDIT_DAY = date_kind(latest=lambda: dt.date.today() + dt.timedelta(days=1), required=True)
"""A day of the audit viewer's filter: typed in any of the kit's date forms."""


def _month_before(day: dt.date) -> dt.date:
    """The same day a month earlier (the last day of a shorter month)."""
    q = QDate(day.year, day.month, day.day).addMonths(-1)
    return dt.date(q.year(), q.month(), q.day())


def _utc(day: QDate) -> dt.datetime:
    """Local midnight at the start of `day` as naive UTC, as entries are stored."""
    moment = QDateTime(day, QTime(0, 0)).toUTC()
    d, t = moment.date(), moment.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def shown(value: Shown) -> str:
    """A value of the audit rows (`services.audit_rows`) in the user's language: dates as
    "3 Desember 2026", times in local time, codes and record names in words."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr_("AuditViews", "yes") if value else tr_("AuditViews", "no")
    if isinstance(value, Words):
        text = tr_(value.context, value.text)
        values = {name: shown(v) for name, v in value.values}
        try:
            return text.format(**values) if values else text
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return value.text.format(**values)
    if isinstance(value, dt.datetime):
        return format_utc(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, PeriodKey):
        return period_text(value)
    if isinstance(value, Rupiah):
        return format_rupiah(value.amount)
    if isinstance(value, Decimal):
        return format_number(value)
    return str(value)


def entity_names() -> dict[str, str]:
    """Record types of the audit trail in the user's language."""
    return {entity: tr_(CONTEXT, text) for entity, text in ENTITY_LABELS.items()}


def field_names() -> dict[str, str]:
    """Field labels of the audited records in the user's language."""
    return {field: tr_(CONTEXT, text) for field, text in FIELD_LABELS.items()}


class AuditTableModel(FlatTableModel):
    """Audit entries: when, who, what, which record, and the changed fields, in user words."""

    WHEN, WHO, ACTION, ENTITY, RECORD, CHANGES = range(6)

    def __init__(self, parent: QObject | None = None, *, with_record: bool = True) -> None:
        super().__init__([], parent)
        self._rows: list[UserRow] = []
        self._cells: list[tuple[str, ...]] = []
        self._headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Record type"),
            self.tr("Record"),
            self.tr("Changes (old → new)"),
        ]
        self.with_record = with_record

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._cells = [
            (
                format_utc(r.at),
                shown(r.actor),
                shown(r.action),
                shown(r.entity),
                shown(r.record),
                self.changes_text(r),
            )
            for r in rows
        ]
        self.endResetModel()

    def changes_text(self, row: UserRow) -> str:
        parts = []
        for change in row.changes:
            name = shown(change.field)
            if row.created:
                parts.append(f"{name}: {shown(change.new)}")
            else:
                parts.append(f"{name}: {shown(change.old)} → {shown(change.new)}")
        return "; ".join(parts)

    def row_at(self, row: int) -> UserRow:
        return self._rows[row]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        return None


def _details_label(table: QTableView, model: AuditTableModel) -> QLabel:
    """The whole change text of the selected entry, which the table cell cuts short."""
    label = QLabel()
    label.setObjectName("details")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    table.selectionModel().currentRowChanged.connect(
        lambda current, _previous: label.setText(
            model.index(current.row(), AuditTableModel.CHANGES).data() if current.isValid() else ""
        )
    )
    return label


def _table(model: AuditTableModel) -> QTableView:
    table = row_table(model, "auditTable", (170, 170, 100, 150, 250))
    table.setWordWrap(False)
    return table


class HistoryDialog(QDialog):
    """Riwayat: every change of one record, oldest first."""

    def __init__(self, record_uid: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.setWindowTitle(self.tr("History: {title}").format(title=title))
        layout = QVBoxLayout(self)
        self.model = AuditTableModel(self)
        self.model.set_rows(audit_rows.history_rows(record_uid))
        self.table = _table(self.model)
        self.table.hideColumn(AuditTableModel.ENTITY)
        self.table.hideColumn(AuditTableModel.RECORD)
        layout.addWidget(self.table, 1)
        self.details = _details_label(self.table, self.model)
        layout.addWidget(self.details)
        if self.model.rowCount():
            self.table.selectRow(self.model.rowCount() - 1)  # the latest change
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("%n changes", "", self.model.rowCount())))
        bar.addStretch(1)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.resize(900, 420)


class AuditViewer(QDialog):
    """The audit trail of the office, newest first, filtered by user, record type and dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditViewer")
        self.setWindowTitle(self.tr("Audit trail"))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.actor = QComboBox()
        self.actor.setObjectName("actorFilter")
        self.actor.addItem(self.tr("All users"), None)
        for name, who in audit_rows.actor_choices():
            self.actor.addItem(shown(who), name)
        self.entity = QComboBox()
        self.entity.setObjectName("entityFilter")
        self.entity.addItem(self.tr("All record types"), None)
        for name, label in audit_rows.entity_choices():
            self.entity.addItem(shown(label), name)
        today = dt.date.today()
        self.since = TypedField(AUDIT_DAY)  # typed as a user writes a date; a slip is said
        self.since.setObjectName("since")
        self.since.set_value(_month_before(today))
        self.until = TypedField(AUDIT_DAY)
        self.until.setObjectName("until")
        self.until.set_value(today)
        bar.addWidget(QLabel(self.tr("User:")))
        bar.addWidget(self.actor)
        bar.addWidget(QLabel(self.tr("Record type:")))
        bar.addWidget(self.entity)
        bar.addStretch(1)
        layout.addLayout(bar)
        days = QHBoxLayout()
        for text, field in ((self.tr("&From:"), self.since), (self.tr("&to:"), self.until)):
            label = QLabel(text)
            label.setBuddy(field.edit)
            field.edit.setMaximumWidth(170)
            days.addWidget(label)
            days.addWidget(field, 1)
        layout.addLayout(days)
        self.model = AuditTableModel(self)
        self.table = _table(self.model)
        layout.addWidget(self.table, 1)
        self.details = _details_label(self.table, self.model)
        layout.addWidget(self.details)
        bottom = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        for combo in (self.actor, self.entity):
            combo.currentIndexChanged.connect(self.refresh)
        for field in (self.since, self.until):
            field.changed.connect(self.refresh)
        self.refresh()
        self.resize(1100, 560)

    def refresh(self) -> None:
        """Search again; while a date is not one, the list stays as it was (its message is
        beside the field)."""
        if not (self.since.validate() and self.until.validate()):
            return
        since, until = self.since.value(), self.until.value()
        rows = audit_rows.search_rows(
            actor=self.actor.currentData(),
            entity=self.entity.currentData(),
            start=_utc(QDate(since.year, since.month, since.day)),
            end=_utc(QDate(until.year, until.month, until.day).addDays(1)),
            limit=audit.SEARCH_LIMIT,
        )
        self.model.set_rows(rows)
        text = self.tr("%n entries", "", len(rows))
        if len(rows) >= audit.SEARCH_LIMIT:
            text += " " + self.tr("(only the newest are shown: narrow the dates)")
        self.count.setText(text)


def step_actor_names(actors: Iterable[str]) -> dict[str, str]:
    """Who took each workflow step, as a person ("Admin Kantor", "baris perintah (root)"),
    for the status history pages of the SKP, the evaluation and the IDP."""
    return {name: shown(who) for name, who in audit_rows.step_actors(set(actors)).items()}


def fit_who_column(view: QTableView, column: int = 1, most: int = 420) -> None:
    """Widen a history's "Who" column to its longest entry (a Plt step names the post acted
    in), at most `most` pixels; the rows grow to the wrapped text."""
    view.resizeColumnToContents(column)
    view.setColumnWidth(column, min(view.columnWidth(column), most))
    fit_header_to_titles(view)  # never narrower than its title
    view.resizeRowsToContents()


def step_who(who: str, acting: str) -> str:
    """The "Who" of a status history step with the Plt/Plh the appraiser acted under that
    day, in user words: "Rina Wulandari, as Plt. Kepala Bidang Pelayanan (decree 821/12)"."""
    if not acting:
        return who
    position, name, decree = read_acting_note(acting)
    if decree:
        words = tr_("StatusHistory", "as {position} (decree {decree})").format(
            position=position, decree=decree
        )
    else:
        words = tr_("StatusHistory", "as {position}").format(position=position)
    if name and name not in who:
        words = f"{name} {words}"
    return f"{who}, {words}" if who else words
