"""Evaluasi kinerja: the periodic and annual evaluations of one employee against the SKP.

An evaluation belongs to one employee and one `period_key` of an appraisal year ("2026-Q1",
"2026-S2", "2026-03", or "2026" for the annual evaluation; design.md "Command line"). It holds
the realisasi and umpan balik per indicator (IKI) of the approved SKP, the feedback per
BerAKHLAK value, the two ratings (keys of `scoring.Rating`) and the predikat the rules engine
computes from them (never typed). Finalising freezes who assessed whom (JSON snapshot) and
locks it; re-opening is an audited status change with a reason. The optional keberatan
(objection, PP 30/2019 Pasal 59) is kept on the evaluation with each step in the history.
`OrgResult` is the capaian kinerja organisasi of a unit for a period key.
"""

from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop_app.models.base import AuditedModel, SyncedModel, utcnow
from desktop_app.models.period import Period
from desktop_app.models.plan import Indicator, PerformancePlan
from desktop_app.models.register import Employee, Unit
from desktop_app.models.workflow import StatusChange


class Evaluation(SyncedModel):
    """Evaluasi kinerja pegawai of one period. `status`: DRAFT or FINAL. One live evaluation
    per employee and period key (partial unique index in migration 0005)."""

    employee = ForeignKeyField(Employee, backref="evaluations", on_delete="RESTRICT")
    plan = ForeignKeyField(PerformancePlan, null=True, backref="evaluations", on_delete="RESTRICT")
    period = ForeignKeyField(Period, backref="evaluations", on_delete="RESTRICT")
    period_key = CharField(max_length=10)
    status = CharField(max_length=10, default="DRAFT", index=True)
    rating_hasil = CharField(max_length=16, null=True)
    rating_perilaku = CharField(max_length=16, null=True)
    predikat = CharField(max_length=16, null=True)
    notes = TextField(default="")  # catatan / rekomendasi
    snapshot = TextField(default="")  # JSON, taken at finalise
    finalized_at = DateTimeField(null=True)
    objection = TextField(default="")  # keberatan of the employee
    objection_at = DateTimeField(null=True)
    explanation = TextField(default="")  # penjelasan pejabat penilai
    explanation_at = DateTimeField(null=True)
    decision = TextField(default="")  # keputusan atasan pejabat penilai (final)
    decided_at = DateTimeField(null=True)
    self_assessment = TextField(default="")  # penilaian mandiri of the employee (optional)
    self_assessment_at = DateTimeField(null=True)
    read_at = DateTimeField(null=True)  # "telah dibaca": the employee acknowledged it (0018)
    read_by = CharField(max_length=80, default="")  # the account that recorded it

    class Meta:
        table_name = "evaluation"


class Realisation(SyncedModel):
    """Realisasi of one indicator (IKI) with its bukti dukung and umpan balik berkelanjutan.
    `evidence_path` is relative to the data folder (evidence/<evaluation uid>/<file>)."""

    evaluation = ForeignKeyField(Evaluation, backref="realisations", on_delete="RESTRICT")
    indicator = ForeignKeyField(Indicator, backref="realisations", on_delete="RESTRICT")
    realisasi = TextField(default="")
    bukti_dukung = TextField(default="")
    evidence_path = TextField(null=True)
    evidence_sha256 = CharField(max_length=64, null=True)
    feedback = TextField(default="")

    class Meta:
        table_name = "evaluation_realisation"


class BehaviourFeedback(SyncedModel):
    """Umpan balik for one BerAKHLAK value (1..7), with an optional rating key."""

    evaluation = ForeignKeyField(Evaluation, backref="behaviour_feedback", on_delete="RESTRICT")
    value_code = IntegerField()
    feedback = TextField(default="")
    rating = CharField(max_length=16, null=True)

    class Meta:
        table_name = "evaluation_behaviour"


class OrgResult(SyncedModel):
    """Capaian kinerja organisasi of a unit for one period key (a key of `OrgPredikat`)."""

    unit = ForeignKeyField(Unit, backref="org_results", on_delete="RESTRICT")
    period_key = CharField(max_length=10)
    org_predikat = CharField(max_length=16)

    class Meta:
        table_name = "org_result"


class EvaluationStatusChange(StatusChange):
    """One step of an evaluation: created, finalised, re-opened, and the keberatan steps."""

    owner_field = "evaluation"

    evaluation = ForeignKeyField(Evaluation, backref="status_changes", on_delete="RESTRICT")
    from_status = CharField(max_length=12)
    to_status = CharField(max_length=12)
    actor = CharField(max_length=80)
    reason = TextField(default="")
    at = DateTimeField()
    acting = CharField(max_length=300, default="")  # the Plt/Plh in force (0012)

    class Meta:
        table_name = "evaluation_status_change"


class PeerNote(SyncedModel):
    """Input from a peer (rekan kerja) or a subordinate (bawahan) for the penilai, kept as a
    note: it informs the ratings and never computes them. `source` is PEER, SUBORDINATE or
    OTHER; `author` is the name as given (the person may not be in this register)."""

    evaluation = ForeignKeyField(Evaluation, backref="peer_notes", on_delete="RESTRICT")
    source = CharField(max_length=12)
    author = CharField(max_length=200)
    text = TextField()
    recorded_by = CharField(max_length=80)
    at = DateTimeField()

    class Meta:
        table_name = "evaluation_peer_note"


class FeedbackPhrase(AuditedModel):
    """A reusable phrase of umpan balik, local to this database. `scope` is RESULT (hasil
    kerja) or the code of a BerAKHLAK value ("1".."7")."""

    scope = CharField(max_length=8)
    text = TextField()
    created_by = CharField(max_length=80)
    created_at = DateTimeField(default=utcnow)

    audit_key = "text"

    class Meta:
        table_name = "feedback_phrase"
        indexes = ((("scope", "text"), True),)
