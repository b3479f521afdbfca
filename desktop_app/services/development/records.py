"""The 20 JP record: completed development activities with their JP, dates, certificate number
and an optional certificate file, and each employee's progress against 20 JP a year
(PP 11/2017 Pasal 203(4); 1 JP = 45 minutes, domain.md §0.8).

A planned activity of the IDP is completed (`complete_activity`), cancelled or set back to
planned; an activity nobody planned (a seminar, an e-learning course) is recorded on its own
(`record_activity`) and counts the same. The JP is given as on the certificate or as the
duration in minutes (converted by `scoring.jp_from_minutes`), and is checked by the rules
engine (`scoring.Activity`): it counts in the year the activity ended, which must be the year
of the record. Recording is possible whatever the IDP's status (the year goes on after the
plan is agreed), never in a closed year. For a planned activity of a locked IDP the kind, name
and provider stay as agreed; only what happened is recorded.

Who may record: the employee, and whoever may draft their IDP (admin, HR, the pejabat penilai).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import DevelopmentActivity, Employee
from desktop_app.models.database import write_transaction
from desktop_app.scoring import Activity, RuleError, jenis_diklat, jp_from_minutes
from desktop_app.services import periods, stored_files
from desktop_app.services.development.idp import (
    CANCELLED,
    DONE,
    EDITABLE,
    MAX_COST,
    MAX_TEXT,
    PLANNED,
    ActivityRow,
    JpProgress,
    activity_row,
    activity_rows,
    decimal_jp,
    jp_text,
    not_closed,
    open_period,
    progress_of,
    require_prepare,
)
from desktop_app.services.register.employee_validation import rule_error
from desktop_app.services.session import Action
from desktop_app.services.skp import plans


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "development", **params)


@dataclass
class CompletionInput:
    """What happened: the activity, its dates and JP (as on the certificate, "24" or "2,5";
    or the duration in minutes), the certificate number and what it cost (rupiah)."""

    jenis_diklat: int
    title: str
    provider: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    jp: str = ""
    minutes: int | None = None
    certificate_no: str = ""
    cost: int | None = None
    notes: str = ""


def _live(activity_id: int) -> DevelopmentActivity:
    row = DevelopmentActivity.get_or_none(
        (DevelopmentActivity.id == activity_id) & (DevelopmentActivity.deleted == False)
    )
    if row is None:
        raise NotFoundError(
            N_("development", "The development activity no longer exists."), "development"
        )
    return row


def earned_jp(data: CompletionInput, year: int) -> Decimal:
    """The JP of a completed activity, checked by the rules engine: from the minutes when
    given, else as typed; more than zero, ending in `year`."""
    if data.end_date is None:
        raise _error(N_("development", "Give the date the activity ended."))
    if data.start_date is not None and data.start_date > data.end_date:
        raise _error(N_("development", "The activity ends before it starts."))
    try:
        if data.minutes is not None:
            jp = jp_from_minutes(data.minutes)
        else:
            jp = decimal_jp(data.jp) or Decimal(0)
        Activity(jp=jp, year=year, end_date=data.end_date, jenis_diklat=data.jenis_diklat)
    except RuleError as err:
        raise rule_error(err) from None
    if jp <= 0:
        raise _error(N_("development", "Give the JP (or the minutes) of the activity."))
    return jp


def _check(data: CompletionInput) -> None:
    if not " ".join(data.title.split()):
        raise _error(N_("development", "Give the name of the activity."))
    if data.cost is not None and not 0 <= data.cost < MAX_COST:
        raise _error(
            N_("development", "The cost {value} must be between 0 and {max} rupiah."),
            value=data.cost,
            max=MAX_COST - 1,
        )
    if len(data.notes) > MAX_TEXT or len(data.certificate_no) > 100:
        raise _error(N_("development", "A text is too long."))


def _apply(row: DevelopmentActivity, data: CompletionInput, jp: Decimal, *, kind: bool) -> None:
    """Write what happened onto `row`; `kind`: also its jenis, name and provider."""
    if kind:
        jenis = jenis_diklat(data.jenis_diklat)
        row.jenis_diklat = jenis.id
        row.jenis_label = jenis.label
        row.jalur = jenis.jalur
        row.title = " ".join(data.title.split())
        row.provider = " ".join(data.provider.split())[:200]
    row.status = DONE
    row.start_date = data.start_date
    row.end_date = data.end_date
    row.minutes = data.minutes
    row.jp = jp_text(jp)
    row.certificate_no = data.certificate_no.strip()
    row.cost_actual = data.cost
    row.notes = data.notes.strip()
    row.save()


def record_activity(employee_id: int, year: int, data: CompletionInput) -> int:
    """Record a completed activity outside the IDP; returns its id."""
    require_prepare(employee_id)
    _check(data)
    jp = earned_jp(data, year)
    with write_transaction():
        period = open_period(year)
        if Employee.get_or_none((Employee.id == employee_id) & (Employee.deleted == False)) is None:
            raise NotFoundError(N_("development", "The employee no longer exists."), "development")
        row = DevelopmentActivity(employee=employee_id, period=period)
        _apply(row, data, jp, kind=True)
        return row.id


def complete_activity(activity_id: int, data: CompletionInput) -> None:
    """A planned activity was done (or a done one is corrected): dates, JP, certificate."""
    row = _live(activity_id)
    require_prepare(row.employee_id)
    _check(data)
    jp = earned_jp(data, row.period.year)
    with write_transaction():
        row = _live(activity_id)
        not_closed(row.period)
        if row.status == CANCELLED:
            raise _error(
                N_("development", "A cancelled activity cannot be completed: reset it first.")
            )
        locked = row.plan_id is not None and row.plan.status not in EDITABLE
        _apply(row, data, jp, kind=not locked)


def cancel_activity(activity_id: int) -> None:
    """A planned activity of the IDP will not take place."""
    row = _live(activity_id)
    require_prepare(row.employee_id)
    with write_transaction():
        row = _live(activity_id)
        not_closed(row.period)
        if row.plan_id is None or row.status != PLANNED:
            raise _error(N_("development", "Only a planned activity of the IDP can be cancelled."))
        row.status = CANCELLED
        row.save()


def reset_activity(activity_id: int) -> None:
    """Back to planned: undo a completion or a cancellation recorded by mistake (the
    certificate file stays in the data folder, the record no longer points to it)."""
    row = _live(activity_id)
    require_prepare(row.employee_id)
    with write_transaction():
        row = _live(activity_id)
        not_closed(row.period)
        if row.plan_id is None or row.status == PLANNED:
            raise _error(N_("development", "Only a done or cancelled IDP activity can be reset."))
        row.status = PLANNED
        row.start_date = row.end_date = row.minutes = row.cost_actual = None
        row.jp = row.certificate_no = ""
        row.certificate_path = row.certificate_sha256 = None
        row.save()


def remove_activity(activity_id: int) -> None:
    """Withdraw an activity recorded outside the IDP by mistake (a tombstone; the audit log
    keeps it). IDP activities are removed in the IDP editor, or cancelled."""
    row = _live(activity_id)
    require_prepare(row.employee_id)
    with write_transaction():
        row = _live(activity_id)
        not_closed(row.period)
        if row.plan_id is not None:
            raise _error(
                N_("development", "This activity belongs to the IDP: cancel it there instead.")
            )
        row.delete_instance()


def attach_certificate(activity_id: int, source_path: str | Path) -> Path:
    """Copy a certificate (sertifikat / STTPL) into <data folder>/certificates/<activity
    uid>/ and record its relative path and sha256. A failed copy leaves no file behind and
    changes nothing."""
    row = _live(activity_id)
    require_prepare(row.employee_id)
    not_closed(row.period)
    if row.status != DONE:
        raise _error(
            N_("development", "Record the activity as done before attaching its certificate.")
        )
    source = Path(source_path)
    if not source.is_file():
        raise _error(N_("development", "The file {path} does not exist."), path=str(source))
    try:
        target, sha256 = stored_files.store_copy(
            source, f"{stored_files.CERTIFICATES}/{row.uid}", "sertifikat", "sertifikat"
        )
    except OSError as exc:
        raise _error(
            N_("development", "The file {path} could not be copied: {reason}"),
            path=str(source),
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        with write_transaction():
            row = _live(activity_id)
            not_closed(row.period)
            row.certificate_path = stored_files.relative(target)
            row.certificate_sha256 = sha256
            row.save()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def certificate_file(relative_path: str) -> Path:
    return stored_files.data_file(relative_path, stored_files.CERTIFICATES)


def certificate_intact(relative_path: str, sha256: str | None) -> bool:
    """Is the stored certificate still there with the content it had when attached?"""
    return stored_files.intact(relative_path, sha256, stored_files.CERTIFICATES)


# --- reading ---------------------------------------------------------------------------------


def get_activity(activity_id: int) -> ActivityRow:
    row = _live(activity_id)
    plans.require_for(Action.READ_APPRAISAL, row.employee_id)
    return activity_row(row)


def activities(employee_id: int, year: int) -> list[ActivityRow]:
    """Every activity of the employee's year, planned (IDP order) then recorded."""
    plans.require_for(Action.READ_APPRAISAL, employee_id)
    period = periods.period_for(year)
    return activity_rows(employee_id, period.id) if period is not None else []


def jp_progress(employee_id: int, year: int) -> JpProgress:
    """The employee's JP of the year: done, planned in the IDP, and what is missing of 20."""
    return progress_of(activities(employee_id, year), year)
