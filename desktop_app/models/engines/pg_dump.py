"""`pg_dump -Fc` of a server database: the backup before an upgrade (models.database) and the
program's backups in PostgreSQL mode (services.backup_server). The password travels in the
environment, never on the command line."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

from desktop_app.files import atomic_path
from desktop_app.models.engines import ServerTarget

TIMEOUT_S = 3600


class DumpError(RuntimeError):
    """pg_dump failed (its last line says why); nothing was left at the target."""


def find_tool(name: str) -> str | None:
    """pg_dump / pg_restore: on PATH, else the newest one PostgreSQL's packages installed."""
    found = shutil.which(name)
    if found:
        return found
    for pattern in ("/usr/lib/postgresql/*/bin", r"C:\Program Files\PostgreSQL\*\bin"):
        for folder in sorted(glob.glob(pattern), reverse=True):
            for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
                if candidate.exists():
                    return str(candidate)
    return None


def connection_args(target: ServerTarget) -> tuple[list[str], dict[str, str]]:
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


def dump(target: ServerTarget, path: Path, tool: str) -> Path:
    """The custom-format dump of `target` into `path` (whole or not at all)."""
    args, env = connection_args(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as part:
        done = subprocess.run(
            [tool, "--format=custom", "--no-password", "--file", str(part), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
        if done.returncode != 0:
            raise DumpError((done.stderr.strip().splitlines() or ["?"])[-1])
    return path
