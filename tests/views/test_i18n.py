"""Translations: every string shown to the user has an Indonesian translation, placeholders
survive translation, Qt's own buttons are Indonesian, and the language can be switched."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from desktop_app.i18n import extract, translator

CATALOGUE = extract.CATALOGUES[0]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def _messages(ts: Path):
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            yield name, message.findtext("source"), translation.get("type"), forms


def test_every_source_string_has_an_indonesian_translation(tmp_path):
    fresh = tmp_path / "kinerja_id.ts"
    shutil.copy(CATALOGUE, fresh)
    extract.update(fresh)  # what the code holds now, with the translations we have
    missing = [
        f"{ctx}: {src!r}"
        for ctx, src, kind, forms in _messages(fresh)
        if kind in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms)
    ]
    assert missing == [], f"{len(missing)} string(s) without Indonesian translation"


def test_translations_keep_every_placeholder():
    wrong = []
    for ctx, src, _kind, forms in _messages(CATALOGUE):
        wanted = sorted(set(PLACEHOLDER.findall(src or "")))
        for form in forms:
            if form and sorted(set(PLACEHOLDER.findall(form))) != wanted:
                wrong.append(f"{ctx}: {src!r} -> {form!r}")
    assert wrong == []


@pytest.fixture
def indonesian(qapp):
    translator.install("id")
    yield
    translator.install("en")


def test_qt_standard_buttons_are_translated(indonesian, qtbot):
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    texts = [a.text().split("\t")[0] for a in edit.createStandardContextMenu().actions()]
    assert "&Salin" in texts and "T&empel" in texts


def test_indonesian_is_default_and_english_switchable(qapp, db_path, admin, answer_dialogs, qtbot):
    from desktop_app.views.controller import AppController

    controller = AppController(qapp, db_path)
    assert controller.lang == "id"
    assert controller.start()
    qtbot.addWidget(controller.window)
    tabs = controller.window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Pegawai",
        "Sasaran Kinerja (SKP)",
        "Evaluasi",
        "Pengembangan",
        "Progres Harian",
    ]
    controller.set_language("en")
    qtbot.addWidget(controller.window)
    tabs = controller.window.tabs
    assert tabs.tabText(0) == "Employees"
    assert controller.window.menuBar().actions()[0].text() == "&File"
    controller.set_language("id")
    qtbot.addWidget(controller.window)
    assert controller.window.menuBar().actions()[0].text() == "&Berkas"
    controller.window.close()
    translator.install("en")


def test_service_errors_show_in_indonesian(indonesian, office):
    from desktop_app.errors import FieldErrors
    from desktop_app.services.register import employees, units
    from desktop_app.services.register.employees import EmployeeInput
    from desktop_app.views.messages import error_text

    units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    with pytest.raises(FieldErrors) as caught:
        employees.save_employee(EmployeeInput("198609262015051001", "Budi", "", None))
    unit_text = error_text(caught.value.errors["unit"])
    grade_text = error_text(caught.value.errors["grade"])
    assert unit_text != "Choose the employee's unit." and "unit" in unit_text.lower()
    assert grade_text != "Choose the golongan." and "golongan" in grade_text.lower()
    with pytest.raises(FieldErrors) as caught:
        units.save_unit(units.UnitInput("dinkes", "Lagi", "DINAS"))
    assert "already used" not in error_text(caught.value.errors["code"])


def test_history_field_names_and_password_rules_show_in_indonesian(indonesian, office):
    from desktop_app.errors import FieldErrors
    from desktop_app.services import auth
    from desktop_app.views.admin.audit_views import entity_names, field_names
    from desktop_app.views.messages import error_text

    assert field_names()["supervisor"] == "Atasan langsung"
    assert entity_names()["employee"] == "Pegawai"
    with pytest.raises(FieldErrors) as caught:
        auth.create_user("admin", "lemah", "admin")
    text = error_text(caught.value.errors["password"])
    assert "at least" not in text and "characters" not in text
    assert "10" in text  # the minimum length survives translation


def _history_count(qtbot, employee_id: int) -> str:
    from PySide6.QtWidgets import QLabel

    from desktop_app.models import Employee
    from desktop_app.views.admin.audit_views import HistoryDialog

    employee = Employee.get_by_id(employee_id)
    dialog = HistoryDialog(str(employee.uid), employee.name)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    return next(t for t in texts if "change" in t or "perubahan" in t)


def test_english_says_one_change_and_two_changes(qapp, qtbot, admin, admin_password):
    """English loads its catalogue of plural forms: "1 change", never "1 changes" or
    "1 change(s)"; Indonesian has one form ("1 perubahan")."""
    from desktop_app.services import auth, session
    from desktop_app.services.register import employees, units
    from desktop_app.services.register.employees import EmployeeInput

    session.sign_in_as(auth.authenticate("admin", admin_password))
    unit = units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    employee = employees.save_employee(
        EmployeeInput("198609262015051001", "Budi Santoso", "III/a", unit)
    )
    try:
        translator.install("en")
        assert translator.catalogues("en") == ("kinerja_en.qm",)
        assert len(translator._installed) == 1  # found in resources/translations
        assert _history_count(qtbot, employee) == "1 change"
        detail = employees.get_employee(employee)
        detail.name = "Budi Santoso Putra"
        employees.save_employee(detail, employee)
        assert _history_count(qtbot, employee) == "2 changes"
        translator.install("id")
        assert _history_count(qtbot, employee) == "2 perubahan"
    finally:
        translator.install("en")
