"""Reading a package before it is trusted: the file (bounded in size), what it says about
itself, and the registered key of its office."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.i18n import N_
from desktop_app.models import Office
from desktop_app.services.sync.central.errors import error
from desktop_app.services.sync.central.identity import require_identity
from desktop_app.sync import keys, package
from desktop_app.sync.decoding import DECODE_ERRORS
from desktop_app.sync.package import OpenedPackage, refused


@dataclass
class PackageInfo:
    """What a package says about itself, before it is trusted (for the confirmation)."""

    file_name: str
    office_code: str
    office_name: str
    fingerprint: str
    known: bool  # the office is registered with this key
    sequence: int
    since_version: int
    created_at: str
    registered: bool = False  # the office code is registered (perhaps with another key)


def read_package(path: str | Path) -> bytes:
    """The sealed bytes of a package file, refused when larger than any package can be."""
    try:
        size = Path(path).stat().st_size
        if size > package.MAX_PACKAGE_BYTES:
            raise refused(
                N_(
                    "sync",
                    "The file is larger than {limit} MB, more than any package of this program: "
                    "it is not a package, or it is damaged.",
                ),
                limit=512,
            )
        return Path(path).read_bytes()
    except OSError as exc:
        raise error(
            N_("sync_central", "The package {path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def unreadable(exc: BaseException) -> package.PackageError:
    """The refusal of a package whose reading failed in a way no check foresaw."""
    return refused(
        N_("sync", "The package could not be read ({reason}): it is damaged or forged. Refused."),
        reason=type(exc).__name__,
    )


def registered_office(code: str) -> Office | None:
    """The office registered under `code` at this central office (not the central itself)."""
    return Office.get_or_none((Office.code == code) & (Office.is_self == False))


def inspect(path: str | Path) -> PackageInfo:
    """Open a package far enough to show who says they sent it (for confirming the
    fingerprint of a new office); nothing is trusted or written."""
    central = require_identity()
    try:
        opened = package.open_package(read_package(path), central.age_identity, None)
    except DECODE_ERRORS as exc:
        raise unreadable(exc) from exc
    manifest = opened.manifest
    fp = package.manifest_fingerprint(manifest)
    known = registered_office(manifest.office.code)
    return PackageInfo(
        Path(path).name,
        manifest.office.code,
        manifest.office.name,
        fp,
        known is not None and keys.fingerprint(known.public_key) == fp,
        manifest.sequence,
        manifest.since_version,
        manifest.created_at,
        known is not None,
    )


def trusted_key(opened: OpenedPackage, trust: dict[str, str]) -> tuple[str, bool]:
    """The registered key of the package's office (registering it when `trust` confirms its
    fingerprint): (PEM, newly registered)."""
    manifest = opened.manifest
    code = manifest.office.code
    fp = package.manifest_fingerprint(manifest)
    if Office.get_or_none((Office.code == code) & (Office.is_self == True)) is not None:
        raise refused(
            N_(
                "sync",
                "The package names office {office}, which is the code of this central office "
                "itself: it is forged or made by mistake. Refused.",
            ),
            office=code,
        )
    known = registered_office(code)
    if known is not None:
        if keys.fingerprint(known.public_key) != fp:
            raise refused(
                N_(
                    "sync",
                    "Office {office} is registered with another key ({known}); this package is "
                    "signed with {found}. Refused: if the office really made a new key, the "
                    "central office must confirm it first.",
                ),
                office=code,
                known=keys.grouped(keys.fingerprint(known.public_key)),
                found=keys.grouped(fp),
            )
        return known.public_key, False
    confirmed = trust.get(code)
    if confirmed is None or keys.normalize_fingerprint(confirmed) != fp:
        raise refused(
            N_(
                "sync",
                "Office {office} is not registered. Confirm its key fingerprint {fingerprint} "
                "with the office (by phone), then import again trusting it.",
            ),
            office=code,
            fingerprint=keys.grouped(fp),
        )
    return manifest.office.public_key, True
