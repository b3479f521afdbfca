"""The import dialog (impor data pegawai): two steps in one window that fits 1366×768.

1. Columns: the sheet and header row found, each column of the file with sample values and the
   field it goes into (`import_mapping.MappingPage`).
2. Preview: what importing does, row by row, the units not found and the default unit
   (`import_preview.PreviewPage`).

Reading the file and importing run in a worker thread behind a cancellable progress dialog
(`views.tasks.run_task`); nothing is written before Import is pressed, and then in one
transaction. The mapping is remembered for the next file with the same headers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.services.register import units as unit_service
from desktop_app.views import messages
from desktop_app.views.register import import_adapter as api
from desktop_app.views.register.import_mapping import MappingPage
from desktop_app.views.register.import_preview import PreviewPage
from desktop_app.views.tasks import Cancelled, run_task
from desktop_app.views.widgets import error_label, show_error

MAPPING, PREVIEW = 0, 1


class ImportDialog(QDialog):
    """Map the columns of a register file, look at the result, import."""

    def __init__(self, layout: api.Layout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.layout_ = layout
        self.path = layout.path
        self.preview: api.ImportPreview | None = None
        self.result_: api.ImportResult | None = None
        self.setWindowTitle(self.tr("Import employees: {name}").format(name=self.path.name))

        outer = QVBoxLayout(self)
        self.step = QLabel()
        self.step.setObjectName("stepTitle")
        self.step.setStyleSheet("font-weight: bold")
        outer.addWidget(self.step)
        self.stack = QStackedWidget()
        self.mapping_page = MappingPage(api.target_fields(), api.incomplete_labels())
        self.preview_page = PreviewPage()
        self.stack.addWidget(self.mapping_page)
        self.stack.addWidget(self.preview_page)
        outer.addWidget(self.stack, 1)
        self.error = error_label(2)  # the wizard fills the screen: two lines kept
        self.error.setObjectName("importError")
        outer.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton(self.tr("&Next: preview >"))
        self.next_button.setObjectName("nextButton")
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancelButton")
        for button in (self.back_button, self.next_button, self.import_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(self.buttons)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_preview)
        self.import_button.clicked.connect(self.do_import)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back)

        self.mapping_page.relayout_requested.connect(self._relayout)
        self.mapping_page.mapping_changed.connect(self._update_buttons)
        self.preview_page.options_changed.connect(self._reread)
        units = unit_service.list_units()
        self.preview_page.fill_units(units, api.root_unit_id(units))
        self._show_layout(layout)
        self._set_step(MAPPING)
        self.resize(1100, 680)

    # steps --------------------------------------------------------------------------------
    def _set_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        if step == MAPPING:
            self.step.setText(self.tr("Step 1 of 2: which column goes into which field"))
            self.mapping_page.table.setFocus()
        else:
            self.step.setText(self.tr("Step 2 of 2: what the import will do"))
            self.preview_page.table.setFocus()
        show_error(self.error, "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        on_mapping = self.stack.currentIndex() == MAPPING
        self.back_button.setVisible(not on_mapping)
        self.next_button.setVisible(on_mapping)
        self.import_button.setVisible(not on_mapping)
        ready = self.mapping_page.ready()
        self.next_button.setEnabled(ready)
        self.next_button.setDefault(on_mapping and ready)
        count = api.to_write(self.preview) if self.preview is not None else 0
        self.import_button.setText(self.tr("&Import %n rows", "", count))
        self.import_button.setEnabled(not on_mapping and count > 0)  # Alt+I: never by Enter

    def go_back(self) -> None:
        if self.stack.currentIndex() == PREVIEW:
            self._set_step(MAPPING)

    def go_preview(self) -> None:
        if self.stack.currentIndex() != MAPPING or not self.mapping_page.ready():
            return
        if self._read():
            self._set_step(PREVIEW)

    # reading ------------------------------------------------------------------------------
    def _show_layout(self, layout: api.Layout) -> None:
        self.layout_ = layout
        self.mapping_page.show_layout(
            layout.sheets, layout.sheet, layout.header_row, layout.header_depth, layout.columns
        )
        self._update_buttons()

    def _relayout(self) -> None:
        """The user chose another sheet or header row: look at the file again."""
        sheet = self.mapping_page.sheet.currentText()
        header_row = self.mapping_page.header_row.value()
        if sheet != self.layout_.sheet:
            header_row = 0  # found again on the new sheet
        try:
            layout = run_task(
                self,
                self.tr("Reading {name}…").format(name=self.path.name),
                lambda progress: api.detect(self.path, sheet, header_row or None, progress),
            )
        except Cancelled:
            layout = self.layout_
        except api.EmptyHeaderRow:
            self.mapping_page.show_layout(
                self.layout_.sheets, self.layout_.sheet, header_row, 1, []
            )
            self._update_buttons()
            show_error(
                self.error,
                self.tr("Row {row} is empty: choose the row that holds the column names.").format(
                    row=header_row
                ),
            )
            return
        except ServiceError as err:
            self._show_layout(self.layout_)
            show_error(self.error, messages.error_text(err))
            return
        self._show_layout(layout)
        show_error(self.error, "")

    def _read(self) -> bool:
        """Read every row with the mapping and unit choices shown; False when it failed."""
        mapping = self.mapping_page.mapping()
        options = self.preview_page.options()
        layout = self.layout_
        try:
            preview = run_task(
                self,
                self.tr("Checking the rows of {name}…").format(name=self.path.name),
                lambda progress: api.read(layout, mapping, options, progress),
            )
        except Cancelled:
            return False
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return False
        self.preview = preview
        self.preview_page.show_preview(preview)
        show_error(self.error, "")
        self._update_buttons()
        return True

    def _reread(self) -> None:
        if self.stack.currentIndex() == PREVIEW:
            self._read()

    # importing ----------------------------------------------------------------------------
    def do_import(self) -> None:
        preview = self.preview
        if preview is None or api.to_write(preview) == 0:
            return
        self.import_button.setEnabled(False)
        try:
            result = run_task(
                self,
                self.tr("Importing employees…"),
                lambda progress: api.apply(preview, progress),
            )
        except Cancelled:
            messages.info(
                self, self.tr("Import cancelled"), self.tr("Nothing was imported or changed.")
            )
            self._update_buttons()
            return
        except ServiceError as err:
            messages.warn(
                self,
                self.tr("Import failed"),
                self.tr("Nothing was imported or changed.\n\n{reason}").format(
                    reason=messages.error_text(err)
                ),
            )
            self._update_buttons()
            return
        self.result_ = result
        api.remember(self.layout_, self.mapping_page.mapping())
        messages.info(self, self.tr("Import finished"), self._finished_text(result))
        self.accept()

    def _finished_text(self, result: api.ImportResult) -> str:
        counts = api.result_counts(result)
        text = self.tr(
            "{created} new, {updated} updated, {unchanged} unchanged; not imported: "
            "{refused} refused, {skipped} skipped."
        ).format(**counts)
        created_units = counts.get("units_created", 0)
        if created_units:
            text += "\n" + self.tr("%n units created.", "", created_units)
        incomplete = counts.get("incomplete", 0)
        if incomplete:
            text += "\n" + self.tr(
                "%n employees have incomplete data: see the filter “Incomplete data” in the "
                "register.",
                "",
                incomplete,
            )
        return text

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Enter on the mapping page goes on to the preview; in the preview's search box it
        # ends the search. Import is never the default button: Enter does not write.
        on_mapping = self.stack.currentIndex() == MAPPING
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if on_mapping:
                self.go_preview()
                return
            if self.preview_page.search.hasFocus():  # Enter ends the search, never imports
                self.preview_page.table.setFocus()
                return
        super().keyPressEvent(event)
