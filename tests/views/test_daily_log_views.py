"""The Progres Harian screens driven as a user does: a Pegawai sees only their own log,
plans a rencana aksi, presses Enter and types a week of entries (a refused time under its
field first, nothing stored), copies the last day, exports the month for e-Kinerja; the
supervisor agrees the rencana aksi, comments, sees the month calendar of their staff and,
in the evaluation editor, accepts the daily log's sum as the realisasi."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.models import ActionPlan, DailyLogEntry, Realisation
from desktop_app.services.daily_log.periods import period_of
from desktop_app.views import excel_export, print_feedback
from desktop_app.views.daily_log import entry_form, log_sums
from desktop_app.views.daily_log.action_plan_dialog import ActionPlanDialog
from desktop_app.views.daily_log.calendar_dialog import CalendarDialog
from desktop_app.views.daily_log.holiday_dialog import HolidayDialog
from desktop_app.views.daily_log.tab import DailyLogTab
from tests import daily_log_office
from tests.daily_log_office import action, sign_in

pytestmark = pytest.mark.gui
TODAY = dt.date.today()


@pytest.fixture
def log(office):
    return daily_log_office.build()


def _shown(qtbot, widget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _save(qtbot, form) -> None:
    box = form.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_pegawai_plans_and_types_a_day_keyboard_first(qtbot, log, monkeypatch):
    sign_in("budi")
    dialog = ActionPlanDialog(log.budi, "Budi", TODAY)
    _shown(qtbot, dialog)
    _type(qtbot, dialog.text, "Imunisasi di posyandu")
    _type(qtbot, dialog.target, "30")
    _type(qtbot, dialog.unit, "bayi")
    _click(qtbot, dialog.add_button)
    assert [(r.text, r.target, r.status) for r in dialog.rows] == [
        ("Imunisasi di posyandu", 30, "PROPOSED")
    ]
    assert not dialog.agree_button.isEnabled()  # nobody agrees their own
    tab = DailyLogTab()
    _shown(qtbot, tab)
    assert [tab.staff.itemData(n) for n in range(tab.staff.count())] == [log.budi]
    typed = []

    def fill(form):
        typed.append(form)
        _shown(qtbot, form)
        assert form.starts.text() == ("" if len(typed) == 1 else "12:00")
        if len(typed) == 1:  # a refused time first: said under the field, nothing stored
            _type(qtbot, form.starts, "25.00")
            _save(qtbot, form)
            assert "not a time of day" in form.form.errors["starts"].text()
            assert DailyLogEntry.select().count() == 0
            _type(qtbot, form.starts, "07.30")
            _type(qtbot, form.ends, "12.00")
        else:
            _type(qtbot, form.ends, "16.00")
        _type(qtbot, form.activity, "Imunisasi bayi di posyandu Melati")
        _type(qtbot, form.realisasi, "6")
        _save(qtbot, form)
        return form.result() == form.DialogCode.Accepted

    monkeypatch.setattr(entry_form, "open_form", fill)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # the next starts where the last ended
    rows = [(r.starts, r.ends, r.realisasi, r.unit) for r in tab.rows]
    assert rows == [("07:30", "12:00", 6, "bayi"), ("12:00", "16:00", 6, "bayi")]
    assert "more than 450" in tab.warnings.text()  # 510 minutes: saved, with the warning
    assert tab.model.rowCount() == 2


def test_copy_the_last_day_and_the_export_for_e_kinerja(qtbot, log, monkeypatch, tmp_path):
    sign_in("budi")
    serving = action(log, log.budi, str(period_of(TODAY)))
    from desktop_app.services.daily_log import entries
    from desktop_app.services.daily_log.entries import EntryInput

    earlier = TODAY - dt.timedelta(days=1)
    reason = "" if earlier in period_of(TODAY) else "Menyusul"
    entries.save_entry(
        EntryInput(
            log.budi,
            earlier,
            dt.time(8),
            dt.time(10),
            "Rapat",
            "PLAN",
            serving,
            realisasi=2,
            unit="bayi",
            late_reason=reason,
        )
    )
    tab = DailyLogTab()
    _shown(qtbot, tab)
    assert tab.day == TODAY and tab.model.rowCount() == 0
    _click(qtbot, tab.copy_button)
    assert [(r.starts, r.activity) for r in tab.rows] == [("08:00", "Rapat")]
    target = tmp_path / "budi.xlsx"
    monkeypatch.setattr(excel_export, "ask_save_path", lambda parent, s, f: str(target))
    told = []
    monkeypatch.setattr(
        excel_export.print_feedback, "show_result", lambda box: told.append(box.message.text())
    )
    _click(qtbot, tab.export_button)
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]][:2] == ["Rencana Aksi", "Tanggal"]
    assert sheet.max_row == (3 if earlier.month == TODAY.month else 2)
    assert "rows exported" in told[0]


def test_the_supervisor_agrees_comments_and_sees_the_calendar(qtbot, log, monkeypatch, tmp_path):
    sign_in("budi")
    serving = action(log, log.budi, str(period_of(TODAY)))
    from desktop_app.services.daily_log import entries
    from desktop_app.services.daily_log.entries import EntryInput

    entries.save_entry(
        EntryInput(
            log.budi,
            TODAY,
            dt.time(8),
            dt.time(15),
            "Imunisasi",
            "PLAN",
            serving,
            realisasi=9,
            unit="bayi",
        )
    )
    sign_in("kabid")
    dialog = ActionPlanDialog(log.budi, "Budi", TODAY)
    _shown(qtbot, dialog)
    _click(qtbot, dialog.agree_button)
    assert ActionPlan.get_by_id(serving).status == "AGREED"
    tab = DailyLogTab()
    _shown(qtbot, tab)
    names = [tab.staff.itemText(n) for n in range(tab.staff.count())]
    assert names == ["Budi", "Kabid", "Pia"]  # the staff and themselves, never Lain
    tab.staff.setCurrentIndex(tab.staff.findData(log.budi))
    assert tab.model.rowCount() == 1

    def comment(form):
        _shown(qtbot, form)
        _type(qtbot, form.edit, "Lampirkan foto kegiatan")
        _save(qtbot, form)
        return True

    monkeypatch.setattr(entry_form, "open_form", comment)
    _click(qtbot, tab.comment_button)
    assert DailyLogEntry.get().comment == "Lampirkan foto kegiatan"
    calendar = CalendarDialog(TODAY.year, TODAY.month)
    _shown(qtbot, calendar)
    rows = [calendar.model.item(r, 0).text() for r in range(calendar.model.rowCount())]
    assert rows == ["Budi", "Kabid", "Pia"]
    assert calendar.model.item(0, 3 + TODAY.day).text() == "✓"  # 420 minutes: filled


def test_holidays_kept_by_hr(qtbot, log):
    sign_in("staffhr")
    dialog = HolidayDialog(TODAY.year)
    _shown(qtbot, dialog)
    _type(qtbot, dialog.day, f"25/12/{TODAY.year}")
    _type(qtbot, dialog.name, "Hari Raya Natal")
    _click(qtbot, dialog.add_button)
    assert [dialog.model.item(r, 1).text() for r in range(dialog.model.rowCount())] == [
        "Hari Raya Natal"
    ]
    _type(qtbot, dialog.day, f"25/12/{TODAY.year}")
    _type(qtbot, dialog.name, "Lagi")
    _click(qtbot, dialog.add_button)
    assert "already in the calendar" in dialog.general.text()


def test_the_evaluation_editor_accepts_the_logs_sum(qtbot, log, monkeypatch):
    from desktop_app.services.daily_log import entries
    from desktop_app.services.daily_log.entries import EntryInput
    from desktop_app.services.evaluation import evaluations
    from desktop_app.views.evaluation.editor import EvaluationEditor

    key = str(period_of(TODAY))
    sign_in("budi")
    serving = action(log, log.budi, key)
    entries.save_entry(
        EntryInput(
            log.budi,
            TODAY,
            dt.time(8),
            dt.time(9),
            "Imunisasi",
            "PLAN",
            serving,
            realisasi=11,
            unit="bayi",
        )
    )
    sign_in("kabid")
    evaluation_id = evaluations.open_evaluation(log.budi, key)
    editor = EvaluationEditor(evaluation_id)
    _shown(qtbot, editor)

    def decide(dialog):
        _shown(qtbot, dialog)
        assert dialog.model.item(0, 3).text() == "11 bayi"
        assert dialog.entry_model.rowCount() == 1
        _click(qtbot, dialog.accept_button)
        assert dialog.model.item(0, 4).text() == "accepted"
        return True

    monkeypatch.setattr(log_sums, "open_form", decide)
    _click(qtbot, editor.log_button)
    assert Realisation.get(Realisation.evaluation == evaluation_id).realisasi == "11 bayi"
    assert editor.indicator_model.item(0, editor.REALISASI).text() == "11 bayi"


def test_the_month_prints_as_pdf(qtbot, log, monkeypatch, tmp_path):
    sign_in("budi")
    serving = action(log, log.budi, str(period_of(TODAY)))
    from desktop_app.services.daily_log import entries
    from desktop_app.services.daily_log.entries import EntryInput

    entries.save_entry(
        EntryInput(
            log.budi,
            TODAY,
            dt.time(8),
            dt.time(9),
            "Menimbang bayi",
            "PLAN",
            serving,
            realisasi=3,
            unit="bayi",
        )
    )
    monkeypatch.setattr(print_feedback, "open_in_system", lambda path: True)
    monkeypatch.setattr(print_feedback, "show_result", lambda box: None)
    tab = DailyLogTab()
    _shown(qtbot, tab)
    from desktop_app.views.daily_log import outputs

    made = []
    original = outputs._show
    monkeypatch.setattr(outputs, "_show", lambda *a: made.append(original(*a)) or made[-1])
    _click(qtbot, tab.print_button)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(made[0]).pages)
    assert "LAPORAN PROGRES HARIAN" in text and "Menimbang bayi" in text


def test_times_and_realisasi_typed_in_their_cells(qtbot, log):
    from PySide6.QtWidgets import QLineEdit

    from desktop_app.services.daily_log import entries
    from desktop_app.services.daily_log.entries import EntryInput

    sign_in("budi")
    serving = action(log, log.budi, str(period_of(TODAY)))
    entries.save_entry(
        EntryInput(log.budi, TODAY, dt.time(8), dt.time(9), "Imunisasi", "PLAN", serving,
                   realisasi=2, unit="bayi")
    )  # fmt: skip
    tab = DailyLogTab()
    _shown(qtbot, tab)

    def type_in(column: int, text: str) -> None:
        tab.table.setFocus()
        tab.table.setCurrentIndex(tab.model.index(0, column))
        qtbot.keyClicks(tab.table, text[0])  # typing on the cell opens its editor
        editor = tab.table.viewport().findChild(QLineEdit)
        assert editor is not None and editor.text() == text[0]
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(50)

    type_in(1, "25.00")  # refused: kept as typed, the message under the table
    assert "not a time of day" in tab.cell_line.text()
    assert DailyLogEntry.get().ends == "09:00"
    type_in(1, "10.15")
    assert DailyLogEntry.get().ends == "10:15"
    type_in(5, "7")
    assert DailyLogEntry.get().realisasi == 7
    assert tab.model.item(0, 2).text() == "135"  # the minutes follow
