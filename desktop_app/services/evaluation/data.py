"""The data the evaluation service takes (what the editor saves) and returns (one evaluation,
the distribution of a period, the monitoring list, the year's summary). Ratings, predikat and
organisation predikat travel as the `scoring` enums; they become text only on a screen, a form
or in a file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from desktop_app.models import utcnow
from desktop_app.scoring import Finding, OrgPredikat, PeriodSummary, Predikat, Rating
from desktop_app.scoring.employment_status import Exemption
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.skp_months import AnnualReference, SkpPart
from desktop_app.scoring.target_units import Target
from desktop_app.scoring.workflow import StatusStep
from desktop_app.services.evaluation.states import FINAL, OBJECTION_DAYS


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
    rating: Rating | str | None = None


@dataclass
class EvaluationInput:
    """What the editor saves. Rows left out of `realisations` / `behaviours` are kept as
    they are; ratings are `scoring.Rating` members or their keys ("DI_ATAS", "SESUAI",
    "DI_BAWAH"), as a screen's choice holds them."""

    realisations: list[RealisationInput] = field(default_factory=list)
    behaviours: list[BehaviourInput] = field(default_factory=list)
    rating_hasil: Rating | str | None = None
    rating_perilaku: Rating | str | None = None
    notes: str = ""


class IndicatorRow(NamedTuple):
    """One row of the HASIL KERJA table (domain.md §7.2) with its realisasi."""

    indicator_id: int
    is_main: bool
    parent_text: str  # RHK pimpinan yang diintervensi
    result_text: str  # RHK
    aspect: str
    text: str  # IKI
    target: Target  # a number with its unit, typed (shown in the reader's language), or text
    realisasi: str
    bukti_dukung: str
    evidence_path: str | None  # relative to the data folder
    evidence_sha256: str | None
    feedback: str
    quantitative: bool = False  # a target kuantitatif: the realisasi starts with a number


class BehaviourRow(NamedTuple):
    value_code: int
    name: str
    guides: tuple[str, ...]
    expectation: str  # ekspektasi khusus pimpinan from the SKP
    feedback: str
    rating: Rating | None


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
    rating_hasil: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None
    notes: str
    org_predikat: OrgPredikat | None  # of the employee's unit for this period key
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
    read_at: dt.datetime | None = None  # "telah dibaca": the employee acknowledged it

    @property
    def is_annual(self) -> bool:
        return PeriodKey.parse(self.period_key).is_annual

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
    org_predikat: OrgPredikat | None
    headcount: int  # active employees of the units (that the user may see)
    counts: dict[Predikat, int]  # evaluations with a predikat
    total: int
    findings: list[Finding]  # empty without an org predikat
    suggestion: dict[Predikat, int]  # for `headcount`; empty without an org predikat
    # the same split for the `total` employees who have a predikat (what the chart compares)
    suggestion_evaluated: dict[Predikat, int] = field(default_factory=dict)
    # employees of the units left out of the headcount and the counts: exempt in the period
    # by their kedudukan hukum (docs/employment_status.md), with why
    exempt: dict[int, Exemption] = field(default_factory=dict)


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
    predikat: Predikat | None
    exemption: Exemption | None = None  # exempt by kedudukan hukum: not counted, with why
    late: bool = False  # the period's deadline (batas pengisian) passed and it is not final


@dataclass
class AnnualSummary:
    year: int
    summary: PeriodSummary
    missing: list[str]  # periodic keys without a (final) rated evaluation
    annual_evaluation_id: int | None
    # several SKPs in the year (a transfer, docs/multiple_skp.md): each with the ratings of its
    # last periodic evaluation, and the month-weighted reference; empty / None for one SKP
    skps: tuple[SkpPart, ...] = ()
    reference: AnnualReference | None = None
