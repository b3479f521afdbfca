"""Accounts for all staff at once (HR, administrators): who has no account yet, the user name
each will get, and one step that makes the accounts and writes their slips (a worker thread:
thousands of employees take a while)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.accounts import staff_accounts
from desktop_app.services.accounts.staff_accounts import NewAccount, StaffMember
from desktop_app.services.register import units as unit_service
from desktop_app.services.reports.output import print_folder
from desktop_app.views import messages, print_feedback
from desktop_app.views.admin.field_messages import reserved_message, say
from desktop_app.views.table_model import AnyIndex, RowsModel
from desktop_app.views.tasks import Cancelled, run_task
from desktop_app.views.widgets import (
    add_unit_choices,
    fit_header_to_titles,
    resize_within_screen,
    row_table,
    set_enabled_why,
)


class StaffTableModel(RowsModel[StaffMember]):
    """The employees without an account: the user name they get, name, NIP, unit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [self.tr("User name"), self.tr("Name"), self.tr("NIP"), self.tr("Unit")], parent
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        return (r.username, r.name, r.nip, r.unit)[index.column()]


def choose_slips_file(parent: QWidget, start: str) -> str:
    """The save dialog for the slips (tests replace this)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, tr_("StaffAccountsDialog", "Save the account slips"), start, "PDF (*.pdf)"
    )
    return name


class StaffAccountsDialog(QDialog):
    """A Pegawai account for every employee without one, of all units or one unit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffAccountsDialog")
        self.setWindowTitle(self.tr("Accounts for the staff"))
        self.made: list[NewAccount] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every employee below gets an account with the role Employee (pegawai, own "
                "records only) and a one-time password, printed on their account slip. At the "
                "first sign-in they choose their own password. User name: first and last word "
                "of the name (siti.rahayu); when taken, the last 4 digits of the NIP are added "
                "(siti.rahayu.2002)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.unit.addItem(self.tr("All units"), None)
        add_unit_choices(self.unit, unit_service.list_units(include_inactive=False))
        unit_label = QLabel(self.tr("&Unit (with its sub-units):"))
        unit_label.setBuddy(self.unit)
        form.addRow(unit_label, self.unit)
        row = QHBoxLayout()
        self.slips = QLineEdit()
        self.slips.setObjectName("slips")
        stamp = dt.date.today().strftime("%Y%m%d")
        self.slips.setText(str(self._folder() / f"Slip_akun_{stamp}.pdf"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.slips, 1)
        row.addWidget(choose)
        slips_label = QLabel(self.tr("Account &slips (PDF):"))
        slips_label.setBuddy(self.slips)
        form.addRow(slips_label, row)
        layout.addLayout(form)
        self.count = QLabel()
        self.count.setObjectName("count")
        layout.addWidget(self.count)
        self.model = StaffTableModel(self)
        self.table = row_table(self.model, "staffTable", (160, 260, 170, 240))
        fit_header_to_titles(self.table)
        layout.addWidget(self.table, 1)
        self.message = reserved_message(2, "generalError")
        layout.addWidget(self.message)
        self.notice = QLabel()  # what was done (not an error: not in the error line)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        bar = QHBoxLayout()
        self.create_button = QPushButton(self.tr("&Create accounts and slips"))
        self.create_button.setObjectName("createAccounts")
        self.create_button.clicked.connect(self.create)
        close = QPushButton(self.tr("Cl&ose"))
        close.clicked.connect(self.accept)
        bar.addWidget(self.create_button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.unit.currentIndexChanged.connect(lambda *_: self.reload())
        self.reload()
        resize_within_screen(self, 900, 560)

    @staticmethod
    def _folder() -> Path:
        try:
            return print_folder()
        except (OSError, ServiceError):
            return Path.home()

    def _choose(self) -> None:
        name = choose_slips_file(self, self.slips.text())
        if name:
            self.slips.setText(name)

    def reload(self) -> None:
        try:
            rows = staff_accounts.staff_without_account(self.unit.currentData())
        except ServiceError as err:
            rows = []
            say(self.message, messages.error_text(err))
        self.model.set_rows(rows)
        if rows:
            self.count.setText(self.tr("%n employees without an account.", "", len(rows)))
        else:
            self.count.setText(self.tr("Every employee here has an account."))
        set_enabled_why(
            self.create_button, bool(rows), self.tr("Every employee here has an account.")
        )

    def _slips_path(self) -> Path | None:
        text = self.slips.text().strip()
        if not text:
            say(self.message, self.tr("Choose where to save the account slips."))
            return None
        path = Path(text)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path

    def create(self) -> None:
        say(self.message, "")
        self.notice.clear()
        path = self._slips_path()
        if path is None:
            self.slips.setFocus()
            return
        unit = self.unit.currentData()
        try:
            made = run_task(
                self,
                self.tr("Making the accounts and their slips…"),
                lambda progress: staff_accounts.create_staff_accounts(path, unit, progress),
            )
        except Cancelled:
            say(self.message, self.tr("Cancelled: no account was made."))
            return
        except ServiceError as err:
            say(self.message, messages.error_text(err))
            return
        self.made = made
        self.reload()
        if made:
            self.notice.setText(
                self.tr(
                    "%n accounts made. Print the slips, hand each employee their own, "
                    "then delete the file: it holds the passwords.",
                    "",
                    len(made),
                )
            )
            print_feedback.tell_form_saved(self, self.tr("Account slips"), path)
