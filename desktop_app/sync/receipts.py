"""The central office's receipt for one package (design.md "Receipt back to the office").

`<OFFICE>_<SEQ 6 digits>.receipt` is a ZIP with `receipt.json` and `receipt.sig`, the raw
Ed25519 signature of the central office over the exact bytes of `receipt.json`. It names the
package it answers (sequence and sha256 of the sealed file), the version the central office now
holds for that office database, and the records it quarantined with the reasons. It is not
encrypted: it holds uids and reasons, no personal data.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

import msgspec
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.i18n import N_
from desktop_app.scoring.office_code import is_office_code
from desktop_app.sync.decoding import (
    DECODE_ERRORS,
    MAX_SEQUENCE,
    MAX_VERSION,
    decode,
    outside_limits,
)
from desktop_app.sync.keys import fingerprint, grouped, load_public
from desktop_app.sync.package import AuditHead, refused

FORMAT = "kinerja-luring/receipt"
FORMAT_VERSION = 1
SUFFIX = ".receipt"
MAX_BYTES = 64 * 1024 * 1024


class QuarantinedRecord(msgspec.Struct, forbid_unknown_fields=True):
    entity: str
    uid: str
    version: int
    reason: str


class Central(msgspec.Struct, forbid_unknown_fields=True):
    name: str
    public_key: str  # Ed25519 PEM the receipt is signed with
    age_recipient: str


class ReceiptBody(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    format: str
    format_version: int
    central: Central
    office_code: str
    database_id: str
    sequence: int
    package_sha256: str
    acknowledged_version: int
    imported_at: str
    duplicate: bool
    summary: dict[str, dict[str, int]]
    quarantined: list[QuarantinedRecord]
    audit_head: AuditHead | None = None  # the package's audit chain head, acknowledged


@dataclass
class OpenedReceipt:
    body: ReceiptBody
    body_json: str
    signer_fingerprint: str


def file_name(office_code: str, sequence: int) -> str:
    return f"{office_code}_{sequence:06d}{SUFFIX}"


def write(body: ReceiptBody, signing_key_pem: str) -> bytes:
    raw = msgspec.json.format(msgspec.json.encode(body), indent=2)
    key = serialization.load_pem_private_key(signing_key_pem.encode("ascii"), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the central signing key is not an Ed25519 key")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in (("receipt.json", raw), ("receipt.sig", key.sign(raw))):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, content)
    return buffer.getvalue()


def receipt_problem(body: ReceiptBody) -> str | None:
    """What is out of bounds in a decoded receipt (None: nothing): any number beyond 64 bits
    or text too long or holding NUL (generically, whatever the fields), an office code the
    rule of `office init` refuses, a sequence or acknowledged version out of range."""
    problem = outside_limits(body)
    if problem is not None:
        return problem
    if not is_office_code(body.office_code):
        return f"office_code {body.office_code[:40]!r} is not a valid office code"
    if not 1 <= body.sequence <= MAX_SEQUENCE:
        return f"sequence {body.sequence} is not between 1 and {MAX_SEQUENCE}"
    if not 0 <= body.acknowledged_version <= MAX_VERSION:
        return f"acknowledged_version {body.acknowledged_version} is out of range"
    return None


def open_receipt(data: bytes, pinned_fingerprint: str | None) -> OpenedReceipt:
    """Check a receipt's shape and signature; with `pinned_fingerprint` the signer must be the
    central office whose key fingerprint it is."""
    bad = N_("sync", "This file is not a valid receipt of a central office (or it is damaged).")
    damaged = N_(
        "sync",
        "The receipt is damaged (changed or cut short) and cannot be read. Ask the central "
        "office to write it again (import the same package once more there).",
    )
    invalid = N_("sync", "The receipt is not valid: {reason}")
    if len(data) > MAX_BYTES:
        raise refused(bad)
    errors = (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, *DECODE_ERRORS)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except errors as exc:
        raise refused(bad) from exc  # not a ZIP at all
    with zf:
        if sorted(zf.namelist()) != ["receipt.json", "receipt.sig"]:
            raise refused(bad)
        if any(i.file_size > MAX_BYTES for i in zf.infolist()):
            raise refused(bad)
        try:
            raw = zf.read("receipt.json")
            signature = zf.read("receipt.sig")
        except errors as exc:
            raise refused(damaged) from exc  # a flipped bit: zlib.error or a bad CRC
    body, reason = decode(raw, ReceiptBody)
    if body is None:
        raise refused(invalid, reason=reason)
    if body.format != FORMAT or body.format_version != FORMAT_VERSION:
        raise refused(bad)
    problem = receipt_problem(body)
    if problem is not None:
        raise refused(invalid, reason=problem)
    try:
        load_public(body.central.public_key).verify(signature, raw)
        signer = fingerprint(body.central.public_key)
    except (InvalidSignature, ValueError) as exc:
        raise refused(
            N_("sync", "The receipt's signature does not match: it was changed or forged.")
        ) from exc
    if pinned_fingerprint is not None and signer != pinned_fingerprint:
        raise refused(
            N_(
                "sync",
                "The receipt is signed by a central office with key {found}, not the one this "
                "office knows ({known}): refused.",
            ),
            found=grouped(signer),
            known=grouped(pinned_fingerprint),
        )
    return OpenedReceipt(body, raw.decode("utf-8"), signer)
