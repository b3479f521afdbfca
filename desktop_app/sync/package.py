"""Sealing and opening sync packages (design.md "Sync packages"; docs/sync-format.md).

A package is an age-encrypted ZIP holding `manifest.json`, `manifest.sig` (the office's raw
Ed25519 signature over the exact manifest bytes) and `data/<entity>.jsonl`. Opening checks, in
order: the age decryption (sealed for this central office, not damaged), a safe unzip (no
absolute or `..` paths, bounded entry count and sizes: no zip bomb), the manifest's shape, the
signature against the key the caller trusts, and every file's hash and row count. Nothing here
touches a database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Annotated

import msgspec
import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.scoring.office_code import is_office_code
from desktop_app.sync import decoding
from desktop_app.sync.keys import fingerprint, load_public

FORMAT = "kinerja-luring/sync"
FORMAT_VERSION = 1
SUFFIX = ".kpkg"
MAX_PACKAGE_BYTES = 512 * 1024 * 1024  # sealed file
MAX_ENTRIES = 256
MAX_ENTRY_BYTES = 1024 * 1024 * 1024  # one uncompressed file
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024  # all uncompressed files
MAX_RATIO = 200  # uncompressed / compressed, per entry (JSONL compresses 10-20x)
_DATA_FILE = re.compile(r"data/[a-z][a-z0-9_]{0,62}\.jsonl")
_NAME = re.compile(r"^(?P<office>[A-Z0-9]{2,16})_(?P<seq>\d{6})_(?P<at>\d{8}T\d{6}Z)\.kpkg$")


class PackageError(InputError):
    """A package refused: the message says why in words the user can act on (CLI exit 2)."""


def refused(msgid: str, **params: object) -> PackageError:
    return PackageError(msgid, "sync", **params)


class FileEntry(msgspec.Struct, forbid_unknown_fields=True):
    path: str
    sha256: str
    rows: int


class OfficeIdentity(msgspec.Struct, forbid_unknown_fields=True):
    code: str
    name: str
    public_key: str


class AuditHead(msgspec.Struct, forbid_unknown_fields=True):
    """The office's audit chain head when the package was written: entry count and the hash
    of the last entry (design.md "Audit anchored outside the file"). Signed with the manifest;
    the central office keeps it and returns it in the receipt."""

    count: Annotated[int, msgspec.Meta(ge=0, le=2**53)]
    hash: Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{64}$")]


class Manifest(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    format: str
    format_version: int
    schema_version: int
    codetable_version: str
    app_version: str
    office: OfficeIdentity
    database_id: str
    sequence: int
    since_version: int
    max_version: int
    created_at: str
    files: list[FileEntry]
    audit_head: AuditHead | None = None  # absent in packages of earlier programs


@dataclass
class OpenedPackage:
    """A package whose seal, signature and hashes were checked: read the data from `files`."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    sha256: str  # of the sealed file
    files: dict[str, bytes]  # data/<entity>.jsonl -> content

    def lines(self, path: str) -> Iterator[bytes]:
        for line in self.files.get(path, b"").splitlines():
            if line.strip():
                yield line


def file_name(office_code: str, sequence: int, at: dt.datetime) -> str:
    return f"{office_code}_{sequence:06d}_{at.strftime('%Y%m%dT%H%M%SZ')}{SUFFIX}"


def parse_file_name(name: str) -> tuple[str, int] | None:
    match = _NAME.match(name)
    return (match["office"], int(match["seq"])) if match else None


# --- writing ---------------------------------------------------------------------------------


def seal(
    manifest: Manifest, files: dict[str, bytes], signing_key_pem: str, recipient: str
) -> bytes:
    """The sealed package bytes. `manifest.files` must already list `files` with hashes."""
    manifest_bytes = msgspec.json.format(msgspec.json.encode(manifest), indent=2)
    key = serialization.load_pem_private_key(signing_key_pem.encode("ascii"), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the office signing key is not an Ed25519 key")
    signature = key.sign(manifest_bytes)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(_entry("manifest.json"), manifest_bytes)
        zf.writestr(_entry("manifest.sig"), signature)
        for path, content in files.items():
            zf.writestr(_entry(path), content)
    return pyrage.encrypt(buffer.getvalue(), [x25519.Recipient.from_str(recipient)])


def _entry(name: str) -> zipfile.ZipInfo:
    """A ZIP entry with a fixed date, so the same content gives the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def file_entry(path: str, content: bytes, rows: int) -> FileEntry:
    return FileEntry(path, hashlib.sha256(content).hexdigest(), rows)


# --- reading ---------------------------------------------------------------------------------


def unseal(sealed: bytes, identity: str) -> bytes:
    """The ZIP inside; refuses a package for another central office, or a damaged one."""
    if len(sealed) > MAX_PACKAGE_BYTES:
        raise refused(
            N_(
                "sync",
                "The file is larger than {limit} MB, more than any package of this program: "
                "it is not a package, or it is damaged.",
            ),
            limit=512,
        )
    try:
        return pyrage.decrypt(sealed, [x25519.Identity.from_str(identity)])
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            raise refused(
                N_(
                    "sync",
                    "The package was sealed for another central office: this central office's "
                    "key cannot open it. Ask the office to set the right central office key and "
                    "export again.",
                )
            ) from exc
        raise refused(
            N_(
                "sync",
                "The package is damaged (changed or cut short) and cannot be opened. Ask the "
                "office to export it again.",
            )
        ) from exc


def _safe_path(name: str) -> str:
    path = PurePosixPath(name)
    if (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or re.match(r"^[A-Za-z]:", name)
        or any(part in ("..", ".", "") for part in path.parts)
    ):
        raise refused(
            N_("sync", "The package holds a file with an unsafe name ({name}): refused."),
            name=name[:80],
        )
    return name


def unzip(data: bytes) -> dict[str, bytes]:
    """Every entry, with the paths and sizes checked before and while reading."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except _ZIP_ERRORS as exc:
        raise refused(N_("sync", "The package content is not a valid ZIP file.")) from exc
    if len(infos) > MAX_ENTRIES:
        raise refused(
            N_("sync", "The package holds {count} files, more than {limit}: refused."),
            count=len(infos),
            limit=MAX_ENTRIES,
        )
    out: dict[str, bytes] = {}
    total = 0
    for info in infos:
        name = _safe_path(info.filename)
        if name in out:
            raise refused(N_("sync", "The package holds {name} twice: refused."), name=name)
        limit = min(MAX_ENTRY_BYTES, max(info.compress_size, 1) * MAX_RATIO + 65536)
        if info.file_size > limit or total + info.file_size > MAX_TOTAL_BYTES:
            raise refused(_BOMB)
        try:
            with archive.open(info) as handle:
                content = handle.read(limit + 1)  # the header may lie: read no further
        except _ZIP_ERRORS as exc:  # a flipped bit: zlib.error, a bad CRC
            raise refused(N_("sync", "The package content is not a valid ZIP file.")) from exc
        if len(content) > limit:
            raise refused(_BOMB)
        total += len(content)
        out[name] = content
    return out


# What zipfile and zlib raise on a damaged or hostile archive (an unknown compression method,
# an encrypted entry, a flipped bit in the deflate stream).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    *decoding.DECODE_ERRORS,
)
_BOMB = N_("sync", "The package unpacks to far more data than it holds (a zip bomb): refused.")


def read_manifest(files: dict[str, bytes]) -> tuple[Manifest, bytes]:
    raw = files.get("manifest.json")
    if raw is None or "manifest.sig" not in files:
        raise refused(N_("sync", "The package has no signed manifest: it is not a package."))
    manifest, reason = decoding.decode(raw, Manifest)
    if manifest is None:
        raise refused(N_("sync", "The package manifest is not valid: {reason}"), reason=reason)
    if manifest.format != FORMAT:
        raise refused(N_("sync", "This file is not a Kinerja Luring sync package."))
    if manifest.format_version != FORMAT_VERSION:
        raise refused(
            N_(
                "sync",
                "The package has format version {found}; this program reads version {known}. "
                "Update the program.",
            ),
            found=manifest.format_version,
            known=FORMAT_VERSION,
        )
    check_manifest(manifest)
    return manifest, raw


def check_manifest(manifest: Manifest) -> None:
    """The values of a manifest within the program's bounds: every number within 64 bits and
    every text short and free of NUL bytes (generically, whatever the fields), a valid office
    code (the rule of `office init`: it names receipts and records), a UUID database id, a
    sequence and versions in range, data files named data/<entity>.jsonl."""
    problem = decoding.outside_limits(manifest)
    if problem is None and not is_office_code(manifest.office.code):
        problem = f"office.code {manifest.office.code[:40]!r} is not a valid office code"
    if problem is None:
        problem = _range_problem(manifest)
    if problem is None:
        try:
            uuid.UUID(manifest.database_id)
        except ValueError:
            problem = f"database_id {manifest.database_id[:40]!r} is not a UUID"
    if problem is None:
        for entry in manifest.files:
            if not _DATA_FILE.fullmatch(entry.path) or entry.rows < 0:
                problem = f"files: {entry.path[:60]!r} is not a data file of this format"
                break
    if problem is not None:
        raise refused(N_("sync", "The package manifest is not valid: {reason}"), reason=problem)


def _range_problem(m: Manifest) -> str | None:
    if not 1 <= m.sequence <= decoding.MAX_SEQUENCE:
        return f"sequence {m.sequence} is not between 1 and {decoding.MAX_SEQUENCE}"
    if not 0 <= m.since_version <= m.max_version <= decoding.MAX_VERSION:
        return (
            f"since_version {m.since_version} and max_version {m.max_version} are not "
            f"0 <= since_version <= max_version <= {decoding.MAX_VERSION}"
        )
    if not 0 <= m.schema_version <= decoding.MAX_SEQUENCE:
        return f"schema_version {m.schema_version} is out of range"
    return None


def verify_signature(manifest: Manifest, manifest_bytes: bytes, signature: bytes, pem: str) -> None:
    """The manifest is signed by the holder of `pem` (the office's registered key)."""
    try:
        load_public(pem).verify(signature, manifest_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise refused(
            N_(
                "sync",
                "The signature of the package does not match the key of office {office}: the "
                "package was changed or forged. Refused.",
            ),
            office=manifest.office.code,
        ) from exc


def verify_files(manifest: Manifest, files: dict[str, bytes]) -> None:
    listed = {f.path for f in manifest.files}
    extra = set(files) - listed - {"manifest.json", "manifest.sig"}
    if extra:
        raise refused(
            N_("sync", "The package holds files its manifest does not list: {names}."),
            names=", ".join(sorted(extra))[:200],
        )
    for entry in manifest.files:
        content = files.get(_safe_path(entry.path))
        if content is None:
            raise refused(
                N_("sync", "The package lacks the file {name} its manifest lists."),
                name=entry.path,
            )
        if hashlib.sha256(content).hexdigest() != entry.sha256:
            raise refused(
                N_("sync", "The file {name} does not match its hash in the manifest: refused."),
                name=entry.path,
            )
        rows = sum(1 for line in content.splitlines() if line.strip())
        if rows != entry.rows:
            raise refused(
                N_(
                    "sync",
                    "The file {name} holds {found} records, its manifest says {listed}: refused.",
                ),
                name=entry.path,
                found=rows,
                listed=entry.rows,
            )


def open_package(sealed: bytes, identity: str, trusted_pem: str | None) -> OpenedPackage:
    """Decrypt, unzip and check a package. With `trusted_pem` None only the seal, the shape
    and the self-consistency are checked (the caller then decides whether to trust the key
    in the manifest, and must call `verify_signature`)."""
    files = unzip(unseal(sealed, identity))
    manifest, raw = read_manifest(files)
    if trusted_pem is not None:
        verify_signature(manifest, raw, files["manifest.sig"], trusted_pem)
    verify_files(manifest, files)
    data = {k: v for k, v in files.items() if k not in ("manifest.json", "manifest.sig")}
    signature = files["manifest.sig"]
    return OpenedPackage(manifest, raw, signature, hashlib.sha256(sealed).hexdigest(), data)


def manifest_fingerprint(manifest: Manifest) -> str:
    try:
        return fingerprint(manifest.office.public_key)
    except ValueError as exc:
        raise refused(
            N_("sync", "The office key in the package manifest is not an Ed25519 key.")
        ) from exc
