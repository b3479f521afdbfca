"""The IDP's statuses and transition table, its workflow kit, the words of its codes, and
the helpers every IDP module shares (who may prepare or agree, the live plan, JP as typed and
stored).

Workflow, like the SKP's: DRAFT -> SUBMITTED (diajukan: the employee agrees) -> AGREED
(disepakati by the pejabat penilai), or back to RETURNED with a reason; an agreed IDP is
locked and re-opening it (AGREED -> RETURNED) needs a reason.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import DevelopmentPlan, DevelopmentStatusChange, Period
from desktop_app.scoring.codes import KLASIKAL, NONKLASIKAL
from desktop_app.scoring.idp import MANAJERIAL, SOSIAL_KULTURAL, TEKNIS
from desktop_app.scoring.workflow import Transition, Workflow
from desktop_app.services import periods
from desktop_app.services.session import Action, allowed, current
from desktop_app.services.skp import plans
from desktop_app.services.workflow import WorkflowKit

DRAFT, SUBMITTED, AGREED, RETURNED = "DRAFT", "SUBMITTED", "AGREED", "RETURNED"
EDITABLE = frozenset({DRAFT, RETURNED})
NO_PLAN = "NONE"
STATUS_LABELS = {
    NO_PLAN: N_("development", "No IDP"),
    DRAFT: N_("development", "Draft"),
    SUBMITTED: N_("development", "Submitted"),
    AGREED: N_("development", "Agreed"),
    RETURNED: N_("development", "Returned"),
}
STATUS_WORDS = {
    NO_PLAN: "Belum ada IDP",
    DRAFT: "Draf",
    SUBMITTED: "Diajukan",
    AGREED: "Disepakati",
    RETURNED: "Dikembalikan",
}  # the Indonesian words of STATUS_LABELS, for exports and documents
PLANNED, DONE, CANCELLED = "PLANNED", "DONE", "CANCELLED"
ACTIVITY_LABELS = {
    PLANNED: N_("development", "Planned"),
    DONE: N_("development", "Done"),
    CANCELLED: N_("development", "Cancelled"),
}
ACTIVITY_WORDS = {PLANNED: "Direncanakan", DONE: "Terlaksana", CANCELLED: "Dibatalkan"}
COMPETENCE_LABELS = {
    TEKNIS: N_("development", "Technical (teknis)"),
    MANAJERIAL: N_("development", "Managerial (manajerial)"),
    SOSIAL_KULTURAL: N_("development", "Socio-cultural (sosial kultural)"),
}
JALUR_LABELS = {
    KLASIKAL: N_("development", "Classroom (klasikal)"),
    NONKLASIKAL: N_("development", "Non-classroom (nonklasikal)"),
}
MAX_TEXT = 4000
MAX_COST = 10**12  # rupiah: a typing slip, not a budget

FLOW = Workflow(
    context="development",
    initial=DRAFT,
    editable=EDITABLE,
    transitions={
        "submit": Transition(
            SUBMITTED,
            EDITABLE,
            N_("development", "Only a draft or returned IDP can be submitted."),
        ),
        "agree": Transition(
            AGREED, frozenset({SUBMITTED}), N_("development", "Only a submitted IDP can be agreed.")
        ),
        "return": Transition(
            RETURNED,
            frozenset({SUBMITTED}),
            N_("development", "Only a submitted IDP can be returned."),
        ),
        "reopen": Transition(
            RETURNED, frozenset({AGREED}), N_("development", "Only an agreed IDP can be re-opened.")
        ),
    },
)
KIT = WorkflowKit(
    FLOW,
    DevelopmentPlan,
    DevelopmentStatusChange,
    STATUS_LABELS,
    gone=N_("development", "The IDP no longer exists."),
    closed=N_("development", "The year is closed: nothing can change."),
    locked=N_(
        "development",
        "This IDP is {status} and locked: it can be changed only after it is returned or "
        "re-opened.",
    ),
    locked_names_status=True,
)
REASON = N_("development", "Give the reason, so the employee knows what to change.")


def error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "development", **params)


def decimal_jp(text: str | None) -> Decimal | None:
    """A stored or typed JP ("2,5", "16") as Decimal; None when empty. InputError if not a
    number or negative."""
    text = (text or "").strip().replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise error(N_("development", "JP '{value}' is not a number."), value=text) from None
    if not value.is_finite() or value < 0:
        raise error(N_("development", "JP '{value}' is not a number."), value=text)
    return value.quantize(Decimal("0.01"))


def jp_text(value: Decimal | None) -> str:
    """How JP is stored: "16", "2.5", "" (no trailing zeros)."""
    if value is None:
        return ""
    text = format(value.quantize(Decimal("0.01")), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def may_prepare(employee_id: int) -> bool:
    """May the signed-in user draft the employee's IDP and record their activities?"""
    signed_in = current()
    if signed_in is not None and signed_in.employee_id == employee_id:
        return True
    return allowed(Action.WRITE_PLAN, employee_id, appraiser_of=plans.appraiser_of)


def require_prepare(employee_id: int) -> None:
    if not may_prepare(employee_id):
        plans.require_for(Action.WRITE_PLAN, employee_id)  # raises AccessDenied


def may_agree(employee_id: int) -> bool:
    return allowed(Action.APPROVE_PLAN, employee_id, appraiser_of=plans.appraiser_of)


def live_plan(plan_id: int) -> DevelopmentPlan:
    return KIT.live(plan_id)


def open_period(year: int) -> Period:
    return periods.year_period(year, writable=True)


def not_closed(period: Period) -> None:
    if period.closed:
        raise error(N_("development", "The year is closed: nothing can change."))


def status_word(status: str) -> InputError:
    """A status as a message parameter: the GUI translates it like any nested message."""
    return KIT.status_word(status)
