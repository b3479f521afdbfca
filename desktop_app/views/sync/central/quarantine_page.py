"""The quarantine page of the Impor tab: the records the central office did not take."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.services.sync import central as sync_central
from desktop_app.views.sync.common import FilteredTable, RowsModel, entity_names, reason_text


class QuarantinePage(QWidget):
    """Records the central office did not take, with the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.model = RowsModel(
            [
                self.tr("Office"),
                self.tr("Record type"),
                self.tr("Record"),
                self.tr("Version"),
                self.tr("Reason"),
            ],
            self,
        )
        self.list = FilteredTable(
            self.model,
            "quarantineTable",
            (80, 190, 280, 80),
            placeholder=self.tr("Filter by office, record type, reason…"),
        )
        layout.addWidget(self.list)
        note = QLabel(
            self.tr(
                "The office hears about these records in its receipt; once it corrects them, "
                "its next package brings them."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)

    def refresh(self) -> None:
        items = sync_central.quarantine_list()
        names = entity_names()
        self.model.set_rows(
            [
                (
                    q.office_code,
                    names.get(q.entity, q.entity),
                    q.uid,
                    q.version,
                    reason_text(q.reason),
                )
                for q in items
            ],
            items,
        )
