"""Office settings kept in the database (JSON values), with their defaults in one place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.errors import FieldErrors, InputError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import Setting, utcnow
from desktop_app.models.database import write_transaction
from desktop_app.services.session import Action, require

DEFAULTS: dict[str, Any] = {
    "paper_size": "A4",  # A4 or F4
    "idle_lock_minutes": 15,  # 0 = never lock
    "backup_keep": 10,  # automatic backups kept in backups/
    "report_place": "",  # the town printed before the date in signature blocks
    "report_logo": "",  # PNG/JPEG printed in the forms' header ("" = no logo)
    # the evaluated employee reads the input of peers without who gave it unless this is true
    "peer_names_to_employee": False,
}
PAPER_SIZES = ("A4", "F4")  # F4 = 215 x 330 mm (folio)
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


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


def update_report_options(paper_size: str, place: str, logo_path: str = "") -> None:
    """How the printed forms look: paper size (A4 or F4), the town before the date in the
    signature blocks, and an optional logo (a PNG or JPEG file; "" for none)."""
    require(Action.WRITE_SETTINGS)
    errors: dict[str, ServiceError] = {}
    paper = (paper_size or "").strip().upper()
    if paper not in PAPER_SIZES:
        errors["paper_size"] = InputError(
            N_("settings", "Paper size '{value}' is not known: choose A4 or F4."),
            "settings",
            value=paper_size,
        )
    place = " ".join((place or "").split())
    if len(place) > 60:
        errors["report_place"] = InputError(
            N_("settings", "The place is too long: at most 60 characters."), "settings"
        )
    logo = (logo_path or "").strip()
    if logo and (not Path(logo).is_file() or Path(logo).suffix.lower() not in LOGO_SUFFIXES):
        errors["report_logo"] = InputError(
            N_("settings", "The logo must be an existing PNG or JPEG file: {path}"),
            "settings",
            path=logo,
        )
    if errors:
        raise FieldErrors(errors)
    with write_transaction():
        put("paper_size", paper)
        put("report_place", place)
        put("report_logo", logo)
