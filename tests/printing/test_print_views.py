"""Printing the IDP and the recaps from the screens: the Pengembangan tab's print menu (the
selected IDP, the IDPs of a unit, the JP recap), the IDP editor's button (a draft is saved
first), the Evaluasi tab's distribution recap and the SKP tab's progress recap (of the unit in
the filter). The PDF viewer is replaced; the files are read back."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from desktop_app.services import auth, session
from desktop_app.views import print_actions
from desktop_app.views.development.editor import IdpEditor
from desktop_app.views.development.tab import DevelopmentTab
from desktop_app.views.evaluation.tab import EvaluationTab
from desktop_app.views.skp.tab import SkpTab

pytestmark = pytest.mark.gui
PASSWORD = "Rahasia-Kantor-2026"


@pytest.fixture
def opened(monkeypatch, idps):
    """The PDFs the screens opened, in order; HR signed in."""
    auth.create_user("staffhr", PASSWORD, "hr")
    session.sign_in_as(auth.authenticate("staffhr", PASSWORD))
    paths: list[Path] = []
    monkeypatch.setattr(
        print_actions.print_feedback, "open_in_system", lambda path: paths.append(path) or True
    )
    monkeypatch.setattr(print_actions.print_feedback, "show_result", lambda box: None)
    return paths


def _text(path: Path) -> tuple[pypdf.PdfReader, str]:
    reader = pypdf.PdfReader(str(path))
    return reader, " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_development_tab_prints_the_idp_a_unit_and_the_jp_recap(
    qtbot, idps, opened, monkeypatch, tmp_path
):
    tab = DevelopmentTab()
    qtbot.addWidget(tab)
    assert tab.select(idps["siti"])  # no IDP: nothing to print
    assert not tab.print_idp_action.isEnabled()
    assert tab.select(idps["budi"]) and tab.print_idp_action.isEnabled()
    tab.print_idp_action.trigger()
    reader, text = _text(opened[-1])
    assert reader.metadata.title == "Rencana Pengembangan Kompetensi Pegawai 2026 – Budi Santoso"
    assert opened[-1].parent == print_actions.print_folder()
    assert opened[-1].name.startswith("IDP_Rencana_Pengembangan_Kompetensi_Budi_Santoso_")
    assert "JUMLAH JP TERLAKSANA TAHUN 2026 26,5" in text

    tab.print_recap()
    reader, text = _text(opened[-1])
    assert reader.metadata.title == "Rekapitulasi Pengembangan Kompetensi Pegawai 2026"
    assert "PEGAWAI DENGAN JP KURANG DARI 20 JP" in text

    folder = tmp_path / "idp"
    folder.mkdir()
    seen = []

    def fill(dialog):  # type: ignore[no-untyped-def]
        qtbot.addWidget(dialog)
        seen.append(dialog.form.currentData())
        dialog.unit.setCurrentIndex(dialog.unit.findData(idps["top"]))
        dialog.folder.setText(str(folder))
        dialog.start()
        return dialog.result is not None

    monkeypatch.setattr(print_actions, "open_dialog", fill)
    tab.print_unit()
    assert seen == ["idp"]  # the dialog opens on the IDP form
    assert [p.name for p in folder.iterdir()] == ["DINKES_idp_2026.pdf"]


def test_idp_editor_saves_a_draft_before_printing(qtbot, idps, opened):
    editor = IdpEditor(idps["idp_kabid"])
    qtbot.addWidget(editor)
    editor.goals.setPlainText("Memimpin rapat koordinasi dengan empati")
    editor.print_button.click()
    _, text = _text(opened[-1])
    assert "Memimpin rapat koordinasi dengan empati" in text and "DRAF" in text
    assert not editor.dirty()


def test_evaluation_and_skp_tabs_print_their_recaps(qtbot, idps, opened):
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    tab.period.setCurrentIndex(tab.period.findData("2026"))
    actions = [a.text() for a in tab.print_button.menu().actions()]
    assert any("distribution" in a for a in actions)
    tab.print_recap()
    reader, text = _text(opened[-1])
    assert reader.metadata.title == "Rekapitulasi Distribusi Predikat Kinerja Pegawai 2026"
    assert "PERIODE: TAHUNAN 2026" in text and "Sekretariat" in text

    skp = SkpTab()
    qtbot.addWidget(skp)
    skp.unit_filter.setCurrentIndex(skp.unit_filter.findData(idps["sub"]))
    skp.recap_button.click()
    reader, text = _text(opened[-1])
    title = "Rekapitulasi Penyusunan Sasaran Kinerja Pegawai 2026 – Sekretariat"
    assert reader.metadata.title == title
    assert "Sekretariat" in text and "Dinas Kesehatan 2" not in text
    assert "JUMLAH 3 0 1 0 0 2 66,7%" in text
