"""Batch printing against its floor (issue 11): 1,000 annual Dokumen Evaluasi as one merged
PDF, and the floor: plain reportlab tables of the same data (the Dokumen's cells, one page per
employee, the base Helvetica font, no styling, header, footer or signatures), read through
the same services and made in the same process.

Both read the data the same way (evaluations.get_evaluation_covers, a hundred at a time).

The office copy gets 1,000 final annual evaluations through the services once (cached in
bench/out/cache/, by content hash).

Memory: `memory_growth()` prints merged batches of 250 and 2,000 Dokumen (the 1,000 repeated)
through bench/print_batch.py, each in a fresh process, and reports how much the peak resident
memory rose over the process's own after a warm-up batch: it must not grow with the batch.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.cache import cached, checkpoint, copy_database

if TYPE_CHECKING:
    from desktop_app.services.evaluation.evaluations import EvaluationDetail

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
DOCUMENTS = 1000
PREPARED: list[Path] = []  # the prepared office of the last measure()


def _prepared(source: Path) -> tuple[Path, int]:
    from desktop_app.models import Employee
    from desktop_app.models.database import close_database, open_database
    from desktop_app.services.evaluation import evaluations
    from desktop_app.services.session import sign_in_as
    from desktop_app.services.skp import plans

    def build(part: Path) -> None:
        copy_database(source, part)
        close_database()
        open_database(part)
        sign_in_as(None)
        from desktop_app.models import PerformancePlan

        done = 0
        for plan in PerformancePlan.select().where(PerformancePlan.status == plans.APPROVED):
            year = plan.period.year
            if Employee.get_by_id(plan.employee_id).appraiser_id is None:
                continue
            evaluation_id = evaluations.open_evaluation(plan.employee_id, str(year))
            data = evaluations.get_evaluation(evaluation_id).data
            data.rating_hasil = data.rating_perilaku = "SESUAI"
            evaluations.save_evaluation(evaluation_id, data)
            evaluations.finalize(evaluation_id)
            done += 1
            if done == DOCUMENTS:
                break
        close_database()
        checkpoint(part)

    target = cached(f"print_{DOCUMENTS}.db", build, source.name)
    PREPARED[:] = [target]
    close_database()
    open_database(target)
    from desktop_app.models import Evaluation

    year = int(Evaluation.select().where(Evaluation.status == "FINAL").first().period_key[:4])
    return target, year


def _floor(documents: list[list[tuple[str, str]]]) -> float:
    """Seconds for plain reportlab: each employee's Dokumen data (the three identity blocks,
    the predikat, the notes) as one plain table on its own page, base font, one merged file."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    started = time.perf_counter()
    story = []
    for rows in documents:
        story.append(Table([list(r) for r in rows]))
        story.append(PageBreak())
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
    return time.perf_counter() - started


def _document_data(detail: EvaluationDetail) -> list[tuple[str, str]]:
    """The cells of a Dokumen Evaluasi: what the form shows, read through the services."""
    from desktop_app.scoring.nip import display_nip

    rows = [("PERIODE", f"{detail.period_label} {detail.year}")]
    for block in ("employee", "appraiser", "appraiser_superior"):
        person = detail.snapshot.get(block) or {}
        rows += [
            ("NAMA", person.get("name", "")),
            ("NIP", display_nip(person.get("nip", "")) if person.get("nip") else ""),
            ("PANGKAT/GOL. RUANG", person.get("grade", "")),
            ("JABATAN", person.get("position", "")),
            ("UNIT KERJA", person.get("unit", "")),
        ]
    rows += [
        ("CAPAIAN KINERJA ORGANISASI", detail.org_predikat or ""),
        ("PREDIKAT KINERJA PEGAWAI", detail.predikat.label if detail.predikat else ""),
        ("CATATAN/REKOMENDASI", detail.notes),
    ]
    return rows


def measure(source: Path) -> dict[str, float]:
    """Documents per second of ours and of the floor, and our peak memory growth."""
    from desktop_app.models import Employee, Evaluation, Unit
    from desktop_app.services.reports import print_batch

    path, year = _prepared(source)
    root = Unit.select().where(Unit.parent.is_null()).first()
    final = list(
        Evaluation.select(Evaluation.id)
        .join(Employee)
        .where((Evaluation.period_key == str(year)) & (Evaluation.status == "FINAL"))
        .tuples()
    )
    started = time.perf_counter()
    from desktop_app.services.evaluation.evaluations import get_evaluation_covers

    ids = [evaluation_id for (evaluation_id,) in final]
    data = [  # read a hundred at a time, as the batch does
        _document_data(detail)
        for start in range(0, len(ids), 100)
        for detail in get_evaluation_covers(ids[start : start + 100])
    ]
    reading = time.perf_counter() - started
    out = OUT / "print_batch"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    started = time.perf_counter()
    result = print_batch(root.code, str(year), out, merged=True, form="document")
    ours = time.perf_counter() - started
    floor = reading + _floor(data)
    return {
        "documents": float(result.documents),
        "ours_per_s": result.documents / ours,
        "floor_per_s": len(data) / floor,
        "path": str(path),
    }


MEMORY_SIZES = (250, 2000)


def memory_growth() -> dict[int, dict[str, float]]:
    """The rise of the peak resident memory (MB) over a merged batch of each size, each in a
    fresh process (bench/print_batch.py: the peak is a high-water mark); needs measure() to
    have prepared the office (cached by content hash in bench/out/cache/)."""
    from desktop_app.models import Employee, Evaluation, Unit
    from desktop_app.models.database import close_database, open_database

    path = PREPARED[0]
    open_database(path)
    root = Unit.select().where(Unit.parent.is_null()).first().code
    year = Evaluation.select().join(Employee).where(Evaluation.status == "FINAL").first()
    close_database()
    results = {}
    for documents in MEMORY_SIZES:
        argv = ["--db", str(path), "--unit", root, "--period", year.period_key[:4], "--merged"]
        done = subprocess.run(
            [sys.executable, "-m", "bench.print_batch", *argv, "--limit", str(documents)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        run = json.loads(done.stdout.strip().splitlines()[-1])
        results[documents] = {**run, "growth_mb": run["peak_rss_mb"] - run["rss_before_mb"]}
    return results
