"""Batch printing against its floor (issue 11): 1,000 annual Dokumen Evaluasi as one merged
PDF, and the floor: plain reportlab tables of the same data (one page per employee, the base
Helvetica font, no header, footer or signatures), made in the same process.

The office copy gets 1,000 final annual evaluations through the services once (cached in
bench/out/print_5000.db).
"""

from __future__ import annotations

import io
import shutil
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
DOCUMENTS = 1000


def _prepared(source: Path) -> tuple[Path, int]:
    from desktop_app.models import Employee
    from desktop_app.models.database import close_database, open_database
    from desktop_app.services import evaluations, plans
    from desktop_app.services.session import sign_in_as

    target = OUT / "print_5000.db"
    year = None
    if not target.exists():
        part = OUT / "print_5000.db.part"
        shutil.copy(source, part)
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
        part.rename(target)
    close_database()
    open_database(target)
    from desktop_app.models import Evaluation

    year = int(Evaluation.select().where(Evaluation.status == "FINAL").first().period_key[:4])
    return target, year


def _floor(rows: list[tuple[str, str, str, str, str]]) -> float:
    """Seconds for plain reportlab: one table page per employee, one merged file."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    started = time.perf_counter()
    story = []
    for name, nip, unit, appraiser, predikat in rows:
        story.append(
            Table(
                [
                    ["NAMA", name],
                    ["NIP", nip],
                    ["UNIT KERJA", unit],
                    ["PEJABAT PENILAI", appraiser],
                    ["PREDIKAT KINERJA PEGAWAI", predikat],
                ]
            )
        )
        story.append(PageBreak())
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
    return time.perf_counter() - started


def measure(source: Path) -> dict[str, float]:
    """Documents per second of ours and of the floor, and our peak memory growth."""
    from desktop_app.models import Employee, Evaluation, Unit
    from desktop_app.printing import print_batch
    from desktop_app.services import employees, evaluations

    path, year = _prepared(source)
    root = Unit.select().where(Unit.parent.is_null()).first()
    final = list(
        Evaluation.select(Evaluation, Employee)
        .join(Employee)
        .where((Evaluation.period_key == str(year)) & (Evaluation.status == "FINAL"))
    )
    rows = [
        (
            e.employee.full_name,
            employees.display_nip(e.employee.nip),
            e.employee.unit.name,
            "",
            evaluations.stored_predikat_label(e.predikat),
        )
        for e in final
    ]
    out = OUT / "print_batch"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    started = time.perf_counter()
    result = print_batch(root.code, str(year), out, merged=True, form="document")
    ours = time.perf_counter() - started
    floor = _floor(rows)
    return {
        "documents": float(result.documents),
        "ours_per_s": result.documents / ours,
        "floor_per_s": len(rows) / floor,
        "path": str(path),
    }
