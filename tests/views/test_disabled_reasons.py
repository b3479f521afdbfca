"""A disabled action says why, in its tooltip and its status tip (issue 18, defect 10b): every
greyed menu entry and button of the main window and its tabs, for each role, has a reason;
the Sync menu of a supervisor and Back up of HR staff name who may."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QTabBar

from desktop_app.models import Employee
from desktop_app.services import auth, session
from desktop_app.views.main_window import LazyTab, MainWindow
from tests.sync.conftest import sites  # noqa: F401  (the sites fixture)

pytestmark = pytest.mark.gui
PASSWORD = "Rahasia-Kantor-2026"


@pytest.fixture
def accounts(tmp_path, demo_templates):
    demo_templates.open_copy(tmp_path / "kantor.db", 30, seed=7, today=dt.date(2026, 12, 3))
    boss = (
        Employee.select()
        .where(Employee.id.in_(Employee.select(Employee.appraiser).where(Employee.active == True)))
        .first()
    )
    clerk = Employee.select().where(Employee.id != boss.id).first()
    auth.create_user("t_admin", PASSWORD, "admin")
    auth.create_user("t_hr", PASSWORD, "hr")
    auth.create_user("t_supervisor", PASSWORD, "supervisor", boss.id)
    auth.create_user("t_viewer", PASSWORD, "viewer", clerk.id)
    auth.create_user("t_employee", PASSWORD, "employee", boss.id)  # a Pegawai with staff
    return ["t_admin", "t_hr", "t_supervisor", "t_viewer", "t_employee"]


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += menu_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def disabled_without_reason(window: MainWindow) -> list[str]:
    """Every disabled action or button shown in the window and its tabs that says no why."""
    missing = []
    for top in window.menuBar().actions():
        for action in menu_actions(top.menu()):
            if not action.isEnabled() and not (action.toolTip() and action.statusTip()):
                missing.append(f"menu {top.text()} > {action.text()}")
    for n in range(window.tabs.count()):
        window.tabs.setCurrentIndex(n)
        widget = window.tabs.widget(n)
        tab = widget.inner if isinstance(widget, LazyTab) else widget
        for button in tab.findChildren(QPushButton):
            if isinstance(button.parent(), QTabBar) or not button.isVisibleTo(tab):
                continue
            if not button.isEnabled() and not (button.toolTip() and button.statusTip()):
                missing.append(f"tab {window.tabs.tabText(n)}: {button.text()}")
            if button.menu() is not None:
                for action in menu_actions(button.menu()):
                    if not action.isEnabled() and not (action.toolTip() and action.statusTip()):
                        missing.append(f"tab {window.tabs.tabText(n)}: {action.text()}")
    return missing


@pytest.mark.parametrize("role", range(5))
def test_every_disabled_action_says_why(qtbot, accounts, role):
    session.sign_in_as(auth.authenticate(accounts[role], PASSWORD))
    window = MainWindow("Dinas", session=session.current())
    qtbot.addWidget(window)
    window.show()
    assert disabled_without_reason(window) == []


def test_the_supervisors_sync_menu_and_hrs_backup_name_who_may(qtbot, accounts):
    session.sign_in_as(auth.authenticate("t_supervisor", PASSWORD))
    window = MainWindow("Dinas", session=session.current())
    qtbot.addWidget(window)
    sync = next(a.menu() for a in window.menuBar().actions() if a.text() == "S&ync")
    entries = menu_actions(sync)
    assert entries and not any(a.isEnabled() for a in entries)
    for action in entries:
        assert "Administrator" in action.toolTip() and "Supervisor" in action.statusTip()
    assert sync.toolTipsVisible()

    session.sign_in_as(auth.authenticate("t_hr", PASSWORD))
    window = MainWindow("Dinas", session=session.current())
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    backup = next(a for a in menu_actions(file_menu) if a.text() == "&Back up to a folder…")
    assert not backup.isEnabled()
    assert "Only Administrator may do this" in backup.toolTip()
    assert "HR staff" in backup.statusTip()


def test_a_button_says_why_only_while_disabled(qtbot):
    from desktop_app.views.widgets import set_enabled_why

    button = QPushButton("&Print")
    qtbot.addWidget(button)
    button.setToolTip("Print the form")
    set_enabled_why(button, False, "Select an employee first.")
    assert button.toolTip() == button.statusTip() == "Select an employee first."
    set_enabled_why(button, True, "Select an employee first.")
    assert button.isEnabled() and button.toolTip() == "Print the form"
    assert button.statusTip() == ""


def test_the_central_offices_read_only_buttons_say_why(qtbot, sites):  # noqa: F811
    from tests.sync.conftest import using

    sites.import_(sites.export())
    with using(sites.central):
        window = MainWindow("BKPSDM")
        qtbot.addWidget(window)
        window.show()
        try:
            assert disabled_without_reason(window) == []
            register = window.tabs.widget(0)
            assert not register.add_button.isEnabled()
            assert "central office only reads" in register.add_button.toolTip()
        finally:
            window.close()
            session.set_central(False)


def test_pointing_at_a_greyed_menu_entry_shows_why_in_the_status_bar(qtbot, accounts):
    from PySide6.QtTest import QTest

    session.sign_in_as(auth.authenticate("t_hr", PASSWORD))
    window = MainWindow("Dinas", session=session.current())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    file_menu = window.menuBar().actions()[0].menu()
    backup = next(a for a in menu_actions(file_menu) if a.text() == "&Back up to a folder…")
    file_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(file_menu)
    point = file_menu.actionGeometry(backup).center()
    QTest.mouseMove(file_menu, point)
    qtbot.waitUntil(lambda: "HR staff" in window.statusBar().currentMessage(), timeout=3000)
    assert "Only Administrator may do this" in window.statusBar().currentMessage()
    file_menu.close()
