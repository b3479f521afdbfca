"""Every dialog of the program fits a 1366×768 screen, in Indonesian and in English: its frame
(with a window manager's title bar) lies within the screen less a taskbar, and no visible child
widget reaches below the dialog's bottom edge.

Each dialog is built with a real demo database and signed in with a role that can open it,
filled with the largest record the demo holds (the SKP with the most indicators, ...). The
checks need a screen of exactly 1366×768, which the suite's offscreen screen is not: the test
`test_every_dialog_fits_a_1366x768_screen` runs this file again in a child process on an
offscreen screen of that size (tests/data/screen_1366x768.json), where the per-dialog tests
run. `test_every_dialog_class_has_a_case` keeps the list complete: a new QDialog under
desktop_app/views without a case here fails."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tests.views.dialog_cases import CASES
from tests.views.test_header_titles import cut_titles, visit_every_tab

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SCREEN_CONFIG = ROOT / "tests" / "data" / "screen_1366x768.json"
SCREEN = (1366, 768)
TASKBAR = 40  # a Windows taskbar at the bottom of the screen
TITLE_BAR = 32  # the window manager's title bar above the dialog (offscreen draws none)
INNER = os.environ.get("KINERJA_GEOMETRY_RUN") == "1"


def _on_1366_screen() -> bool:
    screen = QGuiApplication.primaryScreen()
    return screen is not None and (screen.size().width(), screen.size().height()) == SCREEN


# ---------------------------------------------------------------- the check


def geometry_problems(dialog: QDialog) -> list[str]:
    """What does not fit: a frame larger than the screen leaves (less a title bar and a
    taskbar, which the offscreen screen does not reserve), a frame outside the screen, or
    children cut off below the bottom."""
    problems: list[str] = []
    available = dialog.screen().availableGeometry()
    usable = (available.width(), available.height() - TITLE_BAR - TASKBAR)
    frame = dialog.frameGeometry()
    if frame.width() > usable[0] or frame.height() > usable[1]:
        problems.append(
            f"{type(dialog).__name__} is {frame.width()}×{frame.height()}, the screen leaves "
            f"{usable[0]}×{usable[1]}"
        )
    elif not available.contains(frame):
        problems.append(f"{type(dialog).__name__} at {frame.getRect()} leaves the screen")
    bottom = dialog.height()
    for child in dialog.findChildren(QWidget):
        if not child.isVisibleTo(dialog) or child.isWindow() or _scrolls(child, dialog):
            continue
        child_bottom = child.mapTo(dialog, QPoint(0, child.height())).y()
        if child_bottom > bottom + 1:
            name = child.objectName() or type(child).__name__
            text = child.text() if isinstance(child, QLabel) else ""
            problems.append(
                f"{type(dialog).__name__}: {name} {text[:40]!r} ends at {child_bottom}, "
                f"below the bottom {bottom}"
            )
    return problems


def _scrolls(child: QWidget, dialog: QDialog) -> bool:
    """Inside a scroll area's viewport: below the fold on purpose, reached by scrolling."""
    widget = child.parentWidget()
    while widget is not None and widget is not dialog:
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            return True
        widget = parent
    return False


def show_and_check(qtbot, dialog: QDialog) -> list[str]:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QGuiApplication.processEvents()
    return geometry_problems(dialog)


# ---------------------------------------------------------------- the data


@pytest.fixture
def demo(demo_templates, tmp_path):
    """The demo office of 60 people, as the walkthroughs use it."""
    demo_templates.open_copy(tmp_path / "kinerja.sqlite", 60, seed=1)
    return tmp_path


def dialog_classes() -> set[str]:
    """Every class under desktop_app/views that derives from QDialog (by its bases' names),
    directly or through a dialog base of the program (views/record_list_dialog.py)."""
    classes: list[tuple[str, list[str]]] = []
    for path in (ROOT / "desktop_app" / "views").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes.append((node.name, [ast.unparse(b).split(".")[-1] for b in node.bases]))
    found: set[str] = set()
    grown = True
    while grown:
        before = len(found)
        found |= {name for name, bases in classes if {"QDialog", *found} & set(bases)}
        grown = len(found) > before
    return found


def test_every_dialog_class_has_a_case():
    assert dialog_classes() == set(CASES)


# ---------------------------------------------------------------- the runs


@pytest.fixture(params=["id", "en"])
def language(request, qapp):
    from desktop_app.i18n import translator

    translator.install(request.param)
    yield request.param
    translator.install("en")


def check_dialog_fits(qtbot, demo, language, name):  # type: ignore[no-untyped-def]
    assert _on_1366_screen()
    dialog = CASES[name](demo)
    assert show_and_check(qtbot, dialog) == []
    visit_every_tab(dialog)  # and no column title cut, on any page (test_header_titles.py)
    assert cut_titles(dialog) == []


class TooTall(QDialog):
    """A planted dialog taller than the screen: the check must refuse it."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        for n in range(40):
            label = QLabel(f"Baris {n}")
            label.setMinimumHeight(24)
            layout.addWidget(label)


def check_refuses_a_planted_too_tall_dialog(qtbot):  # type: ignore[no-untyped-def]
    assert _on_1366_screen()
    problems = show_and_check(qtbot, TooTall())
    assert problems and "TooTall is" in problems[0]
    squeezed = TooTall()
    squeezed.layout().setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    squeezed.setFixedHeight(300)  # fits the screen, but its last rows are cut off
    problems = show_and_check(qtbot, squeezed)
    assert problems and all("below the bottom 300" in p for p in problems)
    assert any("'Baris 39'" in p for p in problems)


if INNER:  # the child process on the 1366×768 screen: one test per dialog and language
    test_dialog_fits = pytest.mark.parametrize("name", sorted(CASES))(check_dialog_fits)
    test_the_check_refuses_a_planted_too_tall_dialog = check_refuses_a_planted_too_tall_dialog


def run_on_a_1366x768_screen() -> None:
    """This file's per-dialog tests in a child process whose screen is 1366×768."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN_CONFIG}"
    env["KINERJA_GEOMETRY_RUN"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(Path(__file__)),
            "-k",
            "test_dialog_fits or planted",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    report = run.stdout[-6000:] + run.stderr[-2000:]  # which dialog, what does not fit
    assert run.returncode == 0, report
    expected = 2 * len(CASES) + 1
    assert f"{expected} passed" in run.stdout, report


if not INNER:  # the suite's own process: run the child and read its result

    def test_every_dialog_fits_a_1366x768_screen(database_templates) -> None:
        # the child copies the demo this run's other tests build (tests/conftest.py)
        run_on_a_1366x768_screen()
