"""Attacks on the central office's import with hostile packages (issue 17 point 3): anyone
holding the public age key and an office key can make a package whose manifest or records are
crafted. Each must be refused as a whole (a manifest-level attack: the database byte-identical
by the sha256 of its file) or have the offending records quarantined with the reason (a
record-level attack: the rest imported), never a raw Python error; a batch imports the good
files and lists the refused ones (CLI exit code != 0)."""

from __future__ import annotations

import hashlib
import io
import json
import random
import string
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives import serialization
from pyrage import x25519
from PySide6.QtCore import Qt

from desktop_app import cli
from desktop_app.errors import InputError
from desktop_app.models import Employee, Evaluation, Office, Realisation, SyncOfficeState, db
from desktop_app.services.evaluation import evaluations
from desktop_app.services.sync import central as sync_central
from desktop_app.sync import package
from tests.sync.conftest import dump, sites, using  # noqa: F401  (the sites fixture)

Files = dict[str, bytes]


def db_digest(path: Path) -> str:
    """sha256 of the database file with the WAL checkpointed into it (the database open)."""
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _office_key(site) -> str:
    with using(site.office):
        return Office.get(Office.is_self == True).signing_key


def _contents(site, good: Path) -> tuple[dict, Files]:
    """The manifest (as a dict) and the data files of a real package."""
    with using(site.central):
        identity = sync_central.identity().age_identity
    files = package.unzip(package.unseal(good.read_bytes(), identity))
    manifest = json.loads(files.pop("manifest.json"))
    files.pop("manifest.sig")
    return manifest, files


def forge(
    site,
    good: Path,
    target: Path,
    *,
    manifest: Callable[[dict], None] | None = None,
    records: Callable[[Files], None] | None = None,
    raw_manifest: Callable[[bytes], bytes] | None = None,
) -> Path:
    """A package made from `good` with its manifest or records changed, signed with the
    office's real key and sealed for the central office: only its content is hostile."""
    fields, files = _contents(site, good)
    if records is not None:
        records(files)
        fields["files"] = [
            {
                "path": p,
                "sha256": hashlib.sha256(c).hexdigest(),
                "rows": sum(1 for line in c.splitlines() if line.strip()),
            }
            for p, c in files.items()
        ]
    if manifest is not None:
        manifest(fields)
    raw = json.dumps(fields).encode()
    if raw_manifest is not None:
        raw = raw_manifest(raw)
    key = serialization.load_pem_private_key(_office_key(site).encode(), password=None)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", raw)
        zf.writestr("manifest.sig", key.sign(raw))
        for path, content in files.items():
            zf.writestr(path, content)
    sealed = pyrage.encrypt(buffer.getvalue(), [x25519.Recipient.from_str(site.recipient)])
    target.write_bytes(sealed)
    return target


def _set(path: list[str], value: object) -> Callable[[dict], None]:
    def change(fields: dict) -> None:
        inner = fields
        for key in path[:-1]:
            inner = inner[key]
        inner[path[-1]] = value

    return change


def _noise(size: int) -> str:
    """Text that does not compress far (so the zip bomb limit is not what refuses it)."""
    return "".join(random.Random(1).choices(string.ascii_letters, k=size))


# --- whole packages refused ------------------------------------------------------------------

DEEP = "[" * 200_000 + "]" * 200_000

MANIFEST_ATTACKS: dict[str, dict] = {
    "invalid UTF-8 in the office name": {
        "raw_manifest": lambda raw: raw.replace(b'"name": "', b'"name": "\xff\xfe', 1)
    },
    "a sequence above 64 bits": {"manifest": _set(["sequence"], 2**70)},
    "a max_version above 64 bits": {"manifest": _set(["max_version"], 2**64 + 5)},
    "a sequence of 10^8": {"manifest": _set(["sequence"], 10**8)},
    "a negative since_version": {"manifest": _set(["since_version"], -1)},
    "an office code that leaves the receipts folder": {
        "manifest": _set(["office", "code"], "../../ESCAPED")
    },
    "an office code with a slash": {"manifest": _set(["office", "code"], "A/B")},
    "the central office's own code": {"manifest": _set(["office", "code"], "PUSAT")},
    "a database id that is no UUID": {"manifest": _set(["database_id"], "../../x")},
    "a NUL byte in the app version": {"manifest": _set(["app_version"], "1.0\x00evil")},
    "a 1 MB office name": {"manifest": _set(["office", "name"], _noise(1_000_000))},
    "a nested app version": {
        "raw_manifest": lambda raw: raw.replace(
            b'"app_version": "', b'"app_version": ' + DEEP.encode() + b', "x": "', 1
        )
    },
}


@pytest.fixture
def good(sites) -> Path:  # noqa: F811
    return sites.export(full=True)


def _trust(site, code: str) -> dict[str, str]:
    """The office's key trusted under its own code and every code an attack claims."""
    return {c: site.fingerprint for c in ("DEMO01", "PUSAT", "A/B", "../../ESCAPED")}


@pytest.mark.parametrize("attack", MANIFEST_ATTACKS)
def test_hostile_manifests_are_refused_with_the_database_byte_identical(
    sites,  # noqa: F811
    good,
    tmp_path,
    attack,
):
    path = forge(sites, good, tmp_path / "DEMO01_000002_20260101T000000Z.kpkg",
                 **MANIFEST_ATTACKS[attack])  # fmt: skip
    outside = tmp_path.parent / "ESCAPED_000002.receipt"
    with using(sites.central):
        before = db_digest(sites.central)
        with pytest.raises(InputError) as refused:
            sync_central.import_package(
                path, trust=_trust(sites, "DEMO01"), receipts_dir=sites.receipts
            )
        assert "manifest is not valid" in str(refused.value) or "PUSAT" in str(refused.value)
        assert db_digest(sites.central) == before
    assert not outside.exists() and list(sites.receipts.iterdir()) == []


def test_a_batch_imports_the_good_package_and_lists_the_refused(sites, good, tmp_path, capsys):  # noqa: F811
    bad = [
        forge(sites, good, tmp_path / f"DEMO01_00000{n}_20260101T000000Z.kpkg", **attack)
        for n, attack in enumerate(
            (
                MANIFEST_ATTACKS["invalid UTF-8 in the office name"],
                MANIFEST_ATTACKS["a sequence above 64 bits"],
                MANIFEST_ATTACKS["the central office's own code"],
            ),
            start=2,
        )
    ]
    code = cli.run(
        ["import", str(good), *map(str, bad), "--db", str(sites.central),
         "--receipts", str(sites.receipts), "--trust-office", f"DEMO01:{sites.fingerprint}",
         "--trust-office", f"PUSAT:{sites.fingerprint}"]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 2
    assert f"{good.name}: office DEMO01 package 1: imported" in out
    for path in bad:
        assert f"{path.name}: refused: " in err
    assert "Traceback" not in err
    with using(sites.central):
        assert Employee.select().where(Employee.office_code == "DEMO01").count() > 0


def test_the_batch_in_the_service_refuses_each_bad_file_alone(sites, good, tmp_path):  # noqa: F811
    def attack(fields: dict) -> None:
        fields["sequence"], fields["max_version"] = 2, 2**64 + 5

    bad = forge(sites, good, tmp_path / "DEMO01_000002_20260101T000000Z.kpkg", manifest=attack)
    with using(sites.central):
        results = sync_central.import_many([bad, good], trust={"DEMO01": sites.fingerprint})
    kinds = {p.name: type(r).__name__ for p, r in results}
    assert kinds == {bad.name: "PackageError", good.name: "ImportResult"}


def test_a_sequence_absurdly_far_ahead_is_refused_and_gaps_are_ranges(sites, good, tmp_path):  # noqa: F811
    sites.import_(good)
    ahead = forge(sites, good, tmp_path / "ahead.kpkg", manifest=_set(["sequence"], 900_000))
    with using(sites.central):
        before = db_digest(sites.central)
        with pytest.raises(InputError, match="more than 10000 packages ahead"):
            sync_central.import_package(ahead, receipts_dir=sites.receipts)
        assert db_digest(sites.central) == before
    near = forge(sites, good, tmp_path / "near.kpkg", manifest=_set(["sequence"], 9_000))
    sites.import_(near)
    with using(sites.central):
        (state,) = SyncOfficeState.select().where(SyncOfficeState.office_code == "DEMO01")
        assert state.gaps == "2-8999" and state.last_sequence == 9_000
    late = forge(sites, good, tmp_path / "late.kpkg", manifest=_set(["sequence"], 5))
    sites.import_(late)
    with using(sites.central):
        (state,) = SyncOfficeState.select().where(SyncOfficeState.office_code == "DEMO01")
        assert state.gaps == "2-4,6-8999"


# --- records quarantined, the rest imported --------------------------------------------------


def _lines(files: Files, entity: str) -> list[dict]:
    return [json.loads(line) for line in files[f"data/{entity}.jsonl"].splitlines() if line]


def _put(files: Files, entity: str, rows: list[dict], raw: dict[int, bytes] | None = None):
    lines = [json.dumps(r).encode() for r in rows]
    for n, line in (raw or {}).items():
        lines[n] = line
    files[f"data/{entity}.jsonl"] = b"\n".join(lines) + b"\n"


EMPLOYEE_ATTACKS: dict[str, tuple[str, object, str]] = {
    # row -> (column, value, a word of the reason)
    "a NUL byte in a name": ("name", "Budi\x00Santoso", "NUL"),
    "a 10 MB name in a 200-character column": ("name", _noise(10 * 1024 * 1024), "200"),
    "a NIP that is a path": ("nip", "../../etc/passwd", "NIP"),
    "gender Z": ("gender", "Z", "gender"),
    "a date that is no date": ("birth_date", "2026-99-99", "not a date"),
    "a version above 64 bits": ("version", 2**70, "version"),
}


def test_records_that_break_the_central_rules_are_quarantined_with_the_reason(
    sites,  # noqa: F811
    good,
    tmp_path,
):
    attacked: dict[str, str] = {}  # uid -> attack

    def records(files: Files) -> None:
        employees = _lines(files, "employee")
        leaves = [e for e in employees if not any(o.get("supervisor") == e["uid"] or
                  o.get("appraiser") == e["uid"] for o in employees)]  # fmt: skip
        for row, (name, (column, value, _)) in zip(leaves, EMPLOYEE_ATTACKS.items(), strict=False):
            row[column] = value
            attacked[row["uid"]] = name
        raw = {}
        undecodable = [e for e in leaves if e["uid"] not in attacked][:2]
        at = {e["uid"]: n for n, e in enumerate(employees)}
        raw[at[undecodable[0]["uid"]]] = (
            json.dumps(undecodable[0]).encode().replace(b'"name": "', b'"name": "\xff', 1)
        )
        attacked[undecodable[0]["uid"]] = "invalid UTF-8"
        raw[at[undecodable[1]["uid"]]] = json.dumps(undecodable[1]).encode()[:-1] + (
            b', "extra": ' + DEEP.encode() + b"}"
        )
        attacked[undecodable[1]["uid"]] = "nested 200,000 deep"
        _put(files, "employee", employees, raw)
        evaluations_ = _lines(files, "evaluation")
        free = evaluations_[:2]  # their realisasi etc. follow them into the quarantine
        free[0]["status"] = "HACKED"
        attacked[free[0]["uid"]] = "status HACKED"
        free[1]["snapshot"] = "{not json"
        attacked[free[1]["uid"]] = "a snapshot that is not JSON"
        _put(files, "evaluation", evaluations_)

    path = forge(sites, good, tmp_path / "records.kpkg", records=records)
    result = sites.import_(path)
    reasons = {q.uid: q.reason for q in result.quarantined}
    missing = {name for uid, name in attacked.items() if uid not in reasons}
    assert not missing, missing
    for column, _value, word in EMPLOYEE_ATTACKS.values():
        assert any(word in r and r.startswith(column) for r in reasons.values()), column
    assert any("status" in r and "HACKED" in r for r in reasons.values())
    assert any("snapshot is not JSON" in r for r in reasons.values())
    assert result.totals["new"] > 100  # the rest was imported
    with using(sites.central):
        stored = {e.uid.hex for e in Employee.select(Employee.uid)}
        assert not {u.replace("-", "") for u in attacked} & stored
        assert Evaluation.select().where(Evaluation.status == "HACKED").count() == 0
        assert all(len(e.name) <= 200 and "\x00" not in e.name for e in Employee.select())


def _raw(change: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    return change


RECORD_ATTACKS: dict[str, tuple[str, object, str]] = {
    # attack -> (entity, a change of the row (dict) or of its line (bytes), a word of the reason)
    **{name: ("employee", (c, value), word) for name, (c, value, word) in EMPLOYEE_ATTACKS.items()},
    "invalid UTF-8 in a record": (
        "employee",
        _raw(lambda line: line.replace(b'"name": "', b'"name": "\xff', 1)),
        "UTF-8",
    ),
    "a record nested 200,000 deep": (
        "employee",
        _raw(lambda line: line[:-1] + b', "extra": ' + DEEP.encode() + b"}"),
        "nested too deeply",
    ),
    "status HACKED": ("evaluation", ("status", "HACKED"), "HACKED"),
    "a snapshot that is not JSON": ("evaluation", ("snapshot", "{not json"), "not JSON"),
}


@pytest.mark.parametrize("attack", RECORD_ATTACKS)
def test_each_record_attack_is_quarantined_alone(sites, good, tmp_path, attack):  # noqa: F811
    entity, change, word = RECORD_ATTACKS[attack]
    target: list[str] = []

    def records(files: Files) -> None:
        rows = _lines(files, entity)
        bosses = {r.get(k) for r in rows for k in ("supervisor", "appraiser")}
        at = next(n for n, r in enumerate(rows) if r["uid"] not in bosses)
        target.append(rows[at]["uid"])
        raw = {}
        if isinstance(change, tuple):
            rows[at][change[0]] = change[1]
        else:
            raw[at] = change(json.dumps(rows[at]).encode())
        _put(files, entity, rows, raw)

    result = sites.import_(forge(sites, good, tmp_path / "record.kpkg", records=records))
    reasons = {q.uid: q.reason for q in result.quarantined}
    assert word in reasons.get(target[0], ""), reasons.get(target[0])
    assert result.totals["new"] > 100  # the rest was imported


def test_evidence_paths_from_a_package_are_never_opened_outside_the_evidence_folder(
    sites,  # noqa: F811
    good,
    tmp_path,
):
    secret = tmp_path / "secret.txt"
    secret.write_text("not evidence")
    digest = hashlib.sha256(secret.read_bytes()).hexdigest()
    hostile = [str(secret), "../" * 12 + str(secret).lstrip("/"), "evidence/../../secret.txt"]

    def records(files: Files) -> None:
        rows = _lines(files, "evaluation_realisation")
        for row, evidence in zip(rows, hostile, strict=False):
            row["evidence_path"], row["evidence_sha256"] = evidence, digest
        _put(files, "evaluation_realisation", rows)

    sites.import_(forge(sites, good, tmp_path / "evidence.kpkg", records=records))
    with using(sites.central):
        stored = [r.evidence_path for r in Realisation.select() if r.evidence_path in set(hostile)]
        assert len(stored) == len(hostile)
        for evidence in stored:
            assert not evaluations.evidence_intact(evidence, digest)
            with pytest.raises(InputError, match="outside its folder"):
                evaluations.evidence_file(evidence)


@pytest.mark.gui
def test_the_import_screen_lists_the_hostile_packages_and_imports_the_good_one(
    qtbot,
    sites,  # noqa: F811
    good,
    tmp_path,
    monkeypatch,
):
    from desktop_app.views.sync.central.tab import ImportTab
    from tests.views.test_sync_views import Screens

    screens = Screens(monkeypatch)
    hostile = [
        forge(sites, good, tmp_path / f"DEMO01_00000{n}_20260101T000000Z.kpkg", **attack)
        for n, attack in enumerate(
            (
                MANIFEST_ATTACKS["invalid UTF-8 in the office name"],
                MANIFEST_ATTACKS["a sequence above 64 bits"],
                MANIFEST_ATTACKS["the central office's own code"],
            ),
            start=2,
        )
    ]
    with using(sites.central):
        before = db_digest(sites.central)
        tab = ImportTab()
        qtbot.addWidget(tab)
        page = tab.packages
        screens.open_files = [str(good), *map(str, hostile)]
        page.choose()
        assert screens.errors == []
        states = {
            page.model.index(r, page.FILE).data(): page.model.index(r, page.STATE).data()
            for r in range(page.model.rowCount())
        }
        assert states == {good.name: "Ready (new office)"} | {p.name: "Refused" for p in hostile}
        assert db_digest(sites.central) == before
        page.receipts.setText(str(sites.receipts))
        page.apply()
        assert screens.errors == []
        assert page.model.index(0, page.STATE).data() == "Imported"
        assert Employee.select().where(Employee.office_code == "DEMO01").count() > 0


@pytest.mark.gui
def test_the_read_only_editor_at_the_central_office_never_opens_a_hostile_evidence_path(
    qtbot,
    sites,  # noqa: F811
    good,
    tmp_path,
    monkeypatch,
):
    from desktop_app.services import session
    from desktop_app.views.evaluation import editor as evaluation_editor

    secret = tmp_path / "secret.txt"
    secret.write_text("not evidence")
    digest = hashlib.sha256(secret.read_bytes()).hexdigest()

    def records(files: Files) -> None:
        rows = _lines(files, "evaluation_realisation")
        rows[0]["evidence_path"], rows[0]["evidence_sha256"] = str(secret), digest
        _put(files, "evaluation_realisation", rows)

    sites.import_(forge(sites, good, tmp_path / "evidence.kpkg", records=records))
    opened: list[Path] = []
    monkeypatch.setattr(evaluation_editor, "open_file", opened.append)
    with using(sites.central):
        session.set_central(True)
        try:
            row = Realisation.get(Realisation.evidence_path == str(secret))
            editor = evaluation_editor.EvaluationEditor(row.evaluation_id)
            qtbot.addWidget(editor)
            at = [i.evidence_path for i in editor.detail.indicators].index(str(secret))
            editor.indicators.setCurrentIndex(editor.indicator_model.index(at, editor.FILE))
            assert editor.open_button.isEnabled()
            qtbot.mouseClick(editor.open_button, Qt.MouseButton.LeftButton)
            assert opened == []
            assert "secret.txt" in editor.error.text()
        finally:
            session.set_central(False)
