"""Local accounts of the office PC: who may sign in, with which role."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField

from desktop_app.models.base import AuditedModel, utcnow
from desktop_app.models.register import Employee


class User(AuditedModel):
    """An account: admin, hr, supervisor (linked to an employee) or viewer.

    Only an argon2id hash of the password is stored; the audit trail redacts even that.
    """

    username = CharField(max_length=40, unique=True)
    full_name = CharField(max_length=120, default="")
    password_hash = CharField(max_length=200)
    role = CharField(max_length=12)
    employee = ForeignKeyField(Employee, null=True, backref="accounts", on_delete="RESTRICT")
    active = BooleanField(default=True)
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    must_change_password = BooleanField(default=False)
    created_at = DateTimeField(default=utcnow)
    last_login_at = DateTimeField(null=True)

    audit_key = "username"
    audit_redact = frozenset({"password_hash"})
    audit_exclude = frozenset({"failed_attempts", "last_login_at"})

    class Meta:
        table_name = "app_user"
