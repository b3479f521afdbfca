"""The stages of an appraisal year on the command line (issue 20, Deliver 5): `period list`,
`period deadline --period P --date YYYY-MM-DD` (or `--clear`), `period close --period P` and
`period reopen --period P --reason TEXT`.

P names a stage of an opened year: "2026-Q1" ... "2026-Q4" (or the year's semesters or
months), "2026" the annual evaluation, "2026-SKP" the drafting and approval of the year's
SKP (a deadline only: the SKP closes with the whole year). Every change goes through
`services/period_stages.py`, so it is refused for the same reasons as on the screen and kept
in the audit trail and in the period's history. Exit 2 with the reason for an unknown period,
a bad date, a missing reason or a period closed already.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from desktop_app.errors import InputError

AddDb = Callable[[argparse.ArgumentParser], None]
Opener = Callable[[argparse.Namespace], None]

_opener: list[Opener] = []
SKP_SUFFIX = "-SKP"


def add_commands(sub, add_db: AddDb, opener: Opener) -> None:  # type: ignore[no-untyped-def]
    """Add `period list|deadline|close|reopen` to the main parser (`opener` opens --db)."""
    _opener[:] = [opener]
    period = sub.add_parser(
        "period", help="the stages of an appraisal year: deadlines, closing, re-opening"
    )
    period_sub = period.add_subparsers(
        dest="period_command", required=True, parser_class=type(period)
    )
    listing = period_sub.add_parser(
        "list", help="every stage of the opened years with its deadline and whether it is closed"
    )
    listing.add_argument("--year", type=int, metavar="YEAR", help="one year only")
    add_db(listing)
    listing.set_defaults(handler=_cmd_list)

    deadline = period_sub.add_parser(
        "deadline", help="set the fill-in deadline (batas pengisian) of a stage"
    )
    deadline.add_argument("--period", required=True, metavar="P", help=_PERIOD_HELP)
    when = deadline.add_mutually_exclusive_group(required=True)
    when.add_argument("--date", metavar="YYYY-MM-DD", help="the last day to fill in (inclusive)")
    when.add_argument("--clear", action="store_true", help="remove the stage's deadline")
    add_db(deadline)
    deadline.set_defaults(handler=_cmd_deadline)

    close = period_sub.add_parser(
        "close", help="close an evaluation period: its evaluations can no longer change"
    )
    close.add_argument("--period", required=True, metavar="P", help=_PERIOD_HELP)
    add_db(close)
    close.set_defaults(handler=_cmd_close)

    reopen = period_sub.add_parser(
        "reopen", help="re-open a closed evaluation period, with the reason kept in its history"
    )
    reopen.add_argument("--period", required=True, metavar="P", help=_PERIOD_HELP)
    reopen.add_argument("--reason", required=True, metavar="TEXT", help="why it is re-opened")
    add_db(reopen)
    reopen.set_defaults(handler=_cmd_reopen)


_PERIOD_HELP = "2026-Q1 ... 2026-Q4, 2026 (the annual evaluation) or 2026-SKP"


def parse_stage(text: str) -> tuple[int, str]:
    """(year, stage) of a --period value; refused with the forms it takes."""
    from desktop_app.scoring.period_key import PeriodKey, PeriodKeyError

    value = text.strip().upper()
    if value.endswith(SKP_SUFFIX) and value[: -len(SKP_SUFFIX)].isdigit():
        return int(value[: -len(SKP_SUFFIX)]), "SKP"
    try:
        key = PeriodKey.parse(value)
    except PeriodKeyError:
        raise InputError(
            "--period must be a stage such as 2026-Q1, 2026 or 2026-SKP, not {value!r}",
            value=text,
        ) from None
    return key.year, str(key)


def parse_day(text: str) -> dt.date:
    """A --date value (YYYY-MM-DD), refused with the form it takes."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            "--date must be a day written YYYY-MM-DD, such as 2026-04-15, not {value!r}",
            value=text,
        ) from None


def _stage_text(year: int, stage: str) -> str:
    return f"{year}{SKP_SUFFIX}" if stage == "SKP" else stage


def _cmd_list(args: argparse.Namespace) -> int:
    from desktop_app.services import period_stages, periods

    _opener[0](args)
    years = [row.year for row in periods.list_periods()]
    if args.year is not None:
        if args.year not in years:
            raise InputError("the year {year} has not been opened", year=args.year)
        years = [args.year]
    if not years:
        print("no appraisal year has been opened")
        return 0
    closed_years = {row.year for row in periods.list_periods() if row.closed}
    for year in years:
        state = "closed" if year in closed_years else "open"
        print(f"{year} ({state})")
        for row in period_stages.list_stages(year):
            deadline = row.deadline.isoformat() if row.deadline else "-"
            stage = "closed" if row.closed else "open"
            print(
                f"  {_stage_text(year, row.stage):<10} {row.label:<18} "
                f"{row.first.isoformat()} .. {row.last.isoformat()}  "
                f"deadline {deadline:<10}  {stage}"
            )
    return 0


def _cmd_deadline(args: argparse.Namespace) -> int:
    from desktop_app.services import period_stages

    year, stage = parse_stage(args.period)
    day = None if args.clear else parse_day(args.date)
    _opener[0](args)
    period_stages.set_deadline(year, stage, day)
    name = _stage_text(year, stage)
    if day is None:
        print(f"deadline of {name} removed")
    else:
        print(f"deadline of {name} set to {day.isoformat()}")
    return 0


def _cmd_close(args: argparse.Namespace) -> int:
    from desktop_app.services import period_stages

    year, stage = parse_stage(args.period)
    _opener[0](args)
    period_stages.close_stage(year, stage)
    print(f"{_stage_text(year, stage)} closed")
    return 0


def _cmd_reopen(args: argparse.Namespace) -> int:
    from desktop_app.services import period_stages

    year, stage = parse_stage(args.period)
    _opener[0](args)
    period_stages.reopen_stage(year, stage, args.reason)
    print(f"{_stage_text(year, stage)} re-opened")
    return 0
