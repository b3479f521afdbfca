"""The demo's appraisers beyond the register (docs/appraisers.md): the Kepala Dinas is
appraised by the Sekda of the kabupaten, with the Bupati as atasan pejabat penilai; the post
of the first Kepala Bidang was vacant from 1 January to 30 April of the year and the
Sekretaris Dinas acted in it as Plt (the definitive Kabid took office on 1 May).

Fixed data, no draw from the random generator, so the rest of the office is exactly what the
seed gives. Written after the SKPs, evaluations and IDPs: the snapshots that these change
(the head's, his direct reports' atasan, the Kabid's staff under the Plt) are taken again
through the appraiser chain on the day of each approval or finalising, and the status
history rows of the steps taken under the Plt record the assignment.
"""

from __future__ import annotations

import datetime as dt
import json

from desktop_app.demo.blueprint import OfficePlan, Person
from desktop_app.models import (
    ActingAssignment,
    DevelopmentPlan,
    DevelopmentStatusChange,
    Employee,
    Evaluation,
    EvaluationStatusChange,
    ExternalAppraiserLink,
    ExternalOfficial,
    PerformancePlan,
    PlanStatusChange,
)
from desktop_app.services.register import appraiser_chain

BUPATI = {
    "front_title": "H.",
    "name": "Rahmat Hidayat",
    "back_title": "S.H., M.H.",
    "nip": None,
    "kind": "NON_ASN",
    "grade": "",
    "position": "Bupati Contoh",
    "instansi": "Pemerintah Kabupaten Contoh",
}
SEKDA = {
    "front_title": "Dr. Ir.",
    "name": "Bambang Supriyadi",
    "back_title": "M.Si.",
    "nip": "196805121994031004",
    "kind": "PNS",
    "grade": "IV/d",
    "position": "Sekretaris Daerah",
    "instansi": "Pemerintah Kabupaten Contoh",
}
PLT_DECREE = "821.2/017/BKPSDM/{year}"


def _head(plan: OfficePlan, kind: str) -> Person | None:
    for unit in plan.units:
        if unit.kind == kind and unit.head_person is not None and unit.head_person.active:
            return unit.head_person
    return None


def plt_term(year: int) -> tuple[dt.date, dt.date]:
    """The days the Kabid's post was vacant and the Plt acted in it."""
    return dt.date(year, 1, 1), dt.date(year, 4, 30)


def prepare(plan: OfficePlan, year: int) -> None:
    """Before the register is written: the definitive Kabid took office the day after the Plt
    ended (his TMT jabatan), so the rows are written once, in the seed's order."""
    holder, acting = _head(plan, "BIDANG"), _head(plan, "SEKRETARIAT")
    if holder is not None and acting is not None:
        holder.position_since = plt_term(year)[1] + dt.timedelta(days=1)


def write_appraisers(plan: OfficePlan, person_ids: dict[int, int], year: int) -> dict[str, int]:
    """Write the officials, the head's link and the Plt; re-take the snapshots they change.
    Returns what was written (for the summary)."""
    bupati = ExternalOfficial(**BUPATI)
    bupati.save()
    sekda = ExternalOfficial(**SEKDA, superior=bupati)
    sekda.save()
    heads = [p for p in plan.people if p.appraiser is None and p.active]
    for head in heads:
        ExternalAppraiserLink(employee=person_ids[id(head)], official=sekda).save()
    head_ids = {id(h) for h in heads}
    affected = {
        person_ids[id(p)] for p in plan.people if id(p) in head_ids or id(p.appraiser) in head_ids
    }
    written = {"officials": 2, "links": len(heads), "acting": 0}
    term: tuple[dt.date, dt.date] | None = None
    holder, acting = _head(plan, "BIDANG"), _head(plan, "SEKRETARIAT")
    if holder is not None and acting is not None:
        holder_id = person_ids[id(holder)]
        first, last = plt_term(year)
        employee = Employee.get_by_id(holder_id)
        ActingAssignment(
            position=employee.position_id,
            kind="PLT",
            employee=person_ids[id(acting)],
            starts=first,
            ends=last,
            decree=PLT_DECREE.format(year=year),
            notes="Kepala Bidang definitif dilantik 1 Mei.",
        ).save()
        affected |= {  # the post's staff, and theirs (the Plt is their atasan)
            person_ids[id(p)]
            for p in plan.people
            if p.appraiser is holder
            or (p.appraiser is not None and p.appraiser.appraiser is holder)
        }
        written["acting"] = 1
        term = (first, last)
    _retake(affected, term)
    return written


def _day(moment: dt.datetime | None) -> dt.date | None:
    """The office day of a stored UTC moment (the demo's steps fall in 08.00-15.00 WIB)."""
    return (moment + dt.timedelta(hours=7)).date() if moment is not None else None


def _retake(employee_ids: set[int], term: tuple[dt.date, dt.date] | None) -> None:
    """The snapshots and step notes of the affected employees' frozen records, as the chain
    gives them on the day each was frozen; rows that do not change are left alone.

    The only thing of the demo that depends on the day is whether the Plt's `term` covers
    it, so the chain is asked once per employee and side of the term, not once per record
    (an office of thousands has thousands of such records over its two years)."""
    employees = {e.id: e for e in Employee.select().where(Employee.id.in_(sorted(employee_ids)))}
    records = (
        (PerformancePlan, PerformancePlan.approved_at, PlanStatusChange, "APPROVED"),
        (Evaluation, Evaluation.finalized_at, EvaluationStatusChange, "FINAL"),
        (DevelopmentPlan, DevelopmentPlan.agreed_at, DevelopmentStatusChange, "AGREED"),
    )
    chains: dict[tuple[int, bool], tuple[str, str]] = {}

    def chain(employee: Employee, day: dt.date) -> tuple[str, str]:
        key = (employee.id, term is not None and term[0] <= day <= term[1])
        if key not in chains:
            found = appraiser_chain.appraiser_on(employee, day)
            chains[key] = (
                appraiser_chain.snapshot_on(employee, day).to_json(),
                found.acting_note if found else "",
            )
        return chains[key]

    for model, moment, changes, frozen_status in records:
        owner = getattr(changes, changes.owner_field)
        rows = model.select().where(
            model.employee.in_(sorted(employee_ids)) & (model.snapshot != "")
        )
        by_snapshot: dict[str, list[int]] = {}  # one audited UPDATE per distinct value
        by_note: dict[str, list[int]] = {}
        for record in rows:
            day = _day(getattr(record, moment.name))
            if day is None:
                continue
            fresh, note = chain(employees[record.employee_id], day)
            if json.loads(fresh) != json.loads(record.snapshot):
                by_snapshot.setdefault(fresh, []).append(record.id)
            if note:
                by_note.setdefault(note, []).append(record.id)
        for fresh, ids in by_snapshot.items():
            model.update(snapshot=fresh).where(model.id.in_(ids)).execute()
        for note, ids in by_note.items():
            changes.update(acting=note).where(
                owner.in_(ids) & (changes.to_status == frozen_status)
            ).execute()
