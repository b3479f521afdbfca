"""peewee models, one module per aggregate; `db` is bound by `models.database.open_database`."""

from desktop_app.models.audit import AuditEntry
from desktop_app.models.base import AuditedModel, BaseModel, SyncedModel, db, utcnow
from desktop_app.models.office import ChangeCounter, Office, Setting
from desktop_app.models.period import Period
from desktop_app.models.register import Employee, Position, Unit
from desktop_app.models.users import User

ALL_MODELS = [Office, ChangeCounter, Setting, Unit, Position, Employee, Period, User, AuditEntry]
SYNCED_MODELS = [Unit, Position, Employee, Period]

__all__ = [
    "ALL_MODELS",
    "SYNCED_MODELS",
    "AuditEntry",
    "AuditedModel",
    "BaseModel",
    "ChangeCounter",
    "Employee",
    "Office",
    "Period",
    "Position",
    "Setting",
    "SyncedModel",
    "Unit",
    "User",
    "db",
    "utcnow",
]
