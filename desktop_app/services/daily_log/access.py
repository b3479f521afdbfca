"""Who may do what with the daily log and the rencana aksi (the role × action matrix of
`services/session.py`): a Pegawai writes their own, a supervisor writes and reviews those of
the staff they appraise and writes their own, HR reads all, the administrator does all."""

from __future__ import annotations

from desktop_app.services import session
from desktop_app.services.session import AccessDenied, Action
from desktop_app.services.skp import plans


def _own(employee_id: int) -> bool:
    current = session.current()
    return (
        current is not None
        and current.employee_id == employee_id
        and session.granted(Action.WRITE_DAILY_LOG)
    )


def may_write(employee_id: int) -> bool:
    """Write entries and propose rencana aksi for this employee."""
    return _own(employee_id) or session.allowed(
        Action.WRITE_DAILY_LOG, employee_id, appraiser_of=plans.appraiser_of
    )


def may_review(employee_id: int) -> bool:
    """Comment on entries and agree rencana aksi: the pejabat penilai (never of oneself)."""
    current = session.current()
    if current is not None and current.employee_id == employee_id:
        return current.role.value == "admin"
    return session.allowed(Action.REVIEW_DAILY_LOG, employee_id, appraiser_of=plans.appraiser_of)


def may_read(employee_id: int) -> bool:
    return session.allowed(Action.READ_APPRAISAL, employee_id, appraiser_of=plans.appraiser_of)


def require_write(employee_id: int) -> None:
    if not may_write(employee_id):
        raise AccessDenied()


def require_review(employee_id: int) -> None:
    if not may_review(employee_id):
        raise AccessDenied()


def require_read(employee_id: int) -> None:
    if not may_read(employee_id):
        raise AccessDenied()
