"""Dialog kinerja and konseling kinerja records (PermenPANRB 8/2021; domain.md §9, §13.12)
and PPPK contracts (perjanjian kerja, KepmenPANRB 16/2025; domain.md §13.9). Migration 0015;
the rules are in `scoring/dialogue.py` and `scoring/pppk_contract.py`."""

from __future__ import annotations

from peewee import CharField, DateField, ForeignKeyField, TextField

from desktop_app.models.base import SyncedModel
from desktop_app.models.development import DevelopmentPlan
from desktop_app.models.evaluation import Evaluation
from desktop_app.models.register import Employee


class PerformanceDialogue(SyncedModel):
    """One dialog kinerja or konseling kinerja of an employee: the day held, who took part
    (the employee and the appraiser frozen in `snapshot` as on that day, `others` one name a
    line: from the register or typed), the topic, what was agreed, the follow-up day, and the
    evaluation (predikat) or IDP it follows up."""

    employee = ForeignKeyField(Employee, backref="dialogues", on_delete="RESTRICT")
    kind = CharField(max_length=10)
    held_on = DateField()
    others = TextField(default="")
    topic = TextField()
    agreement = TextField(default="")
    follow_up_on = DateField(null=True)
    evaluation = ForeignKeyField(Evaluation, null=True, backref="dialogues", on_delete="RESTRICT")
    development_plan = ForeignKeyField(
        DevelopmentPlan, null=True, backref="dialogues", on_delete="RESTRICT"
    )
    snapshot = TextField(default="")


class PppkContract(SyncedModel):
    """One contract period (perjanjian kerja) of a PPPK: first and last day (inclusive),
    full or part time (`work_time` FULL / PART), the decree number and date."""

    employee = ForeignKeyField(Employee, backref="contracts", on_delete="RESTRICT")
    starts = DateField()
    ends = DateField()
    work_time = CharField(max_length=4)
    decree = CharField(max_length=100)
    decree_on = DateField(null=True)
    notes = TextField(default="")
