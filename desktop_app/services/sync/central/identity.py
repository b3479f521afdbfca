"""Who the central office is: its age identity (packages are sealed for it), its Ed25519
key (receipts are signed with it), the key file for the offices, and the identity's
safekeeping."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pyrage import x25519

from desktop_app.files import atomic_write
from desktop_app.i18n import N_
from desktop_app.models import CentralIdentity, utcnow
from desktop_app.models.database import refresh_office_cache, write_transaction
from desktop_app.services import office as office_service
from desktop_app.services import settings
from desktop_app.services.session import Action, require
from desktop_app.services.sync.central.errors import error
from desktop_app.sync import keys

CENTRAL_CODE = "PUSAT"
IDENTITY_EXPORTED = "sync.identity_exported_at"  # naive UTC ISO text of the last export


def identity() -> CentralIdentity | None:
    return CentralIdentity.get_or_none()


def is_central() -> bool:
    return identity() is not None


def require_identity() -> CentralIdentity:
    found = identity()
    if found is None:
        raise error(
            N_(
                "sync_central",
                "This database is not a central office: run 'hq init --name NAME' on a new "
                "database first.",
            )
        )
    return found


def hq_init(name: str) -> CentralIdentity:
    """Make this (new) database a central office: an age identity packages are sealed for
    and an Ed25519 key receipts are signed with. Losing this database without the exported
    identity makes every package sealed for it unreadable."""
    require(Action.WRITE_SETTINGS)
    name = name.strip()
    if not name:
        raise error(N_("sync_central", "Give the name of the central office."))
    with write_transaction():
        if identity() is not None:
            raise error(N_("sync_central", "This database is a central office already."))
        own = office_service.current_office()
        if own is not None and own.code != CENTRAL_CODE:
            raise error(
                N_(
                    "sync_central",
                    "This database belongs to office {code}: the central office needs a "
                    "database of its own.",
                ),
                code=own.code,
            )
        if own is None:
            office_service.init_office(CENTRAL_CODE, name)
        age = x25519.Identity.generate()
        private_pem, public_pem = keys.new_signing_key()
        central = CentralIdentity.create(
            name=name,
            age_identity=str(age),
            age_recipient=str(age.to_public()),
            signing_key=private_pem,
            public_key=public_pem,
        )
    refresh_office_cache()
    return central


def hq_key() -> tuple[str, str]:
    """(age public key the offices seal for, fingerprint of the receipt signing key)."""
    central = require_identity()
    return central.age_recipient, keys.fingerprint(central.public_key)


def export_identity(path: str | Path) -> Path:
    """Write the age identity in the standard identity file format (`age -d -i FILE` opens
    packages with it). Keep it offline: whoever holds it reads every package."""
    require(Action.BACKUP)
    central = require_identity()
    target = Path(path)
    text = (
        f"# Kinerja Luring central office: {central.name}\n"
        f"# created: {central.created_at.isoformat(timespec='seconds')}Z\n"
        f"# public key: {central.age_recipient}\n"
        f"{central.age_identity}\n"
    )
    try:
        with atomic_write(target, "w", encoding="ascii", permissions=0o600) as handle:
            handle.write(text)
    except OSError as exc:
        raise error(
            N_("sync_central", "The identity could not be written to {path}: {reason}"),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    settings.put(IDENTITY_EXPORTED, utcnow().replace(microsecond=0).isoformat())
    return target


def write_key_file(path: str | Path) -> Path:
    """The central office key for the offices, as a small text file to put on the stick:
    the age key they seal packages for and the fingerprint of the key receipts are signed
    with (the office reads both with 'Read from a file')."""
    require(Action.SYNC)
    central = require_identity()
    recipient, fp = hq_key()
    text = (
        f"# Kinerja Luring: key of the central office {central.name}\n"
        f"{recipient}\n"
        f"# receipt signing key fingerprint:\n"
        f"{keys.grouped(fp)}\n"
    )
    target = Path(path)
    try:
        with atomic_write(target, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise error(
            N_("sync_central", "The key file could not be written to {path}: {reason}"),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    return target


def identity_exported_at() -> dt.datetime | None:
    """When the central identity was last exported for safekeeping (None: never)."""
    value = settings.get(IDENTITY_EXPORTED)
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
