"""The daily log at the issue's scale (issue 21): 5,000 employees x 220 working days x 3
entries (3.3 million entries a year) with `--full`; by default 500 employees x 44 days (two
months, 66,000 entries). Measured (medians, never asserted):

- saving one entry through the service (checks, the day's warnings, the audit entry), <= 50 ms;
- one employee's month (`entries.list_month`), <= 100 ms;
- a unit's month calendar of 50 staff (`calendar_view.month_calendar`), <= 300 ms;
- the package size of one month of the whole office's log (the JSONL lines the office export
  writes for `daily_log_entry`, raw and deflated as in the package's zip).

The entries are written with one `executemany` (the bench measures reading and one save, not
the demo's speed of writing). Prints one JSON object.

    PYTHONPATH=. python bench/daily_log.py [--full] [--employees N] [--days D] [--dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
import uuid
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TIMES = (("07:30", "10:00"), ("10:00", "12:00"), ("13:00", "15:30"))
STAFF = 50  # the supervisor's unit of the calendar


def working_days(last: dt.date, count: int) -> list[dt.date]:
    days: list[dt.date] = []
    day = last
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day -= dt.timedelta(days=1)
    return sorted(days)


def build(path: Path, employees: int, days: list[dt.date]) -> dict[str, int]:
    """An office with `employees` people (the first appraises the next 50) and 3 entries on
    each of `days` for everyone."""
    from desktop_app.models import db
    from desktop_app.models.database import open_database
    from desktop_app.services import office
    from desktop_app.services.register import units

    open_database(path)
    office.init_office("BENCH1", "Dinas Bench")
    unit = units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    with db.atomic():  # one transaction: no sync to disk per row
        return _fill(unit, employees, days)


def _fill(unit: int, employees: int, days: list[dt.date]) -> dict[str, int]:
    from desktop_app.models import Employee, db

    connection = db.connection()
    version = [int(db.execute_sql("SELECT value FROM change_counter WHERE id = 1").fetchone()[0])]
    now = dt.datetime(2026, 12, 3, 8, 0)

    def sync_cols() -> tuple[str, str, int, dt.datetime, int]:
        version[0] += 1
        return (uuid.uuid4().hex, "BENCH1", version[0], now, 0)

    people = []
    for n in range(employees):
        nip = f"19800101{2000 + n // 900:04d}01{1 + n % 2}{n % 900 + 1:03d}"
        people.append(
            (*sync_cols(), nip, "PNS", "", f"PEGAWAI {n}", "", "L", dt.date(1980, 1, 1), "",
             "III/a", unit, 1, "", "", "", "", "")
        )  # fmt: skip
    connection.executemany(
        'INSERT INTO "employee" (uid, office_code, version, updated_at, deleted, nip, kind, '
        "front_title, name, back_title, gender, birth_date, birth_place, grade, unit_id, active, "
        "inactive_reason, phone, email, notes, pns_id) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        people,
    )
    ids = [i for (i,) in Employee.select(Employee.id).order_by(Employee.id).tuples()]
    connection.execute(
        f"UPDATE employee SET appraiser_id = ? WHERE id IN ({','.join('?' * STAFF)})",
        [ids[0], *ids[1 : STAFF + 1]],
    )
    sql = (
        'INSERT INTO "daily_log_entry" (uid, office_code, version, updated_at, deleted, '
        "employee_id, day, starts, ends, activity, kind, action_plan_id, task_giver, realisasi, "
        "unit, evidence_link, evidence_path, evidence_sha256, late_reason, comment, comment_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    written = 0
    for day in days:  # day by day, as offices write it: a month's versions follow each other
        rows = [
            (*sync_cols(), employee_id, day, a, b, f"Menyusun laporan kegiatan {day:%d/%m}",
             "TASK", None, "Kepala Dinas", 2, "dokumen", "", None, None, "", "", "")
            for employee_id in ids
            for a, b in TIMES
        ]  # fmt: skip
        connection.executemany(sql, rows)
        written += len(rows)
    db.execute_sql("UPDATE change_counter SET value = ? WHERE id = 1", (version[0],))
    db.execute_sql("ANALYZE")
    return {"employees": len(ids), "entries": written, "first": ids[0]}


def median_ms(run, repeat: int) -> float:  # type: ignore[no-untyped-def]
    found = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        found.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(found), 1)


def measure(built: dict[str, int], days: list[dt.date]) -> dict[str, object]:
    from desktop_app.models import DailyLogEntry, Employee, db
    from desktop_app.services.daily_log import calendar_view, entries
    from desktop_app.services.daily_log.entries import EntryInput
    from desktop_app.services.sync.office.export import _rows
    from desktop_app.services.workflow import local_today
    from desktop_app.sync import entities

    today = local_today()
    first = built["first"]
    someone = first + 1
    starts = [dt.time(16, m) for m in range(0, 40, 2)]

    def save() -> None:
        start = starts.pop(0)
        entries.save_entry(
            EntryInput(someone, today, start, dt.time(start.hour, start.minute + 1),
                       "Rapat koordinasi", "TASK", None, "Kepala Dinas", 1, "kegiatan")
        )  # fmt: skip

    counted: dict[tuple[int, int], int] = {}
    for day in days:
        counted[(day.year, day.month)] = counted.get((day.year, day.month), 0) + 1
    year, month = max(counted, key=lambda k: (counted[k], k))  # the fullest month logged
    staff = [i for (i,) in Employee.select(Employee.id).where(Employee.appraiser == first).tuples()]
    result: dict[str, object] = {
        "save_entry_ms": median_ms(save, 15),
        "employee_month_ms": median_ms(lambda: entries.list_month(someone, year, month), 15),
        "unit_calendar_50_ms": median_ms(
            lambda: calendar_view.month_calendar(staff, year, month), 7
        ),
        "month": f"{year:04d}-{month:02d}",
    }
    month_days = [d for d in days if (d.year, d.month) == (year, month)]
    after = (
        DailyLogEntry.select(DailyLogEntry.version)
        .where(DailyLogEntry.day <= month_days[-1])
        .order_by(DailyLogEntry.version.desc())
        .scalar()
    )
    before = (
        DailyLogEntry.select(DailyLogEntry.version)
        .where(DailyLogEntry.day < month_days[0])
        .order_by(DailyLogEntry.version.desc())
        .scalar()
        or 0
    )
    entity = entities.BY_NAME["daily_log_entry"]
    with db.atomic():
        lines, _top = _rows(entity, "BENCH1", before)
    lines = lines[: _count_until(lines, after)]
    content = b"\n".join(lines) + b"\n"
    packed = len(zlib.compress(content, 6))
    result.update(
        {
            "month_entries": len(lines),
            "month_package_raw_mb": round(len(content) / 1e6, 2),
            "month_package_deflated_mb": round(packed / 1e6, 2),
            "deflated_bytes_per_entry": round(packed / max(len(lines), 1), 1),
        }
    )
    return result


def _count_until(lines: list[bytes], version: int) -> int:
    """How many of the lines (in version order) have a version up to `version`."""
    import msgspec

    for n, line in enumerate(lines):
        if msgspec.json.decode(line)["version"] > version:
            return n
    return len(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="5,000 employees x 220 days")
    parser.add_argument("--employees", type=int, default=500)
    parser.add_argument("--days", type=int, default=44)
    parser.add_argument("--dir", default="/tmp/bench-daily-log")
    args = parser.parse_args()
    employees, count = (5000, 220) if args.full else (args.employees, args.days)
    employees = max(employees, STAFF + 2)
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"daily-log-{employees}-{count}.sqlite"
    path.unlink(missing_ok=True)
    from desktop_app.services.workflow import local_today

    days = working_days(local_today() - dt.timedelta(days=1), count)
    started = time.perf_counter()
    built = build(path, employees, days)
    built_s = round(time.perf_counter() - started, 1)
    result = {"employees": built["employees"], "days": count, "entries": built["entries"]}
    result["build_s"] = built_s
    result.update(measure(built, days))
    result["database_mb"] = round(path.stat().st_size / 1e6, 1)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
