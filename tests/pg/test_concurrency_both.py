"""Several people at once: a save over a newer version is refused naming who changed it and
when (both engines); on a PostgreSQL server, parallel writers (threads and processes, as two
PCs) lose no update, never share a change-counter value, and leave an audit chain that
verifies."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.models import Employee
from desktop_app.models.audit import acting_as
from desktop_app.models.base import db
from desktop_app.models.database import close_database, open_database, worker_connection
from desktop_app.services import audit, concurrency
from desktop_app.services import office as office_service
from desktop_app.services.register import employees as svc
from desktop_app.services.register import units
from tests.services.test_employees import person

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def office_on(request, tmp_path):
    """An office on each engine, with one unit; yields its database (path or URL)."""
    target = tmp_path / "k.db" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    open_database(target)
    office_service.init_office("TST01", "Dinas Uji Coba")
    unit = units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    yield target, unit
    close_database()


def test_a_save_over_a_newer_version_is_refused_naming_who_and_when(office_on):
    _target, unit = office_on
    employee_id = svc.save_employee(person(unit))
    mine = concurrency.Guard("employee", employee_id)
    with acting_as("siti"):  # another PC saves first
        svc.save_employee(person(unit, name="Budi Santoso Lain"), employee_id)
    with pytest.raises(concurrency.ChangedMeanwhileError) as refused:
        mine.run(lambda: svc.save_employee(person(unit, name="Budi S."), employee_id))
    assert refused.value.by == "siti" and refused.value.at is not None
    assert "siti changed this record at" in str(refused.value)
    assert Employee.get_by_id(employee_id).name == "Budi Santoso Lain"  # theirs is kept
    mine.reload()
    mine.run(lambda: svc.save_employee(person(unit, name="Budi S."), employee_id))
    mine.run(lambda: svc.save_employee(person(unit, name="Budi S. 2"), employee_id))
    assert Employee.get_by_id(employee_id).name == "Budi S. 2"
    assert mine.version == Employee.get_by_id(employee_id).version
    assert audit.verify_chain()[1] is None


def _versions_are_unique() -> None:
    rows = db.execute_sql(
        "SELECT version FROM employee UNION ALL SELECT version FROM unit"
    ).fetchall()
    values = [r[0] for r in rows]
    assert len(values) == len(set(values))


def test_parallel_writers_on_the_server_lose_nothing(pg_url):
    open_database(pg_url)
    try:
        office_service.init_office("TST01", "Dinas Uji Coba")
        unit = units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
        shared = svc.save_employee(person(unit))
        nips = [f"198609262015051{n:03d}" for n in range(2, 42)]
        won: list[str] = []
        refused: list[str] = []
        errors: list[BaseException] = []

        def writer(name: str, mine: list[str]) -> None:
            try:
                with worker_connection(), acting_as(name):
                    for n, nip in enumerate(mine):
                        svc.save_employee(person(unit, nip=nip, name=f"{name} {n}"))
                        while True:  # an editor: load, change, save; reload when refused
                            guard = concurrency.Guard("employee", shared)
                            count = int(Employee.get_by_id(shared).notes or 0)
                            try:
                                guard.run(
                                    lambda count=count: svc.save_employee(
                                        person(unit, notes=str(count + 1)), shared
                                    )
                                )
                                won.append(name)
                                break
                            except concurrency.ChangedMeanwhileError:
                                refused.append(name)
            except BaseException as err:  # reported below
                errors.append(err)

        threads = [threading.Thread(target=writer, args=(f"pc{i}", nips[i::4])) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert errors == []
        assert Employee.select().count() == 41  # every insert landed
        assert len(won) == 40  # every editor's change landed once, none overwritten
        assert Employee.get_by_id(shared).notes == "40"
        _versions_are_unique()
        count, broken = audit.verify_chain()
        assert broken is None and count >= 41 + len(won)
    finally:
        close_database()


WRITER = """
import sys
from desktop_app.models.database import open_database
from desktop_app.models.audit import acting_as
from desktop_app.services.register import employees as svc
from tests.services.test_employees import person
open_database(sys.argv[1])
with acting_as(sys.argv[2]):
    for nip in sys.argv[4:]:
        svc.save_employee(person(int(sys.argv[3]), nip=nip, name=sys.argv[2]))
"""


def test_two_programs_on_one_server_database(pg_url):
    open_database(pg_url)
    office_service.init_office("TST01", "Dinas Uji Coba")
    unit = units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    close_database()
    nips = [f"198609262015051{n:03d}" for n in range(2, 32)]
    programs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, pg_url, f"pc{i}", str(unit), *nips[i::2]],
            cwd=ROOT,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    for program in programs:
        _out, err = program.communicate(timeout=120)
        assert program.returncode == 0, err
    open_database(pg_url)
    try:
        assert Employee.select().count() == 30
        assert {e.name for e in Employee.select()} == {"pc0", "pc1"}
        _versions_are_unique()
        assert audit.verify_chain()[1] is None
    finally:
        close_database()


def test_the_guard_follows_its_own_saves(office_on):
    _target, unit = office_on
    employee_id = svc.save_employee(person(unit))
    guard = concurrency.Guard("employee", employee_id)
    before = guard.version
    guard.run(lambda: svc.save_employee(dataclasses.replace(person(unit), name="A"), employee_id))
    assert guard.version is not None and before is not None and guard.version > before


def test_a_write_waiting_too_long_for_another_pc_says_in_use_and_changes_nothing(
    pg_url, monkeypatch
):
    import psycopg2

    from desktop_app.errors import DatabaseInUseError
    from desktop_app.models import engines
    from desktop_app.models.engines import ServerTarget
    from desktop_app.models.engines.postgres import WRITER_LOCK_KEY

    monkeypatch.setattr(engines, "LOCK_TIMEOUT_S", 1)
    open_database(pg_url)
    try:
        office_service.init_office("TST01", "Dinas Uji Coba")
        target = ServerTarget.parse(pg_url)
        other = psycopg2.connect(dbname=target.dbname, **target.connect_params())
        cursor = other.cursor()  # another PC, in the middle of a long write
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK_KEY,))
        with pytest.raises(DatabaseInUseError):
            units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
        other.rollback()
        other.close()
        units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))  # works again
        assert db.execute_sql("SELECT COUNT(*) FROM unit").fetchone()[0] == 1
    finally:
        close_database()
