"""The recommendation the quarterly and annual results give for a PPPK's contract (extend,
convert to full time, do not extend; KepmenPANRB 16/2025 Diktum 13, 17–18, the rule in
`scoring/pppk_contract.py`): per employee for the Evaluasi monitoring (the contract ending
soonest) and per unit for HR's printed list (docs/pppk_contracts.md)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from desktop_app.models import Employee, Evaluation, PppkContract
from desktop_app.models.register import format_full_name
from desktop_app.scoring import pppk_contract as rules
from desktop_app.scoring.idp import period_words
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.pppk_contract import Advice
from desktop_app.scoring.ratings import Predikat
from desktop_app.services.evaluation.states import FINAL
from desktop_app.services.evaluation.values import stored
from desktop_app.services.register import contracts
from desktop_app.services.register.contracts import ContractRow
from desktop_app.services.register.employee_queries import staff_query


class ContractAdvice(NamedTuple):
    """The contract a recommendation is about, its results and the recommendation."""

    contract: ContractRow
    results: tuple[tuple[str, Predikat], ...]  # (period key, predikat) within the contract
    advice: Advice


class AdviceLine(NamedTuple):
    """One PPPK of HR's list."""

    employee_id: int
    name: str
    nip: str
    unit_name: str
    contract: ContractRow
    results: tuple[tuple[str, Predikat], ...]
    advice: Advice


def _results(employee_ids: Iterable[int]) -> dict[int, list[tuple[str, Predikat]]]:
    """The final predikat of the employees given (read for everyone with a contract, by a
    subquery: a list of 50,000 ids would pass SQLite's limit of bound values)."""
    wanted = set(employee_ids)
    with_contract = PppkContract.select(PppkContract.employee).where(PppkContract.deleted == False)
    found: dict[int, list[tuple[str, Predikat]]] = {}
    for employee_id, key, value in (
        Evaluation.select(Evaluation.employee, Evaluation.period_key, Evaluation.predikat)
        .where(
            Evaluation.employee.in_(with_contract)
            & (Evaluation.deleted == False)
            & (Evaluation.status == FINAL)
            & Evaluation.predikat.is_null(False)
        )
        .tuples()
    ):
        predikat = stored(Predikat, value)
        if predikat is not None and employee_id in wanted:
            found.setdefault(employee_id, []).append((key, predikat))
    return found


def advice_for(employee_ids: Sequence[int], year: int) -> dict[int, ContractAdvice]:
    """For each of the employees given that has a contract running in or after `year`: the
    one ending soonest, its results and the recommendation."""
    wanted = set(employee_ids)
    by_employee = {e: rows for e, rows in contracts.contracts_by_employee().items() if e in wanted}
    results = _results(by_employee)
    found = {}
    for employee_id, rows in by_employee.items():
        chosen = rules.contract_in_question([(r, r.starts, r.ends) for r in rows], year)
        if chosen is None:
            continue
        within = sorted(
            (
                (key, predikat)
                for key, predikat in results.get(employee_id, [])
                if _counts(key) and rules.key_overlaps(key, chosen.starts, chosen.ends)
            ),
            key=lambda item: rules.period_order(item[0]),
        )
        advice = rules.recommend(chosen.work_time, chosen.starts, chosen.ends, within)
        found[employee_id] = ContractAdvice(chosen, tuple(within), advice)
    return found


def _counts(key: str) -> bool:
    try:
        return rules.counts(key)
    except ValueError:  # a key this version cannot read (a newer office's package)
        return False


def for_monitoring(period_key: str, employee_ids: Sequence[int]) -> dict[int, ContractAdvice]:
    """The Evaluasi monitoring's column: the PPPK among `employee_ids` (the rows the user
    sees) with their contract ending soonest in or after the period's year."""
    shown = set(employee_ids)
    pppk = [
        e
        for (e,) in Employee.select(Employee.id)
        .where((Employee.kind == "PPPK") & (Employee.deleted == False))
        .tuples()
        if e in shown
    ]
    return advice_for(pppk, PeriodKey.parse(period_key).year) if pppk else {}


def advice_lines(year: int, unit_ids: Iterable[int] | None = None) -> list[AdviceLine]:
    """Every active PPPK the user may see with a contract in question for `year`, in unit and
    name order (HR's printed list)."""
    people = [
        row for row in staff_query(Employee.kind, unit_ids=unit_ids).tuples() if row[8] == "PPPK"
    ]
    found = advice_for([row[0] for row in people], year)
    lines = []
    for eid, front, name, back, nip, _unit_id, unit_name, _appraiser, _kind in people:
        if eid in found:
            item = found[eid]
            lines.append(
                AdviceLine(
                    eid,
                    format_full_name(front, name, back),
                    nip,
                    unit_name,
                    item.contract,
                    item.results,
                    item.advice,
                )
            )
    return lines


def results_words(results: Sequence[tuple[str, Predikat]]) -> str:
    """ "Triwulan I 2026: Baik; Triwulan II 2026: Butuh Perbaikan" (official terms)."""
    return "; ".join(f"{period_words(key)}: {predikat.label}" for key, predikat in results)
