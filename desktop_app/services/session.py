"""Who is signed in, and what each role may do (authorisation lives here, not in buttons).

Roles (issue: sign-in and roles): `admin` (users, settings, everything), `hr` (register,
periods, printing, export/import; sees everything; cannot rate), `supervisor` (linked to an
employee; edits the plans and evaluations of the employees they appraise; their own read-only),
`viewer` (read-only). With nobody signed in the caller is the trusted local system (CLI, tests,
background jobs started by a signed-in user carry that user's session).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.errors import ServiceError
from desktop_app.i18n import N_
from desktop_app.models.audit import set_default_actor


class Role(StrEnum):
    ADMIN = "admin"
    HR = "hr"
    SUPERVISOR = "supervisor"
    VIEWER = "viewer"
    EMPLOYEE = "employee"  # Pegawai: one's own record only (issue: the employee's own seat)


ROLE_LABELS = {
    Role.ADMIN: N_("roles", "Administrator"),
    Role.HR: N_("roles", "HR staff"),
    Role.SUPERVISOR: N_("roles", "Supervisor (pejabat penilai)"),
    Role.VIEWER: N_("roles", "Viewer (read-only)"),
    Role.EMPLOYEE: N_("roles", "Employee (pegawai, own records only)"),
}


class Action(StrEnum):
    """What a user may try; checked by the services before they read or write."""

    MANAGE_USERS = "manage_users"
    WRITE_SETTINGS = "write_settings"
    WRITE_REGISTER = "write_register"
    WRITE_PERIODS = "write_periods"
    PRINT = "print"
    SYNC = "sync"
    READ_ALL = "read_all"
    READ_APPRAISAL = "read_appraisal"  # an employee's SKP/evaluation/plan
    WRITE_APPRAISAL = "write_appraisal"  # rate, approve, write feedback
    READ_AUDIT = "read_audit"
    BACKUP = "backup"  # a copy of everything, signing key and password hashes included
    WRITE_PLAN = "write_plan"  # draft and submit an SKP
    APPROVE_PLAN = "approve_plan"  # approve, return or re-open an SKP (the pejabat penilai)
    CREATE_ACCOUNTS = "create_accounts"  # Pegawai accounts for the staff at once (admin, HR)
    WRITE_DAILY_LOG = "write_daily_log"  # Progres Harian and rencana aksi: one's own, or staff's
    REVIEW_DAILY_LOG = "review_daily_log"  # comment on entries, agree rencana aksi (penilai)


_GRANTS: dict[Role, frozenset[Action]] = {
    Role.ADMIN: frozenset(Action),
    Role.HR: frozenset(Action)
    - {
        Action.MANAGE_USERS,
        Action.WRITE_SETTINGS,
        Action.WRITE_APPRAISAL,
        Action.BACKUP,
        Action.APPROVE_PLAN,
        Action.WRITE_DAILY_LOG,  # HR reads the daily log (READ_ALL), never writes it
        Action.REVIEW_DAILY_LOG,
    },
    Role.SUPERVISOR: frozenset(
        {
            Action.READ_APPRAISAL,
            Action.WRITE_APPRAISAL,
            Action.WRITE_PLAN,
            Action.APPROVE_PLAN,
            Action.WRITE_DAILY_LOG,
            Action.REVIEW_DAILY_LOG,
        }
    ),
    Role.VIEWER: frozenset({Action.READ_ALL, Action.READ_APPRAISAL}),
    Role.EMPLOYEE: frozenset({Action.READ_APPRAISAL, Action.WRITE_PLAN, Action.WRITE_DAILY_LOG}),
}


_SCOPED = frozenset(
    {
        Action.READ_APPRAISAL,
        Action.WRITE_APPRAISAL,
        Action.WRITE_PLAN,
        Action.APPROVE_PLAN,
        Action.WRITE_DAILY_LOG,
        Action.REVIEW_DAILY_LOG,
    }
)  # a supervisor may do these only for the employees they appraise


@dataclass(frozen=True)
class Session:
    user_id: int
    username: str
    role: Role
    employee_id: int | None = None
    full_name: str = ""


class AccessDenied(ServiceError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__(
            N_(
                "session",
                "Your account is not allowed to do this. Ask the administrator if you need it.",
            ),
            "session",
        )


# at the central office the offices' data is read, never written (it comes in packages)
CENTRAL_READ_ONLY = frozenset(
    {
        Action.WRITE_REGISTER,
        Action.WRITE_PERIODS,
        Action.WRITE_PLAN,
        Action.APPROVE_PLAN,
        Action.WRITE_APPRAISAL,
        Action.WRITE_DAILY_LOG,
        Action.REVIEW_DAILY_LOG,
    }
)


class _Current:
    session: Session | None = None
    central: bool = False  # the program runs as the central office (Kantor Pusat)
    office_filter: str | None = None  # central office: show one office's data only


_current = _Current()


def current() -> Session | None:
    return _current.session


def sign_in_as(session: Session | None) -> None:
    """Install (or clear) the signed-in user; audit entries then name them."""
    _current.session = session
    set_default_actor(lambda: session.username if session else "system")


def set_central(central: bool) -> None:
    """Run as the central office: the offices' data becomes read-only in every screen."""
    _current.central = central
    if not central:
        _current.office_filter = None


def is_central() -> bool:
    return _current.central


def set_office_filter(code: str | None) -> None:
    """Central office: limit every list to one office (None: all offices)."""
    _current.office_filter = code or None


def office_filter() -> str | None:
    return _current.office_filter


def allowed(action: Action, employee_id: int | None = None, *, appraiser_of=None) -> bool:
    """May the signed-in user do `action` (on `employee_id`, for appraisal actions)?

    `appraiser_of(employee_id) -> int | None` gives the employee's pejabat penilai; a supervisor
    reads and writes the appraisals of those they appraise, reads their own, and as atasan
    pejabat penilai reads those their staff appraise.
    """
    if _current.central and action in CENTRAL_READ_ONLY:
        return False
    session = _current.session
    if session is None:
        return True
    if action not in _GRANTS[session.role]:
        return False
    if session.role == Role.EMPLOYEE:
        # a Pegawai reaches their own record and nobody else's
        return session.employee_id is not None and employee_id == session.employee_id
    if session.role != Role.SUPERVISOR or action not in _SCOPED:
        return True
    if employee_id is None or session.employee_id is None:
        return False
    if action == Action.READ_APPRAISAL and employee_id == session.employee_id:
        return True
    if appraiser_of is None:
        return False
    appraiser = appraiser_of(employee_id)
    if appraiser == session.employee_id:
        return True
    # the atasan pejabat penilai reads (and decides keberatan on) their staff's staff
    return (
        action == Action.READ_APPRAISAL
        and appraiser is not None
        and appraiser_of(appraiser) == session.employee_id
    )


def granted(action: Action) -> bool:
    """Does the signed-in user's role hold `action` for anyone at all (a supervisor's
    appraisal actions count, though they reach only their own staff)?"""
    if _current.central and action in CENTRAL_READ_ONLY:
        return False
    session = _current.session
    return session is None or action in _GRANTS[session.role]


def require(action: Action, employee_id: int | None = None, *, appraiser_of=None) -> None:
    if not allowed(action, employee_id, appraiser_of=appraiser_of):
        raise AccessDenied()


def roles_with(action: Action) -> list[Role]:
    """The roles that hold `action` (for saying who may do what a user may not)."""
    return [role for role in Role if action in _GRANTS[role]]
