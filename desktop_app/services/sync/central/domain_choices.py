"""The values the central office allows in the enumerated columns of a record from a package
(quarantined otherwise, design.md "Import at the central office"): the domain enums of
scoring/ and the states of each workflow, taken from where the program defines them, so a
new state is allowed here without further code."""

from __future__ import annotations

from enum import StrEnum

from desktop_app.models import (
    ActingAssignment,
    ActionPlan,
    BehaviourFeedback,
    DailyLogEntry,
    DevelopmentActivity,
    DevelopmentPlan,
    Employee,
    EmployeeHistory,
    EmploymentStatus,
    Evaluation,
    ExternalOfficial,
    LegacyAppraisal,
    LogDecision,
    OrgResult,
    PerformanceDialogue,
    PerformancePlan,
    PeriodClosure,
    Position,
    PppkContract,
    RecurringActivity,
)
from desktop_app.scoring.acting import ActingKind
from desktop_app.scoring.daily_log import EntryKind
from desktop_app.scoring.dialogue import DialogueKind
from desktop_app.scoring.employment_status import BY_CODE as KEDUDUKAN_HUKUM
from desktop_app.scoring.pppk_contract import WorkTime
from desktop_app.scoring.ratings import OrgPredikat, Predikat, Rating
from desktop_app.scoring.reference import EmployeeKind, Gender, JfLevel, PositionType
from desktop_app.services import period_stages
from desktop_app.services.archive import appraisals
from desktop_app.services.development import idp_flow
from desktop_app.services.evaluation import states
from desktop_app.services.register import officials, register_history
from desktop_app.services.skp import plan_flow
from desktop_app.sync.record_rules import Choices


def _values(enum: type[StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in enum)


def _states(labels: dict[str, str], *not_stored: str) -> frozenset[str]:
    """The states of a workflow (its labels' keys) less the list-only ones ("no plan yet")."""
    return frozenset(labels) - set(not_stored)


def choices() -> Choices:
    """entity -> column -> allowed values (see `sync.record_rules`)."""
    table = {m: m._meta.table_name for m in (Employee, Position, Evaluation)}
    return {
        table[Employee]: {"kind": _values(EmployeeKind), "gender": _values(Gender)},
        table[Position]: {"position_type": _values(PositionType), "jf_level": _values(JfLevel)},
        table[Evaluation]: {
            "status": _states(states.STATUS_LABELS),
            "rating_hasil": _values(Rating),
            "rating_perilaku": _values(Rating),
            "predikat": _values(Predikat),
        },
        BehaviourFeedback._meta.table_name: {"rating": _values(Rating)},
        OrgResult._meta.table_name: {"org_predikat": _values(OrgPredikat)},
        PerformancePlan._meta.table_name: {"status": _states(plan_flow.STATUS_LABELS)},
        LegacyAppraisal._meta.table_name: {
            "status": _states(appraisals.STATUS_LABELS, appraisals.NOT_STARTED)
        },
        DevelopmentPlan._meta.table_name: {
            "status": _states(idp_flow.STATUS_LABELS, idp_flow.NO_PLAN)
        },
        DevelopmentActivity._meta.table_name: {"status": _states(idp_flow.ACTIVITY_LABELS)},
        ExternalOfficial._meta.table_name: {"kind": frozenset(officials.KINDS)},
        ActingAssignment._meta.table_name: {"kind": _values(ActingKind)},
        PerformanceDialogue._meta.table_name: {"kind": _values(DialogueKind)},
        PppkContract._meta.table_name: {"work_time": _values(WorkTime)},
        EmploymentStatus._meta.table_name: {"code": frozenset(KEDUDUKAN_HUKUM)},
        PeriodClosure._meta.table_name: {"action": frozenset(period_stages.ACTION_LABELS)},
        EmployeeHistory._meta.table_name: {"source": frozenset(register_history.SOURCE_LABELS)},
        ActionPlan._meta.table_name: {"status": frozenset({"PROPOSED", "AGREED"})},
        DailyLogEntry._meta.table_name: {"kind": _values(EntryKind)},
        RecurringActivity._meta.table_name: {"kind": _values(EntryKind)},
        LogDecision._meta.table_name: {"decision": frozenset({"ACCEPTED", "OVERRIDDEN"})},
    }
