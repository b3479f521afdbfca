"""Attacks on the office's receipt import (issue 17 point 4): a receipt is a signed ZIP that
anyone may forge or damage. The office trusts only the central signing key whose fingerprint
it was given with the central office key (`office set-hq-key` requires it), never acknowledges
more than the package carried, and refuses every damaged, forged or out-of-range receipt with
a clear message, the database byte-identical (sha256 of the file)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import Qt

from desktop_app import cli
from desktop_app.errors import InputError
from desktop_app.models import CentralIdentity, OutboxPackage, db
from desktop_app.services import settings
from desktop_app.services.sync import office as sync_office
from desktop_app.services.sync.office.state import HQ_SIGNING
from desktop_app.sync.keys import new_signing_key
from desktop_app.views.sync.hq_key_dialog import HqKeyDialog
from tests.sync.conftest import dump, sites, using  # noqa: F401  (the sites fixture)


def db_digest(path: Path) -> str:
    """sha256 of the database file with the WAL checkpointed into it (the database open)."""
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def answered(sites) -> Path:  # noqa: F811
    """The real receipt of the office's first package."""
    receipt = sites.import_(sites.export()).receipt
    assert receipt is not None
    return receipt


def _central_key(site) -> str:
    with using(site.central):
        return CentralIdentity.get().signing_key


def forge_receipt(
    real: Path, target: Path, signing_key_pem: str, change=None, raw_change=None
) -> Path:
    """`real` with its body changed by `change` (a dict) or `raw_change` (the bytes), signed
    with `signing_key_pem` and named in its body as the signer."""
    with zipfile.ZipFile(real) as zf:
        body = json.loads(zf.read("receipt.json"))
    key = serialization.load_pem_private_key(signing_key_pem.encode(), password=None)
    body["central"]["public_key"] = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    if change is not None:
        change(body)
    raw = json.dumps(body).encode()
    if raw_change is not None:
        raw = raw_change(raw)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("receipt.json", raw)
        zf.writestr("receipt.sig", key.sign(raw))
    target.write_bytes(buffer.getvalue())
    return target


def _refused(site, path: Path, match: str) -> None:
    with using(site.office):
        before = db_digest(site.office)
        with pytest.raises(InputError, match=match):
            sync_office.import_receipt(path)
        assert db_digest(site.office) == before


def test_set_hq_key_requires_the_central_signing_fingerprint(sites, tmp_path, capsys):  # noqa: F811
    before = dump(sites.office)
    code = cli.run(["office", "set-hq-key", sites.recipient, "--db", str(sites.office)])
    assert code == 2 and "fingerprint" in capsys.readouterr().err
    assert dump(sites.office) == before
    # what 'hq key' prints at the central office holds both keys: that is enough
    assert cli.run(["hq", "key", "--db", str(sites.central)]) == 0
    printed = tmp_path / "hq-key.txt"
    printed.write_text(capsys.readouterr().out)
    assert cli.run(["office", "set-hq-key", str(printed), "--db", str(sites.office)]) == 0
    with using(sites.office):
        assert sync_office.hq_key() == (sites.recipient, sites.hq_fingerprint)


@pytest.mark.gui
def test_the_key_dialog_refuses_a_key_without_the_fingerprint(qtbot, sites):  # noqa: F811
    with using(sites.office):
        dialog = HqKeyDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.key.setFocus()
        qtbot.keyClicks(dialog.key, sites.recipient)
        dialog.fingerprint.clear()
        qtbot.keyClick(dialog.fingerprint, Qt.Key.Key_Return)
        assert "fingerprint" in dialog.error.text()
        assert dialog.result() != dialog.DialogCode.Accepted


def test_a_forged_first_receipt_is_not_trusted(sites, answered, tmp_path):  # noqa: F811
    """An office that set the central key before the fingerprint was required."""
    with using(sites.office):
        settings.put(HQ_SIGNING, None)
    attacker = new_signing_key()[0]

    def change(body: dict) -> None:
        body["acknowledged_version"] = 10**9

    forged = forge_receipt(answered, tmp_path / "forged.receipt", attacker, change)
    _refused(sites, forged, "fingerprint")
    with using(sites.office):
        assert settings.get(HQ_SIGNING) is None
        assert sync_office.acknowledged_version() == 0


@pytest.mark.parametrize(
    ("version", "match"),
    [(10**9, "carried"), ("max+1", "carried"), (2**70, "out of range"), (-1, "out of range")],
)
def test_an_acknowledged_version_beyond_the_package_is_refused(
    sites,  # noqa: F811
    answered,
    tmp_path,
    version,
    match,
):
    with using(sites.office):
        carried = OutboxPackage.get().max_version

    def change(body: dict) -> None:
        body["acknowledged_version"] = carried + 1 if version == "max+1" else version

    forged = forge_receipt(answered, tmp_path / "ack.receipt", _central_key(sites), change)
    _refused(sites, forged, match)
    with using(sites.office):
        assert sync_office.acknowledged_version() == 0
        sync_office.import_receipt(answered)  # the real one still applies
        assert sync_office.acknowledged_version() == carried


HOSTILE_BODIES = {
    "an office code that is a path": (lambda b: b.update(office_code="../x"), None),
    "a sequence above 64 bits": (lambda b: b.update(sequence=2**70), None),
    "invalid UTF-8": (None, lambda raw: raw.replace(b'"office_code": "', b'"office_code": "\xff')),
    "nested 200,000 deep": (
        None,
        lambda raw: raw.replace(b'"summary": ', b'"summary": ' + b"[" * 200_000, 1),
    ),
    "a NUL byte in a reason": (
        lambda b: b.update(
            quarantined=[{"entity": "unit", "uid": "x", "version": 1, "reason": "a\x00b"}]
        ),
        None,
    ),
}


@pytest.mark.parametrize("attack", HOSTILE_BODIES)
def test_hostile_receipt_bodies_are_refused(sites, answered, tmp_path, attack):  # noqa: F811
    change, raw_change = HOSTILE_BODIES[attack]
    forged = forge_receipt(
        answered, tmp_path / "hostile.receipt", _central_key(sites), change, raw_change
    )
    _refused(sites, forged, "receipt")


def test_every_bit_flip_is_refused_with_a_clear_message(sites, answered, tmp_path):  # noqa: F811
    data = answered.read_bytes()
    positions = sorted({n * len(data) // 81 for n in range(81)})
    refused = 0
    with using(sites.office):
        for at in positions:
            flipped = bytearray(data)
            flipped[at] ^= 0x10
            path = tmp_path / f"flip{at}.receipt"
            path.write_bytes(bytes(flipped))
            before = db_digest(sites.office)
            try:
                sync_office.import_receipt(path)
            except InputError as error:
                assert "receipt" in str(error), at
                assert db_digest(sites.office) == before, at
                refused += 1
            # else: the flip hit a byte no reader looks at (a ZIP header's date): the receipt's
            # signed content is intact, so applying it is right
    assert refused >= len(positions) * 2 // 3
