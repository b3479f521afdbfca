"""The return package, central office -> office (design.md "Return packages",
docs/return_packages.md).

`<OFFICE>_R<SEQ 6 digits>_<UTC yyyymmddTHHMMSSZ>.kret` is an age-encrypted ZIP sealed for
the office's own Ed25519 key (as an `ssh-ed25519` age recipient: the standard `age` tool
opens it with the office key in OpenSSH form), holding `return.json` and `return.sig`, the
raw Ed25519 signature of the central office over the exact bytes of `return.json`. Opening
checks, in order: size, the age decryption (sealed for this office, not damaged), a safe
unzip (exactly the two entries, bounded sizes), the body's shape and bounds, and the
signature against the central office key the office pinned. Nothing here touches a
database.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass

import msgspec
import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.i18n import N_
from desktop_app.scoring.office_code import is_office_code
from desktop_app.sync.decoding import DECODE_ERRORS, MAX_SEQUENCE, decode, outside_limits
from desktop_app.sync.keys import fingerprint, grouped, load_public
from desktop_app.sync.package import refused

FORMAT = "kinerja-luring/return"
FORMAT_VERSION = 1
SUFFIX = ".kret"
MAX_BYTES = 64 * 1024 * 1024  # sealed file and each entry
MAX_ITEMS = 200_000
KINDS = ("org_predikat", "pns_id", "name", "grade", "merge")
_NAME = re.compile(r"^(?P<office>[A-Z0-9]{2,16})_R(?P<seq>\d{6})_(?P<at>\d{8}T\d{6}Z)\.kret$")
_UID = re.compile(r"^[0-9a-f]{32}$|^[0-9a-f-]{36}$")


class Central(msgspec.Struct, forbid_unknown_fields=True):
    name: str
    public_key: str  # Ed25519 PEM the return package is signed with


class Item(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """One decision of the central office for a record of the office."""

    uid: str  # of the decision: the office keeps each once
    kind: str  # one of KINDS
    target_uid: str  # the unit (org_predikat) or the employee
    value: str
    period_key: str = ""  # org_predikat only
    note: str = ""


class ReturnBody(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    format: str
    format_version: int
    central: Central
    office_code: str
    sequence: int
    created_at: str
    codetable_version: str
    items: list[Item]
    receipt: str = ""  # the last receipt for the office (base64 of the .receipt file), or ""


@dataclass
class OpenedReturn:
    body: ReturnBody
    body_json: bytes
    receipt: bytes  # the embedded receipt file, b"" when none
    signer_fingerprint: str


def file_name(office_code: str, sequence: int, at: dt.datetime) -> str:
    return f"{office_code}_R{sequence:06d}_{at:%Y%m%dT%H%M%SZ}{SUFFIX}"


def parse_file_name(name: str) -> tuple[str, int] | None:
    match = _NAME.match(name)
    return (match["office"], int(match["seq"])) if match else None


def office_recipient(public_pem: str) -> str:
    """The office's Ed25519 public key as the `ssh-ed25519` age recipient it is sealed for."""
    key = load_public(public_pem)
    return key.public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    ).decode("ascii")


def _identity(private_pem: str) -> pyrage.ssh.Identity:
    key = serialization.load_pem_private_key(private_pem.encode("ascii"), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the office signing key is not an Ed25519 key")
    raw = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption(),
    )
    return pyrage.ssh.Identity.from_buffer(raw)


def write(body: ReturnBody, signing_key_pem: str, office_public_pem: str) -> bytes:
    """The sealed return package: signed by the central office, sealed for the office."""
    raw = msgspec.json.format(msgspec.json.encode(body), indent=2)
    key = serialization.load_pem_private_key(signing_key_pem.encode("ascii"), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the central signing key is not an Ed25519 key")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in (("return.json", raw), ("return.sig", key.sign(raw))):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, content)
    recipient = pyrage.ssh.Recipient.from_str(office_recipient(office_public_pem))
    return pyrage.encrypt(buffer.getvalue(), [recipient])


def body_problem(body: ReturnBody) -> str | None:
    """What is out of bounds in a decoded body (None: nothing)."""
    problem = outside_limits(msgspec.structs.replace(body, receipt=""))
    if problem is not None:
        return problem
    if len(body.receipt) > MAX_BYTES:
        return "the receipt it carries is too large"
    if not is_office_code(body.office_code):
        return f"office_code {body.office_code[:40]!r} is not a valid office code"
    if not 1 <= body.sequence <= MAX_SEQUENCE:
        return f"sequence {body.sequence} is not between 1 and {MAX_SEQUENCE}"
    if len(body.items) > MAX_ITEMS:
        return f"{len(body.items)} items is more than {MAX_ITEMS}"
    for item in body.items:
        if item.kind not in KINDS:
            return f"item kind {item.kind[:20]!r} is not known"
        if not _UID.match(item.uid) or not _UID.match(item.target_uid):
            return f"item uid {item.uid[:40]!r} is not a uid"
    return None


def open_return(sealed: bytes, office_signing_pem: str, pinned_fingerprint: str) -> OpenedReturn:
    """Check a sealed return package: sealed for this office, shape, bounds and the central
    office's signature (the signer must be the central office this office pinned)."""
    bad = N_("sync", "This file is not a return package of the central office (or it is damaged).")
    damaged = N_(
        "sync",
        "The return package is damaged (changed or cut short) and cannot be read. Ask the "
        "central office to write it again.",
    )
    if len(sealed) > MAX_BYTES:
        raise refused(bad)
    try:
        data = pyrage.decrypt(sealed, [_identity(office_signing_pem)])
    except (pyrage.DecryptError, ValueError, TypeError) as exc:
        raise refused(
            N_(
                "sync",
                "The return package cannot be opened: it was not sealed for this office, or it "
                "is damaged (changed or cut short).",
            )
        ) from exc
    errors = (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, *DECODE_ERRORS)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except errors as exc:
        raise refused(bad) from exc
    with zf:
        if sorted(zf.namelist()) != ["return.json", "return.sig"]:
            raise refused(bad)
        if any(i.file_size > MAX_BYTES for i in zf.infolist()):
            raise refused(bad)
        try:
            raw = zf.read("return.json")
            signature = zf.read("return.sig")
        except errors as exc:
            raise refused(damaged) from exc
    body, reason = decode(raw, ReturnBody)
    if body is None:
        raise refused(N_("sync", "The return package is not valid: {reason}"), reason=reason)
    if body.format != FORMAT or body.format_version != FORMAT_VERSION:
        raise refused(bad)
    problem = body_problem(body)
    if problem is not None:
        raise refused(N_("sync", "The return package is not valid: {reason}"), reason=problem)
    try:
        public: Ed25519PublicKey = load_public(body.central.public_key)
        public.verify(signature, raw)
        signer = fingerprint(body.central.public_key)
    except (InvalidSignature, ValueError) as exc:
        raise refused(
            N_("sync", "The return package's signature does not match: it was changed or forged.")
        ) from exc
    if signer != pinned_fingerprint:
        raise refused(
            N_(
                "sync",
                "The return package is signed by a central office with key {found}, not the one "
                "this office knows ({known}): refused.",
            ),
            found=grouped(signer),
            known=grouped(pinned_fingerprint),
        )
    try:
        receipt = base64.b64decode(body.receipt, validate=True) if body.receipt else b""
    except ValueError as exc:
        raise refused(
            N_("sync", "The return package is not valid: {reason}"), reason=str(exc)
        ) from exc
    return OpenedReturn(body, raw, receipt, signer)
