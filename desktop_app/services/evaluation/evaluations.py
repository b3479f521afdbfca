"""Evaluasi kinerja: periodic and annual evaluations against the approved SKP, the organisation
predikat of a unit, the distribution of predikat against its pattern, the monitoring list and
the year's summary.

An evaluation is opened for an employee and a period key of the year ("2026-Q1", "2026-S2",
"2026-03", or "2026" for the annual evaluation) when the employee has an APPROVED SKP of that
year. The pejabat penilai (or an administrator) writes the realisasi and umpan balik per
indicator, the feedback per BerAKHLAK value and the two ratings; the predikat is always
computed by `scoring.predikat` (the kuadran matrix), never typed. Finalising needs both
ratings, freezes who assessed whom and locks the evaluation; re-opening needs a reason. Every
step is an EvaluationStatusChange row and, like every write, in the audit trail. A closed year
refuses every change.

Keberatan (PP 30/2019 Pasal 59, domain.md §0.7): within 14 days of finalising, the employee
(or HR / an administrator on their behalf) files an objection; the pejabat penilai explains;
the atasan pejabat penilai decides, finally, and may change the ratings.

Who may do what: reading needs READ_APPRAISAL (a supervisor: those they appraise, and their
own); writing needs WRITE_APPRAISAL (admin and the employee's pejabat penilai; HR cannot
rate); the organisation predikat needs WRITE_PERIODS (HR, admin).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from sys import intern
from typing import Any, NamedTuple

from peewee import JOIN, fn

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import (
    BehaviourExpectation,
    BehaviourFeedback,
    Employee,
    Evaluation,
    EvaluationStatusChange,
    Indicator,
    OrgResult,
    PerformancePlan,
    Period,
    PlanResult,
    Position,
    Realisation,
    Unit,
    utcnow,
)
from desktop_app.models.audit import current_actor
from desktop_app.models.database import write_transaction
from desktop_app.models.register import format_full_name
from desktop_app.scoring import (
    Finding,
    OrgPredikat,
    PeriodSummary,
    Predikat,
    Rating,
    RuleError,
    check_distribution,
    predikat,
    suggest_distribution,
    summarize_periods,
)
from desktop_app.scoring.codes import BERAKHLAK
from desktop_app.scoring.indonesian_format import MONTHS
from desktop_app.services import periods, stored_files
from desktop_app.services.register.employees import staff_query, visible_to_session
from desktop_app.services.session import Action, Role, current, require
from desktop_app.services.skp import plans

DRAFT, FINAL = "DRAFT", "FINAL"
OBJECTION, EXPLANATION, DECISION = "OBJECTION", "EXPLANATION", "DECISION"
STATUS_LABELS = {
    DRAFT: N_("evaluations", "Draft"),
    FINAL: N_("evaluations", "Final"),
    OBJECTION: N_("evaluations", "Objection (keberatan)"),
    EXPLANATION: N_("evaluations", "Explanation of the penilai"),
    DECISION: N_("evaluations", "Decision of the atasan penilai"),
}
OBJECTION_DAYS = 14

# monitoring states, in the order of the work still to do
NO_PLAN = "NO_PLAN"  # no approved SKP for the year: nothing can be evaluated yet
NO_EVALUATION = "NO_EVALUATION"
NO_REALISATION = "NO_REALISATION"  # some indicator has no realisasi
NOT_RATED = "NOT_RATED"  # realisasi complete, a rating missing
RATED = "RATED"  # both ratings given, not final yet
FINALISED = "FINAL"

_KEY = re.compile(r"^(\d{4})(?:-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?$")
_QUARTERS = ("I", "II", "III", "IV")


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "evaluations", **params)


# --- period keys -----------------------------------------------------------------------------


def parse_period_key(key: str) -> tuple[int, str]:
    """(year, part) of a period key: "2026-Q1" -> (2026, "Q1"), "2026" -> (2026, "")."""
    match = _KEY.match((key or "").strip().upper())
    if match is None:
        raise _error(
            N_(
                "evaluations",
                "Period '{value}' is not known: write 2026, 2026-Q1 ... 2026-Q4, 2026-S1, "
                "2026-S2 or 2026-01 ... 2026-12.",
            ),
            value=key,
        )
    return int(match.group(1)), match.group(2) or ""


def period_label(key: str) -> str:
    """The period as the forms print it: "Triwulan I", "Semester II", "Maret", "Tahunan"."""
    _, part = parse_period_key(key)
    if not part:
        return "Tahunan"
    if part[0] == "Q":
        return f"Triwulan {_QUARTERS[int(part[1]) - 1]}"
    if part[0] == "S":
        return f"Semester {_QUARTERS[int(part[1]) - 1]}"
    return MONTHS[int(part) - 1]


def _periodic_keys(year: int, frequency: str) -> list[str]:
    if frequency == "MONTHLY":
        return [f"{year}-{m:02d}" for m in range(1, 13)]
    if frequency == "SEMESTER":
        return [f"{year}-S1", f"{year}-S2"]
    return [f"{year}-Q{q}" for q in range(1, 5)]


def _period_of_year(year: int) -> Period:
    return periods.year_period(year)


def period_keys(year: int) -> list[str]:
    """The periodic keys of the year by its frequency, then the annual key ("2026")."""
    period = _period_of_year(year)
    return [*_periodic_keys(year, period.frequency), str(year)]


def _key_period(key: str, *, writable: bool = True) -> tuple[str, Period]:
    """The normalised key and its year; refused when the key does not fit the year's
    frequency or (for a write) the year is closed."""
    year, part = parse_period_key(key)
    key = f"{year}-{part}" if part else str(year)
    period = _period_of_year(year)
    if key not in [*_periodic_keys(year, period.frequency), str(year)]:
        raise _error(
            N_("evaluations", "Period {key} does not fit the {frequency} evaluations of {year}."),
            key=key,
            frequency=InputError(periods.FREQUENCIES[period.frequency], "periods"),
            year=year,
        )
    if writable and period.closed:
        raise _error(N_("evaluations", "The year {year} is closed: nothing can change."), year=year)
    return key, period


# --- input and output ------------------------------------------------------------------------


@dataclass
class RealisationInput:
    """Realisasi of one indicator (IKI) with its bukti dukung (a link or a note) and the
    umpan balik berkelanjutan of the pejabat penilai."""

    indicator_id: int
    realisasi: str = ""
    bukti_dukung: str = ""
    feedback: str = ""


@dataclass
class BehaviourInput:
    """Feedback on one BerAKHLAK value (1..7) with an optional rating key."""

    value_code: int
    feedback: str = ""
    rating: str | None = None


@dataclass
class EvaluationInput:
    """What the editor saves. Rows left out of `realisations` / `behaviours` are kept as
    they are; ratings are keys of `scoring.Rating` ("DI_ATAS", "SESUAI", "DI_BAWAH")."""

    realisations: list[RealisationInput] = field(default_factory=list)
    behaviours: list[BehaviourInput] = field(default_factory=list)
    rating_hasil: str | None = None
    rating_perilaku: str | None = None
    notes: str = ""


class IndicatorRow(NamedTuple):
    """One row of the HASIL KERJA table (domain.md §7.2) with its realisasi."""

    indicator_id: int
    is_main: bool
    parent_text: str  # RHK pimpinan yang diintervensi
    result_text: str  # RHK
    aspect: str
    text: str  # IKI
    target: str
    realisasi: str
    bukti_dukung: str
    evidence_path: str | None  # relative to the data folder
    evidence_sha256: str | None
    feedback: str


class BehaviourRow(NamedTuple):
    value_code: int
    name: str
    guides: tuple[str, ...]
    expectation: str  # ekspektasi khusus pimpinan from the SKP
    feedback: str
    rating: str | None


class StatusStep(NamedTuple):
    at: dt.datetime
    actor: str
    from_status: str
    to_status: str
    reason: str


@dataclass
class EvaluationDetail:
    id: int
    employee_id: int
    employee_name: str
    employee_nip: str
    position_name: str
    unit_id: int
    unit_name: str
    appraiser_name: str
    plan_id: int | None
    year: int
    period_key: str
    period_label: str
    status: str
    rating_hasil: str | None
    rating_perilaku: str | None
    predikat: str | None
    notes: str
    org_predikat: str | None  # of the employee's unit for this period key
    indicators: list[IndicatorRow]
    behaviours: list[BehaviourRow]
    history: list[StatusStep]
    snapshot: dict[str, Any]
    finalized_at: dt.datetime | None
    objection: str
    objection_at: dt.datetime | None
    explanation: str
    decision: str
    editable: bool
    period_closed: bool
    self_assessment: str = ""  # penilaian mandiri of the employee
    explanation_at: dt.datetime | None = None
    decided_at: dt.datetime | None = None

    @property
    def is_annual(self) -> bool:
        return "-" not in self.period_key

    @property
    def objection_deadline(self) -> dt.datetime | None:
        """The end of the 14 days for a keberatan (None while not final)."""
        if self.status != FINAL or self.finalized_at is None:
            return None
        return self.finalized_at + dt.timedelta(days=OBJECTION_DAYS)

    @property
    def objection_window_open(self) -> bool:
        deadline = self.objection_deadline
        return deadline is not None and utcnow() <= deadline

    @property
    def data(self) -> EvaluationInput:
        """The editable content, ready for `save_evaluation`."""
        return EvaluationInput(
            [
                RealisationInput(i.indicator_id, i.realisasi, i.bukti_dukung, i.feedback)
                for i in self.indicators
            ],
            [BehaviourInput(b.value_code, b.feedback, b.rating) for b in self.behaviours],
            self.rating_hasil,
            self.rating_perilaku,
            self.notes,
        )


@dataclass
class DistributionSummary:
    period_key: str
    org_predikat: str | None
    headcount: int  # active employees of the units (that the user may see)
    counts: dict[Predikat, int]  # evaluations with a predikat
    total: int
    findings: list[Finding]  # empty without an org predikat
    suggestion: dict[Predikat, int]  # for `headcount`; empty without an org predikat
    # the same split for the `total` employees who have a predikat (what the chart compares)
    suggestion_evaluated: dict[Predikat, int] = field(default_factory=dict)


class MonitoringRow(NamedTuple):
    employee_id: int
    name: str
    nip: str
    unit_id: int
    unit_name: str
    appraiser_name: str
    state: str  # NO_PLAN, NO_EVALUATION, NO_REALISATION, NOT_RATED, RATED, FINAL
    evaluation_id: int | None
    indicators: int
    realised: int
    predikat: str | None


@dataclass
class AnnualSummary:
    year: int
    summary: PeriodSummary
    missing: list[str]  # periodic keys without a (final) rated evaluation
    annual_evaluation_id: int | None


# --- helpers ---------------------------------------------------------------------------------


def _live(evaluation_id: int) -> Evaluation:
    evaluation = Evaluation.get_or_none(
        (Evaluation.id == evaluation_id) & (Evaluation.deleted == False)
    )
    if evaluation is None:
        raise NotFoundError(N_("evaluations", "The evaluation no longer exists."), "evaluations")
    return evaluation


def _not_closed(evaluation: Evaluation) -> None:
    if evaluation.period.closed:
        raise _error(N_("evaluations", "The year is closed: nothing can change."))


def _editable(evaluation: Evaluation) -> None:
    _not_closed(evaluation)
    if evaluation.status != DRAFT:
        raise _error(
            N_(
                "evaluations",
                "This evaluation is final and locked: it can be changed only after it is "
                "re-opened.",
            )
        )


def _step(evaluation: Evaluation, to_status: str, reason: str = "") -> None:
    EvaluationStatusChange(
        evaluation=evaluation,
        from_status=evaluation.status,
        to_status=to_status,
        actor=current_actor(),
        reason=reason,
        at=utcnow(),
    ).save()


def _rating(value: str | None, what: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return Rating.coerce(value).value
    except RuleError:
        raise _error(
            N_("evaluations", "{what}: rating '{value}' is not known."), what=what, value=value
        ) from None


def _predikat(hasil: str | None, perilaku: str | None) -> str | None:
    if hasil is None or perilaku is None:
        return None
    return predikat(Rating(hasil), Rating(perilaku)).value


def _reason(reason: str, msgid: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise _error(msgid)
    return reason


def _plan_indicators(plan_id: int | None) -> list[tuple[Indicator, PlanResult]]:
    if plan_id is None:
        return []
    query = (
        Indicator.select(Indicator, PlanResult)
        .join(PlanResult)
        .where(
            (PlanResult.plan == plan_id)
            & (PlanResult.deleted == False)
            & (Indicator.deleted == False)
        )
        .order_by(
            PlanResult.is_main.desc(), PlanResult.sort_order, PlanResult.id, Indicator.sort_order
        )
    )
    return [(i, i.result) for i in query]


def _org_predikat(unit_id: int, period_key: str) -> str | None:
    row = (
        OrgResult.select(OrgResult.org_predikat)
        .where(
            (OrgResult.unit == unit_id)
            & (OrgResult.period_key == period_key)
            & (OrgResult.deleted == False)
        )
        .tuples()
        .first()
    )
    return row[0] if row else None


def _target(indicator: Indicator) -> str:
    if indicator.target_text:
        return indicator.target_text
    return " ".join(p for p in (indicator.target_value, indicator.target_unit) if p)


# --- opening and reading ---------------------------------------------------------------------


def open_evaluation(employee_id: int, period_key: str) -> int:
    """A new draft evaluation of the employee for the period key; needs the employee's
    approved SKP of that year, an open year, and no live evaluation for the key yet."""
    plans.require_for(Action.WRITE_APPRAISAL, employee_id)
    with write_transaction():
        key, period = _key_period(period_key)
        employee = Employee.get_or_none((Employee.id == employee_id) & (Employee.deleted == False))
        if employee is None:
            raise NotFoundError(N_("evaluations", "The employee no longer exists."), "evaluations")
        plan = PerformancePlan.get_or_none(
            (PerformancePlan.employee == employee)
            & (PerformancePlan.period == period)
            & (PerformancePlan.deleted == False)
        )
        if plan is None or plan.status != plans.APPROVED:
            raise _error(
                N_(
                    "evaluations",
                    "{name} has no approved SKP for {year}: approve the SKP first.",
                ),
                name=employee.full_name,
                year=period.year,
            )
        existing = Evaluation.get_or_none(
            (Evaluation.employee == employee)
            & (Evaluation.period_key == key)
            & (Evaluation.deleted == False)
        )
        if existing is not None:
            raise _error(
                N_("evaluations", "{name} already has an evaluation for {key}: open that one."),
                name=employee.full_name,
                key=key,
            )
        evaluation = Evaluation(employee=employee, plan=plan, period=period, period_key=key)
        evaluation.save()
        EvaluationStatusChange(
            evaluation=evaluation,
            from_status="",
            to_status=DRAFT,
            actor=current_actor(),
            at=utcnow(),
        ).save()
        return evaluation.id


def evaluation_id_for(employee_id: int, period_key: str) -> int | None:
    year, part = parse_period_key(period_key)
    key = f"{year}-{part}" if part else str(year)
    row = (
        Evaluation.select(Evaluation.id)
        .where(
            (Evaluation.employee == employee_id)
            & (Evaluation.period_key == key)
            & (Evaluation.deleted == False)
        )
        .tuples()
        .first()
    )
    return row[0] if row else None


def get_evaluation(evaluation_id: int, *, with_content: bool = True) -> EvaluationDetail:
    """Everything of one evaluation; `with_content=False` leaves out the indicators and the
    behaviour feedback (the Dokumen Evaluasi and batch printing need only the cover)."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.READ_APPRAISAL, evaluation.employee_id)
    employee = evaluation.employee
    appraiser = Employee.get_or_none(Employee.id == employee.appraiser_id)
    appraiser_name = appraiser.full_name if appraiser else ""
    if not with_content:
        return _detail(evaluation, employee, appraiser_name, [], [])
    realised = {
        r.indicator_id: r
        for r in Realisation.select().where(
            (Realisation.evaluation == evaluation) & (Realisation.deleted == False)
        )
    }
    parent_texts = {}
    pairs = _plan_indicators(evaluation.plan_id)
    parent_ids = [r.parent_result_id for _, r in pairs if r.parent_result_id]
    if parent_ids:
        parent_texts = dict(
            PlanResult.select(PlanResult.id, PlanResult.text)
            .where(PlanResult.id.in_(parent_ids))
            .tuples()
        )
    indicators = []
    for indicator, result in pairs:
        r = realised.get(indicator.id)
        indicators.append(
            IndicatorRow(
                indicator.id,
                bool(result.is_main),
                parent_texts.get(result.parent_result_id, result.parent_text),
                result.text,
                indicator.aspect,
                indicator.text,
                _target(indicator),
                r.realisasi if r else "",
                r.bukti_dukung if r else "",
                r.evidence_path if r else None,
                r.evidence_sha256 if r else None,
                r.feedback if r else "",
            )
        )
    expectations = {}
    if evaluation.plan_id is not None:
        expectations = {
            e.value_code: e.text
            for e in BehaviourExpectation.select().where(
                (BehaviourExpectation.plan == evaluation.plan_id)
                & (BehaviourExpectation.deleted == False)
            )
        }
    feedback = {
        b.value_code: b
        for b in BehaviourFeedback.select().where(
            (BehaviourFeedback.evaluation == evaluation) & (BehaviourFeedback.deleted == False)
        )
    }
    behaviours = [
        BehaviourRow(
            value.code,
            value.name,
            tuple(value.guides),
            expectations.get(value.code, ""),
            feedback[value.code].feedback if value.code in feedback else "",
            feedback[value.code].rating if value.code in feedback else None,
        )
        for value in BERAKHLAK.data
    ]
    return _detail(evaluation, employee, appraiser_name, indicators, behaviours)


def get_evaluation_covers(evaluation_ids: Sequence[int]) -> list[EvaluationDetail]:
    """`get_evaluation(id, with_content=False)` of each evaluation, in the order given, read
    in five queries however many there are (batch printing reads its Dokumen a hundred at a
    time: a query each would cost more than laying out the page). Give at most a few hundred
    ids at a time; NotFoundError when one is gone, AccessDenied as get_evaluation."""
    ids = list(evaluation_ids)
    found = {
        evaluation.id: evaluation
        for evaluation in Evaluation.select(Evaluation, Employee, Unit, Position, Period)
        .join(Employee)
        .join(Unit)
        .switch(Employee)
        .join(Position, JOIN.LEFT_OUTER)
        .switch(Evaluation)
        .join(Period)
        .where(Evaluation.id.in_(ids) & (Evaluation.deleted == False))
    }
    if len(found) < len(set(ids)):
        raise NotFoundError(N_("evaluations", "The evaluation no longer exists."), "evaluations")
    for evaluation in found.values():
        plans.require_for(Action.READ_APPRAISAL, evaluation.employee_id)
    appraiser_ids = {e.employee.appraiser_id for e in found.values()} - {None}
    appraisers = {
        employee_id: format_full_name(front, name, back)
        for employee_id, front, name, back in Employee.select(
            Employee.id, Employee.front_title, Employee.name, Employee.back_title
        )
        .where(Employee.id.in_(appraiser_ids))
        .tuples()
    }
    histories: dict[int, list[StatusStep]] = {evaluation_id: [] for evaluation_id in found}
    for change in (
        EvaluationStatusChange.select()
        .where(EvaluationStatusChange.evaluation.in_(ids))
        .order_by(EvaluationStatusChange.id)
    ):
        histories[change.evaluation_id].append(_status_step(change))
    keys = {e.period_key for e in found.values()}
    units = {e.employee.unit_id for e in found.values()}
    organisation = {
        (unit_id, key): predikat
        for unit_id, key, predikat in OrgResult.select(
            OrgResult.unit, OrgResult.period_key, OrgResult.org_predikat
        )
        .where(
            OrgResult.unit.in_(units)
            & OrgResult.period_key.in_(keys)
            & (OrgResult.deleted == False)
        )
        .order_by(OrgResult.id.desc())  # the first row wins, as in _org_predikat
        .tuples()
    }
    return [
        _detail(
            found[evaluation_id],
            found[evaluation_id].employee,
            appraisers.get(found[evaluation_id].employee.appraiser_id, ""),
            [],
            [],
            history=histories[evaluation_id],
            org_predikat=organisation.get(
                (found[evaluation_id].employee.unit_id, found[evaluation_id].period_key)
            ),
        )
        for evaluation_id in ids
    ]


def _status_step(change: EvaluationStatusChange) -> StatusStep:
    return StatusStep(change.at, change.actor, change.from_status, change.to_status, change.reason)


_READ = object()  # "read it now" for _detail's prefetched parts


def _detail(
    evaluation: Evaluation,
    employee: Employee,
    appraiser_name: str,
    indicators: list[IndicatorRow],
    behaviours: list[BehaviourRow],
    *,
    history: list[StatusStep] | None = None,
    org_predikat: object = _READ,  # str or None when read already
) -> EvaluationDetail:
    if history is None:
        history = [
            _status_step(c)
            for c in EvaluationStatusChange.select()
            .where(EvaluationStatusChange.evaluation == evaluation)
            .order_by(EvaluationStatusChange.id)
        ]
    if org_predikat is _READ:
        org_predikat = _org_predikat(employee.unit_id, evaluation.period_key)
    closed = bool(evaluation.period.closed)
    return EvaluationDetail(
        evaluation.id,
        employee.id,
        employee.full_name,
        employee.nip,
        employee.position.name if employee.position else "",
        employee.unit_id,
        employee.unit.name,
        appraiser_name,
        evaluation.plan_id,
        evaluation.period.year,
        evaluation.period_key,
        period_label(evaluation.period_key),
        evaluation.status,
        evaluation.rating_hasil,
        evaluation.rating_perilaku,
        evaluation.predikat,
        evaluation.notes,
        org_predikat,  # type: ignore[arg-type]
        indicators,
        behaviours,
        history,
        json.loads(evaluation.snapshot) if evaluation.snapshot else {},
        evaluation.finalized_at,
        evaluation.objection,
        evaluation.objection_at,
        evaluation.explanation,
        evaluation.decision,
        evaluation.status == DRAFT and not closed,
        closed,
        evaluation.self_assessment,
        evaluation.explanation_at,
        evaluation.decided_at,
    )


# --- saving ----------------------------------------------------------------------------------


def save_evaluation(evaluation_id: int, data: EvaluationInput) -> None:
    """Store what the editor holds for a draft; the predikat follows from the two ratings
    through the kuadran matrix (and is cleared while one of them is missing)."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.WRITE_APPRAISAL, evaluation.employee_id)
    hasil = _rating(data.rating_hasil, "Rating hasil kerja")
    perilaku = _rating(data.rating_perilaku, "Rating perilaku kerja")
    codes = {v.code for v in BERAKHLAK.data}
    for behaviour in data.behaviours:
        if behaviour.value_code not in codes:
            raise _error(
                N_("evaluations", "BerAKHLAK value {value} is not known."),
                value=behaviour.value_code,
            )
        _rating(behaviour.rating, f"BerAKHLAK {behaviour.value_code}")
    with write_transaction():
        evaluation = _live(evaluation_id)
        _editable(evaluation)
        known = {i.id for i, _ in _plan_indicators(evaluation.plan_id)}
        for item in data.realisations:
            if item.indicator_id not in known:
                raise _error(
                    N_("evaluations", "Indicator {value} is not in the SKP of this evaluation."),
                    value=item.indicator_id,
                )
        evaluation.rating_hasil = hasil
        evaluation.rating_perilaku = perilaku
        evaluation.predikat = _predikat(hasil, perilaku)
        evaluation.notes = data.notes.strip()
        evaluation.save()
        _save_realisations(evaluation, data.realisations)
        _save_behaviours(evaluation, data.behaviours)


def _realisation(evaluation: Evaluation, indicator_id: int) -> Realisation:
    row = Realisation.get_or_none(
        (Realisation.evaluation == evaluation)
        & (Realisation.indicator == indicator_id)
        & (Realisation.deleted == False)
    )
    return row or Realisation(evaluation=evaluation, indicator=indicator_id)


def _save_realisations(evaluation: Evaluation, items: Sequence[RealisationInput]) -> None:
    for item in items:
        row = _realisation(evaluation, item.indicator_id)
        values = {
            "realisasi": item.realisasi.strip(),
            "bukti_dukung": item.bukti_dukung.strip(),
            "feedback": item.feedback.strip(),
        }
        if row.id is None and not any(values.values()):
            continue
        if row.id is None or any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()


def _save_behaviours(evaluation: Evaluation, items: Sequence[BehaviourInput]) -> None:
    existing = {
        b.value_code: b
        for b in BehaviourFeedback.select().where(
            (BehaviourFeedback.evaluation == evaluation) & (BehaviourFeedback.deleted == False)
        )
    }
    for item in items:
        text = item.feedback.strip()
        rating = _rating(item.rating, f"BerAKHLAK {item.value_code}")
        row = existing.get(item.value_code)
        if row is None and not text and rating is None:
            continue
        row = row or BehaviourFeedback(evaluation=evaluation, value_code=item.value_code)
        if row.id is None or row.feedback != text or row.rating != rating:
            row.feedback = text
            row.rating = rating
            row.save()


def attach_evidence(evaluation_id: int, indicator_id: int, source_path: str | Path) -> Path:
    """Copy an evidence file (bukti dukung) into <data folder>/evidence/<evaluation uid>/ and
    record its relative path and sha256 on the indicator's realisasi. Returns the stored file.
    A failed copy leaves no file behind and changes nothing."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.WRITE_APPRAISAL, evaluation.employee_id)
    _editable(evaluation)
    if indicator_id not in {i.id for i, _ in _plan_indicators(evaluation.plan_id)}:
        raise _error(
            N_("evaluations", "Indicator {value} is not in the SKP of this evaluation."),
            value=indicator_id,
        )
    source = Path(source_path)
    if not source.is_file():
        raise _error(N_("evaluations", "The file {path} does not exist."), path=str(source))
    try:
        target, sha256 = stored_files.store_copy(
            source, f"evidence/{evaluation.uid}", str(indicator_id), "bukti"
        )
    except OSError as exc:
        raise _error(
            N_("evaluations", "The file {path} could not be copied: {reason}"),
            path=str(source),
            reason=exc.strerror or str(exc),
        ) from exc
    relative = stored_files.relative(target)
    try:
        with write_transaction():
            evaluation = _live(evaluation_id)
            _editable(evaluation)
            row = _realisation(evaluation, indicator_id)
            row.evidence_path = relative
            row.evidence_sha256 = sha256
            row.save()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def evidence_file(relative_path: str) -> Path:
    """The stored evidence file of a realisasi row (its path is relative to the data folder)."""
    return stored_files.data_file(relative_path)


def evidence_intact(relative_path: str, sha256: str | None) -> bool:
    """Is the stored evidence file still there with the content it had when attached?"""
    return stored_files.intact(relative_path, sha256)


# --- the workflow ----------------------------------------------------------------------------


def finalize(evaluation_id: int) -> None:
    """Draft -> final (locked) when both ratings are given, with the snapshot of who assessed
    whom (domain.md §0.6)."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.WRITE_APPRAISAL, evaluation.employee_id)
    with write_transaction():
        evaluation = _live(evaluation_id)
        _editable(evaluation)
        if evaluation.rating_hasil is None or evaluation.rating_perilaku is None:
            raise _error(
                N_(
                    "evaluations",
                    "Give the rating hasil kerja and the rating perilaku kerja before finalising.",
                )
            )
        _step(evaluation, FINAL)
        evaluation.status = FINAL
        evaluation.predikat = _predikat(evaluation.rating_hasil, evaluation.rating_perilaku)
        evaluation.snapshot = json.dumps(
            plans.snapshot(evaluation.employee), ensure_ascii=False, sort_keys=True
        )
        evaluation.finalized_at = utcnow()
        evaluation.save()


def reopen(evaluation_id: int, reason: str) -> None:
    """Final -> draft, by the pejabat penilai or an administrator, with a reason."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.WRITE_APPRAISAL, evaluation.employee_id)
    reason = _reason(
        reason, N_("evaluations", "Give the reason for re-opening the final evaluation.")
    )
    with write_transaction():
        evaluation = _live(evaluation_id)
        _not_closed(evaluation)
        if evaluation.status != FINAL:
            raise _error(N_("evaluations", "Only a final evaluation can be re-opened."))
        _step(evaluation, DRAFT, reason)
        evaluation.status = DRAFT
        evaluation.finalized_at = None
        evaluation.save()


# --- keberatan (objection) -------------------------------------------------------------------


def atasan_of(employee_id: int) -> int | None:
    """The atasan pejabat penilai: the appraiser of the employee's appraiser."""
    appraiser = plans.appraiser_of(employee_id)
    return plans.appraiser_of(appraiser) if appraiser is not None else None


def file_objection(evaluation_id: int, text: str) -> None:
    """The employee's keberatan, within 14 days of finalising; the employee files it (or HR /
    an administrator records it for them)."""
    evaluation = _live(evaluation_id)
    signed_in = current()
    if not (
        signed_in is None
        or signed_in.employee_id == evaluation.employee_id
        or signed_in.role in (Role.ADMIN, Role.HR)
    ):
        require(Action.MANAGE_USERS)  # raises AccessDenied for everyone else
    text = _reason(text, N_("evaluations", "Write the objection and its reasons."))
    with write_transaction():
        evaluation = _live(evaluation_id)
        _not_closed(evaluation)
        if evaluation.status != FINAL or evaluation.finalized_at is None:
            raise _error(N_("evaluations", "Only a final evaluation can be objected to."))
        if evaluation.objection:
            raise _error(N_("evaluations", "An objection was filed already."))
        if utcnow() - evaluation.finalized_at > dt.timedelta(days=OBJECTION_DAYS):
            raise _error(
                N_("evaluations", "The {days} days for an objection have passed."),
                days=OBJECTION_DAYS,
            )
        _step(evaluation, OBJECTION, text)
        evaluation.objection = text
        evaluation.objection_at = utcnow()
        evaluation.save()


def explain_objection(evaluation_id: int, text: str) -> None:
    """The penjelasan of the pejabat penilai on the objection."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.WRITE_APPRAISAL, evaluation.employee_id)
    text = _reason(text, N_("evaluations", "Write the explanation."))
    with write_transaction():
        evaluation = _live(evaluation_id)
        _not_closed(evaluation)
        if not evaluation.objection or evaluation.decision:
            raise _error(N_("evaluations", "There is no open objection to explain."))
        _step(evaluation, EXPLANATION, text)
        evaluation.explanation = text
        evaluation.explanation_at = utcnow()
        evaluation.save()


def decide_objection(
    evaluation_id: int,
    text: str,
    rating_hasil: str | None = None,
    rating_perilaku: str | None = None,
) -> None:
    """The keputusan of the atasan pejabat penilai (final); it may change the ratings, and the
    predikat follows them through the matrix."""
    evaluation = _live(evaluation_id)
    require(Action.WRITE_APPRAISAL, evaluation.employee_id, appraiser_of=atasan_of)
    text = _reason(text, N_("evaluations", "Write the decision."))
    hasil = _rating(rating_hasil, "Rating hasil kerja")
    perilaku = _rating(rating_perilaku, "Rating perilaku kerja")
    with write_transaction():
        evaluation = _live(evaluation_id)
        _not_closed(evaluation)
        if not evaluation.objection or evaluation.decision:
            raise _error(N_("evaluations", "There is no open objection to decide."))
        if not evaluation.explanation:
            raise _error(
                N_("evaluations", "The pejabat penilai explains the objection before the decision.")
            )
        _step(evaluation, DECISION, text)
        evaluation.decision = text
        evaluation.decided_at = utcnow()
        evaluation.rating_hasil = hasil or evaluation.rating_hasil
        evaluation.rating_perilaku = perilaku or evaluation.rating_perilaku
        evaluation.predikat = _predikat(evaluation.rating_hasil, evaluation.rating_perilaku)
        evaluation.save()


# --- organisation predikat and distribution --------------------------------------------------


def set_org_result(unit_id: int, period_key: str, org_predikat: str | None) -> None:
    """Set (or clear, with None) the capaian kinerja organisasi of a unit for a period key."""
    require(Action.WRITE_PERIODS)
    value = None
    if org_predikat:
        try:
            value = OrgPredikat.coerce(org_predikat).value
        except RuleError:
            raise _error(
                N_("evaluations", "Organisation predikat '{value}' is not known."),
                value=org_predikat,
            ) from None
    with write_transaction():
        key, _ = _key_period(period_key)
        if Unit.get_or_none((Unit.id == unit_id) & (Unit.deleted == False)) is None:
            raise NotFoundError(N_("evaluations", "The unit no longer exists."), "evaluations")
        row = OrgResult.get_or_none(
            (OrgResult.unit == unit_id)
            & (OrgResult.period_key == key)
            & (OrgResult.deleted == False)
        )
        if value is None:
            if row is not None:
                row.delete_instance()
            return
        row = row or OrgResult(unit=unit_id, period_key=key)
        if row.id is None or row.org_predikat != value:
            row.org_predikat = value
            row.save()


def org_result(unit_id: int, period_key: str) -> str | None:
    key, _ = _key_period(period_key, writable=False)
    return _org_predikat(unit_id, key)


def distribution(
    unit_ids: Iterable[int],
    period_key: str,
    *,
    include_drafts: bool = False,
    org_predikat: str | None = None,
) -> DistributionSummary:
    """Predikat head-counts of the units' evaluations for the key (final ones, and drafts
    with both ratings when asked), checked against the pattern of the organisation predikat:
    `org_predikat` when given, else that of the first unit. Guidance, never a block."""
    unit_ids = list(unit_ids)
    key, _ = _key_period(period_key, writable=False)
    statuses = [FINAL, DRAFT] if include_drafts else [FINAL]
    rows = (
        Evaluation.select(Evaluation.predikat)
        .join(Employee)
        .where(
            (Evaluation.period_key == key)
            & (Evaluation.deleted == False)
            & Evaluation.status.in_(statuses)
            & Evaluation.predikat.is_null(False)
            & Employee.unit.in_(unit_ids)
            & visible_to_session()
        )
        .tuples()
    )
    tally = Counter(Predikat(p) for (p,) in rows)
    counts = {p: tally.get(p, 0) for p in Predikat}
    headcount = (
        Employee.select()
        .where(
            Employee.unit.in_(unit_ids)
            & (Employee.deleted == False)
            & (Employee.active == True)
            & visible_to_session()
        )
        .count()
    )
    org = org_predikat or (_org_predikat(unit_ids[0], key) if unit_ids else None)
    findings: list[Finding] = []
    suggestion: dict[Predikat, int] = {}
    if org:
        org_member = OrgPredikat.coerce(org)
        org = org_member.value
        findings = check_distribution(org_member, counts)
        suggestion = suggest_distribution(org_member, headcount)
    total = sum(counts.values())
    evaluated = suggest_distribution(OrgPredikat.coerce(org), total) if org and total else {}
    return DistributionSummary(key, org, headcount, counts, total, findings, suggestion, evaluated)


# --- monitoring and the year -----------------------------------------------------------------


def monitoring(period_key: str, unit_ids: Iterable[int] | None = None) -> list[MonitoringRow]:
    """Every active employee the user may see with the state of their evaluation for the key."""
    key, period = _key_period(period_key, writable=False)
    query = staff_query(unit_ids=unit_ids)
    approved = dict(
        PerformancePlan.select(PerformancePlan.employee, PerformancePlan.id)
        .where(
            (PerformancePlan.period == period)
            & (PerformancePlan.deleted == False)
            & (PerformancePlan.status == plans.APPROVED)
        )
        .tuples()
    )
    indicator_counts = dict(
        Indicator.select(PlanResult.plan, fn.COUNT(Indicator.id))
        .join(PlanResult)
        .join(PerformancePlan)
        .where(
            (PerformancePlan.period == period)
            & (PlanResult.deleted == False)
            & (Indicator.deleted == False)
        )
        .group_by(PlanResult.plan)
        .tuples()
    )
    evaluations = {
        e: (i, s, h, p, k, plan)
        for i, e, s, h, p, k, plan in Evaluation.select(
            Evaluation.id,
            Evaluation.employee,
            Evaluation.status,
            Evaluation.rating_hasil,
            Evaluation.rating_perilaku,
            Evaluation.predikat,
            Evaluation.plan,
        )
        .where((Evaluation.period_key == key) & (Evaluation.deleted == False))
        .tuples()
    }
    realised = dict(
        Realisation.select(Realisation.evaluation, fn.COUNT(Realisation.id))
        .join(Evaluation)
        .join(Indicator, on=(Realisation.indicator == Indicator.id))
        .where(
            (Evaluation.period_key == key)
            & (Evaluation.deleted == False)
            & (Realisation.deleted == False)
            & (Indicator.deleted == False)
            & (Realisation.realisasi != "")
        )
        .group_by(Realisation.evaluation)
        .tuples()
    )
    rows = []
    shared: dict[str, str] = {}  # one string per unit and appraiser name, not one per row
    for (
        eid,
        front,
        name,
        back,
        nip,
        unit_id,
        unit_name,
        appraiser_name,
    ) in query.tuples().iterator():
        found = evaluations.get(eid)
        evaluation_id = found[0] if found else None
        plan_id = found[5] if found else approved.get(eid)
        total = indicator_counts.get(plan_id, 0) if plan_id else 0
        done = realised.get(evaluation_id, 0) if evaluation_id else 0
        if found is None:
            state = NO_EVALUATION if eid in approved else NO_PLAN
        elif found[1] == FINAL:
            state = FINALISED
        elif done < total:
            state = NO_REALISATION
        elif found[2] is None or found[3] is None:
            state = NOT_RATED
        else:
            state = RATED
        rows.append(
            MonitoringRow(
                eid,
                intern(format_full_name(front, name, back)),
                intern(nip),
                unit_id,
                shared.setdefault(unit_name, unit_name),
                shared.setdefault(appraiser_name or "", appraiser_name or ""),
                state,
                evaluation_id,
                total,
                done,
                found[4] if found else None,
            )
        )
    return rows


_STORED = object()


def annual_summary(
    employee_id: int,
    year: int,
    *,
    include_drafts: bool = False,
    annual_hasil: Any = _STORED,
    annual_perilaku: Any = _STORED,
) -> AnnualSummary:
    """The year's periodic ratings side by side with the annual ones (`summarize_periods`):
    final periodic evaluations (and rated drafts when asked), in period order. The annual
    ratings are the stored ones unless given (the editor checks its choice as it changes)."""
    plans.require_for(Action.READ_APPRAISAL, employee_id)
    keys = period_keys(year)
    periodic, annual_key = keys[:-1], keys[-1]
    found = {
        k: (i, s, h, p)
        for i, k, s, h, p in Evaluation.select(
            Evaluation.id,
            Evaluation.period_key,
            Evaluation.status,
            Evaluation.rating_hasil,
            Evaluation.rating_perilaku,
        )
        .where(
            (Evaluation.employee == employee_id)
            & Evaluation.period_key.in_(keys)
            & (Evaluation.deleted == False)
        )
        .tuples()
    }

    def usable(key: str) -> bool:
        row = found.get(key)
        return (
            row is not None
            and row[2] is not None
            and row[3] is not None
            and (row[1] == FINAL or include_drafts)
        )

    triples = [(period_label(k), found[k][2], found[k][3]) for k in periodic if usable(k)]
    missing = [k for k in periodic if not usable(k)]
    annual = found.get(annual_key)
    if annual_hasil is _STORED:
        annual_hasil = annual[2] if annual else None
    if annual_perilaku is _STORED:
        annual_perilaku = annual[3] if annual else None
    summary = summarize_periods(
        triples,
        _rating(annual_hasil, "Rating hasil kerja"),
        _rating(annual_perilaku, "Rating perilaku kerja"),
    )
    return AnnualSummary(year, summary, missing, annual[0] if annual else None)


def status_word(status: str) -> InputError:
    """A status as a message parameter: the GUI translates it like any nested message."""
    return InputError(STATUS_LABELS.get(status, status), "evaluations")


# --- labels for the screens ------------------------------------------------------------------

MONITORING_LABELS = {
    NO_PLAN: N_("evaluations", "No approved SKP"),
    NO_EVALUATION: N_("evaluations", "Not started"),
    NO_REALISATION: N_("evaluations", "Realisasi missing"),
    NOT_RATED: N_("evaluations", "Not rated"),
    RATED: N_("evaluations", "Rated"),
    FINALISED: N_("evaluations", "Final"),
}


def rating_choices() -> list[tuple[str, str]]:
    """(stored key, official label) of the three ratings, best first."""
    return [(r.value, r.label) for r in Rating]


def predikat_label(hasil: str | None, perilaku: str | None) -> str:
    """The predikat the matrix gives for two ratings ("" while one is missing), so the screen
    shows it as the ratings change; the stored one is always recomputed by the service."""
    key = _predikat(_rating(hasil, "hasil"), _rating(perilaku, "perilaku"))
    return Predikat(key).label if key else ""


def stored_predikat_label(key: str | None) -> str:
    return Predikat(key).label if key else ""


def org_predikat_choices() -> list[tuple[str, str]]:
    """(stored key, official label) of the organisation predikat, best first."""
    return [(o.value, o.label) for o in OrgPredikat]


def predikat_scale() -> list[tuple[Predikat, str]]:
    """The employee predikat as the distribution curve lays them out: Sangat Kurang on the
    left to Sangat Baik on the right (domain.md §7.2)."""
    return [(p, p.label) for p in reversed(list(Predikat))]
