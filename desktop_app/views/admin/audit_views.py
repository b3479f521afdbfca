"""The audit trail on screen: the history (Riwayat) of one record, and the audit viewer for
admin and HR filtered by user, record type and dates."""

from __future__ import annotations

import datetime as dt
import re
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

from desktop_app.i18n.translator import tr_
from desktop_app.services import audit
from desktop_app.services.audit import AuditRow
from desktop_app.views.formatting import format_date, format_utc
from desktop_app.views.table_model import AnyIndex, FlatTableModel
from desktop_app.views.typed_input.fields import TypedField
from desktop_app.views.typed_input.kinds import date_kind
from desktop_app.views.widgets import row_table

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


INTERNAL_FIELDS = frozenset({"id", "uid", "office_code", "version", "updated_at"})
"""Bookkeeping of every record (sync identity, counters): never a change a user made."""

_STORED_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_STORED_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?")


def _value(value: Any) -> str:
    """A stored value as a user reads it: a day "15 Maret 1990" and a moment "3 Desember
    2026 13:05", never the stored "1990-03-15" / "2026-12-03T13:05:40.975623"."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, dt.datetime):
        return format_utc(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, str) and _STORED_DAY.fullmatch(value):
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, str) and _STORED_MOMENT.fullmatch(value):
        try:
            return format_utc(dt.datetime.fromisoformat(value.replace(" ", "T")))
        except ValueError:
            return value
    return str(value)


def entity_names() -> dict[str, str]:
    """Record types of the audit trail in the user's language."""
    return {
        "employee": tr_("AuditViews", "Employee"),
        "unit": tr_("AuditViews", "Unit"),
        "position": tr_("AuditViews", "Jabatan"),
        "period": tr_("AuditViews", "Period"),
        "app_user": tr_("AuditViews", "User account"),
        "office": tr_("AuditViews", "Office"),
        "setting": tr_("AuditViews", "Setting"),
    }


def field_names() -> dict[str, str]:
    """Field names of the audited records in the user's language."""
    return {
        "nip": "NIP",
        "kind": tr_("AuditViews", "Type"),
        "front_title": tr_("AuditViews", "Title before name"),
        "name": tr_("AuditViews", "Name"),
        "back_title": tr_("AuditViews", "Title after name"),
        "gender": tr_("AuditViews", "Gender"),
        "birth_date": tr_("AuditViews", "Birth date"),
        "birth_place": tr_("AuditViews", "Place of birth"),
        "grade": tr_("AuditViews", "Golongan"),
        "grade_since": tr_("AuditViews", "TMT golongan"),
        "unit": tr_("AuditViews", "Unit"),
        "position": tr_("AuditViews", "Jabatan"),
        "position_since": tr_("AuditViews", "TMT jabatan"),
        "supervisor": tr_("AuditViews", "Direct superior"),
        "appraiser": tr_("AuditViews", "Appraiser"),
        "active": tr_("AuditViews", "Active"),
        "inactive_reason": tr_("AuditViews", "Reason inactive"),
        "phone": tr_("AuditViews", "Phone"),
        "email": tr_("AuditViews", "E-mail"),
        "notes": tr_("AuditViews", "Notes"),
        "deleted": tr_("AuditViews", "Deleted"),
        "code": tr_("AuditViews", "Code"),
        "parent": tr_("AuditViews", "Parent unit"),
        "role": tr_("AuditViews", "Role"),
        "username": tr_("AuditViews", "User name"),
        "full_name": tr_("AuditViews", "Full name"),
        "password_hash": tr_("AuditViews", "Password"),
        "employee": tr_("AuditViews", "Employee"),
        "must_change_password": tr_("AuditViews", "Must change password"),
        "locked_until": tr_("AuditViews", "Locked until"),
        "value": tr_("AuditViews", "Value"),
    }


class AuditTableModel(FlatTableModel):
    """Audit entries: when, who, what, which record, and the changed fields."""

    WHEN, WHO, ACTION, ENTITY, RECORD, CHANGES = range(6)

    def __init__(self, parent: QObject | None = None, *, with_record: bool = True) -> None:
        super().__init__([], parent)
        self._rows: list[AuditRow] = []
        self._cells: list[tuple[str, ...]] = []
        self._actions = {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "status": self.tr("status changed"),
        }
        self._headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Record type"),
            self.tr("Record"),
            self.tr("Changes (old → new)"),
        ]
        self.with_record = with_record
        self.entity_names = entity_names()
        self.field_names = field_names()
        self._references: dict[tuple[str, int], str] = {}

    def set_rows(self, rows: list[AuditRow], labels: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        labels = labels or {}
        self._references = audit.referenced_names(rows)
        self._cells = [
            (
                format_utc(r.at),
                r.actor,
                self._actions.get(r.action, r.action),
                self.entity_names.get(r.entity, r.entity),
                labels.get(r.record_uid, r.record_uid),
                self.changes_text(r),
            )
            for r in rows
        ]
        self.endResetModel()

    def _shown(self, field: str, value: Any) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            value = self._references.get((field, value), value)
        return _value(value)

    def changes_text(self, row: AuditRow) -> str:
        parts = []
        for field, (old, new) in row.changes.items():
            if field in INTERNAL_FIELDS:
                continue
            name = self.field_names.get(field, field)
            if row.action == "create":
                if new not in (None, "", False):
                    parts.append(f"{name}: {self._shown(field, new)}")
            else:
                parts.append(f"{name}: {self._shown(field, old)} → {self._shown(field, new)}")
        return "; ".join(parts)

    def row_at(self, row: int) -> AuditRow:
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
    table = row_table(model, "auditTable", (175, 90, 110, 100, 220))
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
        self.model.set_rows(audit.history(record_uid))
        self.table = _table(self.model)
        self.table.hideColumn(AuditTableModel.ENTITY)
        self.table.hideColumn(AuditTableModel.RECORD)
        layout.addWidget(self.table, 1)
        self.details = _details_label(self.table, self.model)
        layout.addWidget(self.details)
        if self.model.rowCount():
            self.table.selectRow(self.model.rowCount() - 1)  # the latest change
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("%n change(s)", "", self.model.rowCount())))
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
        for name in audit.actors():
            self.actor.addItem(name, name)
        self.entity = QComboBox()
        self.entity.setObjectName("entityFilter")
        self.entity.addItem(self.tr("All record types"), None)
        names = entity_names()
        for name in audit.entities():
            self.entity.addItem(names.get(name, name), name)
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
        rows = audit.search(
            actor=self.actor.currentData(),
            entity=self.entity.currentData(),
            start=_utc(QDate(since.year, since.month, since.day)),
            end=_utc(QDate(until.year, until.month, until.day).addDays(1)),
            limit=audit.SEARCH_LIMIT,
        )
        self.model.set_rows(rows, audit.record_labels(rows))
        text = self.tr("%n entry(ies)", "", len(rows))
        if len(rows) >= audit.SEARCH_LIMIT:
            text += " " + self.tr("(only the newest are shown: narrow the dates)")
        self.count.setText(text)
