"""Preview of a 50,000-row register file (issue 19): time and peak memory of `read_file`.

Writes a SIASN-like workbook (NIP with apostrophes, combined pangkat cells, unit names, jabatan
without jenis jabatan: the slow paths) and the same rows as a semicolon CSV, opens a fresh
office database with a few units, and previews each file in its own process (peak RSS is per
process). Target: at most 10 s and 300 MB. Prints one JSON object per file.

    PYTHONPATH=. python bench/register_import.py [--rows 50000] [--dir /tmp/bench-import]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

HEADERS = [
    "PNS ID", "NIP BARU", "NAMA", "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN",
    "NOMOR HP", "GOL AKHIR NAMA", "TMT GOLONGAN", "JABATAN NAMA", "TMT JABATAN", "UNOR NAMA",
]  # fmt: skip
UNITS = ["Dinas Kesehatan", "Bidang Pelayanan", "Seksi Pelayanan", "Subbagian Umum"]
RANKS = ["Penata Muda, III/a", "Penata Tk. I III/d", "Pembina IV-a", "Pengatur II/c"]
JOBS = ["Perawat Terampil", "Pengadministrasi Umum", "Kepala Seksi Pelayanan", "Guru Ahli Muda"]


def _nip(i: int) -> str:
    """A valid, unique synthetic NIP for each i < 999 * 28 * 12 * 30."""
    seq, rest = i % 999 + 1, i // 999
    day, rest = rest % 28 + 1, rest // 28
    month, rest = rest % 12 + 1, rest // 12
    year = 1960 + rest % 30
    return f"{year}{month:02d}{day:02d}{year + 25}{month:02d}{1 + i % 2}{seq:03d}"


def rows(count: int) -> list[list[str]]:
    rng = random.Random(1)
    out = []
    for i in range(count):
        nip = _nip(i)
        birth = f"{nip[6:8]}-{nip[4:6]}-{nip[0:4]}"
        out.append([
            f"{i:032x}", f"'{nip}", f"PEGAWAI {i}, S.Pd", "Kota Uji", birth,
            "L" if nip[14] == "1" else "P", f"'0812{i:08d}", rng.choice(RANKS), "01-04-2020",
            rng.choice(JOBS), "02-01-2021", rng.choice(UNITS),
        ])  # fmt: skip
    return out


def write_files(folder: Path, count: int) -> tuple[Path, Path]:
    from openpyxl import Workbook

    data = rows(count)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data Utama")
    sheet.append(HEADERS)
    for values in data:
        sheet.append(values)
    xlsx = folder / "siasn.xlsx"
    book.save(xlsx)
    csv_path = folder / "siasn.csv"
    csv_path.write_text(
        "\n".join(";".join(r) for r in [HEADERS, *data]) + "\n", encoding="utf-8-sig"
    )
    return xlsx, csv_path


def make_db(path: Path) -> None:
    from desktop_app.models.database import close_database, open_database
    from desktop_app.services import office
    from desktop_app.services.register import units

    open_database(path)
    office.init_office("BENCH1", "Dinas Bench")
    root = units.save_unit(units.UnitInput("DINKES", UNITS[0], "DINAS"))
    for code, name in zip(("BID", "SEK", "SUB"), UNITS[1:], strict=True):
        units.save_unit(units.UnitInput(code, name, "LAINNYA", parent_id=root))
    close_database()


def preview(db: Path, file: Path) -> dict[str, float]:
    """One preview in this process: seconds and peak RSS (MB)."""
    from desktop_app.models.database import open_database
    from desktop_app.services.register.employee_import_preview import Action, read_file

    open_database(db)
    started, cpu = time.perf_counter(), time.process_time()
    result = read_file(file)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "file": file.name,
        "rows": len(result.rows),
        "new": result.count(Action.NEW),
        "invalid": result.count(Action.INVALID),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),  # the machine may be shared: CPU time is the steadier
        "peak_mb": round(peak, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--dir", default="/tmp/bench-register-import")
    parser.add_argument("--one", nargs=2, metavar=("DB", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(preview(Path(args.one[0]), Path(args.one[1]))))
        return 0
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.db"
    for stale in folder.glob("bench.db*"):
        stale.unlink()
    make_db(db)
    files = write_files(folder, args.rows)
    env = dict(os.environ, KINERJA_DATA_DIR=str(folder / "data"))
    for file in files:
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(db), str(file)],
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        print(done.stdout.strip() or done.stderr.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
