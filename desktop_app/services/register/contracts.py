"""PPPK contract periods (perjanjian kerja, KepmenPANRB 16/2025; domain.md §13.9): the first
and last day, full or part time (penuh / paruh waktu) and the decree of each contract of a
PPPK. Two contracts of one employee never overlap. HR and the administrator write (the
register's roles), every role reads; every write is one audited transaction
(docs/pppk_contracts.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from desktop_app.errors import FieldErrors, InputError, NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import Employee, PppkContract
from desktop_app.models.database import write_transaction
from desktop_app.scoring.acting import Term, first_overlap
from desktop_app.scoring.indonesian_format import format_date
from desktop_app.scoring.pppk_contract import WORK_TIME_LABELS
from desktop_app.services.session import Action, require

CONTEXT = "pppk"
MAX_DECREE = 100
MAX_YEARS = 5  # PP 49/2018 Pasal 37: a perjanjian kerja runs 1 to 5 years


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, CONTEXT, **params)


@dataclass
class ContractInput:
    employee_id: int
    starts: dt.date | None
    ends: dt.date | None
    work_time: str
    decree: str
    decree_on: dt.date | None = None
    notes: str = ""


class ContractRow(NamedTuple):
    id: int
    employee_id: int
    starts: dt.date
    ends: dt.date
    work_time: str
    decree: str
    decree_on: dt.date | None
    notes: str


def _live(contract_id: int) -> PppkContract:
    found = PppkContract.get_or_none(
        (PppkContract.id == contract_id) & (PppkContract.deleted == False)
    )
    if found is None:
        raise NotFoundError(N_("pppk", "The contract no longer exists."), "pppk")
    return found


def _span(starts: dt.date, ends: dt.date) -> str:
    return f"{format_date(starts)} – {format_date(ends)}"


def _validate(data: ContractInput, contract_id: int | None) -> dict[str, ServiceError]:
    errors: dict[str, ServiceError] = {}
    employee = Employee.get_or_none((Employee.id == data.employee_id) & (Employee.deleted == False))
    if employee is None:
        raise NotFoundError(N_("pppk", "The employee no longer exists."), "pppk")
    if employee.kind != "PPPK":
        raise _error(
            N_("pppk", "{name} is not a PPPK: contract periods are kept for PPPK only."),
            name=employee.full_name,
        )
    if data.work_time not in WORK_TIME_LABELS:
        errors["work_time"] = _error(N_("pppk", "Choose full time or part time."))
    if data.starts is None:
        errors["starts"] = _error(N_("pppk", "Type the first day of the contract."))
    if data.ends is None:
        errors["ends"] = _error(N_("pppk", "Type the last day of the contract."))
    elif data.starts is not None and data.ends < data.starts:
        errors["ends"] = _error(
            N_("pppk", "The last day ({ends}) is before the first day ({starts})."),
            ends=format_date(data.ends),
            starts=format_date(data.starts),
        )
    elif data.starts is not None and (data.ends - data.starts).days >= 366 * MAX_YEARS:
        errors["ends"] = _error(
            N_("pppk", "A contract runs at most {years} years (PP 49/2018 Pasal 37)."),
            years=MAX_YEARS,
        )
    decree = " ".join((data.decree or "").split())
    if not decree:
        errors["decree"] = _error(N_("pppk", "Type the number of the contract or its decree."))
    elif len(decree) > MAX_DECREE:
        errors["decree"] = _error(
            N_("pppk", "The decree number is longer than {limit} characters."), limit=MAX_DECREE
        )
    if not {"starts", "ends"} & set(errors):
        assert data.starts is not None and data.ends is not None
        others = [
            (row, Term(row.starts, row.ends))
            for row in PppkContract.select().where(
                (PppkContract.employee == employee) & (PppkContract.deleted == False)
            )
            if row.id != contract_id
        ]
        clash = first_overlap(Term(data.starts, data.ends), others)
        if clash is not None:
            errors["starts"] = _error(
                N_(
                    "pppk",
                    "{name} already has a contract for {span} (decree {decree}): the "
                    "contracts of one employee cannot overlap.",
                ),
                name=employee.full_name,
                span=_span(clash.starts, clash.ends),
                decree=clash.decree,
            )
    return errors


def save_contract(data: ContractInput, contract_id: int | None = None) -> int:
    """Create or change a contract period; FieldErrors names each wrong field."""
    require(Action.WRITE_REGISTER)
    with write_transaction():
        row = PppkContract() if contract_id is None else _live(contract_id)
        if contract_id is not None and row.employee_id != data.employee_id:
            raise _error(N_("pppk", "The contract belongs to another employee."))
        errors = _validate(data, contract_id)
        if errors:
            raise FieldErrors(errors)
        row.employee = data.employee_id
        row.starts = data.starts
        row.ends = data.ends
        row.work_time = data.work_time
        row.decree = " ".join(data.decree.split())
        row.decree_on = data.decree_on
        row.notes = (data.notes or "").strip()
        row.save()
        return row.id


def delete_contract(contract_id: int) -> None:
    """Remove a contract entered by mistake (tombstone, audited)."""
    require(Action.WRITE_REGISTER)
    with write_transaction():
        _live(contract_id).delete_instance()


def _row(r: PppkContract) -> ContractRow:
    return ContractRow(
        r.id, r.employee_id, r.starts, r.ends, r.work_time, r.decree, r.decree_on, r.notes
    )


def list_contracts(employee_id: int) -> list[ContractRow]:
    """The employee's contract periods, latest first (any role may read them)."""
    return [
        _row(r)
        for r in PppkContract.select()
        .where((PppkContract.employee == employee_id) & (PppkContract.deleted == False))
        .order_by(PppkContract.starts.desc(), PppkContract.id.desc())
    ]


def get_contract(contract_id: int) -> ContractRow:
    return _row(_live(contract_id))


def contracts_by_employee(employee_ids: list[int] | None = None) -> dict[int, list[ContractRow]]:
    """Every live contract by employee (of those given), for the recommendations."""
    query = PppkContract.select(
        PppkContract.id,
        PppkContract.employee,
        PppkContract.starts,
        PppkContract.ends,
        PppkContract.work_time,
        PppkContract.decree,
        PppkContract.decree_on,
        PppkContract.notes,
    ).where(PppkContract.deleted == False)
    if employee_ids is not None:
        query = query.where(PppkContract.employee.in_(employee_ids))
    found: dict[int, list[ContractRow]] = {}
    for values in query.tuples():  # plain rows: thousands of PPPK, no model instances
        row = ContractRow(*values)
        found.setdefault(row.employee_id, []).append(row)
    return found
