"""Switching the language (Pengaturan > Bahasa) builds the main window again in the other
language; every list must come back as the user left it (issue 18): the search typed, the
filter chosen, the sort order, the selected record and the tab shown, in every data tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTableView

from desktop_app.i18n import translator
from desktop_app.views.controller import AppController
from desktop_app.views.main_window import MainWindow

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 12, 3)
DEMO_ADMIN_PASSWORD = "Kunci-Utama-2026"


@pytest.fixture
def controller(qapp, tmp_path, demo_templates, answer_dialogs, qtbot):
    path = tmp_path / "kantor.db"
    demo_templates.open_copy(path, 30, seed=7, today=TODAY)
    answer_dialogs.password = DEMO_ADMIN_PASSWORD
    made = AppController(qapp, path, "id")
    assert made.start()
    qtbot.addWidget(made.window)
    yield made
    made.window.close()
    translator.install("en")


def click_tab(qtbot, window: MainWindow, n: int) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(n).center())
    assert window.tabs.currentIndex() == n


def inner(window: MainWindow, n: int):  # type: ignore[no-untyped-def]
    widget = window.tabs.widget(n)
    return getattr(widget, "inner", None) or widget


def click_row(qtbot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentIndex().row() == row


def search_and_pick(qtbot, tab, text: str) -> object:  # type: ignore[no-untyped-def]
    """Type `text` into the tab's search, wait for the list to follow, click its last row."""
    everyone = tab.model.rowCount()
    qtbot.keyClicks(tab.search, text)
    qtbot.waitUntil(lambda: 1 < tab.model.rowCount() < everyone, timeout=3000)
    click_row(qtbot, tab.table, tab.model.rowCount() - 1)
    return tab.keeper.current_key()


def switch_language(qtbot, controller: AppController, lang: str) -> MainWindow:
    """Through the real menu entry (its QAction), as a click on it does."""
    controller.window.language_actions[lang].trigger()
    qtbot.addWidget(controller.window)
    return controller.window


def common_word(tab, column_text) -> str:  # type: ignore[no-untyped-def]
    """A search that leaves more than one row but not all: a frequent word of `column_text`."""
    words: dict[str, int] = {}
    for n in range(tab.model.rowCount()):
        for word in column_text(tab.model.row_at(n)).split():
            if len(word) > 3:
                words[word] = words.get(word, 0) + 1
    total = tab.model.rowCount()
    return max((w for w, c in words.items() if 1 < c < total), key=lambda w: words[w])


def test_switching_language_keeps_search_filter_sort_selection_and_tab(qtbot, controller):
    window = controller.window
    register = inner(window, 0)
    # a filter (Status: active and inactive), a sort (by the second column, descending)
    register.status_filter.setFocus()
    qtbot.keyClick(register.status_filter, Qt.Key.Key_End)
    assert register.status_filter.currentData() is None
    header = register.table.horizontalHeader()
    for _ in range(2):
        point = QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
    assert sort[0] == 1
    register_word = common_word(register, lambda r: r.unit_name)
    register_key = search_and_pick(qtbot, register, register_word)
    register_rows = register.model.rowCount()

    click_tab(qtbot, window, 2)
    evaluation = inner(window, 2)
    evaluation_period = evaluation.period.currentData()
    evaluation_word = common_word(evaluation, lambda r: r.unit_name)
    evaluation_key = search_and_pick(qtbot, evaluation, evaluation_word)

    english = switch_language(qtbot, controller, "en")
    assert english is not window
    assert english.tabs.tabText(0) == "Employees"
    assert english.tabs.currentIndex() == 2
    evaluation = inner(english, 2)
    assert evaluation.search.text() == evaluation_word
    assert evaluation.period.currentData() == evaluation_period
    assert evaluation.keeper.current_key() == evaluation_key
    click_tab(qtbot, english, 0)
    register = inner(english, 0)
    assert register.search.text() == register_word
    assert register.status_filter.currentData() is None
    assert register.model.rowCount() == register_rows
    header = register.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == sort
    assert register.keeper.current_key() == register_key

    back = switch_language(qtbot, controller, "id")  # and back again, from the other tab
    assert back.tabs.tabText(0) == "Pegawai"
    assert back.tabs.currentIndex() == 0
    assert inner(back, 0).search.text() == register_word
    assert inner(back, 0).keeper.current_key() == register_key
    click_tab(qtbot, back, 2)
    assert inner(back, 2).search.text() == evaluation_word
    assert inner(back, 2).keeper.current_key() == evaluation_key


def test_every_data_tab_keeps_its_search_and_selection(qtbot, controller):
    """SKP and Pengembangan too (each built when first shown), and their year choice."""
    window = controller.window
    kept = {}
    for n in (1, 3):
        click_tab(qtbot, window, n)
        tab = inner(window, n)
        word = common_word(tab, lambda r: r.unit_name)
        kept[n] = (word, search_and_pick(qtbot, tab, word))
        year = next(c for c in tab.findChildren(QComboBox) if "ear" in c.objectName())
        kept[n] += (year.currentData(),)
    english = switch_language(qtbot, controller, "en")
    assert english.tabs.currentIndex() == 3
    for n in (3, 1):
        click_tab(qtbot, english, n)
        tab = inner(english, n)
        word, key, year = kept[n]
        assert tab.search.text() == word
        assert tab.keeper.current_key() == key
        combo = next(c for c in tab.findChildren(QComboBox) if "ear" in c.objectName())
        assert combo.currentData() == year


def choose_by_mouse(qtbot, window: MainWindow, target) -> None:  # type: ignore[no-untyped-def]
    """Open the menu bar's menu that holds `target` (in a submenu), point at each of its
    entries on the way as a user's pointer crosses them, and click `target`."""
    bar = window.menuBar()
    for top in bar.actions():
        menu = top.menu()
        for entry in menu.actions() if menu is not None else []:
            sub = entry.menu()
            if sub is None or target not in sub.actions():
                continue
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
            qtbot.waitUntil(menu.isVisible)
            for other in menu.actions():
                if not other.isSeparator():
                    qtbot.mouseMove(menu, menu.actionGeometry(other).center())
                    qtbot.wait(10)
            place = menu.actionGeometry(entry).center()
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=place)
            qtbot.waitUntil(sub.isVisible)
            qtbot.mouseMove(sub, sub.actionGeometry(target).center())
            qtbot.mouseClick(
                sub, Qt.MouseButton.LeftButton, pos=sub.actionGeometry(target).center()
            )
            return
    raise AssertionError("no menu holds the entry")


def shown_path(window: MainWindow) -> str:
    """The database path as the status bar shows it now (its message, or a label in it)."""
    bar = window.statusBar()
    if bar.currentMessage():
        return bar.currentMessage()
    labels = [w for w in bar.findChildren(QLabel) if w.isVisible() and w is not window.user_label]
    return " ".join(label.text() for label in labels)


def test_the_database_path_stays_in_the_status_bar_after_two_switches(qtbot, controller):
    path = str(controller.db_path)
    assert shown_path(controller.window) == path
    for lang in ("en", "id"):
        choose_by_mouse(qtbot, controller.window, controller.window.language_actions[lang])
        qtbot.waitUntil(lambda lang=lang: translator.interface_language() == lang, timeout=5000)
        qtbot.addWidget(controller.window)
        qtbot.wait(50)
    window = controller.window  # the pointer crosses a menu once more
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() is not None)
    qtbot.mouseClick(
        window.menuBar(),
        Qt.MouseButton.LeftButton,
        pos=window.menuBar().actionGeometry(menu.menuAction()).center(),
    )
    qtbot.waitUntil(menu.isVisible)
    for entry in menu.actions():
        if not entry.isSeparator():
            qtbot.mouseMove(menu, menu.actionGeometry(entry).center())
            qtbot.wait(10)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    qtbot.wait(50)
    assert shown_path(window) == path
