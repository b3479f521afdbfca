"""Return packages through the screens (issue 25): the central office writes one from its
Office status page; the office applies it from the Sync dialog after the dry run and HR
decides the proposals (accept; reject with a reason typed in)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.models import Employee, OrgResult, ReturnProposal, Unit
from desktop_app.services.sync.central import return_writer
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.central.tab import ImportTab
from desktop_app.views.sync.office_dialog import SyncDialog
from tests.sync.conftest import using
from tests.sync.two_offices import build

pytestmark = pytest.mark.gui
PNS_ID = "A5EB03E23D0CF6A0E040640A040252AD"


@pytest.fixture(scope="module")
def built(tmp_path_factory, demo_templates):
    return build(tmp_path_factory.mktemp("return-gui") / "sites", demo_templates)


def _click_kind(qtbot, dialog, kind: str) -> None:
    """Click the row of the proposal of `kind`, wherever the sorting put it."""
    proxy = dialog.list.proxy
    for row in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(row, 0)).row()
        if dialog.model.item_at(source).kind == kind:
            _click_row(qtbot, dialog.list.table, row)
            return
    raise AssertionError(kind)


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_return_package_from_the_central_screen_to_hr_decisions(
    qtbot, built, tmp_path, monkeypatch
):
    sites = built.copy(tmp_path / "sites")
    with using(sites.first):
        unit = Unit.select().where(Unit.deleted == False).order_by(Unit.id).first()
        employee = Employee.select().where(Employee.kind == "PNS").order_by(Employee.id).first()
        unit_uid, employee_uid = str(unit.uid), str(employee.uid)
    with using(sites.central):
        return_writer.decide("DEMO01", "org_predikat", unit_uid, "Baik", period_key="2026")
        return_writer.decide("DEMO01", "pns_id", employee_uid, PNS_ID)
        return_writer.decide("DEMO01", "name", employee_uid, "Nama Usulan")
    told: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(sync_common, "ask_folder", lambda *a: str(sites.stick))
    monkeypatch.setattr(sync_common, "info", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(
        sync_common, "confirm", lambda parent, title, text: asked.append(text) or True
    )
    monkeypatch.setattr(sync_common, "show_error", lambda parent, err: told.append(str(err)))

    with using(sites.central):  # the central office writes it for DEMO01
        tab = ImportTab()
        qtbot.addWidget(tab)
        tab.show()
        tab.pages.setCurrentWidget(tab.offices)
        page = tab.offices
        rows = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
        _click_row(qtbot, page.list.table, page.list.proxy.mapFromSource(
            page.model.index(rows.index("DEMO01"), 0)).row())  # fmt: skip
        assert page.return_button.isEnabled()
        qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    (path,) = sites.stick.glob("DEMO01_R000001_*.kret")
    assert "3 decisions" in told[-1]

    opened = []
    monkeypatch.setattr(sync_common, "ask_open_file", lambda *a: str(path))
    monkeypatch.setattr(sync_common, "run_dialog", lambda dialog: opened.append(dialog) or True)
    with using(sites.first):  # the office applies it
        dialog = SyncDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
        assert "Organisation predikat set: 1" in asked[-1] and "Proposals for HR: 2" in asked[-1]
        assert "applied" in told[-1]
        assert OrgResult.select().where(OrgResult.org_predikat == "BAIK").count() >= 1
        (proposals,) = opened
        qtbot.addWidget(proposals)
        proposals.show()
        assert proposals.model.rowCount() == 3
        assert not proposals.accept_button.isEnabled()  # nothing selected: says why
        _click_kind(qtbot, proposals, "org_predikat")  # applied already: nothing to decide
        assert not proposals.accept_button.isEnabled()
        _click_kind(qtbot, proposals, "pns_id")
        qtbot.mouseClick(proposals.accept_button, Qt.MouseButton.LeftButton)
        assert Employee.get(Employee.uid == employee_uid).pns_id == PNS_ID
        _click_kind(qtbot, proposals, "name")  # rejected, with a reason typed in
        qtbot.mouseClick(proposals.reject_button, Qt.MouseButton.LeftButton)
        assert "Write why" in proposals.message.text()  # no reason: refused beside the list
        qtbot.keyClicks(proposals.reason, "Nama di SK sudah benar")
        _click_kind(qtbot, proposals, "name")
        qtbot.mouseClick(proposals.reject_button, Qt.MouseButton.LeftButton)
        statuses = {p.kind: (p.status, p.reason) for p in ReturnProposal.select()}
        assert statuses["pns_id"] == ("ACCEPTED", "")
        assert statuses["name"] == ("REJECTED", "Nama di SK sudah benar")
        assert Employee.get(Employee.uid == employee_uid).name != "Nama Usulan"
        qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)  # the same again
        assert "applied before" in told[-1]
