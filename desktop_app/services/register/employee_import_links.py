"""The links between the rows of an import file and the register: one row per NIP, and the
atasan / pejabat penilai named by NIP found in the register or in a valid row of the file,
without circles (the register overlaid with the file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.errors import ServiceError
from desktop_app.i18n import N_
from desktop_app.scoring.nip import display_nip
from desktop_app.services.register import employee_validation
from desktop_app.services.register.employee_columns import fail
from desktop_app.services.register.employee_import_register import RegisterGraph

if TYPE_CHECKING:
    from desktop_app.services.register.employee_import_preview import RowPlan


def mark_duplicates(plans: list[RowPlan]) -> None:
    by_nip: dict[str, list[RowPlan]] = {}
    for plan in plans:
        if plan.nip:
            by_nip.setdefault(plan.nip, []).append(plan)
    for nip, group in by_nip.items():
        if len(group) < 2:
            continue
        rows = ", ".join(str(p.row) for p in group)
        for plan in group:
            plan.errors["nip"] = fail(
                N_(
                    "employee_io",
                    "NIP {nip} appears more than once in the file (rows {rows}): keep one row "
                    "per employee.",
                ),
                nip=display_nip(nip, only_valid=True),
                rows=rows,
            )


def check_links(plans: list[RowPlan], graph: RegisterGraph) -> None:
    """Superiors named by NIP must be in the register or a valid row of the file, and the
    register overlaid with the file must have no circles. Each pass judges every row against
    the same picture; passes repeat until stable, because a row that fails can make the rows
    that name it fail."""
    by_nip: dict[str, RowPlan] = {}
    for plan in plans:
        by_nip.setdefault(plan.nip, plan)
    valid = {p.index for p in plans if not p.errors and p.info is not None}

    def parent_of(attr: str, nip: Any) -> str | None:
        plan = by_nip.get(nip)
        if plan is not None and plan.index in valid:
            return plan.links[attr]
        return graph.parent[attr].get(nip)

    while True:
        found: dict[int, dict[str, ServiceError]] = {}
        for plan in plans:
            if plan.index not in valid:
                continue
            errors = _missing_superiors(plan, by_nip, valid, graph)
            if not errors:
                errors = employee_validation.link_errors(plan.nip, plan.links, parent_of)
            if errors:
                found[plan.index] = errors
        if not found:
            return
        for index, errors in found.items():
            plans[index].errors.update(errors)
            valid.discard(index)


def _missing_superiors(
    plan: RowPlan, by_nip: dict[str, RowPlan], valid: set[int], graph: RegisterGraph
) -> dict[str, ServiceError]:
    errors: dict[str, ServiceError] = {}
    for attr, target in plan.links.items():
        if target is None or target == plan.nip or target in graph.id_of:
            continue
        other = by_nip.get(target)
        if other is not None and other.index in valid:
            continue
        if other is not None:
            errors[attr] = fail(
                N_(
                    "employee_io",
                    "{nip} is row {row} of this file, which has problems and will not "
                    "be imported: fix that row first.",
                ),
                nip=display_nip(target, only_valid=True),
                row=other.row,
            )
        else:
            errors[attr] = fail(
                N_(
                    "employee_io",
                    "{nip} is neither in the register nor in this file: add that person "
                    "first, or leave the cell empty.",
                ),
                nip=display_nip(target, only_valid=True),
            )
    return errors
