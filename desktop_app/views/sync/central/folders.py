"""The folders the Impor tab remembers between sessions (packages, receipts, identity)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

PACKAGES_KEY = "Sync/packagesFolder"
RECEIPTS_KEY = "Sync/receiptsFolder"
IDENTITY_KEY = "Sync/identityFolder"


def remembered(key: str) -> str:
    """The folder last used for `key` ("" when none)."""
    value = QSettings().value(key, "")
    return value if isinstance(value, str) else ""
