"""A throwaway PostgreSQL cluster for the tests and `make pg`: initdb into a folder, a Unix
socket in that folder, no TCP. As root (CI) the server runs as the unprivileged `postgres`
user (initdb refuses root). Run as a script it starts a development cluster and prints its URL.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SERVER_USER = "postgres"


def find_bin_dir() -> Path | None:
    """The folder with initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    return None


class Cluster:
    """One server: `url(dbname)` for a database, `admin(sql)` for a statement as superuser."""

    def __init__(self, folder: Path, bin_dir: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.bin = bin_dir
        self.run_as: list[str] = []
        self.user = pwd.getpwuid(os.getuid()).pw_name
        if os.getuid() == 0:
            self.run_as = ["runuser", "-u", SERVER_USER, "--"]
            self.user = SERVER_USER

    def _run(self, *args: str) -> None:
        subprocess.run([*self.run_as, *args], check=True, capture_output=True, text=True)

    def start(self) -> Cluster:
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.getuid() == 0:
            entry = pwd.getpwnam(SERVER_USER)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self.folder.chmod(0o755)
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", self.user, "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.folder}' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60 -c shared_buffers=32MB"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-t", "60",
            "-l", str(self.folder / "server.log"), "start",
        )  # fmt: skip
        return self

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run(
                [*self.run_as, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                 "-w", "stop"],
                capture_output=True,
            )  # fmt: skip

    def url(self, dbname: str) -> str:
        return f"postgresql://{self.user}@/{dbname}?host={self.folder}"

    def admin(self, sql: str) -> None:
        """Run `sql` (CREATE / DROP DATABASE) outside a transaction, as the superuser."""
        import psycopg2

        con = psycopg2.connect(dbname="postgres", user=self.user, host=str(self.folder))
        try:
            con.autocommit = True
            con.cursor().execute(sql)
        finally:
            con.close()


def main() -> int:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        print(
            "PostgreSQL is not installed (no initdb): apt-get install postgresql", file=sys.stderr
        )
        return 1
    folder = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="kinerja-pg-"))
    )
    cluster = Cluster(folder, bin_dir).start()
    cluster.admin('CREATE DATABASE "kinerja"')
    print(f"PostgreSQL runs in {folder} (socket only, no network)")
    print(f"  python main.py --db '{cluster.url('kinerja')}'")
    print(f"  stop: {' '.join(cluster.run_as)} {bin_dir / 'pg_ctl'} -D {cluster.data} stop")
    time.sleep(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
