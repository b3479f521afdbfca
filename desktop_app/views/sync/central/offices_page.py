"""The office status page of the Impor tab: what the central office holds of each office."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.errors import ServiceError
from desktop_app.services.session import Action
from desktop_app.services.sync import central as sync_central
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.common import FilteredTable, RowsModel
from desktop_app.views.sync.folders import RECEIPTS_KEY, remember, remembered
from desktop_app.views.widgets import enable_for


class OfficesPage(QWidget):
    """Per office: the last package, the version the central office holds, gaps, how long
    since the last package, open quarantine and merges."""

    CODE, NAME, LAST, VERSION, GAPS, IMPORTED, DAYS, QUARANTINED, MERGES, DATABASES, KEY = range(11)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.model = RowsModel(
            [
                self.tr("Office"),
                self.tr("Name"),
                self.tr("Last package"),
                self.tr("Acknowledged version"),
                self.tr("Missing packages"),
                self.tr("Last import"),
                self.tr("Days since last package"),
                self.tr("Open quarantine"),
                self.tr("Merges"),
                self.tr("Databases"),
                self.tr("Key fingerprint"),
            ],
            self,
        )
        self.list = FilteredTable(
            self.model,
            "officesTable",
            (75, 210, 95, 145, 125, 175, 160, 115, 65, 80),
            placeholder=self.tr("Filter by office code or name…"),
        )
        layout.addWidget(self.list)
        note = QLabel(
            self.tr(
                "Missing packages were lost or not brought: nothing is lost, because the next "
                "package of the office carries every change the central office has not "
                "acknowledged. Databases above 1: the office restored or copied its database."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.return_button = QPushButton(self.tr("Write a retur&n package…"))
        self.return_button.setObjectName("writeReturn")
        self.return_button.setToolTip(
            self.tr(
                "For the selected office: the acknowledgement of its last package and every "
                "decision of the central office for its records, sealed for that office."
            )
        )
        self.return_button.clicked.connect(self.write_return)
        buttons.addWidget(self.return_button)
        layout.addLayout(buttons)
        self.list.on_current_changed(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        enable_for(
            self.return_button,
            Action.SYNC,
            when=self.list.current_item() is not None,
            otherwise=self.tr("Select an office."),
        )

    def write_return(self) -> None:
        from desktop_app.services.sync.central import return_writer

        status = self.list.current_item()
        if status is None:
            return
        folder = sync_common.ask_folder(
            self,
            self.tr("Folder for the return package of {office}").format(office=status.code),
            remembered(RECEIPTS_KEY),
        )
        if not folder:
            return
        try:
            written = return_writer.write_return(status.code, folder)
        except ServiceError as err:
            sync_common.show_error(self, err)
            return
        remember(RECEIPTS_KEY, folder)
        sync_common.info(
            self,
            self.tr("Return package written"),
            self.tr(
                "Return package {sequence} for {office} was written to:\n{path}\n\nIt carries "
                "%n decisions of the central office. The file was read back and checked.",
                "",
                written.items,
            ).format(sequence=written.sequence, office=status.code, path=str(written.path)),
        )

    def refresh(self) -> None:
        status = sync_central.office_status()
        rows, warn = [], []
        for s in status:
            rows.append(
                (
                    s.code,
                    s.name,
                    s.last_sequence or None,
                    s.max_version,
                    s.gaps.replace(",", ", "),
                    s.last_import_at,
                    s.days_since_package,
                    s.quarantined,
                    s.merges,
                    s.databases,
                    s.fingerprint,
                )
            )
            marks = set()
            if s.gaps:
                marks.add(self.GAPS)
            if s.quarantined:
                marks.add(self.QUARANTINED)
            if s.merges:
                marks.add(self.MERGES)
            warn.append(frozenset(marks))
        self.model.set_rows(rows, status, warn=warn)
        self._update_buttons()
