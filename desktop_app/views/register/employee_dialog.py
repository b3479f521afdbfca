"""The employee form (Data Pegawai): add or edit one employee, with a message per wrong field.

Validation is the service's (`services.employees.save_employee` raises FieldErrors); the form
shows each message under its field, focuses the first one and keeps everything typed. The NIP,
the dates and the telephone are fields of the typed-input kit: checked while typing (a NIP once
its 18 digits are in, so HR sees at once which part is wrong), shown again in their one form
when left, refused before anything is sent to the service. Every field keeps a message line
in the layout (nothing moves when a message comes), and a message from Save goes as soon as
the field is fixed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.scoring.nip import clean_nip, display_nip
from desktop_app.services import concurrency
from desktop_app.services.register import employee_queries, employee_validation, employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employee_queries import EmployeeRow
from desktop_app.services.register.employees import EmployeeDetail, EmployeeInput
from desktop_app.services.register.reference_lists import (
    echelon_choices,
    grade_choices,
    jf_level_choices,
    position_type_choices,
)
from desktop_app.services.session import Action, allowed
from desktop_app.views import formatting, messages
from desktop_app.views.typed_input.fields import TypedEdit, message_line
from desktop_app.views.typed_input.forms import MessageForm
from desktop_app.views.typed_input.kinds import NIP, TELEPHONE, Refused, date_kind
from desktop_app.views.widgets import (
    EmployeePicker,
    add_unit_choices,
    dialog_buttons,
    resize_within_screen,
)

TMT_KIND = date_kind(latest=lambda: dt.date.today() + dt.timedelta(days=366))
"""A TMT (golongan, jabatan): from 1900 to a year ahead (an SK may be issued in advance)."""


def _nip_unfinished(text: str) -> bool:
    """A NIP still being typed: digits and separators only, fewer than 18 digits."""
    digits = clean_nip(text, strict=False)
    others = re.sub(r"[\s.\-]", "", text)
    return len(digits) < 18 and others == digits


PNS_ID_MAX = 80
"""Longer than any PNS ID the service stores (64), so a stored one is never cut when shown and
a pasted one that is too long is refused by the service with its message, not shortened."""
_PNS_ID_CHARS = re.compile(r"[0-9A-Za-z-]*")


def _compact(combo: QComboBox) -> None:
    """Long unit and jabatan names must not widen the form beyond the screen; the list that
    opens still shows them whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(28)
    combo.view().setMinimumWidth(420)


class EmployeeDialog(QDialog):
    """Add (`employee_id` None) or edit an employee. `rows` are the register's rows, used to
    choose the atasan langsung and the pejabat penilai without another query."""

    def __init__(
        self,
        rows: Sequence[EmployeeRow],
        employee_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EmployeeDialog")
        self.employee_id = employee_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Add employee") if employee_id is None else self.tr("Edit employee")
        )
        others = [r for r in rows if r.id != employee_id and r.active]

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)  # the group boxes frame it: 1366×768 unscrolled
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # identity ----------------------------------------------------------------------
        ident = QGroupBox(self.tr("Identity"))
        form = QFormLayout(ident)
        job = QGroupBox(self.tr("Position and superiors"))
        jform = QFormLayout(job)
        for layout in (form, jform):
            layout.setVerticalSpacing(2)
        self.form = MessageForm(form, self._messages_now, grow_window=False)  # fits 1366×768
        ident_fields = self.form
        self.nip = TypedEdit(NIP, unfinished=_nip_unfinished)
        self.nip.setObjectName("nip")
        self.nip.setPlaceholderText(self.tr("18 digits, spaces allowed"))
        self.nip.setMaxLength(24)
        ident_fields.add("nip", self.tr("NI&P / NI PPPK:"), self.nip)
        self.nip_info = QLabel()
        self.nip_info.setObjectName("nipInfo")
        # one line, kept while empty: what the NIP says moves no field under the pointer
        # (a wrapped label asked two lines once filled)
        self.nip_info.setFixedHeight(self.nip_info.fontMetrics().lineSpacing())
        form.addRow("", self.nip_info)
        self.pns_id = QLineEdit()
        self.pns_id.setObjectName("pnsId")
        self.pns_id.setMaxLength(PNS_ID_MAX)
        self.pns_id.setPlaceholderText(self.tr("32–36 characters as in SIASN (optional)"))
        self.pns_id.setToolTip(self.tr("The PNS ID of the employee in SIASN, not the NIP"))
        ident_fields.add(
            "pns_id", self.tr("PNS &ID (SIASN):"), self.pns_id, samples=self._pns_id_samples()
        )
        self.pns_id.textChanged.connect(self._pns_id_changed)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem("PNS", "PNS")
        self.kind.addItem("PPPK", "PPPK")
        ident_fields.add("kind", self.tr("&Employee type:"), self.kind)
        self.front_title = QLineEdit()
        ident_fields.add("front_title", self.tr("&Title before name:"), self.front_title)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        ident_fields.add("name", self.tr("&Name:"), self.name)
        self.back_title = QLineEdit()
        ident_fields.add("back_title", self.tr("Title a&fter name:"), self.back_title)
        self.birth_place = QLineEdit()
        ident_fields.add("birth_place", self.tr("Place of &birth:"), self.birth_place)
        self.grade = QComboBox()
        self.grade.setObjectName("grade")
        ident_fields.add("grade", self.tr("&Grade (golongan):"), self.grade)
        self.grade_since = TypedEdit(TMT_KIND)
        self.grade_since.setObjectName("gradeSince")
        self.grade_since.setPlaceholderText(self.tr("e.g. 1 April 2024"))
        ident_fields.add("grade_since", self.tr("Grade effective from:"), self.grade_since)
        self.phone = TypedEdit(TELEPHONE)
        self.phone.setObjectName("phone")
        ident_fields.add("phone", self.tr("P&hone:"), self.phone)
        self.email = QLineEdit()
        ident_fields.add("email", self.tr("E-&mail:"), self.email)
        columns.addWidget(ident, 1, Qt.AlignmentFlag.AlignTop)

        # position and chain ------------------------------------------------------------
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        _compact(self.unit)
        self.unit.addItem(self.tr("(choose a unit)"), None)
        add_unit_choices(self.unit, unit_service.list_units())
        self.form.add("unit", self.tr("&Unit:"), self.unit, jform)
        self.position_name = QComboBox()
        self.position_name.setObjectName("positionName")
        self.position_name.setEditable(True)
        _compact(self.position_name)
        self.position_name.addItem("")
        self.position_name.addItems(sorted({r.position_name for r in rows if r.position_name}))
        self.position_name.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.form.add("position_name", self.tr("&Position:"), self.position_name, jform)
        self.position_type = QComboBox()
        self.position_type.setObjectName("positionType")
        self.position_type.addItem("", "")
        for code, label in position_type_choices():
            self.position_type.addItem(label, code)
        self.form.add("position_type", self.tr("Position type:"), self.position_type, jform)
        self.jf_level = QComboBox()
        self.jf_level.setObjectName("jfLevel")
        self.jf_level.addItem("", None)
        for code, label in jf_level_choices():
            self.jf_level.addItem(label, code)
        self.form.add("jf_level", self.tr("Functional level:"), self.jf_level, jform)
        self.echelon = QComboBox()
        self.echelon.setObjectName("echelon")
        self.echelon.addItem(self.tr("No echelon"), None)
        for code, label in echelon_choices():
            self.echelon.addItem(label, code)
        self.form.add("echelon", self.tr("Eche&lon:"), self.echelon, jform)
        self.position_since = TypedEdit(TMT_KIND)
        self.position_since.setObjectName("positionSince")
        self.position_since.setPlaceholderText(self.tr("e.g. 1 April 2024"))
        self.form.add(
            "position_since", self.tr("Position effective from:"), self.position_since, jform
        )
        self.supervisor = EmployeePicker(others)
        self.supervisor.setObjectName("supervisor")
        self.form.add("supervisor", self.tr("&Direct superior:"), self.supervisor, jform)
        self.appraiser = EmployeePicker(others)
        self.appraiser.setObjectName("appraiser")
        self.form.add("appraiser", self.tr("&Appraiser (pejabat penilai):"), self.appraiser, jform)
        self.chain = QLabel()
        self.chain.setObjectName("chain")
        self.chain.setWordWrap(True)
        jform.addRow(self.tr("Chain:"), self.chain)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(True)
        jform.addRow("", self.active)
        self.inactive_reason = QLineEdit()
        self.inactive_reason.setPlaceholderText(self.tr("e.g. retired, moved, died"))
        self.form.add("inactive_reason", self.tr("Reason inactive:"), self.inactive_reason, jform)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.form.add("notes", self.tr("Notes:"), self.notes, jform)
        columns.addWidget(job, 1, Qt.AlignmentFlag.AlignTop)

        self.errors = self.form.errors
        self.fields = self.form.widgets
        self.general_error = message_line()
        self.general_error.setObjectName("generalError")
        outer.addWidget(self.general_error)
        buttons = dialog_buttons(self, self.tr("&Save"), self.save)
        outer.addWidget(buttons)

        self._previous_supervisor: int | None = None
        self.nip.textChanged.connect(self._nip_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.position_type.currentIndexChanged.connect(self._type_changed)
        self.supervisor.changed.connect(self._supervisor_changed)
        self.appraiser.changed.connect(lambda _id: self._show_chain())
        self.active.toggled.connect(self.inactive_reason.setEnabled)
        self._kind_changed()
        self._type_changed()
        # the version loaded: a save over someone else's newer one is refused (another PC)
        self.guard = concurrency.Guard("employee", employee_id) if employee_id else None
        if employee_id is not None:
            self._load(employees.get_employee(employee_id))
        if employee_id is not None:
            history = buttons.addButton(
                self.tr("Post histor&y…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            history.setObjectName("registerHistory")
            history.setToolTip(self.tr("The dated history of unit, position, grade and appraiser"))
            history.clicked.connect(self.show_history)
        if employee_id is not None and self.kind.currentData() == "PPPK":
            contracts = buttons.addButton(
                self.tr("Con&tracts (PPPK)…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            contracts.setObjectName("pppkContracts")
            contracts.clicked.connect(self.show_contracts)
        self.inactive_reason.setEnabled(not self.active.isChecked())
        if not allowed(Action.WRITE_REGISTER):  # read-only roles see the record, cannot save
            body.setEnabled(False)
            buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            self.setWindowTitle(self.tr("Employee"))
        resize_within_screen(self, 1340, 700)  # 1358×688 on 1366×768, the body still whole
        self.nip.setFocus()

    # reacting to input ----------------------------------------------------------------
    def _nip_changed(self, text: str) -> None:
        """What the NIP says (kind, birth date, gender) under it; its message is the field's."""
        digits = clean_nip(text, strict=False)
        self.nip_info.setStyleSheet("")
        if len(digits) < 18:
            self.nip_info.setText(
                self.tr("%n digits typed of 18.", "", len(digits)) if digits else ""
            )
            return
        try:
            info = employee_validation.nip_info(text)
        except ServiceError:
            self.nip_info.setText("")
            return
        self.nip_info.setStyleSheet("color: #1b5e20")
        gender = self.tr("male") if info.gender.value == "L" else self.tr("female")
        self.nip_info.setText(
            self.tr("{kind}; born {birth}; {gender}").format(
                kind=info.kind.value,
                birth=formatting.format_date(info.birth_date),
                gender=gender,
            )
        )
        index = self.kind.findData(info.kind.value)
        if index >= 0 and index != self.kind.currentIndex():
            self.kind.setCurrentIndex(index)

    def _pns_id_changed(self, text: str) -> None:
        """Said while typing: SIASN writes a PNS ID with 32 hexadecimal digits, or 36
        characters with dashes; the service refuses other characters when saving."""
        self.form.errors["pns_id"].setText(self._pns_id_message(text))

    def _pns_id_samples(self) -> list[str]:
        """The longest messages of the PNS ID, for its line to keep room for them wrapped."""
        return [self._pns_id_message("!"), self._pns_id_message("A" * PNS_ID_MAX)]

    def _pns_id_message(self, text: str) -> str:
        value = "".join(text.split()).lstrip("'")
        if not value:
            message = ""
        elif not _PNS_ID_CHARS.fullmatch(value):
            message = self.tr("A PNS ID holds only letters, digits and '-'.")
        elif len(value) not in (32, 36):
            message = self.tr(
                "SIASN writes a PNS ID with 32 or 36 characters; this one has {count}: check it."
            ).format(count=len(value))
        else:
            message = ""
        return message

    def _kind_changed(self) -> None:
        current = self.grade.currentData()
        self.grade.clear()
        self.grade.addItem(self.tr("(choose)"), None)
        for code, label in grade_choices(self.kind.currentData()):
            self.grade.addItem(label, code)
        index = self.grade.findData(current)
        self.grade.setCurrentIndex(max(index, 0))

    def _type_changed(self) -> None:
        code = self.position_type.currentData() or ""
        self.jf_level.setEnabled(code == "FUNGSIONAL")
        if code != "FUNGSIONAL":
            self.jf_level.setCurrentIndex(0)
        structural = code in ("JPT", "ADMINISTRATOR", "PENGAWAS")
        self.echelon.setEnabled(structural)
        if not structural:
            self.echelon.setCurrentIndex(0)

    def _supervisor_changed(self, employee_id: int) -> None:
        # The appraiser is usually the direct superior: follow it while it was the same.
        if self.appraiser.employee_id() in (None, self._previous_supervisor):
            self.appraiser.set_id(employee_id or None)
        self._previous_supervisor = employee_id or None
        self._show_chain()

    def _show_chain(self) -> None:
        links = employee_queries.chain_preview(self.supervisor.employee_id())
        if not links:
            self.chain.setText(self.tr("(no superior chosen)"))
            return
        names = [
            f"{link.name} ({link.position_name})" if link.position_name else link.name
            for link in links
        ]
        self.chain.setText(" → ".join(names))

    # loading and saving ---------------------------------------------------------------
    def _set_combo(self, combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _load(self, e: EmployeeDetail) -> None:
        self.nip.setText(display_nip(e.nip))
        self.pns_id.setText(e.pns_id)
        self._set_combo(self.kind, e.kind)
        self._kind_changed()
        self.front_title.setText(e.front_title)
        self.name.setText(e.name)
        self.back_title.setText(e.back_title)
        self.birth_place.setText(e.birth_place)
        self._set_combo(self.grade, e.grade)
        self.grade_since.set_value(e.grade_since)
        self._set_combo(self.unit, e.unit_id)
        self.position_name.setCurrentText(e.position_name)
        self._set_combo(self.position_type, e.position_type)
        self._type_changed()
        self._set_combo(self.jf_level, e.jf_level)
        self._set_combo(self.echelon, e.echelon)
        self.position_since.set_value(e.position_since)
        for person in e.linked:
            self.supervisor.add_choice(person)
            self.appraiser.add_choice(person)
        self.supervisor.set_id(e.supervisor_id)
        self._previous_supervisor = e.supervisor_id
        self.appraiser.set_id(e.appraiser_id)
        self.active.setChecked(e.active)
        self.inactive_reason.setText(e.inactive_reason)
        self.phone.set_value(e.phone or None)
        self.email.setText(e.email)
        self.notes.setPlainText(e.notes)
        self._show_chain()

    def input(self) -> EmployeeInput:
        """What the form holds now, as the service takes it (a refused typed text is passed as
        typed: `save` never sends one, `_messages_now` leaves its field to the field)."""
        return EmployeeInput(
            nip=self.nip.text(),
            name=self.name.text(),
            grade=self.grade.currentData() or "",
            unit_id=self.unit.currentData(),
            kind=self.kind.currentData(),
            front_title=self.front_title.text(),
            back_title=self.back_title.text(),
            birth_place=self.birth_place.text(),
            grade_since=self._typed_value(self.grade_since),
            position_name=self.position_name.currentText(),
            position_type=self.position_type.currentData() or "",
            jf_level=self.jf_level.currentData(),
            echelon=self.echelon.currentData(),
            position_since=self._typed_value(self.position_since),
            supervisor_id=self.supervisor.employee_id(),
            appraiser_id=self.appraiser.employee_id(),
            active=self.active.isChecked(),
            inactive_reason=self.inactive_reason.text(),
            phone=self._typed_value(self.phone) or "",
            email=self.email.text(),
            notes=self.notes.toPlainText(),
            pns_id=self.pns_id.text().strip(),
        )

    @staticmethod
    def _typed_value(edit: TypedEdit):  # type: ignore[no-untyped-def]
        try:
            return edit.value()
        except Refused:
            return None

    def _messages_now(self) -> dict[str, str]:
        """The service's messages for the form as it stands (to clear the fixed ones)."""
        _info, errors = employee_validation.validate(self.input(), self.employee_id)
        return {key: messages.error_text(problem) for key, problem in errors.items()}

    def clear_errors(self) -> None:
        self.form.clear()
        self.general_error.setText("")

    def _refuse(self, found: dict[str, str]) -> None:
        first = self.form.show(found, self.general_error)
        elsewhere = [text for key, text in found.items() if key not in self.errors]
        nothing = self.tr("Nothing was saved: correct the fields marked in red.")
        self.general_error.setText(" ".join([*elsewhere, nothing]))
        if first is not None:
            first.setFocus()

    def show_contracts(self) -> None:
        """The PPPK's contract periods (perjanjian kerja), in their own dialog."""
        from desktop_app.views.register.contracts_dialog import ContractsDialog, open_form

        assert self.employee_id is not None
        try:
            dialog = ContractsDialog(self.employee_id, self.name.text(), self)
        except ServiceError as err:
            messages.show_error(self, err)
            return
        try:
            open_form(dialog)
        finally:
            dialog.deleteLater()

    def show_history(self) -> None:
        """The employee's register history (read-only), in its own dialog."""
        from desktop_app.views.register.history_dialog import RegisterHistoryDialog, open_history

        assert self.employee_id is not None
        dialog = RegisterHistoryDialog(self.employee_id, self.name.text(), self)
        try:
            open_history(dialog)
        finally:
            dialog.deleteLater()

    def _changed_meanwhile(self, err: concurrency.ChangedMeanwhileError) -> None:
        """Someone saved this employee after the form was opened: say who and when, and
        offer to show their version (what was typed here is then replaced)."""
        text = messages.error_text(err)
        self.general_error.setText(text)
        question = self.tr("{text}\n\nReload the employee now? What you typed is replaced.")
        if (
            self.guard is not None
            and self.employee_id is not None
            and messages.confirm(self, self.tr("Changed meanwhile"), question.format(text=text))
        ):
            self.guard.reload()
            self._load(employees.get_employee(self.employee_id))
            self.general_error.setText(
                self.tr("Reloaded: this is the employee as saved by {by}.").format(by=err.by)
            )

    def save(self) -> None:
        """Refuse a typed text first (the field says why), then ask the service; nothing is
        stored unless every field is taken."""
        self.clear_errors()
        typed = self.form.typed_problems()
        if typed:  # the service is not asked; its other messages are shown all the same
            self._refuse({**self._messages_now(), **typed})
            return
        for edit in (self.nip, self.grade_since, self.position_since, self.phone):
            edit.tidy()  # saved exactly as shown
        try:
            data = self.input()
            if self.guard is not None:
                self.saved_id = self.guard.run(
                    lambda: employees.save_employee(data, self.employee_id)
                )
            else:
                self.saved_id = employees.save_employee(data, self.employee_id)
        except concurrency.ChangedMeanwhileError as err:
            self._changed_meanwhile(err)
            return
        except FieldErrors as err:
            self._refuse({key: messages.error_text(p) for key, p in err.errors.items()})
            return
        except ServiceError as err:
            self.general_error.setText(messages.error_text(err))
            return
        self.accept()
