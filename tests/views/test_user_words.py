"""User words only in the history and audit viewers (issue 18, defect 9): a demo office with a
rich history (the demo's workflow steps, edits in the register, a new account, settings, an
Excel import, a sync package imported at the central office) and every text the viewers show,
scanned for internal names (tests/views/internal_names.py). The scan is shown to fail on an
internal name planted in the service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop_app.i18n import translator
from desktop_app.models import Employee, Evaluation, PerformancePlan
from desktop_app.models.audit import acting_as
from desktop_app.models.database import close_database, open_database
from desktop_app.models.development import DevelopmentPlan
from desktop_app.services import audit_labels, auth, session, settings
from desktop_app.services.register import employees
from desktop_app.services.register.employee_export import export_employees
from desktop_app.services.register.employee_import_apply import apply_import
from desktop_app.services.register.employee_import_preview import read_file
from desktop_app.views.admin.audit_views import AuditTableModel, AuditViewer, HistoryDialog
from desktop_app.views.development.editor import IdpEditor
from desktop_app.views.evaluation.editor import EvaluationEditor
from desktop_app.views.skp.editor import SkpEditor
from desktop_app.views.sync.central.history_page import HistoryPage as CentralHistoryPage
from tests.sync.conftest import sites, using  # noqa: F401  (the sites fixture)
from tests.views.internal_names import internal_names, patterns, widget_texts

ADMIN = ("admin", "Kunci-Utama-2026")


def _sign_in_admin() -> None:
    session.sign_in_as(auth.authenticate(*ADMIN))


def _make_history(office: Path, central: Path, sites_) -> dict[str, int]:
    """Edits, an account, settings, an Excel import and a package imported centrally."""
    with using(office):
        _sign_in_admin()
        staff = [e for e in Employee.select() if e.supervisor and e.supervisor.supervisor]
        first = staff[-1]
        people = [first, *Employee.select().where(Employee.id != first.id).limit(3)]
        detail = employees.get_employee(first.id)
        detail.name = detail.name + " Putra"
        detail.supervisor_id = first.supervisor.supervisor.id  # up one level
        detail.notes = "Dipindahkan sementara"
        detail.grade_since = dt.date(2021, 4, 1)
        employees.save_employee(detail, first.id)
        with acting_as("cli:root"):  # as `main.py` commands do
            employees.set_active(first.id, False, "Mutasi ke dinas lain")
            employees.set_active(first.id, True)
        auth.create_user("petugas", "Rahasia-Kepegawaian-2026", "hr", full_name="Rina Petugas")
        settings.update_preferences(10, 12)
        settings.update_report_options("F4", "Sleman")
        sheet_file = office.parent / "pegawai.xlsx"
        export_employees(sheet_file, [p.id for p in people[:3]])
        book = openpyxl.load_workbook(sheet_file)
        sheet = book.worksheets[0]
        header = [str(c.value or "") for c in sheet[1]]
        phone = next(i for i, h in enumerate(header, 1) if "telepon" in h.lower())
        sheet.cell(row=2, column=phone, value="0812 3456 7890")
        book.save(sheet_file)
        assert apply_import(read_file(sheet_file)).updated >= 1
        ids = {
            "employee": first.id,
            "plan": PerformancePlan.select().where(PerformancePlan.status == "APPROVED").get().id,
            "evaluation": Evaluation.select().where(Evaluation.status == "FINAL").get().id,
            "idp": DevelopmentPlan.select().where(DevelopmentPlan.status == "AGREED").get().id,
            "record": employees.record_uid(first.id),
        }
        session.sign_in_as(None)
    sites_.import_(sites_.export())
    with using(central):
        auth.create_user("pusat", "Rahasia-Induk-2026x", "admin", full_name="Admin Pusat")
    return ids


@pytest.fixture
def history(sites) -> Iterator[tuple[object, dict[str, int]]]:  # noqa: F811
    ids = _make_history(sites.office, sites.central, sites)
    yield sites, ids
    close_database()


def _office_texts(qtbot, ids: dict[str, int]) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    viewer = AuditViewer()
    qtbot.addWidget(viewer)
    # the demo's creations (one bulk entry per table since issue 26), steps and today's edits
    assert viewer.model.rowCount() > 20
    texts += widget_texts(viewer, "audit viewer")
    for row in range(0, viewer.model.rowCount(), 3):  # the details line of some entries
        viewer.table.selectRow(row)
        texts.append((f"audit viewer details {row}", viewer.details.text()))
    dialog = HistoryDialog(ids["record"], "Riwayat")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() >= 3  # created, edited, imported
    texts += widget_texts(dialog, "employee history")
    for editor, tab in (
        (SkpEditor(ids["plan"]), "SKP history"),
        (EvaluationEditor(ids["evaluation"]), "evaluation history"),
        (IdpEditor(ids["idp"]), "IDP history"),
    ):
        qtbot.addWidget(editor)
        page = editor.tabs.widget(editor.tabs.count() - 1)
        tables = [t for _w, t in widget_texts(page, tab)]
        assert len(tables) > 4, f"{tab} shows nothing"
        texts += widget_texts(page, tab)
    return texts


def _central_texts(qtbot) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    page = CentralHistoryPage()
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 1
    texts += widget_texts(page, "central import history")
    viewer = AuditViewer()
    qtbot.addWidget(viewer)
    assert viewer.model.rowCount() >= 3  # the central identity, offices, accounts
    texts += widget_texts(viewer, "central audit viewer")
    return texts


def _scan(qtbot, sites_, ids, *, english: bool) -> list[str]:
    found = []
    close_database()
    open_database(sites_.office)
    _sign_in_admin()
    texts = _office_texts(qtbot, ids)
    close_database()
    open_database(sites_.central)
    session.sign_in_as(auth.authenticate("pusat", "Rahasia-Induk-2026x"))
    texts += _central_texts(qtbot)
    rules = patterns()
    if english:  # "unit", "period" are English words; the table-name rule is for Indonesian
        rules.pop("table name")
    found = internal_names(texts, rules)
    return found


def test_viewers_show_no_internal_name_in_indonesian(qtbot, qapp, history) -> None:
    sites_, ids = history
    translator.install("id")
    try:
        found = _scan(qtbot, sites_, ids, english=False)
    finally:
        translator.install("en")
    assert found == [], "\n".join(found[:40])


def test_viewers_show_no_internal_name_in_english(qtbot, qapp, history) -> None:
    sites_, ids = history
    found = _scan(qtbot, sites_, ids, english=True)
    assert found == [], "\n".join(found[:40])


def test_the_history_reads_as_words(qtbot, qapp, history) -> None:
    """What the scan cannot see: the right words are there (labels, names, dates)."""
    sites_, ids = history
    translator.install("id")
    try:
        close_database()
        open_database(sites_.office)
        _sign_in_admin()
        dialog = HistoryDialog(ids["record"], "Riwayat")
        qtbot.addWidget(dialog)
        rows = [
            [dialog.model.index(r, c).data() for c in range(dialog.model.columnCount())]
            for r in range(dialog.model.rowCount())
        ]
        created, edited = rows[0], rows[1]
        assert created[AuditTableModel.WHO] == "program"  # the demo generator
        assert created[AuditTableModel.ACTION] == "dibuat"
        assert edited[AuditTableModel.WHO] == "Demo ADMIN"  # the full name, not the account name
        by_command = [r for r in rows if "Alasan tidak aktif: — → Mutasi" in r[5]]
        assert by_command and by_command[0][AuditTableModel.WHO] == "baris perintah (root)"
        changes = edited[AuditTableModel.CHANGES]
        assert "Atasan langsung: " in changes and "TMT golongan: " in changes
        assert "1 April 2021" in changes  # a date as people write it
        assert any("Telepon: " in r[AuditTableModel.CHANGES] for r in rows[2:])
        viewer = AuditViewer()
        qtbot.addWidget(viewer)
        users = [viewer.actor.itemText(i) for i in range(viewer.actor.count())]
        assert "baris perintah (root)" in users and "cli:root" not in users
        roles = [
            viewer.model.index(r, AuditTableModel.CHANGES).data()
            for r in range(viewer.model.rowCount())
            if viewer.model.index(r, AuditTableModel.RECORD).data() == "Rina Petugas"
        ]
        assert any("Peran: Bagian Kepegawaian" in text for text in roles)
    finally:
        translator.install("en")


def test_the_scan_fails_on_a_planted_internal_name(qtbot, qapp, history, monkeypatch) -> None:
    """A table name and a raw actor planted in the service reach the viewers and are caught."""
    sites_, ids = history
    monkeypatch.setitem(audit_labels.ENTITY_LABELS, "employee", "employee")
    monkeypatch.setitem(audit_labels.FIELD_LABELS, "grade_since", "grade_since")
    from desktop_app.services import audit_rows

    monkeypatch.setattr(audit_rows, "_actor", lambda name, people: name)
    translator.install("id")
    try:
        found = _scan(qtbot, sites_, ids, english=False)
    finally:
        translator.install("en")
    text = "\n".join(found)
    assert "table name 'employee'" in text
    assert "'grade_since'" in text
    assert "command-line actor 'system'" in text


@pytest.mark.parametrize(
    "shown",
    [
        "Atasan langsung: 10 → supervisor: 12",
        "Peran: (hr)",
        "cli:root",
        "2026-12-03",
        "79c9c135-0cb7-4a3f-90df-553b3794d992",
        "Status: DRAFT → SUBMITTED",
        "office_code: DEMO01",
        "Sejak versi",
        "Periode: 2026-Q1",
    ],
)
def test_each_pattern_catches_its_internal_name(shown: str) -> None:
    assert internal_names([("cell", shown)]) != []


@pytest.mark.parametrize(
    "shown",
    [
        "Atasan langsung: Budi Santoso → Hartono",
        "Peran: Bagian Kepegawaian",
        "baris perintah (root)",
        "3 Desember 2026 14:05",
        "Status: Draf → Diajukan",
        "Realisasi belum mencapai target; susun langkah perbaikan bersama atasan.",
    ],
)
def test_user_words_pass(shown: str) -> None:
    assert internal_names([("cell", shown)]) == []
