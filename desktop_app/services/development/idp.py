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
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from desktop_app.errors import FieldErrors, InputError, NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import (
    BehaviourFeedback,
    DevelopmentActivity,
    DevelopmentGap,
    DevelopmentPlan,
    DevelopmentStatusChange,
    Employee,
    Evaluation,
    Period,
    PlanResult,
    utcnow,
)
from desktop_app.models.audit import current_actor
from desktop_app.models.database import write_transaction
from desktop_app.scoring import (
    MIN_JP_PER_YEAR,
    Activity,
    RuleError,
    jenis_diklat,
    jenis_diklat_list,
    jp_shortfall,
    jp_total,
)
from desktop_app.scoring.codes import KLASIKAL, NONKLASIKAL
from desktop_app.services import periods
from desktop_app.services.development import rules
from desktop_app.services.development.rules import (
    COMPETENCE_TYPES,
    EvaluationFacts,
    FollowUp,
    GapInput,
)
from desktop_app.services.evaluation import evaluations
from desktop_app.services.session import Action, allowed, current
from desktop_app.services.skp import plans

DRAFT, SUBMITTED, AGREED, RETURNED = "DRAFT", "SUBMITTED", "AGREED", "RETURNED"
EDITABLE = frozenset({DRAFT, RETURNED})
NO_PLAN = "NONE"
STATUS_LABELS = {
    NO_PLAN: N_("development", "No IDP"),
    DRAFT: N_("development", "Draft"),
    SUBMITTED: N_("development", "Submitted"),
    AGREED: N_("development", "Agreed"),
    RETURNED: N_("development", "Returned"),
}
STATUS_WORDS = {
    NO_PLAN: "Belum ada IDP",
    DRAFT: "Draf",
    SUBMITTED: "Diajukan",
    AGREED: "Disepakati",
    RETURNED: "Dikembalikan",
}  # the Indonesian words of STATUS_LABELS, for exports and documents
PLANNED, DONE, CANCELLED = "PLANNED", "DONE", "CANCELLED"
ACTIVITY_LABELS = {
    PLANNED: N_("development", "Planned"),
    DONE: N_("development", "Done"),
    CANCELLED: N_("development", "Cancelled"),
}
ACTIVITY_WORDS = {PLANNED: "Direncanakan", DONE: "Terlaksana", CANCELLED: "Dibatalkan"}
COMPETENCE_LABELS = {
    rules.TEKNIS: N_("development", "Technical (teknis)"),
    rules.MANAJERIAL: N_("development", "Managerial (manajerial)"),
    rules.SOSIAL_KULTURAL: N_("development", "Socio-cultural (sosial kultural)"),
}
JALUR_LABELS = {
    KLASIKAL: N_("development", "Classroom (klasikal)"),
    NONKLASIKAL: N_("development", "Non-classroom (nonklasikal)"),
}
MAX_TEXT = 4000
MAX_COST = 10**12  # rupiah: a typing slip, not a budget


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "development", **params)


# --- input and output ------------------------------------------------------------------------


@dataclass
class ActivityInput:
    """A planned activity of the IDP. `gap_index` is the position in `IdpInput.gaps` of the
    gap it serves (None: the plan as a whole). JP as typed ("16", "2,5"); cost in rupiah."""

    jenis_diklat: int
    title: str
    provider: str = ""
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    jp_planned: str = ""
    cost_planned: int = 0
    gap_index: int | None = None
    notes: str = ""
    id: int | None = None


@dataclass
class IdpInput:
    """What the IDP editor saves: the whole plan. Rows keep their identity when they carry
    their id; rows left out become tombstones (a done activity cannot be left out)."""

    goals: str = ""
    notes: str = ""
    gaps: list[GapInput] = field(default_factory=list)
    activities: list[ActivityInput] = field(default_factory=list)


class ActivityRow(NamedTuple):
    """One development activity of the employee's year, planned or recorded."""

    id: int
    plan_id: int | None  # None: recorded outside the IDP
    gap_id: int | None
    status: str
    jenis_diklat: int
    jenis_label: str
    jalur: str
    title: str
    provider: str
    planned_start: dt.date | None
    planned_end: dt.date | None
    jp_planned: Decimal | None
    cost_planned: int
    start_date: dt.date | None
    end_date: dt.date | None
    minutes: int | None
    jp: Decimal | None
    cost_actual: int | None
    certificate_no: str
    certificate_path: str | None  # relative to the data folder
    certificate_sha256: str | None
    notes: str


class JpProgress(NamedTuple):
    """The year's JP against the minimum of 20 (PP 11/2017 Pasal 203(4))."""

    done: Decimal
    planned: Decimal  # JP of the IDP's activities that are not cancelled
    shortfall: Decimal  # still missing to reach the minimum (0 when met)
    minimum: int = MIN_JP_PER_YEAR

    @property
    def met(self) -> bool:
        return self.shortfall == 0

    @property
    def percent(self) -> int:
        """Share of the minimum done, 0..100 (for a progress bar)."""
        return min(100, int(self.done * 100 / self.minimum))


class StatusStep(NamedTuple):
    at: dt.datetime
    actor: str
    from_status: str
    to_status: str
    reason: str


@dataclass
class IdpDetail:
    """An IDP as the editor shows it and the printed form needs it."""

    id: int
    employee_id: int
    employee_name: str
    employee_nip: str
    position_name: str
    position_type: str
    unit_name: str
    supervisor_name: str
    appraiser_name: str
    year: int
    status: str
    required: bool
    required_reason: str
    return_reason: str
    data: IdpInput
    activities: list[ActivityRow]  # every activity of the employee's year, planned or not
    history: list[StatusStep]
    snapshot: dict[str, Any]
    submitted_at: dt.datetime | None
    agreed_at: dt.datetime | None
    progress: JpProgress
    follow_up: FollowUp
    editable: bool
    period_closed: bool

    def activity(self, activity_id: int) -> ActivityRow | None:
        return next((a for a in self.activities if a.id == activity_id), None)


# --- helpers ---------------------------------------------------------------------------------


def decimal_jp(text: str | None) -> Decimal | None:
    """A stored or typed JP ("2,5", "16") as Decimal; None when empty. InputError if not a
    number or negative."""
    text = (text or "").strip().replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise _error(N_("development", "JP '{value}' is not a number."), value=text) from None
    if not value.is_finite() or value < 0:
        raise _error(N_("development", "JP '{value}' is not a number."), value=text)
    return value.quantize(Decimal("0.01"))


def jp_text(value: Decimal | None) -> str:
    """How JP is stored: "16", "2.5", "" (no trailing zeros)."""
    if value is None:
        return ""
    text = format(value.quantize(Decimal("0.01")), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def may_prepare(employee_id: int) -> bool:
    """May the signed-in user draft the employee's IDP and record their activities?"""
    signed_in = current()
    if signed_in is not None and signed_in.employee_id == employee_id:
        return True
    return allowed(Action.WRITE_PLAN, employee_id, appraiser_of=plans.appraiser_of)


def require_prepare(employee_id: int) -> None:
    if not may_prepare(employee_id):
        plans.require_for(Action.WRITE_PLAN, employee_id)  # raises AccessDenied


def may_agree(employee_id: int) -> bool:
    return allowed(Action.APPROVE_PLAN, employee_id, appraiser_of=plans.appraiser_of)


def live_plan(plan_id: int) -> DevelopmentPlan:
    plan = DevelopmentPlan.get_or_none(
        (DevelopmentPlan.id == plan_id) & (DevelopmentPlan.deleted == False)
    )
    if plan is None:
        raise NotFoundError(N_("development", "The IDP no longer exists."), "development")
    return plan


def open_period(year: int) -> Period:
    return periods.year_period(year, writable=True)


def not_closed(period: Period) -> None:
    if period.closed:
        raise _error(N_("development", "The year is closed: nothing can change."))


def status_word(status: str) -> InputError:
    """A status as a message parameter: the GUI translates it like any nested message."""
    return InputError(STATUS_LABELS.get(status, status), "development")


def _step(plan: DevelopmentPlan, to_status: str, reason: str = "") -> None:
    DevelopmentStatusChange(
        plan=plan,
        from_status=plan.status,
        to_status=to_status,
        actor=current_actor(),
        reason=reason,
        at=utcnow(),
    ).save()
    plan.status = to_status


def activity_row(a: DevelopmentActivity) -> ActivityRow:
    return ActivityRow(
        a.id,
        a.plan_id,
        a.gap_id,
        a.status,
        a.jenis_diklat,
        a.jenis_label,
        a.jalur,
        a.title,
        a.provider,
        a.planned_start,
        a.planned_end,
        decimal_jp(a.jp_planned),
        a.cost_planned,
        a.start_date,
        a.end_date,
        a.minutes,
        decimal_jp(a.jp),
        a.cost_actual,
        a.certificate_no,
        a.certificate_path,
        a.certificate_sha256,
        a.notes,
    )


def activity_rows(employee_id: int, period_id: int) -> list[ActivityRow]:
    """The employee's activities of the year: the IDP's in plan order, then those recorded
    outside it by the date they ended."""
    rows = list(
        DevelopmentActivity.select().where(
            (DevelopmentActivity.employee == employee_id)
            & (DevelopmentActivity.period == period_id)
            & (DevelopmentActivity.deleted == False)
        )
    )
    rows.sort(
        key=lambda a: (
            a.plan_id is None,
            a.sort_order if a.plan_id is not None else 0,
            a.end_date or dt.date.max,
            a.id,
        )
    )
    return [activity_row(a) for a in rows]


def progress_of(rows: Sequence[ActivityRow], year: int) -> JpProgress:
    """JP done (counted in the year the activity ended) and planned, against 20 JP."""
    done = [
        Activity(jp=r.jp, end_date=r.end_date)
        for r in rows
        if r.status == DONE and r.jp is not None and r.end_date is not None
    ]
    planned = sum(
        (r.jp_planned or Decimal(0) for r in rows if r.plan_id and r.status != CANCELLED),
        Decimal(0),
    )
    return JpProgress(jp_total(done, year), planned, jp_shortfall(done, year))


# --- what the evaluations say ----------------------------------------------------------------


def _year_keys(year: int) -> tuple[list[str], list[str]]:
    """(the keys read, the consecutive sequence): the previous year's annual key, the periodic
    keys of the year, the year's annual key."""
    keys = evaluations.period_keys(year)  # periodic keys, then the annual one
    sequence = [str(year - 1), *keys[:-1]]
    return [*sequence, keys[-1]], sequence


def predikat_by_employee(
    year: int, employee_ids: Sequence[int] | None = None
) -> tuple[dict[int, dict[str, str | None]], list[str]]:
    """The final predikat by period key of each employee (all, or those given) for the
    follow-up of `year`, and the consecutive sequence of keys."""
    keys, sequence = _year_keys(year)
    query = Evaluation.select(
        Evaluation.employee, Evaluation.period_key, Evaluation.predikat
    ).where(
        Evaluation.period_key.in_(keys)
        & (Evaluation.deleted == False)
        & (Evaluation.status == evaluations.FINAL)
        & Evaluation.predikat.is_null(False)
    )
    if employee_ids is not None:
        query = query.where(Evaluation.employee.in_(list(employee_ids)))
    found: dict[int, dict[str, str | None]] = {}
    for employee_id, key, value in query.tuples():
        found.setdefault(employee_id, {})[key] = value
    return found, sequence


def follow_up(employee_id: int, year: int) -> FollowUp:
    """Is an IDP required for the employee in `year` (a final poor predikat in the year or
    the previous year's annual evaluation), with the consecutive run and the suggestions."""
    plans.require_for(Action.READ_APPRAISAL, employee_id)
    found, sequence = predikat_by_employee(year, [employee_id])
    return rules.follow_up(sequence, found.get(employee_id, {}))


def evaluation_facts(employee_id: int, year: int) -> list[EvaluationFacts]:
    """The final evaluations that feed the employee's IDP of `year`."""
    keys, _ = _year_keys(year)
    rows = list(
        Evaluation.select().where(
            (Evaluation.employee == employee_id)
            & Evaluation.period_key.in_(keys)
            & (Evaluation.deleted == False)
            & (Evaluation.status == evaluations.FINAL)
        )
    )
    if not rows:
        return []
    values: dict[int, list[tuple[int, str | None, str]]] = {}
    for b in BehaviourFeedback.select().where(
        BehaviourFeedback.evaluation.in_([e.id for e in rows])
        & (BehaviourFeedback.deleted == False)
    ):
        values.setdefault(b.evaluation_id, []).append((b.value_code, b.rating, b.feedback))
    plan_ids = {e.plan_id for e in rows if e.plan_id}
    results: dict[int, list[str]] = {}
    if plan_ids:
        for plan_id, text in (
            PlanResult.select(PlanResult.plan, PlanResult.text)
            .where(
                PlanResult.plan.in_(list(plan_ids))
                & (PlanResult.deleted == False)
                & (PlanResult.is_main == 1)
            )
            .order_by(PlanResult.sort_order, PlanResult.id)
            .tuples()
        ):
            results.setdefault(plan_id, []).append(text)
    return [
        EvaluationFacts(
            e.id,
            e.period_key,
            e.rating_hasil,
            e.rating_perilaku,
            e.predikat,
            tuple(sorted(values.get(e.id, []))),
            tuple(results.get(e.plan_id, [])),
        )
        for e in rows
    ]


def _position_type(employee: Employee) -> str:
    return employee.position.position_type if employee.position_id else ""


def propose_gaps(employee_id: int, year: int) -> list[GapInput]:
    """The gaps the employee's final evaluations of the year show (and the previous year's
    annual one), for a new IDP or the editor's "propose" button."""
    plans.require_for(Action.READ_APPRAISAL, employee_id)
    employee = Employee.get_by_id(employee_id)
    return rules.propose(evaluation_facts(employee_id, year), _position_type(employee))


def new_proposals(plan_id: int) -> list[GapInput]:
    """Proposals whose origin the IDP does not hold yet (a later evaluation found more)."""
    plan = live_plan(plan_id)
    held = {
        origin
        for (origin,) in DevelopmentGap.select(DevelopmentGap.origin)
        .where((DevelopmentGap.plan == plan) & (DevelopmentGap.deleted == False))
        .tuples()
    }
    return [g for g in propose_gaps(plan.employee_id, plan.period.year) if g.origin not in held]


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
        plan = DevelopmentPlan(
            employee=employee,
            period=period,
            required=follow.required,
            required_reason=rules.required_reason(follow),
        )
        plan.save()
        DevelopmentStatusChange(
            plan=plan, from_status="", to_status=DRAFT, actor=current_actor(), at=utcnow()
        ).save()
        proposals = rules.propose(evaluation_facts(employee_id, year), _position_type(employee))
        gaps = _save_gaps(plan, proposals)
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


def _gaps_of(plan: DevelopmentPlan) -> list[DevelopmentGap]:
    return list(
        DevelopmentGap.select()
        .where((DevelopmentGap.plan == plan) & (DevelopmentGap.deleted == False))
        .order_by(DevelopmentGap.sort_order, DevelopmentGap.id)
    )


def get_plan(plan_id: int) -> IdpDetail:
    plan = live_plan(plan_id)
    plans.require_for(Action.READ_APPRAISAL, plan.employee_id)
    employee = plan.employee
    year = plan.period.year
    supervisor = Employee.get_or_none(Employee.id == employee.supervisor_id)
    appraiser = Employee.get_or_none(Employee.id == employee.appraiser_id)
    gaps = _gaps_of(plan)
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
    history = [
        StatusStep(c.at, c.actor, c.from_status, c.to_status, c.reason)
        for c in DevelopmentStatusChange.select()
        .where(DevelopmentStatusChange.plan == plan)
        .order_by(DevelopmentStatusChange.id)
    ]
    found, sequence = predikat_by_employee(year, [employee.id])
    closed = bool(plan.period.closed)
    return IdpDetail(
        plan.id,
        employee.id,
        employee.full_name,
        employee.nip,
        employee.position.name if employee.position_id else "",
        _position_type(employee),
        employee.unit.name,
        supervisor.full_name if supervisor else "",
        appraiser.full_name if appraiser else "",
        year,
        plan.status,
        bool(plan.required),
        plan.required_reason,
        plan.return_reason,
        data,
        rows,
        history,
        json.loads(plan.snapshot) if plan.snapshot else {},
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


def _check(data: IdpInput) -> None:
    """What can never be stored, even in a draft (unknown codes, impossible numbers)."""
    errors: dict[str, ServiceError] = {}
    for text, key in ((data.goals, "goals"), (data.notes, "notes")):
        if len(text) > MAX_TEXT:
            errors[key] = _error(
                N_("development", "The text is longer than {limit} characters."), limit=MAX_TEXT
            )
    for n, gap in enumerate(data.gaps, 1):
        if gap.competence_type not in COMPETENCE_TYPES:
            errors[f"gap{n}"] = _error(
                N_("development", "Gap {n}: competence type '{value}' is not known."),
                n=n,
                value=gap.competence_type,
            )
        elif any(len(t) > MAX_TEXT for t in (gap.competence, gap.gap, gap.goal, gap.indicator)):
            errors[f"gap{n}"] = _error(
                N_("development", "Gap {n}: a text is longer than {limit} characters."),
                n=n,
                limit=MAX_TEXT,
            )
    for n, item in enumerate(data.activities, 1):
        key = f"activity{n}"
        try:
            jenis_diklat(item.jenis_diklat)
        except RuleError:
            errors[key] = _error(
                N_("development", "Activity {n}: jenis diklat {value} is not known."),
                n=n,
                value=item.jenis_diklat,
            )
            continue
        try:
            decimal_jp(item.jp_planned)
        except InputError:
            errors[key] = _error(
                N_("development", "Activity {n}: planned JP '{value}' is not a number."),
                n=n,
                value=item.jp_planned,
            )
            continue
        if not 0 <= item.cost_planned < MAX_COST:
            errors[key] = _error(
                N_(
                    "development",
                    "Activity {n}: the cost {value} must be between 0 and {max} rupiah.",
                ),
                n=n,
                value=item.cost_planned,
                max=MAX_COST - 1,
            )
        elif (
            item.planned_start is not None
            and item.planned_end is not None
            and item.planned_end < item.planned_start
        ):
            errors[key] = _error(
                N_("development", "Activity {n} ends before it starts."),
                n=n,
            )
        elif item.gap_index is not None and not 0 <= item.gap_index < len(data.gaps):
            errors[key] = _error(
                N_("development", "Activity {n} serves a gap that is not in the IDP."), n=n
            )
    if errors:
        raise FieldErrors(errors)


def save_plan(plan_id: int, data: IdpInput) -> None:
    """Store the whole content of a draft or returned IDP; the required flag follows the
    evaluations as they are now."""
    plan = live_plan(plan_id)
    require_prepare(plan.employee_id)
    _check(data)
    with write_transaction():
        plan = live_plan(plan_id)
        not_closed(plan.period)
        if plan.status not in EDITABLE:
            raise _error(
                N_(
                    "development",
                    "This IDP is {status} and locked: it can be changed only after it is "
                    "returned or re-opened.",
                ),
                status=status_word(plan.status),
            )
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
        gaps = _save_gaps(plan, data.gaps)
        _save_activities(plan, data.activities, gaps)


def _save_gaps(plan: DevelopmentPlan, items: Sequence[GapInput]) -> list[DevelopmentGap]:
    existing = {g.id: g for g in _gaps_of(plan)}
    kept: list[DevelopmentGap] = []
    for order, item in enumerate(items):
        row = existing.get(item.id) if item.id is not None else None
        row = row or DevelopmentGap(plan=plan)
        values = {
            "sort_order": order,
            "competence_type": item.competence_type,
            "origin": item.origin,
            "competence": item.competence.strip(),
            "gap": item.gap.strip(),
            "goal": item.goal.strip(),
            "indicator": item.indicator.strip(),
            "source": item.source.strip(),
            "evaluation": item.evaluation_id,
        }
        if row.id is None or any(
            getattr(row, "evaluation_id" if k == "evaluation" else k) != v
            for k, v in values.items()
        ):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        kept.append(row)
    ids = {g.id for g in kept}
    for row_id, row in existing.items():
        if row_id not in ids:
            DevelopmentActivity.update(gap=None).where(
                (DevelopmentActivity.gap == row_id) & (DevelopmentActivity.deleted == False)
            ).execute()
            row.delete_instance()
    return kept


def _save_activities(
    plan: DevelopmentPlan, items: Sequence[ActivityInput], gaps: Sequence[DevelopmentGap]
) -> None:
    existing = {
        a.id: a
        for a in DevelopmentActivity.select().where(
            (DevelopmentActivity.plan == plan) & (DevelopmentActivity.deleted == False)
        )
    }
    kept: set[int] = set()
    for order, item in enumerate(items):
        row = existing.get(item.id) if item.id is not None else None
        row = row or DevelopmentActivity(
            plan=plan, employee=plan.employee_id, period=plan.period_id, status=PLANNED
        )
        jenis = jenis_diklat(item.jenis_diklat)
        values = {
            "sort_order": order,
            "gap": gaps[item.gap_index].id if item.gap_index is not None else None,
            "jenis_diklat": jenis.id,
            "jenis_label": jenis.label,
            "jalur": jenis.jalur,
            "title": " ".join(item.title.split()),
            "provider": " ".join(item.provider.split())[:200],
            "planned_start": item.planned_start,
            "planned_end": item.planned_end,
            "jp_planned": jp_text(decimal_jp(item.jp_planned)),
            "cost_planned": int(item.cost_planned),
            "notes": item.notes.strip(),
        }
        if row.id is None or any(
            getattr(row, "gap_id" if k == "gap" else k) != v for k, v in values.items()
        ):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        kept.add(row.id)
    for row_id, row in existing.items():
        if row_id in kept:
            continue
        if row.status == DONE:
            raise _error(
                N_(
                    "development",
                    "'{title}' was done and counts towards the JP: it stays in the IDP.",
                ),
                title=row.title,
            )
        row.delete_instance()


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
        not_closed(plan.period)
        if plan.status not in EDITABLE:
            raise _error(N_("development", "Only a draft or returned IDP can be submitted."))
        missing = problems(plan_id)
        if missing:
            raise _error(N_("development", "The IDP is not complete: {problems}"), problems=missing)
        _step(plan, SUBMITTED)
        plan.return_reason = ""
        plan.submitted_at = utcnow()
        plan.save()


def agree(plan_id: int) -> None:
    """Submitted -> agreed (locked) by the pejabat penilai, with the snapshot of who agreed."""
    plan = live_plan(plan_id)
    plans.require_for(Action.APPROVE_PLAN, plan.employee_id)
    with write_transaction():
        plan = live_plan(plan_id)
        not_closed(plan.period)
        if plan.status != SUBMITTED:
            raise _error(N_("development", "Only a submitted IDP can be agreed."))
        _step(plan, AGREED)
        plan.snapshot = json.dumps(
            plans.snapshot(plan.employee), ensure_ascii=False, sort_keys=True
        )
        plan.agreed_at = utcnow()
        plan.save()


def _reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise _error(N_("development", "Give the reason, so the employee knows what to change."))
    return reason


def return_plan(plan_id: int, reason: str) -> None:
    """Submitted -> returned (dikembalikan) with the reason."""
    plan = live_plan(plan_id)
    plans.require_for(Action.APPROVE_PLAN, plan.employee_id)
    reason = _reason(reason)
    with write_transaction():
        plan = live_plan(plan_id)
        not_closed(plan.period)
        if plan.status != SUBMITTED:
            raise _error(N_("development", "Only a submitted IDP can be returned."))
        _step(plan, RETURNED, reason)
        plan.return_reason = reason
        plan.save()


def reopen(plan_id: int, reason: str) -> None:
    """Agreed -> returned, by the pejabat penilai or an administrator, with a reason."""
    plan = live_plan(plan_id)
    plans.require_for(Action.APPROVE_PLAN, plan.employee_id)
    reason = _reason(reason)
    with write_transaction():
        plan = live_plan(plan_id)
        not_closed(plan.period)
        if plan.status != AGREED:
            raise _error(N_("development", "Only an agreed IDP can be re-opened."))
        _step(plan, RETURNED, reason)
        plan.return_reason = reason
        plan.agreed_at = None
        plan.save()


# --- choices for the screens -----------------------------------------------------------------


def jenis_choices(jalur: str | None = None) -> list[tuple[int, str, str]]:
    """(id, label, jalur) of the SIASN jenis diklat, in SIASN order."""
    return [(r.id, r.label, r.jalur) for r in jenis_diklat_list(jalur)]
