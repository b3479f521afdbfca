"""What return packages (central office -> office, docs/return_packages.md) remember.

At the central office, `CentralCorrection`: what it decided for an office's record, carried
by every return package to that office (the office skips what it has already received, by
uid). At both ends, `ReturnLog`: the return packages written (direction "written") or
applied (direction "applied"). At the office, `ReturnProposal`: a correction received, which
HR accepts or rejects with a reason (an organisation predikat is applied directly). None of
these travel in the office's packages.
"""

from __future__ import annotations

from peewee import CharField, DateTimeField, IntegerField, TextField

from desktop_app.models.base import AuditedModel, utcnow


class CentralCorrection(AuditedModel):
    """A decision of the central office for one record of an office."""

    uid = CharField(max_length=36, unique=True)
    office_code = CharField(max_length=16, index=True)
    kind = CharField(max_length=20)  # org_predikat, pns_id, name, grade, merge
    target_uid = CharField(max_length=36)  # the unit (org_predikat) or the employee
    period_key = CharField(max_length=10, default="")  # org_predikat only
    value = TextField()
    note = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    created_by = CharField(max_length=100, default="")

    audit_key = "uid"

    class Meta:
        table_name = "central_correction"


class ReturnLog(AuditedModel):
    """A return package written (central office) or applied (office)."""

    direction = CharField(max_length=10)  # "written" or "applied"
    office_code = CharField(max_length=16)
    sequence = IntegerField()
    file_name = CharField(max_length=120)
    sha256 = CharField(max_length=64)
    created_at = DateTimeField(default=utcnow)
    summary = TextField(default="{}")

    audit_key = "file_name"

    class Meta:
        table_name = "return_log"


class ReturnProposal(AuditedModel):
    """A correction of the central office at the office: PENDING until HR accepts or rejects
    it (with a reason); QUARANTINED when its record is not at this office; APPLIED for an
    organisation predikat, which needs no decision."""

    uid = CharField(max_length=36, unique=True)
    return_sequence = IntegerField()
    kind = CharField(max_length=20)
    target_uid = CharField(max_length=36)
    value = TextField()
    old_value = TextField(default="")
    note = TextField(default="")
    status = CharField(max_length=12, index=True)
    reason = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    decided_at = DateTimeField(null=True)
    decided_by = CharField(max_length=100, default="")

    audit_key = "uid"

    class Meta:
        table_name = "return_proposal"
