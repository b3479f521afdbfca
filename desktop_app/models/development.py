"""Pengembangan kompetensi: the individual development plan (IDP, rencana pengembangan
individu) of one employee and year, its competence gaps, the planned and completed development
activities (the 20 JP record) and the status history of the plan.

A plan holds gaps (kompetensi yang dikembangkan, kesenjangan, tujuan, indikator keberhasilan),
some proposed from the employee's evaluations (`origin`, `evaluation`), and planned activities.
An activity belongs to an employee and a year; it is part of the plan (`plan` set) or recorded
outside it (a seminar nobody planned still counts towards the 20 JP). JP and money amounts are
exact: JP as decimal text (two places), rupiah as whole numbers. The SIASN jenis diklat is kept
as its id and its label at the time (domain.md §0.1), with the jalur (klasikal/nonklasikal).
"""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from desktop_app.models.base import SyncedModel
from desktop_app.models.evaluation import Evaluation
from desktop_app.models.period import Period
from desktop_app.models.register import Employee
from desktop_app.models.workflow import StatusChange


class DevelopmentPlan(SyncedModel):
    """IDP of one employee and year. `status`: DRAFT, SUBMITTED (diajukan: the employee
    agrees), AGREED (disepakati by the pejabat penilai) or RETURNED (dikembalikan, with the
    reason). `required` is set when a poor predikat makes the plan compulsory, with the
    reason in words. One live plan per employee and year (partial unique index, 0008)."""

    employee = ForeignKeyField(Employee, backref="development_plans", on_delete="RESTRICT")
    period = ForeignKeyField(Period, backref="development_plans", on_delete="RESTRICT")
    status = CharField(max_length=10, default="DRAFT", index=True)
    required = BooleanField(default=False)
    required_reason = TextField(default="")
    goals = TextField(default="")  # tujuan pengembangan (career / role goal)
    notes = TextField(default="")  # catatan pejabat penilai
    return_reason = TextField(default="")
    snapshot = TextField(default="")  # JSON, taken when agreed
    submitted_at = DateTimeField(null=True)
    agreed_at = DateTimeField(null=True)

    class Meta:
        table_name = "development_plan"


class DevelopmentGap(SyncedModel):
    """One competence to develop. `competence_type`: TEKNIS, MANAJERIAL or SOSIAL_KULTURAL.
    `origin` names what proposed it ("RESULT", "BEHAVIOUR", "VALUE:3"; empty when typed), with
    the words of `source` and the latest `evaluation` it came from."""

    plan = ForeignKeyField(DevelopmentPlan, backref="gaps", on_delete="RESTRICT")
    sort_order = IntegerField(default=0)
    competence_type = CharField(max_length=16, default="TEKNIS")
    origin = CharField(max_length=12, default="")
    competence = TextField()  # kompetensi yang dikembangkan
    gap = TextField(default="")  # kesenjangan
    goal = TextField(default="")  # target / tujuan
    indicator = TextField(default="")  # indikator keberhasilan
    source = TextField(default="")
    evaluation = ForeignKeyField(
        Evaluation, null=True, backref="development_gaps", on_delete="RESTRICT"
    )

    class Meta:
        table_name = "development_gap"


class DevelopmentActivity(SyncedModel):
    """A development activity of an employee in a year: planned in the IDP (`plan`, and the
    `gap` it serves) or recorded outside it. `status`: PLANNED, DONE or CANCELLED. A done
    activity counts in the year it ended (`end_date`), with `jp` (decimal text) computed from
    `minutes` when the duration was given in minutes. `certificate_path` is relative to the
    data folder (certificates/<activity uid>/<file>)."""

    employee = ForeignKeyField(Employee, backref="development_activities", on_delete="RESTRICT")
    period = ForeignKeyField(Period, backref="development_activities", on_delete="RESTRICT")
    plan = ForeignKeyField(DevelopmentPlan, null=True, backref="activities", on_delete="RESTRICT")
    gap = ForeignKeyField(DevelopmentGap, null=True, backref="activities", on_delete="RESTRICT")
    sort_order = IntegerField(default=0)
    status = CharField(max_length=10, default="PLANNED", index=True)
    jenis_diklat = IntegerField()
    jenis_label = CharField(max_length=120)
    jalur = CharField(max_length=12)
    title = TextField()
    provider = CharField(max_length=200, default="")  # penyelenggara
    planned_start = DateField(null=True)
    planned_end = DateField(null=True)
    jp_planned = CharField(max_length=16, default="")
    cost_planned = BigIntegerField(default=0)  # rupiah
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    minutes = IntegerField(null=True)
    jp = CharField(max_length=16, default="")
    cost_actual = BigIntegerField(null=True)  # rupiah
    certificate_no = CharField(max_length=100, default="")
    certificate_path = TextField(null=True)
    certificate_sha256 = CharField(max_length=64, null=True)
    notes = TextField(default="")

    class Meta:
        table_name = "development_activity"


class DevelopmentStatusChange(StatusChange):
    """One step of an IDP: created, submitted, agreed, returned, re-opened (with reasons)."""

    owner_field = "plan"

    plan = ForeignKeyField(DevelopmentPlan, backref="status_changes", on_delete="RESTRICT")
    from_status = CharField(max_length=10)
    to_status = CharField(max_length=10)
    actor = CharField(max_length=80)
    reason = TextField(default="")
    at = DateTimeField()
    acting = CharField(max_length=300, default="")  # the Plt/Plh in force (0012)

    class Meta:
        table_name = "development_status_change"
