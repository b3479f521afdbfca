"""Pejabat di luar instansi: the officials outside the office who appraise its employees (the
Sekda, the Bupati), their form, and the link that makes one an employee's pejabat penilai.

Every write goes through `services.register.officials`; a refused field shows its message
under the field and nothing is saved. HR and the administrator change them; every other role
sees the list read-only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring.nip import display_nip
from desktop_app.services.register import employee_queries, officials
from desktop_app.services.register.officials import OfficialInput, OfficialRow
from desktop_app.services.register.reference_lists import grade_choices
from desktop_app.services.session import Action, allowed
from desktop_app.views import messages
from desktop_app.views.record_list_dialog import RecordListDialog
from desktop_app.views.widgets import (
    EmployeePicker,
    FieldForm,
    dialog_buttons,
    error_label,
    show_error,
)

ID_ROLE = Qt.ItemDataRole.UserRole


def open_form(dialog: QDialog) -> bool:
    """Show a form modally; True when it was saved (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def _save(dialog: QDialog, fields: FieldForm, general: QLabel, action) -> bool:  # type: ignore[no-untyped-def]
    """Run `action`; each refused field's message under it. True when it was taken."""
    fields.clear()
    show_error(general, "")
    try:
        action()
    except FieldErrors as err:
        first = fields.show(err, general)
        if first is not None:
            first.setFocus()
        return False
    except ServiceError as err:
        show_error(general, messages.error_text(err))
        return False
    dialog.accept()
    return True


class OfficialForm(QDialog):
    """Add or edit one official outside the office."""

    def __init__(
        self, rows: list[OfficialRow], official_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OfficialForm")
        self.official_id = official_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Add an official outside the office")
            if official_id is None
            else self.tr("Edit an official outside the office")
        )
        data = officials.get_official(official_id) if official_id is not None else None
        layout = QVBoxLayout(self)
        self.fields = FieldForm(QFormLayout())
        self.front_title = QLineEdit(data.front_title if data else "")
        self.front_title.setObjectName("frontTitle")
        self.name = QLineEdit(data.name if data else "")
        self.name.setObjectName("officialName")
        self.back_title = QLineEdit(data.back_title if data else "")
        self.back_title.setObjectName("backTitle")
        self.kind = QComboBox()
        self.kind.setObjectName("officialKind")
        for code in officials.KINDS:
            self.kind.addItem(tr_("officials", officials.KIND_LABELS[code]), code)
        self.nip = QLineEdit(display_nip(data.nip) if data and data.nip else "")
        self.nip.setObjectName("officialNip")
        self.nip.setPlaceholderText(self.tr("18 digits; empty for a non-ASN official"))
        self.grade = QComboBox()
        self.grade.setObjectName("officialGrade")
        self.position = QLineEdit(data.position if data else "")
        self.position.setObjectName("officialPosition")
        self.position.setPlaceholderText(self.tr("e.g. Sekretaris Daerah"))
        self.instansi = QLineEdit(data.instansi if data else "")
        self.instansi.setObjectName("officialInstansi")
        self.instansi.setPlaceholderText(self.tr("e.g. Pemerintah Kabupaten …"))
        self.superior = QComboBox()
        self.superior.setObjectName("officialSuperior")
        self.superior.addItem(self.tr("(nobody)"), None)
        for row in rows:
            if row.id != official_id:
                self.superior.addItem(f"{row.full_name} — {row.position}", row.id)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(data.active if data else True)
        add = self.fields.add
        add("front_title", self.tr("Title &before name:"), self.front_title)
        add("name", self.tr("&Name:"), self.name)
        add("back_title", self.tr("Title a&fter name:"), self.back_title)
        add("kind", self.tr("&Kind:"), self.kind)
        add("nip", self.tr("N&IP:"), self.nip)
        add("grade", self.tr("&Grade (golongan):"), self.grade)
        add("position", self.tr("&Position (jabatan):"), self.position)
        add("instansi", self.tr("&Agency (instansi):"), self.instansi)
        add("superior", self.tr("&Superior (atasan):"), self.superior)
        self.fields.form.addRow("", self.active)
        layout.addLayout(self.fields.form)
        self.general = error_label()
        layout.addWidget(self.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Save"), self.save))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if data:
            self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
            self.superior.setCurrentIndex(max(self.superior.findData(data.superior_id), 0))
        self._kind_changed()
        if data:
            self.grade.setCurrentIndex(max(self.grade.findData(data.grade), 0))
        self.resize(560, 0)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        keep = self.grade.currentData()
        self.grade.clear()
        self.grade.addItem("", "")
        for code, label in grade_choices(kind):
            self.grade.addItem(label, code)
        self.grade.setCurrentIndex(max(self.grade.findData(keep), 0))
        non_asn = kind == "NON_ASN"
        self.grade.setEnabled(not non_asn)
        self.nip.setEnabled(not non_asn)
        if non_asn:
            self.nip.clear()

    def input(self) -> OfficialInput:
        return OfficialInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            position=self.position.text(),
            instansi=self.instansi.text(),
            nip=self.nip.text(),
            grade=self.grade.currentData() or "",
            front_title=self.front_title.text(),
            back_title=self.back_title.text(),
            superior_id=self.superior.currentData(),
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        def run() -> None:
            self.saved_id = officials.save_official(self.input(), self.official_id)

        _save(self, self.fields, self.general, run)


class LinkForm(QDialog):
    """Make an official outside the office an employee's pejabat penilai (or remove it)."""

    def __init__(self, rows: list[OfficialRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LinkForm")
        self.setWindowTitle(self.tr("Appraised by an official outside the office"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "The employee's appraiser (pejabat penilai) in the register is cleared: an "
                "employee is appraised by an employee of the office or by an official outside "
                "it, never both. Approved SKPs keep the appraiser they were approved with."
            )
        )
        note.setWordWrap(True)
        note.setMinimumHeight(note.heightForWidth(580))  # whole, not squeezed by the dialog
        layout.addWidget(note)
        self.fields = FieldForm(QFormLayout())
        self.employee = EmployeePicker(employee_queries.list_employees())
        self.employee.setObjectName("linkEmployee")
        self.official = QComboBox()
        self.official.setObjectName("linkOfficial")
        self.official.addItem(self.tr("(none: back to the register's pejabat penilai)"), None)
        for row in rows:
            if row.active:
                self.official.addItem(f"{row.full_name} — {row.position}", row.id)
        self.fields.add("employee", self.tr("&Employee:"), self.employee)
        self.fields.add("official", self.tr("&Appraiser (pejabat penilai):"), self.official)
        self.employee.changed.connect(self._employee_changed)
        layout.addLayout(self.fields.form)
        self.general = error_label()
        layout.addWidget(self.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Save"), self.save))
        self.resize(620, 0)

    def _employee_changed(self, employee_id: int) -> None:
        current = officials.external_appraiser(employee_id) if employee_id else None
        self.official.setCurrentIndex(max(self.official.findData(current), 0))

    def save(self) -> None:
        employee_id = self.employee.employee_id()
        if employee_id is None:
            self.fields.clear()
            show_error(self.fields.errors["employee"], self.tr("Choose the employee."))
            return
        _save(
            self,
            self.fields,
            self.general,
            lambda: officials.set_external_appraiser(employee_id, self.official.currentData()),
        )


class OfficialsDialog(RecordListDialog):
    """The officials outside the office, with the number of employees each appraises."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OfficialsDialog")
        self.setWindowTitle(self.tr("Officials outside the office (pejabat di luar instansi)"))
        self.widths = (260, 150, 150, 180, 200, 80)
        self.add_table("officialsTable")
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.link_button = QPushButton(self.tr("&Appraises an employee…"))
        self.delete_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.link_button.clicked.connect(self.link)
        self.delete_button.clicked.connect(self.remove)
        buttons = (self.add_button, self.edit_button, self.link_button, self.delete_button)
        for button in buttons:
            button.setEnabled(allowed(Action.WRITE_REGISTER))
        self.button_bar(buttons, self.tr("&Close"))
        self.add_shortcuts()
        self.reload()
        self.resize(1100, 480)

    def reload(self, select: int | None = None) -> None:
        headers = [
            self.tr("Name"),
            self.tr("NIP"),
            self.tr("Grade"),
            self.tr("Position"),
            self.tr("Agency"),
            self.tr("Appraises"),
        ]

        def items(row: OfficialRow) -> list[QStandardItem]:
            name = (
                row.full_name
                if row.active
                else self.tr("{name} (inactive)").format(name=row.full_name)
            )
            kind = tr_("officials", officials.KIND_LABELS.get(row.kind, row.kind))
            count = QStandardItem(str(row.appraisees))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return [
                QStandardItem(name),
                QStandardItem(display_nip(row.nip) if row.nip else kind),
                QStandardItem(row.grade),
                QStandardItem(row.position),
                QStandardItem(row.instansi),
                count,
            ]

        self.fill(headers, officials.list_officials(), items, select=select, widths=self.widths)

    def open_form(self, form: QDialog) -> bool:
        return open_form(form)

    def add(self) -> None:
        self.run_form(OfficialForm(self.rows, None, self))

    def edit(self) -> None:
        official_id = self.current_id()
        if official_id is not None and allowed(Action.WRITE_REGISTER):
            self.run_form(OfficialForm(self.rows, official_id, self))

    def link(self) -> None:
        if self.open_form(LinkForm(self.rows, self)):
            self.changed = True
            self.reload(self.current_id())

    def remove(self) -> None:
        official_id = self.current_id()
        if official_id is None:
            return
        row = next(r for r in self.rows if r.id == official_id)
        self.confirm_remove(
            official_id,
            self.tr("Remove official"),
            self.tr("Remove {name}?").format(name=row.full_name),
            officials.delete_official,
        )
