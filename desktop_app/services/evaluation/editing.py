"""Editing a draft evaluation: the realisasi and umpan balik per indicator, the feedback per
BerAKHLAK value, the two ratings (the predikat always follows them through the kuadran matrix,
never typed) and the evidence files (bukti dukung) kept in the data folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import BehaviourFeedback, Evaluation, Realisation
from desktop_app.models.database import write_transaction
from desktop_app.scoring.codes import BERAKHLAK
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.input_ranges import read_realisasi
from desktop_app.services import stored_files
from desktop_app.services.evaluation.data import BehaviourInput, EvaluationInput, RealisationInput
from desktop_app.services.evaluation.reading import plan_indicators
from desktop_app.services.evaluation.values import predikat_of, read_rating
from desktop_app.services.evaluation.workflow import _editable, _live
from desktop_app.services.session import Action
from desktop_app.services.skp import plans


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "evaluations", **params)


def save_evaluation(evaluation_id: int, data: EvaluationInput) -> None:
    """Store what the editor holds for a draft; the predikat follows from the two ratings
    through the kuadran matrix (and is cleared while one of them is missing)."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.WRITE_APPRAISAL, evaluation.employee_id)
    hasil = read_rating(data.rating_hasil, "Rating hasil kerja")
    perilaku = read_rating(data.rating_perilaku, "Rating perilaku kerja")
    codes = {v.code for v in BERAKHLAK.data}
    for behaviour in data.behaviours:
        if behaviour.value_code not in codes:
            raise _error(
                N_("evaluations", "BerAKHLAK value {value} is not known."),
                value=behaviour.value_code,
            )
        read_rating(behaviour.rating, f"BerAKHLAK {behaviour.value_code}")
    with write_transaction():
        evaluation = _live(evaluation_id)
        _editable(evaluation)
        known = {i.id: i for i, _ in plan_indicators(evaluation.plan_id)}
        for n, item in enumerate(data.realisations, 1):
            if item.indicator_id not in known:
                raise _error(
                    N_("evaluations", "Indicator {value} is not in the SKP of this evaluation."),
                    value=item.indicator_id,
                )
            indicator = known[item.indicator_id]
            if indicator.target_value.strip():
                try:  # the range of the target's unit: 0-1000 % for a percentage
                    read_realisasi(item.realisasi, indicator.target_unit)
                except RuleError as err:  # "sembilan puluh", a negative realisasi
                    raise _error(
                        N_("evaluations", "Indicator {n}: {problem}"), n=n, problem=err
                    ) from None
        evaluation.rating_hasil = hasil
        evaluation.rating_perilaku = perilaku
        evaluation.predikat = predikat_of(hasil, perilaku)
        evaluation.notes = data.notes.strip()
        evaluation.save()
        _save_realisations(evaluation, data.realisations)
        _save_behaviours(evaluation, data.behaviours)


def _realisation(evaluation: Evaluation, indicator_id: int) -> Realisation:
    row = Realisation.get_or_none(
        (Realisation.evaluation == evaluation)
        & (Realisation.indicator == indicator_id)
        & (Realisation.deleted == False)
    )
    return row or Realisation(evaluation=evaluation, indicator=indicator_id)


def _save_realisations(evaluation: Evaluation, items: Sequence[RealisationInput]) -> None:
    for item in items:
        row = _realisation(evaluation, item.indicator_id)
        values = {
            "realisasi": item.realisasi.strip(),
            "bukti_dukung": item.bukti_dukung.strip(),
            "feedback": item.feedback.strip(),
        }
        if row.id is None and not any(values.values()):
            continue
        if row.id is None or any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()


def _save_behaviours(evaluation: Evaluation, items: Sequence[BehaviourInput]) -> None:
    existing = {
        b.value_code: b
        for b in BehaviourFeedback.select().where(
            (BehaviourFeedback.evaluation == evaluation) & (BehaviourFeedback.deleted == False)
        )
    }
    for item in items:
        text = item.feedback.strip()
        rating = read_rating(item.rating, f"BerAKHLAK {item.value_code}")
        row = existing.get(item.value_code)
        if row is None and not text and rating is None:
            continue
        row = row or BehaviourFeedback(evaluation=evaluation, value_code=item.value_code)
        if row.id is None or row.feedback != text or row.rating != rating:
            row.feedback = text
            row.rating = rating
            row.save()


def attach_evidence(evaluation_id: int, indicator_id: int, source_path: str | Path) -> Path:
    """Copy an evidence file (bukti dukung) into <data folder>/evidence/<evaluation uid>/ and
    record its relative path and sha256 on the indicator's realisasi. Returns the stored file.
    A failed copy leaves no file behind and changes nothing."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.WRITE_APPRAISAL, evaluation.employee_id)
    _editable(evaluation)
    if indicator_id not in {i.id for i, _ in plan_indicators(evaluation.plan_id)}:
        raise _error(
            N_("evaluations", "Indicator {value} is not in the SKP of this evaluation."),
            value=indicator_id,
        )
    source = Path(source_path)
    if not source.is_file():
        raise _error(N_("evaluations", "The file {path} does not exist."), path=str(source))
    try:
        target, sha256 = stored_files.store_copy(
            source, f"{stored_files.EVIDENCE}/{evaluation.uid}", str(indicator_id), "bukti"
        )
    except OSError as exc:
        raise _error(
            N_("evaluations", "The file {path} could not be copied: {reason}"),
            path=str(source),
            reason=exc.strerror or str(exc),
        ) from exc
    relative = stored_files.relative(target)
    try:
        with write_transaction():
            evaluation = _live(evaluation_id)
            _editable(evaluation)
            row = _realisation(evaluation, indicator_id)
            row.evidence_path = relative
            row.evidence_sha256 = sha256
            row.save()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def evidence_file(relative_path: str) -> Path:
    """The stored evidence file of a realisasi row (its path is relative to the data folder)."""
    return stored_files.data_file(relative_path, stored_files.EVIDENCE)


def evidence_intact(relative_path: str, sha256: str | None) -> bool:
    """Is the stored evidence file still there with the content it had when attached?"""
    return stored_files.intact(relative_path, sha256, stored_files.EVIDENCE)
