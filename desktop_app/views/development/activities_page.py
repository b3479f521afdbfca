"""The second page of the IDP editor: the planned activities (SIASN jenis diklat, jalur,
provider, schedule, JP, cost, the gap each serves) and their planned total. Its texts stay in
the "IdpEditor" translation context."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.i18n.translator import tr_
from desktop_app.scoring import jenis_diklat
from desktop_app.scoring.input_ranges import check_jp, stored_text
from desktop_app.services.development import idp as development
from desktop_app.services.development.idp import ActivityInput, IdpDetail
from desktop_app.views.development.dialogs import jalur_label
from desktop_app.views.development.editor_widgets import (
    ID_ROLE,
    KEY_ROLE,
    ChoiceDelegate,
    DateDelegate,
    activity_status_label,
    current_row,
    make_item,
    make_table,
)
from desktop_app.views.formatting import format_date, format_number, format_rupiah
from desktop_app.views.typed_input.delegates import (
    CellMessages,
    TextDelegate,
    TypedDelegate,
    cell_errors,
    set_typed,
)
from desktop_app.views.typed_input.fields import message_line
from desktop_app.views.typed_input.kinds import JP, RUPIAH, Kind, Refused


class ActivitiesPage(QWidget):
    """The planned activities table; `gap_choices` lists the gaps an activity may serve."""

    FOR_GAP, JENIS, JALUR, TITLE, PROVIDER, START, END, JP, COST, STATUS = range(10)

    def __init__(
        self,
        gap_choices: Callable[[], list[tuple[object, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._loading = False
        layout = QVBoxLayout(self)
        self.activity_model = QStandardItemModel(self)
        self.activity_model.setHorizontalHeaderLabels(
            [
                tr_("IdpEditor", "For gap"),
                tr_("IdpEditor", "Kind (jenis diklat)"),
                tr_("IdpEditor", "Mode"),
                tr_("IdpEditor", "Activity"),
                tr_("IdpEditor", "Provider"),
                tr_("IdpEditor", "Start"),
                tr_("IdpEditor", "End"),
                tr_("IdpEditor", "JP"),
                tr_("IdpEditor", "Cost"),
                tr_("IdpEditor", "Status"),
            ]
        )
        self.activities = make_table(
            self.activity_model,
            "activityTable",
            (130, 160, 110, 220, 140, 100, 100, 45, 100),
        )
        self.activities.setItemDelegateForColumn(
            self.FOR_GAP, ChoiceDelegate(gap_choices, KEY_ROLE, self)
        )
        self.activities.setItemDelegateForColumn(
            self.JENIS,
            ChoiceDelegate(
                lambda: [(i, f"{i} · {label}") for i, label, _ in development.jenis_choices()],
                parent=self,
            ),
        )
        self.date_delegates = [DateDelegate(self), DateDelegate(self)]
        for column, delegate in zip((self.START, self.END), self.date_delegates, strict=True):
            self.activities.setItemDelegateForColumn(column, delegate)
        self.activities.setItemDelegate(TextDelegate(self))
        self.jp_delegate = TypedDelegate(JP, self, kind_for=self._jp_kind)
        self.cost_delegate = TypedDelegate(RUPIAH, self)
        self.activities.setItemDelegateForColumn(self.JP, self.jp_delegate)
        self.activities.setItemDelegateForColumn(self.COST, self.cost_delegate)
        layout.addWidget(self.activities, 1)
        self.cell_message = message_line()  # always in the layout: a message never moves the table
        self.cell_messages = CellMessages(  # a refused cell says why until it is fixed
            self.activities,
            self.cell_message,
            (self.jp_delegate, self.cost_delegate, *self.date_delegates),
            lambda row, _column, message: tr_("IdpEditor", "Activity {n}: {message}").format(
                n=row + 1, message=message
            ),
        )
        layout.addWidget(self.cell_message)
        bar = QHBoxLayout()
        self.planned_total = QLabel()
        self.planned_total.setObjectName("plannedTotal")
        bar.addWidget(self.planned_total, 1)
        self.add_activity_button = QPushButton(tr_("IdpEditor", "Add ac&tivity"))
        self.add_activity_button.setObjectName("addActivity")
        self.remove_activity_button = QPushButton(tr_("IdpEditor", "Remo&ve activity"))
        bar.addWidget(self.add_activity_button)
        bar.addWidget(self.remove_activity_button)
        layout.addLayout(bar)
        self.activity_model.itemChanged.connect(self._activity_changed)

    # --- rows ----------------------------------------------------------------------------------

    def activity_row(
        self, item: ActivityInput, token: str | None, status: str, editable: bool
    ) -> list[QStandardItem]:
        row = jenis_diklat(item.jenis_diklat)
        cost = format_rupiah(item.cost_planned) if item.cost_planned else ""
        cells = [
            make_item("", editable=editable),
            make_item(f"{row.id} · {row.label}", editable=editable),
            make_item(jalur_label(row.jalur)),
            make_item(item.title, editable=editable),
            make_item(item.provider, editable=editable),
            make_item(format_date(item.planned_start), editable=editable),
            make_item(format_date(item.planned_end), editable=editable),
            make_item(format_number(development.decimal_jp(item.jp_planned)), editable=editable),
            make_item(cost, editable=editable),
            make_item(activity_status_label(status)),
        ]
        cells[self.FOR_GAP].setData(token, KEY_ROLE)
        cells[self.JENIS].setData(row.id, ID_ROLE)
        cells[self.TITLE].setData(item.id, ID_ROLE)
        cells[self.START].setData(item.planned_start, ID_ROLE)
        cells[self.END].setData(item.planned_end, ID_ROLE)
        cells[self.STATUS].setData(status, ID_ROLE)
        cells[self.JP].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cells

    def fill(
        self, items: list[ActivityInput], tokens: list[str], detail: IdpDetail, editable: bool
    ) -> None:
        """Show the planned activities, each with the token of the gap it serves and the
        state its recorded activity is in."""
        self._loading = True
        try:
            self.activity_model.removeRows(0, self.activity_model.rowCount())
            for item in items:
                token = tokens[item.gap_index] if item.gap_index is not None else None
                found = detail.activity(item.id) if item.id is not None else None
                status = found.status if found else development.PLANNED
                self.activity_model.appendRow(self.activity_row(item, token, status, editable))
            self.activities.resizeRowsToContents()
        finally:
            self._loading = False

    def refresh_gap_names(self, names: dict[object, str]) -> None:
        """The "For gap" cells follow the gaps as they are edited, moved or removed."""
        self._loading = True
        try:
            for r in range(self.activity_model.rowCount()):
                cell = self.activity_model.item(r, self.FOR_GAP)
                key = cell.data(KEY_ROLE)
                if key not in names:
                    cell.setData(None, KEY_ROLE)
                    key = None
                cell.setText(names[key])
        finally:
            self._loading = False

    def _jp_kind(self, index: QModelIndex | QPersistentModelIndex) -> Kind:
        """JP of the row: at most what its planned dates allow (MAX_JP_PER_DAY a day)."""
        start = self.activity_model.item(index.row(), self.START).data(ID_ROLE)
        end = self.activity_model.item(index.row(), self.END).data(ID_ROLE)
        return JP.with_check(lambda value: check_jp(value, start, end))

    def recheck_jp(self, row: int) -> None:
        """The dates of a row changed: check its JP against them again."""
        cell = self.activity_model.item(row, self.JP)
        set_typed(self.activity_model, cell.index(), cell.text(), self._jp_kind(cell.index()))

    def _activity_changed(self, item: QStandardItem) -> None:
        if self._loading:
            return
        if item.column() in (self.START, self.END):
            self._loading = True
            try:
                self.recheck_jp(item.row())
            finally:
                self._loading = False
        if item.column() == self.JENIS and item.data(ID_ROLE) is not None:
            row = jenis_diklat(item.data(ID_ROLE))
            self._loading = True
            try:
                self.activity_model.item(item.row(), self.JALUR).setText(jalur_label(row.jalur))
            finally:
                self._loading = False
        if item.column() in (self.JP, self.COST, self.STATUS):
            self.planned_changed()

    def planned_changed(self) -> None:
        """The planned total (JP and cost) of the activities not cancelled."""
        total = cost = 0.0
        for r in range(self.activity_model.rowCount()):
            if self.activity_model.item(r, self.STATUS).data(ID_ROLE) == development.CANCELLED:
                continue
            try:
                jp = JP.read(self.activity_model.item(r, self.JP).text())
            except Refused:
                jp = None
            total += float(jp or 0)
            with contextlib.suppress(Refused):  # refused beside the cell: not counted
                cost += RUPIAH.read(self.activity_model.item(r, self.COST).text()) or 0
        self.planned_total.setText(
            tr_("IdpEditor", "Planned: {jp} JP, {cost}").format(
                jp=format_number(total), cost=format_rupiah(int(cost))
            )
        )

    def current_done(self) -> bool:
        """Is the selected activity already done (it cannot be removed from the plan)?"""
        row = current_row(self.activities)
        return (
            row >= 0
            and self.activity_model.item(row, self.STATUS).data(ID_ROLE) == development.DONE
        )

    # --- editing -------------------------------------------------------------------------------

    def append(self, token: str | None) -> None:
        """A new planned activity (8 JP) serving the gap of `token`."""
        item = ActivityInput(8, "")
        self.activity_model.appendRow(self.activity_row(item, token, development.PLANNED, True))

    def edit_last(self) -> None:
        """Open the title of the last activity for typing."""
        index = self.activity_model.index(self.activity_model.rowCount() - 1, self.TITLE)
        self.activities.setCurrentIndex(index)
        self.activities.edit(index)

    def remove_activity(self) -> None:
        """Remove the selected activity unless it is done."""
        row = current_row(self.activities)
        if (
            row >= 0
            and self.activity_model.item(row, self.STATUS).data(ID_ROLE) != development.DONE
        ):
            self.activity_model.removeRow(row)
            self.planned_changed()

    def refused(self) -> list[tuple[int, int, str]]:
        """The cells whose text was refused (row, column, message)."""
        return cell_errors(self.activity_model)

    def _jp_stored(self, row: int) -> str:
        """The JP of a row as the service takes it ("2.5"); a refused text as typed, so the
        service refuses it too."""
        cell = self.activity_model.item(row, self.JP)
        try:
            value = self._jp_kind(cell.index()).read(cell.text())
        except Refused:
            return cell.text()
        return "" if value is None else stored_text(value)

    def _cost_stored(self, row: int) -> int:
        """The cost of a row in whole rupiah; -1 for a refused text (the editor refuses to
        save while a cell is refused, and the service refuses a negative cost)."""
        try:
            return RUPIAH.read(self.activity_model.item(row, self.COST).text()) or 0
        except Refused:
            return -1

    def read(self, tokens: dict[str, int]) -> list[ActivityInput]:
        """The activities as typed; `tokens` gives the row of each gap token."""
        activities: list[ActivityInput] = []
        act = self.activity_model.item
        for r in range(self.activity_model.rowCount()):
            activities.append(
                ActivityInput(
                    act(r, self.JENIS).data(ID_ROLE),
                    act(r, self.TITLE).text(),
                    act(r, self.PROVIDER).text(),
                    act(r, self.START).data(ID_ROLE),
                    act(r, self.END).data(ID_ROLE),
                    self._jp_stored(r),
                    self._cost_stored(r),
                    tokens.get(act(r, self.FOR_GAP).data(KEY_ROLE)),
                    id=act(r, self.TITLE).data(ID_ROLE),
                )
            )
        return activities
