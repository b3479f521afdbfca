"""Appraisal years (periode penilaian): HR opens a year with its frequency and regime; its
deadlines, the closing of its periods and of the whole year are in `PeriodStagesDialog`."""

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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services import periods
from desktop_app.views import messages
from desktop_app.views.admin.field_messages import reserved_message, say
from desktop_app.views.typed_input.fields import TypedField
from desktop_app.views.typed_input.kinds import Kind, Refused
from desktop_app.views.widgets import fit_header_to_titles, keep_titles_visible

FIRST_YEAR, LAST_YEAR = 2000, 2100
"""The years `periods.open_period` takes."""


def _year(text: str) -> int | None:
    """A year typed as its four digits ("2027"); None when nothing is typed."""
    stripped = text.strip()
    if not stripped:
        return None
    if not (stripped.isascii() and stripped.isdigit()):
        raise Refused(
            tr_(
                "PeriodsDialog", "'{text}' is not a year: type its four digits, e.g. {year}."
            ).format(text=stripped, year=dt.date.today().year)
        )
    return int(stripped)


def _check_year(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Refused(
            tr_("PeriodsDialog", "The year must be between {low} and {high}.").format(
                low=FIRST_YEAR, high=LAST_YEAR
            )
        )
    return year


YEAR = Kind(_year, str, _check_year, required=True)
"""An appraisal year (tahun penilaian), built here: the kit has no year kind."""

ID_ROLE = Qt.ItemDataRole.UserRole


def open_stages(dialog: QDialog) -> None:
    """Show the deadlines and closing of a year modally (tests replace this)."""
    dialog.exec()


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
        keep_titles_visible(self.table)
        layout.addWidget(self.table, 1)
        new = QHBoxLayout()
        self.year = TypedField(YEAR)
        self.year.setObjectName("newYear")
        self.year.edit.setObjectName("newYearEdit")
        self.year.set_value(dt.date.today().year)
        self.year.edit.setMaximumWidth(110)  # four digits; the message takes the rest
        self.frequency = QComboBox()
        self.frequency.setObjectName("frequency")
        for code, label in periods.FREQUENCIES.items():
            self.frequency.addItem(tr_("periods", label), code)
        self.frequency.setCurrentIndex(self.frequency.findData("QUARTERLY"))
        self.regime = QComboBox()
        self.regime.setObjectName("regime")
        for code, label in periods.REGIMES.items():
            self.regime.addItem(label, code)
        self.open_button = QPushButton(self.tr("&Open year"))
        self.open_button.clicked.connect(self.open_year)
        self.year.edit.returnPressed.connect(self.open_year)  # Enter opens, never closes
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year.edit)
        new.addWidget(year_label)
        new.addWidget(self.year, 1)  # its message beside it, on a line of its own
        layout.addLayout(new)
        choices = QHBoxLayout()
        choices.addWidget(self.frequency)
        choices.addWidget(self.regime)
        choices.addWidget(self.open_button)
        choices.addStretch(1)
        layout.addLayout(choices)
        bar = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Deadlines and c&losing…"))
        self.close_button.setObjectName("stagesButton")
        self.close_button.setToolTip(
            self.tr(
                "Fill-in deadlines (batas pengisian) of the selected year, closing and "
                "re-opening its periods or the whole year, and their history"
            )
        )
        self.close_button.clicked.connect(self.show_stages)
        self.table.doubleClicked.connect(lambda _index: self.show_stages())
        bar.addWidget(self.close_button)
        bar.addStretch(1)
        done = QPushButton(self.tr("&Done"))
        done.clicked.connect(self.accept)
        bar.addWidget(done)
        layout.addLayout(bar)
        self.error = reserved_message(2, "periodsError")  # kept: it never moves the table
        layout.addWidget(self.error)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.reload()
        self.resize(760, 400)

    def reload(self, year: int | None = None) -> None:
        """Read the years again, the one just opened or closed selected."""
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Frequency"), self.tr("Regime"), self.tr("Status")]
        )
        for row in periods.list_periods():
            first = QStandardItem(str(row.year))
            first.setData((row.year, row.closed), ID_ROLE)
            self.model.appendRow(
                [
                    first,
                    QStandardItem(tr_("periods", periods.FREQUENCIES.get(row.frequency, ""))),
                    QStandardItem(periods.REGIMES.get(row.regime, row.regime)),
                    QStandardItem(self.tr("Closed") if row.closed else self.tr("Open")),
                ]
            )
            if row.year == year:
                self.table.selectRow(self.model.rowCount() - 1)
        for column, width in enumerate((80, 140, 180)):
            self.table.setColumnWidth(column, width)
        fit_header_to_titles(self.table)  # "Frekuensi penilaian" is wider than 140

    def open_year(self) -> None:
        """Open the typed year; a refused year stays as typed with its message beside it."""
        say(self.error, "")
        if not self.year.validate():
            self.year.edit.setFocus()
            return
        year = self.year.value()
        try:
            periods.open_period(year, self.frequency.currentData(), self.regime.currentData())
        except ServiceError as err:
            self.year.message.setText(messages.error_text(err))  # goes at the next key
            self.year.edit.setFocus()
            return
        self.reload(year)

    def show_stages(self) -> None:
        """Deadlines and closing of the selected year (closing asks first, re-opening needs
        a reason: `PeriodStagesDialog`)."""
        from desktop_app.views.admin.period_stages_dialog import PeriodStagesDialog

        index = self.table.currentIndex()
        if not index.isValid():
            say(self.error, self.tr("Choose a year in the list first."))
            return
        year, _closed = self.model.item(index.row(), 0).data(ID_ROLE)
        say(self.error, "")
        dialog = PeriodStagesDialog(year, self)
        try:
            open_stages(dialog)
        finally:
            dialog.deleteLater()
        self.reload(year)
