"""peewee models, one module per aggregate; `db` is bound by `models.database.open_database`."""

from desktop_app.models.audit import AuditEntry
from desktop_app.models.base import AuditedModel, BaseModel, SyncedModel, db, utcnow
from desktop_app.models.evaluation import (
    BehaviourFeedback,
    Evaluation,
    EvaluationStatusChange,
    FeedbackPhrase,
    OrgResult,
    PeerNote,
    Realisation,
)
from desktop_app.models.legacy import LegacyActivity, LegacyAppraisal, LegacyStatusChange
from desktop_app.models.office import ChangeCounter, Office, Setting
from desktop_app.models.period import Period
from desktop_app.models.plan import (
    BehaviourExpectation,
    Indicator,
    PerformancePlan,
    PlanResult,
    PlanStatusChange,
)
from desktop_app.models.register import Employee, Position, Unit
from desktop_app.models.users import User

ALL_MODELS = [
    Office,
    ChangeCounter,
    Setting,
    Unit,
    Position,
    Employee,
    Period,
    User,
    AuditEntry,
    PerformancePlan,
    PlanResult,
    Indicator,
    BehaviourExpectation,
    PlanStatusChange,
    Evaluation,
    Realisation,
    BehaviourFeedback,
    OrgResult,
    EvaluationStatusChange,
    PeerNote,
    FeedbackPhrase,
    LegacyAppraisal,
    LegacyActivity,
    LegacyStatusChange,
]
SYNCED_MODELS = [
    Unit,
    Position,
    Employee,
    Period,
    PerformancePlan,
    PlanResult,
    Indicator,
    BehaviourExpectation,
    PlanStatusChange,
    Evaluation,
    Realisation,
    BehaviourFeedback,
    OrgResult,
    EvaluationStatusChange,
    PeerNote,
    LegacyAppraisal,
    LegacyActivity,
    LegacyStatusChange,
]

__all__ = [
    "ALL_MODELS",
    "SYNCED_MODELS",
    "AuditEntry",
    "AuditedModel",
    "BaseModel",
    "BehaviourExpectation",
    "BehaviourFeedback",
    "ChangeCounter",
    "Employee",
    "Evaluation",
    "EvaluationStatusChange",
    "FeedbackPhrase",
    "Indicator",
    "LegacyActivity",
    "LegacyAppraisal",
    "LegacyStatusChange",
    "Office",
    "OrgResult",
    "PeerNote",
    "PerformancePlan",
    "Period",
    "PlanResult",
    "PlanStatusChange",
    "Position",
    "Realisation",
    "Setting",
    "SyncedModel",
    "Unit",
    "User",
    "db",
    "utcnow",
]
