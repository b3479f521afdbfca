"""Appraisers beyond the office register: officials outside the office (pejabat di luar
instansi), the link that makes one the pejabat penilai of an employee, and acting assignments
(Plt / Plh) of a position (docs/appraisers.md)."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, ForeignKeyField, TextField

from desktop_app.models.base import SyncedModel
from desktop_app.models.register import Employee, Position, format_full_name


class ExternalOfficial(SyncedModel):
    """Pejabat di luar instansi: the Sekda appraising a Kepala Dinas, the Bupati/Wali Kota
    above him. `kind` is PNS, PPPK or NON_ASN (an elected head has no NIP); `nip` is None for
    a NON_ASN official; `grade` the golongan code ("" for NON_ASN); `position` the jabatan and
    `instansi` where they serve (printed as the unit kerja). `superior` is the official's own
    appraiser (the atasan pejabat penilai of whoever this official appraises)."""

    front_title = CharField(max_length=50, default="")
    name = CharField(max_length=200)
    back_title = CharField(max_length=50, default="")
    nip = CharField(max_length=18, null=True)
    kind = CharField(max_length=8)
    grade = CharField(max_length=8, default="")
    position = CharField(max_length=200)
    instansi = CharField(max_length=200)
    superior = ForeignKeyField("self", null=True, backref="subordinates", on_delete="RESTRICT")
    active = BooleanField(default=True)
    notes = TextField(default="")

    @property
    def full_name(self) -> str:
        return format_full_name(self.front_title, self.name, self.back_title)


class ExternalAppraiserLink(SyncedModel):
    """An employee appraised by an official outside the office (then the register's own
    pejabat penilai of that employee is empty: one or the other, never both)."""

    employee = ForeignKeyField(Employee, backref="external_appraisers", on_delete="RESTRICT")
    official = ForeignKeyField(ExternalOfficial, backref="appraisees", on_delete="RESTRICT")


class ActingAssignment(SyncedModel):
    """Plt / Plh of a position (jabatan): an employee of the office or an official outside it
    acts in `position` from `starts` to `ends` (inclusive; None: until ended) under the decree
    `decree` (nomor SK / surat perintah). While it runs the acting official is the pejabat
    penilai of the staff of that position."""

    position = ForeignKeyField(Position, backref="acting_assignments", on_delete="RESTRICT")
    kind = CharField(max_length=4)
    employee = ForeignKeyField(Employee, null=True, backref="acting", on_delete="RESTRICT")
    official = ForeignKeyField(ExternalOfficial, null=True, backref="acting", on_delete="RESTRICT")
    starts = DateField()
    ends = DateField(null=True)
    decree = CharField(max_length=100)
    notes = TextField(default="")
