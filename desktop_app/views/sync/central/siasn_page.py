"""The SIASN page of the central office's Impor tab (issue 25): for a year and a period, one
SIASN upload document per final evaluation of every office with its Dokumen Evaluasi, and the
Excel summary for the officer who uploads; the evaluations left out are listed with why."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring.period_key import ROMAN
from desktop_app.services.session import Action
from desktop_app.services.sync.central import siasn_upload
from desktop_app.views import messages
from desktop_app.views.admin.periods_dialog import YEAR
from desktop_app.views.messages import error_text
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.common import FilteredTable, RowsModel
from desktop_app.views.sync.folders import remember, remembered
from desktop_app.views.tasks import Cancelled, run_task
from desktop_app.views.typed_input.fields import TypedField
from desktop_app.views.typed_input.kinds import Refused
from desktop_app.views.widgets import enable_for

SIASN_KEY = "Sync/siasnFolder"


class SiasnPage(QWidget):
    """Year, period, the folder: the SIASN documents, their PDFs and the summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "One SIASN upload file (JSON) per final evaluation of every office, with its "
                "Dokumen Evaluasi (PDF) beside it and an Excel summary. The employee is named "
                "by the PNS ID stored in the register; an evaluation without one is listed "
                "below and gets no file."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.year = TypedField(YEAR)
        self.year.setObjectName("siasnYear")
        self.year.edit.setObjectName("siasnYearEdit")
        self.year.set_value(dt.date.today().year - 1)
        self.year.edit.setFixedWidth(90)  # four digits; the message beside it
        year_label = QLabel(self.tr("Y&ear:"))
        year_label.setBuddy(self.year.edit)
        row.addWidget(year_label)
        row.addWidget(self.year)
        self.period = QComboBox()
        self.period.setObjectName("siasnPeriod")
        self.period.addItem(self.tr("Annual (SKP)"), "")
        for n, roman in enumerate(ROMAN, 1):
            self.period.addItem(self.tr("Quarter %s") % roman, f"Q{n}")
        for month in range(1, 13):
            self.period.addItem(self.tr("Month %02d") % month, f"{month:02d}")
        period_label = QLabel(self.tr("Pe&riod:"))
        period_label.setBuddy(self.period)
        row.addWidget(period_label)
        row.addWidget(self.period)
        self.export_button = QPushButton(self.tr("Write the SI&ASN files…"))
        self.export_button.setObjectName("siasnExport")
        enable_for(self.export_button, Action.READ_APPRAISAL)
        self.export_button.clicked.connect(self.export)
        self.year.edit.returnPressed.connect(self.export)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel("")
        self.status.setObjectName("siasnStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = RowsModel(
            [self.tr("Office"), self.tr("NIP"), self.tr("Name"), self.tr("Unit"), self.tr("Why")],
            self,
        )
        self.list = FilteredTable(
            self.model,
            "siasnLeftOut",
            (75, 160, 230, 230, 420),
            placeholder=self.tr("Filter by office, NIP, name…"),
        )
        layout.addWidget(self.list, 1)

    def export(self) -> None:
        try:
            year = self.year.value()
        except Refused:
            self.year.edit.setFocus()
            return
        if year is None:
            return
        folder = sync_common.ask_folder(
            self, self.tr("Folder for the SIASN files"), remembered(SIASN_KEY)
        )
        if not folder:
            return
        remember(SIASN_KEY, folder)
        period = self.period.currentData() or None
        try:
            result = run_task(
                self,
                self.tr("Writing the SIASN files…"),
                lambda progress: siasn_upload.export_siasn_upload(
                    folder, year, period, progress=progress
                ),
            )
        except Cancelled:
            return
        except ServiceError as err:
            self.status.setText(error_text(err))
            messages.show_error(self, err)
            return
        self.model.set_rows(
            [
                (
                    m.office_code,
                    m.nip,
                    m.name,
                    m.unit,
                    tr_("siasn_upload", m.msgid).format(**m.params) if m.msgid else m.reason,
                )
                for m in result.left_out
            ]
        )
        self.status.setText(
            self.tr(
                "{documents} SIASN files with their Dokumen Evaluasi written to {folder}; "
                "{left} final evaluations left out (listed below). Summary: {summary}"
            ).format(
                documents=len(result.uploaded),
                folder=folder,
                left=len(result.left_out),
                summary=result.summary.name if result.summary else "",
            )
        )
