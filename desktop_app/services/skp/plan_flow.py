"""The SKP's statuses and transition table, its workflow kit, and the look-ups every SKP
module shares (whose appraisal it is, who may act on it, the plan of a year, the RHK of the
appraiser's SKP a subordinate's RHK may support).

Workflow: DRAFT -> SUBMITTED (diajukan) -> APPROVED (disetujui), or back to RETURNED
(dikembalikan) with a reason; only DRAFT and RETURNED plans can be edited. An approved plan is
locked; re-opening it (APPROVED -> RETURNED) needs a reason.
"""

from __future__ import annotations

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import Employee, PerformancePlan, Period, PlanResult, PlanStatusChange
from desktop_app.scoring.skp_months import MonthRange, owner_of_period
from desktop_app.scoring.workflow import Transition, Workflow
from desktop_app.services.register import appraiser_chain
from desktop_app.services.session import Action, require
from desktop_app.services.skp.plan_types import ParentChoice
from desktop_app.services.workflow import WorkflowKit, local_today

DRAFT, SUBMITTED, APPROVED, RETURNED = "DRAFT", "SUBMITTED", "APPROVED", "RETURNED"
EDITABLE = frozenset({DRAFT, RETURNED})
STATUS_LABELS = {
    DRAFT: N_("plans", "Draft"),
    SUBMITTED: N_("plans", "Submitted"),
    APPROVED: N_("plans", "Approved"),
    RETURNED: N_("plans", "Returned"),
}
NO_PLAN = "NONE"

FLOW = Workflow(
    context="plans",
    initial=DRAFT,
    editable=EDITABLE,
    transitions={
        "submit": Transition(
            SUBMITTED, EDITABLE, N_("plans", "Only a draft or returned SKP can be submitted.")
        ),
        "approve": Transition(
            APPROVED, frozenset({SUBMITTED}), N_("plans", "Only a submitted SKP can be approved.")
        ),
        "return": Transition(
            RETURNED, frozenset({SUBMITTED}), N_("plans", "Only a submitted SKP can be returned.")
        ),
        "reopen": Transition(
            RETURNED, frozenset({APPROVED}), N_("plans", "Only an approved SKP can be re-opened.")
        ),
    },
)
KIT = WorkflowKit(
    FLOW,
    PerformancePlan,
    PlanStatusChange,
    STATUS_LABELS,
    gone=N_("plans", "The SKP no longer exists."),
    closed=N_("plans", "The year is closed: nothing can change."),
    locked=N_(
        "plans",
        "This SKP is {status} and locked: it can be changed only after it is returned or "
        "re-opened.",
    ),
    locked_names_status=True,
)
REASON = N_("plans", "Give the reason, so the employee knows what to change.")


def error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "plans", **params)


def appraiser_of(employee_id: int) -> int | None:
    """The employee id of the pejabat penilai today: the register's, or the Plt/Plh acting in
    that post (None: nobody, or an official outside the office; docs/appraisers.md)."""
    return appraiser_chain.appraiser_id_on(employee_id, local_today())


def register_appraiser_of(employee_id: int) -> int | None:
    """The pejabat penilai the register names (the holder of the post; the cascade of RHK
    follows the post, whoever acts in it)."""
    row = Employee.select(Employee.appraiser).where(Employee.id == employee_id).tuples().first()
    return row[0] if row else None


def superior_of(employee_id: int) -> int | None:
    """The employee id of the atasan pejabat penilai today (None: nobody or outside)."""
    return appraiser_chain.superior_id_on(employee_id, local_today())


def require_for(action: Action, employee_id: int) -> None:
    """Check `action` on one employee's appraisal (a supervisor: only those they appraise)."""
    require(action, employee_id, appraiser_of=appraiser_of)


def plan_id_for(employee_id: int, year: int, month: int | None = None) -> int | None:
    """The employee's SKP of the year in force in `month`; without a month, the one in force
    at year end (the latest: with several SKPs in a year, docs/multiple_skp.md)."""
    found = plans_in_year(employee_id, year)
    if month is not None:
        return next((i for i, months in found if month in months), None)
    return found[-1][0] if found else None


def plans_in_year(employee_id: int, year: int) -> list[tuple[int, MonthRange]]:
    """(id, months) of the employee's live SKPs of the year, earliest first."""
    query = (
        PerformancePlan.select(
            PerformancePlan.id, PerformancePlan.month_start, PerformancePlan.month_end
        )
        .join(Period)
        .where(
            (PerformancePlan.employee == employee_id)
            & (Period.year == year)
            & (PerformancePlan.deleted == False)
        )
        .order_by(PerformancePlan.month_start)
        .tuples()
    )
    return [(i, MonthRange(a, b)) for i, a, b in query]


def plan_in_force(employee_id: int, period_id: int, first: int, last: int) -> int | None:
    """The SKP a periodic evaluation of months first..last belongs to (the one in force in
    its last month, scoring.skp_months.owner_of_period)."""
    year = Period.get_by_id(period_id).year
    found = plans_in_year(employee_id, year)
    owner = owner_of_period([m for _, m in found], first, last)
    return None if owner is None else found[owner][0]


def results_choices(plan_id: int) -> list[ParentChoice]:
    """The RHK of one SKP, main ones first, as choices for a supporting RHK."""
    query = (
        PlanResult.select(PlanResult.id, PlanResult.text, PlanResult.is_main)
        .where((PlanResult.plan == plan_id) & (PlanResult.deleted == False))
        .order_by(PlanResult.is_main.desc(), PlanResult.sort_order, PlanResult.id)
        .tuples()
    )
    return [ParentChoice(i, t, bool(m)) for i, t, m in query]


def superior_results(employee_id: int, year: int) -> list[ParentChoice]:
    """The RHK of the employee's appraiser's SKP for the year (what theirs may support): the
    register's pejabat penilai, the holder of the post (a Plt/Plh acting there has their own
    SKP for their own post)."""
    appraiser = register_appraiser_of(employee_id)
    if appraiser is None:
        return []
    plan_id = plan_id_for(appraiser, year)
    if plan_id is None:
        return []
    return results_choices(plan_id)
