"""Plt / Plh (Pelaksana Tugas / Pelaksana Harian): acting assignments of a position.

While an assignment runs, the acting official (an employee of the office or an official
outside it) is the pejabat penilai of the staff of that position (`appraiser_chain`); two
assignments of one position never overlap; ending one restores the normal appraiser. HR
writes, every role reads; every write is one audited transaction (docs/appraisers.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from desktop_app.errors import FieldErrors, InputError, NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import ActingAssignment, Employee, ExternalOfficial, Position
from desktop_app.models.database import write_transaction
from desktop_app.scoring.acting import ActingKind, Term, first_overlap
from desktop_app.scoring.indonesian_format import LocalDate
from desktop_app.services.session import Action, require

CONTEXT = "acting"
KIND_LABELS = {
    ActingKind.PLT.value: N_("acting", "Plt. (Pelaksana Tugas: the post is vacant)"),
    ActingKind.PLH.value: N_("acting", "Plh. (Pelaksana Harian: the holder is away)"),
}
MAX_DECREE = 100
OPEN_END = N_("acting", "until ended")


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, CONTEXT, **params)


@dataclass
class AssignmentInput:
    """Who acts (one of `employee_id` / `official_id`), in which position, Plt or Plh, from
    `starts` to `ends` (inclusive; None: until ended), under which decree."""

    position_id: int | None
    kind: str
    starts: dt.date | None
    decree: str
    ends: dt.date | None = None
    employee_id: int | None = None
    official_id: int | None = None
    notes: str = ""


class AssignmentRow(NamedTuple):
    id: int
    position_id: int
    position: str
    kind: str
    acting_name: str
    acting_is_outside: bool
    starts: dt.date
    ends: dt.date | None
    decree: str
    holders: str  # who holds the position in the register ("" when vacant)


def _live(assignment_id: int) -> ActingAssignment:
    found = ActingAssignment.get_or_none(
        (ActingAssignment.id == assignment_id) & (ActingAssignment.deleted == False)
    )
    if found is None:
        raise NotFoundError(N_("acting", "The acting assignment no longer exists."), "acting")
    return found


def _acting_name(row: ActingAssignment) -> str:
    if row.employee_id is not None:
        employee = Employee.get_or_none(Employee.id == row.employee_id)
        return employee.full_name if employee else ""
    official = ExternalOfficial.get_or_none(ExternalOfficial.id == row.official_id)
    return official.full_name if official else ""


def _check_who(data: AssignmentInput, errors: dict[str, ServiceError]) -> None:
    if (data.employee_id is None) == (data.official_id is None):
        errors["who"] = _error(
            N_(
                "acting",
                "Choose who acts: an employee of the office or an official outside it (one).",
            )
        )
        return
    if data.employee_id is not None:
        employee = Employee.get_or_none(
            (Employee.id == data.employee_id) & (Employee.deleted == False)
        )
        if employee is None or not employee.active:
            errors["who"] = _error(N_("acting", "The chosen employee is not an active employee."))
        elif data.position_id is not None and employee.position_id == data.position_id:
            errors["who"] = _error(
                N_("acting", "{name} holds this post already: choose someone else to act in it."),
                name=employee.full_name,
            )
    else:
        official = ExternalOfficial.get_or_none(
            (ExternalOfficial.id == data.official_id) & (ExternalOfficial.deleted == False)
        )
        if official is None or not official.active:
            errors["who"] = _error(N_("acting", "The chosen official is not an active official."))


def _validate(data: AssignmentInput, assignment_id: int | None) -> dict[str, ServiceError]:
    errors: dict[str, ServiceError] = {}
    position = None
    if data.position_id is None:
        errors["position"] = _error(N_("acting", "Choose the position (jabatan) acted in."))
    else:
        position = Position.get_or_none(
            (Position.id == data.position_id) & (Position.deleted == False)
        )
        if position is None:
            errors["position"] = _error(N_("acting", "The position no longer exists."))
    if data.kind not in KIND_LABELS:
        errors["kind"] = _error(N_("acting", "Choose Plt. or Plh."))
    _check_who(data, errors)
    if data.starts is None:
        errors["starts"] = _error(N_("acting", "Give the first day of the assignment."))
    elif data.ends is not None and data.ends < data.starts:
        errors["ends"] = _error(
            N_("acting", "The last day ({ends}) is before the first day ({starts})."),
            ends=LocalDate(data.ends),
            starts=LocalDate(data.starts),
        )
    decree = " ".join((data.decree or "").split())
    if not decree:
        errors["decree"] = _error(
            N_("acting", "Type the number of the decree (nomor SK / surat perintah).")
        )
    elif len(decree) > MAX_DECREE:
        errors["decree"] = _error(
            N_("acting", "The decree number is longer than {limit} characters."), limit=MAX_DECREE
        )
    if position is not None and data.starts is not None and not {"ends", "starts"} & set(errors):
        _check_overlap(position, Term(data.starts, data.ends), assignment_id, errors)
    return errors


def _check_overlap(
    position: Position, term: Term, assignment_id: int | None, errors: dict[str, ServiceError]
) -> None:
    others = [
        row
        for row in ActingAssignment.select().where(
            (ActingAssignment.position == position) & (ActingAssignment.deleted == False)
        )
        if row.id != assignment_id
    ]
    clash = first_overlap(term, [(row, Term(row.starts, row.ends)) for row in others])
    if clash is not None:
        # the dates as parameters: the message shows them in the language it is read in
        dates: dict[str, LocalDate] = {"starts": LocalDate(clash.starts)}
        if clash.ends is None:
            msgid = N_(
                "acting",
                "{position} already has {kind} {name} from {starts} until ended (decree "
                "{decree}): the assignments of one position cannot overlap.",
            )
        else:
            dates["ends"] = LocalDate(clash.ends)
            msgid = N_(
                "acting",
                "{position} already has {kind} {name} for {starts} – {ends} (decree {decree}): "
                "the assignments of one position cannot overlap.",
            )
        errors["starts"] = _error(
            msgid,
            position=position.name,
            kind=ActingKind(clash.kind).prefix,
            name=_acting_name(clash),
            decree=clash.decree,
            **dates,
        )


def save_assignment(data: AssignmentInput, assignment_id: int | None = None) -> int:
    """Create or change an acting assignment; FieldErrors names each wrong field."""
    require(Action.WRITE_REGISTER)
    with write_transaction():
        row = ActingAssignment() if assignment_id is None else _live(assignment_id)
        errors = _validate(data, assignment_id)
        if errors:
            raise FieldErrors(errors)
        row.position = data.position_id
        row.kind = data.kind
        row.employee = data.employee_id
        row.official = data.official_id
        row.starts = data.starts
        row.ends = data.ends
        row.decree = " ".join(data.decree.split())
        row.notes = (data.notes or "").strip()
        row.save()
        return row.id


def end_assignment(assignment_id: int, last_day: dt.date) -> None:
    """End a running assignment on `last_day` (inclusive): from the next day the normal
    appraiser appraises again."""
    require(Action.WRITE_REGISTER)
    with write_transaction():
        row = _live(assignment_id)
        if last_day < row.starts:
            raise FieldErrors(
                {
                    "ends": _error(
                        N_("acting", "The last day ({ends}) is before the first day ({starts})."),
                        ends=LocalDate(last_day),
                        starts=LocalDate(row.starts),
                    )
                }
            )
        row.ends = last_day
        row.save()


def delete_assignment(assignment_id: int) -> None:
    """Remove an assignment entered by mistake (tombstone). What was approved under it keeps
    its frozen snapshot and its status history."""
    require(Action.WRITE_REGISTER)
    with write_transaction():
        _live(assignment_id).delete_instance()


def get_assignment(assignment_id: int) -> AssignmentInput:
    row = _live(assignment_id)
    return AssignmentInput(
        row.position_id,
        row.kind,
        row.starts,
        row.decree,
        row.ends,
        row.employee_id,
        row.official_id,
        row.notes,
    )


def list_assignments() -> list[AssignmentRow]:
    """Every live assignment, newest first (any role may read them)."""
    rows = list(
        ActingAssignment.select()
        .where(ActingAssignment.deleted == False)
        .order_by(ActingAssignment.starts.desc(), ActingAssignment.id.desc())
    )
    positions = {
        p.id: p.name
        for p in Position.select().where(Position.id.in_({r.position_id for r in rows}))
    }
    holders: dict[int, list[str]] = {}
    for employee in Employee.select().where(
        Employee.position.in_(list(positions))
        & (Employee.deleted == False)
        & (Employee.active == True)
    ):
        holders.setdefault(employee.position_id, []).append(employee.full_name)
    return [
        AssignmentRow(
            r.id,
            r.position_id,
            positions.get(r.position_id, ""),
            r.kind,
            _acting_name(r),
            r.official_id is not None,
            r.starts,
            r.ends,
            r.decree,
            ", ".join(holders.get(r.position_id, [])),
        )
        for r in rows
    ]


class PositionChoice(NamedTuple):
    id: int
    name: str
    holders: str


def position_choices() -> list[PositionChoice]:
    """The positions of the register with their holders, for the assignment form (the
    structural posts first: Plt/Plh are given for posts that appraise staff)."""
    holders: dict[int, list[str]] = {}
    for employee in Employee.select().where(
        (Employee.deleted == False) & (Employee.active == True) & Employee.position.is_null(False)
    ):
        holders.setdefault(employee.position_id, []).append(employee.full_name)
    appraising = {
        row[0]
        for row in Employee.select(Employee.appraiser)
        .where((Employee.deleted == False) & Employee.appraiser.is_null(False))
        .tuples()
    }
    appraiser_posts = {
        e.position_id for e in Employee.select().where(Employee.id.in_(list(appraising)))
    }
    positions = list(Position.select().where(Position.deleted == False))
    positions.sort(key=lambda p: (p.id not in appraiser_posts, p.name.casefold()))
    return [PositionChoice(p.id, p.name, ", ".join(holders.get(p.id, []))) for p in positions]
