"""The keyboard in the main window (issue 18, defect 10e): no two mnemonics (Alt+letter) visible
at once are the same, in the menu bar and the current tab, for every tab, in Indonesian and in
English; Ctrl+Tab inside a table goes to the next tab, not the next cell."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTableView,
    QTabWidget,
    QWidget,
)

from desktop_app.i18n import translator
from desktop_app.services import auth, session
from desktop_app.views.main_window import LazyTab, MainWindow
from tests.sync.conftest import sites  # noqa: F401  (the sites fixture)

pytestmark = pytest.mark.gui
PASSWORD = "Rahasia-Kantor-2026"
MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def window_of(qtbot, tmp_path, demo_templates):
    """A main window for an administrator (every entry enabled) in language `lang`."""
    demo_templates.open_copy(tmp_path / "kantor.db", 30, seed=7, today=dt.date(2026, 12, 3))
    auth.create_user("t_admin", PASSWORD, "admin")
    session.sign_in_as(auth.authenticate("t_admin", PASSWORD))
    made: list[MainWindow] = []

    def make(lang: str) -> MainWindow:
        translator.install(lang)
        window = MainWindow("Dinas", session=session.current())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    translator.install("en")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def shown_in(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.window() is root.window()


def visible_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic that Alt reaches at once: the menu bar's titles, the
    current tab's buttons, labels with a buddy, group boxes and the tabs of its page sets."""
    found = []
    for action in window.menuBar().actions():
        if (key := letter(action.text())) is not None:
            found.append((key, f"menu {action.text()}"))
    tab_bar = window.tabs.tabBar()
    for n in range(window.tabs.count()):
        if (key := letter(window.tabs.tabText(n))) is not None:
            found.append((key, f"tab {window.tabs.tabText(n)}"))
    widget = window.tabs.currentWidget()
    tab = widget.inner if isinstance(widget, LazyTab) else widget
    assert tab is not None and tab_bar is not None
    children = tab.findChildren(QWidget)
    if window.office_filter is not None:  # the corner's Office label is visible too
        children += window.tabs.cornerWidget().findChildren(QWidget)
    for child in children:
        if not shown_in(child, window):
            continue
        text = ""
        if isinstance(child, QAbstractButton) or (
            isinstance(child, QLabel) and child.buddy() is not None
        ):
            text = child.text()
        elif isinstance(child, QGroupBox):
            text = child.title()
        if (key := letter(text)) is not None:
            found.append((key, text))
        if isinstance(child, QTabWidget) and child is not window.tabs:
            for n in range(child.count()):
                if (key := letter(child.tabText(n))) is not None:
                    found.append((key, f"page {child.tabText(n)}"))
    return found


def clashes(found: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for key, text in found:
        by_letter.setdefault(key, []).append(text)
    return [f"Alt+{k.upper()}: {' / '.join(t)}" for k, t in by_letter.items() if len(t) > 1]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_two_visible_mnemonics_are_the_same_in_any_tab(qtbot, window_of, lang):
    window = window_of(lang)
    problems = []
    for n in range(window.tabs.count()):
        window.tabs.setCurrentIndex(n)
        qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
        QApplication.processEvents()
        found = visible_mnemonics(window)
        assert len(found) > 4  # the menu bar and the tab's buttons were read
        problems += [f"{window.tabs.tabText(n)}: {c}" for c in clashes(found)]
    assert problems == []


def test_ctrl_tab_in_a_table_goes_to_the_next_tab(qtbot, window_of):
    window = window_of("en")
    window.activateWindow()
    table = window.tabs.currentWidget().findChild(QTableView)
    assert table is not None
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    before = table.currentIndex()
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    assert table.currentIndex() == before  # the cell did not move
    qtbot.keyClick(
        QApplication.focusWidget() or window,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tabs.currentIndex() == 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_central_window_has_no_mnemonic_clash(qtbot, sites, lang):  # noqa: F811
    from tests.sync.conftest import using

    sites.import_(sites.export())
    with using(sites.central):
        translator.install(lang)
        try:
            window = MainWindow("BKPSDM")
            qtbot.addWidget(window)
            window.show()
            problems = []
            for n in range(window.tabs.count()):
                window.tabs.setCurrentIndex(n)
                qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
                QApplication.processEvents()
                found = visible_mnemonics(window)
                problems += [f"{window.tabs.tabText(n)}: {c}" for c in clashes(found)]
            pages = window.import_tab.inner.pages  # every page of the Impor tab too
            for n in range(pages.count()):
                pages.setCurrentIndex(n)
                qtbot.waitUntil(lambda: pages.currentWidget().isVisible())
                QApplication.processEvents()
                found = visible_mnemonics(window)
                problems += [f"{pages.tabText(n)}: {c}" for c in clashes(found)]
            assert problems == []
        finally:
            translator.install("en")
            window.close()
            session.set_central(False)
