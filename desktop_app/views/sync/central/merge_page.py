"""The merge queue page of the Impor tab: one NIP held by two offices, until HR decides."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.errors import ServiceError
from desktop_app.scoring.nip import display_nip
from desktop_app.services.session import Action
from desktop_app.services.sync import central as sync_central
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.common import FilteredTable, RowsModel
from desktop_app.views.widgets import enable_for


class MergePage(QWidget):
    """One NIP held by two offices: both copies stay until HR writes what was decided."""

    resolved = Signal()  # a decision was written: the lists that show the NIP read it again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The same NIP came from two offices (for example after a transfer). Both "
                "records stay; find out which office holds the employee now and write down "
                "what was decided."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel(
            [
                self.tr("NIP"),
                self.tr("Office 1"),
                self.tr("Name in office 1"),
                self.tr("Unit in office 1"),
                self.tr("Office 2"),
                self.tr("Name in office 2"),
                self.tr("Unit in office 2"),
                self.tr("Found"),
            ],
            self,
        )
        self.list = FilteredTable(
            self.model,
            "mergeTable",
            (160, 75, 190, 170, 75, 190, 170),
            placeholder=self.tr("Filter by NIP, office or name…"),
        )
        layout.addWidget(self.list, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.resolve_button = QPushButton(self.tr("&Resolve…"))
        self.resolve_button.setObjectName("resolveMerge")
        self.resolve_button.clicked.connect(self.resolve)
        bar.addWidget(self.resolve_button)
        layout.addLayout(bar)
        self.list.on_current_changed(self._update_buttons)
        self.list.table.doubleClicked.connect(lambda _index: self.resolve())
        self._update_buttons()

    def _update_buttons(self) -> None:
        enable_for(
            self.resolve_button,
            Action.SYNC,
            when=self.list.current_item() is not None,
            otherwise=self.tr("Select a NIP in the list first."),
        )

    def refresh(self) -> None:
        items = sync_central.merge_queue_details()
        self.model.set_rows(
            [
                (
                    display_nip(m.nip),
                    m.first_office,
                    m.first_name,
                    m.first_unit,
                    m.second_office,
                    m.second_name,
                    m.second_unit,
                    m.found_at,
                )
                for m in items
            ],
            items,
        )
        self._update_buttons()

    def resolve(self) -> None:
        item = self.list.current_item()
        if item is None:
            return
        text = sync_common.ask_text(
            self,
            self.tr("Resolve NIP {nip}").format(nip=display_nip(item.nip)),
            self.tr(
                "{first} ({first_office}) and {second} ({second_office}).\n"
                "What was decided? For example: moved to {second_office} on 1 October."
            ).format(
                first=item.first_name or "—",
                first_office=item.first_office,
                second=item.second_name or "—",
                second_office=item.second_office,
            ),
        )
        if text is None:
            return
        try:
            sync_central.resolve_merge(item.id, text)
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        self.refresh()
        self.resolved.emit()
