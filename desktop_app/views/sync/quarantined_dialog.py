"""What the central office did not take from a package of this office, and why (shown from
the receipt)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.views.sync.common import FilteredTable, RowsModel, entity_names, reason_text


class QuarantinedDialog(QDialog):
    """What the central office did not take from a package, and why."""

    def __init__(
        self, title: str, summary: str, quarantined: list[dict], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("QuarantinedDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = RowsModel([self.tr("Record type"), self.tr("Record"), self.tr("Reason")], self)
        names = entity_names()
        self.model.set_rows(
            [
                (names.get(q["entity"], q["entity"]), q["uid"], reason_text(q["reason"]))
                for q in quarantined
            ],
            quarantined,
        )
        if quarantined:
            explain = QLabel(
                self.tr(
                    "The central office did not take these records. Correct them here (or the "
                    "record they belong to) and export again: the next package carries them."
                )
            )
            explain.setWordWrap(True)
            layout.addWidget(explain)
            self.list = FilteredTable(self.model, "quarantinedTable", (170, 270))
            layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(980, 460 if quarantined else 160)
