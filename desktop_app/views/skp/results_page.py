"""The SKP editor's first page: the RHK list and, for the chosen RHK, its text, section,
perspective or intervened superior's RHK, and its indicator table (aspect, IKI, target, unit).

`ResultsPage` is a part of `SkpEditor` (which mixes it in): it builds the page on the editor
and keeps `detail.data.results` in step with what is typed; saving and the workflow stay in
the editor. Its strings keep the editor's translation context ("SkpEditor").
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n.translator import domain_text, tr_
from desktop_app.scoring.input_ranges import stored_decimal, stored_text
from desktop_app.scoring.rhk_numbering import rhk_numbers
from desktop_app.services.skp.choices import approach_choices, aspect_choices, perspective_choices
from desktop_app.services.skp.plans import IndicatorInput, PlanDetail, ResultInput
from desktop_app.views.formatting import format_number
from desktop_app.views.typed_input.delegates import (
    CellMessages,
    ChoiceDelegate,
    TextDelegate,
    TypedDelegate,
    set_typed,
)
from desktop_app.views.typed_input.fields import message_line
from desktop_app.views.typed_input.kinds import TARGET, Kind, Refused, target_kind
from desktop_app.views.widgets import keep_titles_visible

ID_ROLE = Qt.ItemDataRole.UserRole


def _in_language(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Code-table choices with their labels in the interface language ("Kuantitatif" is
    "Quantitative" in English); the forms print the official words."""
    return [(code, domain_text(label)) for code, label in choices]


def _aspect_choices() -> list[tuple[object, str]]:
    return [(code, label) for code, label in _in_language(aspect_choices())]


class ResultsPage:
    """The RHK and indicator editing of `SkpEditor` (a mixin: the editor is `self`)."""

    ASPECT, IKI, TARGET, UNIT = range(4)
    detail: PlanDetail
    current_row: int
    _loading: bool

    def _touched(self) -> None:
        raise NotImplementedError  # SkpEditor: mark unsaved and start the autosave

    def _can_write(self) -> bool:
        raise NotImplementedError  # SkpEditor: may the user change this SKP

    def _results_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QFormLayout()
        self.approach = QComboBox()
        self.approach.setObjectName("approach")
        for code, label in _in_language(approach_choices()):
            self.approach.addItem(label, code)
        self.approach.currentIndexChanged.connect(self._approach_changed)
        top.addRow(tr_("SkpEditor", "Appro&ach:"), self.approach)
        layout.addLayout(top)
        split = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.result_model = QStandardItemModel(self)
        self.result_list = QListView()
        self.result_list.setObjectName("resultList")
        self.result_list.setModel(self.result_model)
        self.result_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.result_list.setWordWrap(True)
        self.result_list.selectionModel().currentRowChanged.connect(self._result_selected)
        left_layout.addWidget(self.result_list, 1)
        buttons = QHBoxLayout()
        self.add_result_button = QPushButton(tr_("SkpEditor", "Add RH&K"))
        self.remove_result_button = QPushButton(tr_("SkpEditor", "Remove RHK"))
        self.add_result_button.clicked.connect(self.add_result)
        self.remove_result_button.clicked.connect(self.remove_result)
        buttons.addWidget(self.add_result_button)
        buttons.addWidget(self.remove_result_button)
        left_layout.addLayout(buttons)
        split.addWidget(left)

        right = QWidget()
        form = QFormLayout(right)
        self.result_text = QPlainTextEdit()
        self.result_text.setObjectName("resultText")
        self.result_text.setTabChangesFocus(True)
        self.result_text.setFixedHeight(60)
        self.result_text.textChanged.connect(self._result_edited)
        form.addRow(tr_("SkpEditor", "RHK te&xt:"), self.result_text)
        self.section = QComboBox()
        self.section.setObjectName("section")
        self.section.addItem(tr_("SkpEditor", "A. Main (Utama)"), True)
        self.section.addItem(tr_("SkpEditor", "B. Additional (Tambahan)"), False)
        self.section.currentIndexChanged.connect(self._result_edited)
        form.addRow(tr_("SkpEditor", "&Section:"), self.section)
        self.perspective = QComboBox()
        self.perspective.setObjectName("perspective")
        self.perspective.addItem("", None)
        for code, label in _in_language(perspective_choices()):
            self.perspective.addItem(label, code)
        self.perspective.currentIndexChanged.connect(self._result_edited)
        self.perspective_label = QLabel(tr_("SkpEditor", "Perspecti&ve:"))
        self.perspective_label.setBuddy(self.perspective)
        form.addRow(self.perspective_label, self.perspective)
        self.parent_result = QComboBox()
        self.parent_result.setObjectName("parentResult")
        self.parent_result.currentIndexChanged.connect(self._result_edited)
        self.parent_label = QLabel(tr_("SkpEditor", "Superior's RHK (interve&ned):"))
        self.parent_label.setBuddy(self.parent_result)
        form.addRow(self.parent_label, self.parent_result)
        self.parent_text = QLineEdit()
        self.parent_text.setObjectName("parentText")
        self.parent_text.setPlaceholderText(
            tr_("SkpEditor", "while the superior has no SKP yet: type their RHK here")
        )
        self.parent_text.textChanged.connect(self._result_edited)
        form.addRow("", self.parent_text)
        self.indicator_model = QStandardItemModel(0, 4, self)
        self.indicator_model.setHorizontalHeaderLabels(
            [
                tr_("SkpEditor", "Aspect"),
                tr_("SkpEditor", "Indicator (IKI)"),
                tr_("SkpEditor", "Target"),
                tr_("SkpEditor", "Unit of measure"),
            ]
        )
        self.indicator_model.dataChanged.connect(self._unit_edited)
        self.indicator_model.dataChanged.connect(lambda *_: self._result_edited())
        self.indicator_table = QTableView()
        self.indicator_table.setObjectName("indicatorTable")
        self.indicator_table.setModel(self.indicator_model)
        self.indicator_table.setItemDelegate(TextDelegate(self.indicator_table))
        self.indicator_table.setItemDelegateForColumn(
            self.ASPECT, ChoiceDelegate(_aspect_choices, ID_ROLE, self.indicator_table)
        )
        self.target_delegate = TypedDelegate(
            TARGET, self.indicator_table, kind_for=lambda index: self._target_kind(index.row())
        )
        self.indicator_table.setItemDelegateForColumn(self.TARGET, self.target_delegate)
        self.indicator_table.verticalHeader().hide()
        header = self.indicator_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.IKI, QHeaderView.ResizeMode.Stretch)
        self.indicator_table.setColumnWidth(self.ASPECT, 110)
        self.indicator_table.setColumnWidth(self.TARGET, 110)
        self.indicator_table.setColumnWidth(self.UNIT, 120)
        keep_titles_visible(self.indicator_table)
        indicator_label = QLabel(tr_("SkpEditor", "&Indicators:"))
        indicator_label.setBuddy(self.indicator_table)
        form.addRow(indicator_label, self.indicator_table)
        self.cell_message = message_line()  # always in the layout: a message never moves the table
        self.cell_messages = CellMessages(  # a refused cell says why until it is fixed
            self.indicator_table,
            self.cell_message,
            (self.target_delegate,),
            lambda row, _column, message: tr_("SkpEditor", "Indicator {n}: {message}").format(
                n=row + 1, message=message
            ),
        )
        form.addRow("", self.cell_message)
        row = QHBoxLayout()
        self.add_indicator_button = QPushButton(tr_("SkpEditor", "A&dd indicator"))
        self.remove_indicator_button = QPushButton(tr_("SkpEditor", "Remove indicator"))
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.remove_indicator_button.clicked.connect(self.remove_indicator)
        row.addWidget(self.add_indicator_button)
        row.addWidget(self.remove_indicator_button)
        row.addStretch(1)
        form.addRow("", row)
        split.addWidget(right)
        split.setSizes([360, 780])
        layout.addWidget(split, 1)
        for key, widget, slot in (
            (Qt.Key.Key_Insert, self.result_list, self.add_result),
            (Qt.Key.Key_Delete, self.result_list, self.remove_result),
            (Qt.Key.Key_Insert, self.indicator_table, self.add_indicator),
            (Qt.Key.Key_Delete, self.indicator_table, self.remove_indicator),
        ):
            shortcut = QShortcut(QKeySequence(key), widget, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        return page

    def _result_title(self, result: ResultInput, label: str) -> str:
        """ "A.2 Text of the RHK": the number the printed SKP and the messages use."""
        text = result.text.strip() or tr_("SkpEditor", "(new RHK)")
        return f"{label} {text}"

    def _fill_results(self, select: int = 0) -> None:
        self.result_model.clear()
        results = self.detail.data.results
        for label, result in zip(rhk_numbers(r.is_main for r in results), results, strict=True):
            self.result_model.appendRow(QStandardItem(self._result_title(result, label)))
        self.current_row = -1
        if self.result_model.rowCount():
            index = self.result_model.index(min(select, self.result_model.rowCount() - 1), 0)
            self.result_list.setCurrentIndex(index)
        else:
            self._show_result(-1)

    def _result_selected(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object = None
    ) -> None:
        self._show_result(current.row() if current.isValid() else -1)

    def _show_result(self, row: int) -> None:
        self.current_row = row
        has = 0 <= row < len(self.detail.data.results)
        loading, self._loading = self._loading, True
        try:
            result = self.detail.data.results[row] if has else ResultInput("")
            self.result_text.setPlainText(result.text)
            self.section.setCurrentIndex(0 if result.is_main else 1)
            self.perspective.setCurrentIndex(max(self.perspective.findData(result.perspective), 0))
            link = result.parent_result_id
            if link is not None and self.parent_result.findData(link) < 0:
                # Linked before (e.g. to an earlier appraiser's RHK): keep it, say so.
                self.parent_result.addItem(tr_("SkpEditor", "(linked RHK no longer offered)"), link)
            self.parent_result.setCurrentIndex(max(self.parent_result.findData(link), 0))
            self.parent_text.setText(result.parent_text)
            self.indicator_model.removeRows(0, self.indicator_model.rowCount())
            labels = dict(_in_language(aspect_choices()))
            for indicator in result.indicators:
                aspect = QStandardItem(labels.get(indicator.aspect, indicator.aspect))
                aspect.setData(indicator.aspect, ID_ROLE)
                iki = QStandardItem(indicator.text)
                iki.setData(indicator.id, ID_ROLE)
                target = QStandardItem()
                self.indicator_model.appendRow(
                    [aspect, iki, target, QStandardItem(indicator.target_unit)]
                )
                set_typed(
                    self.indicator_model,
                    target.index(),
                    self._target_shown(indicator.target_value or indicator.target_text),
                    self._target_kind(target.row()),
                )
        finally:
            self._loading = loading
        editable = self.detail.editable and self._can_write()
        for widget in (
            self.result_text,
            self.section,
            self.perspective,
            self.parent_result,
            self.parent_text,
            self.indicator_table,
            self.add_indicator_button,
            self.remove_indicator_button,
        ):
            widget.setEnabled(has and editable)
        # a hint in a field that cannot be typed into reads as its content: none there
        self.parent_text.setPlaceholderText(
            tr_("SkpEditor", "while the superior has no SKP yet: type their RHK here")
            if has and editable
            else ""
        )

    def _target_kind(self, row: int = -1) -> Kind | None:
        """A kuantitatif target is a number in the range of its row's unit (0-100 for a
        percentage, a whole number for a count: `scoring.target_units`); a kualitatif one is
        text."""
        if self.approach.currentData() != "KUANTITATIF":
            return None
        unit = self.indicator_model.item(row, self.UNIT) if row >= 0 else None
        return target_kind(unit.text()) if unit is not None else TARGET

    def _unit_edited(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        """A unit changed: its row's target is checked again against the new unit's range."""
        if self._loading or not top_left.column() <= self.UNIT <= bottom_right.column():
            return
        for row in range(top_left.row(), bottom_right.row() + 1):
            cell = self.indicator_model.item(row, self.TARGET)
            if cell is not None:
                set_typed(self.indicator_model, cell.index(), cell.text(), self._target_kind(row))

    def _target_shown(self, stored: str) -> str:
        """A stored kuantitatif target ("1500") as the table shows it ("1.500"); text as is."""
        if self.approach.currentData() != "KUANTITATIF":
            return stored
        try:
            return format_number(stored_decimal(stored))
        except ValueError:
            return stored  # not a number (from an older version): shown to be corrected

    def _target_stored(self, shown: str, row: int) -> str:
        """What the table shows as the service stores it; a refused text is passed as typed,
        so the service refuses it too and nothing is saved."""
        kind = self._target_kind(row)
        if kind is None:
            return shown.strip()
        try:
            value = kind.read(shown)
        except Refused:
            return shown.strip()
        return "" if value is None else stored_text(value)

    def _read_indicators(self) -> list[IndicatorInput]:
        out = []
        kuantitatif = self.approach.currentData() == "KUANTITATIF"
        for row in range(self.indicator_model.rowCount()):
            cell = self.indicator_model.item
            target = self._target_stored(cell(row, self.TARGET).text(), row)
            out.append(
                IndicatorInput(
                    aspect=cell(row, self.ASPECT).data(ID_ROLE) or "KUANTITAS",
                    text=cell(row, self.IKI).text(),
                    target_value=target if kuantitatif else "",
                    target_unit=cell(row, self.UNIT).text(),
                    target_text="" if kuantitatif else target,
                    id=cell(row, self.IKI).data(ID_ROLE),
                )
            )
        return out

    def _result_edited(self) -> None:
        if self._loading or not (0 <= self.current_row < len(self.detail.data.results)):
            return
        result = self.detail.data.results[self.current_row]
        result.text = self.result_text.toPlainText()
        result.is_main = bool(self.section.currentData())
        result.perspective = self.perspective.currentData()
        result.parent_result_id = self.parent_result.currentData()
        result.parent_text = self.parent_text.text()
        result.indicators = self._read_indicators()
        self._retitle()  # a change of section renumbers the RHK after it
        self._touched()

    def _retitle(self) -> None:
        results = self.detail.data.results
        for row, label in enumerate(rhk_numbers(r.is_main for r in results)):
            item = self.result_model.item(row)
            if item is not None:
                title = self._result_title(results[row], label)
                if item.text() != title:
                    item.setText(title)

    def _approach_changed(self) -> None:
        """Kuantitatif targets are numbers with a unit, kualitatif ones text: move every
        target to the field of the new approach (what the table shows stays the same)."""
        if self._loading:
            return
        kuantitatif = self.approach.currentData() == "KUANTITATIF"
        for result in self.detail.data.results:
            for indicator in result.indicators:
                target = indicator.target_value or indicator.target_text
                indicator.target_value = target if kuantitatif else ""
                indicator.target_text = "" if kuantitatif else target
        if 0 <= self.current_row < len(self.detail.data.results):
            self._show_result(self.current_row)  # the targets checked as the new kind
        self._touched()

    def add_result(self) -> None:
        if not (self.detail.editable and self._can_write()):
            return
        self.detail.data.results.append(ResultInput("", True, [IndicatorInput("KUANTITAS", "")]))
        self._fill_results(len(self.detail.data.results) - 1)
        self._touched()
        self.result_text.setFocus()

    def remove_result(self) -> None:
        if not (self.detail.editable and self._can_write()):
            return
        row = self.current_row
        if not 0 <= row < len(self.detail.data.results):
            return
        del self.detail.data.results[row]
        self._fill_results(max(row - 1, 0))
        self._touched()

    def add_indicator(self) -> None:
        if not self.indicator_table.isEnabled():
            return
        aspect = QStandardItem(dict(_in_language(aspect_choices()))["KUANTITAS"])
        aspect.setData("KUANTITAS", ID_ROLE)
        self.indicator_model.appendRow(
            [aspect, QStandardItem(""), QStandardItem(""), QStandardItem("")]
        )
        index = self.indicator_model.index(self.indicator_model.rowCount() - 1, self.IKI)
        self.indicator_table.setCurrentIndex(index)
        self.indicator_table.edit(index)

    def remove_indicator(self) -> None:
        index = self.indicator_table.currentIndex()
        if not self.indicator_table.isEnabled() or not index.isValid():
            return
        self.indicator_model.removeRow(index.row())
        self._result_edited()
