"""Appraisal years (periode penilaian) with their evaluation frequency and regime."""

from __future__ import annotations

from peewee import BooleanField, CharField, IntegerField

from desktop_app.models.base import SyncedModel


class Period(SyncedModel):
    """One appraisal year of the office.

    `frequency` is MONTHLY, QUARTERLY (default) or SEMESTER for the periodic evaluations;
    `regime` is PERMENPANRB_6_2022, PP_30_2019 or PP_46_2011 (archive years). A closed year
    is locked.
    """

    year = IntegerField()
    frequency = CharField(max_length=10, default="QUARTERLY")
    regime = CharField(max_length=24, default="PERMENPANRB_6_2022")
    closed = BooleanField(default=False)

    class Meta:
        indexes = ((("office_code", "year"), True),)
