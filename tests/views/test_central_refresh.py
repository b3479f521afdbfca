"""The central office reads the offices' data again after an import is applied or a merge is
decided: the Pegawai tab said "0 of 0" and every list stayed empty until a restart (issue 18,
defect 4). Driven through the window as a user does: the Impor tab's buttons are clicked, the
receipts folder typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.services import session
from desktop_app.views.main_window import LazyTab, MainWindow
from desktop_app.views.register.tab import RegisterTab
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.central import import_steps
from desktop_app.views.sync.central.tab import ImportTab
from tests.sync.conftest import sites, using  # noqa: F401  (the sites fixture)

pytestmark = pytest.mark.gui


@pytest.fixture
def answers(monkeypatch):
    """The file dialogs and questions of the Impor tab, answered as a user would."""
    chosen: list[str] = []
    errors: list[str] = []
    monkeypatch.setattr(sync_common, "ask_open_files", lambda *a: list(chosen))
    monkeypatch.setattr(sync_common, "info", lambda *a: None)
    monkeypatch.setattr(sync_common, "confirm", lambda *a: True)
    monkeypatch.setattr(sync_common, "show_error", lambda parent, exc: errors.append(str(exc)))
    monkeypatch.setattr(import_steps, "confirm_fingerprint", lambda *a: True)
    return chosen, errors


def data_tab(window: MainWindow, n: int):  # type: ignore[no-untyped-def]
    """The widget of data tab `n`, built as when the user opens it."""
    window.tabs.setCurrentIndex(n)
    widget = window.tabs.widget(n)
    inner = widget.inner if isinstance(widget, LazyTab) else widget
    assert inner is not None
    return inner


def test_every_central_tab_shows_the_imported_office_without_a_restart(
    qtbot,
    sites,  # noqa: F811
    answers,
):
    chosen, errors = answers
    package = sites.export()
    with using(sites.central):
        window = MainWindow("BKPSDM")
        qtbot.addWidget(window)
        window.show()
        try:
            register = data_tab(window, 0)
            assert isinstance(register, RegisterTab) and register.model.rowCount() == 0
            for n in (1, 2, 3):  # every data tab built, and empty before the import
                data_tab(window, n)
            window.tabs.setCurrentWidget(window.import_tab)
            tab = window.import_tab.inner
            assert isinstance(tab, ImportTab)
            chosen.append(str(package))
            qtbot.waitUntil(tab.packages.choose_button.isVisible)
            qtbot.mouseClick(tab.packages.choose_button, Qt.MouseButton.LeftButton)
            tab.packages.receipts.clear()
            qtbot.keyClicks(tab.packages.receipts, str(sites.receipts))
            qtbot.mouseClick(tab.packages.apply_button, Qt.MouseButton.LeftButton)
            assert errors == []
            assert tab.packages.entries[0].applied

            combo = window.office_filter
            assert combo is not None
            assert [combo.itemData(i) for i in range(combo.count())] == [None, "DEMO01"]
            register = data_tab(window, 0)
            assert register.model.rowCount() > 0
            assert not register.count_label.text().startswith("0 ")
            skp = data_tab(window, 1)
            assert skp.model.rowCount() > 0
            evaluation = data_tab(window, 2)
            assert evaluation.model.rowCount() > 0
            development = data_tab(window, 3)
            assert development.model.rowCount() > 0
            # the office chosen in the corner shows it too, with the same employee selected
            register = data_tab(window, 0)
            qtbot.waitUntil(register.table.isVisible)
            rect = register.table.visualRect(register.model.index(3, 1))
            qtbot.mouseClick(
                register.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
            )
            chosen, listed = register.current_id(), register.model.rowCount()
            combo.setCurrentIndex(1)
            fresh = data_tab(window, 0)
            assert fresh is not register and fresh.model.rowCount() == listed
            assert fresh.current_id() == chosen
        finally:
            window.close()
            session.set_central(False)


def test_a_merge_decision_reads_the_tabs_again(qtbot, sites, answers, tmp_path, monkeypatch):  # noqa: F811
    from desktop_app.models import Employee
    from desktop_app.services import office as office_service
    from desktop_app.services.register import employees
    from desktop_app.services.register import units as unit_service
    from desktop_app.services.sync import central as sync_central
    from desktop_app.services.sync import office as sync_office

    sites.import_(sites.export())
    with using(sites.office):
        nip = Employee.select().where(Employee.active == True).first().nip
    with using(tmp_path / "other.db"):
        office_service.init_office("DEMO02", "Puskesmas Lain")
        unit = unit_service.save_unit(
            unit_service.UnitInput("PKM02", "Puskesmas Lain", "PUSKESMAS")
        )
        employees.save_employee(employees.EmployeeInput(nip, "Pegawai Pindahan", "III/a", unit))
        sync_office.set_hq_key(sites.recipient, sites.hq_fingerprint)
        other = sync_office.export_package(sites.stick).path
    chosen, errors = answers
    monkeypatch.setattr(sync_common, "ask_text", lambda *a: "Pindah ke DEMO02 sejak Oktober")
    with using(sites.central):
        window = MainWindow("BKPSDM")
        qtbot.addWidget(window)
        window.show()
        try:
            window.tabs.setCurrentWidget(window.import_tab)
            tab = window.import_tab.inner
            qtbot.waitUntil(tab.packages.choose_button.isVisible)
            chosen.append(str(other))
            qtbot.mouseClick(tab.packages.choose_button, Qt.MouseButton.LeftButton)
            tab.packages.receipts.clear()
            qtbot.keyClicks(tab.packages.receipts, str(sites.receipts))
            qtbot.mouseClick(tab.packages.apply_button, Qt.MouseButton.LeftButton)
            combo = window.office_filter
            assert [combo.itemData(i) for i in range(combo.count())] == [None, "DEMO01", "DEMO02"]
            register = data_tab(window, 0)
            window.tabs.setCurrentWidget(window.import_tab)
            tab.pages.setCurrentWidget(tab.merges)
            qtbot.waitUntil(tab.merges.list.table.isVisible)
            table = tab.merges.list.table
            rect = table.visualRect(table.model().index(0, 1))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            qtbot.mouseClick(tab.merges.resolve_button, Qt.MouseButton.LeftButton)
            assert errors == [] and sync_central.merge_queue() == []
            assert data_tab(window, 0) is not register  # the tabs were built again
        finally:
            window.close()
            session.set_central(False)
