"""`make bench`: every promise measured against a floor of the same stack, as one table.

Offices of 1,000, 5,000 and 50,000 employees (BENCH_SIZES) are made with `demo` once and
cached in bench/out/. Each metric is our time, the floor measured in the same run, their ratio
and the target; growth from the smallest to the largest office is printed too. The table goes
to stdout and to bench/RESULTS.md with the machine and the date. Nothing here is asserted:
speed is measured, not tested (tests must not depend on a noisy machine).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "1000,5000,50000").split(",")]
RUNS = 3


def _median(values: list[float]) -> float:
    return statistics.median(values)


def office(size: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"register_{size}.db"
    if not path.exists():
        subprocess.run(
            [sys.executable, "main.py", "demo", "--employees", str(size), "--db", str(path)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return path


def _child(module: str, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KINERJA_DATA_DIR=str(OUT / "data"))
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def startup(path: Path) -> float:
    """Seconds from process start to the painted main window, without the typing time."""
    return _median([_child("bench.startup", "--db", str(path))["startup_s"] for _ in range(RUNS)])


def bare_startup() -> float:
    return _median([_child("bench.bare_window")["startup_s"] for _ in range(RUNS)])


def keystroke(path: Path) -> tuple[float, float]:
    """Median ms per keystroke typing a name in the register, and the floor: the same
    prefixes as a bare SQL LIKE over the employee table."""
    from desktop_app.models.database import open_database
    from desktop_app.services.register import employee_queries
    from desktop_app.views.register.table_model import EmployeeTableModel, RegisterFilter

    open_database(path)
    model = EmployeeTableModel()
    model.set_rows(employee_queries.list_employees())
    word = model.all_rows()[len(model.all_rows()) // 2].plain_name.split()[0]
    ours, floor = [], []
    con = sqlite3.connect(path)
    try:
        for _ in range(RUNS):
            model.set_filter(RegisterFilter())
            for n in range(1, len(word) + 1):
                start = time.perf_counter()
                model.set_filter(RegisterFilter(text=word[:n]))
                ours.append(time.perf_counter() - start)
                start = time.perf_counter()
                con.execute(
                    "SELECT id FROM employee WHERE deleted = 0 AND active = 1 AND name LIKE ?",
                    (f"%{word[:n]}%",),
                ).fetchall()
                floor.append(time.perf_counter() - start)
    finally:
        con.close()
    return _median(ours) * 1000, _median(floor) * 1000


def skp_open_save(path: Path) -> float:
    """ms to open the SKP editor on an SKP with 15 RHK and save one change (a copy of the
    office, so the cached one stays as demo made it)."""
    from desktop_app.models.database import open_database
    from desktop_app.services.skp import plans
    from desktop_app.services.skp.plans import IndicatorInput, PlanInput, ResultInput
    from desktop_app.views.skp.editor import SkpEditor

    copy = OUT / "skp_copy.db"
    for suffix in ("", "-wal", "-shm"):  # a stale WAL beside a fresh copy would corrupt it
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    source, target = sqlite3.connect(path), sqlite3.connect(copy)
    try:
        source.backup(target)  # consistent even when the source has a WAL
    finally:
        source.close()
        target.close()
    open_database(copy)
    year = dt.date.today().year
    row = next(r for r in plans.progress(year) if r.plan_id is None)
    plan_id = plans.create_plan(row.employee_id, year)
    results = [
        ResultInput(
            f"RHK nomor {n}",
            n < 12,
            [
                IndicatorInput("KUANTITAS", f"Jumlah keluaran {n}", "12", "dokumen"),
                IndicatorInput("WAKTU", f"Waktu penyelesaian {n}", "12", "bulan"),
            ],
            parent_text="Sasaran pimpinan",
        )
        for n in range(1, 16)
    ]
    plans.save_plan(plan_id, PlanInput("KUANTITATIF", results))
    times = []
    for n in range(RUNS):
        start = time.perf_counter()
        editor = SkpEditor(plan_id)
        editor.show()
        editor.result_text.setPlainText(f"RHK nomor 1, perubahan {n}")
        editor.save_now()
        times.append(time.perf_counter() - start)
        editor.deleteLater()
    from desktop_app.models.database import close_database

    close_database()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return _median(times) * 1000


def progress_list(path: Path) -> float:
    from desktop_app.models.database import open_database
    from desktop_app.services.skp import plans

    open_database(path)
    year = dt.date.today().year
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        plans.progress(year)
        times.append(time.perf_counter() - start)
    return _median(times) * 1000


def peak_memory(path: Path) -> float:
    return _child("bench.memory", "--db", str(path))["peak_mb"]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KINERJA_DATA_DIR", str(OUT / "data"))
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("KinerjaLuringBench")
    app = QApplication.instance() or QApplication([])  # noqa: F841 (widgets need it)
    paths = {n: office(n) for n in SIZES}
    small, middle, large = SIZES[0], SIZES[min(1, len(SIZES) - 1)], SIZES[-1]
    bare = bare_startup() * 1000
    starts = {n: startup(paths[n]) * 1000 for n in SIZES}
    keys = {n: keystroke(paths[n]) for n in SIZES}
    lists = {n: progress_list(paths[n]) for n in SIZES}
    skp = skp_open_save(paths[middle])
    memory = peak_memory(paths[large])
    from bench import printing as print_bench
    from bench import sync as sync_bench

    printed = print_bench.measure(paths[middle])
    grown = print_bench.memory_growth()
    few, many = print_bench.MEMORY_SIZES
    synced = sync_bench.reused() or sync_bench.measure()
    n_packages = int(synced["packages"])

    rows = [
        (f"Start-up to the shown window, {middle} employees", starts[middle], bare,
         "<= 1.5x the floor (bare PySide6 window)"),
        (f"Register keystroke, {large} employees (median)", keys[large][0], keys[large][1],
         "<= 50 ms; floor: SQL LIKE"),
        ("Open + save an SKP with 15 RHK", skp, None, "<= 100 ms"),
        (f"SKP progress list, {large} employees", lists[large], None, "responsive"),
        (f"Peak memory after every tab, {large} employees (MB)", memory, None, "<= 300 MB"),
        (f"Batch of {printed['documents']:.0f} annual documents (documents/s, merged)",
         printed["ours_per_s"], printed["floor_per_s"],
         ">= 50 documents/s and >= 0.3x the floor's throughput; floor: plain reportlab "
         "tables"),
        (f"Peak memory rise, merged batch of {many} documents (MB)", grown[many]["growth_mb"],
         grown[few]["growth_mb"], f"flat: about the same as the floor ({few} documents)"),
        (f"Export of a {sync_bench.EMPLOYEES}-employee office (s)", synced["export_s"], None,
         "<= 5 s"),
        (f"Import of {n_packages} packages (records/s; measured {synced['measured_at']})",
         synced["rate"], synced["floor_rate"],
         ">= 0.5x the floor's rate; floor: executemany of the same rows"),
        (f"Re-import of the same {n_packages} packages (s)", synced["again_s"],
         synced["import_s"], "<= 0.05x the first import"),
    ]  # fmt: skip
    lines = [
        "| metric | ours | floor | ratio | target |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for name, ours, floor, target in rows:
        ratio = f"{ours / floor:.2f}x" if ours is not None and floor else ""
        lines.append(
            f"| {name} | {'' if ours is None else f'{ours:.1f}'} | "
            f"{'' if floor is None else f'{floor:.1f}'} | {ratio} | {target} |"
        )
    lines += [
        "",
        "Growth (ms) by office size:",
        "",
        "| metric | "
        + " | ".join(f"{n:,}" for n in SIZES)
        + " | growth largest/smallest vs size ratio |",
        "| --- |" + " ---: |" * (len(SIZES) + 1),
    ]
    size_ratio = large / small
    for name, values in (
        ("start-up", starts),
        ("keystroke", {n: keys[n][0] for n in SIZES}),
        ("SKP progress list", lists),
    ):
        growth = values[large] / values[small] if values[small] else 0
        lines.append(
            f"| {name} | "
            + " | ".join(f"{values[n]:.1f}" for n in SIZES)
            + f" | {growth:.1f}x for {size_ratio:.0f}x the staff |"
        )
    machine = f"{platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    header = [
        "# Benchmark results",
        "",
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine}. `make bench` (ms unless "
        "noted; medians of 3).",
        "",
    ]
    text = "\n".join(header + lines) + "\n"
    print(text)
    (ROOT / "bench" / "RESULTS.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
