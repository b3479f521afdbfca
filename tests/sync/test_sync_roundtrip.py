"""The round trip office -> stick -> central office -> receipt -> office, through the services:
what travels, what the central office holds afterwards, and the cases that are accepted but
handled: the same package again, a restored office database, a missing parent, one NIP in
two offices."""

from __future__ import annotations

import hashlib
import json

import pytest

from desktop_app.errors import InputError
from desktop_app.models import (
    Employee,
    Evaluation,
    ImportLog,
    MergeItem,
    Office,
    OutboxPackage,
    Quarantine,
    SyncOfficeState,
    Unit,
)
from desktop_app.services import backup
from desktop_app.services.register import employees
from desktop_app.services.sync import central as sync_central
from desktop_app.services.sync import office as sync_office
from desktop_app.sync import package
from tests.sync.conftest import dump, using


def _counts(path) -> dict[str, int]:
    with using(path):
        return {
            "employee": Employee.select().count(),
            "unit": Unit.select().count(),
            "evaluation": Evaluation.select().count(),
        }


def test_round_trip_carries_everything_then_only_changes(sites):
    office_counts = _counts(sites.office)
    first = sites.export()
    assert package.parse_file_name(first.name) == ("DEMO01", 1)
    result = sites.import_(first)
    assert result.registered and not result.duplicate and not result.dry_run
    assert result.totals["new"] == sum(c["new"] for c in result.summary.values()) > 0
    assert result.totals["quarantined"] == 0
    with using(sites.central):
        assert (
            Employee.select().where(Employee.office_code == "DEMO01").count()
            == (office_counts["employee"])
        )
        assert Evaluation.select().count() == office_counts["evaluation"] > 0
        state = SyncOfficeState.get(SyncOfficeState.office_code == "DEMO01")
        assert state.last_sequence == 1 and state.max_version == result.max_version
        # references arrive as the central office's own ids
        nip_pairs = {
            (e.nip, e.unit.code)
            for e in Employee.select(Employee, Unit).join(Unit, on=Employee.unit == Unit.id)
        }
    with using(sites.office):
        assert nip_pairs == {
            (e.nip, e.unit.code)
            for e in Employee.select(Employee, Unit).join(Unit, on=Employee.unit == Unit.id)
        }
    # the receipt acknowledges the version; the next package holds only what changed since
    receipt = result.receipt
    assert receipt is not None and receipt.name == "DEMO01_000001.receipt"
    with using(sites.office):
        answer = sync_office.import_receipt(receipt)
        assert answer.acknowledged_version == result.max_version and not answer.already
        assert sync_office.acknowledged_version() == result.max_version
        assert OutboxPackage.get(OutboxPackage.sequence == 1).acknowledged_at is not None
        someone = Employee.select().where(Employee.active == True).first()
        detail = employees.get_employee(someone.id)
        detail.phone = "0812-0000-1111"
        employees.save_employee(detail, someone.id)
        unit = Unit.select().order_by(Unit.id.desc()).first()
        gone_uid = unit.uid
    second = sites.export()
    with using(sites.office):
        assert OutboxPackage.get(OutboxPackage.sequence == 2).since_version == (result.max_version)
    result2 = sites.import_(second)
    assert result2.summary["employee"]["updated"] == 1
    assert sum(result2.totals.values()) == 1  # nothing else travelled
    with using(sites.central):
        assert Employee.get(Employee.uid == someone.uid).phone == "+62 812-0000-1111"  # stored form
        assert Unit.get(Unit.uid == gone_uid).deleted is False


def test_the_same_package_again_changes_nothing_and_says_so(sites):
    path = sites.export()
    sites.import_(path)
    before = dump(sites.central)
    again = sites.import_(path)
    assert again.duplicate and again.receipt is not None
    with using(sites.central):
        assert ImportLog.select().where(ImportLog.duplicate == True).count() == 1
    # only the import log gained a line: no record changed
    after = dump(sites.central)
    changed = set(after.splitlines()) - set(before.splitlines())
    assert changed and all('INSERT INTO "sync_import"' in line for line in changed)


def test_a_lost_stick_costs_nothing(sites):
    lost = sites.export()
    lost.unlink()  # the stick fell in the river; no receipt came back
    with using(sites.office):
        assert sync_office.acknowledged_version() == 0
    again = sites.export()
    result = sites.import_(again)
    assert result.since_version == 0 and result.totals["new"] > 0
    with using(sites.central):
        state = SyncOfficeState.get()
        assert state.last_sequence == 2 and state.gaps == "1"


def test_a_restored_office_sends_a_full_package_that_rebaselines(sites, tmp_path):
    sites.import_(sites.export())
    with using(sites.office):
        copy = backup.make_backup(tmp_path / "backup.db")
        someone = Employee.select().where(Employee.active == True).first()
        detail = employees.get_employee(someone.id)
        detail.phone = "0811-1111-1111"  # made after the backup: lost by the restore
        employees.save_employee(detail, someone.id)
    sites.import_(sites.export())
    with using(sites.office):
        backup.restore(copy, sites.office)
    with using(sites.office):
        assert sync_office.acknowledged_version() == 0  # a new database_id
        restored = employees.get_employee(someone.id)
        restored.email = "baru@example.go.id"
        employees.save_employee(restored, someone.id)
    result = sites.import_(sites.export())
    assert result.rebaseline and result.since_version == 0
    assert result.summary["employee"]["updated"] >= 1
    with using(sites.central):
        stored = Employee.get(Employee.uid == someone.uid)
        assert stored.email == "baru@example.go.id"
        assert SyncOfficeState.select().count() == 2  # two databases of the same office


def test_a_record_with_a_missing_parent_is_quarantined_not_dropped(sites, tmp_path):
    path = sites.export()
    with using(sites.central):
        identity = sync_central.identity().age_identity
    opened = package.open_package(path.read_bytes(), identity, None)
    lines = opened.files["data/employee.jsonl"].splitlines()
    orphan = json.loads(lines[-1])
    orphan["unit"] = "00000000-0000-4000-8000-000000000000"
    lines[-1] = json.dumps(orphan).encode()
    files = dict(opened.files)
    files["data/employee.jsonl"] = b"\n".join(lines) + b"\n"
    forged = _reseal(sites, opened, files, tmp_path / "DEMO01_000001_20260101T000000Z.kpkg")
    result = sites.import_(forged)
    assert result.summary["employee"]["quarantined"] == 1
    reasons = [q.reason for q in result.quarantined if q.uid == orphan["uid"]]
    assert reasons and "missing parent unit" in reasons[0]
    with using(sites.central):
        assert Quarantine.select().where(Quarantine.uid == orphan["uid"]).count() == 1
        assert not Employee.select().where(Employee.nip == orphan["nip"]).exists()
    # the office hears about it in the receipt (the forged file stands in for its package)
    with using(sites.office):
        OutboxPackage.update(sha256=hashlib.sha256(forged.read_bytes()).hexdigest()).execute()
        answer = sync_office.import_receipt(result.receipt)
    told = {q["uid"]: q["reason"] for q in answer.quarantined}
    assert "missing parent unit" in told.pop(orphan["uid"])
    # what hangs on the orphan (its SKP, evaluations) follows it into quarantine, said so
    assert all("was quarantined" in reason for reason in told.values())
    assert len(told) == len(result.quarantined) - 1


def test_one_nip_in_two_offices_goes_to_the_merge_queue(sites, tmp_path):
    sites.import_(sites.export())
    with using(sites.office):
        moved = Employee.select().where(Employee.active == True).first().nip
    other = tmp_path / "other.db"
    with using(other):  # another office, where the same person was registered too
        from desktop_app.services import office as office_service
        from desktop_app.services.register import units as unit_service

        info = office_service.init_office("DEMO02", "Puskesmas Lain")
        unit = unit_service.save_unit(
            unit_service.UnitInput("PKM02", "Puskesmas Lain", "PUSKESMAS")
        )
        employees.save_employee(employees.EmployeeInput(moved, "Pegawai Pindahan", "III/a", unit))
        sync_office.set_hq_key(sites.recipient, sites.hq_fingerprint)
        path = sync_office.export_package(sites.stick).path
    with using(sites.central):
        result = sync_central.import_package(
            path, trust={"DEMO02": info.fingerprint}, receipts_dir=sites.receipts
        )
        assert result.merges == 1 and result.totals["quarantined"] == 0
        item = MergeItem.get()
        assert item.business_key == moved
        assert {item.first_office, item.second_office} == {"DEMO01", "DEMO02"}
        # both copies stay until HR decides
        assert Employee.select().where(Employee.nip == moved).count() == 2
        sync_central.resolve_merge(item.id, "Pindah ke DEMO02 sejak Oktober")
        assert MergeItem.get_by_id(item.id).resolved
        assert sync_central.merge_queue() == []


def test_since_version_above_what_the_central_office_holds_is_refused(sites):
    first = sites.export()
    with using(sites.office):
        # pretend a receipt came for a package the central office never imported
        from desktop_app.services import settings

        office = Office.get(Office.is_self == True)
        settings.put(
            sync_office.ACKNOWLEDGED,
            {"database_id": str(office.database_id), "version": 10**9},
        )
    second = sites.export()
    sites.import_(first)
    before = dump(sites.central)
    with pytest.raises(InputError, match="full package"):
        sites.import_(second)
    assert dump(sites.central) == before


def _reseal(sites, opened, files, target):
    """Sign and seal changed files as the office would (the office's own key)."""
    with using(sites.office):
        office = Office.get(Office.is_self == True)
        key = office.signing_key
    manifest = opened.manifest
    manifest.files = [
        package.file_entry(path, content, sum(1 for line in content.splitlines() if line.strip()))
        for path, content in files.items()
    ]
    target.write_bytes(package.seal(manifest, files, key, sites.recipient))
    return target
