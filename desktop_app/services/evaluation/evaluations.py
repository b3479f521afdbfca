"""Evaluasi kinerja: periodic and annual evaluations against the approved SKP, the organisation
predikat of a unit, the distribution of predikat against its pattern, the monitoring list and
the year's summary. This module is the service's one import for views, printing and the CLI;
the code lives in the modules named beside each group below.

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

# the year's annual evaluation next to its periods
from desktop_app.services.evaluation.annual import annual_summary

# the data taken and returned
from desktop_app.services.evaluation.data import (
    AnnualSummary,
    BehaviourInput,
    BehaviourRow,
    DistributionSummary,
    EvaluationDetail,
    EvaluationInput,
    IndicatorRow,
    MonitoringRow,
    RealisationInput,
    StatusStep,
)

# editing a draft and its evidence files
from desktop_app.services.evaluation.editing import (
    attach_evidence,
    evidence_file,
    evidence_intact,
    save_evaluation,
)

# choices and labels for the screens
from desktop_app.services.evaluation.labels import (
    org_predikat_choices,
    predikat_label,
    predikat_scale,
    rating_choices,
)

# the monitoring list of a period
from desktop_app.services.evaluation.monitoring import monitoring

# organisation predikat and the distribution
from desktop_app.services.evaluation.organisation import distribution, org_result, set_org_result

# reading one evaluation, or the covers of many
from desktop_app.services.evaluation.reading import (
    evaluation_id_for,
    get_evaluation,
    get_evaluation_covers,
)

# the states of an evaluation and of the monitoring
from desktop_app.services.evaluation.states import (
    DECISION,
    DRAFT,
    EXPLANATION,
    FINAL,
    FINALISED,
    MONITORING_LABELS,
    NO_EVALUATION,
    NO_PLAN,
    NO_REALISATION,
    NOT_RATED,
    OBJECTION,
    OBJECTION_DAYS,
    RATED,
    STATUS_LABELS,
    status_word,
)

# period keys of a year
from desktop_app.services.evaluation.values import parse_key, period_keys

# opening, finalise / re-open and the keberatan
from desktop_app.services.evaluation.workflow import (
    atasan_of,
    decide_objection,
    explain_objection,
    file_objection,
    finalize,
    open_evaluation,
    reopen,
)

__all__ = [
    "DECISION",
    "DRAFT",
    "EXPLANATION",
    "FINAL",
    "FINALISED",
    "MONITORING_LABELS",
    "NOT_RATED",
    "NO_EVALUATION",
    "NO_PLAN",
    "NO_REALISATION",
    "OBJECTION",
    "OBJECTION_DAYS",
    "RATED",
    "STATUS_LABELS",
    "AnnualSummary",
    "BehaviourInput",
    "BehaviourRow",
    "DistributionSummary",
    "EvaluationDetail",
    "EvaluationInput",
    "IndicatorRow",
    "MonitoringRow",
    "RealisationInput",
    "StatusStep",
    "annual_summary",
    "atasan_of",
    "attach_evidence",
    "decide_objection",
    "distribution",
    "evaluation_id_for",
    "evidence_file",
    "evidence_intact",
    "explain_objection",
    "file_objection",
    "finalize",
    "get_evaluation",
    "get_evaluation_covers",
    "monitoring",
    "open_evaluation",
    "org_predikat_choices",
    "org_result",
    "parse_key",
    "period_keys",
    "predikat_label",
    "predikat_scale",
    "rating_choices",
    "reopen",
    "save_evaluation",
    "set_org_result",
    "status_word",
]
