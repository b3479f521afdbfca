"""`main.py users create-accounts [--unit CODE] --slips FILE.pdf`: a Pegawai account for every
employee without one (of one unit and its sub-units), each with a one-time password printed
on the account slips (services/accounts/staff_accounts.py); `--dry-run` lists who would get
which user name and writes nothing."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app.errors import InputError

AddDb = Callable[[argparse.ArgumentParser], None]
Opener = Callable[[argparse.Namespace], None]

_opener: list[Opener] = []


def add_commands(user_sub, add_db: AddDb, opener: Opener) -> None:  # type: ignore[no-untyped-def]
    """Add `create-accounts` under `user` (`opener` opens --db)."""
    _opener[:] = [opener]
    make = user_sub.add_parser(
        "create-accounts",
        help="a Pegawai account for every employee without one, one-time passwords on slips",
    )
    make.add_argument("--unit", metavar="CODE", help="one unit and its sub-units (default: all)")
    make.add_argument("--slips", metavar="FILE.pdf", help="the account slips to print (PDF)")
    make.add_argument(
        "--dry-run", action="store_true", help="list who would get which user name; write nothing"
    )
    add_db(make)
    make.set_defaults(handler=_cmd_create_accounts)


def _cmd_create_accounts(args: argparse.Namespace) -> int:
    from desktop_app.services.accounts import staff_accounts

    _opener[0](args)
    if args.dry_run:
        staff = staff_accounts.staff_without_account(args.unit)
        for member in staff:
            print(f"{member.username}\t{member.nip}\t{member.name}\t{member.unit}")
        print(f"{len(staff)} employee(s) without an account; nothing was written")
        return 0
    if not args.slips:
        raise InputError("--slips FILE.pdf is needed: the one-time passwords exist only there")
    slips = Path(args.slips).expanduser().resolve()
    if slips.suffix.lower() != ".pdf":
        raise InputError("--slips must name a .pdf file, not {name}", name=slips.name)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    made = staff_accounts.create_staff_accounts(slips, args.unit, progress)
    if not made:
        print("every employee already has an account; nothing was written")
        return 0
    print(
        f"{len(made)} account(s) created (role employee, password to change at first sign-in);"
        f" slips: {slips} (print it, hand out the slips, then delete the file)"
    )
    return 0
