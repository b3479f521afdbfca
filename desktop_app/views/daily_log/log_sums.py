"""The daily log beside the evaluation (issue 21 point 5): per indicator the realisasi typed
and the sum of the log entries serving its RHK's rencana aksi in the period, the entries behind
the chosen line, and the pejabat penilai's decision: accept (the sum copied into the
realisasi) or override (another value with the reason, kept). Opened from the evaluation
editor's results page; what the editor holds is saved first and read again after."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.daily_log import evaluation_sums
from desktop_app.views import messages
from desktop_app.views.formatting import format_date
from desktop_app.views.typed_input.fields import message_line
from desktop_app.views.widgets import (
    fit_header_to_titles,
    resize_within_screen,
    row_table,
    set_enabled_why,
)

ID_ROLE = Qt.ItemDataRole.UserRole


def open_form(dialog: QDialog) -> bool:
    """Show the dialog modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def editor_button(editor) -> QPushButton:  # type: ignore[no-untyped-def]
    """The evaluation editor's button that opens this dialog."""
    button = QPushButton(tr_("LogSumsDialog", "Daily lo&g…"))
    button.setObjectName("logSums")
    button.setToolTip(tr_("LogSumsDialog", "The daily log's sum beside each achievement"))
    button.clicked.connect(lambda: open_from_editor(editor))
    return button


def open_from_editor(editor) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.evaluation import evaluations

    editable = editor.detail.editable and editor._may_rate()
    if editable and not editor.store():
        return
    dialog = LogSumsDialog(editor.evaluation_id, editable, editor)
    open_form(dialog)
    if dialog.changed:
        editor.detail = evaluations.get_evaluation(editor.evaluation_id)
        editor._show()


class LogSumsDialog(QDialog):
    def __init__(self, evaluation_id: int, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LogSumsDialog")
        self.evaluation_id = evaluation_id
        self.editable = editable
        self.changed = False
        self.setWindowTitle(self.tr("Achievement from the daily log"))
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        self.table = row_table(self.model, "logSumTable")
        layout.addWidget(self.table, 1)
        behind = QLabel(self.tr("The entries behind the chosen line:"))
        layout.addWidget(behind)
        self.entry_model = QStandardItemModel(self)
        self.entries = row_table(self.entry_model, "logSumEntries")
        layout.addWidget(self.entries, 1)
        form = QFormLayout()
        self.value = QLineEdit()
        self.value.setObjectName("overrideValue")
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        form.addRow(self.tr("&Other achievement:"), self.value)
        form.addRow(self.tr("&Why it differs:"), self.reason)
        layout.addLayout(form)
        self.general = message_line("logSumGeneral")
        layout.addWidget(self.general)
        bar = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept the log's sum"))
        self.accept_button.setObjectName("acceptSum")
        self.override_button = QPushButton(self.tr("&Keep the other achievement"))
        self.override_button.setObjectName("overrideSum")
        close = QPushButton(self.tr("&Close"))
        bar.addWidget(self.accept_button)
        bar.addWidget(self.override_button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.accept_button.clicked.connect(self.accept_sum)
        self.override_button.clicked.connect(self.override)
        close.clicked.connect(self.accept)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.reload()
        resize_within_screen(self, 1100, 640)
        self.table.setFocus()

    def reload(self) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self.lines = evaluation_sums.log_sums(self.evaluation_id)
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Indicator (IKI)"),
                self.tr("Target"),
                self.tr("Achievement"),
                self.tr("Sum of the daily log"),
                self.tr("Decision"),
            ]
        )
        for column, width in enumerate((320, 120, 140, 160)):
            self.table.setColumnWidth(column, width)
        words = {
            evaluation_sums.ACCEPTED: self.tr("accepted"),
            evaluation_sums.OVERRIDDEN: self.tr("overridden: {reason}"),
        }
        for line in self.lines:
            first = QStandardItem(line.indicator_text)
            first.setData(line.indicator_id, ID_ROLE)
            decision = words.get(line.decision, "").format(reason=line.reason)
            self.model.appendRow(
                [
                    first,
                    QStandardItem(line.target),
                    QStandardItem(line.realisasi),
                    QStandardItem(f"{line.total} {line.unit}".strip()),
                    QStandardItem(decision),
                ]
            )
        fit_header_to_titles(self.table)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._chosen()

    def _line(self):  # type: ignore[no-untyped-def]
        row = self.table.currentIndex().row()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _chosen(self) -> None:
        line = self._line()
        self.entry_model.clear()
        self.entry_model.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Time"), self.tr("Activity"), self.tr("Achievement")]
        )
        for column, width in enumerate((150, 110, 420)):
            self.entries.setColumnWidth(column, width)
        for entry in line.entries if line else []:
            self.entry_model.appendRow(
                [
                    QStandardItem(format_date(entry.day)),
                    QStandardItem(f"{entry.starts}–{entry.ends}"),
                    QStandardItem(entry.activity),
                    QStandardItem(f"{entry.realisasi} {entry.unit}".strip()),
                ]
            )
        fit_header_to_titles(self.entries)
        why = self.tr("The evaluation is not open to you for changes.")
        set_enabled_why(self.accept_button, self.editable and line is not None, why)
        set_enabled_why(self.override_button, self.editable and line is not None, why)

    def _step(self, step) -> None:  # type: ignore[no-untyped-def]
        self.general.setText("")
        try:
            step()
        except ServiceError as err:
            self.general.setText(messages.error_text(err))
            return
        self.changed = True
        self.reload()

    def accept_sum(self) -> None:
        line = self._line()
        if line is not None:
            self._step(lambda: evaluation_sums.accept(self.evaluation_id, line.indicator_id))

    def override(self) -> None:
        line = self._line()
        if line is not None:
            self._step(
                lambda: evaluation_sums.override(
                    self.evaluation_id, line.indicator_id, self.value.text(), self.reason.text()
                )
            )
