"""The dialogue and contract screens driven as a user does: from the Pengembangan tab, the
list of a poor performer's records, a konseling kinerja typed in (a refused date under its
field first, nothing stored), its follow-up line and the "without konseling" filter, the
printed record; from the employee record, a PPPK's contract periods typed in with an overlap
refused under its field; the contract column of the Evaluasi monitoring."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from desktop_app.models import PerformanceDialogue, PppkContract
from desktop_app.services.register import employee_queries
from desktop_app.views import print_feedback
from desktop_app.views.development import dialogue_dialog
from desktop_app.views.development import tab as development_tab
from desktop_app.views.development.tab import DevelopmentTab
from desktop_app.views.evaluation.tab import EvaluationTab
from desktop_app.views.register import contracts_dialog
from desktop_app.views.register.employee_dialog import EmployeeDialog
from tests import followup_office
from tests.followup_office import YEAR, sign_in

pytestmark = pytest.mark.gui


@pytest.fixture
def people(office):
    return followup_office.build()


def _shown(qtbot, form) -> None:
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _click_row(qtbot, table, name: str) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 1).data() == name:
            rect = table.visualRect(model.index(row, 1))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{name} is not listed")


def _save(qtbot, form) -> None:
    """Click Save (the form's accept button)."""
    box = form.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _names(table) -> list[str]:
    model = table.model()
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_counselling_typed_listed_followed_up_and_printed(qtbot, people, monkeypatch, tmp_path):
    sign_in("kabid")
    tab = DevelopmentTab()
    qtbot.addWidget(tab)
    tab.show()
    show = tab.show_filter
    show.setFocus()
    qtbot.keyClicks(show, "Konseling")
    assert _names(tab.table) == ["Budi", "Roni"]
    assert "no konseling kinerja" in tab.model.index(0, 4).data()
    qtbot.keyClicks(show, "Everyone")
    _click_row(qtbot, tab.table, "Budi")
    assert tab.dialogue_button.isEnabled()
    seen: dict[str, object] = {}

    def fill(form) -> bool:
        _shown(qtbot, form)
        assert form.kind.currentData() == "DIALOG"
        form.kind.setFocus()
        qtbot.keyClicks(form.kind, "Konseling")
        assert form.kind.currentData() == "KONSELING"
        _type(qtbot, form.held_on, "31 Juni 2026")  # no such day
        _type(qtbot, form.topic, "Capaian triwulan I di bawah ekspektasi")
        qtbot.mouseClick(
            form.findChild(type(form.add_person), "dialogueAddPerson"), Qt.MouseButton.LeftButton
        )  # nobody chosen: nothing added
        assert form.others.toPlainText() == ""
        form.picker.edit.setFocus()
        qtbot.keyClicks(form.picker.edit, "Pia")
        popup = form.picker.edit.completer().popup()
        assert popup.isVisible()
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        qtbot.mouseClick(form.add_person, Qt.MouseButton.LeftButton)
        assert form.others.toPlainText() == "Pia (NIP 19900101 202421 2 001)"
        form.others.setFocus()
        qtbot.keyClick(form.others, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(form.others, Qt.Key.Key_Return)
        qtbot.keyClicks(form.others, "Pak Joko (puskesmas)")
        _type(qtbot, form.agreement, "Rencana perbaikan; bimbingan mingguan")
        _type(qtbot, form.follow_up_on, "10/5/2026")
        form.evaluation.setFocus()
        qtbot.keyClicks(form.evaluation, "Quarter I")  # the English screen's words (issue 18)
        _save(qtbot, form)
        assert form.isVisible() and form.held_on.message.text()  # refused beside the field
        assert PerformanceDialogue.select().count() == 0
        _type(qtbot, form.held_on, "10-4-2026")
        _save(qtbot, form)
        assert not form.isVisible(), form.general.text()
        assert form.held_on.text() == "10 April 2026"  # shown as stored
        return True

    def records(dialog) -> bool:
        _shown(qtbot, dialog)
        assert "no konseling kinerja yet" in dialog.follow_up.text()
        assert dialog.model.rowCount() == 0 and not dialog.print_button.isEnabled()
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 1
        assert "konseling kinerja on 10 April 2026" in dialog.follow_up.text()
        seen["row"] = [dialog.model.index(0, c).data() for c in range(7)]
        monkeypatch.setattr(print_feedback, "open_in_system", lambda path: True)
        monkeypatch.setattr(print_feedback, "show_result", lambda box: seen.setdefault("box", box))
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        return True

    monkeypatch.setattr(dialogue_dialog, "open_form", fill)
    monkeypatch.setattr(development_tab, "open_dialog", records)
    qtbot.mouseClick(tab.dialogue_button, Qt.MouseButton.LeftButton)
    row = seen["row"]
    assert row[0] == "10 April 2026" and row[1] == "Konseling kinerja"
    assert row[4] == "10 May 2026" and row[5].startswith(("Triwulan I 2026", "Quarter I 2026"))
    stored = PerformanceDialogue.get()
    assert stored.others == "Pia (NIP 19900101 202421 2 001)\nPak Joko (puskesmas)"
    assert stored.held_on == dt.date(2026, 4, 10) and stored.follow_up_on == dt.date(2026, 5, 10)
    assert stored.evaluation_id == people.evaluations["budi_q1"]
    pdfs = sorted((tmp_path / "Cetakan").glob("dialog-kinerja_*.pdf"))
    assert pdfs, list(tmp_path.iterdir())
    text = " ".join(pypdf.PdfReader(str(pdfs[-1])).pages[0].extract_text().split())
    assert "CATATAN KONSELING KINERJA" in text and "Pak Joko (puskesmas)" in text
    show.setFocus()
    qtbot.keyClicks(show, "Konseling")
    assert _names(tab.table) == ["Roni"]  # Budi's konseling is in


def test_a_viewer_reads_records_but_cannot_write(qtbot, people):
    sign_in("lihat")
    dialog = dialogue_dialog.DialogueDialog(people.budi, "Budi", YEAR)
    _shown(qtbot, dialog)
    assert not dialog.add_button.isEnabled()
    assert "appraiser or HR" in dialog.add_button.toolTip()


def test_contracts_typed_from_the_employee_record(qtbot, people, monkeypatch):
    sign_in("staffhr")
    rows = employee_queries.list_employees()
    budi = EmployeeDialog(rows, people.budi)
    qtbot.addWidget(budi)
    assert budi.findChild(QPushButton, "pppkContracts") is None  # a PNS has no contract
    form = EmployeeDialog(rows, people.pia)
    _shown(qtbot, form)
    button = form.findChild(QPushButton, "pppkContracts")
    steps: list[str] = []

    def contract_form(edit) -> bool:
        _shown(qtbot, edit)
        if not steps:
            _type(qtbot, edit.starts, "1 Januari 2026")
            _type(qtbot, edit.ends, "31 Desember 2026")
            edit.work_time.setFocus()
            qtbot.keyClicks(edit.work_time, "Part")
            _type(qtbot, edit.decree, "800.1.13/001/BKPSDM/2026")
            _type(qtbot, edit.decree_on, "18 Desember 2025")
        else:  # a second one overlapping the first: refused under the first day
            _type(qtbot, edit.starts, "1 Desember 2026")
            _type(qtbot, edit.ends, "30 November 2027")
            _type(qtbot, edit.decree, "800.1.13/099/BKPSDM/2026")
            _save(qtbot, edit)
            assert edit.isVisible()
            assert "cannot overlap" in edit.form.errors["starts"].text()
            assert PppkContract.select().count() == 1
            _type(qtbot, edit.starts, "1 Januari 2027")
        steps.append("form")
        _save(qtbot, edit)
        assert not edit.isVisible(), edit.general.text()
        return True

    def contracts_list(dialog) -> bool:
        _shown(qtbot, dialog)
        assert dialog.model.rowCount() == 0
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 2
        assert dialog.model.index(0, 0).data() == "1 January 2027"
        assert dialog.model.index(1, 2).data() == "Part time (paruh waktu)"
        assert "Contract ends 31 December 2026. Recommendation: extend the contract." in (
            dialog.advice.text()
        )  # two clear sentences, not "ending …: Extend the contract: Annual …"
        steps.append("list")
        return True

    monkeypatch.setattr(
        contracts_dialog,
        "open_form",
        lambda d: (
            contracts_list(d)
            if isinstance(d, contracts_dialog.ContractsDialog)
            else contract_form(d)
        ),
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert steps == ["form", "form", "list"]
    stored = sorted((c.starts, c.ends, c.work_time, c.decree) for c in PppkContract.select())
    assert stored[0] == (
        dt.date(2026, 1, 1),
        dt.date(2026, 12, 31),
        "PART",
        "800.1.13/001/BKPSDM/2026",
    )
    assert stored[1][:2] == (dt.date(2027, 1, 1), dt.date(2027, 11, 30))


def test_monitoring_shows_the_contract_recommendation_for_pppk_only(qtbot, people):
    sign_in("staffhr")
    from desktop_app.services.register import contracts
    from desktop_app.services.register.contracts import ContractInput

    contracts.save_contract(
        ContractInput(people.pia, dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31), "PART", "800/1")
    )
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    model = tab.model
    column = model.columnCount() - 1
    assert model.headerData(column, Qt.Orientation.Horizontal) == "PPPK contract"
    cells = {
        model.index(r, 1).data(): model.index(r, column).data() for r in range(model.rowCount())
    }
    assert cells["Pia"] == "Extend (provisional)"
    assert cells["Budi"] == "" and cells["Roni"] == ""  # PNS, and a PPPK without contract
    row = [model.index(r, 1).data() for r in range(model.rowCount())].index("Pia")
    tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Contract ends 31 December 2026.") and "Quarter II 2026" in tip


def test_the_idp_follow_up_names_the_counselling(qtbot, people):
    from desktop_app.services.development import dialogue
    from desktop_app.services.development import idp as development
    from desktop_app.services.development.dialogue import DialogueInput
    from desktop_app.views.development.editor import IdpEditor

    sign_in("kabid")
    plan_id = development.create_plan(people.budi, YEAR)
    editor = IdpEditor(plan_id)
    qtbot.addWidget(editor)
    assert "Konseling kinerja: Quarter I 2026 none yet" in editor.follow.text()
    dialogue.save_dialogue(
        DialogueInput(
            people.budi,
            "KONSELING",
            dt.date(YEAR, 4, 10),
            "Capaian triwulan I",
            evaluation_id=people.evaluations["budi_q1"],
            development_plan_id=plan_id,
        )
    )
    again = IdpEditor(plan_id)
    qtbot.addWidget(again)
    assert "Konseling kinerja: Quarter I 2026 on 10 April 2026" in again.follow.text()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_contract_line_reads_as_sentences_of_one_colon_at_most(qtbot, people, lang):
    """Once "berakhir 31 Desember 2026: Perjanjian kerja diperpanjang: Predikat …" (issue 18)."""
    from desktop_app.i18n import translator
    from desktop_app.services.register import contracts
    from desktop_app.services.register.contracts import ContractInput

    sign_in("staffhr")
    contracts.save_contract(
        ContractInput(people.pia, dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31), "PART", "800/1")
    )
    translator.install(lang)
    try:
        dialog = contracts_dialog.ContractsDialog(people.pia, "Pia")
        qtbot.addWidget(dialog)
        text = dialog.advice.text()
    finally:
        translator.install("en")
    first = {
        "id": "Perjanjian kerja berakhir 31 Desember 2026. Rekomendasi: perjanjian kerja "
        "diperpanjang. ",
        "en": "Contract ends 31 December 2026. Recommendation: extend the contract. ",
    }[lang]
    assert text.startswith(first), text
    sentences = [part for part in text.split(". ") if part]
    assert len(sentences) >= 3 and all(part.count(":") <= 1 for part in sentences), text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_register_row_keeps_the_room_the_other_rows_keep(qtbot, people, lang):
    """ "Dari daftar pegawai" once touched "Topik yang dibahas" below it, where every other row
    has a message line's room under it (issue 18)."""
    from desktop_app.i18n import translator
    from desktop_app.views.development.dialogue_dialog import DialogueForm

    sign_in("staffhr")
    translator.install(lang)
    try:
        form = DialogueForm(people.pia)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        qtbot.wait(20)
    finally:
        translator.install("en")

    def gap(upper, lower) -> int:  # type: ignore[no-untyped-def]
        top = lower.mapTo(form, lower.rect().topLeft()).y()
        return top - upper.mapTo(form, upper.rect().bottomLeft()).y()

    usual = gap(form.held_on, form.others)  # a field, its message line, the next field
    assert usual > 10
    assert abs(gap(form.picker, form.topic) - usual) <= 4


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_evaluation_followed_up_is_named_in_the_screens_language(
    qtbot, demo_templates, tmp_path, lang
):
    """English screens once read "Triwulan I 2025 (Butuh Perbaikan)" (issue 18)."""
    from desktop_app.i18n import translator
    from tests.views.dialog_cases import CASES

    demo_templates.open_copy(tmp_path / "kinerja.sqlite", 60, seed=1)
    translator.install(lang)
    try:
        form = CASES["DialogueForm"](tmp_path)
        qtbot.addWidget(form)
        items = [form.evaluation.itemText(n) for n in range(1, form.evaluation.count())]
    finally:
        translator.install("en")
    assert items
    word, other = ("Quarter", "Triwulan") if lang == "en" else ("Triwulan", "Quarter")
    assert any(word in item for item in items), items
    assert not any(other in item for item in items), items
