"""The workflow kit shared by the SKP, the evaluation, the IDP and the archive appraisal.

One `WorkflowKit` per kind of record holds its transition table (`scoring.workflow`), its
models and the msgids of its messages; the services call it for what the four workflows have
in common: the live record or NotFoundError, the closed-year and lock guards, the reason of a
return or re-open, a transition with its guard and its status history row, a new record with
its first history row, the history as `StatusStep`s and the frozen snapshot of who assessed
whom. The kit never saves the record itself: a step sets the new status (unless the step
keeps it) and the caller sets its own fields and saves, in its write transaction, so the
history row comes first in the audit trail and the record's change second, as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.errors import InputError, NotFoundError
from desktop_app.models import Employee, utcnow
from desktop_app.models.audit import current_actor
from desktop_app.models.base import SyncedModel
from desktop_app.models.workflow import StatusChange
from desktop_app.scoring.workflow import (
    Snapshot,
    StatusStep,
    Transition,
    Workflow,
    clean_reason,
    stored_snapshot,
)
from desktop_app.services import period_stages
from desktop_app.services.register import appraiser_chain

__all__ = [
    "Snapshot",
    "StatusStep",
    "Transition",
    "Workflow",
    "WorkflowKit",
    "take_snapshot",
]


@dataclass(frozen=True)
class WorkflowKit:
    """The workflow of one kind of record. `gone`, `closed` and `locked` are msgids (in the
    workflow's context): the record no longer exists, its year is closed, its status locks
    it. `closed_names_year` / `locked_names_status` say whether those messages take the
    year / the status word as a parameter."""

    flow: Workflow
    record: type[SyncedModel]
    changes: type[StatusChange]
    labels: Mapping[str, str]
    gone: str
    closed: str
    locked: str
    closed_names_year: bool = False
    locked_names_status: bool = False

    @property
    def context(self) -> str:
        return self.flow.context

    def error(self, msgid: str, **params: object) -> InputError:
        return InputError(msgid, self.context, **params)

    def status_word(self, status: str) -> InputError:
        """A status as a message parameter: the GUI translates it like any nested message."""
        return InputError(self.labels.get(status, status), self.context)

    # --- guards ---------------------------------------------------------------------------

    def live(self, record_id: int) -> Any:
        """The record unless it is a tombstone or gone (NotFoundError)."""
        model = self.record
        found = model.get_or_none((model.id == record_id) & (model.deleted == False))
        if found is None:
            raise NotFoundError(self.gone, self.context)
        return found

    def not_closed(self, record: Any) -> None:
        """Refused when the record's year is closed."""
        period = record.period
        if period.closed:
            params = {"year": period.year} if self.closed_names_year else {}
            raise self.error(self.closed, **params)
        period_stages.check_open(period, getattr(record, "period_key", ""))

    def unlocked(self, record: Any) -> None:
        """Refused when the record's status locks its content."""
        if not self.flow.is_editable(record.status):
            params = {"status": self.status_word(record.status)} if self.locked_names_status else {}
            raise self.error(self.locked, **params)

    def editable(self, record: Any) -> None:
        """Both guards of a content change: the year is open, then the status allows it."""
        self.not_closed(record)
        self.unlocked(record)

    def is_editable(self, record: Any) -> bool:
        """What a detail's `editable` says: the status allows changes and the year is open."""
        return (
            self.flow.is_editable(record.status)
            and not record.period.closed
            and not period_stages.stage_closed(record.period, getattr(record, "period_key", ""))
        )

    def reason(self, text: str | None, msgid: str) -> str:
        """The reason on one line; refused with `msgid` when empty."""
        cleaned = clean_reason(text)
        if not cleaned:
            raise self.error(msgid)
        return cleaned

    def refused(self, name: str) -> InputError:
        """The refusal of a transition, for a guard the status alone does not express."""
        return self.error(self.flow.transition(name).refusal)

    def check(self, record: Any, name: str) -> Transition:
        """Refused (with the transition's message) when the status does not allow it."""
        step = self.flow.transition(name)
        if not step.allowed_from(record.status):
            raise self.refused(name)
        return step

    # --- writing --------------------------------------------------------------------------

    def _history_row(self, record: Any, from_status: str, to_status: str, reason: str) -> None:
        self.changes(
            **{self.changes.owner_field: record},
            from_status=from_status,
            to_status=to_status,
            actor=current_actor(),
            reason=reason,
            at=utcnow(),
            acting=_acting_note(record),
        ).save()

    def step(self, record: Any, name: str, reason: str = "") -> None:
        """Take the transition: guard, history row, the new status on the record (not saved:
        the caller sets its own fields and saves)."""
        step = self.check(record, name)
        self._history_row(record, record.status, step.target, reason)
        if not step.keeps_status:
            record.status = step.target

    def create(self, **values: Any) -> Any:
        """A new record in the initial status with its first history row ("" -> initial)."""
        record = self.record(**values)
        record.save()
        self._history_row(record, "", self.flow.initial, "")
        return record

    def freeze(self, record: Any, employee: Employee) -> None:
        """Store on the record (not saved) who assessed whom, as they are today (an official
        outside the office and a running Plt/Plh included)."""
        record.snapshot = take_snapshot(employee).to_json()

    # --- reading --------------------------------------------------------------------------

    def history(self, record: Any) -> list[StatusStep]:
        """The record's status history, oldest first."""
        changes = self.changes
        owner = getattr(changes, changes.owner_field)
        return [
            _status_step(c) for c in changes.select().where(owner == record).order_by(changes.id)
        ]

    def histories(self, record_ids: Iterable[int]) -> dict[int, list[StatusStep]]:
        """The histories of many records at once (every id present, [] without rows)."""
        ids = list(record_ids)
        changes = self.changes
        owner = getattr(changes, changes.owner_field)
        found: dict[int, list[StatusStep]] = {i: [] for i in ids}
        for c in changes.select().where(owner.in_(ids)).order_by(changes.id):
            found[getattr(c, f"{changes.owner_field}_id")].append(_status_step(c))
        return found

    @staticmethod
    def snapshot_of(record: Any) -> dict[str, Any]:
        """The frozen snapshot as the detail types carry it ({} before freezing)."""
        return stored_snapshot(record.snapshot)


def _status_step(change: StatusChange) -> StatusStep:
    return StatusStep(
        change.at, change.actor, change.from_status, change.to_status, change.reason, change.acting
    )


def _acting_note(record: Any) -> str:
    """The Plt/Plh under which the record's appraiser acts today ("" when nobody acts): the
    status history keeps who appraised under which assignment."""
    employee_id = getattr(record, "employee_id", None)
    employee = Employee.get_or_none(Employee.id == employee_id) if employee_id else None
    if employee is None:
        return ""
    found = appraiser_chain.appraiser_on(employee, local_today())
    return found.acting_note if found else ""


def local_today() -> dt.date:
    """The day of a step, in the office's local time (what the forms print)."""
    return dt.datetime.now().date()


def take_snapshot(employee: Employee, day: dt.date | None = None) -> Snapshot:
    """Who is assessed by whom on `day` (today by default): the employee, the pejabat
    penilai and the atasan pejabat penilai (domain.md §0.6), an official outside the office
    and a running Plt/Plh included (services.register.appraiser_chain)."""
    return appraiser_chain.snapshot_on(employee, day or local_today())
