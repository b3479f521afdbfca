"""Cascading (matriks peran hasil): a supervisor's RHK with the subordinates' RHK that
support each one, and the subordinates a supervisor appraises."""

from __future__ import annotations

from desktop_app.models import Employee, PerformancePlan, Period, PlanResult
from desktop_app.models.register import format_full_name
from desktop_app.services.register.employee_queries import visible_to_session
from desktop_app.services.session import Action
from desktop_app.services.skp.plan_flow import plan_id_for, require_for, results_choices
from desktop_app.services.skp.plan_types import (
    CascadeMatrix,
    ParentChoice,
    SupportingResult,
)


def cascade(employee_id: int, year: int) -> CascadeMatrix:
    """The matriks peran hasil of `employee_id` (as pejabat penilai) for the year."""
    require_for(Action.READ_APPRAISAL, employee_id)
    plan_id = plan_id_for(employee_id, year)
    columns: list[ParentChoice] = [] if plan_id is None else results_choices(plan_id)
    own = {c.id for c in columns}
    rows = (
        PlanResult.select(
            Employee.id,
            Employee.front_title,
            Employee.name,
            Employee.back_title,
            PlanResult.id,
            PlanResult.text,
            PlanResult.parent_result,
        )
        .join(PerformancePlan)
        .join(Period)
        .switch(PerformancePlan)
        .join(Employee)
        .where(
            (Employee.appraiser == employee_id)
            & (Employee.deleted == False)
            & visible_to_session()
            & (Period.year == year)
            & (PerformancePlan.deleted == False)
            & (PlanResult.deleted == False)
        )
        .order_by(Employee.name, PlanResult.sort_order)
        .tuples()
    )
    supporting: dict[int, list[SupportingResult]] = {c.id: [] for c in columns}
    unlinked: list[SupportingResult] = []
    for eid, front, name, back, rid, text, parent in rows:
        item = SupportingResult(eid, format_full_name(front, name, back), rid, text)
        if parent in own:
            supporting[parent].append(item)
        else:
            unlinked.append(item)
    unsupported = [c for c in columns if not supporting[c.id]]
    return CascadeMatrix(columns, supporting, unsupported, unlinked)


def subordinates(employee_id: int) -> list[tuple[int, str]]:
    """(id, name) of the active employees whose pejabat penilai is `employee_id` (those the
    signed-in user may see)."""
    require_for(Action.READ_APPRAISAL, employee_id)
    return [
        (i, format_full_name(f, n, b))
        for i, f, n, b in Employee.select(
            Employee.id, Employee.front_title, Employee.name, Employee.back_title
        )
        .where(
            (Employee.appraiser == employee_id)
            & (Employee.deleted == False)
            & (Employee.active == True)
            & visible_to_session()
        )
        .order_by(Employee.name)
        .tuples()
    ]
