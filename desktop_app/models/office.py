"""The office this database belongs to (kantor daerah), its identity and its signing key."""

from __future__ import annotations

import uuid

from peewee import BooleanField, CharField, DateTimeField, IntegerField, TextField, UUIDField

from desktop_app.models.base import AuditedModel, BaseModel, utcnow


class Office(AuditedModel):
    """An office: `is_self` marks this database's own identity (exactly one row).

    `database_id` is made anew when a database is restored or copied, so a restored office never
    reuses versions the central office already saw. `signing_key` is the Ed25519 private key
    (PKCS8 PEM) made at `office init`; `public_key` is its SubjectPublicKeyInfo PEM.
    """

    code = CharField(max_length=16, unique=True)
    name = CharField(max_length=200)
    is_self = BooleanField(default=False, index=True)
    database_id = UUIDField(default=uuid.uuid4)
    signing_key = TextField(null=True)
    public_key = TextField(null=True)
    created_at = DateTimeField(default=utcnow)

    audit_key = "code"
    audit_redact = frozenset({"signing_key"})


class ChangeCounter(BaseModel):
    """The office-wide change counter behind every synced record's `version` (one row)."""

    value = IntegerField(default=0)


class Setting(AuditedModel):
    """Office and domain settings kept in the database (paper size, logo, idle lock, ...).

    UI state (window geometry, last folder) lives in QSettings instead. Values are JSON text.
    """

    key = CharField(max_length=100, unique=True)
    value = TextField()
    updated_at = DateTimeField(default=utcnow)

    audit_key = "key"
