"""Matriks peran hasil (cascading view) of one pejabat penilai for a year: their RHK, the
subordinates' RHK that support each one, RHK no subordinate supports, subordinate RHK that
link to nothing, and "give this RHK to…" several subordinates at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.services.skp import plans
from desktop_app.views import messages
from desktop_app.views.widgets import dialog_buttons, error_label, show_error

ID_ROLE = Qt.ItemDataRole.UserRole
_WARN = QColor("#8a5a00")


class AssignDialog(QDialog):
    """Tick the subordinates who get the RHK (as an RHK of their own that supports it)."""

    def __init__(
        self, result_id: int, result_text: str, people: list[tuple[int, str]], parent=None
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("AssignDialog")
        self.setWindowTitle(self.tr("Give an RHK to subordinates"))
        self.result_id = result_id
        self.given = 0
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Each chosen subordinate gets an RHK supporting: <b>{rhk}</b>").format(
                rhk=result_text
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QLineEdit()
        self.text.setObjectName("assignText")
        self.text.setPlaceholderText(self.tr("Their RHK text (empty: the same text)"))
        layout.addWidget(self.text)
        self.model = QStandardItemModel(self)
        for employee_id, name in people:
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setData(employee_id, ID_ROLE)
            self.model.appendRow(item)
        self.people = QListView()
        self.people.setObjectName("assignPeople")
        self.people.setModel(self.model)
        layout.addWidget(self.people, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Give"), self.save))
        self.resize(560, 460)

    def chosen(self) -> list[int]:
        return [
            self.model.item(r).data(ID_ROLE)
            for r in range(self.model.rowCount())
            if self.model.item(r).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        ids = self.chosen()
        if not ids:
            show_error(self.error, self.tr("Tick at least one subordinate."))
            return
        try:
            self.given = plans.assign_result(self.result_id, ids, self.text.text())
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return
        self.accept()


def open_assign(dialog: AssignDialog) -> bool:
    """Show the assign dialog modally (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class CascadeDialog(QDialog):
    def __init__(self, employee_id: int, name: str, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CascadeDialog")
        self.employee_id = employee_id
        self.year = year
        self.setWindowTitle(self.tr("Cascade matrix {year}: {name}").format(year=year, name=name))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("cascadeSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("cascadeTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.tree, 1)
        bar = QHBoxLayout()
        self.assign_button = QPushButton(self.tr("&Give this RHK to subordinates…"))
        self.assign_button.setObjectName("assignButton")
        self.assign_button.clicked.connect(self.assign)
        bar.addWidget(self.assign_button)
        bar.addStretch(1)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.reload()
        self.resize(900, 600)

    def reload(self) -> None:
        matrix = plans.cascade(self.employee_id, self.year)
        self.matrix = matrix
        self.model.clear()
        root = self.model.invisibleRootItem()
        for column in matrix.columns:
            section = "A" if column.is_main else "B"
            supporting = matrix.supporting[column.id]
            item = QStandardItem(
                self.tr("{section}. {rhk}  ({count} supporting)").format(
                    section=section, rhk=column.text, count=len(supporting)
                )
            )
            item.setData(column.id, ID_ROLE)
            if not supporting:
                item.setForeground(QBrush(_WARN))
            for s in supporting:
                item.appendRow(QStandardItem(f"{s.employee_name}: {s.text}"))
            root.appendRow(item)
        if matrix.unlinked:
            loose = QStandardItem(self.tr("Subordinate RHK linked to none of these"))
            loose.setForeground(QBrush(_WARN))
            for s in matrix.unlinked:
                loose.appendRow(QStandardItem(f"{s.employee_name}: {s.text}"))
            root.appendRow(loose)
        self.tree.expandAll()
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        if not matrix.columns:
            text = self.tr("There is no SKP of {year} for this person yet, or it has no RHK.")
        else:
            text = self.tr(
                "{total} RHK; {unsupported} supported by no subordinate; {unlinked} subordinate "
                "RHK linked to nothing."
            )
        self.summary.setText(
            text.format(
                year=self.year,
                total=len(matrix.columns),
                unsupported=len(matrix.unsupported),
                unlinked=len(matrix.unlinked),
            )
        )
        self._update()

    def current_result(self) -> tuple[int, str] | None:
        index = self.tree.currentIndex()
        if not index.isValid() or index.parent().isValid():
            return None
        result_id = index.data(ID_ROLE)
        column = next((c for c in self.matrix.columns if c.id == result_id), None)
        return (column.id, column.text) if column else None

    def _update(self) -> None:
        self.assign_button.setEnabled(self.current_result() is not None)

    def assign(self) -> None:
        chosen = self.current_result()
        if chosen is None:
            return
        dialog = AssignDialog(chosen[0], chosen[1], plans.subordinates(self.employee_id), self)
        try:
            if open_assign(dialog):
                self.reload()
        finally:
            dialog.deleteLater()
