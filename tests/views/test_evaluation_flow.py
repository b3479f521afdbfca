"""One quarter evaluated end to end through the screens for a unit of ten: the employee's
self-assessment, realisasi with a phrase and an evidence file, the two ratings with the
predikat following the matrix, finalise; the distribution panel finds the unit out of pattern;
re-open with a reason; and a keberatan that ends in the atasan's final decision."""

from __future__ import annotations

import pytest

from desktop_app.scoring import Predikat, Rating, predikat
from desktop_app.services import auth, periods, session
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.skp.plans import IndicatorInput
from desktop_app.views.evaluation import editor as evaluation_editor
from desktop_app.views.evaluation import pages as evaluation_pages
from desktop_app.views.evaluation import tab as evaluation_tab
from desktop_app.views.evaluation.distribution_panel import DistributionDialog
from desktop_app.views.evaluation.editor import EvaluationEditor
from desktop_app.views.evaluation.tab import EvaluationTab
from tests.builders import approved_skp

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _in_the_first_quarter(monkeypatch):
    """The Evaluasi tab opens on the period that holds today: these tests work in Triwulan I."""
    import datetime as dt

    from desktop_app.views.evaluation import tab as evaluation_tab_module

    monkeypatch.setattr(evaluation_tab_module, "today", lambda: dt.date(2026, 2, 10))


PASSWORD = "Rahasia-Kantor-2026"
Q1 = "2026-Q1"
A, S, B = Rating.DI_ATAS.value, Rating.SESUAI.value, Rating.DI_BAWAH.value
# eight Sangat Baik of ten under an organisation predikat Baik: out of pattern
RATINGS = [(A, A)] * 8 + [(S, S), (B, S)]


@pytest.fixture
def unit_of_ten(office):
    unit = unit_service.save_unit(unit_service.UnitInput("PKM01", "Puskesmas Uji", "PUSKESMAS"))
    kadis = employees.save_employee(EmployeeInput("197001012000031001", "Kadis", "IV/c", unit))
    kapus = employees.save_employee(
        EmployeeInput(
            "197102022000032002", "Kapus", "IV/a", unit, supervisor_id=kadis, appraiser_id=kadis
        )
    )
    ten = [
        employees.save_employee(
            EmployeeInput(
                f"19{80 + i:02d}0101201001{1 + i % 2}{i + 1:03d}",
                f"Staf {i:02d}",
                "III/a",
                unit,
                supervisor_id=kapus,
                appraiser_id=kapus,
                position_name="Pengelola Data",
                position_type="PELAKSANA",
            )
        )
        for i in range(10)
    ]
    periods.open_period(2026)
    for employee_id in ten:
        approved_skp(
            employee_id,
            2026,
            rhk="Pelayanan pasien sesuai standar",
            indicators=[
                IndicatorInput("KUANTITAS", "Pasien dilayani", "900", "pasien"),
                IndicatorInput("WAKTU", "Waktu tunggu", "30", "menit"),
            ],
            parent_text="Mutu layanan Puskesmas",
        )
    auth.create_user("staffhr", PASSWORD, "hr")
    auth.create_user("kapus", PASSWORD, "supervisor", kapus)
    auth.create_user("kadis", PASSWORD, "supervisor", kadis)
    auth.create_user("staf00", PASSWORD, "viewer", ten[0])
    return {"unit": unit, "ten": ten}


def _as(username: str) -> None:
    session.sign_in_as(auth.authenticate(username, PASSWORD))


def _row_of(tab: EvaluationTab, employee_id: int) -> int:
    return next(
        r for r in range(tab.model.rowCount()) if tab.model.row_at(r).employee_id == employee_id
    )


def test_a_quarter_for_a_unit_of_ten(qtbot, unit_of_ten, tmp_path, monkeypatch):
    ten = unit_of_ten["ten"]
    # the employee writes a self-assessment first, which the penilai then reads
    _as("kapus")
    first = evaluations.open_evaluation(ten[0], Q1)
    _as("staf00")
    own = EvaluationEditor(first)
    qtbot.addWidget(own)
    assert own.save_button.isHidden() and not own.rating_hasil.isEnabled()
    own.input_page.self_assessment.setPlainText("Semua pasien terlayani; antrean pagi padat.")
    own.input_page.store_self_assessment()
    assert own.error.text() == ""

    _as("kapus")
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    assert tab.period.currentData() == Q1 and tab.model.rowCount() == 11  # Kapus + ten
    evidence = tmp_path / "laporan-q1.pdf"
    evidence.write_bytes(b"%PDF-1.4 laporan")
    monkeypatch.setattr(evaluation_editor, "ask_evidence_path", lambda parent: str(evidence))
    opened = []
    monkeypatch.setattr(evaluation_editor, "open_file", opened.append)
    shown: dict[int, str] = {}

    def evaluate(editor: EvaluationEditor) -> bool:
        qtbot.addWidget(editor)
        n = ten.index(editor.detail.employee_id)
        model = editor.indicator_model
        assert model.rowCount() == 2
        for row, value in enumerate(("930 pasien", "25 menit")):
            model.item(row, editor.REALISASI).setText(value)
            model.item(row, editor.BUKTI).setText("Register rawat jalan")
        editor.indicators.setCurrentIndex(model.index(0, editor.FEEDBACK))
        phrase = editor.result_phrases.phrases()[1]
        editor.result_phrases.use(phrase)
        assert model.item(0, editor.FEEDBACK).text() == phrase
        editor.behaviour_phrases[1].use(editor.behaviour_phrases[1].phrases()[0])
        if n == 0:
            assert "antrean pagi" in editor.input_page.self_assessment.toPlainText()
            assert editor.input_page.self_assessment.isReadOnly()
            editor.input_page.source.setCurrentIndex(1)
            editor.input_page.author.setText("Perawat Sari")
            editor.input_page.text.setText("Membimbing perawat baru.")
            editor.input_page.add_note()
            assert editor.input_page.notes_model.rowCount() == 1
            editor.attach()  # typed text is saved first, then the file is copied in
            assert model.item(0, editor.FILE).text().endswith("laporan-q1.pdf")
            assert model.item(0, editor.REALISASI).text() == "930 pasien"
            editor.open_evidence()
            assert opened and opened[0].read_bytes() == evidence.read_bytes()
        hasil, perilaku = RATINGS[n]
        editor.rating_hasil.setCurrentIndex(editor.rating_hasil.findData(hasil))
        editor.rating_perilaku.setCurrentIndex(editor.rating_perilaku.findData(perilaku))
        shown[n] = editor.predikat.text()
        editor.finalize()
        assert editor.detail.status == evaluations.FINAL, editor.error.text()
        return True

    monkeypatch.setattr(evaluation_tab, "open_dialog", evaluate)
    for employee_id in ten:
        tab.table.selectRow(_row_of(tab, employee_id))
        tab.open_current()
    for n, (hasil, perilaku) in enumerate(RATINGS):
        assert shown[n] == f"<b>{predikat(hasil, perilaku).label}</b>"
    finals = [tab.model.row_at(_row_of(tab, e)) for e in ten]
    assert all(r.state == evaluations.FINALISED for r in finals)
    assert [r.predikat for r in finals] == [predikat(h, p).value for h, p in RATINGS]
    detail = evaluations.get_evaluation(first)
    assert detail.indicators[0].evidence_sha256 and detail.self_assessment

    # HR sets the organisation predikat: the panel finds the unit out of pattern
    _as("staffhr")
    panel = DistributionDialog(Q1)
    qtbot.addWidget(panel)
    panel.unit.setCurrentIndex(panel.unit.findData(unit_of_ten["unit"]))
    panel.org.setCurrentIndex(panel.org.findData("BAIK"))
    assert evaluations.org_result(unit_of_ten["unit"], Q1) == "BAIK"
    summary = panel.chart.summary
    assert summary.counts[Predikat.SANGAT_BAIK] == 8 and summary.findings
    text = panel.findings.text()
    assert "Sangat Baik" in text and "8" in text

    # the penilai re-opens one with a reason and lowers it
    _as("kapus")
    editor = EvaluationEditor(evaluations.evaluation_id_for(ten[1], Q1))
    qtbot.addWidget(editor)
    monkeypatch.setattr(evaluation_editor, "ask_reason", lambda *a: "Bukti tidak lengkap")
    editor.reopen()
    assert editor.detail.status == evaluations.DRAFT and editor.rating_hasil.isEnabled()
    editor.rating_hasil.setCurrentIndex(editor.rating_hasil.findData(S))
    editor.finalize()
    assert editor.detail.predikat == predikat(S, A).value
    assert [s.reason for s in editor.detail.history][-2] == "Bukti tidak lengkap"


def test_keberatan_ends_in_the_atasans_final_decision(qtbot, unit_of_ten, monkeypatch):
    ten = unit_of_ten["ten"]
    _as("kapus")
    evaluation_id = evaluations.open_evaluation(ten[0], Q1)
    data = evaluations.get_evaluation(evaluation_id).data
    data.rating_hasil, data.rating_perilaku = B, S
    evaluations.save_evaluation(evaluation_id, data)
    evaluations.finalize(evaluation_id)

    _as("staf00")  # the employee objects within 14 days
    editor = EvaluationEditor(evaluation_id)
    qtbot.addWidget(editor)
    page = editor.objection_page
    assert not page.file_button.isHidden() and page.explain_button.isHidden()
    assert "may object until" in page.deadline.text()
    page.objection.setPlainText("Layanan malam hari belum dihitung.")
    page.file()
    assert editor.detail.objection and page.file_button.isHidden()

    _as("kapus")  # the penilai explains; the decision is not theirs
    editor = EvaluationEditor(evaluation_id)
    qtbot.addWidget(editor)
    page = editor.objection_page
    assert page.decide_button.isHidden()
    page.explanation.setPlainText("Layanan malam tidak tercatat di register.")
    page.explain()
    assert editor.detail.explanation and page.explain_button.isHidden()

    _as("kadis")  # the atasan penilai decides, finally
    editor = EvaluationEditor(evaluation_id)
    qtbot.addWidget(editor)
    page = editor.objection_page
    assert not page.decide_button.isHidden()
    page.decision.setPlainText("Diterima: register malam ditemukan.")
    page.decided_hasil.setCurrentIndex(page.decided_hasil.findData(S))
    monkeypatch.setattr(evaluation_pages.messages, "confirm", lambda *a: True)
    page.decide()
    assert editor.error.text() == ""
    detail = editor.detail
    assert detail.decision and detail.predikat == predikat(S, S).value
    assert [s.to_status for s in detail.history][-3:] == [
        evaluations.OBJECTION,
        evaluations.EXPLANATION,
        evaluations.DECISION,
    ]
    assert page.decide_button.isHidden() and "final" in page.deadline.text()
    assert editor.history_page.model.rowCount() == len(detail.history)


def test_annual_page_sets_the_periods_side_by_side_and_warns(qtbot, unit_of_ten):
    ten = unit_of_ten["ten"]
    _as("kapus")
    for key in ("2026-Q1", "2026-Q2", "2026-Q3"):
        hasil = perilaku = S
        evaluation_id = evaluations.open_evaluation(ten[0], key)
        data = evaluations.get_evaluation(evaluation_id).data
        data.rating_hasil, data.rating_perilaku = hasil, perilaku
        evaluations.save_evaluation(evaluation_id, data)
        evaluations.finalize(evaluation_id)
    editor = EvaluationEditor(evaluations.open_evaluation(ten[0], "2026"))
    qtbot.addWidget(editor)
    page = editor.annual_page
    assert page is not None and page.model.rowCount() == 3
    assert "Quarter IV" in page.missing.text()  # English interface: "Triwulan IV" in Indonesian
    assert page.warnings.text() == ""
    editor.rating_hasil.setCurrentIndex(editor.rating_hasil.findData(A))
    editor.rating_perilaku.setCurrentIndex(editor.rating_perilaku.findData(S))
    assert page.warnings.text()  # Di Atas against three Sesuai periods: a note, not a block
    editor.finalize()
    assert editor.detail.status == evaluations.FINAL


def test_printing_from_the_tabs(qtbot, unit_of_ten, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from desktop_app.views import print_actions
    from desktop_app.views.skp.tab import SkpTab

    ten = unit_of_ten["ten"]
    _as("kapus")
    for employee_id in ten[:3]:
        evaluation_id = evaluations.open_evaluation(employee_id, Q1)
        data = evaluations.get_evaluation(evaluation_id).data
        data.rating_hasil = data.rating_perilaku = S
        evaluations.save_evaluation(evaluation_id, data)
        evaluations.finalize(evaluation_id)
    opened = []
    monkeypatch.setattr(
        print_actions.print_feedback, "open_in_system", lambda path: opened.append(path) or True
    )
    told = []
    monkeypatch.setattr(
        print_actions.print_feedback, "show_result", lambda box: told.append(box.message.text())
    )
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    tab.table.selectRow(_row_of(tab, ten[0]))
    assert tab.print_document_action.isEnabled()
    tab.print_selected("document")
    text = "".join(page.extract_text() for page in PdfReader(opened[-1]).pages)
    assert "DOKUMEN EVALUASI KINERJA PEGAWAI" in text and "19800101 201001 1 001" in text
    tab.table.selectRow(_row_of(tab, ten[5]))  # not evaluated: nothing to print
    assert not tab.print_document_action.isEnabled()

    skp = SkpTab()
    qtbot.addWidget(skp)
    assert skp.select(ten[1])
    skp.print_current()
    assert len(PdfReader(opened[-1]).pages) >= 2

    _as("staffhr")  # a batch for the unit: the three final ones, merged
    folder = tmp_path / "cetak"
    folder.mkdir()

    def fill(dialog):
        qtbot.addWidget(dialog)
        dialog.unit.setCurrentIndex(dialog.unit.findData(unit_of_ten["unit"]))
        dialog.folder.setText(str(folder))
        dialog.start()
        return dialog.result is not None

    monkeypatch.setattr(print_actions, "open_dialog", fill)
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    tab.print_unit()
    made = list(folder.glob("*.pdf"))
    assert len(made) == 1 and len(PdfReader(made[0]).pages) == 3
    assert told and "3" in told[-1]
