"""The states of an evaluation and of the monitoring list, with the words the screens show
for them: one place so the workflow, the monitoring and the exports agree."""

from __future__ import annotations

from desktop_app.errors import InputError
from desktop_app.i18n import N_

DRAFT, FINAL = "DRAFT", "FINAL"
OBJECTION, EXPLANATION, DECISION = "OBJECTION", "EXPLANATION", "DECISION"
STATUS_LABELS = {
    DRAFT: N_("evaluations", "Draft"),
    FINAL: N_("evaluations", "Final"),
    OBJECTION: N_("evaluations", "Objection (keberatan)"),
    EXPLANATION: N_("evaluations", "Explanation of the appraiser"),
    DECISION: N_("evaluations", "Decision of the appraiser's superior"),
}
OBJECTION_DAYS = 14

# monitoring states, in the order of the work still to do
NO_PLAN = "NO_PLAN"  # no approved SKP for the year: nothing can be evaluated yet
NO_EVALUATION = "NO_EVALUATION"
NO_REALISATION = "NO_REALISATION"  # some indicator has no realisasi
NOT_RATED = "NOT_RATED"  # realisasi complete, a rating missing
RATED = "RATED"  # both ratings given, not final yet
FINALISED = "FINAL"

MONITORING_LABELS = {
    NO_PLAN: N_("evaluations", "No approved SKP"),
    NO_EVALUATION: N_("evaluations", "Not started"),
    NO_REALISATION: N_("evaluations", "Achievement missing"),
    NOT_RATED: N_("evaluations", "Not rated"),
    RATED: N_("evaluations", "Rated"),
    FINALISED: N_("evaluations", "Final"),
}


def status_word(status: str) -> InputError:
    """A status as a message parameter: the GUI translates it like any nested message."""
    return InputError(STATUS_LABELS.get(status, status), "evaluations")
