"""The content of an SKP: the checks of what can never be stored (unknown codes, links to
RHK outside the appraiser's SKP), and reading and storing the RHK, their indicators and the
expectations. Rows keep their identity (uid) when they carry their id; rows left out become
tombstones."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.errors import FieldErrors, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import BehaviourExpectation, Indicator, PerformancePlan, PlanResult
from desktop_app.scoring.codes import BERAKHLAK, SKP_APPROACHES, SKP_ASPECTS, SKP_PERSPECTIVES
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.input_ranges import stored_decimal
from desktop_app.scoring.rhk_numbering import rhk_numbers
from desktop_app.scoring.target_units import check_for_unit
from desktop_app.services.skp.plan_flow import error as _error
from desktop_app.services.skp.plan_flow import superior_results
from desktop_app.services.skp.plan_types import IndicatorInput, PlanInput, ResultInput


def check_links(plan: PerformancePlan, results: Sequence[ResultInput]) -> None:
    """A link may point only to an RHK of the appraiser's SKP of the same year (or stay as it
    was stored, e.g. after the appraiser changed)."""
    offered = {c.id for c in superior_results(plan.employee_id, plan.period.year)}
    stored = {
        r[0]
        for r in PlanResult.select(PlanResult.parent_result)
        .where((PlanResult.plan == plan) & (PlanResult.deleted == False))
        .tuples()
    }
    for n, result in zip(rhk_numbers(r.is_main for r in results), results, strict=True):
        link = result.parent_result_id
        if link is not None and link not in offered and link not in stored:
            raise _error(
                N_("plans", "RHK {n} links to an RHK that is not in the appraiser's SKP."), n=n
            )


def results_of(plan: PerformancePlan) -> list[ResultInput]:
    results = list(
        PlanResult.select()
        .where((PlanResult.plan == plan) & (PlanResult.deleted == False))
        .order_by(PlanResult.sort_order, PlanResult.id)  # the order the editor keeps
    )
    indicators: dict[int, list[IndicatorInput]] = {}
    if results:
        for i in (
            Indicator.select()
            .where(Indicator.result.in_([r.id for r in results]) & (Indicator.deleted == False))
            .order_by(Indicator.sort_order, Indicator.id)
        ):
            indicators.setdefault(i.result_id, []).append(
                IndicatorInput(
                    i.aspect, i.text, i.target_value, i.target_unit, i.target_text, id=i.id
                )
            )
    return [
        ResultInput(
            r.text,
            bool(r.is_main),
            indicators.get(r.id, []),
            r.perspective,
            r.parent_result_id,
            r.parent_text,
            id=r.id,
        )
        for r in results
    ]


def _target_problem(approach: str, indicator: IndicatorInput) -> RuleError | None:
    """Why a typed quantitative target cannot be stored (not a number, outside its unit's
    range: `scoring.target_units`); None when it can (or is still empty)."""
    if approach != "KUANTITATIF" or not indicator.target_value.strip():
        return None
    try:
        check_for_unit(stored_decimal(indicator.target_value), indicator.target_unit)
    except RuleError as err:
        return err
    return None


def check_structure(data: PlanInput) -> None:
    """What can never be stored, even in a draft (unknown codes)."""
    errors: dict[str, ServiceError] = {}
    if data.approach not in SKP_APPROACHES.data:
        errors["approach"] = _error(
            N_("plans", "Approach '{value}' is not known."), value=data.approach
        )
    labels = rhk_numbers(r.is_main for r in data.results)  # as the form numbers them
    for index, (n, result) in enumerate(zip(labels, data.results, strict=True), 1):
        if result.perspective and result.perspective not in SKP_PERSPECTIVES.data:
            errors[f"result{index}"] = _error(
                N_("plans", "RHK {n}: perspective '{value}' is not known."),
                n=n,
                value=result.perspective,
            )
        for indicator in result.indicators:
            problem = _target_problem(data.approach, indicator)
            if problem is not None:  # a draft may lack a target, never hold a wrong one
                errors[f"result{index}"] = _error(
                    N_("plans", "RHK {n}: target: {problem}"), n=n, problem=problem
                )
            if indicator.aspect not in SKP_ASPECTS.data:
                errors[f"result{index}"] = _error(
                    N_("plans", "RHK {n}: aspect '{value}' is not known."),
                    n=n,
                    value=indicator.aspect,
                )
    codes = {v.code for v in BERAKHLAK.data}
    for code in data.expectations:
        if code not in codes:
            errors["expectations"] = _error(
                N_("plans", "BerAKHLAK value {value} is not known."), value=code
            )
    if errors:
        raise FieldErrors(errors)


def save_results(plan: PerformancePlan, results: Sequence[ResultInput]) -> None:
    existing = {
        r.id: r
        for r in PlanResult.select().where(
            (PlanResult.plan == plan) & (PlanResult.deleted == False)
        )
    }
    kept: set[int] = set()
    for order, data in enumerate(results):
        row = existing.get(data.id) if data.id is not None else None
        row = row or PlanResult(plan=plan)
        values = {
            "is_main": int(data.is_main),
            "sort_order": order,
            "text": data.text.strip(),
            "perspective": data.perspective or None,
            "parent_result": data.parent_result_id,
            "parent_text": data.parent_text.strip(),
        }
        if row.id is None or any(
            getattr(row, "parent_result_id" if k == "parent_result" else k) != v
            for k, v in values.items()
        ):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        kept.add(row.id)
        _save_indicators(row, data.indicators)
    for row_id, row in existing.items():
        if row_id not in kept:
            for indicator in Indicator.select().where(
                (Indicator.result == row) & (Indicator.deleted == False)
            ):
                indicator.delete_instance()
            row.delete_instance()


def _save_indicators(result: PlanResult, indicators: Sequence[IndicatorInput]) -> None:
    existing = {
        i.id: i
        for i in Indicator.select().where(
            (Indicator.result == result) & (Indicator.deleted == False)
        )
    }
    kept: set[int] = set()
    for order, data in enumerate(indicators):
        row = existing.get(data.id) if data.id is not None else None
        row = row or Indicator(result=result)
        values = {
            "sort_order": order,
            "aspect": data.aspect,
            "text": data.text.strip(),
            "target_value": data.target_value.strip(),
            "target_unit": data.target_unit.strip(),
            "target_text": data.target_text.strip(),
        }
        if row.id is None or any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        kept.add(row.id)
    for row_id, row in existing.items():
        if row_id not in kept:
            row.delete_instance()


def save_expectations(plan: PerformancePlan, wanted: dict[int, str]) -> None:
    existing = {
        e.value_code: e
        for e in BehaviourExpectation.select().where(
            (BehaviourExpectation.plan == plan) & (BehaviourExpectation.deleted == False)
        )
    }
    for code, text in wanted.items():
        text = text.strip()
        row = existing.get(code)
        if row is None and not text:
            continue
        row = row or BehaviourExpectation(plan=plan, value_code=code)
        if row.id is None or row.text != text:
            row.text = text
            row.save()
