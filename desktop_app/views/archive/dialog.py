"""The dialog that records one employee's archive appraisal (PP 46/2011, PP 30/2019) of an
archive year; the year's list to embed in the Evaluasi tab is in `list_widget`.

The dialog holds the kegiatan tugas jabatan as an editable table (target and realisasi per
aspect), the perilaku kerja aspects, tugas tambahan and kreativitas (PP 46) or the peers and
innovation marks (PP 30), and shows the scores the service computed at the last save: the
nilai capaian per kegiatan, nilai SKP, nilai perilaku, prestasi kerja / nilai kinerja and
the sebutan / predikat. Numbers show with a decimal comma, the way the forms print them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
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
from desktop_app.views.skp.editor import ask_reason
from desktop_app.views.widgets import (
    error_label,
    show_error,
)

ID_ROLE = Qt.ItemDataRole.UserRole
NOT_SCORED = -1.0  # the spin boxes' "—": an aspect not scored yet


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
        layout.addWidget(self.table, 1)
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
        self.error = error_label()
        self.error.setObjectName("legacyError")
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
        bar.addStretch(1)
        for button in (self.save_button, self.finalize_button, self.reopen_button, close):
            bar.addWidget(button)
        layout.addLayout(bar)
        self._show()
        self.resize(1200, 720)

    # --- building ----------------------------------------------------------------------------

    def _behaviour_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Perilaku kerja (0–100)"))
        form = QFormLayout(box)
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
        self.aspects: dict[str, QDoubleSpinBox] = {}
        for key in legacy.ASPECTS:
            spin = QDoubleSpinBox()
            spin.setObjectName(f"aspect_{key}")
            spin.setDecimals(2)
            spin.setRange(NOT_SCORED, 100.0)
            spin.setSpecialValueText("—")
            spin.setValue(NOT_SCORED)
            form.addRow(labels[key], spin)
            self.aspects[key] = spin
        return box

    def _extras_box(self, pp46: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Additional points") if pp46 else self.tr("PP 30/2019 marks"))
        form = QFormLayout(box)
        self.tugas_tambahan = QSpinBox(box)
        self.tugas_tambahan.setObjectName("tugasTambahan")
        self.tugas_tambahan.setRange(0, 99)
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
        if pp46:
            form.addRow(self.tr("T&ugas tambahan (number):"), self.tugas_tambahan)
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
            value = values.get(name, "")
            item = QStandardItem(
                value if name in self.TEXT_COLUMNS else legacy.display_number(value)
            )
            item.setEditable(self.editable())
            if name not in self.TEXT_COLUMNS:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
        for key, spin in self.aspects.items():
            stored = d.perilaku.get(key)
            spin.setValue(float(stored) if stored else NOT_SCORED)
        self.tugas_tambahan.setValue(d.tugas_tambahan)
        self.kreativitas.setCurrentIndex(max(self.kreativitas.findData(d.kreativitas), 0))
        self.with_peers.setChecked(d.with_peers)
        self.innovation.setChecked(d.innovation)
        self.notes.setPlainText(d.notes)
        self._show_scores()
        editable = self.editable()
        for widget in (
            self.structural,
            self.tugas_tambahan,
            self.kreativitas,
            self.with_peers,
            self.innovation,
            *self.aspects.values(),
        ):
            widget.setEnabled(editable)
        self._structural_changed(d.structural)
        self.notes.setReadOnly(not editable)
        for button in (self.add_button, self.remove_button, self.save_button, self.finalize_button):
            button.setVisible(editable)
        self.reopen_button.setVisible(
            self._may_write() and d.status == legacy.FINAL and not d.period_closed
        )

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
        self.aspects[legacy.LEADERSHIP].setEnabled(checked and self.editable())

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

    def _commit_edits(self) -> None:
        """Take the text of a cell still being edited (Alt+S does not move the focus)."""
        current = self.table.currentIndex()
        self.table.setCurrentIndex(QModelIndex())
        self.table.setCurrentIndex(current)

    def input(self) -> LegacyInput:
        self._commit_edits()
        activities = []
        for r in range(self.model.rowCount()):
            values = {name: self.model.item(r, c).text() for c, name in enumerate(self.COLUMNS)}
            activities.append(ActivityInput(**values, id=self.model.item(r, 0).data(ID_ROLE)))
        structural = self.structural.isChecked()
        perilaku = {}
        for key, spin in self.aspects.items():
            given = spin.value() > NOT_SCORED / 2 and (structural or key != legacy.LEADERSHIP)
            perilaku[key] = f"{spin.value():.2f}" if given else ""
        pp46 = self.detail.regime == legacy.PP46
        return LegacyInput(
            activities,
            structural=structural,
            perilaku=perilaku,
            tugas_tambahan=self.tugas_tambahan.value() if pp46 else 0,
            kreativitas=self.kreativitas.currentData() if pp46 else "none",
            with_peers=self.with_peers.isChecked() and not pp46,
            innovation=self.innovation.isChecked() and not pp46,
            notes=self.notes.toPlainText(),
        )

    def _run(self, step) -> bool:  # type: ignore[no-untyped-def]
        show_error(self.error, "")
        try:
            step()
        except ServiceError as err:
            show_error(self.error, messages.error_text(err))
            return False
        self.detail = legacy.get_appraisal(self.appraisal_id)
        self._show()
        return True

    def store(self) -> bool:
        """Save the draft; the scores shown are those the service computed."""
        data = self.input()
        return self._run(lambda: legacy.save_appraisal(self.appraisal_id, data))

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
