"""Applying an employee import, step two of two: the valid rows of a preview written in ONE
transaction (all or nothing), after validating them again against the register as it is now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import Employee
from desktop_app.models.database import write_transaction
from desktop_app.services.register import employees, import_statuses, register_history
from desktop_app.services.register.employee_columns import Progress
from desktop_app.services.register.employee_import_preview import (
    Action,
    ImportPreview,
    RegisterGraph,
    RowPlan,
    evaluate_rows,
)
from desktop_app.services.register.import_units import UnitResolver, create_units
from desktop_app.services.session import Action as SessionAction
from desktop_app.services.session import require


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote. `skipped` counts the rows not written because of their problems
    (refused); `non_asn` the rows set aside as non-ASN; `incomplete` the records written that
    still lack a field; `units_created` the units made for names the register did not have."""

    created: int
    updated: int
    unchanged: int
    skipped: int
    non_asn: int = field(default=0, compare=False)
    incomplete: int = field(default=0, compare=False)
    units_created: int = field(default=0, compare=False)


class ChangedSincePreviewError(InputError):
    """The register changed between preview and confirmation so that a row became invalid."""


def apply_import(preview: ImportPreview, progress: Progress | None = None) -> ImportResult:
    """Write the valid rows of a preview in one transaction: all of them or, on any failure,
    none. The rows are validated again first, since the register may have changed; if a row
    the preview showed as valid is no longer valid, nothing is written."""
    require(SessionAction.WRITE_REGISTER)
    excluded = frozenset(i for i, r in enumerate(preview.rows) if r.action == Action.INVALID)
    options = preview.options
    with write_transaction():
        made = 0
        if options.create_units:
            made = _create_units(preview)
        plans = evaluate_rows(preview.source, exclude=excluded, options=options)
        broken = [p for p in plans if p.index not in excluded and p.action == Action.INVALID]
        if broken:
            first = broken[0].preview()
            raise ChangedSincePreviewError(
                N_(
                    "employee_io",
                    "The register changed after the preview: a row can no longer be imported "
                    "(row {row}: {problem}). Nothing was imported: open the file again.",
                )
                if len(broken) == 1
                else N_(
                    "employee_io",
                    "The register changed after the preview: {count} rows can no longer be "
                    "imported (row {row}: {problem}). Nothing was imported: open the file again.",
                ),
                context="employee_io",
                count=len(broken),
                row=first.row,
                problem=first.problems[0],
            )
        todo = [p for p in plans if p.action in (Action.NEW, Action.UPDATE)]
        created, updated = _write(todo, progress)
    valid = [p for p in plans if p.action != Action.INVALID]
    return ImportResult(
        created,
        updated,
        len(valid) - created - updated,
        len(plans) - len(valid),
        non_asn=len(preview.skipped),
        incomplete=sum(1 for p in valid if p.missing()),
        units_created=made,
    )


def _create_units(preview: ImportPreview) -> int:
    """Create the units the file names and the register lacks (inside the transaction)."""
    resolver = UnitResolver.load()
    names = [u.name for u in preview.units_not_found if resolver.find(u.name) is None]
    if not names:
        return 0
    parent = preview.options.unit_parent_id
    if parent is None:
        parent = resolver.root_id
    return len(create_units(names, parent))


def _write(todo: list[RowPlan], progress: Progress | None) -> tuple[int, int]:
    """Save the rows, superiors first so that links to new rows of the file get their ids."""
    ids = RegisterGraph().id_of
    new_nips = {p.nip for p in todo if p.existing is None}
    tombs = dict(
        Employee.select(Employee.nip, Employee.id).where(Employee.deleted == True).tuples()
    )
    created = updated = done = 0
    pending = list(todo)
    second_pass: list[RowPlan] = []
    while pending:
        ready = [p for p in pending if all(t not in new_nips or t in ids for t in p.links.values())]
        if not ready:  # atasan and pejabat penilai name each other: link them in a second pass
            ready = second_pass = pending
        saved = {id(p) for p in ready}
        for plan in ready:
            changed, was_new = _save(plan, ids, tombs)
            created += int(changed and was_new)
            updated += int(changed and not was_new)
            done += 1
            if progress is not None:
                progress(done, len(todo))
        pending = [p for p in pending if id(p) not in saved]
    for plan in second_pass:
        _save(plan, ids, tombs)
    return created, updated


def _today() -> dt.date:
    return dt.date.today()


def _save(plan: RowPlan, ids: dict[str, int], tombs: dict[str, int]) -> tuple[bool, bool]:
    """Create or update one employee; returns (something changed, it is a new record).

    Unchanged records are not saved, so their version stays (sync sends nothing for them).
    """
    assert plan.info is not None
    data = replace(
        plan.data,
        supervisor_id=ids.get(plan.links["supervisor"] or ""),
        appraiser_id=ids.get(plan.links["appraiser"] or ""),
    )
    emp_id = plan.existing.id if plan.existing is not None else ids.get(plan.info.nip)
    if emp_id is not None:
        employee = Employee.get_by_id(emp_id)
        before: dict[str, Any] | None = dict(employee.__data__)
    else:
        tomb = tombs.get(plan.info.nip)  # a deleted record comes back (the NIP is unique)
        employee = Employee.get_by_id(tomb) if tomb is not None else Employee()
        employee.deleted = False
        before = None
    post = register_history.post_of(employee) if before is not None else None
    employees.apply_input(employee, data, plan.info)
    unchanged = before is not None and all(employee.__data__.get(k) == v for k, v in before.items())
    if not unchanged:
        employee.save()
        ids[plan.info.nip] = employee.id
        # an imported change of unit, post, golongan or appraiser is dated like an edit
        register_history.record_post(employee, post, _today(), register_history.EDIT)
    if plan.status_code:  # the file's kedudukan hukum, from the import date
        import_statuses.record(employee.id, plan.status_code)
        plan.status_code = ""  # recorded once, also when the row is saved a second time
        return True, emp_id is None
    if unchanged:
        return False, False
    return True, emp_id is None
