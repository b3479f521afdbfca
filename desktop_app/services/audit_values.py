"""The values of the audit rows (`audit_rows`): typed values the views format and translate
(`Shown`: text, numbers, dates, period keys, rupiah, `Words`), and what the stored codes mean
(statuses, roles, aspects, ratings) in words."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Union

from desktop_app.scoring import reference
from desktop_app.scoring.codes import BERAKHLAK
from desktop_app.scoring.dialogue import KIND_LABELS as DIALOGUE_KINDS
from desktop_app.scoring.employment_status import BY_CODE as KEDUDUKAN_HUKUM
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.pppk_contract import WORK_TIME_LABELS
from desktop_app.scoring.ratings import OrgPredikat, Predikat, Rating
from desktop_app.services import audit_labels as L
from desktop_app.services.archive.appraisals import STATUS_LABELS as LEGACY_STATUS
from desktop_app.services.development.idp_flow import (
    ACTIVITY_LABELS,
    COMPETENCE_LABELS,
    JALUR_LABELS,
)
from desktop_app.services.development.idp_flow import STATUS_LABELS as IDP_STATUS
from desktop_app.services.evaluation.notes import SOURCES as NOTE_SOURCES
from desktop_app.services.evaluation.states import STATUS_LABELS as EVALUATION_STATUS
from desktop_app.services.period_stages import ACTION_LABELS as CLOSURE_ACTIONS
from desktop_app.services.periods import REGIMES
from desktop_app.services.register.acting import KIND_LABELS as ACTING_KINDS
from desktop_app.services.register.officials import KIND_LABELS as OFFICIAL_KINDS
from desktop_app.services.register.units import UNIT_KIND_LABELS
from desktop_app.services.session import ROLE_LABELS
from desktop_app.services.skp.plan_flow import STATUS_LABELS as PLAN_STATUS


@dataclass(frozen=True)
class Words:
    """A message for the user: `text` is an `N_` source in `context`, `{name}`s filled with
    `values` (each itself `Shown`) after translation."""

    text: str
    context: str = L.CONTEXT
    values: tuple[tuple[str, Shown], ...] = ()


@dataclass(frozen=True)
class Rupiah:
    """An amount of money (whole rupiah), shown "Rp 1.800.000"."""

    amount: int


Shown = Union[str, int, Decimal, bool, dt.date, dt.datetime, PeriodKey, Rupiah, Words, None]  # noqa: UP007


@dataclass(frozen=True)
class FieldChange:
    field: Words
    old: Shown
    new: Shown


@dataclass(frozen=True)
class UserRow:
    """One audit entry in user words; `at` is naive UTC, as stored."""

    id: int
    at: dt.datetime
    actor: Shown
    action: Words
    entity: Words
    record: Shown
    created: bool
    changes: tuple[FieldChange, ...]


def words(message: str, context: str = L.CONTEXT, **values: Shown) -> Words:
    return Words(message, context, tuple(values.items()))


# --- what stored codes mean ---------------------------------------------------------------------

_STATUS_BY_ENTITY = {
    "performance_plan": (PLAN_STATUS, "plans"),
    "plan_status_change": (PLAN_STATUS, "plans"),
    "evaluation": (EVALUATION_STATUS, "evaluations"),
    "evaluation_status_change": (EVALUATION_STATUS, "evaluations"),
    "development_plan": (IDP_STATUS, "development"),
    "development_status_change": (IDP_STATUS, "development"),
    "development_activity": (ACTIVITY_LABELS, "development"),
    "legacy_appraisal": (LEGACY_STATUS, "legacy"),
    "legacy_status_change": (LEGACY_STATUS, "legacy"),
}
_CODES: dict[str, tuple[Mapping[str, str], str]] = {
    "role": ({r.value: t for r, t in ROLE_LABELS.items()}, "roles"),
    "frequency": (L.FREQUENCY_LABELS, L.CONTEXT),
    "action": (CLOSURE_ACTIONS, "period_stages"),  # closed, re-opened
    "approach": (L.APPROACH_LABELS, L.CONTEXT),
    "aspect": (L.ASPECT_LABELS, L.CONTEXT),
    "perspective": (L.PERSPECTIVE_LABELS, L.CONTEXT),
    "form": (L.FORM_LABELS, L.CONTEXT),
    "competence_type": (COMPETENCE_LABELS, "development"),
    "jalur": (JALUR_LABELS, "development"),
    "gender": (L.GENDER_LABELS, L.CONTEXT),
    "kreativitas": (L.CREATIVITY_LABELS, L.CONTEXT),
    "origin": (L.ORIGIN_LABELS, L.CONTEXT),
    "work_time": (WORK_TIME_LABELS, "scoring"),  # full or part time (PPPK contract)
}
OFFICIAL: dict[str, Mapping[str, str]] = {  # codes whose official Indonesian term is shown
    "regime": REGIMES,
    "rating_hasil": {r.value: r.label for r in Rating},
    "rating_perilaku": {r.value: r.label for r in Rating},
    "rating": {r.value: r.label for r in Rating},
    "predikat": {p.value: p.label for p in Predikat},
    "org_predikat": {p.value: p.label for p in OrgPredikat},
    "position_type": {p.value: p.label for p in reference.PositionType},
    "jf_level": {j.value: j.label for j in reference.JfLevel},
    "echelon": {e.code: e.label for e in reference.ECHELONS},
    "value_code": {str(v.code): v.name for v in BERAKHLAK.data},
    "scope": {str(v.code): v.name for v in BERAKHLAK.data},
}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?")
MONEY_FIELDS = frozenset({"cost_planned", "cost_actual", "biaya_target", "biaya_real"})
_NUMBER_FIELDS = frozenset({"target_value", "jp", "jp_planned", "minutes"})
_CODE = re.compile(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)+")


_KINDS_BY_ENTITY: dict[str, tuple[Mapping[str, str], str]] = {
    "unit": (UNIT_KIND_LABELS, "units"),
    "external_official": (OFFICIAL_KINDS, "officials"),  # PNS, PPPK, non-ASN
    "acting_assignment": (ACTING_KINDS, "acting"),  # Plt., Plh.
    "performance_dialogue": (DIALOGUE_KINDS, "scoring"),  # dialog or konseling kinerja
}


def code_value(entity: str, field: str, value: str) -> Shown:
    if field in ("status", "from_status", "to_status") and entity in _STATUS_BY_ENTITY:
        table, context = _STATUS_BY_ENTITY[entity]
        return Words(table[value], context) if value in table else value
    if entity == "employment_status" and field == "code":
        return KEDUDUKAN_HUKUM[value].name if value in KEDUDUKAN_HUKUM else value
    if entity == "employee_history" and field == "source":
        from desktop_app.services.register.register_history import SOURCE_LABELS

        return Words(SOURCE_LABELS[value], "register_history") if value in SOURCE_LABELS else value
    if field == "kind":
        table, context = _KINDS_BY_ENTITY.get(entity, ({}, L.CONTEXT))
        return Words(table[value], context) if value in table else value
    if field in _CODES:
        table, context = _CODES[field]
        return Words(table[value], context) if value in table else value
    if field in OFFICIAL:
        return OFFICIAL[field].get(value, value)
    if field == "period_key" or (field == "stage" and value and value != "SKP"):
        try:
            return PeriodKey.parse(value)
        except ValueError:
            return value
    if field == "origin" and value.startswith("VALUE:"):
        return OFFICIAL["value_code"].get(value[6:], value)
    if field == "source" and value in NOTE_SOURCES:
        return Words(NOTE_SOURCES[value], "evaluation_notes")
    if _ISO_TIME.fullmatch(value):
        return dt.datetime.fromisoformat(value.replace("T", " "))
    if _ISO_DATE.fullmatch(value):
        return dt.date.fromisoformat(value)
    if field in _NUMBER_FIELDS:
        try:
            return Decimal(value)
        except InvalidOperation:
            return value
    if _CODE.fullmatch(value):  # a code without a table: its words, not its spelling
        return value.replace("_", " ").title()
    return value
