"""Dialog kinerja and konseling kinerja of one employee: the list of records with the
follow-up of the poor predikat (which one still lacks its konseling), the editor of a record
(typed dates with their messages, the other participants from the register or typed), and the
printed signed record. Writes go through `services.development.dialogue` (the pejabat penilai
for their staff, HR for everyone)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n.translator import domain_text, period_text, tr_
from desktop_app.scoring.idp import period_words
from desktop_app.scoring.nip import display_nip
from desktop_app.services.development import dialogue
from desktop_app.services.development.dialogue import DialogueInput
from desktop_app.services.register import employee_queries
from desktop_app.views import messages, print_actions
from desktop_app.views.formatting import format_date
from desktop_app.views.record_list_dialog import RecordListDialog
from desktop_app.views.typed_input.fields import TypedEdit, message_line
from desktop_app.views.typed_input.forms import MessageForm
from desktop_app.views.typed_input.kinds import DATE, date_kind
from desktop_app.views.widgets import (
    EmployeePicker,
    dialog_buttons,
    resize_within_screen,
    set_enabled_why,
    today,
    why_no_row,
)

ID_ROLE = Qt.ItemDataRole.UserRole
HELD_KIND = date_kind(latest=today, required=True)


def open_form(dialog: QDialog) -> bool:
    """Show a form modally; True when it was saved (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def _text_edit(name: str, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)  # Tab leaves the field, as in every other field
    edit.setFixedHeight(height)
    return edit


def evaluation_words(choice: dialogue.Choice) -> str:
    """ "Quarter I 2025 (Butuh Perbaikan)" on an English screen, "Triwulan I 2025 (…)" on an
    Indonesian one: the period in the interface language, the predikat an official term."""
    if not choice.period_key:
        return domain_text(choice.text)
    words = period_text(choice.period_key)
    return f"{words} ({choice.predikat})" if choice.predikat else words


class DialogueForm(QDialog):
    """Add or edit one record of `employee_id`."""

    def __init__(
        self, employee_id: int, dialogue_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DialogueForm")
        self.employee_id = employee_id
        self.dialogue_id = dialogue_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("New dialogue or counselling")
            if dialogue_id is None
            else self.tr("Edit dialogue or counselling")
        )
        data = dialogue.get_dialogue(dialogue_id) if dialogue_id is not None else None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        self.form = MessageForm(form)
        self.kind = QComboBox()
        self.kind.setObjectName("dialogueKind")
        for code, label in dialogue.KIND_LABELS.items():
            self.kind.addItem(tr_("scoring", label), code)
        self.held_on = TypedEdit(HELD_KIND)
        self.held_on.setObjectName("dialogueHeldOn")
        self.held_on.setPlaceholderText(self.tr("e.g. 10 April 2026"))
        self.others = _text_edit("dialogueOthers", 52)
        self.others.setPlaceholderText(self.tr("One name a line"))
        people = employee_queries.list_employees()
        self._people = {r.id: r for r in people}
        pick_row = QWidget()
        pick_layout = QHBoxLayout(pick_row)
        pick_layout.setContentsMargins(0, 0, 0, 0)
        self.picker = EmployeePicker(people)
        self.picker.setObjectName("dialoguePicker")
        self.add_person = QPushButton(self.tr("Add to the &participants"))
        self.add_person.setObjectName("dialogueAddPerson")
        self.add_person.clicked.connect(self.add_participant)
        pick_layout.addWidget(self.picker, 1)
        pick_layout.addWidget(self.add_person)
        pick_row.setFocusProxy(self.picker)  # the label's mnemonic goes to the picker
        pick_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.topic = _text_edit("dialogueTopic")
        self.agreement = _text_edit("dialogueAgreement")
        self.follow_up_on = TypedEdit(DATE)
        self.follow_up_on.setObjectName("dialogueFollowUp")
        self.follow_up_on.setPlaceholderText(self.tr("optional, e.g. 10 May 2026"))
        self.evaluation = QComboBox()
        self.evaluation.setObjectName("dialogueEvaluation")
        self.evaluation.addItem(self.tr("(none)"), None)
        for choice in dialogue.evaluation_choices(employee_id):
            self.evaluation.addItem(evaluation_words(choice), choice.id)
        self.plan = QComboBox()
        self.plan.setObjectName("dialoguePlan")
        self.plan.addItem(self.tr("(none)"), None)
        for choice in dialogue.plan_choices(employee_id):
            self.plan.addItem(choice.text, choice.id)
        add = self.form.add
        add("kind", self.tr("&Kind:"), self.kind)
        add("held_on", self.tr("&Day held:"), self.held_on)
        add("others", self.tr("&Other participants:"), self.others)
        form.addRow(self.tr("From the &register:"), pick_row)
        form.addRow(message_line("dialoguePickerRoom"))  # the room the other rows' lines keep
        add("topic", self.tr("&Topic discussed:"), self.topic)
        add("agreement", self.tr("What was &agreed:"), self.agreement)
        add("follow_up_on", self.tr("&Follow-up date:"), self.follow_up_on)
        add("evaluation", self.tr("Follows up the &evaluation:"), self.evaluation)
        add("development_plan", self.tr("Follows up the &IDP:"), self.plan)
        layout.addLayout(form)
        self.general = message_line("dialogueGeneral")
        layout.addWidget(self.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Save"), self.save))
        if data is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
            self.held_on.set_value(data.held_on)
            self.others.setPlainText("\n".join(data.others))
            self.topic.setPlainText(data.topic)
            self.agreement.setPlainText(data.agreement)
            self.follow_up_on.set_value(data.follow_up_on)
            self.evaluation.setCurrentIndex(max(self.evaluation.findData(data.evaluation_id), 0))
            self.plan.setCurrentIndex(max(self.plan.findData(data.development_plan_id), 0))
        resize_within_screen(self, 720, 560)
        self.kind.setFocus()

    def add_participant(self) -> None:
        """The chosen register employee's name and NIP as one more line of the others."""
        row = self._people.get(self.picker.employee_id() or 0)
        if row is None:
            return
        line = f"{row.name} (NIP {display_nip(row.nip)})"
        lines = [t for t in self.others.toPlainText().splitlines() if t.strip()]
        if line not in lines:
            self.others.setPlainText("\n".join([*lines, line]))
        self.picker.set_id(None)

    def input(self) -> DialogueInput:
        return DialogueInput(
            employee_id=self.employee_id,
            kind=self.kind.currentData(),
            held_on=self.held_on.value(),
            topic=self.topic.toPlainText(),
            agreement=self.agreement.toPlainText(),
            others=self.others.toPlainText().splitlines(),
            follow_up_on=self.follow_up_on.value(),
            evaluation_id=self.evaluation.currentData(),
            development_plan_id=self.plan.currentData(),
        )

    def _refuse(self, found: dict[str, str]) -> None:
        first = self.form.show(found, self.general)
        if not self.general.text():
            self.general.setText(self.tr("Nothing was saved: correct the fields marked."))
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        """A refused typed date first (the field says why), then the service's checks."""
        self.form.clear()
        self.general.setText("")
        typed = self.form.typed_problems()
        if typed:
            self._refuse(typed)
            return
        for edit in (self.held_on, self.follow_up_on):
            edit.tidy()  # saved exactly as shown
        try:
            self.saved_id = dialogue.save_dialogue(self.input(), self.dialogue_id)
        except FieldErrors as err:
            self._refuse({key: messages.error_text(p) for key, p in err.errors.items()})
            return
        except ServiceError as err:
            self.general.setText(messages.error_text(err))
            return
        self.accept()


class DialogueDialog(RecordListDialog):
    """The records of one employee and the follow-up of their poor predikat of `year`."""

    def __init__(
        self, employee_id: int, name: str, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DialogueDialog")
        self.employee_id = employee_id
        self.year = year
        self.name = name
        self.setWindowTitle(self.tr("Dialogue and counselling: {name}").format(name=name))
        self.follow_up = QLabel()
        self.follow_up.setObjectName("dialogueFollowUpLines")
        self.follow_up.setWordWrap(True)
        self.body.addWidget(self.follow_up)
        self.add_table("dialogueTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.add_button = QPushButton(self.tr("&New…"))
        self.add_button.setObjectName("dialogueNew")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("dialogueEdit")
        self.delete_button = QPushButton(self.tr("&Remove"))
        self.delete_button.setObjectName("dialogueRemove")
        self.print_button = QPushButton(self.tr("&Print the record"))
        self.print_button.setObjectName("dialoguePrint")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.remove)
        self.print_button.clicked.connect(self.print_current)
        self.button_bar(
            (self.add_button, self.edit_button, self.delete_button, self.print_button),
            self.tr("&Close"),
        )
        self.add_shortcuts()
        self.may_write = dialogue.may_write(employee_id)
        self.reload()
        resize_within_screen(self, 1100, 520)

    def reload(self, select: int | None = None) -> None:
        headers = [
            self.tr("Day held"),
            self.tr("Kind"),
            self.tr("Topic"),
            self.tr("Agreed"),
            self.tr("Follow-up"),
            self.tr("Follows up"),
            self.tr("Appraiser"),
        ]

        def items(row) -> list[QStandardItem]:  # type: ignore[no-untyped-def]
            kind = tr_("scoring", dialogue.KIND_LABELS.get(row.kind, row.kind)).split(" (")[0]
            return [
                QStandardItem(format_date(row.held_on)),
                QStandardItem(kind),
                QStandardItem(" ".join(row.topic.split())),
                QStandardItem(" ".join(row.agreement.split())),
                QStandardItem(format_date(row.follow_up_on) if row.follow_up_on else ""),
                QStandardItem(domain_text(row.follows)),
                QStandardItem(row.appraiser_name),
            ]

        self.fill(
            headers,
            dialogue.list_dialogues(self.employee_id),
            items,
            select=select,
            widths=(120, 140, 240, 220, 110, 190, 170),
            fit_titles=True,
        )
        self.follow_up.setText(self._follow_up_text())
        self._update()

    def _follow_up_text(self) -> str:
        lines = dialogue.follow_up_lines(self.employee_id, self.year)
        if not lines:
            return self.tr("No poor predikat in {year}: no konseling kinerja is required.").format(
                year=self.year
            )
        parts = []
        for line in lines:
            what = domain_text(f"{period_words(line.period_key)} ({line.predikat.label})")
            if line.counselled_on is None:
                parts.append(self.tr("{what}: no konseling kinerja yet").format(what=what))
            else:
                parts.append(
                    self.tr("{what}: konseling kinerja on {day}").format(
                        what=what, day=format_date(line.counselled_on)
                    )
                )
        return self.tr("Follow-up of a poor predikat: {lines}").format(lines="; ".join(parts))

    def _update(self) -> None:
        has_row = self.current_id() is not None
        denied = self.tr("Only the employee's appraiser or HR records dialogues.")
        set_enabled_why(self.add_button, self.may_write, denied)
        for button in (self.edit_button, self.delete_button):
            set_enabled_why(button, self.may_write and has_row, denied if has_row else why_no_row())
        set_enabled_why(self.print_button, has_row, why_no_row())

    def open_form(self, form: QDialog) -> bool:
        return open_form(form)

    def add(self) -> None:
        if self.add_button.isEnabled():
            self.run_form(DialogueForm(self.employee_id, None, self))

    def edit(self) -> None:
        dialogue_id = self.current_id()
        if dialogue_id is not None and self.edit_button.isEnabled():
            self.run_form(DialogueForm(self.employee_id, dialogue_id, self))

    def remove(self) -> None:
        dialogue_id = self.current_id()
        if dialogue_id is None or not self.delete_button.isEnabled():
            return
        self.confirm_remove(
            dialogue_id,
            self.tr("Remove the record"),
            self.tr("Remove this record? Only for one entered by mistake."),
            dialogue.delete_dialogue,
        )

    def print_current(self) -> None:
        dialogue_id = self.current_id()
        if dialogue_id is not None:
            print_actions.show_dialogue(self, [dialogue_id], self.name)


def open_records(dialog: QDialog) -> bool:
    """Show the records modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_records(parent: QWidget | None, employee_id: int, name: str, year: int) -> bool:
    """The dialog kinerja / konseling kinerja records of one employee, from wherever that
    employee is selected (the SKP, Evaluasi and Pengembangan tabs, the IDP's follow-up of a
    poor predikat). True when a record was added, changed or removed."""
    try:
        dialog = DialogueDialog(employee_id, name, year, parent)
    except ServiceError as err:
        messages.show_error(parent, err)
        return False
    try:
        open_records(dialog)
    finally:
        dialog.deleteLater()
    return dialog.changed
