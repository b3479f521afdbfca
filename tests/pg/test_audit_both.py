"""tests/services/test_audit.py again, on a PostgreSQL server (tests/pg/conftest.py), and the
append-only audit trail enforced by the server as SQLite's triggers enforce it."""

import peewee
import pytest

from desktop_app.models.base import db
from desktop_app.services import audit
from desktop_app.services.register import units
from tests.services.test_audit import (  # noqa: F401
    test_create_update_status_delete_are_audited_with_old_and_new,
    test_failed_write_leaves_no_audit_entry,
    test_signing_key_is_redacted,
)


def test_the_server_refuses_to_change_or_remove_an_audit_entry(office):
    for code in "ABC":
        units.save_unit(units.UnitInput(code, f"Dinas {code}", "DINAS"))
    count, broken = audit.verify_chain()
    assert count >= 4 and broken is None
    for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(peewee.DatabaseError, match="append-only"), db.atomic():
            db.execute_sql(statement)
    assert audit.verify_chain() == (count, None)
