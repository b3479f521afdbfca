"""The central office reads the offices' data in the same screens, read-only, and can narrow
every list to one office."""

from __future__ import annotations

import pytest

from desktop_app.services import office as office_service
from desktop_app.services import periods, session
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employee_queries, employees, units
from desktop_app.services.session import Action
from desktop_app.services.sync import central as sync_central
from desktop_app.services.sync import office as sync_office
from tests.sync.conftest import using


@pytest.fixture
def central_mode():
    session.set_central(True)
    yield
    session.set_central(False)


def test_consolidated_lists_are_read_only_and_filter_by_office(sites, tmp_path, central_mode):
    session.set_central(False)
    sites.import_(sites.export())
    other = tmp_path / "other.db"
    with using(other):
        info = office_service.init_office("DEMO02", "Puskesmas Lain")
        unit = units.save_unit(units.UnitInput("PKM02", "Puskesmas Lain", "PUSKESMAS"))
        employees.save_employee(
            employees.EmployeeInput("199001012020121001", "Pegawai Lain", "III/a", unit)
        )
        periods.open_period(2026)
        sync_office.set_hq_key(sites.recipient, sites.hq_fingerprint)
        path = sync_office.export_package(sites.stick).path
    with using(sites.central):
        sync_central.import_package(path, trust={"DEMO02": info.fingerprint})
        session.set_central(True)
        everyone = employee_queries.list_employees()
        assert {e.nip for e in everyone} >= {"199001012020121001"} and len(everyone) > 1
        assert [p.year for p in periods.list_periods()].count(2026) == 1  # once, not per office
        assert not session.allowed(Action.WRITE_REGISTER)
        assert not session.allowed(Action.WRITE_APPRAISAL)
        assert session.allowed(Action.READ_ALL)
        session.set_office_filter("DEMO02")
        assert [e.nip for e in employee_queries.list_employees()] == ["199001012020121001"]
        assert [u.code for u in units.list_units()] == ["PKM02"]
        assert periods.period_for(2026).office_code == "DEMO02"
        assert [r.name for r in evaluations.monitoring("2026-Q1")] == ["Pegawai Lain"]
        session.set_office_filter("DEMO01")
        assert "199001012020121001" not in {e.nip for e in employee_queries.list_employees()}
        session.set_office_filter(None)
