"""The folders the sync screens remember between sessions: at an office the stick and the
receipts, at the central office the packages, the receipts and the identity."""

from __future__ import annotations

from PySide6.QtCore import QSettings

STICK_KEY = "Sync/stickFolder"
RECEIPT_KEY = "Sync/receiptFolder"
PACKAGES_KEY = "Sync/packagesFolder"
RECEIPTS_KEY = "Sync/receiptsFolder"
IDENTITY_KEY = "Sync/identityFolder"


def remembered(key: str) -> str:
    """The folder last used for `key` ("" when none)."""
    value = QSettings().value(key, "")
    return value if isinstance(value, str) else ""


def remember(key: str, folder: str) -> None:
    QSettings().setValue(key, folder)
