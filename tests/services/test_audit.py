"""Every change through the services is audited in the same transaction, and the chain
detects an edited or removed entry."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.errors import FieldErrors
from desktop_app.models.audit import acting_as
from desktop_app.models.database import write_transaction
from desktop_app.services import audit
from desktop_app.services.register import units


def test_create_update_status_delete_are_audited_with_old_and_new(office):
    with acting_as("siti"):
        uid_id = units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
        units.save_unit(units.UnitInput("A", "Dinas Anyar", "DINAS"), uid_id)
        units.save_unit(units.UnitInput("A", "Dinas Anyar", "DINAS", active=False), uid_id)
        units.delete_unit(uid_id)
    from desktop_app.models import Unit

    uid = str(Unit.get_by_id(uid_id).uid)
    rows = audit.history(uid)
    assert [r.action for r in rows] == ["create", "update", "status", "delete"]
    assert all(r.actor == "siti" for r in rows)
    assert rows[1].changes == {"name": ["Dinas A", "Dinas Anyar"]}
    assert rows[0].changes["code"] == [None, "A"]


def test_failed_write_leaves_no_audit_entry(office):
    before = len(audit.search())
    with pytest.raises(FieldErrors):
        units.save_unit(units.UnitInput("", "", "DINAS"))
    with pytest.raises(RuntimeError), write_transaction():
        units.save_unit(units.UnitInput("B", "Dinas B", "DINAS"))
        raise RuntimeError("power cut")
    assert len(audit.search()) == before


def test_signing_key_is_redacted(office):
    office_rows = audit.search(entity="office")
    assert office_rows and office_rows[0].changes["signing_key"] == [None, "***"]


def test_chain_detects_edit_and_removal(db_path, office):
    for code in "ABC":
        units.save_unit(units.UnitInput(code, f"Dinas {code}", "DINAS"))
    count, broken = audit.verify_chain()
    assert count >= 4 and broken is None
    con = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE audit_log SET actor = 'x' WHERE id = 2")
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute(
        "UPDATE audit_log SET changes = replace(changes, 'Dinas B', 'Dinas X') WHERE id = 3"
    )
    con.commit()
    con.close()
    _count, broken = audit.verify_chain()
    assert broken is not None and broken.entry_id == 3 and "edited" in broken.reason
