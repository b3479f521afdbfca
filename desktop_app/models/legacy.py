"""Archive appraisals (penilaian prestasi kerja) of the years under PP 46/2011 or PP 30/2019.

An office keeps the appraisals of its archive years (`Period.regime` PP_46_2011 or
PP_30_2019, domain.md §1 and §6) next to the current ones. One `LegacyAppraisal` per employee
and appraisal year holds the inputs of the old forms: the kegiatan tugas jabatan
(`LegacyActivity`, target and realisasi per aspect), tugas tambahan and kreativitas (PP 46),
the perilaku kerja aspects, and the PP 30 marks (behaviour assessed with peers, innovation).
The scores (nilai capaian, nilai SKP, nilai perilaku, prestasi kerja / nilai kinerja,
sebutan / predikat) are stored as text decimals for lists and forms, and always recomputed
by `services.legacy_evaluations` from `scoring.legacy`; they are never typed.
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from desktop_app.models.base import SyncedModel
from desktop_app.models.period import Period
from desktop_app.models.register import Employee
from desktop_app.models.workflow import StatusChange


class LegacyAppraisal(SyncedModel):
    """Penilaian prestasi kerja (PP 46) or penilaian kinerja (PP 30) of one archive year.

    `status`: DRAFT or FINAL. One live appraisal per employee and period (partial unique
    index in migration 0006). `regime` is the period's regime when it was opened.
    `structural`: the employee held a jabatan struktural that year, so kepemimpinan is
    scored. `perilaku`: JSON {aspect key: decimal text}. `nilai_prestasi` is the prestasi
    kerja (PP 46) or the nilai kinerja (PP 30); `sebutan` its sebutan (PP 46) or predikat
    (PP 30).
    """

    employee = ForeignKeyField(Employee, backref="legacy_appraisals", on_delete="RESTRICT")
    period = ForeignKeyField(Period, backref="legacy_appraisals", on_delete="RESTRICT")
    regime = CharField(max_length=24)
    status = CharField(max_length=10, default="DRAFT", index=True)
    structural = BooleanField(default=False)
    tugas_tambahan = IntegerField(default=0)  # number of additional tasks (PP 46)
    kreativitas = CharField(max_length=12, default="none")  # none/unit/organisasi/negara
    perilaku = TextField(default="{}")
    with_peers = BooleanField(default=False)  # PP 30: peers/subordinates assessed behaviour
    innovation = BooleanField(default=False)  # PP 30: a new idea or method (Sangat Baik)
    notes = TextField(default="")
    nilai_skp = CharField(max_length=16, null=True)
    nilai_perilaku = CharField(max_length=16, null=True)
    nilai_prestasi = CharField(max_length=16, null=True)
    sebutan = CharField(max_length=16, null=True)
    snapshot = TextField(default="")  # JSON, taken at finalise
    finalized_at = DateTimeField(null=True)

    class Meta:
        table_name = "legacy_appraisal"


class LegacyActivity(SyncedModel):
    """One kegiatan tugas jabatan of the archive SKP: target and realisasi of kuantitas
    (with the unit of output), kualitas (mutu), waktu (months) and the optional biaya, as
    decimal texts; `nilai_capaian` is computed (empty while the row is incomplete)."""

    appraisal = ForeignKeyField(LegacyAppraisal, backref="activities", on_delete="RESTRICT")
    sort_order = IntegerField(default=0)
    text = TextField()
    angka_kredit = CharField(max_length=16, null=True)
    output_unit = CharField(max_length=60, default="")
    kuantitas_target = CharField(max_length=24, null=True)
    kuantitas_real = CharField(max_length=24, null=True)
    kualitas_target = CharField(max_length=24, null=True)
    kualitas_real = CharField(max_length=24, null=True)
    waktu_target = CharField(max_length=24, null=True)
    waktu_real = CharField(max_length=24, null=True)
    biaya_target = CharField(max_length=24, null=True)
    biaya_real = CharField(max_length=24, null=True)
    nilai_capaian = CharField(max_length=16, null=True)

    class Meta:
        table_name = "legacy_activity"


class LegacyStatusChange(StatusChange):
    """One step of an archive appraisal: created, finalised, re-opened (with the reason)."""

    owner_field = "appraisal"

    appraisal = ForeignKeyField(LegacyAppraisal, backref="status_changes", on_delete="RESTRICT")
    from_status = CharField(max_length=12)
    to_status = CharField(max_length=12)
    actor = CharField(max_length=80)
    reason = TextField(default="")
    at = DateTimeField()
    acting = CharField(max_length=300, default="")  # the Plt/Plh in force (0012)

    class Meta:
        table_name = "legacy_status_change"
