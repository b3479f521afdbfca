"""Rencana aksi, the daily log (Progres Harian) and the holiday calendar (domain.md §13.3;
issue 21 points 3-5). Migration 0019; the rules are in `scoring/daily_log.py`.

A rencana aksi plans, for one RHK of an SKP and one period, an action with its expected output
(a whole number) and unit; the employee proposes it, the pejabat penilai agrees it. A daily log
entry is one stretch of work on one day: Kinerja Harian (it serves a rencana aksi) or Tugas
Langsung Atasan (a direct task, with who gave it). A holiday is a day off for the whole office
(`employee` empty) or one employee's leave (cuti)."""

from __future__ import annotations

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop_app.models.base import SyncedModel
from desktop_app.models.evaluation import Evaluation
from desktop_app.models.plan import Indicator, PlanResult
from desktop_app.models.register import Employee


class ActionPlan(SyncedModel):
    """Rencana aksi of one RHK in one period (`period_key` "2026-Q1", ...). `status`:
    PROPOSED (diusulkan) or AGREED (disetujui, by `agreed_by` at `agreed_at`)."""

    result = ForeignKeyField(PlanResult, backref="action_plans", on_delete="RESTRICT")
    period_key = CharField(max_length=10)
    sort_order = IntegerField(default=0)
    text = TextField()
    target = IntegerField(default=0)
    unit = CharField(max_length=60, default="")
    status = CharField(max_length=10, default="PROPOSED")
    agreed_by = CharField(max_length=80, default="")
    agreed_at = DateTimeField(null=True)

    class Meta:
        table_name = "action_plan"


class DailyLogEntry(SyncedModel):
    """One entry of the Progres Harian. `kind`: PLAN (Kinerja Harian, `action_plan` set) or
    TASK (Tugas Langsung Atasan, `task_giver` named). Times "HH:MM"; `realisasi` a whole number
    of `unit`; bukti dukung a link or a file kept in the data folder (`evidence_path` relative,
    with its SHA-256); `late_reason` why a day outside the current period is written now;
    `comment` the supervisor's note on it."""

    employee = ForeignKeyField(Employee, backref="daily_log", on_delete="RESTRICT")
    day = DateField()
    starts = CharField(max_length=5)
    ends = CharField(max_length=5)
    activity = TextField()
    kind = CharField(max_length=4, default="PLAN")
    action_plan = ForeignKeyField(ActionPlan, null=True, backref="entries", on_delete="RESTRICT")
    task_giver = CharField(max_length=200, default="")
    realisasi = IntegerField(default=0)
    unit = CharField(max_length=60, default="")
    evidence_link = TextField(default="")
    evidence_path = TextField(null=True)
    evidence_sha256 = CharField(max_length=64, null=True)
    late_reason = TextField(default="")
    comment = TextField(default="")
    comment_by = CharField(max_length=80, default="")

    class Meta:
        table_name = "daily_log_entry"


class RecurringActivity(SyncedModel):
    """A kegiatan rutin the employee logs on certain weekdays (`weekdays` "12345": Monday to
    Friday), added to a day with one key press."""

    employee = ForeignKeyField(Employee, backref="recurring", on_delete="RESTRICT")
    activity = TextField()
    starts = CharField(max_length=5)
    ends = CharField(max_length=5)
    kind = CharField(max_length=4, default="PLAN")
    action_plan = ForeignKeyField(ActionPlan, null=True, backref="recurring", on_delete="RESTRICT")
    task_giver = CharField(max_length=200, default="")
    realisasi = IntegerField(default=0)
    unit = CharField(max_length=60, default="")
    weekdays = CharField(max_length=7, default="12345")

    class Meta:
        table_name = "daily_log_recurring"


class Holiday(SyncedModel):
    """Hari libur (the whole office, `employee` empty) or cuti (one employee's leave)."""

    day = DateField()
    name = CharField(max_length=200)
    employee = ForeignKeyField(Employee, null=True, backref="leave", on_delete="RESTRICT")

    class Meta:
        table_name = "holiday"


class LogDecision(SyncedModel):
    """The supervisor's decision on the daily log's sum for one indicator of an evaluation:
    ACCEPTED (copied into the realisasi) or OVERRIDDEN (another value, with a reason)."""

    evaluation = ForeignKeyField(Evaluation, backref="log_decisions", on_delete="RESTRICT")
    indicator = ForeignKeyField(Indicator, backref="log_decisions", on_delete="RESTRICT")
    log_sum = IntegerField(default=0)
    decision = CharField(max_length=10)
    value = CharField(max_length=30, default="")
    reason = TextField(default="")
    decided_by = CharField(max_length=80, default="")
    decided_at = DateTimeField(null=True)

    class Meta:
        table_name = "daily_log_decision"
