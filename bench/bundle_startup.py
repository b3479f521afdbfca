"""Cold start of the frozen program (dist/kinerja-luring, `make bundle`) against a bare PySide6
window frozen the same way (bench/bare_window.spec -> dist/bare-window), both on a real X
server (Xvfb, xcb platform plugin), timed from outside the process: from spawning the
executable to its first window being mapped on the screen (`xdotool search --onlyvisible
--pid`). For the program that window is the sign-in dialog on a demo database; the bench then
types the demo administrator's password and also times Enter -> main window shown (argon2id
check + building the main window). `.venv/bin/python main.py` is measured the same way as a
reference (the unfrozen program).

"cold" runs drop the page cache first (`echo 3 > /proc/sys/vm/drop_caches`, root only; skipped
elsewhere), as after a reboot; "warm" runs follow one another. Medians are printed, written to
bench/out/bundle_startup.json and bench/BUNDLE_RESULTS.md. Target: the program's first window
in at most 2x the bare window's time.

    .venv/bin/python -m bench.bundle_startup [--runs 5] [--cold-runs 3] [--employees 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
DIST = ROOT / "dist"
BUNDLE = DIST / "kinerja-luring" / "kinerja-luring"
BARE = DIST / "bare-window" / "bare-window"
TARGET = 2.0
ADMIN = ("admin", "Kunci-Utama-2026")  # the demo office's administrator (services.demo_accounts)


def _xdotool(*args: str, display: str) -> list[str]:
    done = subprocess.run(
        ["xdotool", *args],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.split()


def _visible(pid: int, display: str) -> list[str]:
    return _xdotool("search", "--onlyvisible", "--pid", str(pid), display=display)


def _wait_window(proc: subprocess.Popen, display: str, timeout: float, name: str = "") -> str:
    """The id of the first visible window of `proc` (whose title starts with `name`)."""
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(
                f"{proc.args[0]} exited with {proc.returncode} before its window: {err}"
            )
        for window in _visible(proc.pid, display):
            if not name or _xdotool("getwindowname", window, display=display)[:1] == [name]:
                return window
        time.sleep(0.005)
    raise RuntimeError(f"no window from {proc.args[0]} within {timeout} s")


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def one_start(cmd: list[str], env: dict[str, str], display: str, sign_in: bool) -> dict:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        window = _wait_window(proc, display, 60)
        result = {"first_window_s": time.perf_counter() - started}
        if sign_in:
            _xdotool("windowfocus", "--sync", window, display=display)
            _xdotool("type", "--delay", "1", ADMIN[0], display=display)
            _xdotool("key", "Tab", display=display)
            _xdotool("type", "--delay", "1", ADMIN[1], display=display)
            entered = time.perf_counter()
            _xdotool("key", "Return", display=display)
            _wait_window(proc, display, 60, name="Kinerja")
            result["sign_in_to_main_window_s"] = time.perf_counter() - entered
        return result
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def ensure_bare_window() -> None:
    spec = ROOT / "bench" / "bare_window.spec"
    sources = [spec, ROOT / "bench" / "bare_window_app.py"]
    if BARE.exists() and BARE.stat().st_mtime > max(p.stat().st_mtime for p in sources):
        return
    subprocess.run(
        [
            *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"),
            *("--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(spec)),
        ],
        cwd=ROOT,
        check=True,
    )


def ensure_database(employees: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"bundle_startup_{employees}.db"
    if not path.exists():
        subprocess.run(
            [sys.executable, "main.py", "demo", "--employees", str(employees), "--db", str(path)],
            cwd=ROOT,
            env=dict(os.environ, KINERJA_DATA_DIR=str(OUT / "bundle-data")),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return path


def start_xvfb() -> tuple[subprocess.Popen | None, str]:
    if os.environ.get("BENCH_DISPLAY"):
        return None, os.environ["BENCH_DISPLAY"]
    for n in range(90, 110):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            display = f":{n}"
            proc = subprocess.Popen(
                ["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp", "-noreset"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(100):
                if Path(f"/tmp/.X11-unix/X{n}").exists():
                    return proc, display
                time.sleep(0.05)
            proc.terminate()
    raise RuntimeError("could not start Xvfb")


def size_mib(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return round(sum(p.stat().st_size for p in files) / 2**20, 1)


def _median(rows: list[dict], key: str) -> float | None:
    values = [r[key] for r in rows if key in r]
    return round(statistics.median(values) * 1000, 1) if values else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="cold start of the bundle vs a bare window")
    parser.add_argument("--runs", type=int, default=5, help="warm runs of each (default 5)")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold runs of each (default 3)")
    parser.add_argument("--employees", type=int, default=300)
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"{tool} is needed (apt-get install xvfb xdotool)", file=sys.stderr)
            return 1
    if not BUNDLE.exists():
        print(f"{BUNDLE} is missing: run 'make bundle' first", file=sys.stderr)
        return 1
    ensure_bare_window()
    db = ensure_database(args.employees)
    load_before = os.getloadavg()[0]
    xvfb, display = start_xvfb()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "KINERJA_DB")} | {
        "DISPLAY": display,
        "KINERJA_DATA_DIR": str(OUT / "bundle-data"),
        "XDG_CONFIG_HOME": str(OUT / "bundle-config"),  # QSettings of these runs
    }
    programs = {
        "bare window (frozen)": ([str(BARE)], False),
        "Kinerja Luring (frozen)": ([str(BUNDLE), "--db", str(db)], True),
        "Kinerja Luring (python main.py)": ([sys.executable, "main.py", "--db", str(db)], True),
    }
    results: dict[str, dict[str, list[dict]]] = {
        name: {"cold": [], "warm": []} for name in programs
    }
    cold_ok = True
    try:
        for _ in range(args.cold_runs):
            for name, (cmd, sign_in) in programs.items():
                if not drop_caches():
                    cold_ok = False
                    break
                results[name]["cold"].append(one_start(cmd, env, display, sign_in))
            if not cold_ok:
                break
        for cmd, sign_in in programs.values():
            one_start(cmd, env, display, sign_in)  # warm-up
        for _ in range(args.runs):
            for name, (cmd, sign_in) in programs.items():
                results[name]["warm"].append(one_start(cmd, env, display, sign_in))
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    summary = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.platform()}, {os.cpu_count()} cores",
        "employees": args.employees,
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "sizes_mib": {"bundle": size_mib(BUNDLE.parent), "bare window": size_mib(BARE.parent)},
        "medians_ms": {
            name: {
                kind: {
                    "first_window": _median(rows, "first_window_s"),
                    "sign_in_to_main_window": _median(rows, "sign_in_to_main_window_s"),
                    "runs": len(rows),
                }
                for kind, rows in by_kind.items()
            }
            for name, by_kind in results.items()
        },
        "raw": results,
    }
    (OUT / "bundle_startup.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    text = report(summary, cold_ok)
    (ROOT / "bench" / "BUNDLE_RESULTS.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


def report(summary: dict, cold_ok: bool) -> str:
    med = summary["medians_ms"]
    bare, ours = med["bare window (frozen)"], med["Kinerja Luring (frozen)"]
    lines = [
        "# Start-up of the frozen program (bench/bundle_startup.py)",
        "",
        f"{summary['date']} on {summary['machine']}; demo office of {summary['employees']} "
        "employees; Xvfb, xcb platform; ms from spawning the executable to its first window "
        "mapped (medians). Target: the program's first window in <= "
        f"{TARGET:g}x the bare window's.",
        "",
        "| program | cold: first window | warm: first window | warm: Enter -> main window |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, kinds in med.items():
        cold = kinds["cold"]["first_window"] if cold_ok else None
        lines.append(
            f"| {name} | {cold if cold is not None else '-'} | {kinds['warm']['first_window']} | "
            f"{kinds['warm']['sign_in_to_main_window'] or '-'} |"
        )
    lines.append("")
    for kind in ("cold", "warm") if cold_ok else ("warm",):
        ratio = ours[kind]["first_window"] / bare[kind]["first_window"]
        verdict = "meets" if ratio <= TARGET else "MISSES"
        lines.append(f"- {kind}: {ratio:.2f}x the bare window ({verdict} the {TARGET:g}x target)")
    before, after = summary["load_average"]
    lines.append(
        f"- load average (1 min) {before} before, {after} after: other work on the machine "
        "slows both sides and spreads the runs (raw runs in bench/out/bundle_startup.json)"
    )
    sizes = summary["sizes_mib"]
    lines.append(
        f"- size on disk: program {sizes['bundle']} MiB, bare PySide6 window {sizes['bare window']}"
        " MiB (Linux one-folder bundles)"
    )
    if not cold_ok:
        lines.append("- cold runs skipped: dropping the page cache needs root")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
