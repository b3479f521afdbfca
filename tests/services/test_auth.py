"""Accounts: hashing, strength, lockout, change/reset, and role checks in the services."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop_app.errors import FieldErrors
from desktop_app.models import utcnow
from desktop_app.services import auth
from desktop_app.services.register import units
from desktop_app.services.session import AccessDenied, Action, Role, Session, allowed, sign_in_as

STRONG = "Rahasia2026x"


def test_password_stored_only_as_argon2id(db_path, office):
    auth.create_user("admin", STRONG, "admin")
    raw = db_path.read_bytes() + (
        db_path.with_name(db_path.name + "-wal").read_bytes()
        if db_path.with_name(db_path.name + "-wal").exists()
        else b""
    )
    assert STRONG.encode() not in raw
    con = sqlite3.connect(db_path)
    (stored,) = con.execute("SELECT password_hash FROM app_user").fetchone()
    assert stored.startswith("$argon2id$")
    (changes,) = con.execute("SELECT changes FROM audit_log WHERE entity = 'app_user'").fetchone()
    assert "argon2" not in changes and "***" in changes


@pytest.mark.parametrize(
    "weak", ["short1A", "alllowercase123", "NoDigitsHereAtAll", "admin2026Xyz"]
)
def test_weak_passwords_refused_with_reason(office, weak):
    with pytest.raises(FieldErrors) as info:
        auth.create_user("admin", weak, "admin")
    assert "password" in info.value.errors


def test_five_failures_lock_for_five_minutes(office):
    auth.create_user("admin", STRONG, "admin")
    now = utcnow()
    for _ in range(4):
        with pytest.raises(auth.SignInError, match="Wrong"):
            auth.authenticate("admin", "nope", now=now)
    with pytest.raises(auth.SignInError, match="locked"):
        auth.authenticate("admin", "nope", now=now)
    with pytest.raises(auth.SignInError, match="locked"):
        auth.authenticate("admin", STRONG, now=now + dt.timedelta(minutes=4))
    session = auth.authenticate("admin", STRONG, now=now + dt.timedelta(minutes=6))
    assert session.role == Role.ADMIN


def test_change_and_reset_password(office):
    auth.create_user("admin", STRONG, "admin")
    auth.create_user("hr1", STRONG + "a", "hr")
    auth.change_password("hr1", STRONG + "a", "BaruSekali99")
    assert auth.authenticate("hr1", "BaruSekali99").username == "hr1"
    sign_in_as(auth.authenticate("admin", STRONG))
    auth.reset_password("hr1", "Sementara123")
    assert auth.list_users()[1].username == "hr1"
    sign_in_as(None)
    assert auth.authenticate("hr1", "Sementara123")


def test_only_admin_manages_users_after_the_first(office):
    auth.create_user("admin", STRONG, "admin")
    sign_in_as(Session(2, "hr1", Role.HR))
    with pytest.raises(AccessDenied):
        auth.create_user("other", STRONG, "viewer")


@pytest.mark.parametrize(
    ("role", "may_write"),
    [(Role.ADMIN, True), (Role.HR, True), (Role.SUPERVISOR, False), (Role.VIEWER, False)],
)
def test_register_writes_checked_in_the_service(office, role, may_write):
    sign_in_as(Session(1, "u", role, employee_id=7))
    if may_write:
        units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
        assert len(units.list_units()) == 1
    else:
        with pytest.raises(AccessDenied):
            units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
        assert units.list_units() == []


APPRAISER = {10: 7, 11: 7, 20: 8, 7: 3}  # employee -> pejabat penilai


@pytest.mark.parametrize(
    ("role", "action", "employee", "expected"),
    [
        (Role.SUPERVISOR, Action.WRITE_APPRAISAL, 10, True),  # own subordinate
        (Role.SUPERVISOR, Action.READ_APPRAISAL, 10, True),
        (Role.SUPERVISOR, Action.WRITE_APPRAISAL, 20, False),  # another supervisor's staff
        (Role.SUPERVISOR, Action.READ_APPRAISAL, 20, False),
        (Role.SUPERVISOR, Action.READ_APPRAISAL, 7, True),  # own, read-only
        (Role.SUPERVISOR, Action.WRITE_APPRAISAL, 7, False),
        (Role.SUPERVISOR, Action.WRITE_REGISTER, None, False),
        (Role.HR, Action.READ_APPRAISAL, 20, True),
        (Role.HR, Action.WRITE_APPRAISAL, 10, False),  # hr cannot rate
        (Role.VIEWER, Action.WRITE_APPRAISAL, 10, False),
        (Role.VIEWER, Action.READ_APPRAISAL, 20, True),
        (Role.ADMIN, Action.WRITE_APPRAISAL, 20, True),
        (Role.ADMIN, Action.MANAGE_USERS, None, True),
        (Role.HR, Action.MANAGE_USERS, None, False),
    ],
)
def test_role_matrix(role, action, employee, expected):
    sign_in_as(Session(1, "u", role, employee_id=7))
    assert allowed(action, employee, appraiser_of=APPRAISER.get) is expected
