"""The data of the recaps for HR (distribution, SKP progress, JP), one row per unit in tree
order, read through the services (only the employees the user may see); printing/recap.py
lays them out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import Employee
from desktop_app.printing.layout import PageSetup, Target
from desktop_app.printing.recap import RECAPS
from desktop_app.printing.recap import build_recap as render_recap
from desktop_app.printing.report_data import (
    DistributionRow,
    JpShortRow,
    JpTotals,
    JpUnitRow,
    ProgressRow,
    RecapReport,
    UnitLine,
)
from desktop_app.scoring.employment_status import Exemption
from desktop_app.scoring.nip import display_nip
from desktop_app.services import periods
from desktop_app.services.development import idp as development
from desktop_app.services.development import office_view as development_office
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import units as unit_service
from desktop_app.services.reports import sources
from desktop_app.services.reports.units import find_unit
from desktop_app.services.session import Action, current, require
from desktop_app.services.skp import plans

__all__ = ["RECAPS", "build_recap", "recap_key", "recap_report", "unit_lines"]

PLAN_STATUSES = (plans.NO_PLAN, plans.DRAFT, plans.RETURNED, plans.SUBMITTED, plans.APPROVED)
"""The order of ProgressRow.counts (printing/recap.py PLAN_WORDS)."""


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "printing", **params)


def unit_lines(root: int | None = None) -> list[UnitLine]:
    """The units (the one given and those below it, or all) in tree order."""
    rows = unit_service.list_units()
    ids = {r.id for r in rows}
    children: dict[int | None, list[unit_service.UnitRow]] = {}
    for r in rows:
        children.setdefault(r.parent_id if r.parent_id in ids else None, []).append(r)
    out: list[UnitLine] = []
    seen: set[int] = set()

    def walk(items: Sequence[unit_service.UnitRow], depth: int) -> None:
        for r in items:
            if r.id in seen:
                continue
            seen.add(r.id)
            out.append(UnitLine(r.id, r.code, r.name, depth))
            walk(children.get(r.id, []), depth + 1)

    walk([r for r in rows if r.id == root] if root is not None else children.get(None, []), 0)
    return out


def distribution_rows(key: str, root: int | None) -> tuple[DistributionRow, ...]:
    """Each unit with its sub-units that has employees or predikat, with its distribution."""
    rows = unit_service.list_units()
    out: list[DistributionRow] = []
    for line in unit_lines(root):
        units = unit_service.descendants(line.id, rows)
        summary = evaluations.distribution(
            units, key, org_predikat=evaluations.org_result(line.id, key)
        )
        if not summary.headcount and not summary.total:
            continue
        out.append(
            DistributionRow(
                line,
                summary.headcount,
                summary.total,
                dict(summary.counts),
                summary.org_predikat,
                tuple(summary.findings),
                _exempt_words(summary.exempt),
            )
        )
    return tuple(out)


def _exempt_words(exempt: Mapping[int, Exemption]) -> tuple[str, ...]:
    """ "Nama (CLTN sejak 1 Maret 2026)" for each exempt employee, by name."""
    names = {e.id: e.full_name for e in Employee.select().where(Employee.id.in_(list(exempt)))}
    return tuple(sorted(f"{names.get(e, '')} ({x.reason})" for e, x in exempt.items()))


def progress_rows(year: int, root: int | None) -> tuple[ProgressRow, ...]:
    """Each unit's own employees by the status of their SKP of the year."""
    if periods.period_for(year) is None:
        raise _error(
            N_("printing", "The year {year} has not been opened: HR opens it first (Periods)."),
            year=year,
        )
    lines = unit_lines(root)
    scope = None if root is None else {line.id for line in lines}
    counts: dict[int, Counter[str]] = {}
    late: Counter[int] = Counter()
    exempt: dict[int, list[str]] = {}
    for row in plans.progress(year, scope):
        late[row.unit_id] += row.late
        if row.exemption is not None:  # not counted: exempt by kedudukan hukum, with why
            exempt.setdefault(row.unit_id, []).append(f"{row.name} ({row.exemption.reason})")
            counts.setdefault(row.unit_id, Counter())
            continue
        counts.setdefault(row.unit_id, Counter())[row.status] += 1
    out: list[ProgressRow] = []
    for line in lines:
        found = counts.get(line.id)
        if found is None:
            continue
        numbers = tuple(found.get(s, 0) for s in PLAN_STATUSES)
        out.append(
            ProgressRow(
                line,
                sum(found.values()),
                numbers,  # type: ignore[arg-type]
                late[line.id],
                tuple(exempt.get(line.id, ())),
            )
        )
    return tuple(out)


def _totals(t: development_office.UnitTotal) -> JpTotals:
    return JpTotals(
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


def jp_report_parts(
    year: int, root: int | None
) -> tuple[tuple[JpUnitRow, ...], JpTotals, tuple[JpShortRow, ...]]:
    """The JP per unit, the overall totals and the employees under 20 JP (in unit order)."""
    lines = unit_lines(root)
    scope = None if root is None else {line.id for line in lines}
    rows = development_office.office_view(year, scope)
    totals, overall = development_office.unit_totals(rows)
    by_unit = {t.unit_id: t for t in totals}
    units = tuple(
        JpUnitRow(line, _totals(by_unit[line.id])) for line in lines if line.id in by_unit
    )
    order = {line.id: n for n, line in enumerate(lines)}
    under = sorted(
        (r for r in rows if r.under_minimum),
        key=lambda r: (order.get(r.unit_id, len(order)), r.name.casefold(), r.nip),
    )
    short = tuple(
        JpShortRow(
            display_nip(r.nip),
            r.name,
            r.unit_name,
            r.jp_done,
            r.shortfall,
            r.jp_planned if r.plan_id is not None else None,
            development.STATUS_WORDS.get(r.plan_status, r.plan_status),
        )
        for r in under
    )
    return units, _totals(overall), short


def _kind(kind: str) -> str:
    if kind not in RECAPS:
        raise _error(
            N_("printing", "Recap '{kind}' is not known: use distribution, progress or jp."),
            kind=kind,
        )
    return kind


def recap_key(kind: str, period_key: str) -> str:
    """The normalised period key; the SKP and JP recaps take only the year of it."""
    period = evaluations.parse_key(period_key)
    if kind != "distribution" or period.is_annual:
        return str(period.year)
    return str(period)


def recap_report(kind: str, period_key: str, unit: tuple[int, str] | None = None) -> RecapReport:
    """The recap of `kind` for the period (all units, or `unit` = (id, name) and those below
    it)."""
    kind = _kind(kind)
    key = recap_key(kind, period_key)
    year = evaluations.parse_key(key).year
    root = unit[0] if unit else None
    period = sources.period(key)
    unit_name = unit[1] if unit else None
    if kind == "distribution":
        rows = distribution_rows(key, root)
        return RecapReport(kind, period, unit_name, sources.data_as_of(), distribution=rows)
    if kind == "progress":
        progress = progress_rows(year, root)
        return RecapReport(kind, period, unit_name, sources.data_as_of(), progress=progress)
    units, overall, short = jp_report_parts(year, root)
    return RecapReport(
        kind,
        period,
        unit_name,
        sources.data_as_of(),
        jp_units=units,
        jp_overall=overall,
        jp_short=short,
    )


def build_recap(
    target: Target,
    kind: str,
    period_key: str,
    *,
    unit: str | int | None = None,
    setup: PageSetup | None = None,
) -> int:
    """Write the recap `kind` (distribution, progress, jp) for the period to `target` (path or
    binary stream), for every unit or for `unit` (id or code) and those below it; returns the
    page count. Bad kind, period or unit: InputError. Reads what the user may see."""
    kind = _kind(kind)
    signed_in = current()
    require(Action.READ_APPRAISAL, signed_in.employee_id if signed_in is not None else None)
    chosen = None
    if unit is not None:
        unit_id, _code, name = find_unit(unit)
        chosen = (unit_id, name)
    setup = setup or sources.page_setup()
    return render_recap(target, recap_report(kind, period_key, chosen), setup)
