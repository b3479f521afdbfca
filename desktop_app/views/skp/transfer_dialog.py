"""Mutasi / promosi: close the SKP in force at a month and start the next one with the new
unit, position and pejabat penilai (docs/multiple_skp.md). The dialog asks what happens, the
last month before the change (within any SKP of the year: the SKP in force then is split),
the new post, the new appraiser (an employee of the office or an official outside it) and
which RHK the next SKP keeps, then says what will happen before it does it;
`services.skp.transfers` checks and writes it all at once. `undo_last_transfer` asks before
`services.skp.transfer_undo` undoes the last one."""

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
from desktop_app.scoring.nip import display_nip
from desktop_app.scoring.reference import PositionType
from desktop_app.scoring.skp_months import MonthRange
from desktop_app.services.register import employee_queries, officials
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.officials import OfficialRow
from desktop_app.services.skp import transfer_undo, transfers
from desktop_app.services.skp.transfers import SkpOfYear, TransferDone, TransferInput
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


class AppraiserPicker(EmployeePicker):
    """The register's employees and the officials outside the office (marked so), typed to
    choose like the employee form's picker. An official is held as a negative number inside
    the picker only; `choice()` gives (employee id, official id)."""

    def add_official(self, row: OfficialRow) -> None:
        text = self.tr("{name} (outside the office)").format(name=row.full_name)
        if row.nip:
            text += f" — {display_nip(row.nip)}"
        text += f" — {row.position}, {row.instansi}"
        self._by_text[text] = -row.id
        self._text_of[-row.id] = text
        self._model.setStringList(list(self._by_text))

    def choice(self) -> tuple[int | None, int | None]:
        chosen = self.employee_id()
        if chosen is None:
            return None, None
        return (chosen, None) if chosen > 0 else (None, -chosen)

    def set_choice(self, employee_id: int | None, official_id: int | None) -> None:
        self.set_id(-official_id if official_id is not None else employee_id)


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
        self.current = QLabel()
        self.current.setObjectName("transferCurrent")
        self.current.setWordWrap(True)
        layout.addWidget(self.current)

        self.fields = FieldForm(QFormLayout())
        self.kind = QComboBox()
        self.kind.setObjectName("transferKind")
        for key, label in transfers.KINDS.items():
            self.kind.addItem(tr_("transfers", label), key)
        self.fields.add("kind", self.tr("&What happens:"), self.kind)
        self.close_month = QComboBox()
        self.close_month.setObjectName("transferCloseMonth")
        for month in start.close_months:  # "April (SKP January – July)": which SKP it splits
            skp = start.skp_at(month)
            label = month_word(month)
            if len(start.skps) > 1 and skp is not None:
                label += " " + self.tr("(SKP {months})").format(
                    months=months_text(skp.months, None)
                )
            self.close_month.addItem(label, month)
        self.close_month.setCurrentIndex(self.close_month.count() - 1)
        self.close_month.setToolTip(
            self.tr("The last month before the change: the SKP in force then is split")
        )
        self.fields.add("close_month", self.tr("&Last month before the change:"), self.close_month)
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
        self.appraiser = AppraiserPicker(employee_queries.list_employees())
        for official in officials.list_officials(include_inactive=False):
            self.appraiser.add_official(official)
        self.appraiser.setObjectName("transferAppraiser")
        self.appraiser.set_choice(start.appraiser_id, start.official_id)
        self.appraiser.setToolTip(
            self.tr("An employee of the office, or an official outside it (marked so)")
        )
        self.fields.add(
            "appraiser_id", self.tr("New appr&aiser (pejabat penilai):"), self.appraiser
        )
        layout.addLayout(self.fields.form)

        layout.addWidget(QLabel(self.tr("RHK the next SKP keeps (with their IKI):")))
        self.results = QListWidget()
        self.results.setObjectName("transferResults")
        self.results.itemChanged.connect(self._ticked)
        self.results.itemActivated.connect(self._toggle)
        layout.addWidget(self.results, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.close_month.currentIndexChanged.connect(self._month_changed)
        self._shown: SkpOfYear | None = None
        self._month_changed()
        self.error = error_label()
        self.error.setObjectName("transferError")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Transfer…"), self.accept_input))
        resize_within_screen(self, 720, 640)

    # --- the SKP split and its RHK -------------------------------------------------------
    def split_skp(self) -> SkpOfYear:
        """The SKP in force in the chosen month (the one the transfer splits)."""
        month = self.close_month.currentData()
        found = self.start.skp_at(month) if month is not None else None
        return found or self.start.skps[-1]

    def _month_changed(self) -> None:
        """Show which SKP the chosen month splits and offer its RHK."""
        skp = self.split_skp()
        year = self.start.year
        text = self.tr("SKP in force: {months} ({status}).").format(
            months=months_text(skp.months, year), status=status_label(skp.status)
        )
        if skp.plan_id != self.start.plan_id:
            text += " " + self.tr(
                "An earlier SKP of the year: the register keeps today's post; the new SKP "
                "keeps the post and appraiser chosen here."
            )
        self.current.setText(text)
        if skp is self._shown:
            return
        self._shown = skp
        self.results.blockSignals(True)
        self.results.clear()
        for choice in skp.results:
            item = QListWidgetItem(choice.text)
            item.setData(ID_ROLE, choice.result_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.results.addItem(item)
        self.results.blockSignals(False)
        self._touched = False
        self._kind_changed()

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
        appraiser_id, official_id = self.appraiser.choice()
        return TransferInput(
            self.start.employee_id,
            self.start.year,
            self.close_month.currentData(),
            self.kind.currentData(),
            self.unit.currentData(),
            self.position.text(),
            self.position_type.currentData(),
            appraiser_id,
            self.ticked(),
            official_id,
        )

    def question(self, data: TransferInput) -> str:
        start, year = self.start, self.start.year
        skp = self.split_skp()
        closed = MonthRange(skp.months.start, data.close_month)
        following = MonthRange(data.close_month + 1, skp.months.end)
        if skp.plan_id == start.plan_id:
            text = self.tr(
                "The SKP of {name} will end in {last}: it covers {closed} and stays {status}."
                "\n\nA new draft SKP covers {following}, with the unit, position and appraiser "
                "chosen here; the register record changes the same way. It keeps {count} of "
                "{total} RHK.\n\nThe evaluations from {first} on belong to the new SKP."
            )
        else:
            text = self.tr(
                "The SKP of {name} will end in {last}: it covers {closed} and stays {status}."
                "\n\nA new draft SKP covers {following}, with the unit, position and appraiser "
                "chosen here; the register record keeps today's post. It keeps {count} of "
                "{total} RHK.\n\nThe evaluations from {first} on belong to the new SKP."
            )
        return text.format(
            name=start.employee_name,
            last=months_text(MonthRange(data.close_month, data.close_month), year),
            closed=months_text(closed, year),
            status=status_label(skp.status),
            following=months_text(following, year),
            count=len(data.copy),
            total=len(skp.results),
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
        latest = self.split_skp().plan_id == self.start.plan_id
        if latest and transfers.nothing_changes(self.start, data):
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


def undo_last_transfer(parent: QWidget, employee_id: int, year: int) -> bool:
    """Ask, then undo the employee's last transfer of the year; a refusal says why. Returns
    whether it was undone."""
    try:
        found = transfer_undo.undo_start(employee_id, year)
    except ServiceError as err:
        messages.show_error(parent, err)
        return False
    question = tr_(
        "TransferDialog",
        "Undo the last transfer of {name} ({kind})?\n\nThe draft SKP of {new} is removed and "
        "the SKP of {closed} covers {restored} again.",
    ).format(
        name=found.employee_name,
        kind=tr_("transfers", transfer_undo.kind_label(found.kind)),
        new=months_text(found.new_months, year),
        closed=months_text(found.closed_months, year),
        restored=months_text(found.restored_months, year),
    )
    if found.register_back:
        question += "\n\n" + tr_(
            "TransferDialog",
            "The register record gets its unit, position and appraiser of before the transfer "
            "back.",
        )
    if not confirm_step(
        parent,
        tr_("TransferDialog", "Undo the transfer"),
        question,
        tr_("TransferDialog", "Undo the transfer"),
    ):
        return False
    try:
        transfer_undo.undo_last_transfer(employee_id, year)
    except ServiceError as err:
        messages.show_error(parent, err)
        return False
    return True
