"""The history page of the Impor tab: every package imported (and seen again)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.services.sync import central as sync_central
from desktop_app.views.admin.audit_views import step_actor_names
from desktop_app.views.sync.common import COUNT_KEYS, FilteredTable, RowsModel, count_names


class HistoryPage(QWidget):
    """Every package imported (and seen again), newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        names = count_names()
        self.model = RowsModel(
            [
                self.tr("Imported"),
                self.tr("Office"),
                self.tr("No."),
                self.tr("File"),
                self.tr("Contents"),
                *(names[k] for k in COUNT_KEYS),
                self.tr("By"),
                self.tr("Note"),
            ],
            self,
        )
        self.list = FilteredTable(
            self.model,
            "historyTable",
            (175, 160, 40, 250, 90, 65, 70, 80, 65, 65, 85, 90),
            placeholder=self.tr("Filter by office, file, user…"),
        )
        layout.addWidget(self.list)

    def refresh(self) -> None:
        logs = sync_central.import_history()
        office_names = dict(sync_central.offices())
        who = step_actor_names(log.imported_by for log in logs)
        rows = []
        for log in logs:
            totals = dict.fromkeys(COUNT_KEYS, 0)
            try:
                for counts in json.loads(log.summary).values():
                    for key in COUNT_KEYS:
                        totals[key] += int(counts.get(key, 0))
            except (ValueError, AttributeError):
                pass
            rows.append(
                (
                    log.imported_at,
                    office_names.get(log.office_code) or log.office_code,
                    log.sequence,
                    log.file_name,
                    self.tr("everything") if log.since_version == 0 else self.tr("changes"),
                    *(totals[k] for k in COUNT_KEYS),
                    who[log.imported_by],
                    self.tr("seen again, nothing changed") if log.duplicate else "",
                )
            )
        self.model.set_rows(rows, logs)
        self.list.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
