"""HR's PPPK recommendation list is made in a worker thread behind the cancellable progress
dialog (3,000 PPPK take about ten seconds): chosen from the Evaluasi tab's Print menu by
keyboard, it is written and opened; cancelled while it renders, it leaves no file, not even a
half-written `.part`."""

from __future__ import annotations

import datetime as dt
import threading

import pypdf
import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QProgressDialog, QPushButton
from shiboken6 import isValid

from desktop_app.services.register import contracts
from desktop_app.services.register.contracts import ContractInput
from desktop_app.services.reports import followup, print_folder
from desktop_app.views import print_feedback
from desktop_app.views.evaluation.tab import EvaluationTab
from tests import followup_office
from tests.followup_office import YEAR, sign_in

pytestmark = pytest.mark.gui


@pytest.fixture
def hr_tab(qtbot, office, monkeypatch):
    people = followup_office.build()
    contracts.save_contract(
        ContractInput(people.pia, dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31), "PART", "800/1")
    )
    sign_in("staffhr")
    opened: list[object] = []
    monkeypatch.setattr(print_feedback, "open_in_system", lambda path: opened.append(path) or True)
    monkeypatch.setattr(print_feedback, "show_result", lambda box: None)
    tab = EvaluationTab()
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab, opened


def _choose_pppk_from_the_print_menu(qtbot, tab) -> None:
    """Open the Print menu with the mouse and choose the PPPK list with the keyboard."""

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        while menu.activeAction() is not tab.print_pppk_action:
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(200, choose)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)


def _progress_dialogs() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isValid(w) and isinstance(w, QProgressDialog) and w.isVisible()
    ]


def _pdfs() -> list[str]:
    return sorted(p.name for p in print_folder().iterdir() if "rekomendasi-pppk" in p.name)


def test_the_list_is_made_off_the_gui_thread_and_opened(qtbot, hr_tab):
    tab, opened = hr_tab
    threads: list[bool] = []
    real = followup.pppk_report

    def report(*args, **kwargs):
        threads.append(QThread.currentThread() is QApplication.instance().thread())
        return real(*args, **kwargs)

    followup.pppk_report = report
    try:
        _choose_pppk_from_the_print_menu(qtbot, tab)
        qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    finally:
        followup.pppk_report = real
    assert threads == [False]  # read in the worker thread
    text = pypdf.PdfReader(opened[0]).pages[0].extract_text()
    assert "REKOMENDASI PERPANJANGAN PERJANJIAN KERJA PPPK" in text and "Pia" in text
    assert _pdfs() == [opened[0].name]


def test_cancel_while_it_renders_leaves_no_file(qtbot, hr_tab, monkeypatch):
    tab, opened = hr_tab
    cancelled, seen = threading.Event(), {}
    real = followup.build_pppk

    def build(target, report, setup, on_page=None):
        def page(pages: int) -> None:
            # the first page is laid out: the half-written file is on the disk now
            seen["parts"] = [p.name for p in target.parent.iterdir() if p.suffix == ".part"]
            cancelled.wait(20)
            on_page(pages)  # the progress raises Cancelled: the rendering stops

        return real(target, report, setup, page)

    monkeypatch.setattr(followup, "build_pppk", build)

    def press_cancel() -> None:
        for widget in _progress_dialogs():
            button = widget.findChild(QPushButton)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # Cancel
            cancelled.set()
            poller.stop()

    poller = QTimer()
    poller.timeout.connect(press_cancel)
    poller.start(100)
    _choose_pppk_from_the_print_menu(qtbot, tab)
    qtbot.waitUntil(cancelled.is_set, timeout=20000)
    qtbot.waitUntil(lambda: not _progress_dialogs(), timeout=20000)  # the task has ended
    poller.stop()
    assert seen["parts"] and seen["parts"][0].startswith("rekomendasi-pppk")
    assert opened == []
    assert _pdfs() == []  # neither the PDF nor its .part
