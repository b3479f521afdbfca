"""Accounts: argon2id password hashes, lockout after five failures, change and reset.

No password is ever stored or logged in clear; the audit trail redacts even the hash.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from desktop_app.errors import FieldErrors, InputError, NotFoundError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import Employee, User, utcnow
from desktop_app.models.database import write_transaction
from desktop_app.services.session import Action, Role, Session, require

MAX_FAILURES = 5
LOCK_MINUTES = 5
MIN_LENGTH = 10
USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{2,39}$")

_hasher = PasswordHasher()


def configure_hasher(time_cost: int = 3, memory_cost: int = 65536, parallelism: int = 4) -> None:
    """Tests use cheap parameters; production keeps argon2-cffi's argon2id defaults."""
    global _hasher
    _hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism)


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: str
    employee_id: int | None
    employee_name: str
    active: bool
    locked_until: dt.datetime | None


class SignInError(ServiceError):
    exit_code = 2


def password_problems(password: str, username: str = "") -> list[ServiceError]:
    """What makes a password too weak, each as a translatable message (empty = strong)."""
    problems: list[ServiceError] = []
    if len(password) < MIN_LENGTH:
        problems.append(InputError(N_("auth", "at least {n} characters"), "auth", n=MIN_LENGTH))
    if not re.search(r"[A-Za-z]", password) or not re.search(r"\d", password):
        problems.append(InputError(N_("auth", "both letters and digits"), "auth"))
    if password.lower() == password or password.upper() == password:
        problems.append(InputError(N_("auth", "upper- and lower-case letters"), "auth"))
    if username and username.lower() in password.lower():
        problems.append(InputError(N_("auth", "not containing the user name"), "auth"))
    return problems


def _check_strong(password: str, username: str, field: str = "password") -> None:
    problems = password_problems(password, username)
    if problems:
        raise FieldErrors(
            {
                field: InputError(
                    N_("auth", "The password is too weak. It needs: {needs}."),
                    "auth",
                    needs=problems,
                )
            }
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


# A one-time password is random (about 64 bits, services/accounts) and changed at the first
# sign-in, so it needs no memory-hard cost against guessing: the cheap parameters let HR make
# thousands of accounts in seconds instead of an hour. The first sign-in re-hashes it with the
# full parameters (authenticate: check_needs_rehash) before the user chooses their own.
_one_time_hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)


def hash_one_time_password(password: str) -> str:
    """The hash of a random one-time password (see _one_time_hasher)."""
    return _one_time_hasher.hash(password)


def has_users() -> bool:
    return User.select().exists()


def create_user(
    username: str,
    password: str,
    role: str,
    employee_id: int | None = None,
    full_name: str = "",
    *,
    must_change: bool = False,
) -> int:
    """Add an account (admin only, or the first admin of a new office)."""
    if has_users():
        require(Action.MANAGE_USERS)
    username = username.strip().lower()
    errors: dict[str, ServiceError] = {}
    if not USERNAME_RE.match(username):
        errors["username"] = InputError(
            N_(
                "auth",
                "User name '{name}' is not valid: 3 to 40 lower-case letters, digits, "
                "'.', '-' or '_', starting with a letter.",
            ),
            "auth",
            name=username,
        )
    elif User.select().where(User.username == username).exists():
        errors["username"] = InputError(
            N_("auth", "User name '{name}' is taken."), "auth", name=username
        )
    try:
        role = Role(role)
    except ValueError:
        errors["role"] = InputError(
            N_(
                "auth",
                "Role '{role}' is not known: use admin, hr, supervisor, viewer or employee.",
            ),
            "auth",
            role=role,
        )
    else:
        if role == Role.SUPERVISOR and employee_id is None:
            errors["employee"] = InputError(
                N_("auth", "A supervisor account must be linked to an employee of the register."),
                "auth",
            )
        elif role == Role.EMPLOYEE and employee_id is None:
            errors["employee"] = InputError(
                N_("auth", "An employee account must be linked to an employee of the register."),
                "auth",
            )
    if (
        employee_id is not None
        and not Employee.select()
        .where((Employee.id == employee_id) & (Employee.deleted == False))
        .exists()
    ):
        errors["employee"] = InputError(N_("auth", "The linked employee does not exist."), "auth")
    problems = password_problems(password, username)
    if problems:
        errors["password"] = InputError(
            N_("auth", "The password is too weak. It needs: {needs}."),
            "auth",
            needs=problems,
        )
    if errors:
        raise FieldErrors(errors)
    with write_transaction():
        user = User(
            username=username,
            full_name=full_name.strip(),
            role=role.value,
            employee=employee_id,
            password_hash=hash_password(password),
            must_change_password=must_change,
        )
        user.save()
        return user.id


def authenticate(username: str, password: str, now: dt.datetime | None = None) -> Session:
    """Check the password; five failures lock the account for five minutes.

    The failure count is committed before the error is raised (a rolled-back count would
    never lock anyone out).
    """
    now = now or utcnow()
    username = username.strip().lower()
    wrong = SignInError(N_("auth", "Wrong user name or password."), "auth")
    failure: SignInError | None = None
    with write_transaction():
        user = User.get_or_none(User.username == username)
        if user is None or not user.active:
            _hasher.hash(password)  # same work either way: do not reveal which names exist
            raise wrong
        if user.locked_until and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise _locked(minutes)
        try:
            _hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            user.failed_attempts += 1
            failure = wrong
            if user.failed_attempts >= MAX_FAILURES:
                user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                user.failed_attempts = 0
                failure = _locked(LOCK_MINUTES)
            user.save()
        else:
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = now
            user.save()
    if failure is not None:
        raise failure
    return Session(user.id, user.username, Role(user.role), user.employee_id, user.full_name)


def must_change_password(username: str) -> bool:
    """True after an admin reset: the user chooses a new password before going on."""
    row = (
        User.select(User.must_change_password)
        .where(User.username == username.strip().lower())
        .tuples()
        .first()
    )
    return bool(row and row[0])


def _locked(minutes: int) -> SignInError:
    return SignInError(
        N_("auth", "Too many wrong passwords: the account is locked for 1 more minute.")
        if minutes == 1
        else N_(
            "auth", "Too many wrong passwords: the account is locked for {minutes} more minutes."
        ),
        "auth",
        minutes=minutes,
    )


def change_password(username: str, old: str, new: str) -> None:
    authenticate(username, old)
    _check_strong(new, username, "new_password")
    with write_transaction():
        user = User.get(User.username == username.strip().lower())
        user.password_hash = hash_password(new)
        user.must_change_password = False
        user.save()


def reset_password(username: str, new: str) -> None:
    """Admin sets a temporary password; the user must change it at the next sign-in."""
    require(Action.MANAGE_USERS)
    _check_strong(new, username)
    with write_transaction():
        user = User.get_or_none(User.username == username.strip().lower())
        if user is None:
            raise NotFoundError(N_("auth", "There is no user '{name}'."), "auth", name=username)
        user.password_hash = hash_password(new)
        user.must_change_password = True
        user.failed_attempts = 0
        user.locked_until = None
        user.save()


def set_user_active(username: str, active: bool) -> None:
    """Deactivate or reactivate an account; the last active administrator stays active (else
    nobody could manage the accounts any more)."""
    require(Action.MANAGE_USERS)
    with write_transaction():
        user = User.get_or_none(User.username == username.strip().lower())
        if user is None:
            raise NotFoundError(N_("auth", "There is no user '{name}'."), "auth", name=username)
        if not active and user.role == Role.ADMIN.value and user.active:
            admins = (
                User.select().where((User.role == Role.ADMIN.value) & (User.active == True)).count()
            )
            if admins <= 1:
                raise InputError(
                    N_(
                        "auth",
                        "{name} is the only active administrator and cannot be deactivated: "
                        "make another administrator first.",
                    ),
                    "auth",
                    name=user.username,
                )
        user.active = active
        user.save()


def list_users() -> list[UserRow]:
    require(Action.MANAGE_USERS)
    rows = []
    for u in User.select().order_by(User.username):
        emp = u.employee
        rows.append(
            UserRow(
                u.id,
                u.username,
                u.full_name,
                u.role,
                u.employee_id,
                emp.full_name if emp else "",
                u.active,
                u.locked_until,
            )
        )
    return rows
