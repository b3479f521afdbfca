"""The start-up diagnosis on a PostgreSQL server: sound, missing, empty, not ours,
unreachable and read-only are told apart without changing anything; the quick check after
opening finds an invalid index and a lost change counter."""

from __future__ import annotations

from desktop_app.models.base import db
from desktop_app.models.database import close_database, open_database
from desktop_app.models.engines import ServerTarget
from desktop_app.services import database_check
from desktop_app.services.database_check import Finding


def test_a_migrated_server_database_is_sound_and_its_quick_check_is_clean(pg_url):
    assert database_check.diagnose_server(pg_url).finding is Finding.SOUND
    open_database(pg_url)
    try:
        assert database_check.quick_check() == []
    finally:
        close_database()


def test_missing_empty_and_foreign_databases_are_told_apart(pg_server, empty_pg_url):
    missing = database_check.diagnose_server(pg_server.url("nothing_here"))
    assert missing.finding is Finding.MISSING
    assert database_check.diagnose_server(empty_pg_url).finding is Finding.EMPTY
    name = ServerTarget.parse(empty_pg_url).dbname
    pg_server.admin(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
    assert database_check.diagnose_server(empty_pg_url).finding is Finding.READ_ONLY


def test_a_server_that_does_not_answer_is_unreachable(tmp_path):
    found = database_check.diagnose_server(f"postgresql://nobody@/kinerja?host={tmp_path}")
    assert found.finding is Finding.UNREACHABLE
    assert found.problems and "socket" in found.problems[0].lower()


def test_the_quick_check_finds_a_lost_change_counter(pg_url):
    open_database(pg_url)
    try:
        db.execute_sql("DELETE FROM change_counter")
        assert database_check.quick_check() == ["the change counter row is missing"]
    finally:
        close_database()
