"""The service calls the sync screens need beyond the CLI's: reading the central office key
from a file on the stick, copying a package from the outbox again, what a receipt said was
quarantined, the dry run of several packages together, and the central office's key file and
identity export."""

from __future__ import annotations

import pytest

from desktop_app.errors import InputError
from desktop_app.services.sync import central as sync_central
from desktop_app.services.sync import office as sync_office
from desktop_app.sync.keys import grouped
from tests.sync.conftest import dump, using


def test_the_key_file_of_the_central_office_gives_key_and_fingerprint(sites, tmp_path):
    with using(sites.central):
        recipient, fingerprint = sync_central.hq_key()
        path = sync_central.write_key_file(tmp_path / "kunci-pusat.txt")
    assert sync_office.read_hq_key_file(path) == (recipient, fingerprint)
    # what 'hq key' prints, pasted, and a key alone
    printed = f"{recipient}\nreceipt signing key fingerprint: {grouped(fingerprint)}\n"
    assert sync_office.parse_hq_key(printed) == (recipient, fingerprint)
    assert sync_office.parse_hq_key(f"  {recipient}  ") == (recipient, None)
    with pytest.raises(InputError, match="starts with 'age1'"):
        sync_office.parse_hq_key("kunci kantor pusat")
    with pytest.raises(InputError, match="not a valid central office key"):
        sync_office.parse_hq_key("age1bukankunci")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (sync_office.KEY_FILE_LIMIT + 1))
    with pytest.raises(InputError, match="too large"):
        sync_office.read_hq_key_file(big)
    with pytest.raises(InputError, match="cannot be read"):
        sync_office.read_hq_key_file(tmp_path / "missing.txt")


def test_a_package_is_copied_again_from_the_outbox(sites, tmp_path):
    first = sites.export()
    other = tmp_path / "other-stick"
    other.mkdir()
    with using(sites.office):
        copy = sync_office.copy_outbox_package(first.name, other)
        assert copy == other / first.name and copy.read_bytes() == first.read_bytes()
        assert sync_office.outbox_quarantined(first.name) == []
        with pytest.raises(InputError, match="no longer in the outbox"):
            sync_office.copy_outbox_package("DEMO01_000099_20260101T000000Z.kpkg", other)
        with pytest.raises(InputError, match="does not exist"):
            sync_office.copy_outbox_package(first.name, tmp_path / "unplugged")
        sync_office.outbox_file(first.name).write_bytes(b"rusak")
        with pytest.raises(InputError, match="damaged"):
            sync_office.copy_outbox_package(first.name, other)
    # the copy is the package: importing it is the same as importing the original
    assert sites.import_(copy).totals["new"] > 0


def test_the_dry_run_of_several_packages_counts_them_as_applied_in_order(sites, tmp_path):
    first = sites.export()
    second = sites.export()  # no receipt came: it carries everything again
    stray = tmp_path / "DEMO77_000001_20260101T000000Z.kpkg"
    stray.write_bytes(b"not a package")
    before = dump(sites.central)
    with using(sites.central):
        info = sync_central.inspect(first)
        assert not info.known and not info.registered and info.office_code == "DEMO01"
        results = dict(
            sync_central.preview_many([second, stray, first], trust={"DEMO01": sites.fingerprint})
        )
    assert dump(sites.central) == before  # nothing written, the office not registered
    assert list(results) == sync_central.import_order([second, stray, first])
    one, two = results[first], results[second]
    assert one.dry_run and not one.registered and one.receipt is None
    assert one.totals["new"] > 0
    # package 2 is counted after package 1: the same records, so nothing new
    assert two.totals["new"] == 0 and two.totals["unchanged"] == one.totals["new"]
    assert isinstance(results[stray], InputError)
    # applying gives what the preview said
    applied = sites.import_(first)
    assert applied.summary == one.summary
    with using(sites.central):
        info = sync_central.inspect(second)
        assert info.known and info.registered


def test_exporting_the_identity_is_remembered(sites, tmp_path):
    with using(sites.central):
        assert sync_central.identity_exported_at() is None
        sync_central.export_identity(tmp_path / "pusat.age")
        assert sync_central.identity_exported_at() is not None


def test_the_merge_queue_names_the_employee_in_both_offices(sites, tmp_path):
    from desktop_app.models import Employee
    from desktop_app.services import office as office_service
    from desktop_app.services.register import employees
    from desktop_app.services.register import units as unit_service

    sites.import_(sites.export())
    with using(sites.office):
        moved = Employee.select().where(Employee.active == True).first()
        nip, name = moved.nip, moved.name
    with using(tmp_path / "other.db"):
        info = office_service.init_office("DEMO02", "Puskesmas Lain")
        unit = unit_service.save_unit(
            unit_service.UnitInput("PKM02", "Puskesmas Lain", "PUSKESMAS")
        )
        employees.save_employee(employees.EmployeeInput(nip, "Pegawai Pindahan", "III/a", unit))
        sync_office.set_hq_key(sites.recipient, sites.hq_fingerprint)
        path = sync_office.export_package(sites.stick).path
    with using(sites.central):
        sync_central.import_package(path, trust={"DEMO02": info.fingerprint})
        (row,) = sync_central.merge_queue_details()
        assert row.nip == nip
        assert (row.first_office, row.first_name) == ("DEMO01", name)
        assert (row.second_office, row.second_name, row.second_unit) == (
            "DEMO02",
            "Pegawai Pindahan",
            "Puskesmas Lain",
        )
        sync_central.resolve_merge(row.id, "Pindah ke DEMO02")
        assert sync_central.merge_queue_details() == []
