"""The register tab's "Appraisers" button: the officials outside the office and the Plt / Plh
(docs/appraisers.md). Every role opens them; only HR and the administrator change them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMenu, QToolButton, QWidget

from desktop_app.i18n.translator import tr_


def open_dialog(dialog: QDialog) -> None:
    """Show a list dialog modally (tests replace this)."""
    dialog.exec()


def show_officials(parent: QWidget) -> None:
    from desktop_app.views.register.officials_dialog import OfficialsDialog

    dialog = OfficialsDialog(parent)
    try:
        open_dialog(dialog)
    finally:
        dialog.deleteLater()


def show_acting(parent: QWidget) -> None:
    from desktop_app.views.register.acting_dialog import ActingDialog

    dialog = ActingDialog(parent)
    try:
        open_dialog(dialog)
    finally:
        dialog.deleteLater()


def appraisers_button(parent: QWidget) -> QToolButton:
    """A button with a menu: officials outside the office, Plt / Plh."""
    button = QToolButton(parent)
    button.setObjectName("appraisersButton")
    button.setText(tr_("RegisterTab", "Ap&praisers"))
    button.setToolTip(
        tr_("RegisterTab", "Officials outside the office and acting officials (Plt / Plh)")
    )
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    officials = menu.addAction(
        tr_("RegisterTab", "&Officials outside the office…"), lambda: show_officials(parent)
    )
    officials.setObjectName("officialsAction")
    acting = menu.addAction(tr_("RegisterTab", "&Plt / Plh…"), lambda: show_acting(parent))
    acting.setObjectName("actingAction")
    button.setMenu(menu)
    return button
