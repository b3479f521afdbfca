"""Every list keeps its selected record (by key, not row number) across a refresh, an editor
closing, a filter that still shows it, the filter cleared and a sort (issue 18, defect 3 in
every tab): "print for the selected employee" prints that person, read back from the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop_app.views import print_actions
from desktop_app.views.archive import list_widget as archive_list
from desktop_app.views.development import tab as development_tab
from desktop_app.views.evaluation import tab as evaluation_tab
from desktop_app.views.register import tab as register_tab
from desktop_app.views.skp import tab as skp_tab
from tests.sync.conftest import sites  # noqa: F401  (the sites fixture)

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def demo(tmp_path, demo_templates):
    return demo_templates.open_copy(tmp_path / "kantor.db", 30, seed=7, today=TODAY)


@pytest.fixture
def printed(monkeypatch) -> list[Path]:
    """The PDFs the tabs open in the viewer."""
    opened: list[Path] = []

    def open_file(path: Path) -> bool:
        opened.append(Path(path))
        return True

    monkeypatch.setattr(print_actions.print_feedback, "open_in_system", open_file)

    monkeypatch.setattr(print_actions.print_feedback, "show_result", lambda box: None)
    return opened


def pdf_text(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(str(path)).pages)


def close_at_once(qtbot):  # type: ignore[no-untyped-def]
    """An editor opened and closed with Esc, as a user who only looked."""

    def run(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return False

    return run


def click_row(qtbot, table: QTableView, row: int) -> None:  # type: ignore[no-untyped-def]
    table.scrollTo(table.model().index(row, 1))
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentIndex().row() == row


def type_filter(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(edit, text)
    qtbot.wait(400)  # the filter runs once typing pauses


def exercise(qtbot, table: QTableView, search, key, pick, reopen) -> object:  # type: ignore[no-untyped-def]
    """Select a record that is not the first (the last `pick` matches), then refresh by an
    editor closing, filter by its NIP's first digits, clear the filter, sort by the name
    column twice: after each the same record (by `key()`) is selected. Returns its key."""
    rows = [r for r in range(table.model().rowCount()) if pick(r)]
    assert len(rows) >= 2
    click_row(qtbot, table, rows[-1])
    chosen = key()
    assert chosen is not None and rows[-1] > 0
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the editor opens and is closed: the list re-read
    reopen()
    assert key() == chosen
    nip = table.model().index(table.currentIndex().row(), 0).data().replace(" ", "")
    type_filter(qtbot, search, nip[:6])
    assert table.model().rowCount() >= 1 and key() == chosen
    type_filter(qtbot, search, "")
    assert key() == chosen
    if table.isSortingEnabled():
        header = table.horizontalHeader()
        for _ in range(2):
            rect = header.sectionViewportPosition(1) + 5
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_point(rect))
            assert key() == chosen
    return chosen


def _point(x: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(x, 5)


def test_register_keeps_the_employee(qtbot, demo, monkeypatch):
    monkeypatch.setattr(register_tab, "open_dialog", close_at_once(qtbot))
    tab = register_tab.RegisterTab()
    qtbot.addWidget(tab)
    tab.show()
    exercise(qtbot, tab.table, tab.search, tab.current_id, lambda r: True, lambda: None)
    chosen = tab.current_id()
    tab.reload()
    assert tab.current_id() == chosen


def test_skp_keeps_the_employee_and_prints_them(qtbot, demo, monkeypatch, printed):
    monkeypatch.setattr(skp_tab, "open_dialog", close_at_once(qtbot))
    tab = skp_tab.SkpTab()
    qtbot.addWidget(tab)
    tab.show()

    def key():  # type: ignore[no-untyped-def]
        row = tab.current_row()
        return row.employee_id if row else None

    exercise(
        qtbot,
        tab.table,
        tab.search,
        key,
        lambda r: tab.model.row_at(r).plan_id is not None,
        lambda: None,
    )
    row = tab.current_row()
    assert row is not None
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert row.name in pdf_text(printed[-1])


def test_evaluation_keeps_the_employee_and_prints_them(qtbot, demo, monkeypatch, printed):
    monkeypatch.setattr(evaluation_tab, "open_dialog", close_at_once(qtbot))
    monkeypatch.setattr(evaluation_tab, "today", lambda: dt.date(2026, 9, 15))  # Triwulan III
    tab = evaluation_tab.EvaluationTab()
    qtbot.addWidget(tab)
    tab.show()

    def key():  # type: ignore[no-untyped-def]
        row = tab.current_row()
        return row.employee_id if row else None

    exercise(
        qtbot,
        tab.table,
        tab.search,
        key,
        lambda r: tab.model.row_at(r).evaluation_id is not None,
        lambda: None,
    )
    row = tab.current_row()
    assert row is not None
    tab.print_evaluation_action.trigger()
    assert row.name in pdf_text(printed[-1])


def test_development_keeps_the_employee_and_prints_them(qtbot, demo, monkeypatch, printed):
    monkeypatch.setattr(development_tab, "open_dialog", close_at_once(qtbot))
    tab = development_tab.DevelopmentTab()
    qtbot.addWidget(tab)
    tab.show()

    def key():  # type: ignore[no-untyped-def]
        row = tab.current_row()
        return row.employee_id if row else None

    exercise(
        qtbot,
        tab.table,
        tab.search,
        key,
        lambda r: tab.model.row_at(r).plan_id is not None,
        lambda: None,
    )
    row = tab.current_row()
    assert row is not None
    tab.print_idp_action.trigger()
    assert row.name in pdf_text(printed[-1])


def test_archive_list_keeps_the_employee(qtbot, demo, monkeypatch):
    from desktop_app.services import periods

    periods.open_period(2018, regime="PP_46_2011")  # an archive year
    monkeypatch.setattr(archive_list, "open_dialog", close_at_once(qtbot))
    widget = archive_list.LegacyListWidget(2018)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.rowCount() >= 2

    def key():  # type: ignore[no-untyped-def]
        row = widget.current_row()
        return row.employee_id if row else None

    exercise(qtbot, widget.table, widget.search, key, lambda r: True, lambda: None)


def test_the_shared_keeper_follows_a_proxy_filter_and_a_refresh(qtbot):
    """The sync and central lists (FilteredTable over a proxy): the record stays selected
    through a refresh of the rows in another order and a filter typed and cleared."""
    from desktop_app.views.sync.common import FilteredTable, RowsModel

    model = RowsModel(["Code", "Name"])
    rows = [("A1", "Ani"), ("B2", "Budi"), ("C3", "Citra"), ("D4", "Dedi")]
    model.set_rows(list(rows))
    table = FilteredTable(model, "t")
    qtbot.addWidget(table)
    table.show()
    click_row(qtbot, table.table, 2)
    assert table.current_item() == ("C3", "Citra")
    model.set_rows(list(reversed(rows)))  # a refresh that orders them differently
    assert table.current_item() == ("C3", "Citra")
    type_filter(qtbot, table.search, "i")  # Ani, Budi, Citra, Dedi all hold an i
    assert table.current_item() == ("C3", "Citra")
    type_filter(qtbot, table.search, "")
    assert table.current_item() == ("C3", "Citra")
    type_filter(qtbot, table.search, "Budi")  # Citra hidden: the one shown is chosen
    assert table.current_item() == ("B2", "Budi")
    type_filter(qtbot, table.search, "")  # and stays chosen: the user saw it selected
    assert table.current_item() == ("B2", "Budi")


def test_the_outbox_keeps_the_package_after_another_export(qtbot, sites, monkeypatch):  # noqa: F811
    """The office's outbox (newest first): the package selected stays selected when a new
    export is listed above it, and its Copy again copies that package."""
    from desktop_app.views.sync import common as sync_common
    from desktop_app.views.sync.office_dialog import SyncDialog
    from tests.sync.conftest import using

    monkeypatch.setattr(sync_common, "ask_folder", lambda *a: str(sites.stick))
    monkeypatch.setattr(sync_common, "info", lambda *a: None)
    with using(sites.office):
        dialog = SyncDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        for _ in range(2):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        table = dialog.outbox.table
        assert table.model().rowCount() == 2
        click_row(qtbot, table, 1)  # the older package, below the newest
        chosen = dialog.outbox.current_item().sequence
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert table.model().rowCount() == 3
        assert dialog.outbox.current_item().sequence == chosen
        assert table.currentIndex().row() == 2  # moved down one row with its package
