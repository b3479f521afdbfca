"""The register history on the employee record (issue 20): "History…" opens the read-only
list of an employee's stretches, newest first, after a transfer the new post from August and
the earlier one until July; an edit through the employee form adds today's line."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from desktop_app.services.register import employee_queries
from desktop_app.views.formatting import format_date
from desktop_app.views.register import history_dialog
from desktop_app.views.register.employee_dialog import EmployeeDialog
from tests.services.test_transfers import (
    _move,
    people,  # noqa: F401  (the fixture)
)
from tests.views.keyboard import activate

pytestmark = pytest.mark.gui


def _lists(monkeypatch) -> list[list[list[str]]]:
    shown: list[list[list[str]]] = []

    def record(dialog) -> None:
        model = dialog.model
        assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
        shown.append(
            [
                [model.index(r, c).data() for c in range(model.columnCount())]
                for r in range(model.rowCount())
            ]
        )

    monkeypatch.setattr(history_dialog, "open_history", record)
    return shown


def test_the_history_after_a_transfer_and_an_edit(qtbot, people, monkeypatch):  # noqa: F811
    shown = _lists(monkeypatch)
    _move(people)
    form = EmployeeDialog(employee_queries.list_employees(), people["budi"])
    qtbot.addWidget(form)
    activate(qtbot, form)
    button = form.findChild(QPushButton, "registerHistory")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown[-1] == [
        ["1 August 2026", "today", "Puskesmas Kota", "Pengelola Data", "III/b", "Kapus",
         "Transfer, promotion or new appraiser"],
        ["(before)", "31 July 2026", "Dinas Kesehatan", "Analis", "III/b", "Kabid",
         "When the history began"],
    ]  # fmt: skip

    form.grade.setFocus()
    qtbot.keyClicks(form.grade, "III/c")
    assert form.grade.currentText().startswith("III/c")
    box = form.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.general_error.text()
    again = EmployeeDialog(employee_queries.list_employees(), people["budi"])
    qtbot.addWidget(again)
    activate(qtbot, again)
    qtbot.keyClick(again, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # Histor&y…
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=3000)
    today = dt.date.today()
    newest = shown[-1][0]
    assert newest[4] == "III/c" and newest[6] == "Register edit" and newest[1] == "today"
    assert len(shown[-1]) == 3 and shown[-1][1][:3] == [
        "1 August 2026",
        format_date(today - dt.timedelta(days=1)),
        "Puskesmas Kota",
    ]
