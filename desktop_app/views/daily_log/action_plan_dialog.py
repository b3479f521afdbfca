"""Rencana aksi of one employee for one period: the list per RHK, the form under it (RHK,
planned action, expected output as a whole number, unit) and, for the pejabat penilai,
"Agree the period". Writes go through `services.daily_log.action_plans`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring.input_ranges import check_not_negative
from desktop_app.services.daily_log import access, action_plans
from desktop_app.services.daily_log.action_plans import ActionPlanInput
from desktop_app.services.daily_log.periods import period_of, periods_of_year
from desktop_app.views import messages
from desktop_app.views.typed_input.fields import TypedEdit, message_line
from desktop_app.views.typed_input.forms import MessageForm
from desktop_app.views.typed_input.kinds import number_kind
from desktop_app.views.widgets import (
    fit_header_to_titles,
    resize_within_screen,
    row_table,
    set_enabled_why,
    why_no_row,
)

ID_ROLE = Qt.ItemDataRole.UserRole
TARGET = number_kind(0, check_not_negative, required=True)


class ActionPlanDialog(QDialog):
    def __init__(
        self, employee_id: int, name: str, day: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ActionPlanDialog")
        self.employee_id = employee_id
        self.setWindowTitle(self.tr("Action plans (rencana aksi): {name}").format(name=name))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.period = QComboBox()
        self.period.setObjectName("planPeriod")
        for key in periods_of_year(day.year):
            self.period.addItem(f"{key.label} {key.year}", str(key))
        self.period.setCurrentIndex(max(self.period.findData(str(period_of(day))), 0))
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.period)
        top.addWidget(label)
        top.addWidget(self.period)
        top.addStretch(1)
        self.agree_button = QPushButton(self.tr("A&gree the period's action plans"))
        self.agree_button.setObjectName("planAgree")
        top.addWidget(self.agree_button)
        self.agree_year_button = QPushButton(self.tr("Agree every period with the S&KP"))
        self.agree_year_button.setObjectName("planAgreeYear")
        top.addWidget(self.agree_year_button)
        self.year = day.year
        layout.addLayout(top)
        self.model = QStandardItemModel(self)
        self.table = row_table(self.model, "planTable")
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        self.form = MessageForm(form)
        self.result = QComboBox()
        self.result.setObjectName("planResult")
        self.text = QLineEdit()
        self.text.setObjectName("planText")
        self.target = TypedEdit(TARGET)
        self.target.setObjectName("planTarget")
        self.unit = QLineEdit()
        self.unit.setObjectName("planUnit")
        self.unit.setMaxLength(60)
        self.form.add("result", self.tr("&RHK:"), self.result)
        self.form.add("text", self.tr("Planned ac&tion:"), self.text)
        self.form.add("target", self.tr("E&xpected output:"), self.target)
        self.form.add("unit", self.tr("&Unit:"), self.unit)
        layout.addLayout(form)
        self.general = message_line("planGeneral")
        layout.addWidget(self.general)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add as new"))
        self.add_button.setObjectName("planAdd")
        self.save_button = QPushButton(self.tr("&Save the selected"))
        self.save_button.setObjectName("planSave")
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setObjectName("planRemove")
        close = QPushButton(self.tr("&Close"))
        for button in (self.add_button, self.save_button, self.remove_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.add_button.clicked.connect(lambda: self.store(None))
        self.save_button.clicked.connect(lambda: self.store(self.current_id()))
        self.remove_button.clicked.connect(self.remove)
        self.agree_button.clicked.connect(self.agree)
        self.agree_year_button.clicked.connect(self.agree_year)
        close.clicked.connect(self.accept)
        self.period.currentIndexChanged.connect(lambda *_: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.reload()
        resize_within_screen(self, 980, 600)
        self.text.setFocus()

    def key(self) -> str:
        return self.period.currentData()

    def reload(self, select: int | None = None) -> None:
        self.result.clear()
        for choice in action_plans.results_for(self.employee_id, self.key()):
            self.result.addItem(choice.text, choice.id)
        self.rows = action_plans.list_action_plans(self.employee_id, self.key())
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("RHK"), self.tr("Planned action"), self.tr("Output"), self.tr("Status")]
        )
        for column, width in enumerate((300, 320, 120)):
            self.table.setColumnWidth(column, width)
        for row in self.rows:
            first = QStandardItem(row.result_text)
            first.setData(row.id, ID_ROLE)
            status = tr_("daily_log", action_plans.STATUS_LABELS.get(row.status, row.status))
            if row.agreed_by:
                status = f"{status} ({row.agreed_by})"
            self.model.appendRow(
                [
                    first,
                    QStandardItem(row.text),
                    QStandardItem(f"{row.target} {row.unit}"),
                    QStandardItem(status),
                ]
            )
            if row.id == select:
                self.table.selectRow(self.model.rowCount() - 1)
        fit_header_to_titles(self.table)
        self._update()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def _selected(self) -> None:
        found = next((r for r in self.rows if r.id == self.current_id()), None)
        if found is not None:
            self.result.setCurrentIndex(max(self.result.findData(found.result_id), 0))
            self.text.setText(found.text)
            self.target.set_value(found.target)
            self.unit.setText(found.unit)
        self._update()

    def _update(self) -> None:
        writes = access.may_write(self.employee_id)
        denied = self.tr("Only the employee or their appraiser plans the action plans.")
        has_row = self.current_id() is not None
        has_rhk = self.result.count() > 0
        set_enabled_why(
            self.add_button,
            writes and has_rhk,
            denied if not writes else self.tr("No approved SKP for this period yet."),
        )
        for button in (self.save_button, self.remove_button):
            set_enabled_why(button, writes and has_row, denied if not writes else why_no_row())
        reviews = access.may_review(self.employee_id)
        proposed = any(r.status == action_plans.PROPOSED for r in self.rows)
        set_enabled_why(
            self.agree_button,
            reviews and proposed,
            self.tr("Only the employee's appraiser agrees the action plans.")
            if not reviews
            else self.tr("Nothing proposed to agree."),
        )
        set_enabled_why(
            self.agree_year_button,
            reviews,
            self.tr("Only the employee's appraiser agrees the action plans."),
        )

    def agree_year(self) -> None:
        try:
            action_plans.agree_year(self.employee_id, self.year)
        except ServiceError as err:
            self.general.setText(messages.error_text(err))
            return
        self.reload()

    def store(self, action_id: int | None) -> None:
        self.form.clear()
        self.general.setText("")
        typed = self.form.typed_problems()
        if typed:
            self.form.show(typed, self.general)
            return
        self.target.tidy()
        value = self.target.value()
        data = ActionPlanInput(
            self.result.currentData(),
            self.key(),
            self.text.text(),
            int(value) if value is not None else None,
            self.unit.text(),
        )
        try:
            saved = action_plans.save_action_plan(data, action_id)
        except FieldErrors as err:
            self.form.show(err, self.general)
            return
        except ServiceError as err:
            self.general.setText(messages.error_text(err))
            return
        if action_id is None:
            self.text.clear()
            self.target.clear()
        self.reload(saved)
        self.text.setFocus()

    def remove(self) -> None:
        action_id = self.current_id()
        if action_id is None:
            return
        try:
            action_plans.delete_action_plan(action_id)
        except ServiceError as err:
            self.general.setText(messages.error_text(err))
            return
        self.reload()

    def agree(self) -> None:
        try:
            action_plans.agree(self.employee_id, self.key())
        except ServiceError as err:
            self.general.setText(messages.error_text(err))
            return
        self.reload()
