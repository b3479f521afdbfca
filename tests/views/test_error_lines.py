"""The red message lines of the forms (`views.widgets.error_label`, `FieldForm`) keep their
place while empty (issue 18, defect 6): a message that appears under one field never moves the
fields below it under the pointer, and it goes again without moving anything."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit

from desktop_app.errors import FieldErrors, InputError
from desktop_app.views.widgets import FieldForm, error_label, show_error


def _form(qtbot) -> tuple[QDialog, FieldForm, QLineEdit, QLineEdit]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = FieldForm(QFormLayout(dialog))
    first, second = QLineEdit(), QLineEdit()
    form.add("first", "First:", first)
    form.add("second", "Second:", second)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, form, first, second


def _place(widget) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    point = widget.mapTo(widget.window(), widget.rect().topLeft())
    return point.x(), point.y()


def test_a_message_under_a_field_moves_nothing_below_it(qtbot):
    dialog, form, _first, second = _form(qtbot)
    before = _place(second), dialog.size()
    form.show(FieldErrors({"first": InputError("Type a value.")}), error_label())
    qtbot.wait(10)
    assert form.errors["first"].text() == "Type a value."
    assert (_place(second), dialog.size()) == before
    form.clear()
    qtbot.wait(10)
    assert form.errors["first"].text() == ""
    assert (_place(second), dialog.size()) == before


def test_an_empty_error_line_is_in_the_layout_with_a_line_of_room(qtbot):
    label = error_label()
    qtbot.addWidget(label)
    assert label.minimumHeight() >= label.fontMetrics().height()
    show_error(label, "Choose a folder.")
    assert label.text() == label.toolTip() == "Choose a folder."
    show_error(label, "")
    assert label.text() == "" and label.minimumHeight() >= label.fontMetrics().height()
