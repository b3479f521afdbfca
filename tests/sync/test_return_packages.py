"""Return packages, central office -> office (issue 25 point 1), with two demo offices and a
central office on real files: a round trip (organisation predikat applied, corrections as
proposals HR accepts or rejects), the dry run, idempotence, and every hostile package refused
with the database exactly as before."""

from __future__ import annotations

import pytest

from desktop_app import cli
from desktop_app.errors import InputError
from desktop_app.models import AuditEntry, Employee, OrgResult, ReturnProposal, Unit
from desktop_app.services.sync import central as sync_central
from desktop_app.services.sync.central import return_writer
from desktop_app.services.sync.office import proposals, returns
from desktop_app.sync import return_package as rp
from tests.sync.conftest import dump, using
from tests.sync.two_offices import build

PNS_ID = "A5EB03E23D0CF6A0E040640A040252AD"


@pytest.fixture(scope="module")
def built(tmp_path_factory, demo_templates):
    return build(tmp_path_factory.mktemp("returns") / "sites", demo_templates)


@pytest.fixture
def sites(built, tmp_path):
    return built.copy(tmp_path / "sites")


def _targets(sites):
    with using(sites.first):
        unit = Unit.select().where(Unit.deleted == False).order_by(Unit.id).first()
        employee = Employee.select().where(Employee.kind == "PNS").order_by(Employee.id).first()
        return unit.code, str(unit.uid), employee.nip, str(employee.uid), employee.grade


def _decide_all(sites):
    _, unit_uid, _, employee_uid, _ = _targets(sites)
    with using(sites.central):
        return_writer.decide("DEMO01", "org_predikat", unit_uid, "Istimewa", period_key="2026")
        return_writer.decide("DEMO01", "pns_id", employee_uid, PNS_ID, note="dari SIASN")
        return_writer.decide("DEMO01", "name", employee_uid, "Nama  Dibetulkan")
        written = return_writer.write_return("DEMO01", sites.stick)
    return written, unit_uid, employee_uid


def test_round_trip_sets_the_predikat_and_hr_decides_the_proposals(sites):
    written, unit_uid, employee_uid = _decide_all(sites)
    assert written.items == 3 and written.acknowledged
    assert rp.parse_file_name(written.path.name) == ("DEMO01", 1)
    before = dump(sites.first)
    with using(sites.first):
        dry = returns.import_return(written.path, dry_run=True)
    assert dry.counts == {"predikat": 1, "proposals": 2, "unchanged": 0, "quarantined": 0}
    assert dump(sites.first) == before  # a dry run writes nothing
    with using(sites.first):
        applied = returns.import_return(written.path)
        assert applied.counts == dry.counts and applied.acknowledged_version
        unit = Unit.get(Unit.uid == unit_uid)
        assert (
            OrgResult.get(
                (OrgResult.unit == unit.id) & (OrgResult.period_key == "2026")
            ).org_predikat
            == "ISTIMEWA"
        )
        waiting = proposals.list_proposals(pending_only=True)
        assert [(p.kind, p.value) for p in waiting] == [
            ("pns_id", PNS_ID),
            ("name", "Nama Dibetulkan"),
        ]
    after = dump(sites.first)
    with using(sites.first):
        again = returns.import_return(written.path)
    assert again.already and dump(sites.first) == after  # idempotent
    with using(sites.first):
        pns, name = waiting
        proposals.accept(pns.id)
        with pytest.raises(InputError, match="why"):
            proposals.reject(name.id, "  ")
        proposals.reject(name.id, "Nama di SK sudah benar")
        employee = Employee.get(Employee.uid == employee_uid)
        assert employee.pns_id == PNS_ID and employee.name != "Nama Dibetulkan"
        assert {p.status for p in ReturnProposal.select()} == {"APPLIED", "ACCEPTED", "REJECTED"}
        assert AuditEntry.select().where(AuditEntry.entity == "return_proposal").count() >= 3
        with pytest.raises(InputError, match="decided already"):
            proposals.accept(pns.id)
    result = sites.send(sites.first)  # the accepted PNS ID travels up
    assert result.totals["quarantined"] == 0
    with using(sites.central):
        assert Employee.get(Employee.uid == employee_uid).pns_id == PNS_ID


def test_a_later_return_carries_the_same_decisions_known_already(sites):
    written, *_ = _decide_all(sites)
    with using(sites.first):
        returns.import_return(written.path)
    with using(sites.central):
        second = return_writer.write_return("DEMO01", sites.stick)
    with using(sites.first):
        result = returns.import_return(second.path)
    assert second.sequence == 2
    assert result.counts == {"predikat": 0, "proposals": 0, "unchanged": 3, "quarantined": 0}


def test_a_decision_the_office_cannot_apply_is_quarantined_not_blocking(sites):
    _, unit_uid, *_ = _targets(sites)
    with using(sites.central):
        return_writer.decide("DEMO01", "org_predikat", unit_uid, "Baik", period_key="2031")
        return_writer.decide("DEMO01", "org_predikat", unit_uid, "Baik", period_key="2026")
        written = return_writer.write_return("DEMO01", sites.stick)
    with using(sites.first):
        result = returns.import_return(written.path)
        assert result.counts["quarantined"] == 1 and result.counts["predikat"] == 1
        assert ReturnProposal.get(ReturnProposal.status == "QUARANTINED").reason


def _refused(sites, data: bytes, name: str = "DEMO01_R000001_20260101T000000Z.kret"):
    path = sites.stick / name
    path.write_bytes(data)
    before = dump(sites.first)
    with using(sites.first), pytest.raises(InputError) as info:
        returns.import_return(path)
    assert dump(sites.first) == before  # never a partial write
    return str(info.value)


def test_hostile_return_packages_are_refused_with_the_database_unchanged(sites, tmp_path):
    written, *_ = _decide_all(sites)
    good = written.path.read_bytes()
    assert "cannot be opened" in _refused(sites, good[: len(good) // 2])  # truncated
    flipped = bytearray(good)
    flipped[len(flipped) // 2] ^= 0x01
    assert "cannot be opened" in _refused(sites, bytes(flipped))
    assert "cannot be opened" in _refused(sites, b"not a package at all")
    with using(sites.central):
        other = return_writer.write_return("DEMO02", sites.stick)
    assert "not sealed for this office" in _refused(sites, other.path.read_bytes())
    # a central office this office does not know signs a package sealed for it
    forger = tmp_path / "forger.db"
    with using(forger):
        sync_central.hq_init("Pusat Palsu")
        key = sync_central.identity().signing_key
        public = sync_central.identity().public_key
    with using(sites.first):
        from desktop_app.services import office as office_service

        office_public = office_service.require_office().public_key
    body = rp.ReturnBody(
        format=rp.FORMAT,
        format_version=rp.FORMAT_VERSION,
        central=rp.Central("Pusat Palsu", public),
        office_code="DEMO01",
        sequence=9,
        created_at="2026-01-01T00:00:00Z",
        codetable_version="2026.1",
        items=[],
    )
    assert "not the one this office knows" in _refused(sites, rp.write(body, key, office_public))


def test_a_replayed_older_return_is_refused(sites):
    first, *_ = _decide_all(sites)
    with using(sites.central):
        second = return_writer.write_return("DEMO01", sites.stick)
    with using(sites.first):
        returns.import_return(second.path)
    assert "old or replayed" in _refused(sites, first.path.read_bytes(), first.path.name)


def test_cli_decide_return_and_import_return(sites, capsys):
    unit_code, _, nip, _, _ = _targets(sites)
    central = ["--db", str(sites.central)]
    office = ["--db", str(sites.first)]
    assert (
        cli.run(
            ["hq", "decide", "--office", "DEMO01", "--kind", "org_predikat", "--unit", unit_code,
             "--value", "Butuh Perbaikan", "--period", "2026", *central]
        )
        == 0
    )  # fmt: skip
    assert cli.run(["hq", "decide", "--office", "DEMO01", "--kind", "pns_id", "--nip", nip,
                    "--value", "bad id;", *central]) == 2  # fmt: skip
    assert "not a PNS ID" in capsys.readouterr().err
    assert cli.run(["hq", "return", "--office", "DEMO01", "--out", str(sites.stick), *central]) == 0
    path = capsys.readouterr().out.strip().splitlines()[-1]
    assert cli.run(["import-return", path, "--dry-run", *office]) == 0
    assert "dry run: 1 organisation predikat set" in capsys.readouterr().out
    assert cli.run(["import-return", path, *office]) == 0
    assert "applied: 1 organisation predikat set" in capsys.readouterr().out
    assert cli.run(["import-return", path, *office]) == 0
    assert "applied before; nothing changed" in capsys.readouterr().out
    damaged = sites.stick / "damaged.kret"
    damaged.write_bytes(b"x" * 100)
    assert cli.run(["import-return", str(damaged), *office]) == 2
    assert "cannot be opened" in capsys.readouterr().err
    assert cli.run(["hq", "return", "--office", "NOPE1", "--out", str(sites.stick), *central]) == 2
