"""Dialog kinerja and konseling kinerja records of an employee (PermenPANRB 8/2021; domain.md
§9, §13.12): write, read, remove, and the follow-up of a poor predikat they belong to.

Who: the pejabat penilai writes the records of the staff they appraise, HR and the
administrator those of everyone (the roles that write the register); whoever may read an
employee's appraisal reads them. Who took part is frozen on save: the employee, the pejabat
penilai and the atasan as on the day held (`snapshot`, like an approval), plus the others, one
name a line. Every write is one audited transaction (docs/pppk_contracts.md, "Dialog kinerja").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from desktop_app.errors import FieldErrors, InputError, NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import DevelopmentPlan, Employee, Evaluation, PerformanceDialogue
from desktop_app.models.database import write_transaction
from desktop_app.scoring import dialogue as rules
from desktop_app.scoring.dialogue import DialogueKind, Held, PoorResult
from desktop_app.scoring.idp import period_words
from desktop_app.scoring.indonesian_format import format_date
from desktop_app.scoring.ratings import Predikat
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation.values import stored
from desktop_app.services.session import AccessDenied, Action, allowed
from desktop_app.services.skp import plans
from desktop_app.services.workflow import local_today, take_snapshot

CONTEXT = "dialogue"
KIND_LABELS = rules.KIND_LABELS


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, CONTEXT, **params)


@dataclass
class DialogueInput:
    """What the editor holds: the kind, the day held, the topic, what was agreed, the other
    participants (one a line), the follow-up day, and what it follows up."""

    employee_id: int
    kind: str
    held_on: dt.date | None
    topic: str
    agreement: str = ""
    others: list[str] = field(default_factory=list)
    follow_up_on: dt.date | None = None
    evaluation_id: int | None = None
    development_plan_id: int | None = None


class DialogueRow(NamedTuple):
    id: int
    kind: str
    held_on: dt.date
    topic: str
    agreement: str
    follow_up_on: dt.date | None
    follows: str  # "Triwulan II 2026 (Kurang)", "IDP 2026" or ""
    appraiser_name: str


class Choice(NamedTuple):
    id: int
    text: str
    period_key: str = ""  # an evaluation's period, for a screen to name in its language
    predikat: str = ""  # its predikat label (an official term)


# --- access ------------------------------------------------------------------------------------


def may_write(employee_id: int) -> bool:
    """HR and the administrator for everyone, the pejabat penilai for their own staff."""
    return allowed(Action.WRITE_REGISTER) or allowed(
        Action.WRITE_APPRAISAL, employee_id, appraiser_of=plans.appraiser_of
    )


def _require_write(employee_id: int) -> None:
    if not may_write(employee_id):
        raise AccessDenied()


def _live(dialogue_id: int) -> PerformanceDialogue:
    found = PerformanceDialogue.get_or_none(
        (PerformanceDialogue.id == dialogue_id) & (PerformanceDialogue.deleted == False)
    )
    if found is None:
        raise NotFoundError(N_("dialogue", "The dialogue record no longer exists."), "dialogue")
    return found


# --- validation --------------------------------------------------------------------------------


def _clean_lines(lines: Iterable[str]) -> list[str]:
    return [" ".join(line.split()) for line in lines if line and line.strip()]


def _validate(data: DialogueInput, employee: Employee) -> dict[str, ServiceError]:
    errors: dict[str, ServiceError] = {}
    if data.kind not in KIND_LABELS:
        errors["kind"] = _error(N_("dialogue", "Choose dialog kinerja or konseling kinerja."))
    today = local_today()
    if data.held_on is None:
        errors["held_on"] = _error(N_("dialogue", "Type the day it was held."))
    elif data.held_on > today:
        errors["held_on"] = _error(
            N_("dialogue", "The day held ({held}) is after today: record it once it took place."),
            held=format_date(data.held_on),
        )
    topic = (data.topic or "").strip()
    if not topic:
        errors["topic"] = _error(N_("dialogue", "Type the topic discussed."))
    elif len(topic) > rules.MAX_TEXT:
        errors["topic"] = _error(
            N_("dialogue", "The topic is longer than {limit} characters."), limit=rules.MAX_TEXT
        )
    if len((data.agreement or "").strip()) > rules.MAX_TEXT:
        errors["agreement"] = _error(
            N_("dialogue", "What was agreed is longer than {limit} characters."),
            limit=rules.MAX_TEXT,
        )
    others = _clean_lines(data.others)
    if len(others) > rules.MAX_OTHERS:
        errors["others"] = _error(
            N_("dialogue", "At most {limit} other participants."), limit=rules.MAX_OTHERS
        )
    elif any(len(name) > 200 for name in others):
        errors["others"] = _error(
            N_("dialogue", "A participant's name is longer than 200 characters.")
        )
    if data.held_on is not None and "held_on" not in errors:
        problem = rules.check_dates(data.held_on, data.follow_up_on)
        if problem is not None:
            errors["follow_up_on"] = InputError(  # the rule's message: scoring's context
                problem,
                "scoring",
                follow=format_date(data.follow_up_on),
                held=format_date(data.held_on),
            )
    if data.evaluation_id is not None:
        found = Evaluation.get_or_none(
            (Evaluation.id == data.evaluation_id) & (Evaluation.deleted == False)
        )
        if found is None or found.employee_id != employee.id:
            errors["evaluation"] = _error(
                N_("dialogue", "The evaluation chosen is not one of this employee's.")
            )
    if data.development_plan_id is not None:
        plan = DevelopmentPlan.get_or_none(
            (DevelopmentPlan.id == data.development_plan_id) & (DevelopmentPlan.deleted == False)
        )
        if plan is None or plan.employee_id != employee.id:
            errors["development_plan"] = _error(
                N_("dialogue", "The IDP chosen is not one of this employee's.")
            )
    return errors


# --- writing -----------------------------------------------------------------------------------


def save_dialogue(data: DialogueInput, dialogue_id: int | None = None) -> int:
    """Create or change a record; FieldErrors names each wrong field, nothing is stored."""
    _require_write(data.employee_id)
    with write_transaction():
        row = PerformanceDialogue() if dialogue_id is None else _live(dialogue_id)
        if dialogue_id is not None and row.employee_id != data.employee_id:
            raise _error(N_("dialogue", "The record belongs to another employee."))
        employee = Employee.get_or_none(
            (Employee.id == data.employee_id) & (Employee.deleted == False)
        )
        if employee is None:
            raise NotFoundError(N_("dialogue", "The employee no longer exists."), "dialogue")
        errors = _validate(data, employee)
        if errors:
            raise FieldErrors(errors)
        row.employee = employee
        row.kind = data.kind
        row.held_on = data.held_on
        row.topic = data.topic.strip()
        row.agreement = (data.agreement or "").strip()
        row.others = "\n".join(_clean_lines(data.others))
        row.follow_up_on = data.follow_up_on
        row.evaluation = data.evaluation_id
        row.development_plan = data.development_plan_id
        row.snapshot = json.dumps(take_snapshot(employee, data.held_on).as_dict(), sort_keys=True)
        row.save()
        return row.id


def delete_dialogue(dialogue_id: int) -> None:
    """Remove a record entered by mistake (tombstone, audited)."""
    row = _live(dialogue_id)
    _require_write(row.employee_id)
    with write_transaction():
        _live(dialogue_id).delete_instance()


# --- reading -----------------------------------------------------------------------------------


def get_dialogue(dialogue_id: int) -> DialogueInput:
    row = _live(dialogue_id)
    plans.require_for(Action.READ_APPRAISAL, row.employee_id)
    return DialogueInput(
        row.employee_id,
        row.kind,
        row.held_on,
        row.topic,
        row.agreement,
        row.others.splitlines() if row.others else [],
        row.follow_up_on,
        row.evaluation_id,
        row.development_plan_id,
    )


def snapshot_of(dialogue_id: int) -> dict:
    """Who took part as frozen on save (read access checked by the caller)."""
    row = _live(dialogue_id)
    plans.require_for(Action.READ_APPRAISAL, row.employee_id)
    return json.loads(row.snapshot) if row.snapshot else {}


def _evaluation_words(key: str, predikat: Predikat | None) -> str:
    words = period_words(key)
    return f"{words} ({predikat.label})" if predikat is not None else words


def list_dialogues(employee_id: int, year: int | None = None) -> list[DialogueRow]:
    """The employee's records, newest first (those held in `year` when given)."""
    plans.require_for(Action.READ_APPRAISAL, employee_id)
    query = PerformanceDialogue.select().where(
        (PerformanceDialogue.employee == employee_id) & (PerformanceDialogue.deleted == False)
    )
    if year is not None:
        query = query.where(
            PerformanceDialogue.held_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
        )
    rows = list(query.order_by(PerformanceDialogue.held_on.desc(), PerformanceDialogue.id.desc()))
    keys = {
        e.id: (e.period_key, stored(Predikat, e.predikat))
        for e in Evaluation.select().where(
            Evaluation.id.in_([r.evaluation_id for r in rows if r.evaluation_id])
        )
    }
    plan_years = {
        p.id: p.period.year
        for p in DevelopmentPlan.select().where(
            DevelopmentPlan.id.in_([r.development_plan_id for r in rows if r.development_plan_id])
        )
    }
    found = []
    for r in rows:
        follows = []
        if r.evaluation_id in keys:
            follows.append(_evaluation_words(*keys[r.evaluation_id]))
        if r.development_plan_id in plan_years:
            follows.append(f"IDP {plan_years[r.development_plan_id]}")
        snapshot = json.loads(r.snapshot) if r.snapshot else {}
        appraiser = (snapshot.get("appraiser") or {}).get("name") or ""
        found.append(
            DialogueRow(
                r.id,
                r.kind,
                r.held_on,
                r.topic,
                r.agreement,
                r.follow_up_on,
                " · ".join(follows),
                appraiser,
            )
        )
    return found


def evaluation_choices(employee_id: int) -> list[Choice]:
    """The employee's final evaluations, newest first, poor ones marked by their predikat."""
    plans.require_for(Action.READ_APPRAISAL, employee_id)
    rows = list(
        Evaluation.select().where(
            (Evaluation.employee == employee_id)
            & (Evaluation.deleted == False)
            & (Evaluation.status == evaluations.FINAL)
        )
    )
    rows.sort(key=lambda e: rules.window(e.period_key)[0], reverse=True)
    return [
        Choice(
            e.id,
            _evaluation_words(e.period_key, stored(Predikat, e.predikat)),
            e.period_key,
            predikat.label if (predikat := stored(Predikat, e.predikat)) is not None else "",
        )
        for e in rows
    ]


def plan_choices(employee_id: int) -> list[Choice]:
    """The employee's IDPs, newest year first."""
    plans.require_for(Action.READ_APPRAISAL, employee_id)
    rows = list(
        DevelopmentPlan.select().where(
            (DevelopmentPlan.employee == employee_id) & (DevelopmentPlan.deleted == False)
        )
    )
    rows.sort(key=lambda p: p.period.year, reverse=True)
    return [Choice(p.id, f"IDP {p.period.year}") for p in rows]


# --- the follow-up of a poor predikat -----------------------------------------------------------


class FollowUpLine(NamedTuple):
    """A final poor predikat and the konseling kinerja that follows it up (None: missing)."""

    evaluation_id: int
    period_key: str
    predikat: Predikat
    counselled_on: dt.date | None


def _poor(employee_ids: Sequence[int] | None, year: int) -> dict[int, list[PoorResult]]:
    keys = [str(year - 1), *evaluations.period_keys(year)]
    query = Evaluation.select(
        Evaluation.id, Evaluation.employee, Evaluation.period_key, Evaluation.predikat
    ).where(
        Evaluation.period_key.in_(keys)
        & (Evaluation.deleted == False)
        & (Evaluation.status == evaluations.FINAL)
        & Evaluation.predikat.in_([p.value for p in rules.POOR])
    )
    wanted = set(employee_ids) if employee_ids is not None else None
    found: dict[int, list[PoorResult]] = {}
    for eid, employee_id, key, value in query.tuples():
        if wanted is not None and employee_id not in wanted:
            continue  # filtered here: 50,000 ids would pass SQLite's limit of bound values
        predikat = stored(Predikat, value)
        if predikat is not None:
            found.setdefault(employee_id, []).append(PoorResult(eid, key, predikat))
    for results in found.values():
        results.sort(key=lambda r: rules.window(r.period_key))
    return found


def _held(employee_ids: Iterable[int]) -> dict[int, list[Held]]:
    wanted = set(employee_ids)
    found: dict[int, list[Held]] = {}
    for employee_id, kind, day, evaluation_id in (
        PerformanceDialogue.select(
            PerformanceDialogue.employee,
            PerformanceDialogue.kind,
            PerformanceDialogue.held_on,
            PerformanceDialogue.evaluation,
        )
        .where(
            (PerformanceDialogue.deleted == False)
            & (PerformanceDialogue.kind == DialogueKind.COUNSELLING.value)
        )
        .tuples()
    ):
        if employee_id not in wanted:
            continue
        try:
            found.setdefault(employee_id, []).append(Held(DialogueKind(kind), day, evaluation_id))
        except ValueError:
            continue  # a kind this version does not know (a newer office's package)
    return found


def follow_up_lines(employee_id: int, year: int) -> list[FollowUpLine]:
    """The employee's final poor predikat of `year` (and the previous annual one), each with
    the day of the konseling kinerja that follows it up."""
    plans.require_for(Action.READ_APPRAISAL, employee_id)
    results = _poor([employee_id], year).get(employee_id, [])
    held = _held([employee_id]).get(employee_id, [])
    lines = []
    for result in results:
        found = rules.counselled(result, held)
        lines.append(
            FollowUpLine(
                result.evaluation_id,
                result.period_key,
                result.predikat,
                found.day if found else None,
            )
        )
    return lines


def missing_counselling(year: int, employee_ids: Sequence[int]) -> dict[int, list[PoorResult]]:
    """Of the employees given (those the caller may see), each with the poor predikat of
    `year` that no konseling kinerja follows up yet."""
    poor = _poor(employee_ids, year)
    held = _held(poor)
    found = {}
    for employee_id, results in poor.items():
        missing = rules.missing_counselling(results, held.get(employee_id, []))
        if missing:
            found[employee_id] = missing
    return found


def missing_words(missing: Sequence[PoorResult]) -> str:
    """ "Triwulan II 2026 (Kurang)" for each result without konseling."""
    return ", ".join(_evaluation_words(r.period_key, r.predikat) for r in missing)
