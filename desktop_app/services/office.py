"""The office identity: `office init`, `office key`, and the office shown in the title bar."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import InputError, NoOfficeYetError
from desktop_app.i18n import N_
from desktop_app.models import Office
from desktop_app.models.database import refresh_office_cache, write_transaction
from desktop_app.scoring.office_code import is_office_code
from desktop_app.services.session import Action, require
from desktop_app.sync import keys


@dataclass(frozen=True)
class OfficeInfo:
    code: str
    name: str
    database_id: str
    public_key: str
    fingerprint: str

    @property
    def fingerprint_grouped(self) -> str:
        return keys.grouped(self.fingerprint)


def _info(office: Office) -> OfficeInfo:
    return OfficeInfo(
        office.code,
        office.name,
        str(office.database_id),
        office.public_key or "",
        keys.fingerprint(office.public_key) if office.public_key else "",
    )


def validate_code(code: str) -> str:
    code = code.strip().upper()
    if not is_office_code(code):
        raise InputError(
            N_(
                "services",
                "Office code '{code}' is not valid: use 2 to 16 letters, digits, "
                "'-' or '_', starting with a letter or digit.",
            ),
            code=code,
        )
    return code


def current_office() -> OfficeInfo | None:
    office = Office.get_or_none(Office.is_self == True)
    return _info(office) if office else None


def require_office() -> OfficeInfo:
    info = current_office()
    if info is None:
        raise NoOfficeYetError()
    return info


def init_office(code: str, name: str) -> OfficeInfo:
    """Make this database an office: its code, name and a new Ed25519 signing key.

    Refused when the database already is an office (the code is stamped on every record).
    """
    code = validate_code(code)
    name = name.strip()
    if not name:
        raise InputError(N_("services", "The office name is empty: type the office's name."))
    with write_transaction():
        existing = Office.get_or_none(Office.is_self == True)
        if existing is not None:
            raise InputError(
                N_("services", "This database already is office {code} ({name})."),
                code=existing.code,
                name=existing.name,
            )
        private_pem, public_pem = keys.new_signing_key()
        office = Office.create(
            code=code, name=name, is_self=True, signing_key=private_pem, public_key=public_pem
        )
    refresh_office_cache()
    return _info(office)


def rename_office(name: str) -> OfficeInfo:
    """The office name may change (the code may not: it is stamped on every record)."""
    require(Action.WRITE_SETTINGS)
    name = name.strip()
    if not name:
        raise InputError(N_("services", "The office name is empty: type the office's name."))
    with write_transaction():
        office = Office.get_or_none(Office.is_self == True)
        if office is None:
            raise NoOfficeYetError()
        office.name = name
        office.save()
    return _info(office)


@dataclass(frozen=True)
class BackupKeyRequest:
    """The backup key asked for at set-up: passphrase, its hint, where the sheet goes."""

    passphrase: str
    hint: str
    sheet: Path


def setup_first_start(
    code: str,
    name: str,
    username: str,
    password: str,
    full_name: str = "",
    backup_key: BackupKeyRequest | None = None,
) -> OfficeInfo:
    """First start: the office (unless `office init` made it already), its first
    administrator and, when asked, the backup key with its recovery sheet
    (services.backup_seal), written together or not at all, so a failed step leaves no
    office without anyone who can sign in."""
    from desktop_app.services import auth, backup_seal

    try:
        with write_transaction():
            if current_office() is None:
                init_office(code, name)
            auth.create_user(username, password, "admin", None, full_name)
            if backup_key is not None:
                backup_seal.create_with_sheet(
                    backup_key.passphrase, backup_key.hint, backup_key.sheet
                )
    finally:
        refresh_office_cache()
    return require_office()
