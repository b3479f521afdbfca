"""The demo database's sign-in accounts, apart from the demo generator so that the sign-in
dialog can list them without loading it, and their creation for a freshly written demo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from desktop_app.models import Employee, User
from desktop_app.models.register import format_full_name
from desktop_app.services import auth, settings

if TYPE_CHECKING:
    from desktop_app.demo.blueprint import OfficePlan, Person

SETTING_KEY = "demo"


class DemoAccount(NamedTuple):
    """A sign-in account of the demo database (the sign-in dialog can point newcomers here)."""

    username: str
    role: str
    password: str


# Passwords pass auth.password_problems (none contains its user name). "hr" is too short for
# auth.USERNAME_RE (3 to 40 characters), so the HR account is "hrd", the usual Indonesian word.
DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", "admin", "Kunci-Utama-2026"),
    DemoAccount("hrd", "hr", "Kepegawaian-2026"),
    DemoAccount("supervisor", "supervisor", "Penilai-Kinerja-2026"),
    DemoAccount("viewer", "viewer", "Lihat-Saja-2026"),
)


# Every employee of the supervisor account's unit (and the units below it) has a Pegawai
# account: the user name by the staff-account rule (services/accounts/usernames.py), the same
# demo password for all of them, listed after DEMO_ACCOUNTS by the demo and the sign-in dialog.
EMPLOYEE_PASSWORD = "Pegawai-Demo-2026"
EMPLOYEES_KEY = "demo_employee_accounts"  # Setting: [[username, full name], ...]


def employee_accounts() -> tuple[DemoAccount, ...]:
    """The demo's Pegawai accounts (none in a database that is not a demo)."""
    rows = settings.get(EMPLOYEES_KEY) or []
    return tuple(DemoAccount(str(row[0]), "employee", EMPLOYEE_PASSWORD) for row in rows)


def is_demo() -> bool:
    """True when this database was filled by `demo.generate_demo` (the GUI marks it)."""
    return bool(settings.get(SETTING_KEY))


@dataclass(frozen=True)
class AccountResult:
    """One demo account as `create_accounts` left it (created, or existing and untouched)."""

    username: str
    role: str
    password: str
    created: bool
    employee_name: str = ""


def _supervisor_account_holder(plan: OfficePlan) -> Person:
    """A Kepala Bidang who appraises several people; in a tiny office, the busiest head."""
    count: dict[int, int] = {}
    for person in plan.people:
        if person.appraiser is not None:
            count[id(person.appraiser)] = count.get(id(person.appraiser), 0) + 1

    def score(head: Person) -> tuple[int, int]:
        return (int(head.unit.kind == "BIDANG"), count.get(id(head), 0))

    return max(plan.heads, key=score)


def create_accounts(plan: OfficePlan) -> tuple[AccountResult, ...]:
    """The accounts of DEMO_ACCOUNTS that do not exist yet; the supervisor is a busy head."""
    holder = _supervisor_account_holder(plan)
    holder_id = Employee.select(Employee.id).where(Employee.nip == holder.nip).scalar()
    holder_name = format_full_name(holder.front_title, holder.name, holder.back_title)
    results = []
    for account in DEMO_ACCOUNTS:
        if User.select().where(User.username == account.username).exists():
            results.append(AccountResult(account.username, account.role, account.password, False))
            continue
        is_supervisor = account.role == "supervisor"
        full_name = holder_name if is_supervisor else f"Demo {account.role.upper()}"
        auth.create_user(
            account.username,
            account.password,
            account.role,
            holder_id if is_supervisor else None,
            full_name,
        )
        results.append(
            AccountResult(
                account.username,
                account.role,
                account.password,
                True,
                f"{holder_name}, {holder.position[0]}" if is_supervisor else "",
            )
        )
    return tuple(results)


def _unit_and_below(plan: OfficePlan, top: object) -> set[int]:
    found = {id(top)}
    grew = True
    while grew:
        below = {id(u) for u in plan.units if u.parent is not None and id(u.parent) in found}
        grew = not below <= found
        found |= below
    return found


def create_employee_accounts(plan: OfficePlan) -> tuple[AccountResult, ...]:
    """A Pegawai account for every active employee of the supervisor account's unit and the
    units below it (the supervisor keeps their own account), noted for the sign-in dialog."""
    from desktop_app.services.accounts.usernames import derive_username

    holder = _supervisor_account_holder(plan)
    units = _unit_and_below(plan, holder.unit)
    taken = {name for (name,) in User.select(User.username).tuples()}
    results, listed = [], []
    for person in plan.people:
        if id(person.unit) not in units or person is holder or not person.active:
            continue
        employee_id = Employee.select(Employee.id).where(Employee.nip == person.nip).scalar()
        if employee_id is None or User.select().where(User.employee == employee_id).exists():
            continue
        username = derive_username(person.name, person.nip, taken.__contains__)
        taken.add(username)
        full_name = format_full_name(person.front_title, person.name, person.back_title)
        auth.create_user(username, EMPLOYEE_PASSWORD, "employee", employee_id, full_name)
        results.append(AccountResult(username, "employee", EMPLOYEE_PASSWORD, True, full_name))
        listed.append([username, full_name])
    settings.put(EMPLOYEES_KEY, listed)
    return tuple(results)


__all__ = [
    "DEMO_ACCOUNTS",
    "EMPLOYEE_PASSWORD",
    "SETTING_KEY",
    "AccountResult",
    "DemoAccount",
    "create_accounts",
    "create_employee_accounts",
    "employee_accounts",
    "is_demo",
]
