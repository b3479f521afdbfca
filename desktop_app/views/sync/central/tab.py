"""The Impor tab of the central office (kantor pusat): the header with the central office's
key and identity, and the pages: packages (choose, dry run, apply), the import history, the
state of each office, the quarantine, the merge queue and the SIASN upload files."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop_app.errors import ServiceError
from desktop_app.views.messages import error_text
from desktop_app.views.sync.central.header import CentralHeader
from desktop_app.views.sync.central.history_page import HistoryPage
from desktop_app.views.sync.central.merge_page import MergePage
from desktop_app.views.sync.central.offices_page import OfficesPage
from desktop_app.views.sync.central.packages_page import PackagesPage
from desktop_app.views.sync.central.quarantine_page import QuarantinePage
from desktop_app.views.sync.central.siasn_page import SiasnPage


class ImportTab(QWidget):
    """The central office's Impor tab: packages, history, offices, quarantine, merges.

    `data_changed` tells the window that the offices' data changed (an import applied, a
    merge decided), so that the Pegawai, SKP, Evaluasi and Pengembangan tabs read it again."""

    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportTab")
        layout = QVBoxLayout(self)
        self.header = CentralHeader(self)
        layout.addWidget(self.header)
        self.pages = QTabWidget()
        self.pages.setObjectName("importPages")
        self.packages = PackagesPage(self)
        self.history = HistoryPage(self)
        self.offices = OfficesPage(self)
        self.quarantine = QuarantinePage(self)
        self.merges = MergePage(self)
        self.pages.addTab(self.packages, self.tr("&Packages"))
        self.pages.addTab(self.history, self.tr("Hist&ory"))
        self.pages.addTab(self.offices, self.tr("Office s&tatus"))
        self.pages.addTab(self.quarantine, self.tr("&Quarantine"))
        self.pages.addTab(self.merges, self.tr("&Merge queue"))
        self.siasn = SiasnPage(self)
        self.pages.addTab(self.siasn, self.tr("SIASN &upload"))
        layout.addWidget(self.pages, 1)
        self.packages.applied.connect(self.refresh)
        self.packages.applied.connect(self.data_changed)
        self.merges.resolved.connect(self.refresh)
        self.merges.resolved.connect(self.data_changed)
        self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.header.refresh()
        self.refresh()  # an import made elsewhere (the command line) shows too
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the history, office state, quarantine and merge queue again."""
        try:
            for page in (self.history, self.offices, self.quarantine, self.merges):
                page.refresh()
        except ServiceError as err:
            self.packages.status.setText(error_text(err))
            return
        self.pages.setTabText(3, self.tr("&Quarantine (%n)", "", self.quarantine.model.rowCount()))
        self.pages.setTabText(4, self.tr("&Merge queue (%n)", "", self.merges.model.rowCount()))
