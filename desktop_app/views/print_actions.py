"""Printing from the screens: one form or a recap written to the print folder beside the
database (Cetakan) and opened in the system's PDF viewer (to look at or print from there), or a
batch for a unit and period, merged into one PDF or one file per employee, made in a worker
thread behind a cancellable progress dialog. After each, the user is told where the file went
(print_feedback)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

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

from desktop_app.errors import InputError, ServiceError
from desktop_app.i18n.translator import period_text, tr_
from desktop_app.services.register import units as unit_service
from desktop_app.views import messages, print_feedback
from desktop_app.views.tasks import Cancelled, run_task
from desktop_app.views.widgets import add_unit_choices, dialog_buttons, error_label, show_error

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


def open_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_folder(parent: QWidget | None, start: str) -> str | None:
    """The folder for a batch (tests replace this)."""
    name = QFileDialog.getExistingDirectory(
        parent, tr_("PrintActions", "Folder for the PDF files"), start
    )
    return name or None


def print_folder() -> Path:
    """Where printed forms go: the print folder (Cetakan) beside the open database."""
    from desktop_app.services.reports import print_folder as folder_of_database

    return folder_of_database()


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
    """Write the PDF `<stem>_<time>.pdf` in the print folder with `build`, open it and say
    where it is (with "Open folder" when no viewer opened it)."""
    stamp = dt.datetime.now().strftime("%Y%m%d_%H%M%S")
    try:
        target = print_folder() / f"{stem}_{stamp}.pdf"
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
    print_feedback.tell_form_saved(parent, tr_("PrintActions", "Print"), target)
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
        add_unit_choices(self.unit, unit_service.list_units())
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
        self.period_label = QLabel(period_text(period_key))  # "Quarter I 2026" in English
        self.period_label.setObjectName("batchPeriod")
        form.addRow(self.tr("Period:"), self.period_label)
        self.merged = QRadioButton(self.tr("One &merged PDF"))
        self.separate = QRadioButton(self.tr("One PDF &per employee"))
        self.merged.setChecked(True)
        choice = QHBoxLayout()
        choice.addWidget(self.merged)
        choice.addWidget(self.separate)
        form.addRow(self.tr("Files:"), choice)
        self.folder = QLineEdit(self._default_folder())
        self.folder.setObjectName("batchFolder")
        self.folder.textChanged.connect(lambda _text: show_error(self.error, ""))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("batchBrowse")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        folder_label = QLabel(self.tr("F&older:"))
        folder_label.setBuddy(self.folder)  # a label of a layout has no buddy by itself
        form.addRow(folder_label, where)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "Only final evaluations, approved SKPs and agreed IDPs are printed; the others "
                "are listed afterwards, with the reason."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = error_label(2)  # the refusals wrap to two lines: kept from the start
        self.error.setObjectName("batchError")
        self.error.add_samples(self._message_samples())
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, self.tr("&Print"), self.start)
        layout.addWidget(buttons)
        self.result = None
        self.resize(560, 300)

    def _message_samples(self) -> list[str]:
        """The longest messages the line shows (nothing to print for the unit with the
        longest name), so their room is kept and a message never moves the buttons."""
        from desktop_app.services.reports.batch import NOTHING

        names = [self.unit.itemText(i).strip() for i in range(self.unit.count())]
        longest = max(names, key=len, default="")
        period = period_text(self.period_key)
        samples = [self.tr("Choose an existing folder for the PDF files.")]
        for msgid in NOTHING.values():
            samples.append(
                messages.error_text(InputError(msgid, "printing", unit=longest, period=period))
            )
        return samples

    @staticmethod
    def _default_folder() -> str:
        try:
            return str(print_folder())
        except OSError:
            return ""

    def _browse(self) -> None:
        start = self.folder.text().strip()
        folder = ask_folder(self, start if Path(start).is_dir() else str(Path.home()))
        if folder:
            self.folder.setText(folder)

    def start(self) -> None:
        from desktop_app.services.reports import NothingToPrint, print_batch

        folder = self.folder.text().strip()
        if not folder or not Path(folder).is_dir():
            show_error(self.error, self.tr("Choose an existing folder for the PDF files."))
            return
        show_error(self.error, "")
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
        except NothingToPrint as err:
            show_error(self.error, messages.error_text(err))
            self._tell_left_out(err.left_out, Path(folder), messages.error_text(err))
            return
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return
        self.result = result
        self.accept()
        self._tell(result, Path(folder))

    def _tell(self, result, folder: Path) -> None:  # type: ignore[no-untyped-def]
        """Where the files went, and who was not printed and why."""
        if len(result.files) == 1:
            text = self.tr("{documents}, {pages} saved as {path}").format(
                documents=self.tr("%n documents", "", result.documents),
                pages=self.tr("%n pages", "", result.pages),
                path=str(result.files[0]),
            )
        else:
            text = self.tr("{documents}, {pages} saved in {folder}").format(
                documents=self.tr("%n documents", "", result.documents),
                pages=self.tr("%n pages", "", result.pages),
                folder=str(folder),
            )
        listing = _left_out_lines(result.left_out)
        print_feedback.tell_files_saved(
            self.parentWidget(),
            self.tr("Print for a unit"),
            text,
            folder,
            listing_title=self.tr("Not printed ({count}):").format(count=len(listing)),
            listing=listing,
        )

    def _tell_left_out(self, left_out, folder: Path, text: str) -> None:  # type: ignore[no-untyped-def]
        """Nothing printed: who was not, and why, in a list to read and copy."""
        listing = _left_out_lines(left_out)
        if not listing:
            return  # the unit has no active employee: the message says all
        print_feedback.tell_not_printed(
            self,
            self.tr("Print for a unit"),
            text,
            folder,
            listing_title=self.tr("Not printed ({count}):").format(count=len(listing)),
            listing=listing,
        )


def _left_out_lines(left_out) -> list[str]:  # type: ignore[no-untyped-def]
    """The "not printed" list: name, NIP, unit and the reason, one employee a line."""
    return [
        print_feedback.left_out_line(
            person.nip, person.name, person.unit_name, messages.error_text(person.reason)
        )
        for person in left_out
    ]


def print_batch_dialog(parent: QWidget | None, period_key: str, form: str = "document") -> None:
    dialog = BatchDialog(period_key, parent, form)
    try:
        open_dialog(dialog)
    finally:
        dialog.deleteLater()


def show_dialogue(parent: QWidget | None, dialogue_ids: list[int], name: str) -> Path | None:
    """The signed record of dialog kinerja / konseling kinerja, opened in the PDF viewer."""
    from desktop_app.services import reports as printing

    stem = f"dialog-kinerja_{_safe(name)}"
    return _show(parent, stem, lambda target: printing.build_dialogue(target, dialogue_ids))


def show_pppk_recommendations(parent: QWidget | None, year: int) -> Path | None:
    """HR's list of PPPK contracts and their recommendation for `year`, per unit, made in a
    worker thread behind a cancellable progress dialog (3,000 PPPK take about ten seconds);
    a cancel leaves no file."""
    from desktop_app.services import reports as printing

    def build(target: Path) -> None:
        run_task(
            parent,
            tr_("PrintActions", "Printing the PPPK recommendations…"),
            lambda progress: printing.build_pppk_recommendations(target, year, progress=progress),
        )

    try:
        return _show(parent, f"rekomendasi-pppk_{year}", build)
    except Cancelled:
        return None
