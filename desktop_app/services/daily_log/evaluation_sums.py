"""The daily log feeds the evaluation (issue 21 point 5): beside each indicator's realisasi
the sum of the log entries that serve its RHK's rencana aksi in the evaluation's period (those
in the indicator's unit when any is; all of the RHK otherwise), with the entries behind it.
The pejabat penilai accepts the sum (copied into the realisasi) or overrides it with another
value and a reason; the decision is kept (`LogDecision`) and audited."""

from __future__ import annotations

from typing import NamedTuple

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import ActionPlan, LogDecision, Realisation, utcnow
from desktop_app.models.database import write_transaction
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.input_ranges import read_realisasi
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.services import session
from desktop_app.services.daily_log.entries import EntryRow, list_between
from desktop_app.services.daily_log.periods import periods_of_year
from desktop_app.services.evaluation.reading import plan_indicators
from desktop_app.services.evaluation.workflow import _editable, _live
from desktop_app.services.session import Action
from desktop_app.services.skp import plans

ACCEPTED = "ACCEPTED"
OVERRIDDEN = "OVERRIDDEN"


class LogSum(NamedTuple):
    indicator_id: int
    indicator_text: str
    target: str  # "120 bayi"
    realisasi: str  # as stored in the evaluation
    total: int
    unit: str
    entries: list[EntryRow]
    decision: str  # "", ACCEPTED or OVERRIDDEN
    decided_value: str
    reason: str


def _keys(key: PeriodKey) -> list[str]:
    if key.is_annual:
        return [str(k) for k in periods_of_year(key.year)]
    return [str(key)]


def log_sums(evaluation_id: int) -> list[LogSum]:
    """Per indicator of the evaluation's SKP: the log's sum and its entries."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.READ_APPRAISAL, evaluation.employee_id)
    key = PeriodKey.parse(evaluation.period_key)
    indicators = plan_indicators(evaluation.plan_id)
    result_ids = {r.id for _, r in indicators}
    actions = list(
        ActionPlan.select().where(
            ActionPlan.result.in_(list(result_ids))
            & ActionPlan.period_key.in_(_keys(key))
            & (ActionPlan.deleted == False)
        )
    )
    rows = list_between(evaluation.employee_id, key.first_day, key.last_day)
    realised = {
        r.indicator_id: r.realisasi
        for r in Realisation.select().where(
            (Realisation.evaluation == evaluation_id) & (Realisation.deleted == False)
        )
    }
    decisions = {
        d.indicator_id: d
        for d in LogDecision.select()
        .where((LogDecision.evaluation == evaluation_id) & (LogDecision.deleted == False))
        .order_by(LogDecision.id)
    }
    found = []
    for indicator, result in indicators:
        own = [a for a in actions if a.result_id == result.id]
        unit = indicator.target_unit.strip().lower()
        same = [a for a in own if unit and a.unit.strip().lower() == unit]
        chosen = {a.id for a in (same or own)}
        behind = [r for r in rows if r.action_plan_id in chosen]
        decision = decisions.get(indicator.id)
        found.append(
            LogSum(
                indicator.id,
                indicator.text,
                f"{indicator.target_value} {indicator.target_unit}".strip(),
                realised.get(indicator.id, ""),
                sum(r.realisasi for r in behind),
                indicator.target_unit,
                behind,
                decision.decision if decision else "",
                decision.value if decision else "",
                decision.reason if decision else "",
            )
        )
    return found


def _decide(evaluation_id: int, indicator_id: int, decision: str, value: str, reason: str) -> None:
    evaluation = _live(evaluation_id)
    plans.require_for(Action.WRITE_APPRAISAL, evaluation.employee_id)
    _editable(evaluation)
    line = next((s for s in log_sums(evaluation_id) if s.indicator_id == indicator_id), None)
    if line is None:
        raise InputError(
            N_("daily_log", "The indicator is not in the SKP of this evaluation."), "daily_log"
        )
    current = session.current()
    with write_transaction():
        evaluation = _live(evaluation_id)
        _editable(evaluation)
        row = Realisation.get_or_none(
            (Realisation.evaluation == evaluation_id)
            & (Realisation.indicator == indicator_id)
            & (Realisation.deleted == False)
        ) or Realisation(evaluation=evaluation_id, indicator=indicator_id)
        row.realisasi = value
        row.save()
        LogDecision(
            evaluation=evaluation_id,
            indicator=indicator_id,
            log_sum=line.total,
            decision=decision,
            value=value,
            reason=reason,
            decided_by=current.username if current else "system",
            decided_at=utcnow(),
        ).save()


def accept(evaluation_id: int, indicator_id: int) -> str:
    """Copy the log's sum into the indicator's realisasi ("42 bayi"); returns the text."""
    line = next((s for s in log_sums(evaluation_id) if s.indicator_id == indicator_id), None)
    if line is None:
        raise InputError(
            N_("daily_log", "The indicator is not in the SKP of this evaluation."), "daily_log"
        )
    value = f"{line.total} {line.unit}".strip()
    _decide(evaluation_id, indicator_id, ACCEPTED, value, "")
    return value


def override(evaluation_id: int, indicator_id: int, value: str, reason: str) -> None:
    """Keep another realisasi than the log's sum, with the reason why."""
    value = " ".join((value or "").split())
    reason = " ".join((reason or "").split())
    try:
        if read_realisasi(value) is None:
            raise InputError(N_("daily_log", "Type the achievement to keep."), "daily_log")
    except RuleError as err:
        raise InputError(
            N_("daily_log", "Achievement: {problem}"), "daily_log", problem=err
        ) from None
    if not reason:
        raise InputError(
            N_("daily_log", "Say why the achievement differs from the daily log."), "daily_log"
        )
    _decide(evaluation_id, indicator_id, OVERRIDDEN, value, reason)
