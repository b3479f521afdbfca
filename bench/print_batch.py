"""Batch printing speed and memory (issue 8): one fresh process per run, so the peak RSS is
that of the batch alone.

    python -m bench.print_batch --db FILE --unit CODE --period 2026 [--merged] [--form document]
        [--limit 1000]

Prints one JSON line: documents, pages, seconds, documents per second, peak RSS in MB (before
and after the batch) and the output size. A two-document batch runs first, so imports, fonts
and caches are in "before". The database needs final evaluations for the period
(`main.py demo --employees 5000` finalises about 1,900 of 2026-Q1); `--limit N` prints exactly N
documents: the first N of the unit's records, repeated when it has fewer.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import resource
import sys
import tempfile
import time
from pathlib import Path


def _rss_mb() -> float:
    """The peak resident memory so far: since _reset_peak() where Linux allows it."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def _reset_peak() -> None:
    """Start the peak over from the memory in use now (Linux: clear_refs 5), so a spike
    before the batch (start-up, the warm-up) cannot hide the batch's own peak."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--unit", required=True)
    parser.add_argument("--period", default="2026")
    parser.add_argument("--form", default="document")
    parser.add_argument("--merged", action="store_true")
    parser.add_argument("--limit", type=int, default=0, metavar="N")
    args = parser.parse_args()

    from desktop_app.models.database import open_database
    from desktop_app.printing import blocks  # noqa: F401  (fonts, reportlab loaded)
    from desktop_app.services.reports import print_batch

    open_database(Path(args.db))
    from desktop_app.services.reports import batch

    records_of = batch.batch_records
    limit = 2

    def first(*a: object, **k: object) -> tuple[list[int], list[str]]:
        records, skipped = records_of(*a, **k)  # type: ignore[arg-type]
        if limit:
            records = (records * (limit // max(len(records), 1) + 1))[:limit]
        return records, skipped

    batch.batch_records = first  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:  # the warm-up
        print_batch(args.unit, args.period, folder, merged=args.merged, form=args.form)
    limit = args.limit
    gc.collect()
    _reset_peak()
    before = _rss_mb()
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        result = print_batch(args.unit, args.period, folder, merged=args.merged, form=args.form)
        seconds = time.perf_counter() - start
        size = sum(p.stat().st_size for p in result.files)
    print(
        json.dumps(
            {
                "form": args.form,
                "merged": args.merged,
                "documents": result.documents,
                "pages": result.pages,
                "seconds": round(seconds, 2),
                "documents_per_second": round(result.documents / seconds, 1),
                "rss_before_mb": before,
                "peak_rss_mb": _rss_mb(),
                "output_mb": round(size / 1e6, 2),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
