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

from bench import cache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
SIZES = cache.sizes()
RUNS = 3
STARTED = time.perf_counter()
LOAD_AT_START = os.getloadavg()[0]


def _median(values: list[float]) -> float:
    return statistics.median(values)


def office(size: int) -> Path:
    """The demo office of `size` employees, built once per content hash (bench/cache.py)."""
    return cache.demo_office(size)


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


def register_select(path: Path) -> Path:
    """The SELECT of the register rows exactly as the program sends it (as the administrator
    sees them), written to a file for the fairer start-up floor."""
    from desktop_app.models import db
    from desktop_app.models.database import close_database, open_database
    from desktop_app.services.register import employee_queries

    open_database(path)
    seen: list[tuple[str, list]] = []
    database = db.obj  # the proxy forwards to it
    real = database.execute_sql

    def spy(sql, params=None, *rest, **kw):  # type: ignore[no-untyped-def]
        if 'FROM "employee"' in sql and "ORDER BY" in sql:
            seen.append((sql, list(params or ())))
        return real(sql, params, *rest, **kw)

    database.execute_sql = spy
    try:
        employee_queries.list_employees()
    finally:
        del database.execute_sql
    close_database()
    sql, params = seen[-1]
    target = OUT / f"register_select_{path.stem}.json"
    target.write_text(json.dumps({"sql": sql, "params": params}), encoding="utf-8")
    return target


def startups(path: Path) -> tuple[float, float, float]:
    """Seconds from process start to the painted window: ours (without the typing time), the
    bare window and the fairer floor (bare window + the same open and SELECT), interleaved
    run by run so a loaded machine weighs on all three alike; medians of RUNS."""
    select = register_select(path)
    ours, bare, fair = [], [], []
    for _ in range(RUNS):
        ours.append(_child("bench.startup", "--db", str(path))["startup_s"])
        bare.append(_child("bench.bare_window")["startup_s"])
        fair.append(
            _child("bench.bare_window", "--db", str(path), "--sql-file", str(select))["startup_s"]
        )
    return _median(ours), _median(bare), _median(fair)


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


def size_per_employee(path: Path, employees: int) -> tuple[float, float]:
    """KB per employee-year of the demo office as `demo` wrote it (one appraisal year), and
    the floor: the same file without its audit log (dbstat pages of audit_log*)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        total = con.execute("SELECT SUM(pgsize) FROM dbstat").fetchone()[0]
        audit = con.execute(
            "SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name LIKE 'audit_log%'"
        ).fetchone()[0]
    finally:
        con.close()
    return total / employees / 1000, (total - audit) / employees / 1000


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KINERJA_DATA_DIR", str(OUT / "data"))
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("KinerjaLuringBench")
    app = QApplication.instance() or QApplication([])  # noqa: F841 (widgets need it)
    cache.compile_sources()
    paths = {n: office(n) for n in SIZES}
    small, middle, large = SIZES[0], SIZES[min(1, len(SIZES) - 1)], SIZES[-1]
    measured = {n: startups(paths[n]) for n in SIZES}
    starts = {n: measured[n][0] * 1000 for n in SIZES}
    bare = {n: measured[n][1] * 1000 for n in SIZES}
    fair = {n: measured[n][2] * 1000 for n in SIZES}
    keys = {n: keystroke(paths[n]) for n in SIZES}
    lists = {n: progress_list(paths[n]) for n in SIZES}
    skp = skp_open_save(paths[middle])
    memory = peak_memory(paths[large])
    size = size_per_employee(paths[middle], middle)
    from bench import printing as print_bench
    from bench import sync as sync_bench

    printed = print_bench.measure(paths[middle])
    grown = print_bench.memory_growth()
    few, many = print_bench.MEMORY_SIZES
    synced = sync_bench.reused() or sync_bench.measure()
    n_packages = int(synced["packages"])

    rows = [
        (f"Start-up to the shown window, {middle} employees", starts[middle], bare[middle],
         "<= 1.5x the floor (bare PySide6 window)"),
        (f"Start-up to the shown window, {middle} employees, fairer floor", starts[middle],
         fair[middle], "floor: bare window + the same SQLite open and SELECT of the rows"),
        (f"Start-up to the shown window, {large} employees", starts[large], bare[large],
         "<= 2x the floor (bare PySide6 window)"),
        (f"Start-up to the shown window, {large} employees, fairer floor", starts[large],
         fair[large], "floor: bare window + the same SQLite open and SELECT of the rows"),
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
        (f"Demo database, {middle} employees (KB per employee-year)", size[0], size[1],
         "<= 10 KB; floor: the same file without its audit log"),
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
    built = f"built in this run: {', '.join(cache.BUILT)}" if cache.BUILT else "all reused"
    header = [
        "# Benchmark results",
        "",
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine}. {cache.mode()}: offices "
        f"of {', '.join(f'{n:,}' for n in SIZES)} employees, {n_packages} sync packages (ms "
        f"unless noted; medians of {RUNS}, ours and its floor interleaved in one run). "
        f"Took {(time.perf_counter() - STARTED) / 60:.1f} minutes; cached inputs (bench/out/"
        f"cache/) {built}.",
        "",
    ]
    header += [
        f"The machine was shared (load average {LOAD_AT_START:.1f} at the start, "
        f"{os.getloadavg()[0]:.1f} at the end, on {os.cpu_count()} cores): absolute times are "
        "noisy, the ratios (ours and the floor measured alternately in the same run) less so.",
        "",
    ]
    if note := os.environ.get("BENCH_NOTE"):
        header += [f"Note: {note}", ""]
    notes = ROOT / "bench" / "NOTES.md"  # what the numbers mean, the profiles (by hand)
    text = "\n".join(header + lines) + "\n"
    if notes.exists():
        text += "\n" + notes.read_text(encoding="utf-8")
    print(text)
    (ROOT / "bench" / "RESULTS.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
