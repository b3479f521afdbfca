"""Command-line subcommands (design.md, "Command line"): print what was done, exit 0 on
success, 2 on bad input, 1 on other failure, with the reason on stderr."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from desktop_app import paths
from desktop_app.models.database import NotADatabaseError, SchemaTooNewError, open_database
from desktop_app.services.errors import InputError, ServiceError

COMMANDS = ("demo", "office")
log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on bad usage, as the contract says
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="database file (default: KINERJA_DB or the data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="main.py", description="Kinerja Luring batch commands")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    demo = sub.add_parser("demo", help="fill an empty database with realistic office data")
    demo.add_argument("--employees", type=int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--if-empty", action="store_true", help="do nothing (exit 0) when data already exists"
    )
    _add_db(demo)
    demo.set_defaults(handler=_cmd_demo)

    office = sub.add_parser("office", help="this database's office identity")
    office_sub = office.add_subparsers(dest="office_command", required=True, parser_class=_Parser)
    init = office_sub.add_parser("init", help="make this database an office (key made here)")
    init.add_argument("--code", required=True)
    init.add_argument("--name", required=True)
    _add_db(init)
    init.set_defaults(handler=_cmd_office_init)
    key = office_sub.add_parser("key", help="print the office public key and its fingerprint")
    _add_db(key)
    key.set_defaults(handler=_cmd_office_key)
    return parser


def _open(args: argparse.Namespace) -> None:
    path = paths.resolve_db_path(args.db)
    result = open_database(path)
    if result.upgraded_from is not None:
        print(
            f"database upgraded from schema {result.upgraded_from} to {result.schema_version}; "
            f"backup: {result.backup}"
        )


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.services import demo

    if args.employees < 1:
        raise InputError("--employees must be at least 1, got {n}", n=args.employees)
    _open(args)
    if args.if_empty and not demo.is_empty():
        print("the database already holds data; demo left it unchanged")
        return 0

    def progress(done: int, total: int, text: str) -> bool:
        return True

    result = demo.generate_demo(args.employees, seed=args.seed, progress=progress)
    print(result.summary())
    return 0


def _cmd_office_init(args: argparse.Namespace) -> int:
    from desktop_app.services import office

    _open(args)
    info = office.init_office(args.code, args.name)
    print(f"office {info.code} ({info.name}) created")
    print(f"fingerprint: {info.fingerprint_grouped}")
    return 0


def _cmd_office_key(args: argparse.Namespace) -> int:
    from desktop_app.services import office

    _open(args)
    info = office.require_office()
    print(info.public_key.strip())
    print(f"fingerprint: {info.fingerprint_grouped}")
    return 0


def run(argv: Sequence[str]) -> int:
    """Run one subcommand; never lets a traceback reach the user (it goes to the log)."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except ServiceError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    except (SchemaTooNewError, NotADatabaseError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; nothing half-written was kept", file=sys.stderr)
        return 1
    except Exception as err:
        log.exception("command failed")
        print(f"error: {err} (details in {paths.log_dir() / 'kinerja.log'})", file=sys.stderr)
        return 1
