"""Typing into table cells and fields as a user does (issue 18): open a cell's editor by
double-click or F2, type, and leave it by Tab, Enter, a click elsewhere or closing the dialog.
Nothing here sets a text or calls a slot of the widget under test."""

from __future__ import annotations

import io

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget

LEAVES = ("tab", "enter", "click", "close")


def activate(qtbot, window: QWidget) -> None:
    """Show the window and make it the active one, so focus moves as on a desktop."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def click_cell(qtbot, table: QAbstractItemView, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_cell(qtbot, table: QAbstractItemView, row: int, column: int, how: str = "f2") -> QWidget:
    """Open the editor of a cell by double-click ("double") or by clicking it and F2 ("f2");
    returns the editor widget Qt put over the cell."""
    click_cell(qtbot, table, row, column)
    if how == "double":
        rect = table.visualRect(table.model().index(row, column))
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState, timeout=3000)
    editors = [
        w
        for w in table.viewport().findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox) and w.isVisible()
    ]
    assert editors, "no cell editor opened"
    return editors[-1]


def type_into_cell(qtbot, editor: QWidget, text: str) -> None:
    """Replace what the cell editor holds by `text`, key by key."""
    line = editor if isinstance(editor, QLineEdit) else editor.lineEdit()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def leave_cell(qtbot, editor: QWidget, how: str, elsewhere: QWidget, dialog: QWidget) -> None:
    """Leave the cell editor by Tab, Enter, a click on `elsewhere`, or closing `dialog` (the
    window's close button: its close event)."""
    if how == "tab":
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    elif how == "enter":
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    elif how == "click":
        qtbot.mouseClick(elsewhere, Qt.MouseButton.LeftButton)
    else:
        assert how == "close"
        dialog.close()
    qtbot.waitUntil(lambda: _closed(editor), timeout=3000)  # Enter commits through the queue


def _closed(editor: QWidget) -> bool:
    return not shiboken6.isValid(editor) or not editor.isVisible()


def pdf_text(build, *args) -> str:
    """The text of a PDF built into memory by `build(target, *args)`."""
    from pypdf import PdfReader

    buffer = io.BytesIO()
    build(buffer, *args)
    buffer.seek(0)
    return "\n".join(page.extract_text() for page in PdfReader(buffer).pages)
