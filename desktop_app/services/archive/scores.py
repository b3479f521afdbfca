"""The archive appraisal's input and scores for the services: the pure rules of
`scoring.archive`, with each refusal worded here (translation context "legacy") and carried
as an InputError naming the row and field, which is what the screens and the CLI show."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.scoring import archive
from desktop_app.scoring.archive import (
    ARCHIVE_REGIMES,
    ASPECT_FIELDS,
    ASPECTS,
    KREATIVITAS_LEVELS,
    LEADERSHIP,
    NUMBER_FIELDS,
    PP30,
    PP46,
    REQUIRED_ASPECTS,
    ActivityInput,
    ArchiveRefusal,
    LegacyInput,
    Scores,
    display_number,
    is_archive_regime,
    is_blank,
    kreativitas_points,
    parse_number,
    plain_decimal,
    tugas_tambahan_points,
)
from desktop_app.scoring.errors import RuleError

__all__ = [
    "ARCHIVE_REGIMES",
    "ASPECTS",
    "ASPECT_FIELDS",
    "FIELD_LABELS",
    "KREATIVITAS_LEVELS",
    "LEADERSHIP",
    "MESSAGES",
    "NUMBER_FIELDS",
    "PP30",
    "PP46",
    "REQUIRED_ASPECTS",
    "ActivityInput",
    "LegacyInput",
    "Scores",
    "display_number",
    "is_archive_regime",
    "is_blank",
    "kreativitas_points",
    "parse_number",
    "perilaku_values",
    "plain_decimal",
    "scores",
    "tugas_tambahan_points",
]

FIELD_LABELS = {
    "angka_kredit": N_("legacy", "angka kredit"),
    "kuantitas_target": N_("legacy", "kuantitas target"),
    "kuantitas_real": N_("legacy", "kuantitas realisasi"),
    "kualitas_target": N_("legacy", "kualitas target"),
    "kualitas_real": N_("legacy", "kualitas realisasi"),
    "waktu_target": N_("legacy", "waktu target (months)"),
    "waktu_real": N_("legacy", "waktu realisasi (months)"),
    "biaya_target": N_("legacy", "biaya target"),
    "biaya_real": N_("legacy", "biaya realisasi"),
}
MESSAGES = {
    "activity.not_a_number": N_("legacy", "Kegiatan {row}: the {field} '{value}' is not a number."),
    "activity.target_not_positive": N_(
        "legacy", "Kegiatan {row}: the {field} must be greater than 0."
    ),
    "activity.negative": N_("legacy", "Kegiatan {row}: the {field} must not be negative."),
    "activity.biaya_real_without_target": N_(
        "legacy", "Kegiatan {row}: give the biaya target too, or clear the biaya realisasi."
    ),
    "activity.problem": N_("legacy", "Kegiatan {row}: {problem}"),
    "perilaku.unknown_aspect": N_("legacy", "Perilaku aspect '{value}' is not known."),
    "perilaku.not_a_number": N_("legacy", "Perilaku {aspect}: '{value}' is not a number."),
    "perilaku.out_of_range": N_("legacy", "Perilaku {aspect}: {value} must be between 0 and 100."),
    "perilaku.leadership_not_structural": N_(
        "legacy",
        "Kepemimpinan is scored only for a jabatan struktural: clear it, or mark the "
        "position as structural.",
    ),
    "tugas_tambahan.not_whole": N_("legacy", "Tugas tambahan '{value}' is not a whole number."),
    "tugas_tambahan.negative": N_("legacy", "Tugas tambahan must not be negative."),
    "kreativitas.unknown": N_(
        "legacy", "Kreativitas '{value}' is not none, unit, organisation or country."
    ),
    "regime.pp46_marks_under_pp30": N_(
        "legacy",
        "Tugas tambahan and kreativitas belong to PP 46/2011; under PP 30/2019 mark "
        "the innovation instead.",
    ),
    "regime.pp30_marks_under_pp46": N_(
        "legacy",
        "The peers and innovation marks belong to PP 30/2019; under PP 46/2011 give "
        "tugas tambahan and kreativitas instead.",
    ),
    "regime.not_archive": N_("legacy", "Regime '{value}' is not an archive regime."),
    "activity.without_text": N_("legacy", "Kegiatan {row}: write what the activity was."),
    "regime.pp30_above_scale": N_(
        "legacy",
        "Nilai SKP {value} is above {max}, the top of the PP 30/2019 scale: check the "
        "targets and realisasi.",
    ),
}  # the words of each ArchiveRefusal code


def service_error(err: RuleError) -> InputError:
    """A refusal as a service error: an archive refusal in its words, with the field named
    by its translatable label; a formula's own RuleError as it is (its msgid and context).
    Nested refusals become nested service errors, which the GUI translates one by one."""
    params: dict[str, object] = {}
    for key, value in err.params.items():
        if isinstance(value, RuleError):
            value = service_error(value)
        elif key == "field" and isinstance(err, ArchiveRefusal):
            value = InputError(FIELD_LABELS[str(value)], "legacy")
        params[key] = value
    msgid = MESSAGES[err.msgid] if isinstance(err, ArchiveRefusal) else err.msgid
    return InputError(msgid, err.context, **params)


def scores(regime: str, data: LegacyInput) -> archive.Scores:
    """`scoring.archive.scores`; InputError naming the row and field of the first problem."""
    try:
        return archive.scores(regime, data)
    except RuleError as err:
        raise service_error(err) from None


def perilaku_values(data: LegacyInput) -> dict[str, Decimal]:
    """`scoring.archive.perilaku_values`; InputError when an aspect is refused."""
    try:
        return archive.perilaku_values(data)
    except RuleError as err:
        raise service_error(err) from None
