"""One entry of the Progres Harian: typed times (08.00), what was done, the rencana aksi it
serves or the superior who gave the task, the realisasi as a whole number with its unit, a
link as bukti dukung and, for a day outside the current period, the reason. Saved through
`services.daily_log.entries`; the day's warnings (450 minutes, overlaps) come back to the tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring import daily_log as rules
from desktop_app.scoring.input_ranges import check_not_negative
from desktop_app.services.daily_log import action_plans, entries
from desktop_app.services.daily_log.entries import EntryInput, EntryRow
from desktop_app.services.daily_log.periods import period_of
from desktop_app.views import messages
from desktop_app.views.formatting import format_date
from desktop_app.views.typed_input.fields import TypedEdit, message_line
from desktop_app.views.typed_input.forms import MessageForm
from desktop_app.views.typed_input.kinds import TIME, Kind, number_kind
from desktop_app.views.widgets import dialog_buttons, resize_within_screen, today

START = Kind(TIME.parse, TIME.show, None, True)
END = Kind(TIME.parse, TIME.show, None, True)
REALISASI = number_kind(0, check_not_negative)


def open_form(dialog: QDialog) -> bool:
    """Show a form modally; True when it was saved (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class EntryForm(QDialog):
    """Add (`entry_id` None) or edit one entry of `employee_id` on `day`."""

    def __init__(
        self,
        employee_id: int,
        day: dt.date,
        entry_id: int | None = None,
        start: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EntryForm")
        self.employee_id = employee_id
        self.day = day
        self.entry_id = entry_id
        self.saved_id: int | None = None
        self.warnings: list[ServiceError] = []
        self.setWindowTitle(
            self.tr("New entry: {day}").format(day=format_date(day))
            if entry_id is None
            else self.tr("Edit entry: {day}").format(day=format_date(day))
        )
        row = entries.get_entry(entry_id) if entry_id is not None else None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        self.form = MessageForm(form)
        self.starts = TypedEdit(START)
        self.starts.setObjectName("entryStarts")
        self.starts.setPlaceholderText(self.tr("e.g. 08.00"))
        self.ends = TypedEdit(END)
        self.ends.setObjectName("entryEnds")
        self.ends.setPlaceholderText(self.tr("e.g. 09.30"))
        self.activity = QLineEdit()
        self.activity.setObjectName("entryActivity")
        self.activity.setMaxLength(rules.MAX_TEXT)
        self.kind = QComboBox()
        self.kind.setObjectName("entryKind")
        for code, label in rules.KIND_LABELS.items():
            self.kind.addItem(tr_("scoring", label), code)
        self.action_plan = QComboBox()
        self.action_plan.setObjectName("entryActionPlan")
        key = str(period_of(day))
        self._units: dict[int, str] = {}
        for plan in action_plans.list_action_plans(employee_id, key):
            self.action_plan.addItem(f"{plan.text} ({plan.target} {plan.unit})", plan.id)
            self._units[plan.id] = plan.unit
        if not self.action_plan.count():
            self.action_plan.addItem(self.tr("(no action plan for this period yet)"), None)
        self.task_giver = QLineEdit()
        self.task_giver.setObjectName("entryTaskGiver")
        self.task_giver.setMaxLength(200)
        self.realisasi = TypedEdit(REALISASI)
        self.realisasi.setObjectName("entryRealisasi")
        self.unit = QLineEdit()
        self.unit.setObjectName("entryUnit")
        self.unit.setMaxLength(60)
        self.link = QLineEdit()
        self.link.setObjectName("entryLink")
        self.link.setPlaceholderText(self.tr("optional, https://..."))
        self.late_reason = QLineEdit()
        self.late_reason.setObjectName("entryLateReason")
        self.late_reason.setPlaceholderText(self.tr("only for a day outside the current period"))
        add = self.form.add
        add("starts", self.tr("S&tart:"), self.starts)
        add("ends", self.tr("&End:"), self.ends)
        add("activity", self.tr("&Activity:"), self.activity)
        add("kind", self.tr("&Kind:"), self.kind)
        add("action_plan", self.tr("Action &plan:"), self.action_plan)
        add("task_giver", self.tr("Task &given by:"), self.task_giver)
        add("realisasi", self.tr("Achie&vement:"), self.realisasi)
        add("unit", self.tr("&Unit:"), self.unit)
        add("evidence_link", self.tr("Evi&dence link (bukti dukung):"), self.link)
        add("late_reason", self.tr("Reason for a &late entry:"), self.late_reason)
        layout.addLayout(form)
        self.general = message_line("entryGeneral")
        layout.addWidget(self.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Save"), self.save))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.action_plan.currentIndexChanged.connect(self._plan_changed)
        if row is not None:
            self._fill(row)
        else:
            self.starts.setText(start)
            self.realisasi.setText("1")
            self._plan_changed()
        self._kind_changed()
        self.late_reason.setEnabled(day not in period_of(today()) or bool(self.late_reason.text()))
        resize_within_screen(self, 640, 600)
        (self.activity if start else self.starts).setFocus()

    def _fill(self, row: EntryRow) -> None:
        self.starts.setText(TIME.text(dt.time.fromisoformat(row.starts)))
        self.ends.setText(TIME.text(dt.time.fromisoformat(row.ends)))
        self.activity.setText(row.activity)
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        self.action_plan.setCurrentIndex(max(self.action_plan.findData(row.action_plan_id), 0))
        self.task_giver.setText(row.task_giver)
        self.realisasi.setText(str(row.realisasi))
        self.unit.setText(row.unit)
        self.link.setText(row.evidence_link)
        self.late_reason.setText(row.late_reason)

    def _kind_changed(self) -> None:
        plan = self.kind.currentData() == rules.EntryKind.PLAN.value
        self.action_plan.setEnabled(plan)
        self.task_giver.setEnabled(not plan)

    def _plan_changed(self) -> None:
        unit = self._units.get(self.action_plan.currentData() or 0, "")
        if unit and not self.unit.text():
            self.unit.setText(unit)

    def input(self) -> EntryInput:
        number = self.realisasi.value()
        return EntryInput(
            employee_id=self.employee_id,
            day=self.day,
            starts=self.starts.value(),
            ends=self.ends.value(),
            activity=self.activity.text(),
            kind=self.kind.currentData(),
            action_plan_id=self.action_plan.currentData(),
            task_giver=self.task_giver.text(),
            realisasi=int(number) if number is not None else None,
            unit=self.unit.text(),
            evidence_link=self.link.text(),
            late_reason=self.late_reason.text(),
        )

    def _refuse(self, found: dict[str, str]) -> None:
        if "late_reason" in found:
            self.late_reason.setEnabled(True)
        first = self.form.show(found, self.general)
        if not self.general.text():
            self.general.setText(self.tr("Nothing was saved: correct the fields marked."))
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        self.form.clear()
        self.general.setText("")
        typed = self.form.typed_problems()
        if typed:
            self._refuse(typed)
            return
        for edit in (self.starts, self.ends, self.realisasi):
            edit.tidy()
        number = self.realisasi.value()
        if number is not None and number != int(number):
            self._refuse({"realisasi": self.tr("Type a whole number.")})
            return
        try:
            saved = entries.save_entry(self.input(), self.entry_id)
        except FieldErrors as err:
            self._refuse({key: messages.error_text(p) for key, p in err.errors.items()})
            return
        except ServiceError as err:
            self.general.setText(messages.error_text(err))
            return
        self.saved_id, self.warnings = saved.id, saved.warnings
        self.accept()
