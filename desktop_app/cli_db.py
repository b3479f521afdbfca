"""`db copy --from A --to B`: move an office database between a SQLite file and a PostgreSQL
server (either way), checked table by table (models/engines/copy.py)."""

from __future__ import annotations

import argparse

from desktop_app.errors import InputError


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add `db copy` to the main parser's subcommands."""
    db = sub.add_parser("db", help="move the office database between a file and a server")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    copy = db_sub.add_parser(
        "copy", help="copy every record, with ids, versions and audit, into an empty database"
    )
    copy.add_argument("--from", dest="source", required=True, metavar="FILE.db|postgresql://...")
    copy.add_argument("--to", dest="target", required=True, metavar="postgresql://...|FILE.db")
    copy.set_defaults(handler=_cmd_copy)


def _cmd_copy(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop_app.models.engines import is_url
    from desktop_app.models.engines.copy import CopyRefused, copy_database

    source = args.source if is_url(args.source) else Path(args.source).expanduser().resolve()
    target = args.target if is_url(args.target) else Path(args.target).expanduser().resolve()
    if not is_url(source) and not Path(source).is_file():
        raise InputError("there is no database at {path}", path=str(source))
    try:
        checks = copy_database(source, target)
    except CopyRefused as err:
        raise InputError(
            "the copy was refused, nothing was written: {reason}", reason=str(err)
        ) from None
    rows = sum(c.rows for c in checks)
    for check in checks:
        print(f"{check.table:32} {check.rows:>9}  {check.digest[:16]}")
    print(f"copied {rows} rows in {len(checks)} tables; every table's count and digest match")
    return 0
