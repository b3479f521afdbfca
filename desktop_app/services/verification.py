"""Verification codes on printed forms (kode verifikasi): whether a paper SKP, evaluation,
Dokumen Evaluasi or IDP matches the database (design.md "Audit anchored outside the file").

A code is issued only for a frozen record (an approved SKP, a final evaluation, an agreed IDP);
a draft prints no code, its footer says "DRAF". The office signs with its Ed25519 key
`kinerja-luring/verify/1`, the form kind, the office code, the record's uid and the digest of
the record as stored (the audit digest: every column, the frozen snapshot with it). The code is
the kind letter and the local record id, then the first 10 bytes (80 bits) of the signature in
base32: `E3-L2TT-N4T5-V7XE-S3PQ`, short enough to type. Ed25519 signatures are deterministic,
so checking a code signs again with the office key and compares: the check needs this office's
database (docs/sync-format.md "Verification codes" states the trade-off).
"""

from __future__ import annotations

import base64
import contextlib
import enum
import hmac
import re
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.i18n import N_
from desktop_app.models import DevelopmentPlan, Evaluation, Office, PerformancePlan, db
from desktop_app.models.audit import row_digest
from desktop_app.scoring.nip import display_nip
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.services import audit
from desktop_app.services.session import Action, require

SKP, EVALUATION, DOCUMENT, IDP = "S", "E", "D", "I"
_MODELS = {SKP: PerformancePlan, EVALUATION: Evaluation, DOCUMENT: Evaluation, IDP: DevelopmentPlan}
_FROZEN = {SKP: "APPROVED", EVALUATION: "FINAL", DOCUMENT: "FINAL", IDP: "AGREED"}
KIND_WORDS = {
    SKP: N_("verification", "SKP"),
    EVALUATION: N_("verification", "evaluation form"),
    DOCUMENT: N_("verification", "Dokumen Evaluasi"),
    IDP: N_("verification", "IDP"),
}
SIGNATURE_BYTES = 10  # 80 bits: 16 base32 characters
_CODE = re.compile(r"^([SEDI])(\d{1,12})([A-Z2-7]{16})$")


class Outcome(enum.Enum):
    VALID = "valid"  # the record is as it was printed
    CHANGED = "changed"  # the code was issued, but the record changed since printing
    INVALID = "invalid"  # no such code was issued by this office


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    kind: str = ""  # SKP, EVALUATION, ... ("" when the code does not parse)
    record_id: int = 0
    employee: str = ""  # "Name (NIP)" of whose form it is, the NIP grouped, when found
    year: int = 0
    period: str = ""  # the form's period as printed: "2026", "Triwulan I 2026"


def _message(kind: str, office_code: str, uid: str, digest: str) -> bytes:
    return "\x1f".join(("kinerja-luring/verify/1", kind, office_code, uid, digest)).encode()


def _key() -> tuple[str, Ed25519PrivateKey] | None:
    office = Office.get_or_none(Office.is_self == True)
    if office is None or not office.signing_key:
        return None
    key = serialization.load_pem_private_key(office.signing_key.encode("ascii"), password=None)
    return (office.code, key) if isinstance(key, Ed25519PrivateKey) else None


def _stored(kind: str, record_id: int) -> tuple[str, str, str] | None:
    """(uid, status, digest) of the record as stored now."""
    table = _MODELS[kind]._meta.table_name
    cursor = db.execute_sql(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,))
    columns = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    if row is None:
        return None
    values = dict(zip(columns, row, strict=True))
    uid = str(uuid.UUID(str(values["uid"])))
    return uid, str(values["status"]), row_digest(columns, row)


def _code(kind: str, record_id: int, signature: bytes) -> str:
    text = base64.b32encode(signature[:SIGNATURE_BYTES]).decode("ascii")
    return f"{kind}{record_id}-" + "-".join(text[i : i + 4] for i in range(0, len(text), 4))


# what a code looks like, for the field that takes one: built by `_code` itself so the
# example always has the printed format (kind letter, record id, four groups of base32)
EXAMPLE_CODE = _code(EVALUATION, 3, base64.b32decode("L2TTN4T5V7XES3PQ"))


def issue(kind: str, record_id: int) -> str:
    """The code for the record as stored now; "" for a record that is not frozen (a draft)
    or a database that is not an office."""
    signer = _key()
    stored = _stored(kind, record_id)
    if signer is None or stored is None or stored[1] != _FROZEN[kind]:
        return ""
    office_code, key = signer
    uid, _status, digest = stored
    return _code(kind, record_id, key.sign(_message(kind, office_code, uid, digest)))


def normalise(code: str) -> str:
    """The code as typed (any case, spaces, dashes, a QR's text) in its compact form."""
    return re.sub(r"[\s\-:]", "", code.strip().upper()).removeprefix("KINERJA")


def check(code: str) -> Verdict:
    """Whether `code` was issued by this office for a record as it is stored now. It names
    whose form it is: whoever may read the register may check one."""
    require(Action.READ_ALL)
    match = _CODE.match(normalise(code))
    signer = _key()
    if match is None or signer is None:
        return Verdict(Outcome.INVALID)
    kind, record_id = match[1], int(match[2])
    given = base64.b32decode(match[3])
    stored = _stored(kind, record_id)
    if stored is None:
        return Verdict(Outcome.INVALID, kind, record_id)
    office_code, key = signer
    uid, status, digest = stored
    who, year, period = _whose(kind, record_id)

    def matches(candidate: str) -> bool:
        signature = key.sign(_message(kind, office_code, uid, candidate))
        return hmac.compare_digest(signature[:SIGNATURE_BYTES], given)

    if status == _FROZEN[kind] and matches(digest):
        return Verdict(Outcome.VALID, kind, record_id, who, year, period)
    earlier = db.execute_sql(
        "SELECT DISTINCT record_digest FROM audit_log WHERE entity = ? AND record_uid = ? "
        "AND record_digest != ''",
        (_MODELS[kind]._meta.table_name, uid),
    )
    table = _MODELS[kind]._meta.table_name
    kept = [d for (d,) in earlier] + audit.bulk_digests(table, record_id)  # also created at once
    if any(matches(d) for d in kept if d != digest):
        return Verdict(Outcome.CHANGED, kind, record_id, who, year, period)
    return Verdict(Outcome.INVALID, kind, record_id)


def _whose(kind: str, record_id: int) -> tuple[str, int, str]:
    """("Name (NIP)", year, period label) of whose form it is. An SKP or IDP covers its
    appraisal year ("2026"); an evaluation or Dokumen Evaluasi its period ("Triwulan I 2026",
    "Tahunan 2026"), as the form prints it."""
    periodic = kind in (EVALUATION, DOCUMENT)
    row = db.execute_sql(
        f"SELECT e.name, e.nip, p.year, {'r.period_key' if periodic else 'NULL'} "
        f'FROM "{_MODELS[kind]._meta.table_name}" r '
        "JOIN employee e ON e.id = r.employee_id JOIN period p ON p.id = r.period_id "
        "WHERE r.id = ?",
        (record_id,),
    ).fetchone()
    if not row:
        return "", 0, ""
    year = int(row[2])
    period = str(year)
    if periodic:
        # a stored key that does not parse: the year still says enough
        with contextlib.suppress(ValueError):
            period = f"{PeriodKey.parse(row[3]).label} {year}"
    return f"{row[0]} ({display_nip(str(row[1] or ''))})", year, period
