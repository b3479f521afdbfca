"""The organisation predikat (capaian kinerja organisasi) of a unit per period key, and the
distribution of the employees' predikat checked against the pattern it sets (SE MenPANRB
3/2023): guidance for HR and the pejabat penilai, never a block."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Evaluation, OrgResult, Unit
from desktop_app.models.database import write_transaction
from desktop_app.scoring import (
    Finding,
    OrgPredikat,
    Predikat,
    RuleError,
    check_distribution,
    suggest_distribution,
)
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.services.evaluation.data import DistributionSummary
from desktop_app.services.evaluation.reading import org_predikat_of
from desktop_app.services.evaluation.states import DRAFT, FINAL
from desktop_app.services.evaluation.values import key_period, stored
from desktop_app.services.register import employment_status
from desktop_app.services.register.employee_queries import visible_to_session
from desktop_app.services.session import Action, require


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "evaluations", **params)


def set_org_result(unit_id: int, period_key: str, org_predikat: OrgPredikat | str | None) -> None:
    """Set (or clear, with None) the capaian kinerja organisasi of a unit for a period key."""
    require(Action.WRITE_PERIODS)
    value: OrgPredikat | None = None
    if org_predikat:
        try:
            value = OrgPredikat.coerce(org_predikat)
        except RuleError:
            raise _error(
                N_("evaluations", "Organisation predikat '{value}' is not known."),
                value=org_predikat,
            ) from None
    with write_transaction():
        key, _ = key_period(period_key)
        if Unit.get_or_none((Unit.id == unit_id) & (Unit.deleted == False)) is None:
            raise NotFoundError(N_("evaluations", "The unit no longer exists."), "evaluations")
        row = OrgResult.get_or_none(
            (OrgResult.unit == unit_id)
            & (OrgResult.period_key == key)
            & (OrgResult.deleted == False)
        )
        if value is None:
            if row is not None:
                row.delete_instance()
            return
        row = row or OrgResult(unit=unit_id, period_key=key)
        if row.id is None or row.org_predikat != value:
            row.org_predikat = value
            row.save()


def org_result(unit_id: int, period_key: str) -> OrgPredikat | None:
    key, _ = key_period(period_key, writable=False)
    return org_predikat_of(unit_id, key)


def distribution(
    unit_ids: Iterable[int],
    period_key: str,
    *,
    include_drafts: bool = False,
    org_predikat: OrgPredikat | str | None = None,
) -> DistributionSummary:
    """Predikat head-counts of the units' evaluations for the key (final ones, and drafts
    with both ratings when asked), checked against the pattern of the organisation predikat:
    `org_predikat` when given, else that of the first unit. Guidance, never a block."""
    unit_ids = list(unit_ids)
    key, _ = key_period(period_key, writable=False)
    parsed = PeriodKey.parse(key)
    exempt_all = employment_status.exemptions(parsed.first_day, parsed.last_day)
    statuses = [FINAL, DRAFT] if include_drafts else [FINAL]
    rows = (
        Evaluation.select(Evaluation.predikat, Evaluation.employee)
        .join(Employee)
        .where(
            (Evaluation.period_key == key)
            & (Evaluation.deleted == False)
            & Evaluation.status.in_(statuses)
            & Evaluation.predikat.is_null(False)
            & Employee.unit.in_(unit_ids)
            & visible_to_session()
        )
        .tuples()
    )
    tally = Counter(stored(Predikat, p) for p, e in rows if e not in exempt_all)
    counts = {p: tally.get(p, 0) for p in Predikat}
    staff = [
        e
        for (e,) in Employee.select(Employee.id)
        .where(
            Employee.unit.in_(unit_ids)
            & (Employee.deleted == False)
            & (Employee.active == True)
            & visible_to_session()
        )
        .tuples()
    ]
    exempt = {e: exempt_all[e] for e in staff if e in exempt_all}
    headcount = len(staff) - len(exempt)
    given = org_predikat or (org_predikat_of(unit_ids[0], key) if unit_ids else None)
    org = OrgPredikat.coerce(given) if given else None
    findings: list[Finding] = []
    suggestion: dict[Predikat, int] = {}
    if org is not None:
        findings = check_distribution(org, counts)
        suggestion = suggest_distribution(org, headcount)
    total = sum(counts.values())
    evaluated = suggest_distribution(org, total) if org is not None and total else {}
    return DistributionSummary(
        key, org, headcount, counts, total, findings, suggestion, evaluated, exempt
    )
