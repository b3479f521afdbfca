"""The tests in tests/pg/ run against a real PostgreSQL server: a throwaway cluster for the
session (tests/pg/pg_cluster.py) and a fresh database for each test, copied from a migrated
template (CREATE DATABASE ... TEMPLATE, much faster than migrating each time).

Here `db_path` opens that database instead of a SQLite file, so service tests written for
`db_path` / `office` run unchanged when a module here imports them (test_*_both.py). Skipped,
with the reason, only when no PostgreSQL binaries are installed.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pg_cluster

from desktop_app.models.database import close_database, open_database

TEMPLATE = "kinerja_template"
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    """Every test here carries the `pg` marker (`-m "not pg"` leaves the server out)."""
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.pg)


_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    """The session's PostgreSQL cluster, with a migrated template database."""
    bin_dir = pg_cluster.find_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (no initdb): apt-get install postgresql")
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        pytest.skip("the PostgreSQL driver psycopg2 is not installed (pip install -e '.[dev]')")
    cluster = pg_cluster.Cluster(Path(tempfile.mkdtemp(prefix="kinerja-pg-")), bin_dir).start()
    try:
        cluster.admin(f'CREATE DATABASE "{TEMPLATE}"')
        open_database(cluster.url(TEMPLATE))
        close_database()
        yield cluster
    finally:
        close_database()
        cluster.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh, migrated, empty database of its own for this test."""
    name = f"t{next(_numbers)}"
    pg_server.admin(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
    return pg_server.url(name)


@pytest.fixture
def empty_pg_url(pg_server) -> str:
    """A fresh database with no tables at all (for the migrations themselves)."""
    name = f"e{next(_numbers)}"
    pg_server.admin(f'CREATE DATABASE "{name}"')
    return pg_server.url(name)


@pytest.fixture
def db_path(pg_url: str, tmp_path: Path):
    """Overrides the SQLite `db_path`: the test's database is on the server."""
    open_database(pg_url)
    yield tmp_path / "kinerja.db"
    close_database()
