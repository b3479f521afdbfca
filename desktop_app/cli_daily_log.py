"""The daily-log commands of the command line (issue 21 point 6):

- `daily-log export --nip NIP --month YYYY-MM --out FILE.xlsx`: the month in the column layout
  the community's e-Kinerja importer reads;
- `daily-log print --nip NIP --month YYYY-MM --out FILE.pdf`: the monthly report (PDF);
- `daily-log recap --unit UNIT --month YYYY-MM --out FILE.pdf`: who filled how many days.

Exit 2 with the reason for an unknown NIP, unit or month, nothing written."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop_app.errors import InputError

AddDb = Callable[[argparse.ArgumentParser], None]
Opener = Callable[[argparse.Namespace], None]

_opener: list[Opener] = []


def add_commands(sub, add_db: AddDb, opener: Opener) -> None:  # type: ignore[no-untyped-def]
    """Add `daily-log export|print|recap` to the main parser (`opener` opens --db)."""
    _opener[:] = [opener]
    log = sub.add_parser("daily-log", help="the daily log (Progres Harian): export, print")
    log_sub = log.add_subparsers(dest="daily_log_command", required=True, parser_class=type(log))
    export = log_sub.add_parser("export", help="an employee's month for e-Kinerja (.xlsx)")
    export.add_argument("--nip", required=True, metavar="NIP")
    export.add_argument("--month", required=True, metavar="YYYY-MM")
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    add_db(export)
    export.set_defaults(handler=_cmd_export)
    one = log_sub.add_parser("print", help="an employee's monthly daily-log report (PDF)")
    one.add_argument("--nip", required=True, metavar="NIP")
    one.add_argument("--month", required=True, metavar="YYYY-MM")
    one.add_argument("--out", required=True, metavar="FILE.pdf")
    add_db(one)
    one.set_defaults(handler=_cmd_print)
    recap = log_sub.add_parser("recap", help="a unit's recap: working days filled per person")
    recap.add_argument("--unit", required=True, metavar="UNIT")
    recap.add_argument("--month", required=True, metavar="YYYY-MM")
    recap.add_argument("--out", required=True, metavar="FILE.pdf")
    add_db(recap)
    recap.set_defaults(handler=_cmd_recap)


def _out(text: str) -> Path:
    out = Path(text).expanduser().resolve()
    if not out.parent.is_dir():
        raise InputError("the folder of --out does not exist: {path}", path=str(out.parent))
    return out


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.services.daily_log import export

    year, month = export.parse_month(args.month)
    _opener[0](args)
    out = _out(args.out)
    count = export.export_by_nip(args.nip, f"{year:04d}-{month:02d}", out)
    print(f"daily log written: {out} ({count} entr{'y' if count == 1 else 'ies'})")
    return 0


def _cmd_print(args: argparse.Namespace) -> int:
    from desktop_app.services.daily_log import export, reports

    year, month = export.parse_month(args.month)
    _opener[0](args)
    out = _out(args.out)
    employee_id = export.employee_by_nip(args.nip)
    pages = reports.print_month(employee_id, year, month, out)
    print(f"daily log report written: {out} ({pages} page{'s' if pages != 1 else ''})")
    return 0


def _cmd_recap(args: argparse.Namespace) -> int:
    from desktop_app.services.daily_log import export, reports
    from desktop_app.services.reports.units import find_unit

    year, month = export.parse_month(args.month)
    _opener[0](args)
    out = _out(args.out)
    unit_id = find_unit(args.unit)[0]
    pages = reports.print_recap(unit_id, year, month, out)
    print(f"daily log recap written: {out} ({pages} page{'s' if pages != 1 else ''})")
    return 0
