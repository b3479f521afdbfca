"""Progres Harian entries (issue 21 point 4): write, change, remove, read a day or a month,
copy the last logged day, and the bukti dukung of an entry. Saving warns (never refuses) when
the day passes 450 minutes or times overlap; a day outside the current period needs a reason,
a day after today is refused. Every write is one audited transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from peewee import JOIN

from desktop_app.errors import FieldErrors, InputError, NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import ActionPlan, DailyLogEntry, Employee
from desktop_app.models.database import write_transaction
from desktop_app.scoring import daily_log as rules
from desktop_app.scoring.daily_log import EntryKind, Stretch
from desktop_app.scoring.indonesian_format import format_date
from desktop_app.services import stored_files
from desktop_app.services.daily_log import access
from desktop_app.services.daily_log.action_plans import employee_of as action_owner
from desktop_app.services.daily_log.periods import period_of
from desktop_app.services.workflow import local_today

EVIDENCE_FOLDER = "daily_log"  # bukti dukung of the log: daily_log/<entry uid>/<file>


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "daily_log", **params)


@dataclass
class EntryInput:
    """What the day view holds for one entry."""

    employee_id: int
    day: dt.date | None
    starts: dt.time | None
    ends: dt.time | None
    activity: str
    kind: str = EntryKind.PLAN.value
    action_plan_id: int | None = None
    task_giver: str = ""
    realisasi: int | None = 0
    unit: str = ""
    evidence_link: str = ""
    late_reason: str = ""


class EntryRow(NamedTuple):
    id: int
    day: dt.date
    starts: str
    ends: str
    minutes: int
    activity: str
    kind: str
    action_plan_id: int | None
    action_text: str
    task_giver: str
    realisasi: int
    unit: str
    evidence_link: str
    evidence_path: str | None
    late_reason: str
    comment: str
    comment_by: str


class Saved(NamedTuple):
    id: int
    warnings: list[ServiceError]


# --- reading -----------------------------------------------------------------------------------


def _rows(query) -> list[EntryRow]:  # type: ignore[no-untyped-def]
    found = []
    for r in query.dicts():
        start, end = rules.parse_hhmm(r["starts"]), rules.parse_hhmm(r["ends"])
        found.append(
            EntryRow(
                r["id"],
                r["day"],
                r["starts"],
                r["ends"],
                rules.duration(start, end),
                r["activity"],
                r["kind"],
                r["action_plan"],
                r["action_text"] or "",
                r["task_giver"],
                r["realisasi"],
                r["unit"],
                r["evidence_link"],
                r["evidence_path"],
                r["late_reason"],
                r["comment"],
                r["comment_by"],
            )
        )
    return found


def _select():  # type: ignore[no-untyped-def]
    return (
        DailyLogEntry.select(
            DailyLogEntry.id,
            DailyLogEntry.day,
            DailyLogEntry.starts,
            DailyLogEntry.ends,
            DailyLogEntry.activity,
            DailyLogEntry.kind,
            DailyLogEntry.action_plan,
            ActionPlan.text.alias("action_text"),
            DailyLogEntry.task_giver,
            DailyLogEntry.realisasi,
            DailyLogEntry.unit,
            DailyLogEntry.evidence_link,
            DailyLogEntry.evidence_path,
            DailyLogEntry.late_reason,
            DailyLogEntry.comment,
            DailyLogEntry.comment_by,
        )
        .join(
            ActionPlan, on=(DailyLogEntry.action_plan == ActionPlan.id), join_type=JOIN.LEFT_OUTER
        )
        .where(DailyLogEntry.deleted == False)
    )


def list_between(employee_id: int, first: dt.date, last: dt.date) -> list[EntryRow]:
    """The employee's entries from `first` to `last`, by day and time."""
    access.require_read(employee_id)
    query = _select().where(
        (DailyLogEntry.employee == employee_id) & DailyLogEntry.day.between(first, last)
    )
    return _rows(query.order_by(DailyLogEntry.day, DailyLogEntry.starts, DailyLogEntry.id))


def list_day(employee_id: int, day: dt.date) -> list[EntryRow]:
    return list_between(employee_id, day, day)


def list_month(employee_id: int, year: int, month: int) -> list[EntryRow]:
    days = rules.month_days(year, month)
    return list_between(employee_id, days[0], days[-1])


def get_entry(entry_id: int) -> EntryRow:
    row = _live(entry_id)
    access.require_read(row.employee_id)
    return _rows(_select().where(DailyLogEntry.id == entry_id))[0]


def employee_of(entry_id: int) -> int:
    return _live(entry_id).employee_id


def _live(entry_id: int) -> DailyLogEntry:
    found = DailyLogEntry.get_or_none(
        (DailyLogEntry.id == entry_id) & (DailyLogEntry.deleted == False)
    )
    if found is None:
        raise NotFoundError(N_("daily_log", "The log entry no longer exists."), "daily_log")
    return found


# --- checks ------------------------------------------------------------------------------------


def _validate(data: EntryInput) -> dict[str, ServiceError]:
    errors: dict[str, ServiceError] = {}
    today = local_today()
    if data.day is None:
        errors["day"] = _error(N_("daily_log", "Type the day of the work."))
    elif data.day > today:
        errors["day"] = _error(
            N_("daily_log", "{day} is after today: log work once it is done."),
            day=format_date(data.day),
        )
    elif data.day not in period_of(today) and not (data.late_reason or "").strip():
        errors["late_reason"] = _error(
            N_(
                "daily_log",
                "{day} lies outside the current period ({period}): say why it is logged now.",
            ),
            day=format_date(data.day),
            period=period_of(today).label,
        )
    if data.starts is None:
        errors["starts"] = _error(N_("daily_log", "Type the start time, e.g. 08.00."))
    if data.ends is None:
        errors["ends"] = _error(N_("daily_log", "Type the end time, e.g. 09.30."))
    if data.starts is not None and data.ends is not None and data.ends <= data.starts:
        errors["ends"] = _error(N_("daily_log", "The end time must be after the start time."))
    activity = " ".join((data.activity or "").split())
    if not activity:
        errors["activity"] = _error(N_("daily_log", "Type what was done."))
    elif len(activity) > rules.MAX_TEXT:
        errors["activity"] = _error(
            N_("daily_log", "The activity is longer than {limit} characters."),
            limit=rules.MAX_TEXT,
        )
    if data.kind == EntryKind.PLAN.value:
        if data.action_plan_id is None:
            errors["action_plan"] = _error(
                N_("daily_log", "Choose the action plan this work serves.")
            )
        else:
            try:
                owner = action_owner(data.action_plan_id)
            except NotFoundError as err:
                errors["action_plan"] = err
            else:
                if owner != data.employee_id:
                    errors["action_plan"] = _error(
                        N_("daily_log", "The action plan is another employee's.")
                    )
    elif data.kind == EntryKind.TASK.value:
        giver = " ".join((data.task_giver or "").split())
        if not giver:
            errors["task_giver"] = _error(N_("daily_log", "Type who gave the task."))
        elif len(giver) > 200:
            errors["task_giver"] = _error(
                N_("daily_log", "The name is longer than 200 characters.")
            )
    else:
        errors["kind"] = _error(N_("daily_log", "Choose daily work or a direct task."))
    if data.realisasi is None or not 0 <= data.realisasi <= rules.MAX_REALISASI:
        errors["realisasi"] = _error(
            N_("daily_log", "The achievement must be a whole number from 0 to {limit}."),
            limit=rules.MAX_REALISASI,
        )
    if len((data.unit or "").strip()) > 60:
        errors["unit"] = _error(N_("daily_log", "The unit is longer than 60 characters."))
    link = (data.evidence_link or "").strip()
    if link and (len(link) > 2000 or not link.lower().startswith(("http://", "https://"))):
        errors["evidence_link"] = _error(
            N_("daily_log", "A link starts with http:// or https:// (at most 2000 characters).")
        )
    return errors


def warnings_of(employee_id: int, day: dt.date, entry_id: int | None = None) -> list[ServiceError]:
    """The day's warnings: more than 450 minutes, and the entries whose times overlap."""
    rows = list(
        DailyLogEntry.select(DailyLogEntry.id, DailyLogEntry.starts, DailyLogEntry.ends)
        .where(
            (DailyLogEntry.employee == employee_id)
            & (DailyLogEntry.day == day)
            & (DailyLogEntry.deleted == False)
        )
        .tuples()
    )
    stretches = [Stretch(i, rules.parse_hhmm(a), rules.parse_hhmm(b)) for i, a, b in rows]
    found: list[ServiceError] = []
    total = rules.total_minutes(stretches)
    if total > rules.MAX_MINUTES_PER_DAY:
        found.append(
            _error(
                N_(
                    "daily_log",
                    "{day} holds {minutes} minutes of work, more than {limit}: check the times.",
                ),
                day=format_date(day),
                minutes=total,
                limit=rules.MAX_MINUTES_PER_DAY,
            )
        )
    times = {s.key: s for s in stretches}
    for first, second in rules.overlapping(stretches):
        if entry_id is not None and entry_id not in (first, second):
            continue
        a, b = times[first], times[second]
        found.append(
            _error(
                N_("daily_log", "The times {first} and {second} overlap."),
                first=f"{rules.hhmm(a.start)}–{rules.hhmm(a.end)}",
                second=f"{rules.hhmm(b.start)}–{rules.hhmm(b.end)}",
            )
        )
    return found


# --- writing -----------------------------------------------------------------------------------


def save_entry(data: EntryInput, entry_id: int | None = None) -> Saved:
    """Create or change an entry; FieldErrors names each wrong field and nothing is stored.
    Returns the id and the day's warnings (more than 450 minutes, overlapping times)."""
    access.require_write(data.employee_id)
    with write_transaction():
        row = DailyLogEntry() if entry_id is None else _live(entry_id)
        if entry_id is not None and row.employee_id != data.employee_id:
            raise _error(N_("daily_log", "The entry belongs to another employee."))
        if (
            Employee.get_or_none((Employee.id == data.employee_id) & (Employee.deleted == False))
            is None
        ):
            raise NotFoundError(N_("daily_log", "The employee no longer exists."), "daily_log")
        errors = _validate(data)
        if errors:
            raise FieldErrors(errors)
        assert data.starts is not None and data.ends is not None
        plan = data.kind == EntryKind.PLAN.value
        row.employee = data.employee_id
        row.day = data.day
        row.starts = data.starts.strftime("%H:%M")
        row.ends = data.ends.strftime("%H:%M")
        row.activity = " ".join(data.activity.split())
        row.kind = data.kind
        row.action_plan = data.action_plan_id if plan else None
        row.task_giver = "" if plan else " ".join(data.task_giver.split())
        row.realisasi = data.realisasi
        row.unit = " ".join((data.unit or "").split())
        row.evidence_link = (data.evidence_link or "").strip()
        row.late_reason = " ".join((data.late_reason or "").split())
        row.save()
        assert data.day is not None
        return Saved(row.id, warnings_of(data.employee_id, data.day, row.id))


def delete_entry(entry_id: int) -> None:
    """Remove an entry (tombstone, audited)."""
    access.require_write(_live(entry_id).employee_id)
    with write_transaction():
        _live(entry_id).delete_instance()


def comment_entry(entry_id: int, text: str) -> None:
    """The pejabat penilai's comment on an entry (empty: none)."""
    row = _live(entry_id)
    access.require_review(row.employee_id)
    text = " ".join((text or "").split())
    if len(text) > rules.MAX_TEXT:
        raise _error(
            N_("daily_log", "The comment is longer than {limit} characters."),
            limit=rules.MAX_TEXT,
        )
    from desktop_app.services import session

    current = session.current()
    with write_transaction():
        row = _live(entry_id)
        row.comment = text
        row.comment_by = (current.username if current else "system") if text else ""
        row.save()


def previous_logged_day(employee_id: int, day: dt.date) -> dt.date | None:
    """The last day before `day` with entries (Friday for a Monday)."""
    access.require_read(employee_id)
    row = (
        DailyLogEntry.select(DailyLogEntry.day)
        .where(
            (DailyLogEntry.employee == employee_id)
            & (DailyLogEntry.day < day)
            & (DailyLogEntry.deleted == False)
        )
        .order_by(DailyLogEntry.day.desc())
        .tuples()
        .first()
    )
    return row[0] if row else None


def copy_day(employee_id: int, source: dt.date, target: dt.date, late_reason: str = "") -> int:
    """Copy the entries of `source` to `target` (times, activity, rencana aksi, realisasi;
    no evidence, no comments) in one transaction; returns how many."""
    access.require_write(employee_id)
    rows = list_day(employee_id, source)
    if not rows:
        raise _error(N_("daily_log", "{day} holds no entries to copy."), day=format_date(source))
    with write_transaction():
        for r in rows:
            save_entry(
                EntryInput(
                    employee_id,
                    target,
                    dt.time.fromisoformat(r.starts),
                    dt.time.fromisoformat(r.ends),
                    r.activity,
                    r.kind,
                    r.action_plan_id,
                    r.task_giver,
                    r.realisasi,
                    r.unit,
                    r.evidence_link,
                    late_reason,
                )
            )
    return len(rows)


# --- bukti dukung ------------------------------------------------------------------------------


def attach_evidence(entry_id: int, source_path: str | Path) -> Path:
    """Copy a file into <data folder>/daily_log/<entry uid>/ and record it on the entry; a
    failed copy leaves no file behind and changes nothing."""
    row = _live(entry_id)
    access.require_write(row.employee_id)
    source = Path(source_path)
    if not source.is_file():
        raise _error(N_("daily_log", "The file {path} does not exist."), path=str(source))
    try:
        target, sha256 = stored_files.store_copy(
            source, f"{EVIDENCE_FOLDER}/{row.uid}", "bukti", "bukti"
        )
    except OSError as exc:
        raise _error(
            N_("daily_log", "The file {path} could not be copied: {reason}"),
            path=str(source),
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        with write_transaction():
            row = _live(entry_id)
            row.evidence_path = stored_files.relative(target)
            row.evidence_sha256 = sha256
            row.save()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def evidence_file(entry_id: int) -> Path:
    """The stored bukti dukung of an entry (refused when its path leaves the folder)."""
    row = _live(entry_id)
    access.require_read(row.employee_id)
    if not row.evidence_path:
        raise _error(N_("daily_log", "The entry has no file."))
    return stored_files.data_file(row.evidence_path, EVIDENCE_FOLDER)
