"""Accounts for all staff at once: user names by the documented rule, one-time passwords that
must be changed at the first sign-in, the account slips read back, all or nothing; the CLI."""

from __future__ import annotations

import stat

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from desktop_app import cli
from desktop_app.errors import InputError
from desktop_app.models import AuditEntry, User
from desktop_app.services import auth, session
from desktop_app.services.accounts import staff_accounts
from desktop_app.services.accounts.usernames import base_username, derive_username
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.session import AccessDenied

PASSWORD = "Rahasia-Kantor-2026"


@pytest.fixture
def staff(office):
    dinas = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    seksi = unit_service.save_unit(
        unit_service.UnitInput("SKS1", "Seksi Gizi", "SEKSI", parent_id=dinas)
    )
    other = unit_service.save_unit(unit_service.UnitInput("PKM1", "Puskesmas Satu", "PUSKESMAS"))
    ids = {
        "kabid": employees.save_employee(
            EmployeeInput("197001012000031001", "Hendra Siregar", "IV/a", dinas)
        ),
        "siti": employees.save_employee(
            EmployeeInput("199001152015032002", "Siti Nur'aini", "III/a", seksi)
        ),
        "siti2": employees.save_employee(
            EmployeeInput("199203152015032004", "Siti Nuraini", "III/a", seksi)
        ),
        "budi": employees.save_employee(
            EmployeeInput("198609262015051001", "Budi", "III/b", other)
        ),
    }
    auth.create_user("admin", PASSWORD, "admin")
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    auth.create_user("hrd", PASSWORD, "hr")
    auth.create_user("kabid", PASSWORD, "supervisor", ids["kabid"])  # has an account already
    session.sign_in_as(None)
    return ids


def _as(username: str) -> None:
    session.sign_in_as(auth.authenticate(username, PASSWORD))


def test_user_name_rule_by_hand():
    taken: set[str] = set()
    assert base_username("Siti Nur'aini") == "siti.nuraini"
    assert derive_username("Siti Nur'aini", "199001152015032002", taken.__contains__) == (
        "siti.nuraini"
    )
    taken.add("siti.nuraini")
    assert derive_username("Siti Nuraini", "199203152015032004", taken.__contains__) == (
        "siti.nuraini.2004"
    )
    taken.add("siti.nuraini.2004")
    assert derive_username("Siti  Nuraini", "199203152015032004", taken.__contains__) == (
        "siti.nuraini.2004-2"
    )
    assert derive_username("Ni Ketut Ayu Dewi", "1", taken.__contains__) == "ni.dewi"
    assert derive_username("Oz", "198609262015051001", taken.__contains__) == "oz.1001"
    assert derive_username("Çağlar Ömer", "x", taken.__contains__) == "caglar.omer"
    assert derive_username("'.-", "198609262015051001", taken.__contains__) == "pegawai"
    long = derive_username("A" * 30 + " " + "B" * 30, "198609262015051001", lambda n: n == "")
    assert long == "a" * 30 + "." + "b" * 9 and len(long) == 40
    longer = derive_username("A" * 30 + " " + "B" * 30, "198609262015051001", {long}.__contains__)
    assert longer.endswith(".1001") and len(longer) == 40


@given(
    names=st.lists(st.text(min_size=0, max_size=60), min_size=1, max_size=12),
    nip=st.text(alphabet="0123456789 ", max_size=20),
)
def test_derived_user_names_are_valid_and_unique(names, nip):
    taken: set[str] = set()
    for name in names:
        username = derive_username(name, nip, taken.__contains__)
        assert auth.USERNAME_RE.match(username), username
        assert username not in taken
        taken.add(username)


def test_one_time_passwords_are_strong_and_random():
    passwords = {staff_accounts.one_time_password() for _ in range(200)}
    assert len(passwords) == 200
    assert all(auth.password_problems(p) == [] for p in passwords)
    assert not any(c in "".join(passwords) for c in "0O1lI")


def test_hr_makes_accounts_for_one_unit_and_prints_the_slips(staff, tmp_path):
    _as("hrd")
    preview = staff_accounts.staff_without_account("dinkes")
    assert [m.username for m in preview] == ["siti.nuraini", "siti.nuraini.2004"]
    slips = tmp_path / "slips.pdf"
    made = staff_accounts.create_staff_accounts(slips, "DINKES")  # the seksi below it too
    assert [(a.name, a.username) for a in made] == [
        ("Siti Nur'aini", "siti.nuraini"),
        ("Siti Nuraini", "siti.nuraini.2004"),
    ]
    assert stat.S_IMODE(slips.stat().st_mode) & 0o077 == 0  # passwords: owner only
    text = "\n".join(page.extract_text() for page in PdfReader(slips).pages)
    for account in made:
        assert account.username in text and account.password in text
        assert account.nip in text  # "19900115 201503 2 002"
    assert "Kata sandi sekali" in text and "Cara masuk" in text
    rows = {u.username: u for u in User.select().where(User.role == "employee")}
    assert set(rows) == {"siti.nuraini", "siti.nuraini.2004"}
    assert all(u.must_change_password for u in rows.values())
    assert rows["siti.nuraini"].employee_id == staff["siti"]
    assert (
        AuditEntry.select()
        .where((AuditEntry.entity == "app_user") & (AuditEntry.actor == "hrd"))
        .count()
        == 2
    )
    assert all(made[0].password not in e.changes for e in AuditEntry.select())
    session.sign_in_as(None)
    signed = auth.authenticate("siti.nuraini", made[0].password)
    assert (signed.role, signed.employee_id) == (session.Role.EMPLOYEE, staff["siti"])
    assert auth.must_change_password("siti.nuraini")
    auth.change_password("siti.nuraini", made[0].password, "Milik-Siti-2026")
    assert not auth.must_change_password("siti.nuraini")


def test_a_second_run_makes_only_the_missing_ones(staff, tmp_path):
    first = staff_accounts.create_staff_accounts(tmp_path / "a.pdf", "DINKES")
    assert len(first) == 2
    again = staff_accounts.create_staff_accounts(tmp_path / "b.pdf", "DINKES")
    assert again == [] and not (tmp_path / "b.pdf").exists()
    rest = staff_accounts.create_staff_accounts(tmp_path / "c.pdf")
    assert [a.username for a in rest] == ["budi"]


def test_slips_that_cannot_be_written_leave_no_account(staff, tmp_path, monkeypatch):
    def fail(path, data):
        raise InputError("The account slips could not be written to {path}: disk full", path=path)

    monkeypatch.setattr(staff_accounts, "_write_slips", fail)
    before = User.select().count()
    with pytest.raises(InputError):
        staff_accounts.create_staff_accounts(tmp_path / "slips.pdf")
    assert User.select().count() == before
    with pytest.raises(InputError):
        staff_accounts.create_staff_accounts(tmp_path / "missing-folder" / "slips.pdf")
    assert User.select().count() == before


@pytest.mark.parametrize(("user", "may"), [("admin", True), ("hrd", True), ("kabid", False)])
def test_who_may_make_staff_accounts(staff, tmp_path, user, may):
    _as(user)
    if may:
        assert len(staff_accounts.create_staff_accounts(tmp_path / "s.pdf", "PKM1")) == 1
    else:
        with pytest.raises(AccessDenied):
            staff_accounts.create_staff_accounts(tmp_path / "s.pdf", "PKM1")
        with pytest.raises(AccessDenied):
            staff_accounts.staff_without_account()


def test_cli_creates_accounts_and_refuses_bad_input(staff, db_path, tmp_path, capsys):
    db = ["--db", str(db_path)]
    assert cli.run(["users", "create-accounts", "--unit", "NOPE", "--slips", "x.pdf", *db]) == 2
    assert "No unit with code NOPE" in capsys.readouterr().err
    assert cli.run(["users", "create-accounts", *db]) == 2
    assert "--slips" in capsys.readouterr().err
    assert cli.run(["users", "create-accounts", "--dry-run", "--unit", "PKM1", *db]) == 0
    assert "budi\t19860926 201505 1 001\tBudi" in capsys.readouterr().out
    assert User.select().where(User.username == "budi").count() == 0
    slips = tmp_path / "slips.pdf"
    assert cli.run(["users", "create-accounts", "--unit", "PKM1", "--slips", str(slips), *db]) == 0
    assert "1 account(s) created" in capsys.readouterr().out
    assert "budi" in PdfReader(slips).pages[0].extract_text()
    assert cli.run(["user", "create-accounts", "--slips", str(tmp_path / "all.pdf"), *db]) == 0
    assert User.select().where(User.role == "employee").count() == 3
