"""The supervisor's month calendar of the daily log: one row per staff member, one column per
day, each working day filled (✓), partly filled (½) or empty (✗), holidays (L) and leave (C)
from the calendar HR keeps. Enter or a double click opens that person's day in the tab. The
unit recap (who filled how many working days) is printed from here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.scoring.daily_log import DayState
from desktop_app.scoring.indonesian_format import ENGLISH_MONTHS, month_name
from desktop_app.services.daily_log import calendar_view
from desktop_app.services.register import units as unit_service
from desktop_app.views.daily_log import outputs
from desktop_app.views.widgets import (
    add_unit_choices,
    fit_header_to_titles,
    resize_within_screen,
    row_table,
    set_enabled_why,
    today,
)

ID_ROLE = Qt.ItemDataRole.UserRole
FIXED = 4  # name, filled, partly, empty; then the days
SYMBOLS = {
    DayState.FILLED: ("✓", "#c8e6c9"),
    DayState.PARTLY: ("½", "#fff3c4"),
    DayState.EMPTY: ("✗", "#ffcdd2"),
    DayState.HOLIDAY: ("L", "#e0e0e0"),
    DayState.LEAVE: ("C", "#d0e4ff"),
    DayState.FUTURE: ("", ""),
}


def month_year(day: dt.date) -> str:
    """ "November 2026" in the interface language."""
    indonesian = QLocale().language() == QLocale.Language.Indonesian
    name = month_name(day.month) if indonesian else ENGLISH_MONTHS[day.month - 1]
    return f"{name} {day.year}"


class CalendarDialog(QDialog):
    def __init__(self, year: int, month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CalendarDialog")
        self.setWindowTitle(self.tr("Daily log: month calendar"))
        self.chosen: tuple[int, dt.date] | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.month = QComboBox()
        self.month.setObjectName("calendarMonth")
        first = today().replace(day=1)
        for n in range(12):
            y, m = first.year, first.month - n
            while m < 1:
                y, m = y - 1, m + 12
            self.month.addItem(month_year(dt.date(y, m, 1)), (y, m))
        self.month.setCurrentIndex(max(self.month.findData((year, month)), 0))
        label = QLabel(self.tr("&Month:"))
        label.setBuddy(self.month)
        self.unit = QComboBox()
        self.unit.setObjectName("calendarUnit")
        self.unit.addItem(self.tr("All I may see"), None)
        add_unit_choices(self.unit, unit_service.list_units(include_inactive=False))
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit)
        for widget in (label, self.month, unit_label, self.unit):
            top.addWidget(widget)
        top.addStretch(1)
        layout.addLayout(top)
        self.legend = QLabel(
            self.tr("✓ filled · ½ partly · ✗ empty · L holiday or weekend · C leave")
        )
        layout.addWidget(self.legend)
        self.model = QStandardItemModel(self)
        self.table = row_table(self.model, "calendarTable")
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectItems)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _index: self.open_day())
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open the day"))
        self.open_button.setObjectName("calendarOpen")
        self.recap_button = QPushButton(self.tr("&Print the unit recap"))
        self.recap_button.setObjectName("calendarRecap")
        close = QPushButton(self.tr("&Close"))
        bar.addWidget(self.open_button)
        bar.addWidget(self.recap_button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.open_button.clicked.connect(self.open_day)
        self.recap_button.clicked.connect(self.print_recap)
        close.clicked.connect(self.reject)
        self.month.currentIndexChanged.connect(lambda *_: self.reload())
        self.unit.currentIndexChanged.connect(lambda *_: self.reload())
        self.table.activated.connect(lambda _index: self.open_day())
        self.reload()
        resize_within_screen(self, 1300, 620)
        self.table.setFocus()

    def reload(self) -> None:
        year, month = self.month.currentData()
        staff = calendar_view.staff_choices(self.unit.currentData())
        self.months = calendar_view.month_calendar([s.id for s in staff], year, month)
        self.model.clear()
        days = self.months[0].days if self.months else []
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Filled"), self.tr("Partly"), self.tr("Empty")]
            + [str(d.day) for d, _s, _m in days]
        )
        for person in self.months:
            name = QStandardItem(person.name)
            name.setData(person.employee_id, ID_ROLE)
            name.setToolTip(f"{person.nip} · {person.unit}")
            cells = [
                name,
                QStandardItem(f"{person.filled}/{person.working}"),
                QStandardItem(str(person.partly)),
                QStandardItem(str(person.empty)),
            ]
            for day, state, minutes in person.days:
                symbol, colour = SYMBOLS[state]
                item = QStandardItem(symbol)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(day.isoformat(), ID_ROLE)
                item.setToolTip(
                    self.tr("{minutes} minutes logged").format(minutes=minutes) if minutes else ""
                )
                if colour:
                    item.setBackground(QBrush(QColor(colour)))
                cells.append(item)
            self.model.appendRow(cells)
        self.table.setColumnWidth(0, 220)
        for column in range(1, FIXED):
            self.table.setColumnWidth(column, 64)
        for column in range(FIXED, FIXED + len(days)):
            self.table.setColumnWidth(column, 30)
        fit_header_to_titles(self.table)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, FIXED))
        set_enabled_why(
            self.recap_button,
            self.unit.currentData() is not None and bool(self.months),
            self.tr("Choose a unit first."),
        )
        set_enabled_why(self.open_button, bool(self.months), self.tr("Nobody to show."))

    def open_day(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        employee_id = self.model.item(index.row(), 0).data(ID_ROLE)
        year, month = self.month.currentData()
        day = dt.date(year, month, 1)
        if index.column() >= FIXED:
            day = dt.date.fromisoformat(self.model.item(index.row(), index.column()).data(ID_ROLE))
        self.chosen = (employee_id, day)
        self.accept()

    def print_recap(self) -> None:
        unit_id = self.unit.currentData()
        if unit_id is None:
            return
        year, month = self.month.currentData()
        outputs.print_recap(self, unit_id, year, month)
