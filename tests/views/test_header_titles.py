"""No column title is cut, anywhere (issue 18, defect 8): every table of the program, in
every tab of the main window (here) and in every dialog of tests/views/dialog_cases.py (in
tests/views/test_dialog_geometry.py, which opens each on a 1366×768 screen, in Indonesian and
English), is at least as wide per column as its title (bold, with room for the sort arrow, as
the header draws it). Tables not built with `widgets.row_table` (periods, evaluation pages,
SKP indicators, the import preview, the archive appraisal) cut their titles before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView, QTabWidget, QWidget

from desktop_app.i18n import translator
from desktop_app.services import session
from desktop_app.views.main_window import LazyTab, MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(demo_templates, tmp_path):
    """The demo office of 60 people the dialog cases are written for, in Indonesian, whose
    titles are the longer ones."""
    demo_templates.open_copy(tmp_path / "kinerja.sqlite", 60, seed=1)
    translator.install("id")
    yield tmp_path
    translator.install("en")


def cut_titles(root: QWidget) -> list[str]:
    """ "table: title (width < needed)" for each column of each table under `root` (or
    `root` itself) narrower than its title."""
    tables = [root] if isinstance(root, QTableView) else []
    tables += root.findChildren(QTableView)
    cut = []
    for table in tables:
        header = table.horizontalHeader()
        model = header.model()
        if model is None:
            continue
        shown = header.isSortIndicatorShown()
        header.setSortIndicatorShown(True)
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            needed, width = header.sectionSizeHint(column), header.sectionSize(column)
            if width < needed:
                title = str(model.headerData(column, Qt.Orientation.Horizontal)).replace("\n", " ")
                name = table.objectName() or type(table).__name__
                cut.append(f"{name}: {title!r} ({width} < {needed})")
        header.setSortIndicatorShown(shown)
    return cut


def visit_every_tab(root: QWidget) -> None:
    """Show each page of each tab widget under `root`, so lazily built tabs are built."""
    for tabs in root.findChildren(QTabWidget):
        for n in range(tabs.count()):
            tabs.setCurrentIndex(n)
            QGuiApplication.processEvents()
        tabs.setCurrentIndex(0)


def test_no_tab_of_the_main_window_cuts_a_column_title(qtbot, demo):
    from tests.views.dialog_cases import _sign_in

    _sign_in("admin")
    window = MainWindow("Dinas", session=session.current())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for n in range(window.tabs.count()):
        window.tabs.setCurrentIndex(n)
        QGuiApplication.processEvents()
        widget = window.tabs.widget(n)
        assert not isinstance(widget, LazyTab) or widget.inner is not None
        visit_every_tab(widget)
    assert len(window.findChildren(QTableView)) >= 6
    assert cut_titles(window) == []


def test_the_check_finds_a_cut_title(qtbot):
    from PySide6.QtGui import QStandardItemModel

    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Kekurangan JP menuju 20", "A"])
    table = QTableView()
    table.setObjectName("planted")
    table.setModel(model)
    table.setColumnWidth(0, 40)
    qtbot.addWidget(table)
    assert [c.split(" (")[0] for c in cut_titles(table)] == ["planted: 'Kekurangan JP menuju 20'"]
