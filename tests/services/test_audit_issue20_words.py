"""The audit trail names the record types of issue 20 in user words (acceptance review): an
official outside the office, the link to them, an acting assignment (Plt/Plh), a dialog
kinerja, a PPPK contract, the month range of an SKP after a transfer, a deadline and the
closing of a period. Before, they read "Other record" / "Other detail"; the official, a
deadline and a closing "(a record no longer here)"; the codes DIALOG / FULL as stored."""

from __future__ import annotations

import datetime as dt

from desktop_app.models import Employee
from desktop_app.services import audit_labels as L
from desktop_app.services import audit_rows, period_stages, session
from desktop_app.services.audit_values import Words
from desktop_app.services.development import dialogue
from desktop_app.services.register import acting, contracts, officials
from desktop_app.services.session import Role, Session
from desktop_app.services.skp import transfers

TODAY = dt.date(2026, 12, 3)
NEW_ENTITIES = {
    "external_official",
    "external_appraiser_link",
    "acting_assignment",
    "performance_dialogue",
    "pppk_contract",
}


def _text(shown: object) -> str:
    return shown.text if isinstance(shown, Words) else str(shown)


def test_the_issue_20_records_read_in_user_words(tmp_path, demo_templates):
    demo_templates.open_copy(tmp_path / "kantor.db", 30, seed=3, today=TODAY)
    session.sign_in_as(Session(1, "admin", Role.ADMIN))
    staff = Employee.select().where(Employee.appraiser.is_null(False)).first()
    pppk = Employee.select().where(Employee.kind == "PPPK").first()
    official = officials.save_official(
        officials.OfficialInput("Uji Pejabat", "NON_ASN", "Asisten Bupati", "Pemkab Uji")
    )
    officials.set_external_appraiser(staff.id, official)
    post = Employee.get_by_id(staff.appraiser_id).position_id
    acting.save_assignment(
        acting.AssignmentInput(
            post,
            "PLH",
            dt.date(2026, 11, 2),
            "1/2026",
            ends=dt.date(2026, 11, 6),
            official_id=official,
        )
    )
    contracts.save_contract(
        contracts.ContractInput(
            pppk.id, dt.date(2031, 1, 1), dt.date(2031, 12, 31), "FULL", "9/2031"
        )
    )
    dialogue.save_dialogue(
        dialogue.DialogueInput(staff.id, "DIALOG", dt.date(2026, 11, 2), "Capaian triwulan")
    )
    transfers.transfer(
        transfers.TransferInput(
            staff.id, 2026, 11, "MUTASI", staff.unit_id, "Pengadministrasi Umum", "PELAKSANA", None
        )
    )
    period_stages.set_deadline(2026, "2026-Q4", dt.date(2027, 1, 12))
    period_stages.close_stage(2026, "2026-Q2")
    rows = audit_rows.search_rows(limit=200)
    seen = {r.entity.text for r in rows}
    for entity in NEW_ENTITIES:
        assert L.ENTITY_LABELS.get(entity) in seen, entity
    for row in rows:
        assert row.entity.text != L.OTHER_RECORD, row
        assert _text(row.record) != L.UNKNOWN_RECORD, row
        for change in row.changes:
            assert change.field.text != L.OTHER_FIELD, (row.entity.text, row)
            assert _text(change.new) not in {"DIALOG", "FULL", "PLH", "NON_ASN"}, row
    stages = {
        str(r.record)
        for r in rows
        if r.entity.text in (L.ENTITY_LABELS["period_stage"], L.ENTITY_LABELS["period_closure"])
    }
    assert {"2026-Q2", "2026-Q4"} <= stages, stages  # period keys, shown in the user's words
    official_rows = [r for r in rows if r.entity.text == L.ENTITY_LABELS["external_official"]]
    assert "Uji Pejabat" in _text(official_rows[0].record)


def test_every_audited_column_has_a_label():
    """Acceptance review of issue 18, point 9: the history of an employee showed the PNS ID
    as "Other detail"; so did the Plt/Plh of a status step, the comment of a returned RHK, the
    employee's "read" mark and an account's sign-ins. Every column a user can see a change
    of is named (the bookkeeping columns are left out of the changes)."""
    from desktop_app.services.audit_rows import _models

    unnamed = [
        (table, name)
        for table, model in sorted(_models().items())
        if table in L.ENTITY_LABELS
        for name in model._meta.sorted_field_names
        if name not in L.HIDDEN_FIELDS
        and not (L.ENTITY_FIELD_LABELS.get((table, name)) or L.FIELD_LABELS.get(name))
    ]
    assert unnamed == []
