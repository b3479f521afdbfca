"""The table models of the Pengembangan tab: one row per employee (`DevelopmentOfficeModel`),
the totals per unit (`DevelopmentUnitModel`) and the Renbangkom recap
(`DevelopmentRecapModel`), each sortable by clicking a header."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.i18n.translator import tr_
from desktop_app.scoring import MIN_JP_PER_YEAR, jenis_diklat
from desktop_app.scoring.nip import display_nip
from desktop_app.services.development import export as development_io
from desktop_app.services.development import idp as development
from desktop_app.services.development.office_view import OfficeRow, RecapRow, UnitTotal
from desktop_app.views.development.dialogs import jalur_label
from desktop_app.views.development.editor import competence_label
from desktop_app.views.formatting import format_number, format_rupiah
from desktop_app.views.table_model import AnyIndex, RowsModel

ALERT = QColor("#fde2e1")  # consecutive poor predikat
SHORT = QColor("#b00020")  # under 20 JP, required IDP not agreed
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def plan_status_label(status: str) -> str:
    return tr_("development", development.STATUS_LABELS.get(status, status))


def follow_up_cell(row: OfficeRow) -> str:
    """ "IDP required · 2× in a row · Coaching" for the list."""
    if not row.required:
        return ""
    parts = [tr_("DevelopmentTab", "IDP required")]
    if row.consecutive:
        parts.append(tr_("DevelopmentTab", "{n}× poor in a row").format(n=row.streak))
    parts += [jenis_diklat(j).label for j in row.suggestions]
    return " · ".join(parts)


class _SortedModel(RowsModel[Any]):
    """A flat model over NamedTuple-like rows, sortable by clicking a header."""

    def rows(self) -> list[Any]:
        return self._rows

    def sort_key(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return  # no column chosen yet: the rows stay in unit and name order
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(
            key=lambda r: self.sort_key(r, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.layoutChanged.emit()


class DevelopmentOfficeModel(_SortedModel):
    """One row per employee: NIP, name, unit, IDP, follow-up, JP done, JP planned, short of
    20, budget, spent."""

    NIP, NAME, UNIT, IDP, FOLLOW, DONE, PLANNED, SHORT, BUDGET, SPENT = range(10)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.no_counselling: set[int] = set()  # a poor predikat without konseling kinerja
        self._headers = [
            self.tr("NIP"),
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("IDP"),
            self.tr("Follow-up"),
            self.tr("JP done"),
            self.tr("JP planned"),
            self.tr("JP missing to {n}").format(n=MIN_JP_PER_YEAR),
            self.tr("Budget"),
            self.tr("Spent"),
        ]

    def sort_key(self, r: OfficeRow, column: int) -> Any:
        return (
            r.nip,
            r.name.casefold(),
            r.unit_name.casefold(),
            r.plan_status,
            (r.required, r.streak),
            r.jp_done,
            r.jp_planned,
            r.shortfall,
            r.cost_planned,
            r.cost_actual,
        )[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: OfficeRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                display_nip(r.nip),
                r.name,
                r.unit_name,
                plan_status_label(r.plan_status),
                follow_up_cell(r)
                + (
                    " · " + tr_("DevelopmentTab", "no konseling kinerja")
                    if r.employee_id in self.no_counselling
                    else ""
                ),
                format_number(r.jp_done),
                format_number(r.jp_planned) if r.plan_id is not None else "",
                format_number(r.shortfall) if r.under_minimum else "",
                format_rupiah(r.cost_planned) if r.cost_planned else "",
                format_rupiah(r.cost_actual) if r.cost_actual else "",
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.DONE:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and r.consecutive:
            return QBrush(ALERT)
        if role == Qt.ItemDataRole.ForegroundRole and (
            (column in (self.DONE, self.SHORT) and r.under_minimum)
            or (column in (self.IDP, self.FOLLOW) and r.needs_plan)
        ):
            return QBrush(SHORT)
        if role == Qt.ItemDataRole.FontRole and column == self.FOLLOW and r.needs_plan:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FOLLOW and r.required:
            return self.tr("Latest poor predikat: {predikat}").format(
                predikat=r.poor_predikat.label if r.poor_predikat else ""
            )
        return None


class DevelopmentUnitModel(_SortedModel):
    """The totals per unit, and the total of all as the last row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("Unit"),
            self.tr("Employees"),
            self.tr("Under {n} JP").format(n=MIN_JP_PER_YEAR),
            self.tr("With IDP"),
            self.tr("IDP agreed"),
            self.tr("IDP required"),
            self.tr("Required, not agreed"),
            self.tr("JP planned"),
            self.tr("JP done"),
            self.tr("Budget"),
            self.tr("Spent"),
        ]
        self.overall: UnitTotal | None = None

    def set_totals(self, totals: list[UnitTotal], overall: UnitTotal) -> None:
        self.overall = overall
        overall.unit_name = self.tr("Total")
        self.set_rows([*totals, overall])

    @staticmethod
    def _values(t: UnitTotal) -> tuple:
        return (
            t.unit_name,
            t.employees,
            t.under_minimum,
            t.with_plan,
            t.agreed,
            t.required,
            t.required_open,
            t.jp_planned,
            t.jp_done,
            t.cost_planned,
            t.cost_actual,
        )

    def sort_key(self, t: UnitTotal, column: int) -> Any:
        value = self._values(t)[column]
        last = t is self.overall  # the total stays at the bottom only when sorted ascending
        return (last, value.casefold() if isinstance(value, str) else value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t: UnitTotal = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._values(t)[column]
            if column >= 9:
                return format_rupiah(value)
            if isinstance(value, Decimal):
                return format_number(value)
            return value if column == 0 else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and t is self.overall:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column in (2, 6) and self._values(t)[column]:
            return QBrush(SHORT)
        return None


class DevelopmentRecapModel(_SortedModel):
    """Kebutuhan dan rencana pengembangan kompetensi per unit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [
            self.tr("Unit"),
            self.tr("Competence type"),
            self.tr("Competences"),
            self.tr("Mode"),
            self.tr("Kind (jenis diklat)"),
            self.tr("Target (people)"),
            self.tr("Activities"),
            self.tr("Providers"),
            self.tr("Schedule"),
            self.tr("JP planned"),
            self.tr("Budget"),
            self.tr("Done"),
            self.tr("JP done"),
            self.tr("Spent"),
        ]

    def sort_key(self, r: RecapRow, column: int) -> Any:
        return (
            r.unit_name.casefold(),
            r.competence_type,
            "; ".join(r.competences).casefold(),
            r.jalur,
            r.jenis_diklat,
            r.target,
            r.activities,
            ", ".join(r.providers).casefold(),
            (r.first_month or 13, r.last_month or 13),
            r.jp_planned,
            r.cost_planned,
            r.done,
            r.jp_done,
            r.cost_actual,
        )[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: RecapRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.unit_name,
                competence_label(r.competence_type) if r.competence_type else "—",
                "; ".join(r.competences),
                jalur_label(r.jalur),
                f"{r.jenis_diklat} · {r.jenis_label}",
                str(r.target),
                str(r.activities),
                ", ".join(r.providers),
                development_io.schedule_words(r.first_month, r.last_month),
                format_number(r.jp_planned),
                format_rupiah(r.cost_planned),
                str(r.done),
                format_number(r.jp_done),
                format_rupiah(r.cost_actual),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 6, 9, 10, 11, 12, 13):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return "\n".join(r.competences)
        return None
