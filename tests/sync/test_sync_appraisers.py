"""Officials outside the office, their links and the Plt/Plh assignments travel in the sync
packages: the central office receives them with their references resolved; a hostile record
(an unknown kind, a NIP that is no NIP, a NUL byte) is quarantined with its reason, never
stored; the official's NIP never enters the employee merge check."""

from __future__ import annotations

import datetime as dt
import json

from desktop_app.models import (
    ActingAssignment,
    Employee,
    ExternalAppraiserLink,
    ExternalOfficial,
    MergeItem,
)
from desktop_app.services.register import acting, officials
from desktop_app.services.register.acting import AssignmentInput
from desktop_app.services.register.officials import OfficialInput
from desktop_app.services.sync import central as sync_central
from desktop_app.sync import package
from tests.sync.conftest import using
from tests.sync.test_sync_roundtrip import _reseal

NIP_ASISTEN = "196901011995031002"


def _add_appraisers(sites) -> dict[str, str]:
    with using(sites.office):
        asisten = officials.save_official(
            OfficialInput("Asisten Pemerintahan", "PNS", "Asisten I", "Setda", NIP_ASISTEN, "IV/c")
        )
        head = Employee.select().where(Employee.appraiser.is_null()).order_by(Employee.id).first()
        staff = Employee.select().where(Employee.appraiser == head.id).first()
        officials.set_external_appraiser(staff.id, asisten)
        post = Employee.select().where(Employee.appraiser.is_null(False)).first().position_id
        assignment = acting.save_assignment(
            AssignmentInput(post, "PLH", dt.date(2026, 8, 1), "800/3/2026", official_id=asisten)
        )
        return {
            "official": str(ExternalOfficial.get_by_id(asisten).uid),
            "employee": str(staff.uid),
            "assignment": str(ActingAssignment.get_by_id(assignment).uid),
        }


def test_officials_links_and_assignments_reach_the_central_office(sites):
    uids = _add_appraisers(sites)
    result = sites.import_(sites.export())
    assert result.totals["quarantined"] == 0
    for entity in ("external_official", "external_appraiser_link", "acting_assignment"):
        assert result.summary[entity]["new"] >= 1, entity
    with using(sites.central):
        official = ExternalOfficial.get(ExternalOfficial.uid == uids["official"])
        assert official.nip == NIP_ASISTEN and official.position == "Asisten I"
        link = ExternalAppraiserLink.get(ExternalAppraiserLink.official == official)
        assert str(link.employee.uid) == uids["employee"]
        row = ActingAssignment.get(ActingAssignment.uid == uids["assignment"])
        assert row.official_id == official.id and row.kind == "PLH"
        assert row.starts == dt.date(2026, 8, 1) and row.ends is None
        assert MergeItem.select().count() == 0  # an official's NIP is not an employee's


def _forged(sites, tmp_path, entity: str, change) -> sync_central.ImportResult:
    path = sites.export()
    with using(sites.central):
        identity = sync_central.identity().age_identity
    opened = package.open_package(path.read_bytes(), identity, None)
    name = f"data/{entity}.jsonl"
    lines = opened.files[name].splitlines()
    record = json.loads(lines[0])
    change(record)
    lines[0] = json.dumps(record).encode()
    files = dict(opened.files)
    files[name] = b"\n".join(lines) + b"\n"
    forged = _reseal(sites, opened, files, tmp_path / "DEMO01_000001_20260101T000000Z.kpkg")
    result = sites.import_(forged)
    assert result.summary[entity]["quarantined"] >= 1  # and what hangs on it follows it
    return result, record["uid"]


def test_hostile_official_and_assignment_records_are_quarantined(sites, tmp_path):
    _add_appraisers(sites)
    cases = [
        ("external_official", {"kind": "RAJA"}, "kind 'RAJA' is not one of"),
        ("external_official", {"nip": "123"}, "is not a valid NIP"),
        ("external_official", {"name": "Sekda\u0000"}, "NUL character"),
        ("external_official", {"position": "x" * 201}, "more than 200"),
        ("acting_assignment", {"kind": "PJ"}, "kind 'PJ' is not one of"),
        ("acting_assignment", {"starts": "2026-02-30"}, "is not a date"),
    ]
    for entity, values, reason in cases:
        result, uid = _forged(sites, tmp_path, entity, lambda r, v=values: r.update(v))
        found = [
            q.reason for q in result.quarantined if q.uid.replace("-", "") == uid.replace("-", "")
        ]
        assert found and reason in found[0], (entity, values, found)
    with using(sites.central):
        assert not ExternalOfficial.select().where(ExternalOfficial.kind == "RAJA").exists()
        assert not ActingAssignment.select().where(ActingAssignment.kind == "PJ").exists()
