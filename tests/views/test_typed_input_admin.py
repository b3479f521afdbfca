"""The administration and sign-in dialogs as a user meets them (issue 18, points 4 and 6):
values typed into the periods, users (add, reset, change password), office, preferences and
sign-in dialogs, left by Tab, Enter or a click, are stored exactly (read back through the
services and from a printed PDF) or refused with a message under or beside the field, the
typed text kept, the focus on it and nothing stored changed; a message never moves the
fields, is shown whole at 1366x768 in Indonesian and English, and goes once fixed."""

# ruff: noqa: F811  (the `staff` fixture of test_skp is imported and used by name)
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from desktop_app.i18n import translator
from desktop_app.services import auth, office, periods, session, settings
from desktop_app.services.evaluation import evaluations
from desktop_app.services.reports import forms
from desktop_app.views.admin import users_dialog
from desktop_app.views.admin.field_messages import fits
from desktop_app.views.admin.office_dialog import OfficeDialog
from desktop_app.views.admin.periods_dialog import PeriodsDialog
from desktop_app.views.admin.preferences_dialog import PreferencesDialog
from desktop_app.views.auth_dialogs import ChangePasswordDialog, SignInDialog
from tests.builders import approved_skp
from tests.views.keyboard import activate, pdf_text
from tests.views.test_skp import PASSWORD, staff  # noqa: F401 (the fixture)

pytestmark = pytest.mark.gui


@pytest.fixture(params=["id", "en"])
def language(request, qapp):
    """Each test in Indonesian (the default) and in English."""
    before = QLocale()
    translator.install(request.param)
    yield request.param
    translator.install("en")
    QLocale.setDefault(before)


def _admin(staff) -> None:
    session.sign_in_as(auth.authenticate("admin", PASSWORD))


def _open(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def _retype(qtbot, edit, text: str) -> None:
    """Select what the field holds and type `text` over it, key by key."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(edit, text)


def _ok(dialog: QWidget) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _geometry(dialog: QWidget, widgets) -> list[QRect]:  # type: ignore[no-untyped-def]
    """Where each widget is in the dialog (a message that moved a field changes it)."""
    return [QRect(w.mapTo(dialog, QPoint(0, 0)), w.size()) for w in widgets]


def _on_screen(dialog: QWidget) -> None:
    """The dialog fits a 1366x768 screen."""
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 40


# --- periods ---------------------------------------------------------------------------------


def test_a_year_typed_and_opened_by_enter_is_stored_and_printed(qtbot, staff, language):
    _admin(staff)
    dialog = _open(qtbot, PeriodsDialog())
    _on_screen(dialog)
    _retype(qtbot, dialog.year.edit, "2027")
    dialog.frequency.setFocus()
    qtbot.keyClick(dialog.frequency, Qt.Key.Key_Down)  # Quarterly -> Semester
    assert dialog.frequency.currentData() == "SEMESTER"
    qtbot.mouseClick(dialog.year.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.year.edit, Qt.Key.Key_Return)  # Enter in the year opens it
    assert dialog.isVisible()  # ... and never closes the dialog
    stored = {r.year: r for r in periods.list_periods()}
    assert stored[2027].frequency == "SEMESTER" and not stored[2027].closed
    assert dialog.model.item(dialog.table.currentIndex().row(), 0).text() == "2027"
    assert dialog.year.message.text() == ""
    dialog.close()
    again = _open(qtbot, PeriodsDialog())
    shown = [again.model.item(r, 0).text() for r in range(again.model.rowCount())]
    assert "2027" in shown
    plan_id = approved_skp(staff["budi"], 2027)
    assert "PERIODE PENILAIAN: 1 JANUARI – 31 DESEMBER 2027" in pdf_text(forms.build_skp, plan_id)
    evaluation_id = evaluations.open_evaluation(staff["budi"], "2027-S1")
    assert "PERIODE: SEMESTER" in pdf_text(forms.build_evaluation, evaluation_id)


@pytest.mark.parametrize("typed", ["abc", "20x7", "1999", "2101", "2.027", ""])
def test_a_bad_year_is_refused_beside_the_field_and_nothing_opens(qtbot, staff, typed, language):
    _admin(staff)
    before = periods.list_periods()
    dialog = _open(qtbot, PeriodsDialog())
    watched = (dialog.table, dialog.year.edit, dialog.frequency)
    where = _geometry(dialog, watched)
    _retype(qtbot, dialog.year.edit, typed)
    assert dialog.year.message.text()  # while typing, beside the field
    assert _geometry(dialog, watched) == where  # the message moved nothing
    _click(qtbot, dialog.open_button)
    assert periods.list_periods() == before
    assert dialog.year.edit.text() == typed  # kept as typed
    assert dialog.year.message.text()
    assert dialog.focusWidget() is dialog.year.edit
    _retype(qtbot, dialog.year.edit, "2031")
    assert dialog.year.message.text() == ""  # cleared once fixed
    assert _geometry(dialog, watched) == where


def test_a_year_open_already_is_said_beside_it_and_goes_at_the_next_key(qtbot, staff):
    _admin(staff)
    year = periods.list_periods()[0].year
    before = periods.list_periods()
    dialog = _open(qtbot, PeriodsDialog())
    _retype(qtbot, dialog.year.edit, str(year))
    qtbot.keyClick(dialog.year.edit, Qt.Key.Key_Return)
    assert str(year) in dialog.year.message.text()
    assert periods.list_periods() == before
    qtbot.keyClick(dialog.year.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.year.edit, "9")
    assert dialog.year.message.text() == ""


# --- users -----------------------------------------------------------------------------------


def _choose_employee(qtbot, picker, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type part of a name into the employee picker and take the completer's first entry."""
    qtbot.mouseClick(picker.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(picker.edit, text)
    popup = picker.edit.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def _add_user(qtbot, monkeypatch, dialog, fill) -> list:  # type: ignore[no-untyped-def]
    """Click Add user… and let `fill(form)` type into the form shown."""
    shown = []

    def run(form: QDialog) -> bool:
        shown.append(form)
        _open(qtbot, form)
        fill(form)
        return form.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(users_dialog, "open_form", run)
    _click(qtbot, dialog.add_button)
    return shown


def test_a_user_typed_in_add_user_is_stored_and_signs_in(qtbot, staff, monkeypatch, language):
    _admin(staff)
    dialog = _open(qtbot, users_dialog.UsersDialog())

    def fill(form) -> None:  # type: ignore[no-untyped-def]
        _on_screen(form)
        qtbot.keyClicks(form.username, "Kasi.Umum")  # typed upper-case: stored lower-case
        qtbot.keyClick(form.username, Qt.Key.Key_Tab)
        assert form.focusWidget() is form.full_name
        qtbot.keyClicks(form.full_name, "Sri Wahyuni, S.E.")
        qtbot.keyClick(form.full_name, Qt.Key.Key_Tab)
        form.role.setFocus()
        while form.role.currentData() != "supervisor":
            qtbot.keyClick(form.role, Qt.Key.Key_Down)
        _choose_employee(qtbot, form.employee, "budi")
        assert form.employee.employee_id() == staff["budi"]
        qtbot.mouseClick(form.password, Qt.MouseButton.LeftButton)  # left by a click
        qtbot.keyClicks(form.password, "Penilai-Kinerja-2027")
        assert form.fields.errors["password"].text() == ""
        qtbot.keyClick(form.password, Qt.Key.Key_Tab)
        qtbot.keyClicks(form.repeat, "Penilai-Kinerja-2027")
        _click(qtbot, _ok(form))

    _add_user(qtbot, monkeypatch, dialog, fill)
    rows = {r.username: r for r in auth.list_users()}
    assert rows["kasi.umum"].full_name == "Sri Wahyuni, S.E."
    assert rows["kasi.umum"].role == "supervisor" and rows["kasi.umum"].employee_id == staff["budi"]
    assert dialog.current().username == "kasi.umum"
    assert auth.authenticate("kasi.umum", "Penilai-Kinerja-2027").username == "kasi.umum"
    dialog.close()
    again = _open(qtbot, users_dialog.UsersDialog())
    again.reload("kasi.umum")
    assert again.model.index(again.table.currentIndex().row(), 1).data() == "Sri Wahyuni, S.E."


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("username", "x"),
        ("username", "Nama Dengan Spasi"),
        ("username", "admin"),  # taken
        ("password", "short"),
        ("password", "semuahurufkecil2026"),
        ("password", "TanpaAngkaSamaSekali"),
        ("password", "kasi-Lama-2026"),  # holds the user name
        ("repeat", "Bukan-Yang-Sama-2026"),
        ("employee", ""),  # a supervisor without an employee
    ],
)
def test_a_bad_new_user_is_refused_under_the_field_whole_and_nothing_stored(
    qtbot,
    staff,
    monkeypatch,
    field,
    typed,
    language,
):
    _admin(staff)
    before = auth.list_users()
    dialog = _open(qtbot, users_dialog.UsersDialog())
    good = {"username": "kasi", "password": "Penilai-Kinerja-2027"}

    def fill(form) -> None:  # type: ignore[no-untyped-def]
        edits = (
            form.username,
            form.full_name,
            form.role,
            form.employee,
            form.password,
            form.repeat,
        )
        where = _geometry(form, edits)
        size = form.size()
        qtbot.keyClicks(form.username, typed if field == "username" else good["username"])
        form.role.setFocus()
        while form.role.currentData() != "supervisor":
            qtbot.keyClick(form.role, Qt.Key.Key_Down)
        if field != "employee":
            _choose_employee(qtbot, form.employee, "Budi")
        password = typed if field == "password" else good["password"]
        qtbot.mouseClick(form.password, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(form.password, password)
        if field == "password":
            assert form.fields.errors["password"].text()  # while typing
        qtbot.keyClick(form.password, Qt.Key.Key_Tab)
        qtbot.keyClicks(form.repeat, typed if field == "repeat" else password)
        _click(qtbot, _ok(form))
        message = form.fields.errors[field]
        assert message.text(), "no message under the field"
        assert fits(message), f"cut: {message.text()!r}"  # whole, not cut at top or bottom
        assert message.isVisible() and form.rect().contains(
            QRect(message.mapTo(form, QPoint(0, 0)), message.size())
        )
        assert _geometry(form, edits) == where and form.size() == size  # nothing moved
        assert form.isVisible() and auth.list_users() == before  # nothing stored
        assert form.focusWidget() in (form.fields.widgets[field], form.employee.edit)
        kept = {"username": form.username, "password": form.password, "repeat": form.repeat}
        if field in kept:
            assert kept[field].text() == typed  # the refused text stays as typed
        # fixed: the message goes at once, while typing
        if field == "username":
            _retype(qtbot, form.username, "kasi")
        elif field == "password":
            _retype(qtbot, form.password, good["password"])
            _retype(qtbot, form.repeat, good["password"])
        elif field == "repeat":
            _retype(qtbot, form.repeat, good["password"])
        else:
            _choose_employee(qtbot, form.employee, "Budi")
        assert message.text() == ""
        assert _geometry(form, edits) == where
        _click(qtbot, _ok(form))

    _add_user(qtbot, monkeypatch, dialog, fill)
    assert "kasi" in {r.username for r in auth.list_users()}


def test_reset_password_typed_twice_forces_a_change(qtbot, staff, monkeypatch, language):
    _admin(staff)
    auth.create_user("tamu", "Lihat-Saja-2026", "viewer")
    dialog = _open(qtbot, users_dialog.UsersDialog())
    dialog.reload("tamu")

    def run(form: QDialog) -> bool:
        _open(qtbot, form)
        _on_screen(form)
        where = _geometry(form, (form.password, form.repeat))
        qtbot.keyClicks(form.password, "pendek")
        assert form.fields.errors["password"].text() and fits(form.fields.errors["password"])
        qtbot.keyClick(form.password, Qt.Key.Key_Tab)
        qtbot.keyClicks(form.repeat, "pendek")
        qtbot.keyClick(form.repeat, Qt.Key.Key_Return)
        assert form.isVisible() and form.focusWidget() is form.password
        assert auth.authenticate("tamu", "Lihat-Saja-2026")  # unchanged
        assert _geometry(form, (form.password, form.repeat)) == where
        _retype(qtbot, form.password, "Sementara-2026x")
        assert form.fields.errors["password"].text() == ""  # fixed: gone while typing
        qtbot.keyClick(form.password, Qt.Key.Key_Return)
        assert form.fields.errors["repeat"].text() and form.focusWidget() is form.repeat
        _retype(qtbot, form.repeat, "Sementara-2026x")
        assert form.fields.errors["repeat"].text() == ""
        qtbot.keyClick(form.repeat, Qt.Key.Key_Return)
        return form.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(users_dialog, "open_form", run)
    _click(qtbot, dialog.reset_button)
    assert auth.must_change_password("tamu")
    assert auth.authenticate("tamu", "Sementara-2026x").username == "tamu"


def test_change_password_says_each_problem_under_its_field(qtbot, staff, language):
    _admin(staff)
    auth.create_user("tamu", "Lihat-Saja-2026", "viewer")
    dialog = _open(qtbot, ChangePasswordDialog("tamu"))
    edits = (dialog.old, dialog.new, dialog.repeat)
    where = _geometry(dialog, edits)
    qtbot.keyClicks(dialog.old, "Salah-Sekali-2026")
    qtbot.keyClick(dialog.old, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.new, "Milik-Sendiri-2026")
    qtbot.keyClick(dialog.new, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.repeat, "Milik-Sendiri-2026")
    _click(qtbot, _ok(dialog))
    assert dialog.fields.errors["old"].text() and fits(dialog.fields.errors["old"])
    assert dialog.focusWidget() is dialog.old and dialog.isVisible()
    assert _geometry(dialog, edits) == where
    qtbot.keyClicks(dialog.old, "Lihat-Saja-2026")  # the wrong one was selected: typed over
    assert dialog.fields.errors["old"].text() == ""
    _retype(qtbot, dialog.new, "lemah")
    assert fits(dialog.fields.errors["new_password"])
    _click(qtbot, _ok(dialog))
    assert auth.authenticate("tamu", "Lihat-Saja-2026")  # nothing changed
    _retype(qtbot, dialog.new, "Milik-Sendiri-2026")
    _click(qtbot, _ok(dialog))
    assert auth.authenticate("tamu", "Milik-Sendiri-2026").username == "tamu"


# --- office ----------------------------------------------------------------------------------


def test_the_office_name_typed_is_stored_and_heads_the_printed_form(qtbot, staff, language):
    _admin(staff)
    dialog = _open(qtbot, OfficeDialog())
    _on_screen(dialog)
    assert dialog.code_edit.isReadOnly()
    _retype(qtbot, dialog.name_edit, "Dinas Kesehatan Kabupaten Sleman")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert office.current_office().name == "Dinas Kesehatan Kabupaten Sleman"
    again = _open(qtbot, OfficeDialog())
    assert again.name_edit.text() == "Dinas Kesehatan Kabupaten Sleman"
    text = pdf_text(forms.build_skp, staff["kabid_plan"])
    assert "DINAS KESEHATAN KABUPATEN SLEMAN" in text


def test_an_empty_office_name_is_refused_under_it_and_nothing_stored(qtbot, staff, language):
    _admin(staff)
    dialog = _open(qtbot, OfficeDialog())
    where = _geometry(dialog, (dialog.code_edit, dialog.name_edit, _ok(dialog)))
    _retype(qtbot, dialog.name_edit, "   ")
    _click(qtbot, _ok(dialog))
    message = dialog.fields.errors["name"]
    assert message.text() and fits(message) and dialog.isVisible()
    assert dialog.focusWidget() is dialog.name_edit and dialog.name_edit.text() == "   "
    assert _geometry(dialog, (dialog.code_edit, dialog.name_edit, _ok(dialog))) == where
    assert office.current_office().name == "Dinas Uji Coba"
    qtbot.keyClicks(dialog.name_edit, "Dinas Baru")
    assert message.text() == ""


@pytest.mark.parametrize("typed", ["", "1 bad!", "X", "KODE-YANG-TERLALU-PANJANG-SEKALI"])
def test_a_bad_office_code_is_refused_under_it(qtbot, db_path, typed, language):
    dialog = _open(qtbot, OfficeDialog())
    qtbot.keyClicks(dialog.code_edit, typed)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Tab)
    message = dialog.fields.errors["code"]
    if typed:
        assert message.text() and fits(message)  # said when the field is left
    qtbot.keyClicks(dialog.name_edit, "Dinas Uji")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert message.text() and fits(message)
    assert dialog.isVisible() and office.current_office() is None
    assert dialog.focusWidget() is dialog.code_edit and dialog.code_edit.text() == typed
    _retype(qtbot, dialog.code_edit, "dinkes01")
    assert message.text() == ""
    _click(qtbot, _ok(dialog))
    assert office.current_office().code == "DINKES01"
    assert office.current_office().name == "Dinas Uji"


# --- preferences -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "typed"), [("idle", "500"), ("idle", "lima"), ("idle", ""), ("keep", "0")]
)
def test_preferences_typed_are_stored_or_refused_beside_the_field(
    qtbot,
    staff,
    field,
    typed,
    language,
):
    _admin(staff)
    before = (settings.get("idle_lock_minutes"), settings.get("backup_keep"))
    dialog = _open(qtbot, PreferencesDialog())
    _on_screen(dialog)
    edit = getattr(dialog, field).edit
    where = _geometry(dialog, (dialog.idle.edit, dialog.keep.edit, _ok(dialog)))
    _retype(qtbot, edit, typed)
    assert getattr(dialog, field).message.text()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is edit and edit.text() == typed
    assert (settings.get("idle_lock_minutes"), settings.get("backup_keep")) == before
    assert _geometry(dialog, (dialog.idle.edit, dialog.keep.edit, _ok(dialog))) == where
    _retype(qtbot, dialog.idle.edit, "5")
    _retype(qtbot, dialog.keep.edit, "30")
    assert dialog.idle.message.text() == dialog.keep.message.text() == ""
    _click(qtbot, _ok(dialog))
    assert (settings.get("idle_lock_minutes"), settings.get("backup_keep")) == (5, 30)
    again = _open(qtbot, PreferencesDialog())
    assert (again.idle.edit.text(), again.keep.edit.text()) == ("5", "30")


# --- sign-in ---------------------------------------------------------------------------------


def test_a_wrong_password_leaves_the_demo_accounts_and_the_fields_in_place(
    qtbot, tmp_path, demo_templates, language
):
    demo_templates.open_copy(tmp_path / "demo.db", 30, seed=3)
    dialog = _open(qtbot, SignInDialog(None))
    _on_screen(dialog)
    note = dialog.findChild(QLabel, "demoAccounts")
    assert "make" not in note.text() and "main.py" not in note.text()  # no developer commands
    watched = (dialog.username, dialog.password, note, _ok(dialog))
    where, size = _geometry(dialog, watched), dialog.size()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, "Salah-2026")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.session is None and dialog.error.text() and fits(dialog.error)
    assert _geometry(dialog, watched) == where and dialog.size() == size
    assert note.height() >= note.heightForWidth(note.width())  # the accounts shown whole
    assert dialog.rect().contains(QRect(note.mapTo(dialog, QPoint(0, 0)), note.size()))
    qtbot.keyClicks(dialog.password, "Kunci-Utama-2026")  # the wrong one was selected
    assert dialog.error.text() == ""  # goes as soon as it is retyped
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.session is not None and dialog.session.username == "admin"


def test_a_long_sign_in_message_is_shown_whole(qtbot, staff, language):
    dialog = _open(qtbot, SignInDialog(None, locked=True, only_user="kabid"))
    where = _geometry(dialog, (dialog.username, dialog.password, _ok(dialog)))
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "kabid" in dialog.error.text() and fits(dialog.error)
    assert _geometry(dialog, (dialog.username, dialog.password, _ok(dialog))) == where


# --- evaluation: the ratings message ---------------------------------------------------------


def test_give_the_ratings_goes_once_both_are_given(qtbot, staff, language):
    from desktop_app.views.evaluation.editor import EvaluationEditor

    _admin(staff)
    approved_skp(staff["budi"])
    evaluation_id = evaluations.open_evaluation(
        staff["budi"], f"{periods.list_periods()[0].year}-Q1"
    )
    editor = _open(qtbot, EvaluationEditor(evaluation_id))
    _click(qtbot, editor.finalize_button)
    assert editor.error.text()  # give both ratings first
    editor.rating_hasil.setFocus()
    qtbot.keyClick(editor.rating_hasil, Qt.Key.Key_Down)
    assert editor.error.text()  # one of two: still said
    editor.rating_perilaku.setFocus()
    qtbot.keyClick(editor.rating_perilaku, Qt.Key.Key_Down)
    assert editor.error.text() == ""  # both given: gone at once
    _click(qtbot, editor.finalize_button)
    assert evaluations.get_evaluation(evaluation_id).status == evaluations.FINAL


def test_the_ratings_message_moves_no_field(qtbot, staff, language):
    """Found in the walkthrough of issue 18: "Berikan rating ..." appearing under the notes
    pushed the ratings up by a line under the pointer, and down again once both were given."""
    from desktop_app.views.evaluation.editor import EvaluationEditor

    _admin(staff)
    approved_skp(staff["budi"])
    evaluation_id = evaluations.open_evaluation(
        staff["budi"], f"{periods.list_periods()[0].year}-Q1"
    )
    editor = _open(qtbot, EvaluationEditor(evaluation_id))
    watched = (editor.rating_hasil, editor.rating_perilaku, editor.notes, editor.finalize_button)
    qtbot.wait(20)
    where = _geometry(editor, watched)
    _click(qtbot, editor.finalize_button)
    qtbot.wait(20)
    assert editor.error.text()  # give both ratings first
    assert _geometry(editor, watched) == where
    editor.rating_hasil.setFocus()
    qtbot.keyClick(editor.rating_hasil, Qt.Key.Key_Down)
    editor.rating_perilaku.setFocus()
    qtbot.keyClick(editor.rating_perilaku, Qt.Key.Key_Down)
    qtbot.wait(20)
    assert editor.error.text() == ""
    assert _geometry(editor, watched) == where


# --- audit viewer: its days typed --------------------------------------------------------------


@pytest.mark.parametrize("typed", ["kemarin", "31-02-2026", "32/12/2026"])
def test_a_bad_day_in_the_audit_viewer_is_said_beside_it_and_the_list_stays(
    qtbot, staff, typed, language
):
    from desktop_app.views.admin.audit_views import AuditViewer

    _admin(staff)
    viewer = _open(qtbot, AuditViewer())
    everything = viewer.model.rowCount()
    assert everything > 0
    where = _geometry(viewer, (viewer.since.edit, viewer.until.edit, viewer.table))
    _retype(qtbot, viewer.since.edit, typed)
    assert viewer.since.message.text() and viewer.since.edit.text() == typed
    assert viewer.model.rowCount() == everything  # the list stays as it was
    assert _geometry(viewer, (viewer.since.edit, viewer.until.edit, viewer.table)) == where
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    _retype(qtbot, viewer.since.edit, tomorrow.strftime("%d/%m/%Y"))
    assert viewer.since.message.text() == "" and viewer.model.rowCount() == 0
    _retype(qtbot, viewer.since.edit, "1 Januari 2000")
    assert viewer.model.rowCount() == everything


# --- first start -----------------------------------------------------------------------------


def test_first_start_says_every_problem_at_once_and_stores_nothing_until_fixed(
    qtbot, db_path, language
):
    from desktop_app.views.auth_dialogs import FirstRunDialog

    dialog = _open(qtbot, FirstRunDialog())
    _on_screen(dialog)
    edits = (dialog.code, dialog.name, dialog.username, dialog.password, dialog.repeat)
    where = _geometry(dialog, (*edits, dialog.backup_key.passphrase, _ok(dialog)))
    qtbot.keyClicks(dialog.code, "1 bad!")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.name, "Dinas Kesehatan")
    qtbot.mouseClick(dialog.password, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.password, "lemah")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.repeat, "lemah")
    qtbot.mouseClick(dialog.backup_key.passphrase, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.backup_key.passphrase, "pendek")
    _click(qtbot, _ok(dialog))
    shown = [
        dialog.office_fields.errors["code"],
        dialog.account_fields.errors["password"],
        dialog.backup_key.fields.errors["passphrase"],
        dialog.backup_key.fields.errors["repeat"],
    ]
    for message in shown:
        assert message.text() and fits(message), message.objectName()
    assert dialog.focusWidget() is dialog.code and dialog.code.text() == "1 bad!"
    assert _geometry(dialog, (*edits, dialog.backup_key.passphrase, _ok(dialog))) == where
    assert office.current_office() is None and not auth.has_users()
    _retype(qtbot, dialog.code, "DINKES01")
    _retype(qtbot, dialog.password, "Kantor-Sehat-2026")
    _retype(qtbot, dialog.repeat, "Kantor-Sehat-2026")
    _retype(qtbot, dialog.backup_key.passphrase, "")
    assert all(m.text() == "" for m in shown[:3])
    _click(qtbot, _ok(dialog))
    assert office.current_office().code == "DINKES01"
    assert office.current_office().name == "Dinas Kesehatan"
    assert auth.authenticate("admin", "Kantor-Sehat-2026").username == "admin"


# --- closing without saving ------------------------------------------------------------------


@pytest.mark.parametrize("how", ["escape", "close"])
def test_a_dialog_closed_without_save_stores_nothing_typed(qtbot, staff, how):
    _admin(staff)
    before = (office.current_office().name, settings.get("idle_lock_minutes"))
    for dialog, edit in (
        (OfficeDialog(), lambda d: d.name_edit),
        (PreferencesDialog(), lambda d: d.idle.edit),
    ):
        _open(qtbot, dialog)
        _retype(qtbot, edit(dialog), "42")
        if how == "escape":
            qtbot.keyClick(edit(dialog), Qt.Key.Key_Escape)
        else:
            dialog.close()  # the window's close button
        assert not dialog.isVisible()
    assert (office.current_office().name, settings.get("idle_lock_minutes")) == before


def test_the_history_shows_no_bookkeeping_and_days_as_users_read_them(qtbot, staff, language):
    """Found in the walkthrough of issue 18: Riwayat of a new employee showed "office_code:
    DEMO01", "uid: 4c94e26e-...", "Tanggal lahir: 1990-03-15" and "TMT golongan: 2021-03-01"."""
    from desktop_app.models import Employee
    from desktop_app.views import formatting
    from desktop_app.views.admin.audit_views import HistoryDialog

    _admin(staff)
    person = Employee.get_by_id(staff["budi"])
    dialog = _open(qtbot, HistoryDialog(person.uid, person.name))
    shown = " ".join(
        dialog.model.data(dialog.model.index(r, dialog.model.CHANGES)) or ""
        for r in range(dialog.model.rowCount())
    )
    assert shown
    for internal in ("office_code", "uid:", person.uid.hex, str(person.uid), "version"):
        assert internal not in shown
    assert person.birth_date.isoformat() not in shown
    assert formatting.format_date(person.birth_date) in shown
