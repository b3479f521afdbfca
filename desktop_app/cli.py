"""Command-line subcommands (design.md, "Command line"): print what was done, exit 0 on
success, 2 on bad input, 1 on other failure, with the reason on stderr."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app import paths
from desktop_app.errors import FieldErrors, InputError, ServiceError
from desktop_app.models.audit import acting_as
from desktop_app.models.database import (
    NetworkDriveError,
    NotADatabaseError,
    SchemaTooNewError,
    open_database,
)

COMMANDS = (
    "demo",
    "office",
    "user",
    "users",
    "audit",
    "backup",
    "restore",
    "print",
    "export",
    "import-receipt",
    "hq",
    "import",
    "verify-code",
    "employees",
    "period",
    "import-return",
    "daily-log",
    "db",
)
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
    _add_backup_key_options(init, required=False)
    _add_db(init)
    init.set_defaults(handler=_cmd_office_init)
    backup_key = office_sub.add_parser(
        "backup-key",
        help="create the key backups are sealed with (passphrase asked twice on a terminal, "
        "else one line on stdin) and write its recovery sheet; --show prints its fingerprint",
    )
    _add_backup_key_options(backup_key, required=False)
    backup_key.add_argument("--show", action="store_true", help="print the key's fingerprint")
    _add_db(backup_key)
    backup_key.set_defaults(handler=_cmd_office_backup_key)
    key = office_sub.add_parser("key", help="print the office public key and its fingerprint")
    _add_db(key)
    key.set_defaults(handler=_cmd_office_key)

    user = sub.add_parser("user", aliases=["users"], help="local accounts")
    user_sub = user.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    add = user_sub.add_parser(
        "add", help="add an account; password asked twice on a terminal, else one line on stdin"
    )
    add.add_argument("--username", required=True)
    add.add_argument(
        "--role", required=True, choices=("admin", "hr", "supervisor", "viewer", "employee")
    )
    add.add_argument(
        "--employee", metavar="NIP", help="the employee a supervisor or employee account is"
    )
    add.add_argument("--name", default="", help="full name shown in the program")
    _add_db(add)
    add.set_defaults(handler=_cmd_user_add)
    from desktop_app import cli_accounts

    cli_accounts.add_commands(user_sub, _add_db, _open)

    audit = sub.add_parser("audit", help="the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True, parser_class=_Parser)
    verify = audit_sub.add_parser("verify", help="check the audit chain")
    _add_db(verify)
    verify.set_defaults(handler=_cmd_audit_verify)
    code = sub.add_parser("verify-code", help="check a printed form's verification code")
    code.add_argument("code", metavar="CODE")
    _add_db(code)
    code.set_defaults(handler=_cmd_verify_code)

    backup = sub.add_parser("backup", help="consistent copy while the app may be open")
    backup.add_argument("--out", required=True, metavar="FILE")
    _add_db(backup)
    backup.set_defaults(handler=_cmd_backup)

    restore = sub.add_parser("restore", help="replace the database by a backup (new database_id)")
    restore.add_argument("file", metavar="FILE")
    _add_db(restore)
    restore.set_defaults(handler=_cmd_restore)

    printing = sub.add_parser("print", help="the official forms as PDF")
    print_sub = printing.add_subparsers(dest="print_command", required=True, parser_class=_Parser)
    for form, text in (
        ("skp", "SKP with its Lampiran (PERIOD: the year)"),
        ("evaluation", "Evaluasi Kinerja Pegawai of a period"),
        ("document", "Dokumen Evaluasi Kinerja Pegawai of a period"),
        ("idp", "IDP: rencana pengembangan kompetensi pegawai (PERIOD: the year)"),
    ):
        one = print_sub.add_parser(form, help=text)
        one.add_argument("--nip", required=True, metavar="NIP")
        one.add_argument("--period", required=True, metavar="PERIOD")
        one.add_argument("--out", required=True, metavar="FILE.pdf")
        if form == "skp":  # several SKPs in a year after a transfer (docs/multiple_skp.md)
            one.add_argument(
                "--skp-month",
                type=int,
                metavar="M",
                help="with several SKPs in the year (a transfer or promotion): the SKP in "
                "force in month M (1-12); default: the SKP in force at the end of the year",
            )
        _add_db(one)
        one.set_defaults(handler=_cmd_print, form=form)
    batch = print_sub.add_parser("batch", help="one form for every employee of a unit")
    batch.add_argument("--unit", required=True, metavar="UNIT")
    batch.add_argument("--period", required=True, metavar="PERIOD")
    batch.add_argument("--out", required=True, metavar="DIR")
    batch.add_argument("--merged", action="store_true", help="one PDF instead of one per employee")
    batch.add_argument(
        "--form",
        choices=("document", "evaluation", "skp", "idp"),
        default="document",
        help="default: document",
    )
    _add_db(batch)
    batch.set_defaults(handler=_cmd_print_batch)
    recap = print_sub.add_parser("recap", help="a recap per unit for HR (landscape)")
    recap.add_argument(
        "--kind",
        required=True,
        choices=("distribution", "progress", "jp"),
        help="predikat distribution of a period, SKP progress or JP of a year",
    )
    recap.add_argument("--period", required=True, metavar="PERIOD")
    recap.add_argument("--out", required=True, metavar="FILE.pdf")
    recap.add_argument("--unit", metavar="UNIT", help="one unit and its sub-units (default: all)")
    _add_db(recap)
    recap.set_defaults(handler=_cmd_print_recap)
    from desktop_app import cli_followup

    cli_followup.add_print_commands(print_sub, _add_db, _open)
    from desktop_app import cli_sync

    cli_sync.add_commands(sub, _add_db, _open)
    from desktop_app import cli_employees

    cli_employees.add_commands(sub, _add_db, _open)
    from desktop_app import cli_periods

    cli_periods.add_commands(sub, _add_db, _open)
    from desktop_app import cli_daily_log

    cli_daily_log.add_commands(sub, _add_db, _open)
    from desktop_app import cli_db

    cli_db.add_commands(sub)
    return parser


# The commands that make a new database; every other one needs an existing database, so a
# mistyped --db is refused instead of silently becoming a new empty office.
CREATING = frozenset({("demo", None), ("office", "init"), ("hq", "init")})


def _may_create(args: argparse.Namespace) -> bool:
    command = args.command
    sub = getattr(args, f"{command}_command", None) if command in ("office", "hq") else None
    return (command, sub) in CREATING


def require_existing_database(path: Path) -> None:
    """Refuse a database path that names no database (nothing is created or written)."""
    if not path.exists():
        raise InputError(
            "there is no database at {path}; check the --db path (only 'office init', "
            "'hq init' and 'demo' make a new database)",
            path=str(path),
        )
    if not path.is_file():
        raise InputError("{path} is a folder, not a database file", path=str(path))
    if path.stat().st_size == 0:
        raise InputError(
            "{path} is empty (0 bytes): it holds no database; restore a backup into it with "
            "'restore FILE --db {path}'",
            path=str(path),
        )


def _open(args: argparse.Namespace) -> None:
    from desktop_app.models.engines import is_url

    url = args.db or os.environ.get("KINERJA_DB")
    if is_url(url):  # a PostgreSQL server (README "Many PCs, one office")
        open_database(url)
        return
    path = paths.resolve_db_path(args.db)
    if not _may_create(args):
        require_existing_database(path)
    result = open_database(path)
    if result.upgraded_from is not None:
        print(
            f"database upgraded from schema {result.upgraded_from} to {result.schema_version}; "
            f"backup: {result.backup}"
        )


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.demo import generator as demo

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


def _add_backup_key_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--backup-sheet",
        metavar="FILE.pdf",
        required=required,
        help="create the backup key and write its recovery sheet (print it, keep it in the safe)",
    )
    parser.add_argument("--hint", default="", help="a hint to the backup passphrase (not it)")


def _cmd_office_init(args: argparse.Namespace) -> int:
    from desktop_app.services import office

    _open(args)
    if args.backup_sheet:
        _out_file(argparse.Namespace(out=args.backup_sheet))
    info = office.init_office(args.code, args.name)
    print(f"office {info.code} ({info.name}) created")
    print(f"fingerprint: {info.fingerprint_grouped}")
    if args.backup_sheet:
        return _create_backup_key(args.backup_sheet, args.hint)
    print(
        "warning: no backup key yet; backups are written unsealed until you run "
        "'office backup-key --backup-sheet FILE.pdf'",
        file=sys.stderr,
    )
    return 0


def _cmd_office_backup_key(args: argparse.Namespace) -> int:
    from desktop_app.services import backup_seal, office

    _open(args)
    office.require_office()
    recipient = backup_seal.recipient()
    if args.show or not args.backup_sheet:
        if recipient is None:
            print("this office has no backup key: backups are written unsealed")
            return 1
        print(f"backup key fingerprint: {backup_seal.fingerprint(recipient)}")
        print(f"passphrase hint: {backup_seal.hint() or '-'}")
        return 0
    _out_file(argparse.Namespace(out=args.backup_sheet))
    return _create_backup_key(args.backup_sheet, args.hint)


def _create_backup_key(sheet: str, hint: str) -> int:
    from desktop_app.services import backup_seal

    passphrase = _read_password("Backup passphrase: ", "Repeat backup passphrase: ")
    key = backup_seal.create_backup_key(passphrase, hint)
    path = backup_seal.write_recovery_sheet(key, paths_arg(sheet))
    print(f"backup key created, fingerprint: {key.fingerprint}")
    print(
        f"recovery sheet written to {path}: print it, keep it in the office safe apart from "
        "the backups, then delete the file (it holds the recovery key)"
    )
    return 0


def _cmd_office_key(args: argparse.Namespace) -> int:
    from desktop_app.services import office

    _open(args)
    info = office.require_office()
    print(info.public_key.strip())
    print(f"fingerprint: {info.fingerprint_grouped}")
    return 0


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def _read_password(prompt: str = "Password: ", again: str | None = "Repeat password: ") -> str:
    import getpass

    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if again is not None and getpass.getpass(again) != first:
            raise InputError("the two passwords differ; nothing was saved")
        return first
    line = sys.stdin.readline()
    if not line:
        raise InputError("no password on standard input")
    return line.rstrip("\r\n")


def _cmd_user_add(args: argparse.Namespace) -> int:
    from desktop_app.services import auth
    from desktop_app.services.register import employee_queries

    _open(args)
    employee_id = None
    if args.employee:
        employee_id = employee_queries.find_by_nip(args.employee)
        if employee_id is None:
            raise InputError("no employee with NIP {nip} in this database", nip=args.employee)
    password = _read_password()
    try:
        auth.create_user(args.username, password, args.role, employee_id, args.name)
    except FieldErrors as err:
        for field, problem in err.errors.items():
            print(f"error: {field}: {problem}", file=sys.stderr)
        return 2
    print(f"user {args.username.strip().lower()} ({args.role}) added")
    return 0


def _cmd_audit_verify(args: argparse.Namespace) -> int:
    from desktop_app.services import audit_verify

    _open(args)
    result = audit_verify.check()
    if not result.ok:
        for line in audit_verify.report_lines(result):
            print(line, file=sys.stderr)
        return 1
    print(audit_verify.summary_line(result))
    return 0


def _cmd_verify_code(args: argparse.Namespace) -> int:
    """Exit 0: the form matches the database; 1: it does not (changed since printing or not
    issued here); the reason on stderr."""
    from desktop_app.services import verification

    _open(args)
    verdict = verification.check(args.code)
    kind = verification.KIND_WORDS.get(verdict.kind, "")
    what = f"{kind} {verdict.record_id} ({verdict.period}) of {verdict.employee}"
    if verdict.outcome is verification.Outcome.VALID:
        print(f"valid: {what} is as printed")
        return 0
    if verdict.outcome is verification.Outcome.CHANGED:
        print(
            f"record changed since printing: {what} (the paper no longer matches)", file=sys.stderr
        )
        return 1
    print("not valid: this office issued no form with this code", file=sys.stderr)
    return 1


def _cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.services import backup

    _open(args)
    out = paths_arg(args.out)
    if not out.is_dir() and not out.parent.is_dir():
        raise InputError("the folder of --out does not exist: {path}", path=str(out.parent))
    result = backup.write_backup(out)
    print(
        f"backup written{' and sealed' if result.sealed else ''}: {result.path} "
        f"({result.size / 1e6:.1f} MB; the database: {result.database_size / 1e6:.1f} MB)"
    )
    if result.warning:
        print(f"warning: {result.warning}", file=sys.stderr)
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.services import backup, backup_seal

    source = paths_arg(args.file)
    target = paths.resolve_db_path(args.db)
    passphrase = None
    if backup_seal.is_sealed(source):
        passphrase = _read_password("Backup passphrase (or recovery key): ", None)
    safety = backup.restore(source, target, passphrase)
    print(
        f"restored {source} into {target} with a new database_id; "
        f"previous database kept as {safety}"
    )
    return 0


def _out_file(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    out = paths_arg(args.out)
    if not out.parent.is_dir():
        raise InputError("the folder of --out does not exist: {path}", path=str(out.parent))
    return out


def _cmd_print(args: argparse.Namespace) -> int:
    from desktop_app.services.reports import print_one

    _open(args)
    out = _out_file(args)
    pages = print_one(
        args.form, args.nip, args.period, out, skp_month=getattr(args, "skp_month", None)
    )
    print(f"{args.form} written: {out} ({pages} page{'s' if pages != 1 else ''})")
    return 0


def _cmd_print_recap(args: argparse.Namespace) -> int:
    from desktop_app.services.reports import build_recap

    _open(args)
    out = _out_file(args)
    pages = build_recap(out, args.kind, args.period, unit=args.unit)
    print(f"{args.kind} recap written: {out} ({pages} page{'s' if pages != 1 else ''})")
    return 0


def _cmd_print_batch(args: argparse.Namespace) -> int:
    from desktop_app.services.reports import print_batch

    _open(args)
    out = paths_arg(args.out)
    if not out.is_dir():
        raise InputError("--out must be an existing folder, not {path}", path=str(out))
    result = print_batch(args.unit, args.period, out, merged=args.merged, form=args.form)
    for path in result.files:
        print(path)
    print(f"{result.documents} document(s), {result.pages} page(s) written")
    if result.skipped:
        print(f"{len(result.skipped)} employee(s) without a final record were left out")
    return 0


def paths_arg(text: str):  # type: ignore[no-untyped-def]
    from pathlib import Path

    return Path(text).expanduser().resolve()


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """(name, one-line help, parser) of each subcommand of `parser`, in the order added."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            by_parser = {id(action.choices[d]): h for d, h in helps.items() if d in action.choices}
            for name, sub in action.choices.items():  # an alias ("users") has its own line
                found.append((name, helps.get(name) or by_parser.get(id(sub), ""), sub))
    return found


def command_lines(parser: argparse.ArgumentParser | None = None) -> list[tuple[str, str]]:
    """Every command and subcommand ("office init") with its one-line help, in parser order."""
    lines: list[tuple[str, str]] = []

    def walk(node: argparse.ArgumentParser, prefix: str) -> None:
        for name, text, sub in _subcommands(node):
            lines.append((f"{prefix}{name}", " ".join(text.split())))
            walk(sub, f"{prefix}{name} ")

    walk(parser or build_parser(), "")
    return lines


def overview(parser: argparse.ArgumentParser | None = None) -> str:
    """The text of `main.py --help`: how to open the program, then every command, one a line."""
    lines = command_lines(parser)
    width = max(len(name) for name, _text in lines) + 2
    out = [
        "usage: main.py [--db FILE] [--lang {id,en}] [--no-err-windows] [--self-test]",
        "       main.py COMMAND [SUBCOMMAND] [options]",
        "",
        "Without a command, main.py opens the program (Kinerja Luring).",
        "",
        "options:",
        "  --db FILE         database file (default: KINERJA_DB or the data folder)",
        "  --lang {id,en}    interface language (Bahasa Indonesia or English)",
        "  --no-err-windows  log errors without showing dialogs",
        "  --self-test       check this installation in a temporary folder",
        "  --version         show the version and exit",
        "  -h, --help        show this list and exit",
        "",
        "commands (main.py COMMAND --help shows a command's options):",
    ]
    out += [f"  {name.ljust(width)}{text}".rstrip() for name, text in lines]
    return "\n".join(out) + "\n"


def _top_level(argv: list[str]) -> int | None:
    """`--help` and an unknown command answer with the command list; None: go on."""
    if not argv or argv[0] in ("-h", "--help"):
        print(overview(), end="")
        return 0
    if argv[0] not in COMMANDS:
        print(overview(), end="", file=sys.stderr)
        print(f"main.py: error: unknown command '{argv[0]}'", file=sys.stderr)
        return 2
    return None


def run(argv: Sequence[str]) -> int:
    """Run one subcommand; never lets a traceback reach the user (it goes to the log).

    `--help` (or nothing) prints every command; an unknown command prints them too, exit 2."""
    argv = list(argv)
    answered = _top_level(argv)
    if answered is not None:
        return answered
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        with acting_as(f"cli:{_os_user()}"):
            return handler(args)
    except ServiceError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    except (SchemaTooNewError, NotADatabaseError, NetworkDriveError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; nothing half-written was kept", file=sys.stderr)
        return 1
    except Exception as err:
        log.exception("command failed")
        print(f"error: {err} (details in {paths.log_dir() / 'kinerja.log'})", file=sys.stderr)
        return 1
