"""The employee form (Data Pegawai): add or edit one employee, with a message per wrong field.

Validation is the service's (`services.employees.save_employee` raises FieldErrors); the form
shows each message under its field, focuses the first one and keeps everything typed. The NIP
is checked while typing so HR sees at once which part (birth date, TMT, gender digit, serial)
is wrong, and birth date and gender are shown as read from it.
"""

from __future__ import annotations

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
from desktop_app.views import messages
from desktop_app.views.widgets import (
    EmployeePicker,
    FieldForm,
    OptionalDateEdit,
    dialog_buttons,
    error_label,
    show_error,
)


def _compact(combo: QComboBox) -> None:
    """Long unit and jabatan names must not widen the form beyond the screen; the list that
    opens still shows them whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(28)
    combo.view().setMinimumWidth(420)


def indented_units(rows: Sequence[unit_service.UnitRow]) -> list[tuple[int, str]]:
    """(id, "  name (CODE)") in tree order, indented by depth, for combo boxes."""
    children: dict[int | None, list[unit_service.UnitRow]] = {}
    ids = {r.id for r in rows}
    for r in rows:
        children.setdefault(r.parent_id if r.parent_id in ids else None, []).append(r)
    out: list[tuple[int, str]] = []

    def walk(parent: int | None, depth: int) -> None:
        for r in children.get(parent, []):
            out.append((r.id, f"{'    ' * depth}{r.name} ({r.code})"))
            walk(r.id, depth + 1)

    walk(None, 0)
    return out


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
        body = QWidget()
        columns = QHBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # identity ----------------------------------------------------------------------
        ident = QGroupBox(self.tr("Identity"))
        ident_fields = FieldForm(QFormLayout(ident))
        form = ident_fields.form
        self.nip = QLineEdit()
        self.nip.setObjectName("nip")
        self.nip.setPlaceholderText(self.tr("18 digits, spaces allowed"))
        self.nip.setMaxLength(24)
        ident_fields.add("nip", self.tr("NI&P / NI PPPK:"), self.nip)
        self.nip_info = QLabel()
        self.nip_info.setObjectName("nipInfo")
        self.nip_info.setWordWrap(True)
        form.addRow("", self.nip_info)
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
        self.grade_since = OptionalDateEdit()
        ident_fields.add("grade_since", self.tr("Grade effective from:"), self.grade_since)
        self.phone = QLineEdit()
        ident_fields.add("phone", self.tr("P&hone:"), self.phone)
        self.email = QLineEdit()
        ident_fields.add("email", self.tr("E-&mail:"), self.email)
        columns.addWidget(ident, 1, Qt.AlignmentFlag.AlignTop)

        # position and chain ------------------------------------------------------------
        job = QGroupBox(self.tr("Position and superiors"))
        job_fields = FieldForm(QFormLayout(job))
        jform = job_fields.form
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        _compact(self.unit)
        self.unit.addItem(self.tr("(choose a unit)"), None)
        for unit_id, label in indented_units(unit_service.list_units()):
            self.unit.addItem(label, unit_id)
        job_fields.add("unit", self.tr("&Unit:"), self.unit)
        self.position_name = QComboBox()
        self.position_name.setObjectName("positionName")
        self.position_name.setEditable(True)
        _compact(self.position_name)
        self.position_name.addItem("")
        self.position_name.addItems(sorted({r.position_name for r in rows if r.position_name}))
        self.position_name.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        job_fields.add("position_name", self.tr("&Position:"), self.position_name)
        self.position_type = QComboBox()
        self.position_type.setObjectName("positionType")
        self.position_type.addItem("", "")
        for code, label in position_type_choices():
            self.position_type.addItem(label, code)
        job_fields.add("position_type", self.tr("Position type:"), self.position_type)
        self.jf_level = QComboBox()
        self.jf_level.setObjectName("jfLevel")
        self.jf_level.addItem("", None)
        for code, label in jf_level_choices():
            self.jf_level.addItem(label, code)
        job_fields.add("jf_level", self.tr("Functional level:"), self.jf_level)
        self.echelon = QComboBox()
        self.echelon.setObjectName("echelon")
        self.echelon.addItem(self.tr("No echelon"), None)
        for code, label in echelon_choices():
            self.echelon.addItem(label, code)
        job_fields.add("echelon", self.tr("Eche&lon:"), self.echelon)
        self.position_since = OptionalDateEdit()
        job_fields.add("position_since", self.tr("Position effective from:"), self.position_since)
        self.supervisor = EmployeePicker(others)
        self.supervisor.setObjectName("supervisor")
        job_fields.add("supervisor", self.tr("&Direct superior:"), self.supervisor)
        self.appraiser = EmployeePicker(others)
        self.appraiser.setObjectName("appraiser")
        job_fields.add("appraiser", self.tr("&Appraiser (pejabat penilai):"), self.appraiser)
        self.chain = QLabel()
        self.chain.setObjectName("chain")
        self.chain.setWordWrap(True)
        jform.addRow(self.tr("Chain:"), self.chain)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(True)
        jform.addRow("", self.active)
        self.inactive_reason = QLineEdit()
        self.inactive_reason.setPlaceholderText(self.tr("retired, moved, died, …"))
        job_fields.add("inactive_reason", self.tr("Reason inactive:"), self.inactive_reason)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        job_fields.add("notes", self.tr("Notes:"), self.notes)
        columns.addWidget(job, 1, Qt.AlignmentFlag.AlignTop)

        self.errors: dict[str, QLabel] = {**ident_fields.errors, **job_fields.errors}
        self.fields: dict[str, QWidget] = {**ident_fields.widgets, **job_fields.widgets}
        self.general_error = error_label()
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
        if employee_id is not None:
            self._load(employees.get_employee(employee_id))
        self.inactive_reason.setEnabled(not self.active.isChecked())
        if not allowed(Action.WRITE_REGISTER):  # read-only roles see the record, cannot save
            body.setEnabled(False)
            buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            self.setWindowTitle(self.tr("Employee"))
        self.resize(980, 620)
        self.nip.setFocus()

    # reacting to input ----------------------------------------------------------------
    def _nip_changed(self, text: str) -> None:
        digits = clean_nip(text, strict=False)
        if len(digits) < 18:
            self.nip_info.setText(
                self.tr("%n digit(s) typed of 18.", "", len(digits)) if digits else ""
            )
            self.nip_info.setStyleSheet("")
            show_error(self.errors["nip"], "")
            return
        try:
            info = employee_validation.nip_info(text)
        except ServiceError as err:
            self.nip_info.setText("")
            show_error(self.errors["nip"], messages.error_text(err))
            return
        show_error(self.errors["nip"], "")
        self.nip_info.setStyleSheet("color: #1b5e20")
        gender = self.tr("male") if info.gender.value == "L" else self.tr("female")
        self.nip_info.setText(
            self.tr("{kind}; born {birth}; {gender}").format(
                kind=info.kind.value, birth=info.birth_date.strftime("%d-%m-%Y"), gender=gender
            )
        )
        index = self.kind.findData(info.kind.value)
        if index >= 0 and index != self.kind.currentIndex():
            self.kind.setCurrentIndex(index)

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
        self.phone.setText(e.phone)
        self.email.setText(e.email)
        self.notes.setPlainText(e.notes)
        self._show_chain()

    def input(self) -> EmployeeInput:
        """What the form holds now, as the service takes it."""
        return EmployeeInput(
            nip=self.nip.text(),
            name=self.name.text(),
            grade=self.grade.currentData() or "",
            unit_id=self.unit.currentData(),
            kind=self.kind.currentData(),
            front_title=self.front_title.text(),
            back_title=self.back_title.text(),
            birth_place=self.birth_place.text(),
            grade_since=self.grade_since.value(),
            position_name=self.position_name.currentText(),
            position_type=self.position_type.currentData() or "",
            jf_level=self.jf_level.currentData(),
            echelon=self.echelon.currentData(),
            position_since=self.position_since.value(),
            supervisor_id=self.supervisor.employee_id(),
            appraiser_id=self.appraiser.employee_id(),
            active=self.active.isChecked(),
            inactive_reason=self.inactive_reason.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
        )

    def clear_errors(self) -> None:
        for label in self.errors.values():
            show_error(label, "")
        show_error(self.general_error, "")

    def save(self) -> None:
        self.clear_errors()
        try:
            self.saved_id = employees.save_employee(self.input(), self.employee_id)
        except FieldErrors as err:
            first: QWidget | None = None
            for key, problem in err.errors.items():
                label = self.errors.get(key)
                text = messages.error_text(problem)
                if label is None:
                    show_error(self.general_error, text)
                    continue
                show_error(label, text)
                first = first or self.fields[key]
            show_error(
                self.general_error,
                self.tr("Nothing was saved: correct the fields marked in red."),
            )
            if first is not None:
                first.setFocus()
            return
        except ServiceError as err:
            show_error(self.general_error, messages.error_text(err))
            return
        self.accept()
