"""The red message lines of the forms (`views.widgets.error_label`, `FieldForm`) keep their
place while empty (issue 18, defect 6): a message that appears under one field never moves the
fields below it under the pointer, and it goes again without moving anything."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from desktop_app.errors import FieldErrors, InputError
from desktop_app.views.typed_input.message_lines import MessageLine, fits
from desktop_app.views.widgets import ERROR_STYLE, FieldForm, error_label, show_error
from tests.views.dialog_cases import CASES


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


# ------------------------------------------------- a long message in every dialog that has one

ROOT = Path(__file__).resolve().parents[2]
# They fill the screen (no room to grow): two lines are kept for their message.
EDITORS = {"SkpEditor", "EvaluationEditor", "IdpEditor", "ImportDialog"}
INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QCheckBox,
    QRadioButton,
    QAbstractItemView,
)


def _dialogs_with_error_lines() -> set[str]:
    """The dialog classes under desktop_app/views whose code makes an `error_label` or a
    `FieldForm` (found in the source, so a new one joins the test below by itself)."""
    found: set[str] = set()
    for path in (ROOT / "desktop_app" / "views").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                body = ast.get_source_segment(text, node) or ""
                if ("error_label(" in body or "FieldForm(" in body) and node.name in CASES:
                    found.add(node.name)
    return found


WITH_ERROR_LINES = sorted(_dialogs_with_error_lines())


def test_the_dialogs_with_error_lines_are_found():
    assert {"SkpEditor", "BatchDialog", "TransferDialog", "HqKeyDialog"} <= set(WITH_ERROR_LINES)
    assert set(WITH_ERROR_LINES) <= set(CASES)


def _editable(widget: QWidget) -> bool:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractItemView):
        return widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    return True


def _inside_an_input(widget: QWidget, dialog: QDialog) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, INPUTS):
            return True
        parent = parent.parentWidget()
    return False


def _places(dialog: QDialog, line: QLabel) -> dict[str, tuple[int, int, int, int]]:
    """Where each visible field of the dialog is, within the window: every input above the
    message line and every editable one anywhere (a read-only list below it may move down as
    the window grows, as the buttons do)."""
    places = {}
    top = line.mapTo(dialog, QPoint(0, 0)).y()
    for n, widget in enumerate(dialog.findChildren(QWidget)):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(dialog):
            continue
        if _inside_an_input(widget, dialog):  # a table's header, a combo's list...
            continue
        if widget.mapTo(dialog, QPoint(0, 0)).y() < top or _editable(widget):
            point = widget.mapTo(dialog, QPoint(0, 0))
            name = f"{n}:{type(widget).__name__}:{widget.objectName()}"
            places[name] = (point.x(), point.y(), widget.width(), widget.height())
    return places


def _long_message(label: QLabel, lines: float) -> str:
    """A message that wraps to about `lines` lines at the label's width."""
    sentence = "The change was not saved because another value on this form is not right yet. "
    text = sentence
    while label.fontMetrics().horizontalAdvance(text) < label.width() * lines:
        text += sentence
    return text.strip()


def _is_error_line(label: QLabel) -> bool:
    """Made by `error_label` (a plain red label before it was a MessageLine)."""
    old_kind = not isinstance(label, MessageLine) and label.styleSheet() == ERROR_STYLE
    return bool(label.property("errorLine")) or old_kind


def _general_lines(dialog: QDialog) -> list[MessageLine]:
    """The dialog's own message lines (not the lines of a FieldForm's fields)."""
    form = getattr(dialog, "fields", None)
    under_fields = set(form.errors.values()) if isinstance(form, FieldForm) else set()
    return [
        label
        for label in dialog.findChildren(QLabel)
        if _is_error_line(label) and label not in under_fields and label.isVisibleTo(dialog)
    ]


@pytest.fixture
def demo(demo_templates, tmp_path):
    demo_templates.open_copy(tmp_path / "kinerja.sqlite", 60, seed=1)
    return tmp_path


def _import_preview(tmp: Path) -> QDialog:
    """The register import at its preview step (its case in dialog_cases also checks the
    mapping step against a 1366×768 screen, which this suite's screen is not)."""
    from desktop_app.views.register import import_adapter
    from desktop_app.views.register.import_dialog import ImportDialog
    from tests.data.register_files import write_siasn_csv
    from tests.views.dialog_cases import _sign_in

    _sign_in("hr")
    path = write_siasn_csv(tmp / "Data Utama SIASN.csv", delimiter=";")
    return ImportDialog(import_adapter.detect(path))


BUILDERS = {**CASES, "ImportDialog": _import_preview}


@pytest.mark.parametrize("name", WITH_ERROR_LINES)
def test_a_long_message_wraps_whole_and_moves_no_field(qtbot, demo, name):
    dialog = BUILDERS[name](demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    lines = _general_lines(dialog)
    assert lines, f"{name} has no message line"
    sizes = [1.7] if name in EDITORS else [1.7, 4.5]
    for label in lines:
        before = _places(dialog, label)
        assert before
        for size in sizes:
            text = _long_message(label, size)
            show_error(label, text)
            qtbot.wait(20)
            assert label.text() == text
            assert fits(label), f"{name}: the message is cut"
            assert _places(dialog, label) == before, f"{name}: a field moved"
            show_error(label, "")
            qtbot.wait(20)
            assert _places(dialog, label) == before, f"{name}: a field moved as it went"


@pytest.mark.parametrize(
    "name",
    [
        n
        for n in WITH_ERROR_LINES
        if n
        in {
            "TransferDialog",
            "EmploymentStatusDialog",
            "OfficialForm",
            "LinkForm",
            "AssignmentForm",
            "EndForm",
        }
    ],
)
def test_a_long_field_message_is_shown_whole_below_and_moves_no_field(qtbot, demo, name):
    """A field's line lies between fields: a message longer than it is shortened there and
    said whole in the dialog's line, whose growing moves nothing."""
    dialog = CASES[name](demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    form: FieldForm = dialog.fields
    general = _general_lines(dialog)[0]
    key = next(iter(form.errors))
    before = _places(dialog, general)
    text = _long_message(form.errors[key], 3)
    form.show(FieldErrors({key: InputError(text)}), general)
    qtbot.wait(20)
    assert _places(dialog, general) == before, f"{name}: a field moved"
    assert form.errors[key].toolTip() == text and form.errors[key].text().endswith("…")
    assert general.text() == text and fits(general)
    assert fits(form.errors[key])
