"""Backups of a PostgreSQL server database (PostgreSQL mode): `pg_dump` in its custom format
(`-Fc`: compressed, restorable table by table), checked by reading its table of contents
back with `pg_restore --list`, then sealed like a file's backup (services.backup). The
program's backups of a server land in this PC's folder for that server."""

from __future__ import annotations

import subprocess
from pathlib import Path

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models.database import current_target
from desktop_app.models.engines import pg_dump

EXTENSION = ".pgdump"


def _tool(name: str) -> str | None:
    return pg_dump.find_tool(name)


def _missing(name: str) -> InputError:
    return InputError(
        N_(
            "backup",
            "{tool} was not found on this computer; install the PostgreSQL client tools to "
            "back up a server database.",
        ),
        "backup",
        tool=name,
    )


def dump(target: Path) -> Path:
    """`pg_dump -Fc` of the open server database into `target` (whole or not at all)."""
    tool = _tool("pg_dump")
    if tool is None:
        raise _missing("pg_dump")
    server = current_target()
    if server is None:
        raise InputError(N_("backup", "No database is open."), "backup")
    try:
        return pg_dump.dump(server, target, tool)
    except pg_dump.DumpError as err:
        raise InputError(
            N_("backup", "The server's backup failed: {reason}"), "backup", reason=str(err)
        ) from None


def problems(path: Path) -> list[str]:
    """Empty when `pg_restore` reads the dump's table of contents and finds our tables."""
    tool = _tool("pg_restore")
    if tool is None:
        return []  # nothing to check with: pg_dump's own exit status stands
    done = subprocess.run(
        [tool, "--list", str(path)], capture_output=True, text=True, timeout=pg_dump.TIMEOUT_S
    )
    if done.returncode != 0:
        return [done.stderr.strip() or "pg_restore could not read the dump"]
    if " TABLE DATA public audit_log " not in done.stdout:
        return ["the dump holds no audit trail: not a Kinerja Luring database"]
    return []
