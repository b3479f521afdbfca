"""Sealed backups (cadangan tersegel): a backup that leaves the database's folder holds the
office signing key, the password hashes and, at the central office, the age identity that
opens every package, so it is encrypted with age to the office's backup recipient.

The backup key is made once by an administrator (at office set-up, or later for an office
that has none). Its age X25519 identity is stored only encrypted with the administrator's
passphrase (age scrypt), in the setting `backup_identity_sealed`; the recipient (public) is
`backup_recipient`. Writing a backup needs no passphrase. A sealed file carries the
passphrase-encrypted identity in its header, so a backup opens on a new computer with the
passphrase alone, after the database itself is lost.

A lost passphrase: the recovery sheet printed at set-up (printing/recovery_sheet.py) holds
the recovery key, the identity itself, to be kept in the office safe apart from the backup
sticks (as a BitLocker recovery key is); `restore` accepts it in place of the passphrase.
Without passphrase and sheet a sealed backup cannot be opened by anyone: that is the point.

File layout: `KINERJA-SEALED-BACKUP 2\\n`, the length of the sealed identity in decimal and
`\\n`, the sealed identity, then the age ciphertext of the gzip-compressed SQLite file (a
fifth to a third of its size: a backup fits a stick). Version 1 files (`... 1`, the SQLite
file uncompressed) are still restored.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import io
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyrage
from pyrage import x25519

from desktop_app.errors import InputError
from desktop_app.files import atomic_path, atomic_write
from desktop_app.i18n import N_
from desktop_app.models.database import write_transaction
from desktop_app.services import settings
from desktop_app.services.session import Action, require

MAGIC = b"KINERJA-SEALED-BACKUP 2\n"  # the body: the SQLite file gzip-compressed, then age
MAGIC_1 = b"KINERJA-SEALED-BACKUP 1\n"  # older backups: the SQLite file itself, age (read too)
CHUNK = 1 << 20
SUFFIX = ".age"
MIN_PASSPHRASE = 12
MAX_HEADER = 4096
RECOVERY_PREFIX = "AGE-SECRET-KEY-1"
RECIPIENT_KEY = "backup_recipient"
SEALED_IDENTITY_KEY = "backup_identity_sealed"
HINT_KEY = "backup_passphrase_hint"
SEAL_DAILY_KEY = "backup_seal_daily"


@dataclass(frozen=True)
class BackupKey:
    """A backup key just made: `recovery_key` is shown once, for the recovery sheet."""

    recipient: str
    fingerprint: str
    hint: str
    recovery_key: str


def fingerprint(recipient: str) -> str:
    """Short fingerprint of the backup recipient, in groups of four (printed on the sheet
    and shown by `backup_status`), so the office can tell which key a sheet belongs to."""
    digest = hashlib.sha256(recipient.encode("ascii")).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def recipient() -> str | None:
    """The office's backup recipient, None when the office has no backup key yet."""
    value = settings.get(RECIPIENT_KEY)
    return value or None


def seal_daily() -> bool:
    """Whether the daily backups beside the database are sealed too (office preference)."""
    return bool(settings.get(SEAL_DAILY_KEY)) and recipient() is not None


def set_seal_daily(on: bool) -> None:
    """The preference: seal the daily backups too (refused while there is no backup key)."""
    require(Action.WRITE_SETTINGS)
    if on and recipient() is None:
        raise InputError(N_("backup", "This office has no backup key yet."), "backup")
    settings.put(SEAL_DAILY_KEY, bool(on))


def create_backup_key(passphrase: str, hint: str = "") -> BackupKey:
    """Make the office's backup key; refused when it has one (older sealed backups would
    no longer open with the new passphrase) or the passphrase is too short."""
    require(Action.BACKUP)
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError(
            N_("backup", "The backup passphrase must have at least {count} characters."),
            "backup",
            count=MIN_PASSPHRASE,
        )
    if hint and passphrase.lower() in hint.lower():
        raise InputError(N_("backup", "The hint must not contain the passphrase itself."), "backup")
    if recipient() is not None:
        raise InputError(N_("backup", "This office already has a backup key."), "backup")
    identity = x25519.Identity.generate()
    public = str(identity.to_public())
    sealed = pyrage.passphrase.encrypt(str(identity).encode("ascii"), passphrase)
    with write_transaction():
        settings.put(SEALED_IDENTITY_KEY, base64.b64encode(sealed).decode("ascii"))
        settings.put(HINT_KEY, hint.strip())
        settings.put(RECIPIENT_KEY, public)
    return BackupKey(public, fingerprint(public), hint.strip(), str(identity))


def is_sealed(path: Path) -> bool:
    """Whether `path` is a sealed backup (by its first bytes, not its name)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(MAGIC)) in (MAGIC, MAGIC_1)
    except OSError:
        return False


def seal(plain: Path, target: Path) -> Path:
    """Write `plain` (a checked SQLite copy) sealed to `target`, atomically; no passphrase."""
    public = recipient()
    sealed_identity = settings.get(SEALED_IDENTITY_KEY)
    if public is None or not sealed_identity:
        raise InputError(N_("backup", "This office has no backup key yet."), "backup")
    blob = base64.b64decode(sealed_identity)
    packed = target.with_name(f".{target.name}.gz.part")
    try:
        with plain.open("rb") as source, gzip.open(packed, "wb", compresslevel=6) as zipped:
            shutil.copyfileobj(source, zipped, CHUNK)  # compressed first: ciphertext is not
        with atomic_path(target) as part, part.open("wb") as out, packed.open("rb") as source:
            out.write(MAGIC + str(len(blob)).encode("ascii") + b"\n" + blob)
            pyrage.encrypt_io(source, out, [x25519.Recipient.from_str(public)])  # streamed
    finally:
        packed.unlink(missing_ok=True)
    return target


def unseal(sealed: Path, secret: str, plain: Path) -> Path:
    """Decrypt the sealed backup `sealed` into `plain` with the passphrase or the recovery
    key of the sheet; InputError (nothing written) when the secret is wrong or the file is
    not a sound sealed backup. The body is streamed: a large database is not held in memory."""
    try:
        with sealed.open("rb") as source:
            compressed = source.read(len(MAGIC)) == MAGIC
            source.seek(0)
            identity = _identity(sealed, source, secret)
            packed = plain.with_name(f".{plain.name}.gz.part")
            try:
                if not compressed:  # format 1: the SQLite file itself
                    with atomic_path(plain) as part, part.open("wb") as out:
                        pyrage.decrypt_io(source, out, [identity])
                else:
                    with packed.open("wb") as out:
                        pyrage.decrypt_io(source, out, [identity])
                    with (
                        gzip.open(packed, "rb") as unzipped,
                        atomic_path(plain) as part,
                        part.open("wb") as out,
                    ):
                        shutil.copyfileobj(unzipped, out, CHUNK)
            except (pyrage.DecryptError, ValueError, EOFError, gzip.BadGzipFile) as err:
                raise _refused(sealed, "damaged or sealed to another office's key") from err
            finally:
                packed.unlink(missing_ok=True)
    except OSError as err:
        raise _refused(sealed, err.strerror or str(err)) from err
    return plain


def _identity(sealed: Path, source: BinaryIO, secret: str) -> x25519.Identity:
    """Read the header of `source` (left at the start of the body) and open the identity
    with the passphrase, or take the recovery key as it is."""
    if source.read(len(MAGIC)) not in (MAGIC, MAGIC_1):
        raise _refused(sealed, "not a sealed backup")
    length_line = source.readline(16).rstrip(b"\n")
    if not length_line.isdigit() or int(length_line) > MAX_HEADER:
        raise _refused(sealed, "damaged header")
    blob = source.read(int(length_line))
    try:
        # the sheet prints the key in blocks: typed with or without its spaces, any case
        compact = "".join(secret.split()).upper()
        if compact.startswith(RECOVERY_PREFIX):
            return x25519.Identity.from_str(compact)
        return x25519.Identity.from_str(pyrage.passphrase.decrypt(blob, secret).decode("ascii"))
    except (pyrage.DecryptError, pyrage.IdentityError, UnicodeDecodeError, ValueError) as err:
        raise InputError(
            N_(
                "backup",
                "The passphrase (or recovery key) does not open {file}. Nothing was changed.",
            ),
            "backup",
            file=sealed.name,
        ) from err


def _refused(path: Path, reason: str) -> InputError:
    return InputError(
        N_("backup", "{file} cannot be opened as a sealed backup: {problem}. Nothing was changed."),
        "backup",
        file=path.name,
        problem=reason,
    )


def hint() -> str:
    """The passphrase hint the administrator chose (may be empty)."""
    return settings.get(HINT_KEY) or ""


def write_recovery_sheet(key: BackupKey, path: Path) -> Path:
    """The recovery sheet of a backup key just made, as PDF at `path` (print it at once:
    the recovery key is shown only now)."""
    from desktop_app.printing.recovery_sheet import RecoverySheet, build_recovery_sheet
    from desktop_app.services import office
    from desktop_app.services.reports.sources import page_setup

    info = office.require_office()
    sheet = RecoverySheet(
        office_code=info.code,
        office_name=info.name,
        created=dt.datetime.now(dt.UTC),
        fingerprint=key.fingerprint,
        hint=key.hint,
        recovery_key=key.recovery_key,
    )
    pdf = io.BytesIO()
    build_recovery_sheet(pdf, sheet, page_setup())
    try:  # it holds the recovery key: readable by its owner only, until printed and deleted
        with atomic_write(path, "wb", permissions=0o600) as out:
            out.write(pdf.getvalue())
    except OSError as err:
        raise InputError(
            N_("backup", "The recovery sheet could not be written to {path}: {reason}"),
            "backup",
            path=str(path),
            reason=err.strerror or str(err),
        ) from err
    return path


def create_with_sheet(passphrase: str, hint: str, sheet: Path) -> BackupKey:
    """Make the backup key and write its recovery sheet, together or not at all: a key whose
    sheet could not be written is not kept (its recovery key would be lost)."""
    with write_transaction():
        key = create_backup_key(passphrase, hint)
        write_recovery_sheet(key, sheet)
    return key
