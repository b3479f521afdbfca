"""POLA DISTRIBUSI: the distribution pattern of employee predikat for the organisation predikat,
drawn as vector bars with the curve through their tops (reportlab graphics, no matplotlib).

The shares are `scoring.suggest_distribution(org, 100)`, i.e. the project's suggested split
inside the SE MenPANRB 3/2023 rules, laid out Sangat Kurang (left) to Sangat Baik (right) as
the official curve is (domain.md §7.2).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop_app.printing import fonts
from desktop_app.scoring import OrgPredikat, Predikat, suggest_distribution

BAR = colors.Color(0.62, 0.72, 0.85)
CURVE = colors.Color(0.12, 0.27, 0.52)


@lru_cache(maxsize=8)
def pattern(org: OrgPredikat) -> tuple[tuple[str, int], ...]:
    """(short label, percent) from Sangat Kurang to Sangat Baik for an organisation predikat."""
    split = suggest_distribution(org, 100)
    return tuple((p.short_label, split.get(p, 0)) for p in reversed(list(Predikat)))


def caption(org: OrgPredikat) -> str:
    return (
        f"Kurva Distribusi Predikat Kinerja Pegawai dengan Capaian Kinerja Organisasi {org.label}"
    )


def pattern_drawing(org: OrgPredikat, width: float = 130 * mm, height: float = 40 * mm) -> Drawing:
    """The bars and curve of the pattern with the percentages over the bars."""
    fonts.register()
    shares = pattern(org)
    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = fonts.FAMILY, 6.5  # no Helvetica at all
    chart = VerticalBarChart()
    chart.x, chart.y = 10 * mm, 9 * mm
    chart.width, chart.height = width - 14 * mm, height - 15 * mm
    chart.data = [[value for _, value in shares]]
    chart.categoryAxis.categoryNames = [label for label, _ in shares]
    chart.categoryAxis.labels.fontName = fonts.FAMILY
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = fonts.FAMILY
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = CURVE
    chart.bars[0].strokeWidth = 0.4
    chart.barLabels.fontName = fonts.FAMILY
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    chart.barLabelFormat = "%d%%"
    drawing.add(chart)
    step = chart.width / len(shares)
    points: list[float] = []
    for n, (_, value) in enumerate(shares):
        points += [chart.x + step * (n + 0.5), chart.y + chart.height * value / 100]
    drawing.add(PolyLine(points, strokeColor=CURVE, strokeWidth=1.2))
    drawing.add(
        String(
            chart.x + chart.width / 2,
            1 * mm,
            "Predikat Kinerja Pegawai",
            fontName=fonts.FAMILY,
            fontSize=6.5,
            textAnchor="middle",
        )
    )
    return drawing
