"""Backups of a PostgreSQL server database (PostgreSQL mode): `pg_dump` in its custom format
(`-Fc`: compressed, restorable table by table), checked by reading its table of contents
back with `pg_restore --list`, then sealed like a file's backup (services.backup). The
program's backups of a server land in this PC's folder for that server."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

from desktop_app.errors import InputError
from desktop_app.files import atomic_path
from desktop_app.i18n import N_
from desktop_app.models.database import current_target

EXTENSION = ".pgdump"
TIMEOUT_S = 3600


def _tool(name: str) -> str | None:
    """pg_dump / pg_restore: on PATH, else the newest one PostgreSQL's packages installed."""
    found = shutil.which(name)
    if found:
        return found
    patterns = ("/usr/lib/postgresql/*/bin", r"C:\Program Files\PostgreSQL\*\bin")
    for pattern in patterns:
        for folder in sorted(glob.glob(pattern), reverse=True):
            for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
                if candidate.exists():
                    return str(candidate)
    return None


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


def _environment() -> tuple[list[str], dict[str, str]]:
    """The connection options of the open server database (the password in the environment,
    never on the command line)."""
    target = current_target()
    if target is None:
        raise InputError(N_("backup", "No database is open."), "backup")
    args = ["--dbname", target.dbname]
    if target.host:
        args += ["--host", target.host]
    if target.port:
        args += ["--port", str(target.port)]
    if target.user:
        args += ["--username", target.user]
    env = dict(os.environ)
    if target.password:
        env["PGPASSWORD"] = target.password
    if not target.host.startswith("/"):
        env.setdefault("PGSSLMODE", target.sslmode)
    return args, env


def dump(target: Path) -> Path:
    """`pg_dump -Fc` of the open server database into `target` (whole or not at all)."""
    tool = _tool("pg_dump")
    if tool is None:
        raise _missing("pg_dump")
    args, env = _environment()
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target) as part:
        done = subprocess.run(
            [tool, "--format=custom", "--no-password", "--file", str(part), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
        if done.returncode != 0:
            raise InputError(
                N_("backup", "The server's backup failed: {reason}"),
                "backup",
                reason=(done.stderr.strip().splitlines() or ["?"])[-1],
            )
    return target


def problems(path: Path) -> list[str]:
    """Empty when `pg_restore` reads the dump's table of contents and finds our tables."""
    tool = _tool("pg_restore")
    if tool is None:
        return []  # nothing to check with: pg_dump's own exit status stands
    done = subprocess.run(
        [tool, "--list", str(path)], capture_output=True, text=True, timeout=TIMEOUT_S
    )
    if done.returncode != 0:
        return [done.stderr.strip() or "pg_restore could not read the dump"]
    if " TABLE DATA public audit_log " not in done.stdout:
        return ["the dump holds no audit trail: not a Kinerja Luring database"]
    return []
