"""Office settings kept in the database (JSON values), with their defaults in one place."""

from __future__ import annotations

import json
from typing import Any

from desktop_app.models import Setting, utcnow
from desktop_app.models.database import write_transaction

DEFAULTS: dict[str, Any] = {
    "paper_size": "A4",  # A4 or F4
    "idle_lock_minutes": 15,
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
