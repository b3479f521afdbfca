"""The data of an IDP as the services take and give it: the editor's input (gaps and planned
activities), one activity of the employee's year, the JP progress against the 20 JP and the
detail the editor shows and the printed form needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from desktop_app.scoring import MIN_JP_PER_YEAR
from desktop_app.scoring.idp import FollowUp, GapInput
from desktop_app.scoring.workflow import StatusStep

__all__ = [
    "ActivityInput",
    "ActivityRow",
    "IdpDetail",
    "IdpInput",
    "JpProgress",
    "StatusStep",
]


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
