"""The data of an SKP as the services take and give it: the editor's input (RHK with their
indicators, the expectations and the lampiran), the detail the editor shows, the rows of the
progress list and the cascading matrix."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from desktop_app.scoring.employment_status import Exemption
from desktop_app.scoring.workflow import StatusStep

__all__ = [
    "CascadeMatrix",
    "IndicatorInput",
    "ParentChoice",
    "PlanDetail",
    "PlanInput",
    "ProgressRow",
    "ResultInput",
    "StatusStep",
    "SupportingResult",
]


@dataclass
class IndicatorInput:
    """IKI of one aspect with its target: a number and unit (kuantitatif) or text."""

    aspect: str
    text: str
    target_value: str = ""
    target_unit: str = ""
    target_text: str = ""
    id: int | None = None


@dataclass
class ResultInput:
    """RHK with its indicators; `parent_result_id` is the superior's RHK it supports,
    `parent_text` the same as free text while the superior has no SKP yet."""

    text: str
    is_main: bool = True
    indicators: list[IndicatorInput] = field(default_factory=list)
    perspective: str | None = None
    parent_result_id: int | None = None
    parent_text: str = ""
    id: int | None = None


@dataclass
class PlanInput:
    approach: str = "KUANTITATIF"
    results: list[ResultInput] = field(default_factory=list)
    expectations: dict[int, str] = field(default_factory=dict)
    resources: str = ""
    accountability: str = ""
    consequences: str = ""


class ParentChoice(NamedTuple):
    """An RHK of the superior's SKP that a subordinate's RHK may support."""

    id: int
    text: str
    is_main: bool


@dataclass
class PlanDetail:
    """An SKP as the editor shows it."""

    id: int
    employee_id: int
    employee_name: str
    employee_nip: str
    position_name: str
    unit_name: str
    appraiser_name: str
    year: int
    status: str
    form: str
    return_reason: str
    data: PlanInput
    history: list[StatusStep]
    parent_choices: list[ParentChoice]
    editable: bool
    period_closed: bool
    month_start: int = 1  # bulan mulai / selesai of this SKP (docs/multiple_skp.md)
    month_end: int = 12


class ProgressRow(NamedTuple):
    employee_id: int
    name: str
    nip: str
    unit_id: int
    unit_name: str
    appraiser_name: str
    status: str  # NO_PLAN or a plan status
    plan_id: int | None
    results: int
    month_start: int = 1  # the SKP's months: a transferred employee has one row per SKP
    month_end: int = 12
    exemption: Exemption | None = None  # exempt by kedudukan hukum: not counted, with why
    late: bool = False  # the SKP deadline (batas pengisian) passed and it is not approved


class SupportingResult(NamedTuple):
    employee_id: int
    employee_name: str
    result_id: int
    text: str


@dataclass
class CascadeMatrix:
    """A supervisor's RHK with the subordinates' RHK that support each one."""

    columns: list[ParentChoice]
    supporting: dict[int, list[SupportingResult]]
    unsupported: list[ParentChoice]  # RHK of the supervisor no subordinate supports
    unlinked: list[SupportingResult]  # subordinate RHK that link to none of them
