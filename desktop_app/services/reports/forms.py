"""The typed report of each form, read through the feature services (which check access):
the SKP with its lampiran, the evaluation form, the Dokumen Evaluasi and the IDP. Printing
renders these objects and reads nothing itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from desktop_app.printing import document, evaluation, idp, skp
from desktop_app.printing.evaluation import realisasi_text
from desktop_app.printing.layout import PageSetup, Target
from desktop_app.printing.report_data import (
    DocumentReport,
    EvaluationReport,
    IdpActivity,
    IdpGap,
    IdpReport,
    IdpStep,
    IkiLine,
    JpSummary,
    Period,
    RhkBlock,
    SkpReport,
)
from desktop_app.printing.skp import target_text
from desktop_app.scoring import idp as rules
from desktop_app.services import verification
from desktop_app.services.development import idp as development
from desktop_app.services.development.idp import IdpDetail
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation.evaluations import EvaluationDetail
from desktop_app.services.reports import sources
from desktop_app.services.skp import plans, transfer_people
from desktop_app.services.skp.plans import PlanDetail


class _Step(Protocol):
    """A status change of any workflow (its time is all a document's date needs)."""

    @property
    def at(self) -> dt.datetime: ...


# --- the SKP -----------------------------------------------------------------------------------


def skp_results(detail: PlanDetail) -> tuple[RhkBlock, ...]:
    """The plan's RHK with their IKI rows, the leader's RHK written out."""
    parents = {c.id: c.text for c in detail.parent_choices}
    return tuple(
        RhkBlock(
            r.is_main,
            r.text,
            parents.get(r.parent_result_id or 0, r.parent_text)
            if r.parent_result_id
            else r.parent_text,
            r.perspective,
            tuple(
                IkiLine(i.aspect, i.text, target_text(i.target_text, i.target_value, i.target_unit))
                for i in r.indicators
            ),
        )
        for r in detail.data.results
    )


def skp_report(plan_id: int) -> SkpReport:
    """The SKP of one plan (plans.get_plan checks READ_APPRAISAL on the employee)."""
    detail = plans.get_plan(plan_id)
    approved = detail.status == plans.APPROVED
    snapshot, approved_at = sources.plan_snapshot(plan_id) if approved else ({}, None)
    snapshot = snapshot or transfer_people.kept_people_of(plan_id)  # a late transfer's SKP
    created = approved_at or (
        detail.history[-1].at if detail.history else dt.datetime(detail.year, 1, 1)
    )
    return SkpReport(
        year=detail.year,
        period=sources.skp_period(sources.period(str(detail.year)), plan_id, bounds=True),
        approved=approved,
        approved_at=approved_at,
        people=sources.people(snapshot, detail.employee_id),
        form=detail.form,
        approach=detail.data.approach,
        results=skp_results(detail),
        expectations=dict(detail.data.expectations),
        resources=detail.data.resources,
        accountability=detail.data.accountability,
        consequences=detail.data.consequences,
        created=created,
        verification=verification.issue(verification.SKP, plan_id) if approved else "",
    )


# --- the evaluation and its Dokumen ------------------------------------------------------------


def evaluation_results(
    detail: EvaluationDetail, perspectives: dict[int, str | None], result_of: dict[int, int]
) -> tuple[RhkBlock, ...]:
    """The evaluation's IKI rows grouped back into their RHK (rows come RHK by RHK);
    `result_of` maps an indicator id to its RHK id (from the plan)."""
    blocks: list[RhkBlock] = []
    keys: list[object] = []
    for row in detail.indicators:
        line = IkiLine(
            row.aspect,
            row.text,
            row.target.written(),  # "95,5 persen", as the form writes numbers
            realisasi_text(row.realisasi, row.bukti_dukung),
            row.feedback,
        )
        key = result_of.get(row.indicator_id, (row.is_main, row.result_text, row.parent_text))
        if keys and keys[-1] == key:
            last = blocks[-1]
            blocks[-1] = RhkBlock(
                last.is_main, last.text, last.parent, last.perspective, (*last.lines, line)
            )
        else:
            keys.append(key)
            blocks.append(
                RhkBlock(
                    row.is_main,
                    row.result_text,
                    row.parent_text,
                    perspectives.get(row.indicator_id),
                    (line,),
                )
            )
    return tuple(blocks)


def last_change(history: Sequence[_Step], fallback: dt.datetime | None, year: int) -> dt.datetime:
    """A document's date: its last status change, else `fallback`, else 1 January."""
    if history:
        return max(step.at for step in history)
    return fallback or dt.datetime(year, 1, 1)


def evaluation_report(evaluation_id: int) -> EvaluationReport:
    """The evaluation form of one evaluation (get_evaluation checks READ_APPRAISAL)."""
    detail = evaluations.get_evaluation(evaluation_id)
    plan = plans.get_plan(detail.plan_id) if detail.plan_id else None
    perspectives: dict[int, str | None] = {}
    result_of: dict[int, int] = {}
    for result in plan.data.results if plan else []:
        for indicator in result.indicators:
            if indicator.id is not None and result.id is not None:
                perspectives[indicator.id] = result.perspective
                result_of[indicator.id] = result.id
    final = detail.status == evaluations.FINAL
    return EvaluationReport(
        period=_period(detail),
        final=final,
        finalized_at=detail.finalized_at,
        people=sources.people(detail.snapshot if final else None, detail.employee_id),
        form=plan.form if plan else "STAFF",
        approach=plan.data.approach if plan else "KUANTITATIF",
        org_predikat=detail.org_predikat,
        results=evaluation_results(detail, perspectives, result_of),
        rating_hasil=detail.rating_hasil,
        rating_perilaku=detail.rating_perilaku,
        predikat=detail.predikat,
        expectations={b.value_code: b.expectation for b in detail.behaviours},
        feedback={b.value_code: b.feedback for b in detail.behaviours},
        created=last_change(detail.history, detail.finalized_at, detail.year),
        verification=verification.issue(verification.EVALUATION, detail.id) if final else "",
        read_at=detail.read_at,
    )


def _period(detail: EvaluationDetail, *, year_frequency: bool = False) -> Period:
    """The evaluation's period, labelled as the evaluation service labels it."""
    found = sources.period(detail.period_key, year_frequency=year_frequency)
    found = sources.skp_period(found, detail.plan_id)  # the SKP's months after a transfer
    return replace(found, year=detail.year, label=detail.period_label)


def document_report(evaluation_id: int) -> DocumentReport:
    """The Dokumen Evaluasi of one evaluation (get_evaluation checks READ_APPRAISAL)."""
    return document_of(evaluations.get_evaluation(evaluation_id, with_content=False))


def document_of(detail: EvaluationDetail) -> DocumentReport:
    """The Dokumen Evaluasi of an evaluation's cover, read already (a batch reads many at
    once: evaluations.get_evaluation_covers)."""
    final = detail.status == evaluations.FINAL
    return DocumentReport(
        period=_period(detail, year_frequency=True),
        final=final,
        finalized_at=detail.finalized_at,
        people=sources.people(detail.snapshot if final else None, detail.employee_id),
        org_predikat=detail.org_predikat,
        predikat=detail.predikat,
        notes=detail.notes,
        objection=detail.objection,
        objection_at=detail.objection_at,
        explanation=detail.explanation,
        decision=detail.decision,
        decided_at=detail.decided_at,
        created=last_change(detail.history, detail.finalized_at, detail.year),
        verification=verification.issue(verification.DOCUMENT, detail.id) if final else "",
        read_at=detail.read_at,
    )


# --- the IDP -----------------------------------------------------------------------------------


def idp_report_of(detail: IdpDetail) -> IdpReport:
    """The IDP form of an IdpDetail read through development (access checked there)."""
    agreed = detail.status == development.AGREED
    follow = detail.follow_up
    words = development.STATUS_WORDS
    return IdpReport(
        year=detail.year,
        period=sources.period(str(detail.year)),
        people=sources.people(detail.snapshot if agreed else None, detail.employee_id),
        status_word=words.get(detail.status, detail.status),
        agreed=agreed,
        submitted=detail.status in (development.SUBMITTED, development.AGREED),
        waiting=detail.status == development.SUBMITTED,
        returned=detail.status == development.RETURNED,
        agreed_at=detail.agreed_at,
        submitted_at=detail.submitted_at,
        return_reason=detail.return_reason,
        required=detail.required or follow.required,
        required_reason=detail.required_reason or rules.required_reason(follow),
        suggestions=tuple(follow.suggestions),
        progress=JpSummary(
            detail.progress.done,
            detail.progress.minimum,
            detail.progress.met,
            detail.progress.shortfall,
            detail.progress.planned,
        ),
        goals=detail.data.goals,
        notes=detail.data.notes,
        gaps=tuple(
            IdpGap(
                g.id,
                rules.COMPETENCE_WORDS.get(g.competence_type, "-"),
                g.competence,
                g.gap,
                g.goal,
                g.indicator,
                g.source,
            )
            for g in detail.data.gaps
        ),
        activities=tuple(
            IdpActivity(
                id=a.id,
                planned=a.plan_id == detail.id,
                gap_id=a.gap_id,
                status_word=development.ACTIVITY_WORDS.get(a.status, a.status),
                cancelled=a.status == development.CANCELLED,
                done=a.status == development.DONE,
                jenis_diklat=a.jenis_diklat,
                jenis_label=a.jenis_label,
                jalur=a.jalur,
                title=a.title,
                provider=a.provider,
                planned_start=a.planned_start,
                planned_end=a.planned_end,
                jp_planned=a.jp_planned,
                cost_planned=a.cost_planned,
                start_date=a.start_date,
                end_date=a.end_date,
                jp=a.jp,
                cost_actual=a.cost_actual,
                certificate_no=a.certificate_no,
            )
            for a in detail.activities
        ),
        history=tuple(
            IdpStep(s.at, not s.from_status, words.get(s.to_status, s.to_status), s.actor, s.reason)
            for s in detail.history
        ),
        created=last_change(detail.history, detail.agreed_at, detail.year),
        verification=verification.issue(verification.IDP, detail.id) if agreed else "",
    )


def idp_report(plan_id: int) -> IdpReport:
    """The IDP form of one plan (development.get_plan checks access)."""
    return idp_report_of(development.get_plan(plan_id))


def idp_report_for(employee_id: int, year: int) -> IdpReport:
    """The IDP form of the employee's IDP of `year` (NotFoundError when there is none)."""
    return idp_report_of(development.idp_document(employee_id, year))


# --- writing one form --------------------------------------------------------------------------


def build_skp(target: Target, plan_id: int, *, setup: PageSetup | None = None) -> int:
    """Write the SKP of `plan_id` with its Lampiran to `target` (path or binary stream);
    returns the page count. Needs READ_APPRAISAL on the employee (plans.get_plan checks)."""
    report = skp_report(plan_id)
    return skp.build_skp(target, report, setup or sources.page_setup())


def build_evaluation(target: Target, evaluation_id: int, *, setup: PageSetup | None = None) -> int:
    """Write the EVALUASI KINERJA PEGAWAI form of `evaluation_id` to `target` (path or binary
    stream); returns the page count. Needs READ_APPRAISAL (the services check)."""
    report = evaluation_report(evaluation_id)
    return evaluation.build_evaluation(target, report, setup or sources.page_setup())


def build_document(target: Target, evaluation_id: int, *, setup: PageSetup | None = None) -> int:
    """Write the DOKUMEN EVALUASI KINERJA PEGAWAI of `evaluation_id` to `target` (path or
    binary stream); returns the page count. Needs READ_APPRAISAL (the services check)."""
    report = document_report(evaluation_id)
    return document.build_document(target, report, setup or sources.page_setup())


def build_idp(target: Target, plan_id: int, *, setup: PageSetup | None = None) -> int:
    """Write the IDP form of `plan_id` to `target` (path or binary stream); returns the page
    count. Needs READ_APPRAISAL on the employee (development.get_plan checks)."""
    report = idp_report(plan_id)
    return idp.build_idp(target, report, setup or sources.page_setup())


def build_idp_for(
    target: Target, employee_id: int, year: int, *, setup: PageSetup | None = None
) -> int:
    """The IDP form of the employee's IDP of `year` (development.idp_document: NotFoundError
    when there is none)."""
    setup = setup or sources.page_setup()
    return idp.build_idp(target, idp_report_for(employee_id, year), setup)
