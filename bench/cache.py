"""Inputs of the benchmark built once and reused while the code that builds them is unchanged.

A cached input (a demo office, the printing office, the sync packages) is named by a content
hash: the SHA-256 of the source files that make it (the demo generator, the models and
migrations, the services it calls) and of its parameters. Change any of them and the next run
builds it again; otherwise the run reuses it (bench/out/cache/). A build writes to a `.part`
name first, so an interrupted build is never mistaken for a finished one.

Sizes come from environment variables (BENCH_SIZES, BENCH_SYNC_PACKAGES, ...), with the
smaller default set of `make bench`; `make bench-full` sets the large ones (BENCH_FULL=1).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / "out" / "cache"
FULL = os.environ.get("BENCH_FULL") == "1"
BUILT: list[str] = []  # the inputs this run had to build (the results file names them)

# The sources whose change makes every cached input stale: what writes the demo and its rows.
SOURCES = (
    "desktop_app/demo",
    "desktop_app/models",
    "desktop_app/migrations",
    "desktop_app/services",
    "desktop_app/sync",
    "desktop_app/scoring",
)


def sizes() -> list[int]:
    """Office sizes of the growth table: 1,000 / 5,000 / 20,000 by default, 50,000 in full."""
    default = "1000,5000,50000" if FULL else "1000,5000,20000"
    return [int(n) for n in os.environ.get("BENCH_SIZES", default).split(",")]


def sync_packages() -> int:
    """Packages of the sync import: 5 by default (about 750,000 records), 100 in full."""
    return int(os.environ.get("BENCH_SYNC_PACKAGES", "100" if FULL else "5"))


def mode() -> str:
    """What the results file says was run."""
    return "`make bench-full` (large sizes)" if FULL else "`make bench` (default sizes)"


def source_hash(*parameters: object) -> str:
    """16 hex digits of SHA-256 over SOURCES' Python files (path and content) and parameters."""
    digest = hashlib.sha256(repr(parameters).encode())
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cached(name: str, build: Callable[[Path], None], *parameters: object) -> Path:
    """The cached file or folder `name-<hash>`; built by `build(part_path)` when missing.
    Older builds of the same name are removed."""
    CACHE.mkdir(parents=True, exist_ok=True)
    key = source_hash(name, *parameters)
    target = CACHE / f"{name}-{key}"
    if target.exists() and not target.name.endswith(".part"):
        return target
    for stale in CACHE.glob(f"{name}-*"):
        if stale.is_dir():
            shutil.rmtree(stale)
        else:
            stale.unlink()
    part = CACHE / f"{name}-{key}.part"
    build(part)
    part.rename(target)
    BUILT.append(name)
    return target


def demo_office(size: int, seed: int = 1) -> Path:
    """A demo office of `size` employees (`main.py demo`), cached by content hash."""

    def build(part: Path) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{part}{suffix}").unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, "main.py", "demo", "--employees", str(size), "--seed", str(seed),
             "--db", str(part)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
            env=dict(os.environ, KINERJA_DATA_DIR=str(CACHE / "data")),
        )  # fmt: skip
        checkpoint(part)

    return cached(f"register_{size}_seed{seed}.db", build)


def checkpoint(path: Path) -> None:
    """Fold the WAL into the file, so the cached file stands alone (it is renamed)."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a database (its WAL included) as one standalone file."""
    import sqlite3

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def compile_sources() -> None:
    """Byte-compile the program once before timing it: an installed program (the bundle)
    ships compiled, and with PYTHONDONTWRITEBYTECODE set (as on this machine) every timed
    start would otherwise compile some 150 modules again (a third of the start-up)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", "desktop_app", "bench"],
        cwd=ROOT,
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
