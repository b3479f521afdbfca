"""Mutasi / promosi: close the SKP in force at a month and start the next one with the new
unit, position and pejabat penilai (docs/multiple_skp.md). The dialog asks what happens, the
last month of the current SKP, the new post and which RHK the next SKP keeps, then says what
will happen before it does it; `services.skp.transfers` checks and writes it all at once."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring.reference import PositionType
from desktop_app.scoring.skp_months import MonthRange
from desktop_app.services.register import employee_queries
from desktop_app.services.register import units as unit_service
from desktop_app.services.skp import transfers
from desktop_app.services.skp.transfers import TransferDone, TransferInput
from desktop_app.views import messages
from desktop_app.views.skp.editor import status_label
from desktop_app.views.widgets import (
    EmployeePicker,
    FieldForm,
    add_unit_choices,
    dialog_buttons,
    error_label,
    resize_within_screen,
    show_error,
)
from desktop_app.views.workflow_steps import confirm_step

ID_ROLE = Qt.ItemDataRole.UserRole


def month_word(month: int) -> str:
    """The month's name in the interface language ("Juli")."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def months_text(months: MonthRange, year: int | None) -> str:
    """ "Januari – Juli 2026" in the interface language (without the year when None)."""
    text = (
        month_word(months.start)
        if months.start == months.end
        else f"{month_word(months.start)} – {month_word(months.end)}"
    )
    return text if year is None else f"{text} {year}"


class TransferDialog(QDialog):
    """Transfer, promotion or a new pejabat penilai of one employee in the year."""

    def __init__(self, employee_id: int, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TransferDialog")
        self.start = transfers.transfer_start(employee_id, year)  # ServiceError: caller says
        self.outcome: TransferDone | None = None
        self._touched = False
        start = self.start
        self.setWindowTitle(
            self.tr("Transfer or promotion: {name}").format(name=start.employee_name)
        )
        layout = QVBoxLayout(self)
        current = QLabel(
            self.tr("SKP in force: {months} ({status}).").format(
                months=months_text(start.months, year), status=status_label(start.status)
            )
        )
        current.setObjectName("transferCurrent")
        current.setWordWrap(True)
        layout.addWidget(current)

        self.fields = FieldForm(QFormLayout())
        self.kind = QComboBox()
        self.kind.setObjectName("transferKind")
        for key, label in transfers.KINDS.items():
            self.kind.addItem(tr_("transfers", label), key)
        self.fields.add("kind", self.tr("&What happens:"), self.kind)
        self.close_month = QComboBox()
        self.close_month.setObjectName("transferCloseMonth")
        for month in start.close_months:
            self.close_month.addItem(month_word(month), month)
        self.close_month.setCurrentIndex(self.close_month.count() - 1)
        self.fields.add("close_month", self.tr("&Last month of the current SKP:"), self.close_month)
        self.unit = QComboBox()
        self.unit.setObjectName("transferUnit")
        add_unit_choices(self.unit, unit_service.list_units())
        self.unit.setCurrentIndex(max(self.unit.findData(start.unit_id), 0))
        self.fields.add("unit_id", self.tr("New &unit:"), self.unit)
        self.position = QLineEdit(start.position_name)
        self.position.setObjectName("transferPosition")
        self.position.setMaxLength(200)
        self.fields.add("position_name", self.tr("New &position (jabatan):"), self.position)
        self.position_type = QComboBox()
        self.position_type.setObjectName("transferPositionType")
        for kind in PositionType:
            self.position_type.addItem(kind.label, kind.value)
        self.position_type.setCurrentIndex(max(self.position_type.findData(start.position_type), 0))
        self.fields.add("position_type", self.tr("Position t&ype:"), self.position_type)
        self.appraiser = EmployeePicker(employee_queries.list_employees())
        self.appraiser.setObjectName("transferAppraiser")
        self.appraiser.set_id(start.appraiser_id)
        self.fields.add(
            "appraiser_id", self.tr("New appr&aiser (pejabat penilai):"), self.appraiser
        )
        layout.addLayout(self.fields.form)

        layout.addWidget(QLabel(self.tr("RHK the next SKP keeps (with their IKI):")))
        self.results = QListWidget()
        self.results.setObjectName("transferResults")
        for choice in start.results:
            item = QListWidgetItem(choice.text)
            item.setData(ID_ROLE, choice.result_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.results.addItem(item)
        self.results.itemChanged.connect(self._ticked)
        self.results.itemActivated.connect(self._toggle)
        layout.addWidget(self.results, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.error = error_label()
        self.error.setObjectName("transferError")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Transfer…"), self.accept_input))
        resize_within_screen(self, 720, 640)

    # --- the RHK ticks ------------------------------------------------------------------
    def _kind_changed(self) -> None:
        """Tick all RHK for a new appraiser only, none for a transfer or a promotion, until
        the user ticks by hand."""
        if self._touched:
            return
        state = (
            Qt.CheckState.Checked
            if transfers.default_copy(self.kind.currentData())
            else Qt.CheckState.Unchecked
        )
        self.results.blockSignals(True)
        for n in range(self.results.count()):
            self.results.item(n).setCheckState(state)
        self.results.blockSignals(False)

    def _ticked(self, _item: QListWidgetItem) -> None:
        self._touched = True

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def ticked(self) -> list[int]:
        return [
            self.results.item(n).data(ID_ROLE)
            for n in range(self.results.count())
            if self.results.item(n).checkState() == Qt.CheckState.Checked
        ]

    # --- accepting ----------------------------------------------------------------------
    def data(self) -> TransferInput:
        return TransferInput(
            self.start.employee_id,
            self.start.year,
            self.close_month.currentData(),
            self.kind.currentData(),
            self.unit.currentData(),
            self.position.text(),
            self.position_type.currentData(),
            self.appraiser.employee_id(),
            self.ticked(),
        )

    def question(self, data: TransferInput) -> str:
        start, year = self.start, self.start.year
        closed = MonthRange(start.months.start, data.close_month)
        following = MonthRange(data.close_month + 1, start.months.end)
        return self.tr(
            "The SKP of {name} will end in {last}: it covers {closed} and stays {status}.\n\n"
            "A new draft SKP covers {following}, with the unit, position and appraiser chosen "
            "here; the register record changes the same way. It keeps {count} of "
            "{total} RHK.\n\nThe evaluations from {first} on belong to the new SKP."
        ).format(
            name=start.employee_name,
            last=months_text(MonthRange(data.close_month, data.close_month), year),
            closed=months_text(closed, year),
            status=status_label(start.status),
            following=months_text(following, year),
            count=len(data.copy),
            total=len(start.results),
            first=month_word(following.start),
        )

    def accept_input(self) -> None:
        self.fields.clear()
        show_error(self.error, "")
        data = self.data()
        if not data.position_name.strip():
            show_error(self.fields.errors["position_name"], self.tr("Type the new position."))
            self.position.setFocus()
            return
        if transfers.nothing_changes(self.start, data):
            show_error(self.error, messages.error_text(transfers.nothing_changes_error()))
            return
        if not confirm_step(
            self, self.tr("Transfer or promotion"), self.question(data), self.tr("Transfer")
        ):
            return
        try:
            self.outcome = transfers.transfer(data)
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return
        self.accept()
