"""The contract periods (perjanjian kerja) of one PPPK, opened from the employee record: the
list with the recommendation of the contract in question, the form of a contract (typed dates
with their messages; an overlap is refused with the other contract named), removing one
entered by mistake. HR and the administrator write (`services.register.contracts`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n.translator import domain_text, tr_
from desktop_app.scoring.pppk_contract import (
    REASON_TEXTS,
    RECOMMENDATION_LABELS,
    WORK_TIME_LABELS,
)
from desktop_app.services.evaluation import pppk_recommendation
from desktop_app.services.register import contracts
from desktop_app.services.register.contracts import ContractInput
from desktop_app.services.session import Action, allowed
from desktop_app.views import messages
from desktop_app.views.formatting import format_date
from desktop_app.views.record_list_dialog import RecordListDialog
from desktop_app.views.typed_input.fields import TypedEdit, message_line
from desktop_app.views.typed_input.forms import MessageForm
from desktop_app.views.typed_input.kinds import DATE, date_kind
from desktop_app.views.widgets import (
    dialog_buttons,
    resize_within_screen,
    set_enabled_why,
    today,
    why_denied,
    why_no_row,
)

ID_ROLE = Qt.ItemDataRole.UserRole
REQUIRED_DATE = date_kind(required=True)


def open_form(dialog: QDialog) -> bool:
    """Show a form modally; True when it was saved (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def advice_text(item: pppk_recommendation.ContractAdvice) -> str:
    """ "Recommendation: extend the contract. Annual predikat Baik (Annual 2026)." in the
    interface language: the advice and its ground as two sentences (a label, a colon and a
    reason with colons of its own read as one muddled line); no advice yet: the reason only."""
    advice = item.advice
    reason = tr_("scoring", REASON_TEXTS[advice.reason.value]).format(
        predikat=advice.predikat.label if advice.predikat else "",
        period=domain_text(pppk_recommendation.period_words(advice.period_key))
        if advice.period_key
        else "",
    )
    if advice.recommendation.value == "NONE":
        return reason
    label = tr_("scoring", RECOMMENDATION_LABELS[advice.recommendation.value])
    label = label[:1].lower() + label[1:]  # it follows the colon within a sentence
    return tr_("ContractsDialog", "Recommendation: {advice}. {reason}").format(
        advice=label, reason=reason
    )


class ContractForm(QDialog):
    """Add or edit one contract period of `employee_id`."""

    def __init__(
        self, employee_id: int, contract_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ContractForm")
        self.employee_id = employee_id
        self.contract_id = contract_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Add a contract period") if contract_id is None else self.tr("Edit a contract")
        )
        data = contracts.get_contract(contract_id) if contract_id is not None else None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        self.form = MessageForm(form)
        self.starts = TypedEdit(REQUIRED_DATE)
        self.starts.setObjectName("contractStarts")
        self.starts.setPlaceholderText(self.tr("e.g. 1 January 2026"))
        self.ends = TypedEdit(REQUIRED_DATE)
        self.ends.setObjectName("contractEnds")
        self.ends.setPlaceholderText(self.tr("e.g. 31 December 2026"))
        self.work_time = QComboBox()
        self.work_time.setObjectName("contractWorkTime")
        for code, label in WORK_TIME_LABELS.items():
            self.work_time.addItem(tr_("scoring", label), code)
        self.decree = QLineEdit()
        self.decree.setObjectName("contractDecree")
        self.decree.setMaxLength(contracts.MAX_DECREE + 20)  # longer: refused with a message
        self.decree.setPlaceholderText(self.tr("e.g. 800.1.13/017/BKPSDM/2026"))
        self.decree_on = TypedEdit(DATE)
        self.decree_on.setObjectName("contractDecreeOn")
        self.decree_on.setPlaceholderText(self.tr("optional"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("contractNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(52)
        add = self.form.add
        add("starts", self.tr("&First day:"), self.starts)
        add("ends", self.tr("&Last day:"), self.ends)
        add("work_time", self.tr("&Work time:"), self.work_time)
        add("decree", self.tr("&Decree or contract number:"), self.decree)
        add("decree_on", self.tr("Decree &date:"), self.decree_on)
        add("notes", self.tr("&Notes:"), self.notes)
        layout.addLayout(form)
        self.general = message_line("contractGeneral")
        layout.addWidget(self.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Save"), self.save))
        if data is not None:
            self.starts.set_value(data.starts)
            self.ends.set_value(data.ends)
            self.work_time.setCurrentIndex(max(self.work_time.findData(data.work_time), 0))
            self.decree.setText(data.decree)
            self.decree_on.set_value(data.decree_on)
            self.notes.setPlainText(data.notes)
        resize_within_screen(self, 600, 0)
        self.starts.setFocus()

    def input(self) -> ContractInput:
        return ContractInput(
            employee_id=self.employee_id,
            starts=self.starts.value(),
            ends=self.ends.value(),
            work_time=self.work_time.currentData(),
            decree=self.decree.text(),
            decree_on=self.decree_on.value(),
            notes=self.notes.toPlainText(),
        )

    def _refuse(self, found: dict[str, str]) -> None:
        first = self.form.show(found, self.general)
        if not self.general.text():
            self.general.setText(self.tr("Nothing was saved: correct the fields marked."))
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        self.form.clear()
        self.general.setText("")
        typed = self.form.typed_problems()
        if typed:
            self._refuse(typed)
            return
        for edit in (self.starts, self.ends, self.decree_on):
            edit.tidy()
        try:
            self.saved_id = contracts.save_contract(self.input(), self.contract_id)
        except FieldErrors as err:
            self._refuse({key: messages.error_text(p) for key, p in err.errors.items()})
            return
        except ServiceError as err:
            self.general.setText(messages.error_text(err))
            return
        self.accept()


class ContractsDialog(RecordListDialog):
    """Every contract period of one PPPK, latest first."""

    def __init__(self, employee_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContractsDialog")
        self.employee_id = employee_id
        self.setWindowTitle(self.tr("PPPK contracts: {name}").format(name=name))
        self.advice = QLabel()
        self.advice.setObjectName("contractAdvice")
        self.advice.setWordWrap(True)
        self.body.addWidget(self.advice)
        self.add_table("contractTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("contractAdd")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("contractEdit")
        self.delete_button = QPushButton(self.tr("&Remove"))
        self.delete_button.setObjectName("contractRemove")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.remove)
        self.button_bar((self.add_button, self.edit_button, self.delete_button), self.tr("&Close"))
        self.add_shortcuts()
        self.may_write = allowed(Action.WRITE_REGISTER)
        self.reload()
        resize_within_screen(self, 900, 420)

    def reload(self, select: int | None = None) -> None:
        headers = [
            self.tr("First day"),
            self.tr("Last day"),
            self.tr("Work time"),
            self.tr("Decree"),
            self.tr("Decree date"),
            self.tr("Notes"),
        ]

        def items(row) -> list[QStandardItem]:  # type: ignore[no-untyped-def]
            work_time = tr_("scoring", WORK_TIME_LABELS.get(row.work_time, row.work_time))
            return [
                QStandardItem(format_date(row.starts)),
                QStandardItem(format_date(row.ends)),
                QStandardItem(work_time),
                QStandardItem(row.decree),
                QStandardItem(format_date(row.decree_on) if row.decree_on else ""),
                QStandardItem(" ".join(row.notes.split())),
            ]

        self.fill(
            headers,
            contracts.list_contracts(self.employee_id),
            items,
            select=select,
            widths=(130, 130, 170, 220, 120, 160),
            fit_titles=True,
        )
        found = pppk_recommendation.advice_for([self.employee_id], today().year)
        item = found.get(self.employee_id)
        self.advice.setText(
            self.tr("Contract ends {day}. {advice}").format(
                day=format_date(item.contract.ends), advice=advice_text(item)
            )
            if item is not None
            else self.tr("No contract runs in {year} or later.").format(year=today().year)
        )
        self._update()

    def _update(self) -> None:
        has_row = self.current_id() is not None
        denied = why_denied(Action.WRITE_REGISTER)
        set_enabled_why(self.add_button, self.may_write, denied)
        for button in (self.edit_button, self.delete_button):
            set_enabled_why(
                button, self.may_write and has_row, why_no_row() if self.may_write else denied
            )

    def open_form(self, form: QDialog) -> bool:
        return open_form(form)

    def add(self) -> None:
        if self.add_button.isEnabled():
            self.run_form(ContractForm(self.employee_id, None, self))

    def edit(self) -> None:
        contract_id = self.current_id()
        if contract_id is not None and self.edit_button.isEnabled():
            self.run_form(ContractForm(self.employee_id, contract_id, self))

    def remove(self) -> None:
        contract_id = self.current_id()
        if contract_id is None or not self.delete_button.isEnabled():
            return
        self.confirm_remove(
            contract_id,
            self.tr("Remove the contract"),
            self.tr("Remove this contract period? Only for one entered by mistake."),
            contracts.delete_contract,
        )
