"""Office settings kept in the database (JSON values), with their defaults in one place."""

from __future__ import annotations

import json
from typing import Any

from desktop_app.i18n import N_
from desktop_app.models import Setting, utcnow
from desktop_app.models.database import write_transaction
from desktop_app.services.errors import FieldErrors, InputError, ServiceError
from desktop_app.services.session import Action, require

DEFAULTS: dict[str, Any] = {
    "paper_size": "A4",  # A4 or F4
    "idle_lock_minutes": 15,  # 0 = never lock
    "backup_keep": 10,  # automatic backups kept in backups/
    "report_place": "",  # the town printed before the date in signature blocks
}


def get(key: str) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def put(key: str, value: Any) -> None:
    text = json.dumps(value)
    with write_transaction():
        row = Setting.get_or_none(Setting.key == key) or Setting(key=key)
        row.value = text
        row.updated_at = utcnow()
        row.save()


def update_preferences(idle_lock_minutes: int, backup_keep: int) -> None:
    """The office preferences an administrator sets (idle lock, backups kept)."""
    require(Action.WRITE_SETTINGS)
    errors: dict[str, ServiceError] = {}
    if not 0 <= idle_lock_minutes <= 480:
        errors["idle_lock_minutes"] = InputError(
            N_("settings", "The idle lock must be between 0 (never) and 480 minutes."), "settings"
        )
    if not 1 <= backup_keep <= 365:
        errors["backup_keep"] = InputError(
            N_("settings", "Keep between 1 and 365 automatic backups."), "settings"
        )
    if errors:
        raise FieldErrors(errors)
    with write_transaction():
        put("idle_lock_minutes", idle_lock_minutes)
        put("backup_keep", backup_keep)
