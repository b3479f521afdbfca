"""What the user sees after a print or an export: where the file went, in a line they can read
and copy, an "Open folder" button when no viewer showed the file, and after a batch the staff
left out with the reason each (the batch dialog promises that list)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n.translator import tr_
from desktop_app.scoring.nip import display_nip

STATUS_SECONDS = 60  # how long the status bar says where a form went


def open_in_system(path: Path) -> bool:
    """Open a file or folder with the system's program; False when none did (tests replace
    this to simulate a computer without a PDF viewer)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_result(dialog: QDialog) -> None:
    """Show the result modally (tests replace this to read and click it)."""
    dialog.exec()


class SavedDialog(QDialog):
    """ "Saved in …" with the path selectable, an optional list (the staff not printed) and the
    "Open folder" button; the list scrolls, so the dialog fits a small screen whatever its
    length."""

    def __init__(
        self,
        title: str,
        text: str,
        folder: Path,
        *,
        offer_folder: bool,
        listing_title: str = "",
        listing: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SavedDialog")
        self.setWindowTitle(title)
        self.folder = folder
        self.text = text
        layout = QVBoxLayout(self)
        self.message = QLabel(text)
        self.message.setObjectName("savedMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.listing: QPlainTextEdit | None = None
        if listing:
            heading = QLabel(listing_title)
            heading.setWordWrap(True)
            layout.addWidget(heading)
            self.listing = QPlainTextEdit("\n".join(listing))
            self.listing.setObjectName("leftOutList")
            self.listing.setReadOnly(True)
            self.listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            self.listing.setMinimumHeight(120)
            self.listing.setMaximumHeight(320)  # a long list scrolls inside
            heading.setBuddy(self.listing)
            layout.addWidget(self.listing, 1)
        buttons = QDialogButtonBox()
        self.open_folder_button: QPushButton | None = None
        if offer_folder:
            self.open_folder_button = buttons.addButton(
                self.tr("Open &folder"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.open_folder_button.setObjectName("openFolderButton")
            self.open_folder_button.clicked.connect(self.open_folder)
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(760 if listing else 480)

    def open_folder(self) -> None:
        """Open the folder in the file manager; when even that fails, say where it is."""
        if open_in_system(self.folder):
            self.accept()
            return
        note = self.tr(
            "The folder could not be opened here; open it in the file manager: {path}"
        ).format(path=str(self.folder))
        self.message.setText(f"{self.text}\n\n{note}")  # once, however often it is clicked


def _main_window(widget: QWidget | None) -> QMainWindow | None:
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    return None


def tell_form_saved(parent: QWidget | None, title: str, path: Path) -> None:
    """After one form or recap: the viewer is asked to show it; when it did, the status bar
    says where the file is; when it did not, a dialog with the path and "Open folder"."""
    if open_in_system(path):
        window = _main_window(parent)
        text = saved_text(path)
        if window is not None:
            window.statusBar().showMessage(text, STATUS_SECONDS * 1000)
            return
        dialog = SavedDialog(title, text, path.parent, offer_folder=False, parent=parent)
    else:
        text = not_opened_text(path)
        dialog = SavedDialog(title, text, path.parent, offer_folder=True, parent=parent)
    try:
        show_result(dialog)
    finally:
        dialog.deleteLater()


def tell_files_saved(
    parent: QWidget | None,
    title: str,
    text: str,
    folder: Path,
    *,
    listing_title: str = "",
    listing: Sequence[str] = (),
) -> None:
    """After a batch or an export (no viewer opens those): the text, the list, the folder."""
    dialog = SavedDialog(
        title,
        text,
        folder,
        offer_folder=True,
        listing_title=listing_title,
        listing=listing,
        parent=parent,
    )
    try:
        show_result(dialog)
    finally:
        dialog.deleteLater()


def tell_not_printed(
    parent: QWidget | None,
    title: str,
    text: str,
    folder: Path,
    *,
    listing_title: str,
    listing: Sequence[str],
) -> None:
    """A batch that printed nothing: why, and the staff not printed (no file, no folder)."""
    dialog = SavedDialog(
        title,
        text,
        folder,
        offer_folder=False,
        listing_title=listing_title,
        listing=listing,
        parent=parent,
    )
    try:
        show_result(dialog)
    finally:
        dialog.deleteLater()


def left_out_line(nip: str, name: str, unit_name: str, reason: str) -> str:
    """One employee of the "not printed" list: name, NIP, unit, why."""
    return f"{name} ({display_nip(nip)}), {unit_name}: {reason}"


def saved_text(path: Path) -> str:
    return tr_("PrintFeedback", "The PDF is saved as {path}").format(path=str(path))


def not_opened_text(path: Path) -> str:
    return tr_(
        "PrintFeedback",
        "The PDF is saved as {path}\n\nNo PDF viewer opened it on this computer: open the "
        "folder and print the file from there.",
    ).format(path=str(path))
