"""The follow-up forms of the command line's `print` family: `print dialogue --nip N --period
P --out FILE.pdf` (every dialog kinerja / konseling kinerja record of the employee held in the
period, one after the other) and `print pppk-recommendations --period YEAR --out FILE.pdf`
(HR's list per unit of the PPPK contracts in question and their recommendations)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop_app.errors import InputError

AddDb = Callable[[argparse.ArgumentParser], None]
Opener = Callable[[argparse.Namespace], None]

_opener: list[Opener] = []


def add_print_commands(print_sub, add_db: AddDb, opener: Opener) -> None:  # type: ignore[no-untyped-def]
    """Add `dialogue` and `pppk-recommendations` under `print` (`opener` opens --db)."""
    _opener[:] = [opener]
    one = print_sub.add_parser(
        "dialogue", help="dialog kinerja / konseling kinerja records of an employee in a period"
    )
    one.add_argument("--nip", required=True, metavar="NIP")
    one.add_argument("--period", required=True, metavar="PERIOD")
    one.add_argument("--out", required=True, metavar="FILE.pdf")
    add_db(one)
    one.set_defaults(handler=_cmd_dialogue)
    pppk = print_sub.add_parser(
        "pppk-recommendations", help="PPPK contracts and their recommendation, per unit (HR)"
    )
    pppk.add_argument("--period", required=True, metavar="YEAR")
    pppk.add_argument("--out", required=True, metavar="FILE.pdf")
    pppk.add_argument("--unit", metavar="UNIT", help="one unit and its sub-units (default: all)")
    add_db(pppk)
    pppk.set_defaults(handler=_cmd_pppk)


def _out(text: str) -> Path:
    out = Path(text).expanduser().resolve()
    if not out.parent.is_dir():
        raise InputError("the folder of --out does not exist: {path}", path=str(out.parent))
    return out


def _pages(n: int) -> str:
    return f"{n} page{'s' if n != 1 else ''}"


def _cmd_dialogue(args: argparse.Namespace) -> int:
    from desktop_app.services.reports.followup import print_dialogues

    _opener[0](args)
    out = _out(args.out)
    pages = print_dialogues(args.nip, args.period, out)
    print(f"dialogue written: {out} ({_pages(pages)})")
    return 0


def _cmd_pppk(args: argparse.Namespace) -> int:
    from desktop_app.services.reports.followup import build_pppk_recommendations

    text = args.period.strip()
    if not (text.isdigit() and len(text) == 4):
        raise InputError("--period must be a year such as 2026, not {period}", period=args.period)
    _opener[0](args)
    out = _out(args.out)
    pages = build_pppk_recommendations(out, int(text), unit=args.unit)
    print(f"pppk recommendations written: {out} ({_pages(pages)})")
    return 0
