"""The workflow of a record with a status (SKP, evaluation, IDP, archive appraisal) as data.

Each of the four records moves through its statuses by named transitions (submit, approve,
return, re-open, finalise, the keberatan steps); a transition may start only from some
statuses, and some statuses keep the record editable (the others lock it). Every step is a
row of the record's status history (`StatusStep`). What was frozen when the record was
approved, agreed or finalised (who assessed whom, domain.md §0.6) is a `Snapshot`, stored as
JSON. Everything here is pure: the services (`services.workflow`) read and write the rows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any, NamedTuple

from desktop_app.scoring.errors import RuleError


class TransitionRefused(RuleError):
    """The record's status does not allow the transition; `msgid` is the transition's own
    refusal, in the workflow's translation context."""


@dataclass(frozen=True)
class Transition:
    """One named step. `target` is the status after it; a step that `keeps_status` (the
    keberatan steps of an evaluation) leaves the status as it is and writes `target` into
    the history only. `sources` lists the statuses it may start from (None: any). `refusal`
    is the msgid given when the status does not allow it."""

    target: str
    sources: frozenset[str] | None
    refusal: str
    keeps_status: bool = False

    def allowed_from(self, status: str) -> bool:
        return self.sources is None or status in self.sources


@dataclass(frozen=True)
class Workflow:
    """The transition table of one kind of record. `context` is the translation context of
    its messages; `editable` the statuses in which the content may change."""

    context: str
    initial: str
    editable: frozenset[str]
    transitions: Mapping[str, Transition]

    def transition(self, name: str) -> Transition:
        return self.transitions[name]  # a KeyError is a programming error

    def allows(self, status: str, name: str) -> bool:
        return self.transition(name).allowed_from(status)

    def after(self, status: str, name: str) -> str:
        """The status after `name` from `status`; TransitionRefused when not allowed."""
        step = self.transition(name)
        if not step.allowed_from(status):
            raise TransitionRefused(step.refusal, context=self.context)
        return status if step.keeps_status else step.target

    def is_editable(self, status: str) -> bool:
        return status in self.editable

    def statuses(self) -> frozenset[str]:
        """Every status the record can have (history-only step names excluded)."""
        found = {self.initial, *self.editable}
        for step in self.transitions.values():
            if not step.keeps_status:
                found.add(step.target)
            found |= step.sources or set()
        return frozenset(found)


class StatusStep(NamedTuple):
    """One row of a record's status history, as the screens and forms show it."""

    at: dt.datetime
    actor: str
    from_status: str
    to_status: str
    reason: str
    acting: str = ""  # the Plt/Plh the appraiser acted under on that day ("" when none)


def clean_reason(text: str | None) -> str:
    """A typed reason on one line, its runs of white space made single spaces ("" when
    nothing but white space was typed)."""
    return " ".join((text or "").split())


@dataclass(frozen=True)
class PersonSnapshot:
    """One person as they were when the record was frozen. `kind` is PNS, PPPK or NON_ASN
    (an official outside the office without a NIP); `acting` is PLT or PLH when they
    appraised under an acting assignment of `position`, with its `decree` (docs/appraisers.md).
    """

    name: str = ""
    nip: str = ""
    kind: str = ""
    grade: str = ""
    position: str = ""
    unit: str = ""
    acting: str = ""
    decree: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> PersonSnapshot | None:
        """None for an empty part (nobody held the role)."""
        if not data:
            return None
        names = {f.name for f in fields(cls)}
        return cls(**{k: "" if v is None else str(v) for k, v in data.items() if k in names})


_ONLY_WHEN_SET = ("acting", "decree")  # absent from snapshots made before 0012 and when empty


def _stored_person(person: PersonSnapshot | None) -> dict[str, str]:
    if person is None:
        return {}
    return {k: v for k, v in asdict(person).items() if v or k not in _ONLY_WHEN_SET}


@dataclass(frozen=True)
class Snapshot:
    """Who was assessed by whom: the employee, the pejabat penilai and the atasan pejabat
    penilai, each None when there was nobody."""

    employee: PersonSnapshot | None = None
    appraiser: PersonSnapshot | None = None
    appraiser_superior: PersonSnapshot | None = None

    def as_dict(self) -> dict[str, dict[str, str]]:
        """The stored form: every part present, {} for nobody."""
        return {
            "employee": _stored_person(self.employee),
            "appraiser": _stored_person(self.appraiser),
            "appraiser_superior": _stored_person(self.appraiser_superior),
        }

    def to_json(self) -> str:
        """The text stored in the record's `snapshot` column (keys sorted, UTF-8 kept)."""
        return json.dumps(self.as_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Snapshot:
        data = data or {}
        return cls(
            PersonSnapshot.from_dict(data.get("employee")),
            PersonSnapshot.from_dict(data.get("appraiser")),
            PersonSnapshot.from_dict(data.get("appraiser_superior")),
        )

    @classmethod
    def from_json(cls, text: str | None) -> Snapshot:
        """The stored text back (an empty text: a record not frozen yet, nobody in it)."""
        return cls.from_dict(json.loads(text) if text else {})


def stored_snapshot(text: str | None) -> dict[str, Any]:
    """The stored snapshot as the detail types carry it: the JSON as written, {} when the
    record was never frozen."""
    return json.loads(text) if text else {}
