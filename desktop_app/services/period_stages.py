"""The stages of an appraisal year (tahap): their fill-in deadlines (batas pengisian), HR's
closing of an evaluation period, and the history of every closing and re-opening.

A stage is "SKP" (drafting and approving the year's SKP) or a period key of the year
("2026-Q1" ... "2026-Q4", "2026" the annual evaluation). Each may carry a deadline (inclusive);
after it, whoever has not finished is late (monitoring). HR closes an evaluation period: from
then on every change to that period's evaluations is refused, here, so the screens, the CLI
and every service obey alike, until HR re-opens it with a reason. Closing the whole year
(`periods.close_year`) locks its SKPs, evaluations and development plans. Every closing and
re-opening is a `PeriodClosure` row (audited, synced) shown as the period's history
(docs/employment_status.md).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import Period, PeriodClosure, PeriodStage
from desktop_app.models.audit import current_actor
from desktop_app.models.database import write_transaction
from desktop_app.scoring.indonesian_format import format_date
from desktop_app.scoring.period_key import PeriodKey, PeriodKeyError
from desktop_app.scoring.workflow import clean_reason
from desktop_app.services import periods, session
from desktop_app.services.session import Action, require

CONTEXT = "period_stages"
SKP = "SKP"
CLOSE, REOPEN = "CLOSE", "REOPEN"
ACTION_LABELS = {
    CLOSE: N_("period_stages", "Closed"),
    REOPEN: N_("period_stages", "Re-opened"),
}
MAX_REASON = 500


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, CONTEXT, **params)


class StageRow(NamedTuple):
    stage: str  # "SKP" or a period key
    label: str  # "SKP 2026", "Triwulan I 2026", "Tahunan 2026" (official terms)
    first: dt.date
    last: dt.date
    deadline: dt.date | None
    closed: bool


class ClosureRow(NamedTuple):
    stage: str  # "" for the whole year
    label: str
    action: str  # CLOSE or REOPEN
    reason: str
    by_name: str
    at: dt.datetime


def stage_label(stage: str, year: int) -> str:
    """ "SKP 2026", "Triwulan I 2026", "Tahunan 2026", or the year for the whole year."""
    if not stage:
        return str(year)
    if stage == SKP:
        return f"SKP {year}"
    key = PeriodKey.parse(stage)
    return f"{key.label} {key.year}"


def stage_keys(period: Period) -> list[str]:
    """The stages of the year: SKP, its periods by frequency, then the annual evaluation."""
    keys = PeriodKey.of_year(period.year, period.frequency)
    return [SKP, *(str(k) for k in keys), str(PeriodKey.annual_of(period.year))]


def _bounds(stage: str, year: int) -> tuple[dt.date, dt.date]:
    if stage == SKP:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    key = PeriodKey.parse(stage)
    return key.first_day, key.last_day


def _stored(period: Period) -> dict[str, PeriodStage]:
    return {
        row.stage: row
        for row in PeriodStage.select().where(
            (PeriodStage.period == period) & (PeriodStage.deleted == False)
        )
    }


def list_stages(year: int) -> list[StageRow]:
    """Every stage of the opened year with its deadline and whether it is closed (any role)."""
    period = periods.year_period(year)
    stored = _stored(period)
    rows = []
    for stage in stage_keys(period):
        first, last = _bounds(stage, year)
        row = stored.get(stage)
        rows.append(
            StageRow(
                stage,
                stage_label(stage, year),
                first,
                last,
                row.deadline if row else None,
                bool(row.closed) if row else False,
            )
        )
    return rows


def _stage(period: Period, stage: str) -> str:
    """The stage normalised ("2026-q1" is 2026-Q1), refused when it is not one of the year."""
    if stage.strip().upper() == SKP:
        return SKP
    try:
        key = str(PeriodKey.parse(stage))
    except PeriodKeyError:
        key = ""
    if key not in stage_keys(period):
        raise _error(
            N_("period_stages", "'{stage}' is not a stage of {year}."),
            stage=stage,
            year=period.year,
        )
    return key


def _row(period: Period, stage: str) -> PeriodStage:
    return _stored(period).get(stage) or PeriodStage(period=period, stage=stage)


def set_deadline(year: int, stage: str, deadline: dt.date | None) -> None:
    """Set (or clear, with None) the fill-in deadline of a stage. An evaluation's deadline
    falls after its period starts and within a year of its end; the SKP's within the year or
    the month before it."""
    require(Action.WRITE_PERIODS)
    with write_transaction():
        period = periods.year_period(year)
        stage = _stage(period, stage)
        first, last = _bounds(stage, year)
        if stage == SKP:
            first = dt.date(year - 1, 12, 1)
        latest = last.replace(year=last.year + 1)
        if deadline is not None and not first <= deadline <= latest:
            raise _error(
                N_(
                    "period_stages",
                    "The deadline of {stage} must fall between {first} and {last}.",
                ),
                stage=stage_label(stage, year),
                first=format_date(first),
                last=format_date(latest),
            )
        row = _row(period, stage)
        if row.id is None or row.deadline != deadline:
            row.deadline = deadline
            row.save()


def _record(period: Period, stage: str, action: str, reason: str = "") -> None:
    current = session.current()
    name = (current.full_name or current.username) if current else current_actor()
    PeriodClosure(period=period, stage=stage, action=action, reason=reason, by_name=name).save()


def _reason(text: str | None) -> str:
    reason = clean_reason(text)
    if not reason:
        raise _error(
            N_("period_stages", "Give the reason for re-opening: it is kept in the history.")
        )
    if len(reason) > MAX_REASON:
        raise _error(
            N_("period_stages", "The reason is longer than {limit} characters."), limit=MAX_REASON
        )
    return reason


def close_stage(year: int, stage: str) -> None:
    """Close an evaluation period of the year: its evaluations can no longer change."""
    require(Action.WRITE_PERIODS)
    with write_transaction():
        period = periods.year_period(year)
        stage = _stage(period, stage)
        if stage == SKP:
            raise _error(
                N_(
                    "period_stages",
                    "The SKP stage closes with the whole year: close the year instead.",
                )
            )
        row = _row(period, stage)
        if row.closed:
            raise _error(
                N_("period_stages", "{stage} is closed already."), stage=stage_label(stage, year)
            )
        row.closed = True
        row.save()
        _record(period, stage, CLOSE)


def reopen_stage(year: int, stage: str, reason: str) -> None:
    """Re-open a closed evaluation period, with the reason kept in its history."""
    require(Action.WRITE_PERIODS)
    with write_transaction():
        period = periods.year_period(year)
        stage = _stage(period, stage)
        row = _stored(period).get(stage)
        if row is None or not row.closed:
            raise _error(
                N_("period_stages", "{stage} is not closed."), stage=stage_label(stage, year)
            )
        cleaned = _reason(reason)
        row.closed = False
        row.save()
        _record(period, stage, REOPEN, cleaned)


def record_year(period: Period, closed: bool, reason: str = "") -> None:
    """The history row of closing or re-opening the whole year (`periods.set_closed`),
    written in its transaction; a re-opening needs its reason."""
    if closed:
        _record(period, "", CLOSE)
    else:
        _record(period, "", REOPEN, _reason(reason))


def history(year: int) -> list[ClosureRow]:
    """Every closing and re-opening of the year and its stages, newest first (any role)."""
    period = periods.year_period(year)
    query = (
        PeriodClosure.select()
        .where((PeriodClosure.period == period) & (PeriodClosure.deleted == False))
        .order_by(PeriodClosure.at.desc(), PeriodClosure.id.desc())
    )
    return [
        ClosureRow(r.stage, stage_label(r.stage, year), r.action, r.reason, r.by_name, r.at)
        for r in query
    ]


# --- what the other services ask --------------------------------------------------------------


def stage_closed(period: Period, key: str) -> bool:
    """Whether HR closed this evaluation period (a key of the year) of `period`."""
    return (
        PeriodStage.select()
        .where(
            (PeriodStage.period == period)
            & (PeriodStage.stage == key)
            & (PeriodStage.closed == True)
            & (PeriodStage.deleted == False)
        )
        .exists()
    )


def check_open(period: Period, key: str) -> None:
    """Refused when the evaluation period `key` of `period` is closed by HR."""
    if key and stage_closed(period, key):
        raise _error(
            N_(
                "period_stages",
                "{stage} is closed: nothing can change until HR re-opens it (Periods).",
            ),
            stage=stage_label(key, period.year),
        )


def deadline_of(period: Period | None, stage: str) -> dt.date | None:
    """The fill-in deadline of the stage, None when none is set (or no such year)."""
    if period is None:
        return None
    row = (
        PeriodStage.select(PeriodStage.deadline)
        .where(
            (PeriodStage.period == period)
            & (PeriodStage.stage == stage)
            & (PeriodStage.deleted == False)
        )
        .first()
    )
    return row.deadline if row else None


def is_past(deadline: dt.date | None, today: dt.date | None = None) -> bool:
    """Whether the deadline has passed (the deadline day itself is still in time)."""
    return deadline is not None and (today or dt.date.today()) > deadline
