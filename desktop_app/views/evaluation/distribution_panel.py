"""The distribution panel: a unit's predikat head-counts for a period as bars, the pattern
for the organisation predikat as the suggested split, and the findings with their numbers.
Guidance for the pejabat penilai and HR, never a block (domain.md §0.4)."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import domain_text
from desktop_app.scoring.distribution import Finding
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation.evaluations import DistributionSummary
from desktop_app.services.register import employment_status
from desktop_app.services.register import units as unit_service
from desktop_app.services.session import Action, allowed
from desktop_app.views import messages
from desktop_app.views.formatting import format_number
from desktop_app.views.register.status_dialog import exemption_text
from desktop_app.views.widgets import add_unit_choices

_BAR = QColor("#2f6fb3")
_PATTERN = QColor("#d9822b")


class DistributionChart(QWidget):
    """Bars of the actual head-count per predikat; an orange mark for the split the pattern
    suggests for the same number of employees."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributionChart")
        self.setMinimumSize(520, 240)
        self.summary: DistributionSummary | None = None

    def set_summary(self, summary: DistributionSummary | None) -> None:
        self.summary = summary
        self.update()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        scale = evaluations.predikat_scale()
        counts = self.summary.counts if self.summary else {}
        suggestion = self.summary.suggestion_evaluated if self.summary else {}
        top = max([1, *counts.values(), *suggestion.values()])
        left, bottom, label_height = 20.0, self.height() - 40.0, 34.0
        width = (self.width() - 2 * left) / len(scale)
        height = bottom - 16.0
        for n, (predikat, label) in enumerate(scale):
            x = left + n * width
            count = counts.get(predikat, 0)
            bar = height * count / top
            painter.fillRect(QRectF(x + width * 0.2, bottom - bar, width * 0.6, bar), _BAR)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x, bottom - bar - 16, width, 14), Qt.AlignmentFlag.AlignCenter, str(count)
            )
            painter.drawText(
                QRectF(x, bottom + 4, width, label_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                label,
            )
            if predikat in suggestion:
                y = bottom - height * suggestion[predikat] / top
                painter.setPen(QPen(_PATTERN, 3))
                painter.drawLine(int(x + width * 0.1), int(y), int(x + width * 0.9), int(y))
        painter.end()


def finding_text(finding: Finding) -> str:
    """A finding in the interface language, its shares written as the screens write numbers
    ("71,4" and "70" in Indonesian, where the catalogue puts "71,4 %"), never "71.4%"."""
    params = dict(finding.params)
    params["actual"] = format_number(finding.actual_share * 100, 1)
    if finding.allowed_share is not None:
        params["share"] = format_number(finding.allowed_share * 100, 1)
    return messages.error_text(replace(finding, params=params))


class DistributionDialog(QDialog):
    """One unit (with its sub-units) for one period key."""

    def __init__(self, period_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DistributionDialog")
        self.period_key = period_key
        self.setWindowTitle(
            self.tr("Distribution of predikat: {period}").format(
                period=domain_text(PeriodKey.parse(period_key).label)
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.unit_rows = unit_service.list_units()
        self.unit = QComboBox()
        self.unit.setObjectName("distributionUnit")
        add_unit_choices(self.unit, self.unit_rows)
        form.addRow(self.tr("&Unit (with its sub-units):"), self.unit)
        self.org = QComboBox()
        self.org.setObjectName("orgPredikat")
        self.org.addItem(self.tr("(not set)"), None)
        for key, label in evaluations.org_predikat_choices():
            self.org.addItem(label, key)
        self.org.setEnabled(allowed(Action.WRITE_PERIODS))
        form.addRow(self.tr("&Organisation predikat:"), self.org)
        self.drafts = QCheckBox(self.tr("Count rated drafts too"))
        form.addRow("", self.drafts)
        layout.addLayout(form)
        self.chart = DistributionChart()
        layout.addWidget(self.chart, 1)
        legend = QLabel(
            self.tr(
                "Blue: employees with this predikat. Orange line: the split the pattern suggests."
            )
        )
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.findings = QLabel()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.findings)
        bar = QHBoxLayout()
        bar.addStretch(1)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.org.currentIndexChanged.connect(self._org_changed)
        self.drafts.toggled.connect(self.refresh)
        self._unit_changed()
        self.resize(720, 560)

    def _unit_changed(self) -> None:
        unit_id = self.unit.currentData()
        current = evaluations.org_result(unit_id, self.period_key) if unit_id else None
        self.org.blockSignals(True)
        self.org.setCurrentIndex(max(self.org.findData(current), 0))
        self.org.blockSignals(False)
        self.refresh()

    def _org_changed(self) -> None:
        unit_id = self.unit.currentData()
        if unit_id is None:
            return
        try:
            evaluations.set_org_result(unit_id, self.period_key, self.org.currentData())
        except ServiceError as err:
            messages.show_error(self, err)
        self.refresh()

    def refresh(self) -> None:
        unit_id = self.unit.currentData()
        if unit_id is None:
            self.chart.set_summary(None)
            return
        units = unit_service.descendants(unit_id, self.unit_rows)
        summary = evaluations.distribution(
            units,
            self.period_key,
            include_drafts=self.drafts.isChecked(),
            org_predikat=self.org.currentData(),
        )
        self.chart.set_summary(summary)
        if summary.org_predikat is None:
            text = self.tr("Set the organisation predikat to compare with its pattern.")
        elif not summary.findings:
            text = self.tr("The distribution follows the pattern.")
        else:
            text = "<br>".join(f"• {finding_text(f)}" for f in summary.findings)
        self.findings.setText(
            self.tr("%n of {headcount} employees have a predikat.", "", summary.total).format(
                headcount=summary.headcount
            )
            + "<br>"
            + text
            + self._exempt_words(summary.exempt)
        )

    def _exempt_words(self, exempt: dict) -> str:
        """Who is left out of the counts by their kedudukan hukum, and why."""
        if not exempt:
            return ""
        names = employment_status.names_of(list(exempt))
        listed = "; ".join(
            escape(f"{names.get(e, '')} ({exemption_text(x)})") for e, x in exempt.items()
        )
        return "<br>" + self.tr("Not counted (exempt by kedudukan hukum): {names}").format(
            names=listed
        )
