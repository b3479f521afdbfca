"""models.bulk.bulk_insert stays in step with SyncedModel.insert_many (sync fields, audit)."""

from __future__ import annotations

import datetime as dt
import json

from desktop_app.demo import generator as demo
from desktop_app.models import (
    AuditEntry,
    BehaviourExpectation,
    Employee,
    Indicator,
    PerformancePlan,
    Period,
    PlanResult,
    PlanStatusChange,
)
from desktop_app.models.audit import CREATED, read_changes
from desktop_app.models.bulk import bulk_insert
from desktop_app.models.database import write_transaction

YEAR = dt.date.today().year  # the year the demo opens


def test_bulk_insert_writes_what_insert_many_writes(db_path):
    """The fast path writes what insert_many writes: same stored values, same audit entries,
    versions in order (a demo office provides the parents)."""
    demo.generate_demo(5, seed=2)
    employee = Employee.select().order_by(Employee.id).first()
    plan = PerformancePlan.get(PerformancePlan.employee == employee)
    result = PlanResult.select().where(PlanResult.plan == plan).first()
    with write_transaction():
        years = [Period.insert(year=YEAR + n).execute() for n in (1, 2)]
    at = dt.datetime(YEAR, 1, 5, 2, 30, 15)
    cases = [
        (PerformancePlan, {"employee": employee.id, "period": years[0], "form": "STAFF",
                           "status": "APPROVED", "snapshot": '{"a": "é"}', "approved_at": at}),
        (PlanResult, {"plan": plan.id, "is_main": 0, "sort_order": 2, "text": "RHK",
                      "perspective": None, "parent_result": result.id, "parent_text": ""}),
        (Indicator, {"result": result.id, "aspect": "WAKTU", "text": "Waktu",
                     "target_value": "12", "target_unit": "bulan"}),
        (BehaviourExpectation, {"plan": plan.id, "value_code": 3, "text": "20 JP"}),
        (PlanStatusChange, {"plan": plan.id, "from_status": "", "to_status": "DRAFT",
                            "actor": "system", "reason": "", "at": at}),
        (Employee, {"nip": "199001152015032002", "kind": "PNS", "name": "Ani", "gender": "P",
                    "birth_date": dt.date(1990, 1, 15), "grade": "III/a",
                    "grade_since": dt.date(2019, 4, 1), "unit": employee.unit_id,
                    "position": employee.position_id, "appraiser": employee.id,
                    "active": False}),
    ]  # fmt: skip
    # the second row differs only where a unique index needs it
    unique = {PerformancePlan: {"period": years[1]}, Employee: {"nip": "199001152015032010"}}
    for model, row in cases:
        with write_transaction():
            before = AuditEntry.select().count()
            model.insert_many([row]).execute()
            other = {**row, **unique.get(model, {})}
            bulk_insert(model, tuple(other), [tuple(other.values())])
        new, old = model.select().order_by(model.id.desc()).limit(2).dicts()
        for key in {"id", "uid", "version", "updated_at", *unique.get(model, {})}:
            new.pop(key), old.pop(key)
        assert new == old, model
        slow, fast = AuditEntry.select().where(AuditEntry.id > before).order_by(AuditEntry.id)
        assert (slow.action, slow.entity, slow.actor) == (fast.action, fast.entity, fast.actor)
        assert fast.action == "create" and fast.entity == model._meta.table_name
        # both in the compact format: the new values only, the uid in the record column
        assert json.loads(slow.changes)[0] == json.loads(fast.changes)[0] == CREATED
        slow_changes = read_changes(slow.action, slow.record_uid, slow.changes)
        fast_changes = read_changes(fast.action, fast.record_uid, fast.changes)
        newest = model.select().order_by(model.id.desc()).first()
        assert fast.record_uid == str(newest.uid)
        assert "uid" not in fast_changes and "uid" not in slow_changes
        for changes in (slow_changes, fast_changes):
            for key in unique.get(model, {}):
                changes.pop(key, None)
        assert slow_changes == fast_changes, model
        versions = [v for (v,) in model.select(model.version).order_by(model.id).tuples()]
        assert versions[-1] == versions[-2] + 1
