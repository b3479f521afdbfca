"""The employee reads their own evaluation and acknowledges it ("Saya telah membaca").

The reading is everything the editor shows, read-only, with the predikat explained (the cell
of the kuadran matrix, scoring/predikat_explained.py), who finalised it ("diisi oleh", from
the status history the audit trail keeps), whether it was read and until when a keberatan can
be filed. Acknowledging records the date and time (UTC) and the account on the evaluation;
like every evaluation column it is audited and travels in the sync packages, and the
Evaluasi / Dokumen Evaluasi forms print it as "telah dibaca pada ...".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import Evaluation, EvaluationStatusChange, Period, utcnow
from desktop_app.models.database import write_transaction
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.scoring.predikat_explained import PredikatExplained, explain
from desktop_app.services import session
from desktop_app.services.evaluation.data import EvaluationDetail
from desktop_app.services.evaluation.notes import PeerNoteRow, peer_notes
from desktop_app.services.evaluation.reading import get_evaluation
from desktop_app.services.evaluation.states import DRAFT, FINAL
from desktop_app.services.evaluation.workflow import _live
from desktop_app.services.session import AccessDenied, Action
from desktop_app.services.skp import plans


@dataclass(frozen=True)
class OwnEvaluationRow:
    """One of the signed-in employee's evaluations in their list."""

    id: int
    period_key: str
    period_label: str  # "Triwulan II 2026", as the forms print it
    year: int
    status: str
    predikat: str  # the stored key ("" while none)
    finalized_at: dt.datetime | None
    read_at: dt.datetime | None


@dataclass(frozen=True)
class EvaluationReading:
    """An evaluation as its employee reads it."""

    detail: EvaluationDetail
    explained: PredikatExplained | None  # None while a rating is missing
    finalized_by: str  # the account that made it final ("diisi oleh"); "" while not final
    read_at: dt.datetime | None
    read_by: str
    may_acknowledge: bool  # the signed-in user is the employee, it is final and not read yet
    may_object: bool  # the employee, within the 14 days, no keberatan yet
    may_self_assess: bool  # the employee, while the evaluation is a draft of an open period
    peer_notes: tuple[PeerNoteRow, ...] = ()  # without names for the employee (notes.py)


def _own_employee_id() -> int:
    signed_in = session.current()
    if signed_in is None or signed_in.employee_id is None:
        raise AccessDenied()
    return signed_in.employee_id


def own_evaluations() -> list[OwnEvaluationRow]:
    """The signed-in user's own evaluations (a Pegawai or a supervisor's own), newest first."""
    employee_id = _own_employee_id()
    plans.require_for(Action.READ_APPRAISAL, employee_id)
    query = (
        Evaluation.select(Evaluation, Period.year)
        .join(Period)
        .where((Evaluation.employee == employee_id) & (Evaluation.deleted == False))
        .order_by(Period.year.desc(), Evaluation.period_key.desc())
    )
    return [
        OwnEvaluationRow(
            e.id,
            e.period_key,
            f"{PeriodKey.parse(e.period_key).label} {e.period.year}",
            e.period.year,
            e.status,
            e.predikat or "",
            e.finalized_at,
            e.read_at,
        )
        for e in query
    ]


def _finalized_by(evaluation_id: int) -> str:
    row = (
        EvaluationStatusChange.select(EvaluationStatusChange.actor)
        .where(
            (EvaluationStatusChange.evaluation == evaluation_id)
            & (EvaluationStatusChange.to_status == FINAL)
        )
        .order_by(EvaluationStatusChange.id.desc())
        .tuples()
        .first()
    )
    return row[0] if row else ""


def reading(evaluation_id: int) -> EvaluationReading:
    """The evaluation, read-only, for whoever may read it (get_evaluation checks)."""
    detail = get_evaluation(evaluation_id)
    evaluation = _live(evaluation_id)
    signed_in = session.current()
    is_owner = signed_in is not None and signed_in.employee_id == detail.employee_id
    final = detail.status == FINAL and detail.finalized_at is not None
    explained = None
    if detail.rating_hasil is not None and detail.rating_perilaku is not None:
        explained = explain(detail.rating_hasil, detail.rating_perilaku)
    return EvaluationReading(
        detail=detail,
        explained=explained,
        finalized_by=_finalized_by(evaluation_id) if final else "",
        read_at=evaluation.read_at,
        read_by=evaluation.read_by,
        may_acknowledge=is_owner and final and evaluation.read_at is None,
        may_object=is_owner and detail.objection_window_open and not detail.objection,
        may_self_assess=is_owner and detail.status == DRAFT and not detail.period_closed,
        peer_notes=tuple(peer_notes(evaluation_id)),
    )


def acknowledge(evaluation_id: int, now: dt.datetime | None = None) -> dt.datetime:
    """ "Saya telah membaca": the employee of the evaluation acknowledges the final result;
    returns the time recorded. Nobody else can acknowledge for them."""
    evaluation = _live(evaluation_id)
    signed_in = session.current()
    if signed_in is None or signed_in.employee_id != evaluation.employee_id:
        raise AccessDenied()
    plans.require_for(Action.READ_APPRAISAL, evaluation.employee_id)
    with write_transaction():
        evaluation = _live(evaluation_id)
        if evaluation.status != FINAL or evaluation.finalized_at is None:
            raise InputError(
                N_("acknowledgement", "Only a final evaluation can be acknowledged."),
                "acknowledgement",
            )
        if evaluation.read_at is not None:
            raise InputError(
                N_("acknowledgement", "You acknowledged this evaluation already."),
                "acknowledgement",
            )
        evaluation.read_at = (now or utcnow()).replace(microsecond=0)
        evaluation.read_by = signed_in.username
        evaluation.save()
        return evaluation.read_at
