"""Exports never carry formulas (issue 17, point 7): names typed as `=...`, `+...`, `-...`,
`@...` reach every Excel export as text cells and the register CSV with a leading quote
(OWASP), while real numbers stay numbers. Checked by reopening each file with openpyxl and,
where LibreOffice is installed, by converting it to CSV with `soffice`."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.models import Employee, Unit, db
from desktop_app.services.development import export as development_io
from desktop_app.services.evaluation import exports as evaluation_io
from desktop_app.services.register import employee_export
from desktop_app.services.register.employee_import_preview import Action, read_file
from desktop_app.services.skp import plans, progress_export
from desktop_app.services.xlsx import csv_text

YEAR = dt.date.today().year
HOSTILE = [
    '=HYPERLINK("http://x.test","klik")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\tTab",
    "\rCR",
]


@pytest.fixture
def hostile_office(db_path, demo_templates):
    """A demo office whose employees and units are named by the hostile texts."""
    demo_templates.open_copy(db_path, 40, seed=4)
    with db.atomic():
        for index, employee in enumerate(Employee.select().order_by(Employee.id)):
            employee.name = f"{HOSTILE[index % len(HOSTILE)]} {index}"
            employee.save()
        for index, unit in enumerate(Unit.select().order_by(Unit.id)):
            unit.name = f"{HOSTILE[index % len(HOSTILE)]} unit {index}"
            unit.save()
    return db_path


def _exports(tmp_path: Path) -> dict[str, Path]:
    out = {
        "monitoring": tmp_path / "monitoring.xlsx",
        "siasn": tmp_path / "siasn.xlsx",
        "progress": tmp_path / "progres.xlsx",
        "development": tmp_path / "pengembangan.xlsx",
        "register": tmp_path / "pegawai.xlsx",
    }
    evaluation_io.export_monitoring(out["monitoring"], str(YEAR))
    evaluation_io.export_siasn(out["siasn"], YEAR)
    progress_export.export_progress(out["progress"], plans.progress(YEAR), YEAR)
    development_io.export_development(out["development"], YEAR)
    ids = [e.id for e in Employee.select(Employee.id).order_by(Employee.id)]
    employee_export.export_employees(out["register"], ids)
    return out


def test_no_export_writes_a_formula_cell_and_hostile_names_stay_text(hostile_office, tmp_path):
    for name, path in _exports(tmp_path).items():
        book = load_workbook(path)
        texts, numbers = [], 0
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (name, sheet.title, cell.coordinate, cell.value)
                    if isinstance(cell.value, str):
                        texts.append(cell.value)
                    elif isinstance(cell.value, int | float):
                        numbers += 1
        for start in ("=HYPERLINK", "+1+cmd", "-2+3", "@SUM"):
            assert any(t.startswith(start) for t in texts), (name, start)
        assert numbers > 0 or name == "register", name  # No, counts, JP stay numbers


def test_register_csv_quotes_every_formula_start_and_reads_back_as_typed(hostile_office, tmp_path):
    path = tmp_path / "pegawai.csv"
    ids = [e.id for e in Employee.select(Employee.id).order_by(Employee.id)]
    employee_export.export_employees(path, ids)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells, "the CSV has rows"
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    names = {cell for cell in cells if cell[1:].startswith(tuple(h[:3] for h in HOSTILE))}
    assert {n[:4] for n in names} >= {"'=HY", "'+1+", "'-2+", "'@SU", "'\tTa", "'\rCR"}
    # the register's own import reads the quoted names back as they were typed
    preview = read_file(path)
    assert [(r.action, r.problems) for r in preview.rows] == [(Action.UNCHANGED, [])] * len(ids)


def test_csv_cells_keep_numbers_and_quote_formula_starts():
    assert csv_text(-5) == -5 and csv_text(3.5) == 3.5 and csv_text(None) == ""
    assert [csv_text(c + "x") for c in "=+-@\t\r"] == [f"'{c}x" for c in "=+-@\t\r"]
    assert csv_text("Budi =1") == "Budi =1"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_evaluates_no_cell_of_the_exports(hostile_office, tmp_path):
    """LibreOffice computes a formula cell when it converts (`=HYPERLINK(...) 3` becomes
    "Err:509"); converted to CSV, the typed texts are still there."""
    path = _exports(tmp_path)["monitoring"]
    out = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--convert-to",
            "csv",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = (out / "monitoring.csv").read_text(encoding="utf-8", errors="replace")
    assert '"=HYPERLINK(""http://x.test"",""klik"")' in text
    assert "-2+3 " in text and "@SUM(1+1) " in text
    assert "Err:" not in text  # a formula LibreOffice tried to compute
