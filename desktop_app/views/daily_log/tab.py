"""The Progres Harian tab: one employee's day as a table, keyboard first. Enter (or Insert)
adds an entry starting where the last one ended, F2 edits, Delete removes; Alt+Left / Alt+Right
go a day back or on; "Copy the last day" and "Add recurring" fill a day at once. Whose log
is shown: a Pegawai their own, a supervisor their staff's and their own, HR everyone's
(read). The day's warnings (450 minutes, overlapping times) stand under the table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring import daily_log as rules
from desktop_app.services.daily_log import access, calendar_view, entries, recurring
from desktop_app.services.daily_log.entries import EntryRow
from desktop_app.services.daily_log.periods import period_of
from desktop_app.services.daily_log.recurring import RecurringInput
from desktop_app.views import messages
from desktop_app.views.daily_log import entry_form
from desktop_app.views.formatting import format_date
from desktop_app.views.table_model import keep_selection
from desktop_app.views.typed_input.delegates import (
    ERROR_ROLE,
    VALUE_ROLE,
    CellMessages,
    TypedDelegate,
)
from desktop_app.views.typed_input.fields import TypedEdit, message_line
from desktop_app.views.typed_input.kinds import date_kind
from desktop_app.views.widgets import (
    fit_header_to_titles,
    row_table,
    set_enabled_why,
    today,
    why_no_row,
)

ID_ROLE = Qt.ItemDataRole.UserRole
DAY = date_kind(latest=today, required=True)
START, END, REALISASI = 0, 1, 5  # the cells typed in place (the kit's delegates)


class CellDelegate(TypedDelegate):
    """A typed cell of the day's table that says which cell was committed, so the tab saves
    that entry (after the view has closed the editor)."""

    typed = Signal(int, int)

    def setModelData(self, editor, model, index):  # type: ignore[no-untyped-def]
        super().setModelData(editor, model, index)
        self.typed.emit(index.row(), index.column())


def choose_file(parent: QWidget) -> str | None:
    """The file to keep as bukti dukung (tests replace this)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, tr_("DailyLogTab", "Evidence file (bukti dukung)")
    )
    return path or None


class DailyLogTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DailyLogTab")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.staff = QComboBox()
        self.staff.setObjectName("logStaff")
        who = QLabel(self.tr("Whose lo&g:"))
        who.setBuddy(self.staff)
        for person in calendar_view.staff_choices():
            self.staff.addItem(person.name, person.id)
        self.day_edit = TypedEdit(DAY, message_line("logDayMessage"))
        self.day_edit.setObjectName("logDay")
        self.day_edit.setMaximumWidth(220)
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day_edit)
        self.previous = QPushButton(self.tr("◀ Day &before"))
        self.previous.setObjectName("logPrevious")
        self.next = QPushButton(self.tr("Day aft&er ▶"))
        self.next.setObjectName("logNext")
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setObjectName("logToday")
        for widget in (who, self.staff, day_label, self.day_edit, self.previous, self.next):
            top.addWidget(widget)
        top.addWidget(self.today_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.day_edit.message)
        self.summary = QLabel()
        self.summary.setObjectName("logSummary")
        layout.addWidget(self.summary)
        self.model = QStandardItemModel(self)
        self.table = row_table(self.model, "logTable")
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.keeper = keep_selection(self.table, self._key_of)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed)
        times = CellDelegate(entry_form.START, self.table)
        number = CellDelegate(entry_form.REALISASI, self.table)
        for column, delegate in ((START, times), (END, times), (REALISASI, number)):
            self.table.setItemDelegateForColumn(column, delegate)
        for delegate in (times, number):
            delegate.typed.connect(
                lambda row, column: QTimer.singleShot(0, lambda: self._save_cell(row, column))
            )
        layout.addWidget(self.table, 1)
        self.cell_line = message_line("logCellMessage")
        self.cell_messages = CellMessages(self.table, self.cell_line, (times, number))
        layout.addWidget(self.cell_line)
        self.warnings = QLabel()
        self.warnings.setObjectName("logWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #9a5b00;")
        layout.addWidget(self.warnings)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add entry…"))
        self.add_button.setObjectName("logAdd")
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setObjectName("logEdit")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("logRemove")
        self.copy_button = QPushButton(self.tr("&Copy the last day"))
        self.copy_button.setObjectName("logCopy")
        self.recurring_button = QPushButton(self.tr("Add rec&urring"))
        self.recurring_button.setObjectName("logRecurring")
        self.keep_button = QPushButton(self.tr("&Keep as recurring"))
        self.keep_button.setObjectName("logKeepRecurring")
        self.file_button = QPushButton(self.tr("Attac&h file…"))
        self.file_button.setObjectName("logFile")
        self.comment_button = QPushButton(self.tr("Co&mment…"))
        self.comment_button.setObjectName("logComment")
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.copy_button,
            self.recurring_button,
            self.keep_button,
            self.file_button,
            self.comment_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        more = QHBoxLayout()
        self.plans_button = QPushButton(self.tr("Actio&n plans…"))
        self.plans_button.setObjectName("logPlans")
        self.calendar_button = QPushButton(self.tr("M&onth calendar…"))
        self.calendar_button.setObjectName("logCalendar")
        self.holidays_button = QPushButton(self.tr("Lea&ve and holidays…"))
        self.holidays_button.setObjectName("logHolidays")
        self.export_button = QPushButton(self.tr("E&xport the month for e-Kinerja…"))
        self.export_button.setObjectName("logExport")
        self.print_button = QPushButton(self.tr("&Print the month…"))
        self.print_button.setObjectName("logPrint")
        for button in (
            self.plans_button,
            self.calendar_button,
            self.holidays_button,
            self.export_button,
            self.print_button,
        ):
            more.addWidget(button)
        more.addStretch(1)
        layout.addLayout(more)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.copy_button.clicked.connect(self.copy_last_day)
        self.recurring_button.clicked.connect(self.add_recurring)
        self.keep_button.clicked.connect(self.keep_recurring)
        self.file_button.clicked.connect(self.attach_file)
        self.comment_button.clicked.connect(self.comment)
        self.plans_button.clicked.connect(self.open_plans)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.holidays_button.clicked.connect(self.open_holidays)
        self.export_button.clicked.connect(self.export_month)
        self.print_button.clicked.connect(self.print_month)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.show_day(today()))
        self.day_edit.editingFinished.connect(self._day_typed)
        self.staff.currentIndexChanged.connect(lambda *_: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.table.installEventFilter(self)  # Enter in the table adds an entry
        for key, slot in (
            (Qt.Key.Key_Insert, self.add),
            (Qt.Key.Key_F2, self.edit),
            (Qt.Key.Key_Delete, self.remove),
        ):
            shortcut = QShortcut(QKeySequence(key), self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.step(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.step(1))
        self.rows: list[EntryRow] = []
        self.day = today()
        self.day_edit.set_value(self.day)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        ):
            if self.table.state() == QAbstractItemView.State.EditingState:
                return False  # the Enter that closes a cell's editor (Qt commits it queued)
            self.add()
            return True
        return super().eventFilter(watched, event)

    # --- what is shown ------------------------------------------------------------------------

    def _key_of(self, row: int) -> int | None:
        item = self.model.item(row, 0)
        return item.data(ID_ROLE) if item is not None else None

    def employee_id(self) -> int | None:
        return self.staff.currentData()

    def show_day(self, day: dt.date, employee_id: int | None = None) -> None:
        if employee_id is not None:
            index = self.staff.findData(employee_id)
            if index >= 0:
                self.staff.setCurrentIndex(index)
        self.day = min(day, today())
        self.day_edit.set_value(self.day)
        self.reload()

    def step(self, days: int) -> None:
        self.show_day(self.day + dt.timedelta(days=days))

    def _day_typed(self) -> None:
        try:
            day = self.day_edit.value()
        except Exception:  # the field shows its message
            return
        if day is not None and day != self.day:
            self.day = day
            self.reload()

    def reload(self, select: int | None = None) -> None:
        employee_id = self.employee_id()
        keep = select if select is not None else self.current_id()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Start"),
                self.tr("End"),
                self.tr("Minutes"),
                self.tr("Activity"),
                self.tr("Serves"),
                self.tr("Achievement"),
                self.tr("Unit"),
                self.tr("Evidence"),
                self.tr("Comment"),
            ]
        )
        for column, width in enumerate((70, 70, 70, 320, 260, 90, 90, 120)):
            self.table.setColumnWidth(column, width)
        self.rows = [] if employee_id is None else entries.list_day(employee_id, self.day)
        writes = employee_id is not None and access.may_write(employee_id)
        for row in self.rows:
            start = QStandardItem(self._time(row.starts))
            start.setData(row.id, ID_ROLE)
            serves = (
                row.action_text
                if row.kind == rules.EntryKind.PLAN.value
                else self.tr("Direct task from {giver}").format(giver=row.task_giver)
            )
            evidence = row.evidence_link or (self.tr("file") if row.evidence_path else "")
            comment = f"{row.comment} ({row.comment_by})" if row.comment else ""
            if row.late_reason:
                comment = " · ".join(
                    filter(None, [self.tr("Late: {why}").format(why=row.late_reason), comment])
                )
            cells = [
                start,
                QStandardItem(self._time(row.ends)),
                QStandardItem(str(row.minutes)),
                QStandardItem(row.activity),
                QStandardItem(serves),
                QStandardItem(str(row.realisasi)),
                QStandardItem(row.unit),
                QStandardItem(evidence),
                QStandardItem(comment),
            ]
            for column, item in enumerate(cells):
                item.setEditable(writes and column in (START, END, REALISASI))
            self.model.appendRow(cells)
        fit_header_to_titles(self.table)
        if (keep is None or not self.keeper.select_key(keep)) and self.model.rowCount():
            self.keeper.select_row(0)
        total = sum(r.minutes for r in self.rows)
        self.summary.setText(
            self.tr("{day}: {count} entries, {hours} h {minutes} min").format(
                day=format_date(self.day),
                count=len(self.rows),
                hours=total // 60,
                minutes=total % 60,
            )
        )
        if employee_id is not None and not self.warnings.property("fresh"):
            self.warnings.setText(
                "\n".join(
                    messages.error_text(w) for w in entries.warnings_of(employee_id, self.day)
                )
            )
        self.warnings.setProperty("fresh", False)
        self._update()

    @staticmethod
    def _time(stored: str) -> str:
        return entry_form.START.text(dt.time.fromisoformat(stored))

    def _save_cell(self, row: int, column: int) -> None:
        """A start, end or realisasi typed in its cell: the entry saved with it, or the cell
        kept as typed with the message under the table (nothing stored)."""
        item = self.model.item(row, column)
        if item is None or row >= len(self.rows) or item.data(ERROR_ROLE):
            return
        entry = self.rows[row]
        value = item.data(VALUE_ROLE)
        starts = dt.time.fromisoformat(entry.starts)
        ends = dt.time.fromisoformat(entry.ends)
        realisasi = entry.realisasi
        if column == START:
            starts = value
        elif column == END:
            ends = value
        else:
            realisasi = int(value) if value is not None and value == int(value) else None
        data = entries.EntryInput(
            self.employee_id(),
            entry.day,
            starts,
            ends,
            entry.activity,
            entry.kind,
            entry.action_plan_id,
            entry.task_giver,
            realisasi,
            entry.unit,
            entry.evidence_link,
            entry.late_reason,
        )
        if (starts, ends, realisasi) == (
            dt.time.fromisoformat(entry.starts),
            dt.time.fromisoformat(entry.ends),
            entry.realisasi,
        ):
            return
        try:
            saved = entries.save_entry(data, entry.id)
        except FieldErrors as err:
            first = next(iter(err.errors.values()))
            item.setData(messages.error_text(first), ERROR_ROLE)
            return
        except ServiceError as err:
            item.setData(messages.error_text(err), ERROR_ROLE)
            return
        self.warnings.setText("\n".join(messages.error_text(w) for w in saved.warnings))
        self.warnings.setProperty("fresh", True)
        self.reload(saved.id)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def _update(self) -> None:
        employee_id = self.employee_id()
        writes = employee_id is not None and access.may_write(employee_id)
        reviews = employee_id is not None and access.may_review(employee_id)
        has_row = self.current_id() is not None
        denied = self.tr("Only the employee or their appraiser writes this log.")
        set_enabled_why(self.add_button, writes, denied)
        for button in (self.edit_button, self.remove_button, self.file_button, self.keep_button):
            set_enabled_why(button, writes and has_row, denied if not writes else why_no_row())
        set_enabled_why(self.copy_button, writes, denied)
        set_enabled_why(self.recurring_button, writes, denied)
        set_enabled_why(
            self.comment_button,
            reviews and has_row,
            self.tr("Only the employee's appraiser comments on entries.")
            if not reviews
            else why_no_row(),
        )
        from desktop_app.services import session

        set_enabled_why(
            self.holidays_button,
            session.granted(session.Action.WRITE_REGISTER),
            self.tr("HR keeps the holiday calendar."),
        )
        for button in (self.plans_button, self.export_button, self.print_button):
            set_enabled_why(button, employee_id is not None, self.tr("Nobody's log to show."))
        set_enabled_why(
            self.calendar_button, self.staff.count() > 0, self.tr("Nobody's log to show.")
        )

    # --- entries ------------------------------------------------------------------------------

    def _run_form(self, entry_id: int | None) -> None:
        employee_id = self.employee_id()
        if employee_id is None:
            return
        start = self.rows[-1].ends if self.rows and entry_id is None else ""
        start_text = entry_form.TIME.text(dt.time.fromisoformat(start)) if start else ""
        form = entry_form.EntryForm(employee_id, self.day, entry_id, start_text, self)
        if entry_form.open_form(form):
            self.warnings.setText("\n".join(messages.error_text(w) for w in form.warnings))
            self.warnings.setProperty("fresh", True)
            self.reload(form.saved_id)

    def add(self) -> None:
        if self.add_button.isEnabled():
            self._run_form(None)

    def edit(self) -> None:
        if self.edit_button.isEnabled() and self.current_id() is not None:
            self._run_form(self.current_id())

    def remove(self) -> None:
        entry_id = self.current_id()
        if entry_id is None or not self.remove_button.isEnabled():
            return
        if not messages.confirm(
            self, self.tr("Remove the entry"), self.tr("Remove this entry of the daily log?")
        ):
            return
        self._try(lambda: entries.delete_entry(entry_id))

    def _try(self, step) -> bool:  # type: ignore[no-untyped-def]
        try:
            step()
        except ServiceError as err:
            messages.show_error(self, err)
            return False
        self.reload()
        return True

    def _late_reason(self) -> str:
        if self.day in period_of(today()):
            return ""
        return self.tr("Entered after the period")

    def copy_last_day(self) -> None:
        employee_id = self.employee_id()
        if employee_id is None or not self.copy_button.isEnabled():
            return
        source = entries.previous_logged_day(employee_id, self.day)
        if source is None:
            messages.info(
                self, self.tr("Copy the last day"), self.tr("No earlier day holds entries.")
            )
            return
        self._try(lambda: entries.copy_day(employee_id, source, self.day, self._late_reason()))

    def add_recurring(self) -> None:
        employee_id = self.employee_id()
        if employee_id is None or not self.recurring_button.isEnabled():
            return
        added: list[int] = []
        ok = self._try(
            lambda: added.append(recurring.add_to_day(employee_id, self.day, self._late_reason()))
        )
        if ok and not added[0]:
            messages.info(
                self,
                self.tr("Add recurring"),
                self.tr("No recurring activity is missing on this day."),
            )

    def keep_recurring(self) -> None:
        employee_id, entry_id = self.employee_id(), self.current_id()
        if employee_id is None or entry_id is None:
            return
        row = next(r for r in self.rows if r.id == entry_id)
        self._try(
            lambda: recurring.save_recurring(
                RecurringInput(
                    employee_id,
                    row.activity,
                    dt.time.fromisoformat(row.starts),
                    dt.time.fromisoformat(row.ends),
                    row.kind,
                    row.action_plan_id,
                    row.task_giver,
                    row.realisasi,
                    row.unit,
                    "12345",
                )
            )
        )

    def attach_file(self) -> None:
        entry_id = self.current_id()
        if entry_id is None or not self.file_button.isEnabled():
            return
        path = choose_file(self)
        if path:
            self._try(lambda: entries.attach_evidence(entry_id, path))

    def comment(self) -> None:
        entry_id = self.current_id()
        if entry_id is None or not self.comment_button.isEnabled():
            return
        from desktop_app.views.daily_log.comment_dialog import CommentDialog

        row = next(r for r in self.rows if r.id == entry_id)
        dialog = CommentDialog(row.comment, self)
        if entry_form.open_form(dialog):
            self._try(lambda: entries.comment_entry(entry_id, dialog.text()))

    # --- the other screens --------------------------------------------------------------------

    def open_plans(self) -> None:
        from desktop_app.views.daily_log.action_plan_dialog import ActionPlanDialog

        employee_id = self.employee_id()
        if employee_id is None:
            return
        dialog = ActionPlanDialog(employee_id, self.staff.currentText(), self.day, self)
        entry_form.open_form(dialog)
        self.reload()

    def open_calendar(self) -> None:
        from desktop_app.views.daily_log.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(self.day.year, self.day.month, self)
        entry_form.open_form(dialog)
        if dialog.chosen is not None:
            self.show_day(dialog.chosen[1], dialog.chosen[0])

    def open_holidays(self) -> None:
        from desktop_app.views.daily_log.holiday_dialog import HolidayDialog

        entry_form.open_form(HolidayDialog(self.day.year, self))
        self.reload()

    def export_month(self) -> None:
        from desktop_app.views.daily_log import outputs

        employee_id = self.employee_id()
        if employee_id is not None:
            outputs.export_month(self, employee_id, self.staff.currentText(), self.day)

    def print_month(self) -> None:
        from desktop_app.views.daily_log import outputs

        employee_id = self.employee_id()
        if employee_id is not None:
            outputs.print_month(self, employee_id, self.staff.currentText(), self.day)
