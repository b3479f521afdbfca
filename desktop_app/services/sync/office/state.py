"""What the office keeps about its sync in the settings (the central office key, the
acknowledged version, the last sequence) and the office itself."""

from __future__ import annotations

from desktop_app.i18n import N_
from desktop_app.models import Office
from desktop_app.services import settings
from desktop_app.services.sync.office.errors import error

HQ_RECIPIENT = "sync.hq_recipient"  # age1... the packages are sealed for
HQ_SIGNING = "sync.hq_signing_fingerprint"  # of the key receipts must be signed with
ACKNOWLEDGED = "sync.acknowledged"  # {"database_id": ..., "version": n}
SEQUENCE = "sync.sequence"  # the last package sequence of this office
ACKNOWLEDGED_HEAD = "sync.acknowledged_audit_head"  # {"count", "hash", "sequence"}


def self_office() -> Office:
    office = Office.get_or_none(Office.is_self == True)
    if office is None or not office.signing_key:
        raise error(
            N_(
                "sync_office",
                "This database is not an office yet: set the office code and name first "
                "('office init').",
            )
        )
    return office


def acknowledged_version() -> int:
    """The version the central office acknowledged for this database (0 after a restore,
    which makes a new database_id: the next package is then a full one)."""
    office = self_office()
    stored = settings.get(ACKNOWLEDGED) or {}
    if stored.get("database_id") != str(office.database_id):
        return 0
    return int(stored.get("version", 0))
