"""Printing from the screens: one form or a recap opened in the system's PDF viewer (to look
at or print from there), or a batch for a unit and period, merged into one PDF or one file per
employee, made in a worker thread behind a cancellable progress dialog."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import paths
from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.register import units as unit_service
from desktop_app.views import messages
from desktop_app.views.register.employee_dialog import indented_units
from desktop_app.views.tasks import Cancelled, run_task
from desktop_app.views.widgets import dialog_buttons, error_label, show_error

FORMS = {
    "skp": "SKP",
    "evaluation": "Evaluasi Kinerja Pegawai",
    "document": "Dokumen Evaluasi Kinerja Pegawai",
    "idp": "IDP (Rencana Pengembangan Kompetensi)",
}
RECAPS = {
    "distribution": "Rekap Distribusi Predikat",
    "progress": "Rekap Penyusunan SKP",
    "jp": "Rekap Pengembangan Kompetensi",
}  # form titles (Indonesian, as printed), for the file names


def open_file(path: Path) -> None:
    """Show a PDF in the system's viewer (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_folder(parent: QWidget | None) -> str | None:
    """The folder for a batch (tests replace this)."""
    name = QFileDialog.getExistingDirectory(
        parent, tr_("PrintActions", "Folder for the PDF files"), str(Path.home())
    )
    return name or None


def print_folder() -> Path:
    """Where single forms go before the viewer opens them (in the data folder)."""
    folder = paths.data_dir() / "cetak"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _safe(text: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", text, flags=re.ASCII).strip("_")[:80] or "dokumen"


def show_form(parent: QWidget | None, form: str, record_id: int, name: str) -> Path | None:
    """Make one form and open it in the PDF viewer; errors are shown, never raised."""
    from desktop_app.services import reports as printing

    builders = {
        "skp": printing.build_skp,
        "evaluation": printing.build_evaluation,
        "document": printing.build_document,
        "idp": printing.build_idp,
    }
    stem = f"{_safe(FORMS[form])}_{_safe(name)}"
    return _show(parent, stem, lambda target: builders[form](target, record_id))


def show_recap(
    parent: QWidget | None, kind: str, period_key: str, unit_id: int | None = None
) -> Path | None:
    """Make a recap (distribution, progress, jp) of the period for every unit, or for
    `unit_id` and those below it, and open it in the PDF viewer; errors are shown."""
    from desktop_app.services import reports as printing

    return _show(
        parent,
        f"{_safe(RECAPS[kind])}_{_safe(period_key)}",
        lambda target: printing.build_recap(target, kind, period_key, unit=unit_id),
    )


def _show(parent: QWidget | None, stem: str, build: Callable[[Path], object]) -> Path | None:
    """Write the PDF `<stem>_<time>.pdf` in the print folder with `build` and open it."""
    stamp = dt.datetime.now().strftime("%Y%m%d_%H%M%S")
    target = print_folder() / f"{stem}_{stamp}.pdf"
    try:
        build(target)
    except ServiceError as err:
        messages.show_error(parent, err)
        return None
    except OSError as err:
        messages.warn(
            parent,
            tr_("PrintActions", "Print"),
            tr_("PrintActions", "The PDF could not be written: {reason}").format(
                reason=err.strerror or str(err)
            ),
        )
        return None
    open_file(target)
    return target


class BatchDialog(QDialog):
    """One form for every employee of a unit (and its sub-units) for a period."""

    def __init__(
        self, period_key: str, parent: QWidget | None = None, form_key: str = "document"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BatchPrintDialog")
        self.setWindowTitle(self.tr("Print for a unit"))
        self.period_key = period_key
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.unit = QComboBox()
        self.unit.setObjectName("batchUnit")
        for unit_id, label in indented_units(unit_service.list_units()):
            self.unit.addItem(label, unit_id)
        form.addRow(self.tr("&Unit:"), self.unit)
        self.subunits = QCheckBox(self.tr("With its &sub-units"))
        self.subunits.setChecked(True)
        form.addRow("", self.subunits)
        self.form = QComboBox()
        self.form.setObjectName("batchForm")
        for key, label in FORMS.items():
            self.form.addItem(label, key)
        self.form.setCurrentIndex(max(self.form.findData(form_key), 0))
        form.addRow(self.tr("&Form:"), self.form)
        form.addRow(self.tr("Period:"), QLabel(period_key))
        self.merged = QRadioButton(self.tr("One &merged PDF"))
        self.separate = QRadioButton(self.tr("One PDF &per employee"))
        self.merged.setChecked(True)
        choice = QHBoxLayout()
        choice.addWidget(self.merged)
        choice.addWidget(self.separate)
        form.addRow(self.tr("Files:"), choice)
        self.folder = QLineEdit()
        self.folder.setObjectName("batchFolder")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        form.addRow(self.tr("F&older:"), where)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "Only final evaluations, approved SKPs and agreed IDPs are printed; the others "
                "are listed afterwards."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, self.tr("&Print"), self.start)
        layout.addWidget(buttons)
        self.result = None
        self.resize(560, 300)

    def _browse(self) -> None:
        folder = ask_folder(self)
        if folder:
            self.folder.setText(folder)

    def start(self) -> None:
        from desktop_app.services.reports import print_batch

        folder = self.folder.text().strip()
        if not folder or not Path(folder).is_dir():
            show_error(self.error, self.tr("Choose an existing folder for the PDF files."))
            return
        unit_id, key = self.unit.currentData(), self.period_key
        form, merged = self.form.currentData(), self.merged.isChecked()
        subunits = self.subunits.isChecked()
        try:
            result = run_task(
                self,
                self.tr("Printing…"),
                lambda progress: print_batch(
                    unit_id,
                    key,
                    folder,
                    merged=merged,
                    form=form,
                    include_subunits=subunits,
                    progress=progress,
                ),
            )
        except Cancelled:
            return
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return
        self.result = result
        text = self.tr("{documents} document(s), {pages} page(s) written to {folder}.").format(
            documents=result.documents, pages=result.pages, folder=folder
        )
        if result.skipped:
            left = self.tr(
                "Not printed, because the evaluation is not final, the SKP not approved or the "
                "IDP not agreed yet: {count}."
            )
            text += "\n" + left.format(count=len(result.skipped))
        messages.info(self, self.tr("Print for a unit"), text)
        self.accept()


def print_batch_dialog(parent: QWidget | None, period_key: str, form: str = "document") -> None:
    dialog = BatchDialog(period_key, parent, form)
    try:
        open_dialog(dialog)
    finally:
        dialog.deleteLater()
