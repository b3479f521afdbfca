"""The status histories of the SKP, the evaluation and the IDP say under which Plt/Plh the
appraiser took a step (issue 20, leftover of point 2): the demo's Kabid post had a Plt from
1 January to 30 April, so the steps of his staff's records in that time read "…, as Plt.
Kepala Bidang … (decree …)", in the interface language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.models import (
    DevelopmentStatusChange,
    EvaluationStatusChange,
    PlanStatusChange,
)
from desktop_app.views.development.editor import IdpEditor
from desktop_app.views.evaluation.editor import EvaluationEditor
from desktop_app.views.skp.editor import SkpEditor

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def demo(tmp_path, demo_templates):
    return demo_templates.open_copy(tmp_path / "kantor.db", 30, seed=7, today=TODAY)


@pytest.fixture
def indonesian(qapp):
    from desktop_app.i18n import translator

    translator.install("id")
    yield
    translator.install("en")


def _history_rows(qtbot, editor, model) -> list[list[str]]:
    """Open the editor, click its history tab as a user does, read the table."""
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    bar = editor.tabs.tabBar()
    last = editor.tabs.count() - 1
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(last).center())
    assert editor.tabs.currentIndex() == last
    model = model()
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _acted(changes, to_status: str):  # type: ignore[no-untyped-def]
    row = (
        changes.select()
        .where((changes.acting != "") & (changes.to_status == to_status))
        .order_by(changes.id)
        .first()
    )
    assert row is not None, f"the demo has a {to_status} step under the Plt"
    return row


def _who(rows: list[list[str]], step_word: str) -> str:
    return next(r[1] for r in rows if any(step_word in cell for cell in r[2:]))


def test_the_skp_history_names_the_plt_step(qtbot, demo):
    change = _acted(PlanStatusChange, "APPROVED")
    editor = SkpEditor(change.plan_id)
    rows = _history_rows(qtbot, editor, lambda: editor.history_model)
    who = _who(rows, "Approved")
    position, _, rest = change.acting.partition(": ")
    decree = rest.rpartition(" (")[2].rstrip(")")
    assert f"as {position} (decree {decree})" in who, who
    assert position.startswith("Plt. Kepala Bidang")
    # the steps without an assignment stay as they were
    assert all(" as Plt." not in r[1] for r in rows if "Submitted" in r[3])


def test_the_evaluation_history_names_the_plt_step(qtbot, demo):
    change = _acted(EvaluationStatusChange, "FINAL")
    editor = EvaluationEditor(change.evaluation_id)
    rows = _history_rows(qtbot, editor, lambda: editor.history_page.model)
    assert any("as Plt. Kepala Bidang" in r[1] for r in rows), rows


def test_the_idp_history_names_the_plt_step_in_indonesian(qtbot, demo, indonesian):
    change = _acted(DevelopmentStatusChange, "AGREED")
    editor = IdpEditor(change.plan_id)
    rows = _history_rows(qtbot, editor, lambda: editor.history_model)
    assert any("sebagai Plt. Kepala Bidang" in r[1] for r in rows), rows
