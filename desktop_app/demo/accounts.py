"""The demo database's sign-in accounts, apart from the (large) demo generator so that the
sign-in dialog can list them without loading it."""

from __future__ import annotations

from typing import NamedTuple

from desktop_app.services import settings

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


def is_demo() -> bool:
    """True when this database was filled by `demo.generate_demo` (the GUI marks it)."""
    return bool(settings.get(SETTING_KEY))


__all__ = ["DEMO_ACCOUNTS", "SETTING_KEY", "DemoAccount", "is_demo"]
