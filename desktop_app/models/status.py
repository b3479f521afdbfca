"""Kedudukan hukum (employment status) with its dates on each employee, and the fill-in
deadlines (batas pengisian) and closings of the stages of an appraisal year, with the history
of every closing and re-opening (docs/employment_status.md)."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, TextField

from desktop_app.models.base import SyncedModel, utcnow
from desktop_app.models.period import Period
from desktop_app.models.register import Employee


class EmploymentStatus(SyncedModel):
    """One kedudukan hukum of an employee: `code` is the SIASN id
    (`ref/siasn/kedudukanHukum.json`, "02" CLTN, "03" Tugas Belajar ...), in force from
    `starts` to `ends` (inclusive; None: still in force), under `decree` (nomor SK). The
    statuses of one employee never overlap; "Aktif" is what holds where none is recorded."""

    employee = ForeignKeyField(Employee, backref="employment_statuses", on_delete="RESTRICT")
    code = CharField(max_length=4)
    starts = DateField()
    ends = DateField(null=True)
    decree = CharField(max_length=100, default="")
    notes = TextField(default="")


class PeriodStage(SyncedModel):
    """One stage of an appraisal year (tahap): "SKP" (drafting and approving the SKP) or a
    period key ("2026-Q1" ... "2026" the annual evaluation), with its fill-in deadline
    (batas pengisian, inclusive; None: none set) and whether HR closed it. A closed
    evaluation stage refuses every change to that period's evaluations."""

    period = ForeignKeyField(Period, backref="stages", on_delete="RESTRICT")
    stage = CharField(max_length=10)
    deadline = DateField(null=True)
    closed = BooleanField(default=False)


class PeriodClosure(SyncedModel):
    """One closing or re-opening by HR, kept for the period's history: `stage` as in
    `PeriodStage` ("" for the whole year), `action` CLOSE or REOPEN, the `reason` (required to
    re-open), who did it (`by_name`, the account's name as it was) and when (`at`, UTC)."""

    period = ForeignKeyField(Period, backref="closures", on_delete="RESTRICT")
    stage = CharField(max_length=10, default="")
    action = CharField(max_length=8)
    reason = TextField(default="")
    by_name = CharField(max_length=200, default="")
    at = DateTimeField(default=utcnow)
