"""The holiday calendar HR keeps: hari libur of the whole office and cuti of one employee, by
day; the supervisor's month calendar shows them instead of an empty day."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.services.daily_log import holidays
from desktop_app.services.register import employee_queries
from desktop_app.views import messages
from desktop_app.views.formatting import format_date
from desktop_app.views.typed_input.fields import TypedEdit, message_line
from desktop_app.views.typed_input.forms import MessageForm
from desktop_app.views.typed_input.kinds import date_kind
from desktop_app.views.widgets import (
    EmployeePicker,
    fit_header_to_titles,
    resize_within_screen,
    row_table,
    set_enabled_why,
    why_no_row,
)

ID_ROLE = Qt.ItemDataRole.UserRole
DAY = date_kind(required=True)


class HolidayDialog(QDialog):
    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HolidayDialog")
        self.year = year
        self.setWindowTitle(self.tr("Holidays and leave {year}").format(year=year))
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        self.table = row_table(self.model, "holidayTable")
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        self.form = MessageForm(form)
        self.day = TypedEdit(DAY)
        self.day.setObjectName("holidayDay")
        self.day.setPlaceholderText(self.tr("e.g. 25/12/{year}").format(year=year))
        self.name = QLineEdit()
        self.name.setObjectName("holidayName")
        self.name.setMaxLength(200)
        self.picker = EmployeePicker(employee_queries.list_employees())
        self.picker.setObjectName("holidayEmployee")
        self.form.add("day", self.tr("&Day:"), self.day)
        self.form.add("name", self.tr("&Name:"), self.name)
        self.form.add("employee", self.tr("Leave of (empty: &whole office):"), self.picker)
        layout.addLayout(form)
        self.general = message_line("holidayGeneral")
        layout.addWidget(self.general)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("holidayAdd")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("holidayRemove")
        close = QPushButton(self.tr("&Close"))
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        close.clicked.connect(self.accept)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.reload()
        resize_within_screen(self, 760, 560)
        self.day.setFocus()

    def reload(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Name"), self.tr("Leave of")])
        for column, width in enumerate((180, 280)):
            self.table.setColumnWidth(column, width)
        for row in holidays.list_holidays(self.year):
            day = QStandardItem(format_date(row.day))
            day.setData(row.id, ID_ROLE)
            self.model.appendRow(
                [day, QStandardItem(row.name), QStandardItem(row.employee_name or "")]
            )
        fit_header_to_titles(self.table)
        self._update()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def _update(self) -> None:
        set_enabled_why(self.remove_button, self.current_id() is not None, why_no_row())

    def add(self) -> None:
        self.form.clear()
        self.general.setText("")
        typed = self.form.typed_problems()
        if typed:
            self.form.show(typed, self.general)
            return
        self.day.tidy()
        try:
            holidays.save_holiday(self.day.value(), self.name.text(), self.picker.employee_id())
        except ServiceError as err:
            self.general.setText(messages.error_text(err))
            return
        self.day.clear()
        self.name.clear()
        self.picker.set_id(None)
        self.reload()
        self.day.setFocus()

    def remove(self) -> None:
        holiday_id = self.current_id()
        if holiday_id is None:
            return
        try:
            holidays.delete_holiday(holiday_id)
        except ServiceError as err:
            self.general.setText(messages.error_text(err))
            return
        self.reload()
