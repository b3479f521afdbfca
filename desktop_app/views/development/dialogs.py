"""The dialog that records a completed development activity: what it was (jalur, SIASN jenis
diklat, name, provider), when, its JP as on the certificate or its duration in minutes (the JP
it gives is shown as you type), the certificate number and the cost. Used for a planned
activity of the IDP (its kind stays as agreed when the IDP is locked) and for an activity
recorded outside the IDP. The dialog stays open with the reason when the service refuses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.scoring import RuleError, jp_from_minutes
from desktop_app.scoring.codes import KLASIKAL, NONKLASIKAL
from desktop_app.services.development import idp as development
from desktop_app.services.development.idp import ActivityRow
from desktop_app.services.development.records import CompletionInput
from desktop_app.views import messages
from desktop_app.views.formatting import format_number, format_rupiah, parse_rupiah
from desktop_app.views.widgets import OptionalDateEdit, dialog_buttons, error_label, show_error

JP, MINUTES = "JP", "MINUTES"


def jalur_label(jalur: str) -> str:
    return tr_("development", development.JALUR_LABELS.get(jalur, jalur))


def fill_jenis(combo: QComboBox, jalur: str | None, selected: int | None = None) -> None:
    """The SIASN jenis diklat of a jalur ("8 · Bimbingan Teknis"), keeping `selected`."""
    combo.blockSignals(True)
    combo.clear()
    for jenis_id, label, _jalur in development.jenis_choices(jalur):
        combo.addItem(f"{jenis_id} · {label}", jenis_id)
    combo.setCurrentIndex(max(combo.findData(selected), 0))
    combo.blockSignals(False)


class RealisationDialog(QDialog):
    """Record what happened. `save(data)` stores it (a service call); the dialog closes only
    when it succeeds."""

    def __init__(
        self,
        title: str,
        save: Callable[[CompletionInput], object],
        activity: ActivityRow | None = None,
        *,
        kind_locked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RealisationDialog")
        self.setWindowTitle(title)
        self._save = save
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.jalur = QComboBox()
        self.jalur.setObjectName("jalur")
        for jalur in (KLASIKAL, NONKLASIKAL):
            self.jalur.addItem(jalur_label(jalur), jalur)
        self.jenis = QComboBox()
        self.jenis.setObjectName("jenis")
        self.title = QLineEdit()
        self.title.setObjectName("activityTitle")
        self.title.setPlaceholderText(self.tr("As written on the certificate"))
        self.provider = QLineEdit()
        self.provider.setObjectName("provider")
        self.provider.setPlaceholderText(self.tr("e.g. BPSDM Provinsi"))
        self.start = OptionalDateEdit()
        self.start.setObjectName("startDate")
        self.end = OptionalDateEdit()
        self.end.setObjectName("endDate")
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setMaximumWidth(110)
        self.unit = QComboBox()
        self.unit.setObjectName("amountUnit")
        self.unit.addItem(self.tr("JP (as on the certificate)"), JP)
        self.unit.addItem(self.tr("minutes"), MINUTES)
        self.jp_label = QLabel()
        self.jp_label.setObjectName("jpLabel")
        duration = QHBoxLayout()
        duration.addWidget(self.amount)
        duration.addWidget(self.unit)
        duration.addWidget(self.jp_label, 1)
        self.certificate = QLineEdit()
        self.certificate.setObjectName("certificateNo")
        self.cost = QLineEdit()
        self.cost.setObjectName("cost")
        self.cost.setPlaceholderText(self.tr("e.g. 3.500.000 (whole rupiah)"))
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        rows = (
            (self.tr("&Mode:"), self.jalur),
            (self.tr("&Kind (jenis diklat):"), self.jenis),
            (self.tr("&Activity:"), self.title),
            (self.tr("&Provider:"), self.provider),
        )
        for text, widget in rows:
            form.addRow(text, widget)
        for text, box, buddy in (
            (self.tr("&Dates (start, end):"), dates, self.start),
            (self.tr("D&uration:"), duration, self.amount),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, box)
        form.addRow(self.tr("&Certificate number:"), self.certificate)
        form.addRow(self.tr("C&ost:"), self.cost)
        form.addRow(self.tr("&Notes:"), self.notes)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Save"), self.store))
        self.jalur.currentIndexChanged.connect(
            lambda _=0: fill_jenis(self.jenis, self.jalur.currentData())
        )
        self.amount.textChanged.connect(self._show_jp)
        self.unit.currentIndexChanged.connect(self._show_jp)
        self._load(activity)
        for widget in (self.jalur, self.jenis, self.title, self.provider):
            widget.setEnabled(not kind_locked)
        if kind_locked:
            self.jenis.setToolTip(self.tr("The IDP is agreed: the planned kind and name stay."))
        self.resize(620, self.sizeHint().height())

    def _load(self, activity: ActivityRow | None) -> None:
        if activity is None:
            fill_jenis(self.jenis, KLASIKAL)
            self.end.set_value(dt.date.today())
            self._show_jp()
            return
        self.jalur.blockSignals(True)
        self.jalur.setCurrentIndex(max(self.jalur.findData(activity.jalur), 0))
        self.jalur.blockSignals(False)
        fill_jenis(self.jenis, activity.jalur, activity.jenis_diklat)
        self.title.setText(activity.title)
        self.provider.setText(activity.provider)
        self.start.set_value(activity.start_date or activity.planned_start)
        self.end.set_value(activity.end_date or activity.planned_end)
        if activity.minutes is not None:
            self.unit.setCurrentIndex(self.unit.findData(MINUTES))
            self.amount.setText(str(activity.minutes))
        else:
            jp = activity.jp if activity.jp is not None else activity.jp_planned
            self.amount.setText(format_number(jp) if jp is not None else "")
        self.certificate.setText(activity.certificate_no)
        cost = activity.cost_actual if activity.cost_actual is not None else activity.cost_planned
        self.cost.setText(format_rupiah(cost) if cost else "")
        self.notes.setText(activity.notes)
        self._show_jp()

    def _minutes(self) -> int | None:
        if self.unit.currentData() != MINUTES:
            return None
        text = self.amount.text().strip()
        return int(text) if text.lstrip("-").isdigit() else None

    def _show_jp(self) -> None:
        """The JP the typed duration gives (1 JP = 45 minutes)."""
        if self.unit.currentData() != MINUTES:
            self.jp_label.setText("")
            return
        minutes = self._minutes()
        try:
            jp = jp_from_minutes(minutes) if minutes is not None else None
        except RuleError:
            jp = None
        self.jp_label.setText(
            self.tr("= {jp} JP (45 minutes = 1 JP)").format(jp=format_number(jp))
            if jp is not None
            else self.tr("(whole minutes)")
        )

    def input(self) -> CompletionInput:
        minutes = self._minutes()
        return CompletionInput(
            self.jenis.currentData(),
            self.title.text(),
            self.provider.text(),
            self.start.value(),
            self.end.value(),
            "" if self.unit.currentData() == MINUTES else self.amount.text(),
            minutes,
            self.certificate.text(),
            parse_rupiah(self.cost.text()),
            self.notes.text(),
        )

    def store(self) -> None:
        if self.unit.currentData() == MINUTES and self._minutes() is None:
            show_error(self.error, self.tr("Type the duration in whole minutes."))
            self.amount.setFocus()
            return
        try:
            self._save(self.input())
        except (ServiceError, RuleError) as err:  # RuleError: a cost that is not an amount
            show_error(self.error, messages.error_text(err))
            return
        self.accept()
