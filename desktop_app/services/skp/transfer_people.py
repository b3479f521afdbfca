"""Who an SKP started by a transfer of an earlier SKP is between (docs/multiple_skp.md).

A transfer that splits the SKP in force at year end changes the register, and its new SKP
shows the register's people like any draft. A transfer recorded late, splitting an earlier
SKP of the year, leaves the register alone (it holds today's post, the later SKP's); its new
SKP keeps the post and the pejabat penilai chosen in the dialog, frozen when it is made: its
form, its approval and the lists take them from here.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Protocol

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import Employee, ExternalOfficial, PerformancePlan, Unit
from desktop_app.scoring.workflow import PersonSnapshot, Snapshot
from desktop_app.services.register import appraiser_chain


class _Choice(Protocol):
    employee_id: int
    year: int
    unit_id: int
    position_name: str
    appraiser_id: int | None
    official_id: int | None


def official_row(official_id: int) -> ExternalOfficial:
    """A live, active official outside the office, or why not."""
    official = ExternalOfficial.get_or_none(
        (ExternalOfficial.id == official_id) & (ExternalOfficial.deleted == False)
    )
    if official is None:
        raise NotFoundError(N_("transfers", "The official outside the office no longer exists."),
                            "transfers")  # fmt: skip
    if not official.active:
        raise InputError(
            N_("transfers", "{name} is marked inactive: choose an active official."),
            "transfers",
            name=official.full_name,
        )
    return official


def people_of(data: _Choice, first_month: int) -> dict[str, Any]:
    """The snapshot of the new SKP: the employee in the chosen post and unit, the chosen
    pejabat penilai and their atasan on the SKP's first day."""
    day = dt.date(data.year, first_month, 1)
    employee = Employee.get_by_id(data.employee_id)
    unit = Unit.get_or_none(Unit.id == data.unit_id)
    person = appraiser_chain.employee_person(employee)
    me = PersonSnapshot(
        person.name,
        person.nip,
        person.kind,
        person.grade,
        data.position_name.strip(),
        unit.name if unit else person.unit,
    )
    appraiser: PersonSnapshot | None = None
    superior: PersonSnapshot | None = None
    if data.official_id is not None:
        official = official_row(data.official_id)
        appraiser = appraiser_chain.official_person(official)
        above = ExternalOfficial.get_or_none(
            (ExternalOfficial.id == official.superior_id) & (ExternalOfficial.deleted == False)
        )
        superior = appraiser_chain.official_person(above) if above else None
    elif data.appraiser_id is not None:
        holder = Employee.get_by_id(data.appraiser_id)
        appraiser = appraiser_chain.employee_person(holder)
        found = appraiser_chain.appraiser_on(holder, day)
        superior = found.person if found else None
    return Snapshot(me, appraiser, superior).as_dict()


def kept_people(plan: PerformancePlan) -> dict[str, Any] | None:
    """The people a late transfer froze in this SKP when it made it (None: the register's)."""
    if not plan.transfer_before:
        return None
    people = json.loads(plan.transfer_before).get("people")
    return people or None


def kept_people_of(plan_id: int) -> dict[str, Any]:
    """`kept_people` by id ({} for an SKP a late transfer did not make, or no SKP)."""
    plan = PerformancePlan.get_or_none(PerformancePlan.id == plan_id)
    return (kept_people(plan) if plan is not None else None) or {}
