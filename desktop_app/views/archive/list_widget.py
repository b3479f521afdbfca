"""The archive appraisals of one year on screen, for the Evaluasi tab: the list (state, nilai,
sebutan per employee) and the way into each appraisal (`LegacyAppraisalDialog`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.scoring.nip import display_nip
from desktop_app.services.archive import appraisals as legacy
from desktop_app.services.archive.appraisals import LegacyRow
from desktop_app.services.session import Action, allowed, granted
from desktop_app.services.skp.plans import appraiser_of
from desktop_app.views import messages
from desktop_app.views.archive.dialog import LegacyAppraisalDialog, state_label
from desktop_app.views.table_model import AnyIndex, RowsModel, keep_selection
from desktop_app.views.widgets import (
    filter_while_typing,
    matching,
    open_editor,
    row_table,
    set_enabled_why,
    why_denied,
    why_no_row,
    why_not_own_staff,
)


def open_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class LegacyListModel(RowsModel[LegacyRow]):
    """NIP, name, unit, state, nilai (prestasi kerja / nilai kinerja), sebutan / predikat."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("NIP"),
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("State"),
            self.tr("Nilai"),
            self.tr("Sebutan / predikat"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        return (
            display_nip(r.nip),
            r.name,
            r.unit_name,
            state_label(r.state),
            legacy.display_number(r.nilai),
            r.sebutan or "",
        )[index.column()]


class LegacyListWidget(QWidget):
    """The archive appraisals of one year (PP 46/2011 or PP 30/2019), for the Evaluasi tab:
    every employee the user may see with the state, nilai and sebutan of their appraisal,
    and "Appraise…" to open it (made when missing)."""

    def __init__(self, year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LegacyListWidget")
        self.year = year
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("legacySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, NIP or unit"))
        bar.addWidget(self.search, 1)
        self.open_button = QPushButton(self.tr("&Appraise…"))
        self.open_button.setObjectName("appraise")
        self.open_button.clicked.connect(self.open_current)
        bar.addWidget(self.open_button)
        self.counts = QLabel()
        self.counts.setObjectName("legacyCounts")
        bar.addWidget(self.counts)
        layout.addLayout(bar)
        self.model = LegacyListModel(self)
        self.table = row_table(self.model, "legacyTable", (170, 220, 200, 100, 70))
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.keeper = keep_selection(self.table, lambda n: self.model.row_at(n).employee_id)
        layout.addWidget(self.table, 1)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, self.open_current)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._debounce = filter_while_typing(self.search, self.apply_filter, self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self._rows: list[LegacyRow] = []
        self.reload()

    def set_year(self, year: int | None) -> None:
        """Show another archive year (None: nothing)."""
        self.year = year
        self.reload()

    def reload(self) -> None:
        try:
            self._rows = legacy.list_appraisals(self.year) if self.year is not None else []
        except ServiceError as err:
            self._rows = []
            self.apply_filter()
            self.counts.setText(messages.error_text(err))
            return
        self.apply_filter()

    def apply_filter(self) -> None:
        rows = matching(self._rows, self.search.text(), lambda r: f"{r.name} {r.nip} {r.unit_name}")
        self.model.set_rows(rows)
        done = sum(1 for r in self._rows if r.state == legacy.FINAL)
        self.counts.setText(
            self.tr("{done} of {total} final").format(done=done, total=len(self._rows))
        )
        self._update()

    def current_row(self) -> LegacyRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update(self) -> None:
        row = self.current_row()
        if row is None:
            why = why_no_row()
        elif not granted(Action.WRITE_APPRAISAL):
            why = why_denied(Action.WRITE_APPRAISAL)
        else:
            why = why_not_own_staff()
        set_enabled_why(
            self.open_button,
            row is not None
            and (
                row.appraisal_id is not None
                or allowed(Action.WRITE_APPRAISAL, row.employee_id, appraiser_of=appraiser_of)
            ),
            why,
        )

    def open_current(self) -> None:
        row = self.current_row()
        if row is None or self.year is None or not self.open_button.isEnabled():
            return
        year = self.year
        open_editor(
            self,
            row.appraisal_id,
            lambda: legacy.open_appraisal(row.employee_id, year),
            lambda appraisal_id: LegacyAppraisalDialog(appraisal_id, self),
            open_dialog,
            self.reload,
        )
