"""Pengembangan kompetensi: the individual development plan (IDP, rencana pengembangan
individu) of an employee for a year (domain.md §9).

An IDP holds competence gaps (kompetensi, kesenjangan, tujuan, indikator keberhasilan) and the
planned activities that close them (SIASN jenis diklat, klasikal or nonklasikal, penyelenggara,
jadwal, JP and anggaran). Making an IDP proposes the gaps the employee's final evaluations
show (`development_rules.propose`: results or BerAKHLAK values rated Di Bawah Ekspektasi) and,
after a poor predikat (Butuh Perbaikan, Kurang, Sangat Kurang), marks it required and plans
the suggested coaching or mentoring by the atasan langsung. Everything proposed stays editable.

Workflow, like the SKP's: DRAFT -> SUBMITTED (diajukan: the employee agrees) -> AGREED
(disepakati by the pejabat penilai), or back to RETURNED with a reason; an agreed IDP is
locked and re-opening it needs a reason. Every step is a DevelopmentStatusChange row and, like
every write, in the audit trail. Recording what was done (the 20 JP record) is
`development_records`; the office view and the Renbangkom recap are `development_office`.

Who may do what: the employee drafts and submits their own IDP, as may whoever may draft
their SKP (WRITE_PLAN: admin, HR, the pejabat penilai); agreeing, returning and re-opening
need APPROVE_PLAN (admin, the pejabat penilai); reading needs READ_APPRAISAL.

The statuses, the transition table and the shared helpers are `idp_flow`, the data types
`idp_types`, the content's checks and storage `idp_content`, what the evaluations say
`follow_up`; their public names are re-exported here.
"""

from __future__ import annotations

from desktop_app.errors import NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import DevelopmentActivity, DevelopmentPlan, Employee, utcnow
from desktop_app.models.database import write_transaction
from desktop_app.scoring import idp as rules
from desktop_app.scoring import jenis_diklat, jenis_diklat_list
from desktop_app.scoring.idp import GapInput
from desktop_app.services import periods
from desktop_app.services.development.follow_up import (
    evaluation_facts,
    follow_up,
    new_proposals,
    position_type,
    predikat_by_employee,
    propose_gaps,
)
from desktop_app.services.development.idp_content import (
    activity_row,
    activity_rows,
    check,
    gaps_of,
    progress_of,
    save_activities,
    save_gaps,
)
from desktop_app.services.development.idp_flow import (
    ACTIVITY_LABELS,
    ACTIVITY_WORDS,
    AGREED,
    CANCELLED,
    COMPETENCE_LABELS,
    DONE,
    DRAFT,
    EDITABLE,
    JALUR_LABELS,
    KIT,
    MAX_COST,
    MAX_TEXT,
    NO_PLAN,
    PLANNED,
    REASON,
    RETURNED,
    STATUS_LABELS,
    STATUS_WORDS,
    SUBMITTED,
    decimal_jp,
    jp_text,
    live_plan,
    may_agree,
    may_prepare,
    not_closed,
    open_period,
    require_prepare,
    status_word,
)
from desktop_app.services.development.idp_flow import error as _error
from desktop_app.services.development.idp_types import (
    ActivityInput,
    ActivityRow,
    IdpDetail,
    IdpInput,
    JpProgress,
    StatusStep,
)
from desktop_app.services.register import appraiser_chain
from desktop_app.services.session import Action
from desktop_app.services.skp import plans
from desktop_app.services.workflow import local_today

__all__ = [
    "ACTIVITY_LABELS",
    "ACTIVITY_WORDS",
    "AGREED",
    "CANCELLED",
    "COMPETENCE_LABELS",
    "DONE",
    "DRAFT",
    "EDITABLE",
    "JALUR_LABELS",
    "MAX_COST",
    "MAX_TEXT",
    "NO_PLAN",
    "PLANNED",
    "RETURNED",
    "STATUS_LABELS",
    "STATUS_WORDS",
    "SUBMITTED",
    "ActivityInput",
    "ActivityRow",
    "IdpDetail",
    "IdpInput",
    "JpProgress",
    "StatusStep",
    "activity_row",
    "activity_rows",
    "agree",
    "create_plan",
    "decimal_jp",
    "evaluation_facts",
    "follow_up",
    "get_plan",
    "idp_document",
    "jenis_choices",
    "jp_text",
    "live_plan",
    "may_agree",
    "may_prepare",
    "new_proposals",
    "not_closed",
    "open_period",
    "plan_id_for",
    "predikat_by_employee",
    "problems",
    "progress_of",
    "propose_gaps",
    "reopen",
    "require_prepare",
    "return_plan",
    "save_plan",
    "status_word",
    "submit",
]

# --- creating and reading --------------------------------------------------------------------


def create_plan(employee_id: int, year: int) -> int:
    """A new draft IDP for the employee and year, holding the gaps the evaluations propose;
    after a poor predikat it is marked required and plans the suggested coaching or
    mentoring by the atasan langsung. One per employee and year."""
    require_prepare(employee_id)
    with write_transaction():
        period = open_period(year)
        employee = Employee.get_or_none((Employee.id == employee_id) & (Employee.deleted == False))
        if employee is None:
            raise NotFoundError(N_("development", "The employee no longer exists."), "development")
        existing = DevelopmentPlan.get_or_none(
            (DevelopmentPlan.employee == employee)
            & (DevelopmentPlan.period == period)
            & (DevelopmentPlan.deleted == False)
        )
        if existing is not None:
            raise _error(
                N_("development", "{name} already has an IDP for {year}: open that one."),
                name=employee.full_name,
                year=year,
            )
        found, sequence = predikat_by_employee(year, [employee_id])
        follow = rules.follow_up(sequence, found.get(employee_id, {}))
        plan = KIT.create(
            employee=employee,
            period=period,
            required=follow.required,
            required_reason=rules.required_reason(follow),
        )
        proposals = rules.propose(evaluation_facts(employee_id, year), position_type(employee))
        gaps = save_gaps(plan, proposals)
        supervisor = Employee.get_or_none(Employee.id == employee.supervisor_id)
        for order, jenis in enumerate(follow.suggestions):
            origins = rules.suggestion_origins(jenis)
            gap = next(
                (g for p, g in zip(proposals, gaps, strict=True) if p.origin.startswith(origins)),
                None,
            )
            row = jenis_diklat(jenis)
            DevelopmentActivity(
                employee=employee,
                period=period,
                plan=plan,
                gap=gap,
                sort_order=order,
                jenis_diklat=row.id,
                jenis_label=row.label,
                jalur=row.jalur,
                title=rules.suggestion_title(jenis, supervisor.full_name if supervisor else ""),
                provider=supervisor.unit.name if supervisor else employee.unit.name,
            ).save()
        return plan.id


def plan_id_for(employee_id: int, year: int) -> int | None:
    return periods.id_in_year(DevelopmentPlan, employee_id, year)


def get_plan(plan_id: int) -> IdpDetail:
    plan = live_plan(plan_id)
    plans.require_for(Action.READ_APPRAISAL, plan.employee_id)
    employee = plan.employee
    year = plan.period.year
    supervisor = Employee.get_or_none(Employee.id == employee.supervisor_id)
    appraiser_name = appraiser_chain.appraiser_name_on(employee, local_today())
    gaps = gaps_of(plan)
    index = {g.id: n for n, g in enumerate(gaps)}
    rows = activity_rows(employee.id, plan.period_id)
    data = IdpInput(
        plan.goals,
        plan.notes,
        [
            GapInput(
                g.competence,
                g.gap,
                g.goal,
                g.indicator,
                g.competence_type,
                g.origin,
                g.source,
                g.evaluation_id,
                id=g.id,
            )
            for g in gaps
        ],
        [
            ActivityInput(
                a.jenis_diklat,
                a.title,
                a.provider,
                a.planned_start,
                a.planned_end,
                jp_text(a.jp_planned),
                a.cost_planned,
                index.get(a.gap_id) if a.gap_id is not None else None,
                a.notes,
                id=a.id,
            )
            for a in rows
            if a.plan_id == plan.id
        ],
    )
    found, sequence = predikat_by_employee(year, [employee.id])
    closed = bool(plan.period.closed)
    return IdpDetail(
        plan.id,
        employee.id,
        employee.full_name,
        employee.nip,
        employee.position.name if employee.position_id else "",
        position_type(employee),
        employee.unit.name,
        supervisor.full_name if supervisor else "",
        appraiser_name,
        year,
        plan.status,
        bool(plan.required),
        plan.required_reason,
        plan.return_reason,
        data,
        rows,
        KIT.history(plan),
        KIT.snapshot_of(plan),
        plan.submitted_at,
        plan.agreed_at,
        progress_of(rows, year),
        rules.follow_up(sequence, found.get(employee.id, {})),
        plan.status in EDITABLE and not closed,
        closed,
    )


def idp_document(employee_id: int, year: int) -> IdpDetail:
    """The employee's IDP of the year for the printed form (NotFoundError when none)."""
    plan_id = plan_id_for(employee_id, year)
    if plan_id is None:
        raise NotFoundError(
            N_("development", "There is no IDP for {year} yet."), "development", year=year
        )
    return get_plan(plan_id)


# --- saving ----------------------------------------------------------------------------------


def save_plan(plan_id: int, data: IdpInput) -> None:
    """Store the whole content of a draft or returned IDP; the required flag follows the
    evaluations as they are now."""
    plan = live_plan(plan_id)
    require_prepare(plan.employee_id)
    check(data)
    with write_transaction():
        plan = live_plan(plan_id)
        KIT.editable(plan)
        found, sequence = predikat_by_employee(plan.period.year, [plan.employee_id])
        follow = rules.follow_up(sequence, found.get(plan.employee_id, {}))
        values = {
            "goals": data.goals.strip(),
            "notes": data.notes.strip(),
            "required": follow.required,
            "required_reason": rules.required_reason(follow),
        }
        if any(getattr(plan, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(plan, key, value)
            plan.save()
        gaps = save_gaps(plan, data.gaps)
        save_activities(plan, data.activities, gaps)


# --- the workflow ----------------------------------------------------------------------------


def problems(plan_id: int) -> list[ServiceError]:
    """What keeps an IDP from being submitted (empty when it is complete)."""
    detail = get_plan(plan_id)
    data = detail.data
    found: list[ServiceError] = []
    if not data.gaps:
        found.append(_error(N_("development", "The IDP names no competence to develop.")))
    for n, gap in enumerate(data.gaps, 1):
        if not gap.competence.strip():
            found.append(_error(N_("development", "Gap {n} names no competence."), n=n))
        if not gap.indicator.strip():
            found.append(_error(N_("development", "Gap {n} has no success indicator."), n=n))
    status = {a.id: a.status for a in detail.activities}
    planned = [a for a in data.activities if status.get(a.id) != CANCELLED]
    if not planned:
        found.append(_error(N_("development", "The IDP plans no activity.")))
    for n, item in enumerate(data.activities, 1):
        if status.get(item.id) == CANCELLED:
            continue
        if not item.title.strip():
            found.append(_error(N_("development", "Activity {n} has no name."), n=n))
        jp = decimal_jp(item.jp_planned)
        if jp is None or jp <= 0:
            found.append(_error(N_("development", "Activity {n} has no planned JP."), n=n))
        if item.planned_start is None or item.planned_end is None:
            found.append(_error(N_("development", "Activity {n} has no schedule."), n=n))
    return found


def submit(plan_id: int) -> None:
    """Draft (or returned) -> submitted: the employee agrees with the plan as written."""
    plan = live_plan(plan_id)
    require_prepare(plan.employee_id)
    with write_transaction():
        plan = live_plan(plan_id)
        KIT.not_closed(plan)
        KIT.check(plan, "submit")
        missing = problems(plan_id)
        if missing:
            raise _error(N_("development", "The IDP is not complete: {problems}"), problems=missing)
        KIT.step(plan, "submit")
        plan.return_reason = ""
        plan.submitted_at = utcnow()
        plan.save()


def agree(plan_id: int) -> None:
    """Submitted -> agreed (locked) by the pejabat penilai, with the snapshot of who agreed."""
    plan = live_plan(plan_id)
    plans.require_for(Action.APPROVE_PLAN, plan.employee_id)
    with write_transaction():
        plan = live_plan(plan_id)
        KIT.not_closed(plan)
        KIT.step(plan, "agree")
        KIT.freeze(plan, plan.employee)
        plan.agreed_at = utcnow()
        plan.save()


def return_plan(plan_id: int, reason: str) -> None:
    """Submitted -> returned (dikembalikan) with the reason."""
    plan = live_plan(plan_id)
    plans.require_for(Action.APPROVE_PLAN, plan.employee_id)
    reason = KIT.reason(reason, REASON)
    with write_transaction():
        plan = live_plan(plan_id)
        KIT.not_closed(plan)
        KIT.step(plan, "return", reason)
        plan.return_reason = reason
        plan.save()


def reopen(plan_id: int, reason: str) -> None:
    """Agreed -> returned, by the pejabat penilai or an administrator, with a reason."""
    plan = live_plan(plan_id)
    plans.require_for(Action.APPROVE_PLAN, plan.employee_id)
    reason = KIT.reason(reason, REASON)
    with write_transaction():
        plan = live_plan(plan_id)
        KIT.not_closed(plan)
        KIT.step(plan, "reopen", reason)
        plan.return_reason = reason
        plan.agreed_at = None
        plan.save()


# --- choices for the screens -----------------------------------------------------------------


def jenis_choices(jalur: str | None = None) -> list[tuple[int, str, str]]:
    """(id, label, jalur) of the SIASN jenis diklat, in SIASN order."""
    return [(r.id, r.label, r.jalur) for r in jenis_diklat_list(jalur)]
