"""The SIASN page of the central office's Impor tab (issue 25): the officer types the year,
picks the period with the keyboard, chooses the folder and gets the files; an evaluation
without a PNS ID is listed on the page with the reason, never written."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from desktop_app.models import Employee, Evaluation
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.central.tab import ImportTab
from tests.sync.conftest import using
from tests.sync.two_offices import build

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def offices(tmp_path_factory, demo_templates):
    return build(tmp_path_factory.mktemp("siasn-gui") / "sites", demo_templates)


def test_the_officer_writes_the_quarter_files_from_the_import_tab(
    qtbot, offices, tmp_path, monkeypatch
):
    sites = offices.copy(tmp_path / "sites")
    with using(sites.central):
        nip = (
            Employee.select(Employee.nip)
            .join(Evaluation, on=(Evaluation.employee == Employee.id))
            .where(
                (Employee.office_code == "DEMO01")
                & (Evaluation.period_key == "2026-Q2")
                & (Evaluation.status == "FINAL")
            )
            .scalar()
        )
        Employee.update(pns_id="").where(Employee.nip == nip).execute()
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(sync_common, "ask_folder", lambda *a: str(out))
    with using(sites.central):
        tab = ImportTab()
        qtbot.addWidget(tab)
        tab.show()
        tab.pages.setCurrentWidget(tab.siasn)
        page = tab.siasn
        page.year.edit.selectAll()
        qtbot.keyClicks(page.year.edit, "2026")
        page.period.setFocus()
        for _ in range(2):  # Annual -> Quarter I -> Quarter II
            qtbot.keyClick(page.period, Qt.Key.Key_Down)
        assert page.period.currentData() == "Q2"
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "SIASN files" in page.status.text(), timeout=60000)
        names = {p.name for p in out.iterdir()}
        assert "siasn_2026-Q2.xlsx" in names
        jsons = [n for n in names if n.endswith(".json")]
        assert jsons and all(n.replace(".json", ".pdf") in names for n in jsons)
        assert {json.loads((out / n).read_text())["periodikId"] for n in jsons} == {"2"}
        left = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
        assert nip in left  # a final Q2 evaluation without PNS ID: listed, not written
        why = page.model.index(left.index(nip), 4).data()
        assert why == "The employee's PNS ID (SIASN) is not recorded yet."  # the user's language
        assert not [n for n in names if n.startswith(nip)]
        assert str(len(jsons)) in page.status.text()


def test_a_year_that_is_no_year_is_refused_beside_the_field(qtbot, offices, monkeypatch):
    asked = []
    monkeypatch.setattr(sync_common, "ask_folder", lambda *a: asked.append(a) or "")
    with using(offices.central):
        tab = ImportTab()
        qtbot.addWidget(tab)
        tab.show()
        tab.pages.setCurrentWidget(tab.siasn)
        page = tab.siasn
        page.year.edit.selectAll()
        qtbot.keyClicks(page.year.edit, "20x6")
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert asked == []  # no folder asked for a refused year
        assert page.year.message.text()
