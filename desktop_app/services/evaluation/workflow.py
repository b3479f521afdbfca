"""The workflow of an evaluation: opening a draft, finalise (locked, with the frozen snapshot of
who assessed whom), re-open with a reason, and the keberatan (PP 30/2019 Pasal 59, domain.md
§0.7): within 14 days of finalising, the employee (or HR / an administrator on their behalf)
files an objection; the pejabat penilai explains; the atasan pejabat penilai decides, finally,
and may change the ratings. Every step is an EvaluationStatusChange row and, like every write,
in the audit trail; a closed year refuses every change.

The statuses, guards, steps, history and snapshot are the shared workflow kit
(`services.workflow`) with the evaluation's transition table `FLOW`; the keberatan steps
write their history row and keep the status FINAL. `_live`, `_not_closed` and `_editable`
stay as names for the sibling modules of this package (editing checks `_editable` too).
"""

from __future__ import annotations

import datetime as dt

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Evaluation, EvaluationStatusChange, PerformancePlan, utcnow
from desktop_app.models.database import write_transaction
from desktop_app.scoring import Rating
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.workflow import Transition, Workflow
from desktop_app.services.evaluation.states import (
    DECISION,
    DRAFT,
    EXPLANATION,
    FINAL,
    OBJECTION,
    OBJECTION_DAYS,
    STATUS_LABELS,
)
from desktop_app.services.evaluation.values import key_period, predikat_of, read_rating
from desktop_app.services.session import Action, Role, current, require
from desktop_app.services.skp import plans
from desktop_app.services.workflow import WorkflowKit

LOCKED = N_(
    "evaluations",
    "This evaluation is final and locked: it can be changed only after it is re-opened.",
)
FLOW = Workflow(
    context="evaluations",
    initial=DRAFT,
    editable=frozenset({DRAFT}),
    transitions={
        "finalize": Transition(FINAL, frozenset({DRAFT}), LOCKED),
        "reopen": Transition(
            DRAFT,
            frozenset({FINAL}),
            N_("evaluations", "Only a final evaluation can be re-opened."),
        ),
        "object": Transition(
            OBJECTION,
            frozenset({FINAL}),
            N_("evaluations", "Only a final evaluation can be objected to."),
            keeps_status=True,
        ),
        "explain": Transition(
            EXPLANATION,
            None,
            N_("evaluations", "There is no open objection to explain."),
            keeps_status=True,
        ),
        "decide": Transition(
            DECISION,
            None,
            N_("evaluations", "There is no open objection to decide."),
            keeps_status=True,
        ),
    },
)
KIT = WorkflowKit(
    FLOW,
    Evaluation,
    EvaluationStatusChange,
    STATUS_LABELS,
    gone=N_("evaluations", "The evaluation no longer exists."),
    closed=N_("evaluations", "The year is closed: nothing can change."),
    locked=LOCKED,
)


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "evaluations", **params)


def _live(evaluation_id: int) -> Evaluation:
    return KIT.live(evaluation_id)


def _not_closed(evaluation: Evaluation) -> None:
    KIT.not_closed(evaluation)


def _editable(evaluation: Evaluation) -> None:
    KIT.editable(evaluation)


# --- opening --------------------------------------------------------------------------------


def open_evaluation(employee_id: int, period_key: str) -> int:
    """A new draft evaluation of the employee for the period key; needs the employee's
    approved SKP of that year, an open year, and no live evaluation for the key yet."""
    plans.require_for(Action.WRITE_APPRAISAL, employee_id)
    with write_transaction():
        key, period = key_period(period_key)
        employee = Employee.get_or_none((Employee.id == employee_id) & (Employee.deleted == False))
        if employee is None:
            raise NotFoundError(N_("evaluations", "The employee no longer exists."), "evaluations")
        first, last = PeriodKey.parse(key).months  # the SKP in force at the period's end
        plan_id = plans.plan_in_force(employee.id, period.id, first, last)
        plan = None if plan_id is None else PerformancePlan.get_by_id(plan_id)
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
        evaluation = KIT.create(employee=employee, plan=plan, period=period, period_key=key)
        return evaluation.id


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
        KIT.step(evaluation, "finalize")
        evaluation.predikat = predikat_of(evaluation.rating_hasil, evaluation.rating_perilaku)
        KIT.freeze(evaluation, evaluation.employee)
        evaluation.finalized_at = utcnow()
        evaluation.save()


def reopen(evaluation_id: int, reason: str) -> None:
    """Final -> draft, by the pejabat penilai or an administrator, with a reason."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.WRITE_APPRAISAL, evaluation.employee_id)
    reason = KIT.reason(
        reason, N_("evaluations", "Give the reason for re-opening the final evaluation.")
    )
    with write_transaction():
        evaluation = _live(evaluation_id)
        KIT.not_closed(evaluation)
        KIT.step(evaluation, "reopen", reason)
        evaluation.finalized_at = None
        evaluation.save()


# --- keberatan (objection) -------------------------------------------------------------------


def atasan_of(employee_id: int) -> int | None:
    """The atasan pejabat penilai: the appraiser of the holder of the employee's appraiser's
    post (a Plt/Plh acting there does not change it; docs/appraisers.md)."""
    return plans.superior_of(employee_id)


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
    text = KIT.reason(text, N_("evaluations", "Write the objection and its reasons."))
    with write_transaction():
        evaluation = _live(evaluation_id)
        KIT.not_closed(evaluation)
        KIT.check(evaluation, "object")
        if evaluation.finalized_at is None:
            raise KIT.refused("object")
        if evaluation.objection:
            raise _error(N_("evaluations", "An objection was filed already."))
        if utcnow() - evaluation.finalized_at > dt.timedelta(days=OBJECTION_DAYS):
            raise _error(
                N_("evaluations", "The {days} days for an objection have passed."),
                days=OBJECTION_DAYS,
            )
        KIT.step(evaluation, "object", text)
        evaluation.objection = text
        evaluation.objection_at = utcnow()
        evaluation.save()


def explain_objection(evaluation_id: int, text: str) -> None:
    """The penjelasan of the pejabat penilai on the objection."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.WRITE_APPRAISAL, evaluation.employee_id)
    text = KIT.reason(text, N_("evaluations", "Write the explanation."))
    with write_transaction():
        evaluation = _live(evaluation_id)
        KIT.not_closed(evaluation)
        if not evaluation.objection or evaluation.decision:
            raise KIT.refused("explain")
        KIT.step(evaluation, "explain", text)
        evaluation.explanation = text
        evaluation.explanation_at = utcnow()
        evaluation.save()


def decide_objection(
    evaluation_id: int,
    text: str,
    rating_hasil: Rating | str | None = None,
    rating_perilaku: Rating | str | None = None,
) -> None:
    """The keputusan of the atasan pejabat penilai (final); it may change the ratings, and the
    predikat follows them through the matrix."""
    evaluation = _live(evaluation_id)
    require(Action.WRITE_APPRAISAL, evaluation.employee_id, appraiser_of=atasan_of)
    text = KIT.reason(text, N_("evaluations", "Write the decision."))
    hasil = read_rating(rating_hasil, "Rating hasil kerja")
    perilaku = read_rating(rating_perilaku, "Rating perilaku kerja")
    with write_transaction():
        evaluation = _live(evaluation_id)
        KIT.not_closed(evaluation)
        if not evaluation.objection or evaluation.decision:
            raise KIT.refused("decide")
        if not evaluation.explanation:
            raise _error(
                N_("evaluations", "The appraiser explains the objection before the decision.")
            )
        KIT.step(evaluation, "decide", text)
        evaluation.decision = text
        evaluation.decided_at = utcnow()
        evaluation.rating_hasil = hasil or evaluation.rating_hasil
        evaluation.rating_perilaku = perilaku or evaluation.rating_perilaku
        evaluation.predikat = predikat_of(evaluation.rating_hasil, evaluation.rating_perilaku)
        evaluation.save()
