"""Every package the central office must refuse: each refusal names the problem, the CLI
exits non-zero with it on stderr, and the central database is exactly as before. Also: the
standard `age` tool opens a package with the exported identity, `openssl` verifies the
manifest signature, and a process killed during an import leaves nothing behind."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import msgspec
import pytest
from pyrage import x25519

from desktop_app import cli
from desktop_app.errors import InputError
from desktop_app.models import Office
from desktop_app.services.sync import central as sync_central
from desktop_app.sync import package
from desktop_app.sync.keys import new_signing_key
from tests.sync.conftest import dump, using

ROOT = Path(__file__).resolve().parents[2]


def _office_key(sites) -> str:
    with using(sites.office):
        return Office.get(Office.is_self == True).signing_key


def _opened(sites, path: Path) -> package.OpenedPackage:
    with using(sites.central):
        identity = sync_central.identity().age_identity
    return package.open_package(path.read_bytes(), identity, None)


def _zip(entries: dict[str, bytes], *, compress: bool = True) -> bytes:
    buffer = io.BytesIO()
    kind = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w", compression=kind) as zf:
        for name, content in entries.items():
            zf.writestr(name, content)
    return buffer.getvalue()


def _signed_entries(sites, opened, files: dict[str, bytes], listed=None) -> dict[str, bytes]:
    """manifest.json + manifest.sig (the office's real key) + the files."""
    manifest = opened.manifest
    manifest.files = (
        listed
        if listed is not None
        else [
            package.file_entry(p, c, sum(1 for line in c.splitlines() if line.strip()))
            for p, c in files.items()
        ]
    )
    raw = msgspec.json.encode(manifest)
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_private_key(_office_key(sites).encode(), password=None)
    return {"manifest.json": raw, "manifest.sig": key.sign(raw), **files}


def _seal(sites, content: bytes, target: Path) -> Path:
    import pyrage

    target.write_bytes(pyrage.encrypt(content, [x25519.Recipient.from_str(sites.recipient)]))
    return target


def _refused(sites, path: Path, match: str, capsys) -> None:
    """Refused through the service and the CLI, the database unchanged either way."""
    before = dump(sites.central)
    with pytest.raises(InputError, match=match), using(sites.central):
        sync_central.import_package(
            path, trust={"DEMO01": sites.fingerprint}, receipts_dir=sites.receipts
        )
    assert dump(sites.central) == before
    code = cli.run(
        ["import", str(path), "--db", str(sites.central), "--trust-office",
         f"DEMO01:{sites.fingerprint}"]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and "refused" in err
    assert dump(sites.central) == before


@pytest.fixture
def good(sites) -> Path:
    return sites.export()


def test_a_flipped_byte_anywhere(sites, good, tmp_path, capsys):
    data = bytearray(good.read_bytes())
    for n, at in enumerate((len(data) // 3, len(data) - 20)):
        changed = bytearray(data)
        changed[at] ^= 0x01
        path = tmp_path / f"DEMO01_00000{n + 1}_20260101T000000Z.kpkg"
        path.write_bytes(bytes(changed))
        _refused(sites, path, "damaged", capsys)


def test_a_truncated_file(sites, good, tmp_path, capsys):
    path = tmp_path / good.name
    path.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    _refused(sites, path, "damaged", capsys)


def test_a_package_sealed_for_another_central_office(sites, tmp_path, capsys):
    other = str(x25519.Identity.generate().to_public())
    with using(sites.office):
        from desktop_app.services.sync import office as sync_office

        sync_office.set_hq_key(other, sites.hq_fingerprint)
        path = sync_office.export_package(tmp_path).path
    _refused(sites, path, "another central office", capsys)


def test_an_unknown_office(sites, good, capsys):
    before = dump(sites.central)
    with pytest.raises(InputError, match="not registered"), using(sites.central):
        sync_central.import_package(good)  # no trust given
    assert dump(sites.central) == before
    assert cli.run(["import", str(good), "--db", str(sites.central)]) == 2
    assert "fingerprint" in capsys.readouterr().err
    assert dump(sites.central) == before


def test_a_wrong_fingerprint_does_not_register(sites, good, capsys):
    with pytest.raises(InputError, match="not registered"), using(sites.central):
        sync_central.import_package(good, trust={"DEMO01": "ab" * 32})


def test_a_known_office_with_another_key(sites, good, tmp_path, capsys):
    sites.import_(good)
    opened = _opened(sites, good)
    _, public = new_signing_key()
    private, public = new_signing_key()
    opened.manifest.office.public_key = public
    opened.manifest.sequence = 2
    forged = package.seal(opened.manifest, opened.files, private, sites.recipient)
    path = tmp_path / "DEMO01_000002_20260101T000000Z.kpkg"
    path.write_bytes(forged)
    _refused(sites, path, "registered with another key", capsys)


def test_a_forged_manifest_signature(sites, good, tmp_path, capsys):
    sites.import_(good)
    opened = _opened(sites, good)
    opened.manifest.sequence = 2
    entries = _signed_entries(sites, opened, opened.files)
    entries["manifest.json"] = entries["manifest.json"].replace(b'"sequence":2', b'"sequence":3')
    path = _seal(sites, _zip(entries), tmp_path / "DEMO01_000003_20260101T000000Z.kpkg")
    _refused(sites, path, "does not match the key", capsys)


def test_a_zip_bomb(sites, good, tmp_path, capsys):
    opened = _opened(sites, good)
    files = dict(opened.files)
    files["data/unit.jsonl"] = b"\0" * (60 * 1024 * 1024)
    entries = _signed_entries(sites, opened, files)
    path = _seal(sites, _zip(entries), tmp_path / good.name)
    _refused(sites, path, "zip bomb", capsys)


@pytest.mark.parametrize("name", ["/etc/passwd", "../escape.jsonl", "data/../../x", "C:/x"])
def test_unsafe_paths(sites, good, tmp_path, capsys, name):
    opened = _opened(sites, good)
    files = dict(opened.files) | {name: b"{}\n"}
    entries = _signed_entries(sites, opened, files)
    path = _seal(sites, _zip(entries), tmp_path / good.name)
    _refused(sites, path, "unsafe name", capsys)


def test_a_file_that_does_not_match_its_hash(sites, good, tmp_path, capsys):
    opened = _opened(sites, good)
    listed = [
        package.file_entry(p, c, sum(1 for line in c.splitlines() if line.strip()))
        for p, c in opened.files.items()
    ]
    files = dict(opened.files)
    files["data/unit.jsonl"] = files["data/unit.jsonl"].replace(b"Seksi", b"Sexsi", 1)
    entries = _signed_entries(sites, opened, files, listed)
    path = _seal(sites, _zip(entries), tmp_path / good.name)
    _refused(sites, path, "does not match its hash", capsys)


def test_a_manifest_row_count_that_lies(sites, good, tmp_path, capsys):
    opened = _opened(sites, good)
    listed = [
        package.file_entry(p, c, 1 + sum(1 for line in c.splitlines() if line.strip()))
        for p, c in opened.files.items()
    ]
    entries = _signed_entries(sites, opened, dict(opened.files), listed)
    path = _seal(sites, _zip(entries), tmp_path / good.name)
    _refused(sites, path, "records, its manifest says", capsys)


def test_not_a_package_at_all(sites, tmp_path, capsys):
    path = _seal(sites, b"just some text", tmp_path / "DEMO01_000001_20260101T000000Z.kpkg")
    _refused(sites, path, "not a valid ZIP", capsys)


def test_a_killed_import_leaves_the_database_as_it_was(sites, good, tmp_path):
    """A real process, killed with os._exit in the middle of applying the package."""
    before = dump(sites.central)
    script = (
        "import os, sys\n"
        "from desktop_app.sync import apply\n"
        "real = apply._write\n"
        "calls = []\n"
        "def dying(*a, **k):\n"
        "    real(*a, **k)\n"
        "    calls.append(1)\n"
        "    if len(calls) == 3:\n"
        "        os._exit(9)\n"
        "apply._write = dying\n"
        "from desktop_app import cli\n"
        "sys.exit(cli.run(sys.argv[1:]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "import", str(good), "--db", str(sites.central),
         "--trust-office", f"DEMO01:{sites.fingerprint}"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == 9, done.stderr
    assert dump(sites.central) == before
    result = sites.import_(good)  # and the same package then imports whole
    assert result.totals["new"] > 0 and not result.duplicate


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_the_standard_age_tool_opens_a_package_with_the_exported_identity(sites, good, tmp_path):
    identity = tmp_path / "central.identity"
    assert (
        cli.run(["hq", "export-identity", "--out", str(identity), "--db", str(sites.central)]) == 0
    )
    assert oct(identity.stat().st_mode & 0o777) == "0o600"
    opened = subprocess.run(
        ["age", "-d", "-i", str(identity), str(good)], capture_output=True, timeout=60
    )
    assert opened.returncode == 0, opened.stderr
    with zipfile.ZipFile(io.BytesIO(opened.stdout)) as zf:
        names = zf.namelist()
        manifest = zf.read("manifest.json")
    assert names[:2] == ["manifest.json", "manifest.sig"] and b"kinerja-luring/sync" in manifest


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_verifies_the_manifest_signature(sites, good, tmp_path):
    opened = _opened(sites, good)
    (tmp_path / "manifest.json").write_bytes(opened.manifest_bytes)
    (tmp_path / "manifest.sig").write_bytes(opened.signature)
    (tmp_path / "office.pem").write_text(opened.manifest.office.public_key)
    command = ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "office.pem", "-rawin",
               "-in", "manifest.json", "-sigfile", "manifest.sig"]  # fmt: skip
    good_run = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert good_run.returncode == 0 and "Success" in good_run.stdout
    (tmp_path / "manifest.json").write_bytes(opened.manifest_bytes.replace(b"DEMO01", b"DEMO02"))
    bad_run = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert bad_run.returncode != 0
