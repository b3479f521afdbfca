"""`make bench`: measure the promises of the register over a large demo office (20,000
employees; 50,000 with `make bench-full`; BENCH_EMPLOYEES sets it).

- demo generation time (`main.py demo`), once per content hash (bench/cache.py);
- cold start-up to the painted main window (fresh process, median of 3);
- loading the register rows, filter latency per keystroke, unit filter and sorting, measured
  on the real RegisterTab (offscreen), median and worst of several runs.
Numbers are printed and written to bench/out/results.json. Nothing here is asserted.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import cache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
EMPLOYEES = int(os.environ.get("BENCH_EMPLOYEES", "50000" if cache.FULL else "20000"))


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def ensure_database() -> tuple[Path, float | None]:
    """The cached demo office (bench/cache.py) and the seconds it took to build (None: reused)."""
    OUT.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    existing = set(cache.CACHE.glob("register_*")) if cache.CACHE.exists() else set()
    path = cache.demo_office(EMPLOYEES)
    return path, None if path in existing else time.perf_counter() - start


def startup(path: Path, runs: int = 3) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KINERJA_DATA_DIR=str(OUT / "data"))
    inside, outside, parts = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "bench.startup", "--db", str(path)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        outside.append(time.perf_counter() - start)
        measured = json.loads(done.stdout.strip().splitlines()[-1])
        inside.append(measured["startup_s"])
        parts.append(measured)
    return {
        "startup_to_window_without_typing_median_ms": _ms(statistics.median(inside)),
        "to_sign_in_dialog_median_ms": _ms(
            statistics.median(p["to_sign_in_dialog_s"] for p in parts)
        ),
        "password_check_median_ms": _ms(statistics.median(p["password_check_s"] for p in parts)),
        "sign_in_to_window_median_ms": _ms(
            statistics.median(p["sign_in_to_window_s"] for p in parts)
        ),
        "startup_process_wall_median_ms": _ms(statistics.median(outside)),
    }


def _timed(fn, repeat: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return _ms(statistics.median(times)), _ms(max(times))


def register(path: Path) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KINERJA_DATA_DIR", str(OUT / "data"))
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app.models.database import open_database
    from desktop_app.services.register import employee_queries
    from desktop_app.views.register.tab import RegisterTab
    from desktop_app.views.register.table_model import EmployeeTableModel, RegisterFilter

    QCoreApplication.setOrganizationName("KinerjaLuringBench")
    app = QApplication.instance() or QApplication([])
    open_database(path)
    results: dict[str, object] = {}
    results["list_employees_ms"] = _timed(employee_queries.list_employees, 3)
    start = time.perf_counter()
    tab = RegisterTab()
    tab.resize(1300, 700)
    tab.show()
    app.processEvents()
    results["register_tab_open_ms"] = _ms(time.perf_counter() - start)
    model: EmployeeTableModel = tab.model
    results["rows"] = model.total
    sample = model.all_rows()[len(model.all_rows()) // 2]

    def typing(text: str):
        def run():
            for n in range(1, len(text) + 1):
                model.set_filter(RegisterFilter(text=text[:n]))
                tab.table.viewport().repaint()

        return run

    word = sample.name.split()[0]
    per_key = {}
    for label, text in (("name", word), ("nip", sample.nip[:12]), ("jabatan", "analis")):
        median, worst = _timed(typing(text))
        per_key[label] = {
            "text": text,
            "keystrokes": len(text),
            "per_keystroke_median_ms": round(median / len(text), 1),
            "whole_word_worst_ms": worst,
        }
    results["filter_typing"] = per_key
    first_unit = tab.unit_filter.itemData(1)

    def unit_filter():
        tab.unit_filter.setCurrentIndex(1)
        app.processEvents()
        tab.unit_filter.setCurrentIndex(0)
        app.processEvents()

    results["unit_filter_on_off_ms"] = _timed(unit_filter) if first_unit is not None else None
    model.set_filter(RegisterFilter())
    sorts = {}
    for column in (model.NAME, model.GRADE, model.UNIT, model.NIP):
        name = model.headerData(column, Qt.Orientation.Horizontal)

        def do_sort(column=column):
            model.sort(column, Qt.SortOrder.DescendingOrder)
            model.sort(column, Qt.SortOrder.AscendingOrder)
            tab.table.viewport().repaint()

        median, worst = _timed(do_sort)
        sorts[name] = {"two_sorts_median_ms": median, "worst_ms": worst}
    results["sort"] = sorts

    from desktop_app.services import periods
    from desktop_app.services.skp import plans
    from desktop_app.views.skp.tab import SkpTab

    year = periods.list_periods()[0].year if periods.list_periods() else None
    if year is not None:
        results["skp_progress_ms"] = _timed(lambda: plans.progress(year), 3)
        start = time.perf_counter()
        skp = SkpTab()
        skp.resize(1300, 700)
        skp.show()
        app.processEvents()
        results["skp_tab_open_ms"] = _ms(time.perf_counter() - start)
        results["skp_states"] = skp.model.counts()
        with_plan = next((r for r in skp.model.all_rows() if r.plan_id), None)
        if with_plan is not None:
            from desktop_app.views.skp.editor import SkpEditor

            def open_editor():
                editor = SkpEditor(with_plan.plan_id)
                editor.show()
                app.processEvents()
                editor.deleteLater()

            results["skp_editor_open_ms"] = _timed(open_editor, 3)
    return results


def main() -> int:
    cache.compile_sources()
    path, generated = ensure_database()
    results: dict[str, object] = {"employees": EMPLOYEES, "database": str(path)}
    if generated is not None:
        results["demo_generation_s"] = round(generated, 1)
    results.update(startup(path))
    results.update(register(path))
    text = json.dumps(results, indent=2, ensure_ascii=False)
    print(text)
    (OUT / "results.json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
