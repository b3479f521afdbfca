"""What sync remembers, at both ends (design.md "Sync packages").

At an office: the packages it wrote (`OutboxPackage`), with what the central office answered.
At the central office: its own identity (`CentralIdentity`: the age identity packages are
sealed for and the Ed25519 key receipts are signed with), every package it imported
(`ImportLog`), what it holds per office database (`SyncOfficeState`), the records it could not
take (`Quarantine`) and the NIPs found in two offices (`MergeItem`). None of these travel.
"""

from __future__ import annotations

from peewee import BigIntegerField, BooleanField, CharField, DateTimeField, IntegerField, TextField

from desktop_app.models.base import AuditedModel, BaseModel, utcnow


class CentralIdentity(AuditedModel):
    """The central office's keys (one row). Losing `age_identity` makes every package sealed
    for this central office unreadable: `hq export-identity` writes it out for safekeeping."""

    name = CharField(max_length=200)
    age_identity = TextField()  # AGE-SECRET-KEY-1...
    age_recipient = CharField(max_length=100)  # age1...
    signing_key = TextField()  # Ed25519 PKCS8 PEM
    public_key = TextField()  # Ed25519 SubjectPublicKeyInfo PEM
    created_at = DateTimeField(default=utcnow)

    audit_key = "age_recipient"
    audit_redact = frozenset({"age_identity", "signing_key"})

    class Meta:
        table_name = "central_identity"


class OutboxPackage(BaseModel):
    """A package this office wrote, kept for re-sending and to match the receipt."""

    sequence = IntegerField()
    database_id = CharField(max_length=36)
    file_name = CharField(max_length=120)
    sha256 = CharField(max_length=64)
    size = BigIntegerField()
    since_version = BigIntegerField()
    max_version = BigIntegerField()
    rows = IntegerField()
    target = TextField()  # where it was written (the stick)
    created_at = DateTimeField(default=utcnow)
    acknowledged_at = DateTimeField(null=True)
    acknowledged_version = BigIntegerField(null=True)
    receipt = TextField(default="")  # the receipt JSON as received (quarantined records)

    class Meta:
        table_name = "sync_outbox"


class ImportLog(BaseModel):
    """One package the central office imported (or saw again)."""

    office_code = CharField(max_length=16, index=True)
    database_id = CharField(max_length=36)
    sequence = IntegerField()
    sha256 = CharField(max_length=64)
    file_name = CharField(max_length=200)
    since_version = BigIntegerField()
    max_version = BigIntegerField()
    created_at = DateTimeField()  # the office's clock, for display only
    imported_at = DateTimeField(default=utcnow)
    imported_by = CharField(max_length=80)
    summary = TextField()  # JSON: per entity new/updated/unchanged/deleted/conflict/quarantined
    duplicate = BooleanField(default=False)
    audit_count = BigIntegerField(null=True)  # the office's audit chain head the package
    audit_hash = CharField(max_length=64, null=True)  # carried (None: an older program)

    class Meta:
        table_name = "sync_import"


class SyncOfficeState(BaseModel):
    """What the central office holds from one database of one office."""

    office_code = CharField(max_length=16)
    database_id = CharField(max_length=36)
    last_sequence = IntegerField(default=0)
    max_version = BigIntegerField(default=0)
    gaps = TextField(default="")  # missing sequence numbers, comma separated
    last_import_at = DateTimeField(null=True)
    last_package_at = DateTimeField(null=True)
    audit_count = BigIntegerField(null=True)  # the newest audit chain head received
    audit_hash = CharField(max_length=64, null=True)

    class Meta:
        table_name = "sync_office_state"
        indexes = ((("office_code", "database_id"), True),)


class Quarantine(BaseModel):
    """A record the central office did not take, with the reason; counted and shown."""

    import_log = IntegerField(index=True)
    office_code = CharField(max_length=16, index=True)
    entity = CharField(max_length=40)
    uid = CharField(max_length=36)
    version = BigIntegerField()
    reason = TextField()
    payload = TextField()
    resolved = BooleanField(default=False)

    class Meta:
        table_name = "sync_quarantine"


class MergeItem(BaseModel):
    """One business key (a NIP) held by two offices: both copies stay until HR decides."""

    entity = CharField(max_length=40)
    business_key = CharField(max_length=40, index=True)
    first_uid = CharField(max_length=36)
    first_office = CharField(max_length=16)
    second_uid = CharField(max_length=36)
    second_office = CharField(max_length=16)
    found_at = DateTimeField(default=utcnow)
    resolved = BooleanField(default=False)
    resolution = TextField(default="")

    class Meta:
        table_name = "sync_merge"
        indexes = ((("entity", "first_uid", "second_uid"), True),)
