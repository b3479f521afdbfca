"""The office status page of the Impor tab: what the central office holds of each office."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.services.sync import central as sync_central
from desktop_app.views.sync.common import FilteredTable, RowsModel


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
