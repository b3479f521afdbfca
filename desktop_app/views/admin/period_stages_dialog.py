"""Deadlines and closing of one appraisal year: each stage (the SKP, every evaluation period,
the annual evaluation) with its fill-in deadline (batas pengisian), HR closing an evaluation
period or the whole year after a question that says what it means, re-opening with a reason,
and the history of every closing and re-opening (docs/employment_status.md).

Writes go through `services.period_stages` and `services.periods`, which refuse every change
to a closed period's work, so the screens, the CLI and the services obey alike.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services import period_stages, periods
from desktop_app.services.session import Action, allowed
from desktop_app.views import messages
from desktop_app.views.formatting import format_date, format_date_range, format_utc
from desktop_app.views.typed_input.fields import TypedField
from desktop_app.views.typed_input.kinds import date_kind
from desktop_app.views.widgets import (
    error_label,
    fit_header_to_titles,
    row_table,
    set_enabled_why,
    show_error,
    why_denied,
)
from desktop_app.views.workflow_steps import confirm_step

STAGE_ROLE = Qt.ItemDataRole.UserRole
YEAR_ROW = ""  # the key of the row for the whole year
DEADLINE = date_kind()


class PeriodStagesDialog(QDialog):
    """The stages of one year, the form for the selected one, and the history."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PeriodStagesDialog")
        self.year = year
        self.setWindowTitle(self.tr("Deadlines and closing of {year}").format(year=year))
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        self.table = row_table(self.model, "stagesTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        layout.addWidget(self.table, 3)
        deadline_row = QHBoxLayout()
        self.deadline = TypedField(DEADLINE)
        self.deadline.setObjectName("stageDeadline")
        self.deadline.edit.setObjectName("stageDeadlineEdit")
        self.deadline.edit.setPlaceholderText(self.tr("e.g. 10-04-{year}").format(year=year))
        label = QLabel(self.tr("Fill-in &deadline (batas pengisian):"))
        label.setBuddy(self.deadline.edit)
        self.save_button = QPushButton(self.tr("&Save deadline"))
        self.save_button.clicked.connect(self.save_deadline)
        self.deadline.edit.returnPressed.connect(self.save_deadline)
        deadline_row.addWidget(label)
        deadline_row.addWidget(self.deadline, 1)
        deadline_row.addWidget(self.save_button)
        layout.addLayout(deadline_row)
        reason_row = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("reopenReason")
        self.reason.setMaxLength(period_stages.MAX_REASON + 20)
        reason_label = QLabel(self.tr("&Reason for re-opening:"))
        reason_label.setBuddy(self.reason)
        self.close_button = QPushButton(self.tr("C&lose…"))
        self.close_button.setObjectName("closeStage")
        self.reopen_button = QPushButton(self.tr("Re-&open"))
        self.reopen_button.setObjectName("reopenStage")
        self.close_button.clicked.connect(self.close_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.close_button)
        reason_row.addWidget(self.reopen_button)
        layout.addLayout(reason_row)
        self.error = error_label()
        self.error.setObjectName("stagesError")
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("History of closing and re-opening:")))
        self.history_model = QStandardItemModel(self)
        self.history = row_table(self.history_model, "closureHistory")
        layout.addWidget(self.history, 2)
        bar = QHBoxLayout()
        bar.addStretch(1)
        done = QPushButton(self.tr("Do&ne"))
        done.clicked.connect(self.accept)
        bar.addWidget(done)
        layout.addLayout(bar)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.can_write = allowed(Action.WRITE_PERIODS)
        self.reload()
        self.resize(980, 640)

    # --- reading ------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        keep = select if select is not None else self.current_stage()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Period"), self.tr("Deadline"), self.tr("State")]
        )
        try:
            self.stages = period_stages.list_stages(self.year)
            history = period_stages.history(self.year)
            year_closed = bool(periods.year_period(self.year).closed)
        except ServiceError as err:
            self.stages, history, year_closed = [], [], False
            show_error(self.error, messages.error_text(err))
        first = QStandardItem(self.tr("The whole year {year}").format(year=self.year))
        first.setData(YEAR_ROW, STAGE_ROLE)
        self.model.appendRow(
            [
                first,
                QStandardItem(
                    format_date_range(dt.date(self.year, 1, 1), dt.date(self.year, 12, 31))
                ),
                QStandardItem(""),
                QStandardItem(self._state(year_closed, None)),
            ]
        )
        self.year_closed = year_closed
        for row in self.stages:
            item = QStandardItem(row.label)
            item.setData(row.stage, STAGE_ROLE)
            self.model.appendRow(
                [
                    item,
                    QStandardItem(format_date_range(row.first, row.last)),
                    QStandardItem(format_date(row.deadline) if row.deadline else ""),
                    QStandardItem(self._state(row.closed, row.deadline)),
                ]
            )
        for column, width in enumerate((220, 300, 160)):
            self.table.setColumnWidth(column, width)
        fit_header_to_titles(self.table)
        target = next(
            (r for r in range(self.model.rowCount()) if self._stage_at(r) == keep),
            1 if self.model.rowCount() > 1 else 0,
        )
        self.table.selectRow(target)
        self._fill_history(history)
        self._selected()

    def _state(self, closed: bool, deadline: dt.date | None) -> str:
        if closed:
            return self.tr("Closed")
        if period_stages.is_past(deadline):
            return self.tr("Open, deadline passed")
        return self.tr("Open")

    def _fill_history(self, history: list[period_stages.ClosureRow]) -> None:
        self.history_model.clear()
        self.history_model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Stage"), self.tr("Action"), self.tr("By"), self.tr("Reason")]
        )
        for row in history:
            label = (
                row.label if row.stage else self.tr("The whole year {year}").format(year=self.year)
            )
            self.history_model.appendRow(
                [
                    QStandardItem(format_utc(row.at)),
                    QStandardItem(label),
                    QStandardItem(
                        tr_("period_stages", period_stages.ACTION_LABELS.get(row.action, ""))
                    ),
                    QStandardItem(row.by_name),
                    QStandardItem(row.reason),
                ]
            )
        for column, width in enumerate((170, 200, 110, 200)):
            self.history.setColumnWidth(column, width)
        fit_header_to_titles(self.history)

    def _stage_at(self, row: int) -> str | None:
        item = self.model.item(row, 0)
        return item.data(STAGE_ROLE) if item is not None else None

    def current_stage(self) -> str | None:
        index = self.table.currentIndex()
        return self._stage_at(index.row()) if index.isValid() else None

    def _current_row(self) -> period_stages.StageRow | None:
        stage = self.current_stage()
        return next((r for r in self.stages if r.stage == stage), None)

    def _closed(self) -> bool:
        row = self._current_row()
        return self.year_closed if self.current_stage() == YEAR_ROW else bool(row and row.closed)

    def _selected(self) -> None:
        stage = self.current_stage()
        row = self._current_row()
        self.deadline.set_value(row.deadline if row else None)
        denied = why_denied(Action.WRITE_PERIODS)
        whole = stage == YEAR_ROW
        skp = stage == period_stages.SKP
        closed = self._closed()
        set_enabled_why(
            self.save_button,
            self.can_write and row is not None,
            denied if not self.can_write else self.tr("The whole year has no deadline of its own."),
        )
        self.deadline.setEnabled(self.can_write and row is not None)
        if not self.can_write:
            why_close = why_open = denied
        elif skp:
            why_close = why_open = self.tr(
                "The SKP stage closes with the whole year: choose the first row."
            )
        else:
            why_close = self.tr("It is closed already.")
            why_open = self.tr("It is open.")
        set_enabled_why(self.close_button, self.can_write and not skp and not closed, why_close)
        set_enabled_why(self.reopen_button, self.can_write and not skp and closed, why_open)
        self.reason.setEnabled(self.can_write and not skp and closed)
        self.close_button.setText(self.tr("C&lose the year…") if whole else self.tr("C&lose…"))

    # --- writing ------------------------------------------------------------------------

    def save_deadline(self) -> None:
        """Save the typed deadline (empty clears it); a refused one stays as typed."""
        show_error(self.error, "")
        row = self._current_row()
        if row is None or not self.deadline.validate():
            self.deadline.edit.setFocus()
            return
        try:
            period_stages.set_deadline(self.year, row.stage, self.deadline.value())
        except ServiceError as err:
            self.deadline.message.setText(messages.error_text(err))
            self.deadline.edit.setFocus()
            return
        self.reload(row.stage)

    def close_selected(self) -> None:
        stage = self.current_stage()
        if stage is None:
            return
        show_error(self.error, "")
        if stage == YEAR_ROW:
            text = self.tr(
                "Close the year {year}?\n\nFrom then on nobody can change its SKPs, evaluations "
                "or development plans, here, from the command line or by a sync package. HR "
                "can re-open it, giving a reason that is kept in its history."
            ).format(year=self.year)
        else:
            label = self._current_row().label  # type: ignore[union-attr]
            text = self.tr(
                "Close {period}?\n\nFrom then on nobody can change the evaluations of {period} "
                "(ratings, realisasi, notes, steps), here, from the command line or by a sync "
                "package. Whoever has not finished stays late. HR can re-open it, giving a "
                "reason that is kept in its history."
            ).format(period=label)
        if not confirm_step(self, self.tr("Close the period"), text, self.tr("Close")):
            return
        try:
            if stage == YEAR_ROW:
                periods.close_year(self.year)
            else:
                period_stages.close_stage(self.year, stage)
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return
        self.reload(stage)

    def reopen_selected(self) -> None:
        stage = self.current_stage()
        if stage is None:
            return
        show_error(self.error, "")
        try:
            if stage == YEAR_ROW:
                periods.reopen_year(self.year, self.reason.text())
            else:
                period_stages.reopen_stage(self.year, stage, self.reason.text())
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            self.reason.setFocus()
            return
        self.reason.clear()
        self.reload(stage)
