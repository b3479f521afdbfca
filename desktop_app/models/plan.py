"""Sasaran Kinerja Pegawai (SKP): the year's plan of one employee and what it holds.

A plan has results (RHK, utama or tambahan), each with indicator rows (IKI per aspect with
its target), the leader's specific expectation for each BerAKHLAK value, and the lampiran.
`parent_result` links an RHK to the superior's RHK it supports (cascading); `parent_text`
holds that link as free text while the superior's plan does not exist yet. The snapshot of
the employee, the pejabat penilai and the atasan pejabat penilai is JSON taken at approval.
"""

from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop_app.models.base import SyncedModel
from desktop_app.models.period import Period
from desktop_app.models.register import Employee
from desktop_app.models.workflow import StatusChange


class PerformancePlan(SyncedModel):
    """SKP. `status`: DRAFT, SUBMITTED (diajukan), APPROVED (disetujui), RETURNED
    (dikembalikan). `form`: JPT (perspektif) or STAFF (RHK pimpinan yang diintervensi)."""

    employee = ForeignKeyField(Employee, backref="plans", on_delete="RESTRICT")
    period = ForeignKeyField(Period, backref="plans", on_delete="RESTRICT")
    approach = CharField(max_length=12, default="KUANTITATIF")
    form = CharField(max_length=8, default="STAFF")
    status = CharField(max_length=10, default="DRAFT", index=True)
    return_reason = TextField(default="")
    resources = TextField(default="")  # lampiran: dukungan sumber daya
    accountability = TextField(default="")  # lampiran: skema pertanggungjawaban
    consequences = TextField(default="")  # lampiran: konsekuensi
    snapshot = TextField(default="")  # JSON, taken at approval
    approved_at = DateTimeField(null=True)
    # bulan mulai / bulan selesai (0013): the months of the year this SKP covers; a mid-year
    # transfer or promotion closes one SKP at a month and starts the next (docs/multiple_skp.md)
    month_start = IntegerField(default=1)
    month_end = IntegerField(default=12)
    # what the transfer that started this SKP changed (0016, JSON; "" when no transfer did):
    # the closed SKP, its old last month, the register before and after, for the undo
    transfer_before = TextField(default="")

    class Meta:
        table_name = "performance_plan"


class PlanResult(SyncedModel):
    """RHK (rencana hasil kerja)."""

    plan = ForeignKeyField(PerformancePlan, backref="results", on_delete="RESTRICT")
    is_main = IntegerField(default=1)
    sort_order = IntegerField(default=0)
    text = TextField()
    perspective = CharField(max_length=20, null=True)
    parent_result = ForeignKeyField(
        "self",
        null=True,
        backref="supporting",
        on_delete="RESTRICT",
        column_name="parent_id",
        object_id_name="parent_result_id",
    )
    parent_text = TextField(default="")
    review_comment = TextField(default="")  # the pejabat penilai's comment on return (0018)

    class Meta:
        table_name = "plan_result"


class Indicator(SyncedModel):
    """IKI of one aspect of an RHK, with its target (a number and unit, or text)."""

    result = ForeignKeyField(PlanResult, backref="indicators", on_delete="RESTRICT")
    sort_order = IntegerField(default=0)
    aspect = CharField(max_length=10, default="KUANTITAS")
    text = TextField()
    target_value = CharField(max_length=30, default="")
    target_unit = CharField(max_length=60, default="")
    target_text = TextField(default="")

    class Meta:
        table_name = "plan_indicator"


class BehaviourExpectation(SyncedModel):
    """Ekspektasi khusus pimpinan for one BerAKHLAK value (1..7)."""

    plan = ForeignKeyField(PerformancePlan, backref="expectations", on_delete="RESTRICT")
    value_code = IntegerField()
    text = TextField(default="")

    class Meta:
        table_name = "plan_expectation"


class PlanStatusChange(StatusChange):
    """One step of the workflow, shown as the status history of the SKP."""

    owner_field = "plan"

    plan = ForeignKeyField(PerformancePlan, backref="status_changes", on_delete="RESTRICT")
    from_status = CharField(max_length=10)
    to_status = CharField(max_length=10)
    actor = CharField(max_length=80)
    reason = TextField(default="")
    at = DateTimeField()
    acting = CharField(max_length=300, default="")  # the Plt/Plh in force (0012)

    class Meta:
        table_name = "plan_status_change"
