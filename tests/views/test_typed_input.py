"""The typed-input kit as a user meets it (issue 18): values typed into the SKP, IDP and
evaluation editors' cells and fields, left every way a user leaves them, are stored exactly
(read back from the database and from the printed PDF) or refused with a message beside them,
the typed text kept and nothing stored changed."""

# ruff: noqa: F811  (the `staff` fixture of test_skp is imported and used by name)
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desktop_app.errors import FieldErrors
from desktop_app.services import auth, session
from desktop_app.services.reports import forms
from desktop_app.services.skp import plans
from desktop_app.services.skp.choices import aspect_choices
from desktop_app.views import formatting
from desktop_app.views.skp.editor import SkpEditor
from desktop_app.views.typed_input.delegates import ERROR_ROLE
from desktop_app.views.typed_input.kinds import JP, RUPIAH, TARGET, Refused
from tests.views.keyboard import LEAVES, activate, leave_cell, open_cell, pdf_text, type_into_cell
from tests.views.test_skp import PASSWORD, staff  # noqa: F401 (the fixture)

pytestmark = pytest.mark.gui


def _skp_editor(qtbot, plan_id: int) -> SkpEditor:
    editor = SkpEditor(plan_id)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    return editor


def _stored_indicator(plan_id: int):
    return plans.get_plan(plan_id).data.results[0].indicators[0]


@pytest.mark.parametrize("leave", LEAVES)
@pytest.mark.parametrize("how", ["f2", "double"])
def test_an_aspect_chosen_in_the_table_is_stored_however_the_cell_is_left(qtbot, staff, leave, how):
    """Defect 1 of issue 18: Kuantitas -> another aspect showed "Saved" but stayed Kuantitas
    (the view re-read the combo from the old key between the delegate's two writes)."""
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    plan_id = staff["kabid_plan"]
    editor = _skp_editor(qtbot, plan_id)
    combo = open_cell(qtbot, editor.indicator_table, 0, editor.ASPECT, how)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    chosen, code = combo.currentText(), combo.currentData()
    assert code != "KUANTITAS"
    leave_cell(qtbot, combo, leave, editor.result_text, editor)
    if leave != "close":
        assert editor.indicator_model.item(0, editor.ASPECT).text() == chosen
        qtbot.waitUntil(lambda: editor.saved_label.text() == "Saved", timeout=5000)
    assert _stored_indicator(plan_id).aspect == code
    again = _skp_editor(qtbot, plan_id)
    assert again.indicator_model.item(0, again.ASPECT).text() == chosen
    official = dict(aspect_choices())[code]  # the form prints the official word ("Waktu")
    assert official in pdf_text(forms.build_skp, plan_id)


@pytest.mark.parametrize(
    "typed", ["abc", "99999999999999999999999", "sembilan puluh", "12 usulan", "-4"]
)
def test_a_bad_quantitative_target_is_refused_beside_the_cell_and_nothing_changes(
    qtbot,
    staff,
    typed,
):
    """Defect 5 of issue 18: "abc" or 99999999999999999999999 was saved, submitted, printed."""
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    plan_id = staff["kabid_plan"]
    editor = _skp_editor(qtbot, plan_id)
    table = editor.indicator_table
    cell = open_cell(qtbot, table, 0, editor.TARGET)
    type_into_cell(qtbot, cell, typed)
    assert editor.cell_message.text()  # beside the table while typing
    height, table_at = editor.cell_message.height(), editor.indicator_table.geometry()
    leave_cell(qtbot, cell, "tab", editor.result_text, editor)
    shown = editor.indicator_model.item(0, editor.TARGET)
    assert shown.text() == typed  # the typed text is kept
    assert shown.data(ERROR_ROLE)
    qtbot.waitUntil(lambda: editor.saved_label.text() == "Not saved", timeout=5000)
    assert "Indicator 1" in editor.cell_message.text()  # still beside the table
    if typed.isdigit():  # the message quotes the number as typed, not a float near it
        assert f"{int(typed):,}" in editor.cell_message.text()
    assert editor.cell_message.height() == height  # the message never moved the layout
    assert editor.indicator_table.geometry() == table_at
    assert _stored_indicator(plan_id).target_value == "500"
    editor.close()
    assert editor.isVisible()  # a refused value keeps the editor open to fix it
    assert _stored_indicator(plan_id).target_value == "500"
    cell = open_cell(qtbot, table, 0, editor.TARGET, "double")
    type_into_cell(qtbot, cell, "1.500.000")  # as the office writes it, also in English
    assert editor.cell_message.text() == ""  # cleared once fixed
    leave_cell(qtbot, cell, "enter", editor.result_text, editor)
    assert shown.text() == formatting.format_number(1_500_000)  # in the interface language
    qtbot.waitUntil(lambda: editor.saved_label.text() == "Saved", timeout=5000)
    assert editor.error.text() == ""  # the line stays, empty
    assert _stored_indicator(plan_id).target_value == "1500000"
    assert "1500000" in pdf_text(forms.build_skp, plan_id).replace(".", "")


def test_the_service_refuses_a_bad_target_from_any_writer(staff):
    """The service refuses to store a target that is no number or outside its unit's range
    (`scoring.target_units`), whoever writes it; what is stored stays as it was. (Before,
    a draft kept it and only Ajukan refused it.)"""
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    plan_id = staff["kabid_plan"]
    data = plans.get_plan(plan_id).data
    stored = data.results[0].indicators[0].target_value
    for bad, unit in (
        ("abc", "dokumen"),
        ("99999999999999999999999", "dokumen"),
        ("-1", "dokumen"),
        ("1e5", "dokumen"),
        ("150", "persen"),
        ("2.5", "laporan"),
        ("13", "bulan"),
    ):
        data.results[0].indicators[0].target_value = bad
        data.results[0].indicators[0].target_unit = unit
        with pytest.raises(FieldErrors, match="target"):
            plans.save_plan(plan_id, data)
        assert plans.get_plan(plan_id).data.results[0].indicators[0].target_value == stored
        assert plans.get_plan(plan_id).status == plans.DRAFT


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("Rp 1.800.000,00", 1_800_000),
        ("1.800.000", 1_800_000),
        ("1800000", 1_800_000),
        ("Rp1,8 juta", 1_800_000),
        ("Rp 750 rb", 750_000),
        ("Rp 1.800.000,-", 1_800_000),
        ("1,800,000", 1_800_000),  # as the English screens show it
        ("", None),
    ],
)
def test_rupiah_accepted(typed, value):
    assert RUPIAH.read(typed) == value


@pytest.mark.parametrize(
    "typed", ["seribu rupiah", "Rp 1.800.000,50", "Rp 1.000.000.000.000", "-5", "Rp", "1.8 juta"]
)
def test_rupiah_refused(typed):
    with pytest.raises(Refused):
        RUPIAH.read(typed)


def test_target_and_jp_ranges():
    assert TARGET.read("1.000.000.000") == Decimal(10**9)
    with pytest.raises(Refused):
        TARGET.read("1.000.000.001")
    assert JP.read("12,5 JP") == Decimal("12.5")
    with pytest.raises(Refused):
        JP.read("99.999.999")


def test_numbers_are_read_in_the_interface_language():
    """Indonesian screens read only "1.234,5"; English ones "1,234.5" first, then the way the
    office writes on paper ("1.800.000")."""
    from PySide6.QtCore import QLocale

    from desktop_app.views.typed_input.kinds import DECIMAL

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        assert DECIMAL.read("1.500") == Decimal(1500)
        assert DECIMAL.read("2,5") == Decimal("2.5")
        assert DECIMAL.text(Decimal("1234.5")) == "1.234,5"
        with pytest.raises(Refused, match=r"koma|comma"):
            DECIMAL.read("1.5")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert DECIMAL.read("1.5") == Decimal("1.5")
        assert DECIMAL.read("1,234.5") == Decimal("1234.5")
        assert DECIMAL.read("1.800.000") == Decimal(1800000)
    finally:
        QLocale.setDefault(before)


def test_a_typed_field_shows_its_message_beside_it_without_moving_anything(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from desktop_app.views.typed_input.fields import TypedField

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    field = TypedField(RUPIAH)
    below = QWidget()
    layout.addWidget(field)
    layout.addWidget(below)
    activate(qtbot, window)
    before = (field.edit.geometry(), below.geometry())
    qtbot.keyClicks(field.edit, "seribu rupiah")
    assert "seribu rupiah" in field.message.text()
    assert (field.edit.geometry(), below.geometry()) == before  # nothing moved
    assert field.edit.text() == "seribu rupiah"  # kept as typed
    with pytest.raises(Refused):
        field.value()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "Rp 1.800.000,00")
    assert field.message.text() == "" and field.value() == 1_800_000
    assert (field.edit.geometry(), below.geometry()) == before


def test_saved_is_shown_only_when_the_database_holds_what_is_shown(qtbot, staff, monkeypatch):
    """ "Tersimpan" is said after reading the SKP back: a store that drops a change (as the
    lost Aspek did) shows "Not saved" and says so."""
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    plan_id = staff["kabid_plan"]
    real_save = plans.save_plan

    def losing_the_aspect(pid, data):
        for result in data.results:
            for indicator in result.indicators:
                indicator.aspect = "KUANTITAS"
        real_save(pid, data)

    editor = _skp_editor(qtbot, plan_id)
    monkeypatch.setattr(plans, "save_plan", lambda pid, data: losing_the_aspect(pid, _copy(data)))
    combo = open_cell(qtbot, editor.indicator_table, 0, editor.ASPECT)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    leave_cell(qtbot, combo, "tab", editor.result_text, editor)
    qtbot.waitUntil(lambda: editor.saved_label.text() == "Not saved", timeout=5000)
    assert "differs" in editor.error.text()


def _copy(data):
    import copy

    return copy.deepcopy(data)
