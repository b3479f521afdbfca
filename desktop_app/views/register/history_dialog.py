"""The register history of one employee (riwayat jabatan, unit kerja, golongan and pejabat
penilai), opened from the employee record: a read-only list, newest first, of each stretch
with its dates and what recorded it (`services.register.register_history`)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.i18n.translator import tr_
from desktop_app.services.register import register_history
from desktop_app.views.formatting import format_date
from desktop_app.views.widgets import fit_header_to_titles, resize_within_screen, row_table


def open_history(dialog: QDialog) -> None:
    """Show the list modally (tests replace this)."""
    dialog.exec()


class RegisterHistoryDialog(QDialog):
    """Read-only: the history is written by the register edits and transfers themselves."""

    def __init__(self, employee_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RegisterHistoryDialog")
        self.setWindowTitle(self.tr("Register history: {name}").format(name=name))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Each change of unit, position, grade or appraiser starts a new line: a "
                "register edit from its day, a transfer from the first month of the next SKP. "
                "A past period finds the appraiser of its time here."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = QStandardItemModel(self)
        self.table = row_table(self.model, "registerHistoryTable")
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        close = QPushButton(self.tr("&Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.rows = register_history.history(employee_id)
        self._fill()
        resize_within_screen(self, 1180, 420)

    def _fill(self) -> None:
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("From"),
                self.tr("Until"),
                self.tr("Unit"),
                self.tr("Position"),
                self.tr("Grade"),
                self.tr("Appraiser"),
                self.tr("Recorded by"),
            ]
        )
        for column, width in enumerate((120, 120, 210, 210, 80, 200, 200)):
            self.table.setColumnWidth(column, width)
        for row in self.rows:
            source = register_history.SOURCE_LABELS.get(row.source, row.source)
            self.model.appendRow(
                [
                    QStandardItem(
                        format_date(row.valid_from) if row.valid_from else self.tr("(before)")
                    ),
                    QStandardItem(format_date(row.valid_to) if row.valid_to else self.tr("today")),
                    QStandardItem(row.unit_name),
                    QStandardItem(row.position_name or "—"),
                    QStandardItem(row.grade or "—"),
                    QStandardItem(row.appraiser_name or "—"),
                    QStandardItem(tr_("register_history", source)),
                ]
            )
        if self.rows:
            self.table.selectRow(0)
        fit_header_to_titles(self.table)
