"""The content of an IDP: the employee's activities of the year with their JP progress, the
checks of what can never be stored (unknown codes, impossible numbers), and storing the gaps
and the planned activities. Rows keep their identity when they carry their id; rows left out
become tombstones (a done activity cannot be left out)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from desktop_app.errors import FieldErrors, InputError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import DevelopmentActivity, DevelopmentGap, DevelopmentPlan
from desktop_app.scoring import Activity, RuleError, jenis_diklat, jp_shortfall, jp_total
from desktop_app.scoring.idp import COMPETENCE_TYPES, GapInput
from desktop_app.scoring.input_ranges import check_jp
from desktop_app.services.development.idp_flow import (
    CANCELLED,
    DONE,
    MAX_COST,
    MAX_TEXT,
    PLANNED,
    decimal_jp,
    jp_text,
)
from desktop_app.services.development.idp_flow import error as _error
from desktop_app.services.development.idp_types import (
    ActivityInput,
    ActivityRow,
    IdpInput,
    JpProgress,
)


def activity_row(a: DevelopmentActivity) -> ActivityRow:
    return ActivityRow(
        a.id,
        a.plan_id,
        a.gap_id,
        a.status,
        a.jenis_diklat,
        a.jenis_label,
        a.jalur,
        a.title,
        a.provider,
        a.planned_start,
        a.planned_end,
        decimal_jp(a.jp_planned),
        a.cost_planned,
        a.start_date,
        a.end_date,
        a.minutes,
        decimal_jp(a.jp),
        a.cost_actual,
        a.certificate_no,
        a.certificate_path,
        a.certificate_sha256,
        a.notes,
    )


def activity_rows(employee_id: int, period_id: int) -> list[ActivityRow]:
    """The employee's activities of the year: the IDP's in plan order, then those recorded
    outside it by the date they ended."""
    rows = list(
        DevelopmentActivity.select().where(
            (DevelopmentActivity.employee == employee_id)
            & (DevelopmentActivity.period == period_id)
            & (DevelopmentActivity.deleted == False)
        )
    )
    rows.sort(
        key=lambda a: (
            a.plan_id is None,
            a.sort_order if a.plan_id is not None else 0,
            a.end_date or dt.date.max,
            a.id,
        )
    )
    return [activity_row(a) for a in rows]


def progress_of(rows: Sequence[ActivityRow], year: int) -> JpProgress:
    """JP done (counted in the year the activity ended) and planned, against 20 JP."""
    done = [
        Activity(jp=r.jp, end_date=r.end_date)
        for r in rows
        if r.status == DONE and r.jp is not None and r.end_date is not None
    ]
    planned = sum(
        (r.jp_planned or Decimal(0) for r in rows if r.plan_id and r.status != CANCELLED),
        Decimal(0),
    )
    return JpProgress(jp_total(done, year), planned, jp_shortfall(done, year))


def gaps_of(plan: DevelopmentPlan) -> list[DevelopmentGap]:
    return list(
        DevelopmentGap.select()
        .where((DevelopmentGap.plan == plan) & (DevelopmentGap.deleted == False))
        .order_by(DevelopmentGap.sort_order, DevelopmentGap.id)
    )


def check(data: IdpInput) -> None:
    """What can never be stored, even in a draft (unknown codes, impossible numbers)."""
    errors: dict[str, ServiceError] = {}
    for text, key in ((data.goals, "goals"), (data.notes, "notes")):
        if len(text) > MAX_TEXT:
            errors[key] = _error(
                N_("development", "The text is longer than {limit} characters."), limit=MAX_TEXT
            )
    for n, gap in enumerate(data.gaps, 1):
        if gap.competence_type not in COMPETENCE_TYPES:
            errors[f"gap{n}"] = _error(
                N_("development", "Gap {n}: competence type '{value}' is not known."),
                n=n,
                value=gap.competence_type,
            )
        elif any(len(t) > MAX_TEXT for t in (gap.competence, gap.gap, gap.goal, gap.indicator)):
            errors[f"gap{n}"] = _error(
                N_("development", "Gap {n}: a text is longer than {limit} characters."),
                n=n,
                limit=MAX_TEXT,
            )
    for n, item in enumerate(data.activities, 1):
        key = f"activity{n}"
        try:
            jenis_diklat(item.jenis_diklat)
        except RuleError:
            errors[key] = _error(
                N_("development", "Activity {n}: kind of training {value} is not known."),
                n=n,
                value=item.jenis_diklat,
            )
            continue
        try:
            jp = decimal_jp(item.jp_planned)
        except InputError:
            errors[key] = _error(
                N_("development", "Activity {n}: planned JP '{value}' is not a number."),
                n=n,
                value=item.jp_planned,
            )
            continue
        try:
            if jp is not None:
                check_jp(jp, item.planned_start, item.planned_end)
        except RuleError as err:  # more JP than the activity's days can hold
            errors[key] = _error(N_("development", "Activity {n}: {problem}"), n=n, problem=err)
            continue
        if not 0 <= item.cost_planned < MAX_COST:
            errors[key] = _error(
                N_(
                    "development",
                    "Activity {n}: the cost {value} must be between 0 and {max} rupiah.",
                ),
                n=n,
                value=item.cost_planned,
                max=MAX_COST - 1,
            )
        elif (
            item.planned_start is not None
            and item.planned_end is not None
            and item.planned_end < item.planned_start
        ):
            errors[key] = _error(
                N_("development", "Activity {n} ends before it starts."),
                n=n,
            )
        elif item.gap_index is not None and not 0 <= item.gap_index < len(data.gaps):
            errors[key] = _error(
                N_("development", "Activity {n} serves a gap that is not in the IDP."), n=n
            )
    if errors:
        raise FieldErrors(errors)


def save_gaps(plan: DevelopmentPlan, items: Sequence[GapInput]) -> list[DevelopmentGap]:
    existing = {g.id: g for g in gaps_of(plan)}
    kept: list[DevelopmentGap] = []
    for order, item in enumerate(items):
        row = existing.get(item.id) if item.id is not None else None
        row = row or DevelopmentGap(plan=plan)
        values = {
            "sort_order": order,
            "competence_type": item.competence_type,
            "origin": item.origin,
            "competence": item.competence.strip(),
            "gap": item.gap.strip(),
            "goal": item.goal.strip(),
            "indicator": item.indicator.strip(),
            "source": item.source.strip(),
            "evaluation": item.evaluation_id,
        }
        if row.id is None or any(
            getattr(row, "evaluation_id" if k == "evaluation" else k) != v
            for k, v in values.items()
        ):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        kept.append(row)
    ids = {g.id for g in kept}
    for row_id, row in existing.items():
        if row_id not in ids:
            DevelopmentActivity.update(gap=None).where(
                (DevelopmentActivity.gap == row_id) & (DevelopmentActivity.deleted == False)
            ).execute()
            row.delete_instance()
    return kept


def save_activities(
    plan: DevelopmentPlan, items: Sequence[ActivityInput], gaps: Sequence[DevelopmentGap]
) -> None:
    existing = {
        a.id: a
        for a in DevelopmentActivity.select().where(
            (DevelopmentActivity.plan == plan) & (DevelopmentActivity.deleted == False)
        )
    }
    kept: set[int] = set()
    for order, item in enumerate(items):
        row = existing.get(item.id) if item.id is not None else None
        row = row or DevelopmentActivity(
            plan=plan, employee=plan.employee_id, period=plan.period_id, status=PLANNED
        )
        jenis = jenis_diklat(item.jenis_diklat)
        values = {
            "sort_order": order,
            "gap": gaps[item.gap_index].id if item.gap_index is not None else None,
            "jenis_diklat": jenis.id,
            "jenis_label": jenis.label,
            "jalur": jenis.jalur,
            "title": " ".join(item.title.split()),
            "provider": " ".join(item.provider.split())[:200],
            "planned_start": item.planned_start,
            "planned_end": item.planned_end,
            "jp_planned": jp_text(decimal_jp(item.jp_planned)),
            "cost_planned": int(item.cost_planned),
            "notes": item.notes.strip(),
        }
        if row.id is None or any(
            getattr(row, "gap_id" if k == "gap" else k) != v for k, v in values.items()
        ):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        kept.add(row.id)
    for row_id, row in existing.items():
        if row_id in kept:
            continue
        if row.status == DONE:
            raise _error(
                N_(
                    "development",
                    "'{title}' was done and counts towards the JP: it stays in the IDP.",
                ),
                title=row.title,
            )
        row.delete_instance()
