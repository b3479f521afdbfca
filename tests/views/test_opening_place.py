"""Where the program opens and what its counts say (issue 18, defect 10c and 10d): on the
period that holds today (3 December 2026: Triwulan IV 2026, the year 2026), on each user's own
last tab (kept per database and user account in this computer's QSettings: a UI preference, not
audited office data), and the SKP tab's counts follow the filter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.models import AuditEntry, Setting
from desktop_app.services import auth, periods, session
from desktop_app.services import settings as office_settings
from desktop_app.views import widgets
from desktop_app.views.development.tab import DevelopmentTab
from desktop_app.views.evaluation import tab as evaluation_tab
from desktop_app.views.main_window import MainWindow
from desktop_app.views.skp.editor import status_label
from desktop_app.views.skp.tab import STATUS_ORDER, SkpTab

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 12, 3)
PASSWORD = "Rahasia-Kantor-2026"


@pytest.fixture
def demo(tmp_path, demo_templates, monkeypatch):
    demo_templates.open_copy(tmp_path / "kantor.db", 30, seed=7, today=TODAY)
    for year in (2025, 2027):  # years around today's, so the choice is not the only one
        if periods.period_for(year) is None:
            periods.open_period(year)
    monkeypatch.setattr(widgets, "today", lambda: TODAY)
    monkeypatch.setattr(evaluation_tab, "today", lambda: TODAY)


def test_the_tabs_open_on_the_period_that_holds_today(qtbot, demo):
    evaluation = evaluation_tab.EvaluationTab()
    qtbot.addWidget(evaluation)
    assert evaluation.period.currentData() == "2026-Q4"
    assert evaluation.period.currentText() == "Quarter IV 2026"  # tests run in English
    skp = SkpTab()
    qtbot.addWidget(skp)
    assert skp.current_year() == 2026
    development = DevelopmentTab()
    qtbot.addWidget(development)
    assert development.current_year() == 2026


def test_the_skp_counts_follow_the_filter(qtbot, demo):
    tab = SkpTab()
    qtbot.addWidget(tab)
    tab.show()

    def counts() -> dict[str, int]:
        parts = tab.counts_label.text().split(" · ")
        assert parts[-1].startswith("Exempt ") and parts[-2].startswith("Late ")  # issue 20
        found = {}
        for status, part in zip(STATUS_ORDER, parts[:-2], strict=True):
            label = status_label(status)
            assert part.startswith(label)
            found[status] = int(part[len(label) :])
        found["exempt"] = int(parts[-1].split()[-1])  # shown apart, not in the states
        return found

    def people() -> int:  # a person once, though a transfer gives two SKP rows
        return len({tab.model.row_at(n).employee_id for n in range(tab.model.rowCount())})

    everyone = tab.model.rowCount()
    assert counts()["exempt"] == 2  # the demo's CLTN and tugas belajar
    assert sum(counts().values()) == people()
    name = tab.model.row_at(3).name.split()[0]
    qtbot.keyClicks(tab.search, name)
    qtbot.waitUntil(lambda: tab.model.rowCount() < everyone, timeout=3000)
    assert sum(counts().values()) == people()  # the counts of the employees the search leaves
    status = next(
        tab.model.row_at(n).status
        for n in range(tab.model.rowCount())
        if tab.model.row_at(n).exemption is None
    )
    tab.status_filter.setFocus()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(status))
    assert counts()[status] == tab.model.rowCount()


def test_the_evaluation_counts_follow_the_search(qtbot, demo):
    tab = evaluation_tab.EvaluationTab()
    qtbot.addWidget(tab)
    tab.show()

    def counts() -> tuple[int, int]:
        first, _late, exempt = tab.counts.text().split(" · ")  # issue 20: late, exempt after
        done, total = first.replace(" final", "").split(" of ")
        return int(done), int(total) + int(exempt.split()[0])

    everyone = tab.model.rowCount()
    assert counts()[1] == everyone
    row = tab.model.row_at(2)
    qtbot.keyClicks(tab.search, row.nip.replace(" ", ""))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert counts() == (int(row.state == evaluation_tab.evaluations.FINALISED), 1)


def test_each_user_comes_back_to_their_own_tab(qtbot, demo):
    auth.create_user("t_ani", PASSWORD, "hr")
    auth.create_user("t_budi", PASSWORD, "hr")

    def open_as(username: str) -> MainWindow:
        session.sign_in_as(auth.authenticate(username, PASSWORD))
        window = MainWindow("Dinas", session=session.current())
        qtbot.addWidget(window)
        window.show()
        return window

    def click_tab(window: MainWindow, n: int) -> None:
        bar = window.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(n).center())
        assert window.tabs.currentIndex() == n

    audited = AuditEntry.select().count()
    ani = open_as("t_ani")
    click_tab(ani, 2)
    ani.close()
    budi = open_as("t_budi")
    assert budi.tabs.currentIndex() == 0  # not the tab Ani left open on this computer
    click_tab(budi, 3)
    budi.close()
    ani = open_as("t_ani")
    assert ani.tabs.currentIndex() == 2
    ani.close()
    budi = open_as("t_budi")
    assert budi.tabs.currentIndex() == 3
    budi.close()
    # a UI preference: no office Setting, no audit entry from any close
    assert AuditEntry.select().count() == audited
    assert Setting.select().where(Setting.key.startswith("ui.")).count() == 0


def test_an_old_audited_last_tab_setting_is_ignored_and_kept(qtbot, demo):
    """Databases written before: the old `ui.last_tab.<user>` Setting is neither read nor
    deleted (data is never removed), and closing adds no audit entry."""
    auth.create_user("t_ani", PASSWORD, "hr")
    office_settings.put("ui.last_tab.t_ani", "development")
    audited = AuditEntry.select().count()
    session.sign_in_as(auth.authenticate("t_ani", PASSWORD))
    window = MainWindow("Dinas", session=session.current())
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.currentIndex() == 0
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    window.close()
    assert AuditEntry.select().count() == audited
    assert office_settings.get("ui.last_tab.t_ani") == "development"


def test_the_last_tab_is_kept_per_database(qtbot, demo, tmp_path, demo_templates):
    """Two databases on one computer, the same account name: each opens on its own tab."""
    auth.create_user("t_ani", PASSWORD, "hr")

    def open_as_ani() -> MainWindow:
        session.sign_in_as(auth.authenticate("t_ani", PASSWORD))
        window = MainWindow("Dinas", session=session.current())
        qtbot.addWidget(window)
        window.show()
        return window

    first = open_as_ani()
    bar = first.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    first.close()
    session.sign_in_as(None)
    demo_templates.open_copy(tmp_path / "lain.db", 30, seed=8, today=TODAY)
    auth.create_user("t_ani", PASSWORD, "hr")
    other = open_as_ani()
    assert other.tabs.currentIndex() == 0
    other.close()
