"""The dated history of an employee's post (riwayat jabatan, unit kerja, golongan and pejabat
penilai): the register holds only today's values, a past period needs those of its time.
Migration 0017; the rules are in `services/register/register_history.py`."""

from __future__ import annotations

from peewee import CharField, DateField, ForeignKeyField

from desktop_app.models.base import SyncedModel
from desktop_app.models.register import Employee, Position, Unit


class EmployeeHistory(SyncedModel):
    """One stretch of time in which an employee held one unit, position, golongan and
    appraiser: `valid_from` (None: since before the history began) to `valid_to` (inclusive;
    None: still in force). `source` says what made it: START (the register's values when the
    history began), EDIT (a register edit), TRANSFER (a mutasi, promotion or change of
    appraiser)."""

    employee = ForeignKeyField(Employee, backref="post_history", on_delete="RESTRICT")
    valid_from = DateField(null=True)
    valid_to = DateField(null=True)
    unit = ForeignKeyField(Unit, backref="post_history", on_delete="RESTRICT")
    position = ForeignKeyField(Position, null=True, backref="post_history", on_delete="RESTRICT")
    grade = CharField(max_length=8, default="")
    appraiser = ForeignKeyField(
        Employee,
        null=True,
        backref="appraised_history",
        on_delete="RESTRICT",
        column_name="appraiser_id",
    )
    source = CharField(max_length=10)
