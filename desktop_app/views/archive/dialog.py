"""The dialog that records one employee's archive appraisal (PP 46/2011, PP 30/2019) of an
archive year; the year's list to embed in the Evaluasi tab is in `list_widget`.

The dialog holds the kegiatan tugas jabatan as an editable table (target and realisasi per
aspect), the perilaku kerja aspects, tugas tambahan and kreativitas (PP 46) or the peers and
innovation marks (PP 30), and shows the scores the service computed at the last save: the
nilai capaian per kegiatan, nilai SKP, nilai perilaku, prestasi kerja / nilai kinerja and
the sebutan / predikat. Numbers show with a decimal comma, the way the forms print them.

Every number is a field or cell of the typed-input kit, within its range (a kualitas out of
100, a waktu of at most 12 months, a biaya in whole rupiah): a refused text stays as typed with
its message, Save refuses while one is left (focus on it) and stores nothing. A cell commits on
every way of leaving it, Save included; closing the dialog saves a changed draft first.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring.nip import display_nip
from desktop_app.services.archive import appraisals as legacy
from desktop_app.services.archive.appraisals import (
    ActivityInput,
    LegacyDetail,
    LegacyInput,
)
from desktop_app.services.session import Action, allowed
from desktop_app.services.skp.plans import appraiser_of
from desktop_app.views import messages, workflow_steps
from desktop_app.views.archive.cells import (
    COLUMN_KINDS,
    SCORE,
    TUGAS_TAMBAHAN,
    stored_text,
    typed_cell,
)
from desktop_app.views.skp.editor import ask_reason
from desktop_app.views.typed_input.delegates import (
    VALUE_ROLE,
    CellMessages,
    TextDelegate,
    TypedDelegate,
    cell_errors,
    commit_open_editors,
)
from desktop_app.views.typed_input.fields import TypedEdit, message_line
from desktop_app.views.typed_input.forms import MessageForm
from desktop_app.views.typed_input.kinds import Refused
from desktop_app.views.widgets import keep_titles_visible, resize_within_screen

ID_ROLE = Qt.ItemDataRole.UserRole


def state_label(state: str) -> str:
    return tr_("legacy", legacy.STATUS_LABELS.get(state, state))


class LegacyAppraisalDialog(QDialog):
    """Record (or read) one archive appraisal."""

    COLUMNS = (
        "text",
        "angka_kredit",
        "kuantitas_target",
        "kuantitas_real",
        "output_unit",
        "kualitas_target",
        "kualitas_real",
        "waktu_target",
        "waktu_real",
        "biaya_target",
        "biaya_real",
    )
    TEXT_COLUMNS = frozenset({"text", "output_unit"})
    CAPAIAN = len(COLUMNS)

    def __init__(self, appraisal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LegacyAppraisalDialog")
        self.appraisal_id = appraisal_id
        self.detail: LegacyDetail = legacy.get_appraisal(appraisal_id)
        pp46 = self.detail.regime == legacy.PP46
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)

        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Kegiatan tugas jabatan"),
                self.tr("AK"),
                self.tr("Kuantitas\ntarget"),
                self.tr("Kuantitas\nrealisasi"),
                self.tr("Output"),
                self.tr("Kualitas\ntarget"),
                self.tr("Kualitas\nrealisasi"),
                self.tr("Waktu target\n(months)"),
                self.tr("Waktu realisasi\n(months)"),
                self.tr("Biaya\ntarget"),
                self.tr("Biaya\nrealisasi"),
                self.tr("Nilai\ncapaian"),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("activityTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 50, 75, 75, 80, 75, 75, 90, 95, 95, 95)):
            self.table.setColumnWidth(column, width)
        keep_titles_visible(self.table)
        self.delegates: list[TextDelegate | TypedDelegate] = []
        for column, name in enumerate(self.COLUMNS):
            kind = COLUMN_KINDS.get(name)
            delegate = TextDelegate(self) if kind is None else TypedDelegate(kind, self)
            self.table.setItemDelegateForColumn(column, delegate)
            self.delegates.append(delegate)
        layout.addWidget(self.table, 1)
        self.cell_message = message_line()  # always in the layout: a message never moves it
        self.cell_messages = CellMessages(  # a refused cell says why until it is fixed
            self.table,
            self.cell_message,
            self.delegates,
            lambda row, column, message: self.tr("Kegiatan {row}, {column}: {message}").format(
                row=row + 1, column=self._header(column), message=message
            ),
        )
        layout.addWidget(self.cell_message)
        rows_bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add activity"))
        self.remove_button = QPushButton(self.tr("&Remove activity"))
        self.add_button.clicked.connect(self.add_activity)
        self.remove_button.clicked.connect(self.remove_activity)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, self.add_activity)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        rows_bar.addWidget(self.add_button)
        rows_bar.addWidget(self.remove_button)
        rows_bar.addStretch(1)
        layout.addLayout(rows_bar)

        middle = QHBoxLayout()
        middle.addWidget(self._behaviour_box(), 1)
        middle.addWidget(self._extras_box(pp46), 1)
        middle.addWidget(self._totals_box(pp46), 1)
        layout.addLayout(middle)
        self.error = message_line("legacyError")
        layout.addWidget(self.error)
        bar = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        self.finalize_button = QPushButton(self.tr("&Finalise"))
        self.reopen_button = QPushButton(self.tr("Re-&open…"))
        close = QPushButton(self.tr("&Close"))
        self.save_button.clicked.connect(self.store)
        self.finalize_button.clicked.connect(self.finalize)
        self.reopen_button.clicked.connect(self.reopen)
        close.clicked.connect(self.accept)
        self.close_button = close
        bar.addStretch(1)
        for button in (self.save_button, self.finalize_button, self.reopen_button, close):
            bar.addWidget(button)
        layout.addLayout(bar)
        self._show()
        resize_within_screen(self, 1200, 720)

    # --- building ----------------------------------------------------------------------------

    def _behaviour_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Perilaku kerja (0–100)"))
        form = QFormLayout(box)
        form.setVerticalSpacing(1)
        self.fields = MessageForm(form, grow_window=False)  # the table gives the room
        labels = {
            "orientasi_pelayanan": self.tr("Orientasi pe&layanan:"),
            "integritas": self.tr("Inte&gritas:"),
            "komitmen": self.tr("Ko&mitmen:"),
            "disiplin": self.tr("&Disiplin:"),
            "kerja_sama": self.tr("Ker&ja sama:"),
            legacy.LEADERSHIP: self.tr("Kep&emimpinan:"),
        }
        self.structural = QCheckBox(self.tr("Jabatan s&truktural (kepemimpinan is scored)"))
        self.structural.setObjectName("structural")
        self.structural.toggled.connect(self._structural_changed)
        form.addRow(self.structural)
        self.aspects: dict[str, TypedEdit] = {}
        for key in legacy.ASPECTS:
            edit = TypedEdit(SCORE)
            edit.setObjectName(f"aspect_{key}")
            edit.setPlaceholderText(self.tr("not scored"))
            self.fields.add(key, labels[key], edit)
            self.aspects[key] = edit
        return box

    def _extras_box(self, pp46: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Additional points") if pp46 else self.tr("PP 30/2019 marks"))
        form = QFormLayout(box)
        self.tugas_tambahan = TypedEdit(TUGAS_TAMBAHAN, parent=box)
        self.tugas_tambahan.setObjectName("tugasTambahan")
        self.tugas_tambahan.setPlaceholderText("0")
        self.kreativitas = QComboBox(box)
        self.kreativitas.setObjectName("kreativitas")
        names = {
            "none": self.tr("None"),
            "unit": self.tr("Useful to the unit"),
            "organisasi": self.tr("Useful to the organisation"),
            "negara": self.tr("Useful to the state"),
        }
        for level in legacy.KREATIVITAS_LEVELS:
            points = legacy.kreativitas_points(level)
            text = names[level] if not points else f"{names[level]} (+{points})"
            self.kreativitas.addItem(text, level)
        self.with_peers = QCheckBox(
            self.tr("&Peers or subordinates assessed behaviour (60/40)"), box
        )
        self.with_peers.setObjectName("withPeers")
        self.innovation = QCheckBox(self.tr("&Innovation useful to the organisation or state"), box)
        self.innovation.setObjectName("innovation")
        self.extras = MessageForm(form, grow_window=False)
        if pp46:
            self.extras.add(
                "tugas_tambahan", self.tr("T&ugas tambahan (number):"), self.tugas_tambahan
            )
            form.addRow(self.tr("&Kreativitas:"), self.kreativitas)
            self.with_peers.hide()
            self.innovation.hide()
        else:
            form.addRow(self.with_peers)
            form.addRow(self.innovation)
            self.tugas_tambahan.hide()
            self.kreativitas.hide()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        notes_label = QLabel(self.tr("&Notes:"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        return box

    def _totals_box(self, pp46: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Scores (computed when saved)"))
        form = QFormLayout(box)
        self.nilai_skp = QLabel()
        self.nilai_perilaku = QLabel()
        self.nilai_prestasi = QLabel()
        self.sebutan = QLabel()
        for name in ("nilai_skp", "nilai_perilaku", "nilai_prestasi", "sebutan"):
            getattr(self, name).setObjectName(name)
        form.addRow(self.tr("Nilai SKP:"), self.nilai_skp)
        form.addRow(self.tr("Nilai perilaku kerja:"), self.nilai_perilaku)
        if pp46:
            form.addRow(self.tr("Nilai prestasi kerja (60/40):"), self.nilai_prestasi)
            form.addRow(self.tr("Sebutan:"), self.sebutan)
        else:
            form.addRow(self.tr("Nilai kinerja:"), self.nilai_prestasi)
            form.addRow(self.tr("Predikat:"), self.sebutan)
        self.credits = QLabel()
        form.addRow(self.tr("Angka kredit:"), self.credits)
        return box

    # --- showing -----------------------------------------------------------------------------

    def _may_write(self) -> bool:
        return allowed(Action.WRITE_APPRAISAL, self.detail.employee_id, appraiser_of=appraiser_of)

    def editable(self) -> bool:
        return self.detail.editable and self._may_write()

    def _row(self, values: dict[str, str], capaian: str, row_id: int | None) -> list[QStandardItem]:
        cells = []
        for name in self.COLUMNS:
            value = values.get(name) or ""
            kind = COLUMN_KINDS.get(name)
            item = QStandardItem(value if kind is None else "")
            if kind is not None:
                typed_cell(item, kind, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setEditable(self.editable())
            cells.append(item)
        result = QStandardItem(legacy.display_number(capaian))
        result.setEditable(False)
        result.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cells.append(result)
        cells[0].setData(row_id, ID_ROLE)
        return cells

    def _show(self) -> None:
        d = self.detail
        self.setWindowTitle(
            self.tr("Archive appraisal {year} ({regime}): {name}").format(
                year=d.year, regime=d.regime_label, name=d.employee_name
            )
        )
        self.header.setText(
            self.tr(
                "<b>{name}</b> — NIP {nip} — {position}, {unit}<br>Appraiser: {appraiser}"
                " — Year: {year} ({regime}) — Status: <b>{status}</b>"
            ).format(
                name=d.employee_name,
                nip=display_nip(d.employee_nip),
                position=d.position_name or "—",
                unit=d.unit_name,
                appraiser=d.appraiser_name or "—",
                year=d.year,
                regime=d.regime_label,
                status=state_label(d.status),
            )
        )
        self.model.removeRows(0, self.model.rowCount())
        for a in d.activities:
            self.model.appendRow(self._row(a._asdict(), a.nilai_capaian, a.id))
        self.structural.setChecked(d.structural)
        for key, edit in self.aspects.items():
            stored = d.perilaku.get(key)
            edit.set_value(Decimal(stored) if stored else None)
        self.tugas_tambahan.set_value(Decimal(d.tugas_tambahan))
        self.kreativitas.setCurrentIndex(max(self.kreativitas.findData(d.kreativitas), 0))
        self.with_peers.setChecked(d.with_peers)
        self.innovation.setChecked(d.innovation)
        self.notes.setPlainText(d.notes)
        self._show_scores()
        editable = self.editable()
        for widget in (
            self.structural,
            self.kreativitas,
            self.with_peers,
            self.innovation,
        ):
            widget.setEnabled(editable)
        for edit in (self.tugas_tambahan, *self.aspects.values()):
            edit.setReadOnly(not editable)
        self._structural_changed(d.structural)
        self.notes.setReadOnly(not editable)
        for button in (self.add_button, self.remove_button, self.save_button, self.finalize_button):
            button.setVisible(editable)
        self.reopen_button.setVisible(
            self._may_write() and d.status == legacy.FINAL and not d.period_closed
        )
        self.cell_messages.refresh()
        self._shown_input = self._current()

    def _show_scores(self) -> None:
        d = self.detail
        missing = self.tr("(incomplete)")

        def shown(value: str | None, band: str | None = None) -> str:
            if value is None:
                return missing
            text = legacy.display_number(value)
            return f"{text} ({band})" if band else text

        self.nilai_skp.setText(shown(d.nilai_skp, d.skp_sebutan))
        self.nilai_perilaku.setText(shown(d.nilai_perilaku, d.perilaku_sebutan))
        self.nilai_prestasi.setText(shown(d.nilai_prestasi))
        self.sebutan.setText(f"<b>{d.sebutan}</b>" if d.sebutan else missing)
        self.credits.setText(legacy.display_number(d.angka_kredit_total) or "—")

    def _structural_changed(self, checked: bool) -> None:
        self.aspects[legacy.LEADERSHIP].setEnabled(checked)
        self.aspects[legacy.LEADERSHIP].setReadOnly(not self.editable())

    def _header(self, column: int) -> str:
        header = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
        return " ".join(str(header).split())

    # --- editing -----------------------------------------------------------------------------

    def add_activity(self) -> None:
        if not self.editable():
            return
        self.model.appendRow(self._row({}, "", None))
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_activity(self) -> None:
        index = self.table.currentIndex()
        if self.editable() and index.isValid():
            self.model.removeRow(index.row())

    def _refused(self) -> bool:
        """Say the first refused cell or field and put the focus on it; True when one is."""
        refused = cell_errors(self.model)
        if refused:
            row, column, message = refused[0]
            header = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            self.error.setText(
                self.tr("Kegiatan {row}, {column}: {message}").format(
                    row=row + 1, column=" ".join(str(header).split()), message=message
                )
            )
            self.table.setCurrentIndex(self.model.index(row, column))
            self.table.setFocus()
            return True
        fields = list(self.aspects.values())
        if self.detail.regime == legacy.PP46:
            fields.append(self.tugas_tambahan)
        for edit in fields:
            problem = edit.problem() if edit.isEnabled() else ""  # kepemimpinan when scored
            if problem:
                edit.validate()
                self.error.setText(problem)
                edit.setFocus()
                return True
        return False

    def _value(self, edit: TypedEdit) -> Any:
        try:
            return edit.value()
        except Refused:
            return None

    def _current(self) -> LegacyInput:
        """What the dialog holds now (refused texts as not given: `store` never sends one)."""
        activities = []
        for r in range(self.model.rowCount()):
            values = {}
            for c, name in enumerate(self.COLUMNS):
                item = self.model.item(r, c)
                if name in COLUMN_KINDS:
                    values[name] = stored_text(item.data(VALUE_ROLE))
                else:
                    values[name] = item.text()
            activities.append(ActivityInput(**values, id=self.model.item(r, 0).data(ID_ROLE)))
        structural = self.structural.isChecked()
        perilaku = {}
        for key, edit in self.aspects.items():
            value = self._value(edit)
            given = value is not None and (structural or key != legacy.LEADERSHIP)
            perilaku[key] = legacy.plain_decimal(value) if given else ""
        pp46 = self.detail.regime == legacy.PP46
        tugas = self._value(self.tugas_tambahan)
        return LegacyInput(
            activities,
            structural=structural,
            perilaku=perilaku,
            tugas_tambahan=int(tugas or 0) if pp46 else 0,
            kreativitas=self.kreativitas.currentData() if pp46 else "none",
            with_peers=self.with_peers.isChecked() and not pp46,
            innovation=self.innovation.isChecked() and not pp46,
            notes=self.notes.toPlainText(),
        )

    def input(self) -> LegacyInput:
        """What the dialog holds, the cell still being edited included."""
        commit_open_editors(self.table)
        return self._current()

    def _run(self, step) -> bool:  # type: ignore[no-untyped-def]
        self.error.setText("")
        try:
            step()
        except ServiceError as err:
            self.error.setText(messages.error_text(err))
            return False
        self.detail = legacy.get_appraisal(self.appraisal_id)
        self._show()
        return True

    def store(self) -> bool:
        """Save the draft; the scores shown are those the service computed. A refused cell or
        field is said (focus on it) and nothing is stored."""
        data = self.input()
        if self._refused():
            return False
        return self._run(lambda: legacy.save_appraisal(self.appraisal_id, data))

    def done(self, result: int) -> None:
        """Closing saves a changed draft first (a cell still open counts as typed); when it
        cannot be saved, the dialog stays open with the message unless the user lets the
        changes go."""
        changed = self.editable() and self.input() != self._shown_input
        if changed and not self.store():  # noqa: SIM102 (the question only when it failed)
            if not messages.confirm(
                self,
                self.tr("Close the archive appraisal"),
                self.tr("The changes are not saved: {message}\n\nClose and let them go?").format(
                    message=self.error.text()
                ),
            ):
                return
        super().done(result)

    def finalize(self) -> None:
        if self.store() and workflow_steps.finalize_archive(self, self.detail):
            self._run(lambda: legacy.finalize(self.appraisal_id))

    def reopen(self) -> None:
        reason = ask_reason(
            self,
            self.tr("Re-open the archive appraisal"),
            workflow_steps.reopen_archive_question(),
        )
        if reason is not None:
            self._run(lambda: legacy.reopen(self.appraisal_id, reason))
