"""`db copy`: a demo office moved from a SQLite file to a PostgreSQL server and back, every
table equal by count and digest, the ids, versions and audit chain kept, the copy opened and
written to again; a target that holds data is refused untouched."""

from __future__ import annotations

import pytest

from desktop_app import cli
from desktop_app.models import Employee
from desktop_app.models.database import close_database, open_database
from desktop_app.models.engines import copy as db_copy
from desktop_app.services import audit
from desktop_app.services.register import units


def _snapshot() -> tuple[int, list[tuple[int, str, int]]]:
    rows = [(e.id, str(e.uid), e.version) for e in Employee.select().order_by(Employee.id)]
    return audit.verify_chain()[0], rows


def test_a_demo_office_goes_to_the_server_and_back(demo_templates, tmp_path, pg_url, capsys):
    source = tmp_path / "office.db"
    demo_templates.open_copy(source, 12, seed=1)
    before = _snapshot()
    close_database()
    assert cli.run(["db", "copy", "--from", str(source), "--to", pg_url]) == 0
    assert "every table's count and digest match" in capsys.readouterr().out
    open_database(pg_url)
    try:
        assert _snapshot() == before
        assert audit.verify_chain()[1] is None
        units.save_unit(units.UnitInput("BARU", "Unit Baru", "DINAS"))  # ids continue
    finally:
        close_database()
    back = tmp_path / "back.db"
    checks = db_copy.copy_database(pg_url, back)
    assert {c.table for c in checks} >= {"employee", "audit_log", "evaluation"}
    open_database(back)
    try:
        assert audit.verify_chain()[1] is None
        assert Employee.select().count() == len(before[1])
    finally:
        close_database()


def test_a_target_with_data_is_refused_untouched(tmp_path, pg_url, capsys):
    source = tmp_path / "office.db"
    open_database(source)
    from desktop_app.services import office as office_service

    office_service.init_office("TST01", "Dinas Uji Coba")
    close_database()
    open_database(pg_url)
    office_service.init_office("LAIN1", "Dinas Lain")
    close_database()
    assert cli.run(["db", "copy", "--from", str(source), "--to", pg_url]) != 0
    assert "not empty" in capsys.readouterr().err
    open_database(pg_url)
    try:
        from desktop_app.models import Office

        assert [o.code for o in Office.select()] == ["LAIN1"]
    finally:
        close_database()
    with pytest.raises(db_copy.CopyRefused, match="not empty"):
        db_copy.copy_database(pg_url, source)
