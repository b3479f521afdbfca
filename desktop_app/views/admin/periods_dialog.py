"""Appraisal years (periode penilaian): HR opens a year with its frequency and regime, and
closes (locks) it when the year's work is done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services import periods
from desktop_app.views import messages
from desktop_app.views.widgets import error_label, show_error

ID_ROLE = Qt.ItemDataRole.UserRole


class PeriodsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PeriodsDialog")
        self.setWindowTitle(self.tr("Appraisal years"))
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        new = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setObjectName("newYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.frequency = QComboBox()
        self.frequency.setObjectName("frequency")
        for code, label in periods.FREQUENCIES.items():
            self.frequency.addItem(tr_("periods", label), code)
        self.frequency.setCurrentIndex(self.frequency.findData("QUARTERLY"))
        self.regime = QComboBox()
        self.regime.setObjectName("regime")
        for code, label in periods.REGIMES.items():
            self.regime.addItem(label, code)
        open_button = QPushButton(self.tr("&Open year"))
        open_button.clicked.connect(self.open_year)
        new.addWidget(QLabel(self.tr("Year:")))
        new.addWidget(self.year)
        new.addWidget(self.frequency)
        new.addWidget(self.regime)
        new.addWidget(open_button)
        layout.addLayout(new)
        bar = QHBoxLayout()
        self.close_button = QPushButton(self.tr("C&lose or re-open the selected year"))
        self.close_button.clicked.connect(self.toggle_closed)
        bar.addWidget(self.close_button)
        bar.addStretch(1)
        done = QPushButton(self.tr("&Done"))
        done.clicked.connect(self.accept)
        bar.addWidget(done)
        layout.addLayout(bar)
        self.error = error_label()
        layout.addWidget(self.error)
        self.reload()
        self.resize(640, 380)

    def reload(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Frequency"), self.tr("Regime"), self.tr("Status")]
        )
        for row in periods.list_periods():
            year = QStandardItem(str(row.year))
            year.setData((row.year, row.closed), ID_ROLE)
            self.model.appendRow(
                [
                    year,
                    QStandardItem(tr_("periods", periods.FREQUENCIES.get(row.frequency, ""))),
                    QStandardItem(periods.REGIMES.get(row.regime, row.regime)),
                    QStandardItem(self.tr("Closed") if row.closed else self.tr("Open")),
                ]
            )

    def open_year(self) -> None:
        show_error(self.error, "")
        try:
            periods.open_period(
                self.year.value(), self.frequency.currentData(), self.regime.currentData()
            )
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return
        self.reload()

    def toggle_closed(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        year, closed = self.model.item(index.row(), 0).data(ID_ROLE)
        try:
            periods.set_closed(year, not closed)
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return
        self.reload()
