"""Pegawai accounts for every employee without one (or those of one unit), made at once.

Each account gets a random one-time password that must be changed at the first sign-in
(`must_change_password`), and the passwords exist only on the account slips printed in the
same step (printing/account_slips.py): the PDF is written inside the transaction that makes
the accounts, so either both exist or neither does. Only the argon2id hashes are stored; the
audit trail records the new accounts (the hash redacted) under the HR user who made them.

Accounts are local to this office PC and do not travel in sync packages (as every account).
"""

from __future__ import annotations

import datetime as dt
import io
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import InputError
from desktop_app.files import atomic_write
from desktop_app.i18n import N_
from desktop_app.models import Employee, Unit, User
from desktop_app.models.database import write_transaction
from desktop_app.models.register import format_full_name
from desktop_app.scoring.nip import display_nip
from desktop_app.services import auth
from desktop_app.services.accounts.usernames import derive_username
from desktop_app.services.register import units as unit_service
from desktop_app.services.reports.units import find_unit
from desktop_app.services.session import Action, Role, require

Progress = Callable[[int, int], None]
"""progress(done, total); it may raise to cancel (nothing is then written)."""

# no 0/O, 1/l/I: a password copied by hand from paper
_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_LOWER = "abcdefghijkmnpqrstuvwxyz"
_DIGITS = "23456789"


@dataclass(frozen=True)
class StaffMember:
    """An employee without an account, with the user name the rule gives them."""

    employee_id: int
    name: str
    nip: str
    unit: str
    username: str


@dataclass(frozen=True)
class NewAccount:
    """An account just made, with its one-time password (only the slip keeps it)."""

    employee_id: int
    name: str
    nip: str
    unit: str
    username: str
    password: str


def one_time_password() -> str:
    """A random password of three groups of four ("Kp7m-Rt4x-9Wqa"), about 64 bits: always
    strong by auth.password_problems, easy to type from a slip."""
    alphabet = _UPPER + _LOWER + _DIGITS
    while True:
        chars = [secrets.choice(alphabet) for _ in range(12)]
        word = "-".join("".join(chars[i : i + 4]) for i in range(0, 12, 4))
        if (
            any(c in _UPPER for c in chars)
            and any(c in _LOWER for c in chars)
            and any(c in _DIGITS for c in chars)
            and not auth.password_problems(word)
        ):
            return word


def _unit_ids(unit: str | int | None) -> set[int] | None:
    """The unit (by code or id) and those below it; None: every unit."""
    if unit is None or (isinstance(unit, str) and not unit.strip()):
        return None
    unit_id = find_unit(unit.strip() if isinstance(unit, str) else unit)[0]
    return unit_service.descendants(unit_id)


def staff_without_account(unit: str | int | None = None) -> list[StaffMember]:
    """The active employees (of `unit` and its sub-units, by code or id) that no account is linked
    to, in unit and name order, each with the user name they would get."""
    require(Action.CREATE_ACCOUNTS)
    unit_ids = _unit_ids(unit)
    has_account = User.select(User.employee).where(User.employee.is_null(False))
    query = (
        Employee.select(
            Employee.id,
            Employee.front_title,
            Employee.name,
            Employee.back_title,
            Employee.nip,
            Unit.name,
        )
        .join(Unit, on=(Employee.unit == Unit.id))
        .where(
            (Employee.deleted == False)
            & (Employee.active == True)
            & Employee.id.not_in(has_account)
        )
        .order_by(Unit.sort_order, Unit.name, Employee.name, Employee.nip)
    )
    if unit_ids is not None:
        query = query.where(Employee.unit.in_(sorted(unit_ids)))
    taken = {name for (name,) in User.select(User.username).tuples()}
    rows = []
    for employee_id, front, name, back, nip, unit_name in query.tuples():
        username = derive_username(name, nip, taken.__contains__)
        taken.add(username)
        rows.append(
            StaffMember(
                employee_id,
                format_full_name(front, name, back),
                display_nip(nip),
                unit_name,
                username,
            )
        )
    return rows


def create_staff_accounts(
    slips: Path,
    unit: str | int | None = None,
    progress: Progress | None = None,
) -> list[NewAccount]:
    """Make a Pegawai account for every employee without one (of `unit`), each with a
    one-time password, and write their slips to `slips` (PDF, readable by its owner only).
    Returns the accounts made; an empty list when everyone has one (no file is written)."""
    from desktop_app.printing.account_slips import AccountSlip, AccountSlips, build_account_slips
    from desktop_app.services import office
    from desktop_app.services.reports.sources import page_setup

    require(Action.CREATE_ACCOUNTS)
    if not slips.parent.is_dir():
        raise InputError(
            N_("accounts", "The folder {path} does not exist: choose another one."),
            "accounts",
            path=str(slips.parent),
        )
    staff = staff_without_account(unit)
    if not staff:
        return []
    total = len(staff)
    made: list[NewAccount] = []
    hashes: list[str] = []
    for n, member in enumerate(staff):  # hashing (argon2id) before the write transaction
        if progress is not None:
            progress(n, total)
        password = one_time_password()
        hashes.append(auth.hash_one_time_password(password))
        made.append(NewAccount(**{**member.__dict__, "password": password}))
    if progress is not None:
        progress(total, total)
    sheet = AccountSlips(
        office_name=office.require_office().name,
        created=dt.datetime.now(dt.UTC),
        slips=tuple(AccountSlip(a.name, a.nip, a.unit, a.username, a.password) for a in made),
    )
    with write_transaction():
        for account, password_hash in zip(made, hashes, strict=True):
            if User.select().where(User.username == account.username).exists():
                raise InputError(  # another PC of the office made it meanwhile
                    N_("accounts", "User name '{name}' was taken meanwhile: try again."),
                    "accounts",
                    name=account.username,
                )
            User(
                username=account.username,
                full_name=account.name,
                role=Role.EMPLOYEE.value,
                employee=account.employee_id,
                password_hash=password_hash,
                must_change_password=True,
            ).save()
        pdf = io.BytesIO()
        build_account_slips(pdf, sheet, page_setup())
        _write_slips(slips, pdf.getvalue())  # a failure here rolls the accounts back
    return made


def _write_slips(path: Path, data: bytes) -> None:
    try:  # the passwords are on it: readable by its owner only, until printed and deleted
        with atomic_write(path, "wb", permissions=0o600) as out:
            out.write(data)
    except OSError as err:
        raise InputError(
            N_("accounts", "The account slips could not be written to {path}: {reason}"),
            "accounts",
            path=str(path),
            reason=err.strerror or str(err),
        ) from err
