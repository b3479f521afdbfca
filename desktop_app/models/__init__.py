"""peewee models, one module per aggregate; `db` is bound by `models.database.open_database`."""

from desktop_app.models.base import BaseModel, SyncedModel, db, utcnow
from desktop_app.models.office import ChangeCounter, Office, Setting
from desktop_app.models.period import Period
from desktop_app.models.register import Employee, Position, Unit

ALL_MODELS = [Office, ChangeCounter, Setting, Unit, Position, Employee, Period]
SYNCED_MODELS = [Unit, Position, Employee, Period]

__all__ = [
    "ALL_MODELS",
    "SYNCED_MODELS",
    "BaseModel",
    "ChangeCounter",
    "Employee",
    "Office",
    "Period",
    "Position",
    "Setting",
    "SyncedModel",
    "Unit",
    "db",
    "utcnow",
]
