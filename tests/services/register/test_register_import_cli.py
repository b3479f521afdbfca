"""The register commands (issue 19, point 9): `employees import FILE [--dry-run] [--sheet]
[--map] [--default-unit] [--create-units] [--json]`, `employees export`, `employees template`;
the JSON contract and the exit codes (0 when the file was read, 2 when it cannot be used)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app import cli
from desktop_app.models import Employee, Unit
from tests.data import register_files as rf

ROOT = Path(__file__).resolve().parents[3]
COUNTS = ("rows", "new", "updated", "unchanged", "refused", "skipped")


ERR: list[str] = []


def run_json(capsys, *argv: str) -> tuple[int, dict]:
    code = cli.run(["employees", "import", *argv, "--json"])
    captured = capsys.readouterr()
    ERR[:] = [captured.err]
    return code, (json.loads(captured.out) if captured.out.strip() else {})


def test_dry_run_reports_everything_and_writes_nothing(unit_ids, db_path, tmp_path, capsys):
    path = rf.school_second_sheet(tmp_path / "sekolah.xlsx")
    code, report = run_json(capsys, str(path), "--dry-run", "--db", str(db_path))
    assert code == 0
    assert all(isinstance(report[k], int) for k in COUNTS)
    assert [report[k] for k in COUNTS] == [5, 3, 0, 0, 0, 2]
    assert report["sheet"] == "Data PTK" and report["header_row"] == 1 and report["dry_run"]
    assert report["mapping"] == {
        "Nama": "name", "NIP": "nip", "Status Kepegawaian": "kind", "Pangkat/Gol": "grade",
        "Jabatan": "position_name", "Sekolah": "unit_name",
    }  # fmt: skip
    assert [r["row"] for r in report["skipped_rows"]] == [4, 5]
    assert "not an ASN" in report["skipped_rows"][0]["reason"]
    assert report["units_not_found"] == [
        {"name": "SD Negeri 1 Uji", "rows": [2, 3, 6], "created": False}
    ]
    assert report["incomplete"] == 3 and report["incomplete_rows"][1]["missing"] == [
        "Level of the jabatan fungsional (jenjang)",  # a bare "Guru": stored, jenjang empty
        "Appraiser (pejabat penilai)",
    ]
    assert Employee.select().count() == 0


def test_import_with_map_default_unit_and_create_units(unit_ids, db_path, tmp_path, capsys):
    path = rf.write_csv(
        tmp_path / "f.csv",
        ["Nomor Pegawai", "Nama", "Ruang", "Satuan"],
        [[rf.GURU, "Budi", "III/b", "Puskesmas Baru"], [rf.GURU_F, "Siti", "III/a", ""],
         [rf.KADIS, "", "IV/c", ""]],
        delimiter=";",
    )  # fmt: skip
    maps = ["--map", "Nomor Pegawai=nip", "--map", "C=grade", "--map", "Satuan=unit_name"]
    argv = [str(path), *maps, "--default-unit", "sekyan", "--create-units", "--db", str(db_path)]
    code, report = run_json(capsys, *argv)
    assert code == 0, report
    assert [report[k] for k in COUNTS] == [3, 2, 0, 0, 1, 0]
    assert report["refused_rows"][0]["row"] == 4
    assert "name is empty" in report["refused_rows"][0]["reasons"][0]
    assert report["units_created"] == 1 and report["units_not_found"][0]["created"]
    new_unit = Unit.get(Unit.name == "Puskesmas Baru")
    assert new_unit.parent_id == unit_ids["DINKES"]
    assert Employee.get(Employee.nip == rf.GURU).unit_id == new_unit.id
    assert Employee.get(Employee.nip == rf.GURU_F).unit_id == unit_ids["SEKYAN"]
    # the --map is remembered: the same headers map without it next time
    code, again = run_json(capsys, str(path), "--dry-run", "--db", str(db_path))
    assert code == 0 and again["mapping"]["Nomor Pegawai"] == "nip"
    assert [again[k] for k in ("new", "unchanged", "refused")] == [0, 2, 1]


def test_plain_text_output(unit_ids, db_path, tmp_path, capsys):
    path = rf.write_siasn_csv(tmp_path / "siasn.csv", "|")
    assert cli.run(["employees", "import", str(path), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "4 row(s): 4 new" in out and "NIP BARU -> nip" in out
    assert "unit 'UPT Puskesmas Kota' (1 row(s)): not in the register" in out
    assert Employee.select().count() == 4


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["missing.xlsx"], "could not be opened"),
        (["f.csv", "--map", "Gaji=nip"], "no column 'Gaji'"),
        (["f.csv", "--default-unit", "NOPE"], "no unit with the code NOPE"),
        (["f.csv", "--sheet", "Lain"], "no sheet Lain"),
        (["nothing.csv"], "no column"),
    ],
)
def test_a_file_that_cannot_be_used_exits_2(unit_ids, db_path, tmp_path, capsys, argv, words):
    rf.write_csv(tmp_path / "f.csv", ["NIP", "Nama"], [[rf.GURU, "Budi"]], delimiter=";")
    rf.write_csv(tmp_path / "nothing.csv", ["Gaji", "Tunjangan"], [[1, 2]], delimiter=";")
    argv = [str(tmp_path / argv[0]), *argv[1:]]
    code, report = run_json(capsys, *argv, "--db", str(db_path))
    assert code == 2 and report == {}
    assert words in ERR[0] and "Traceback" not in ERR[0]


def test_export_and_template(unit_ids, db_path, tmp_path, capsys):
    path = rf.write_siasn_csv(tmp_path / "siasn.csv")
    assert cli.run(["employees", "import", str(path), "--db", str(db_path)]) == 0
    out = tmp_path / "register.xlsx"
    assert cli.run(["employees", "export", "--out", str(out), "--db", str(db_path)]) == 0
    assert "4 employee(s) written" in capsys.readouterr().out
    sheet = load_workbook(out)["Pegawai"]
    header = [c.value for c in sheet[1]]
    pns_ids = [row[header.index("PNS ID")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "A5EB03E23DACF6A0E040640A040252AD" in pns_ids
    template = tmp_path / "template.xlsx"
    assert cli.run(["employees", "template", "--out", str(template), "--db", str(db_path)]) == 0
    template_header = [c.value for c in load_workbook(template)["Pegawai"][1]]
    assert "PNS ID" in template_header and set(template_header) <= set(header)
    assert (
        cli.run(["employees", "template", "--out", str(tmp_path / "t.csv"), "--db", str(db_path)])
        == 2
    )
    capsys.readouterr()
    # the export reads back unchanged
    code, report = run_json(capsys, str(out), "--dry-run", "--db", str(db_path))
    assert code == 0 and (report["unchanged"], report["refused"]) == (4, 0), report


def test_the_command_in_a_fresh_process(unit_ids, db_path, tmp_path):
    path = rf.write_siasn_csv(tmp_path / "siasn.csv", "\t", "utf-8-sig")
    env = dict(os.environ, KINERJA_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    env.pop("KINERJA_DB", None)

    def main(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "main.py", "employees", "import", *argv, "--db", str(db_path)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    done = main(str(path), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert [report[k] for k in COUNTS] == [4, 4, 0, 0, 0, 0]
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    done = main(str(bad), "--json")
    assert done.returncode == 2 and done.stdout == ""
    assert "could not be read" in done.stderr and "Traceback" not in done.stderr


def test_created_units_go_under_the_units_parent(unit_ids, db_path, tmp_path, capsys):
    path = rf.write_csv(
        tmp_path / "f.csv",
        ["NIP", "Nama", "Unit Kerja"],
        [[rf.GURU, "Budi", "Puskesmas Baru"]],
        delimiter=";",
    )
    argv = [str(path), "--create-units", "--units-parent", "bidyan", "--db", str(db_path)]
    code, report = run_json(capsys, *argv)
    assert code == 0, ERR
    assert report["units_created"] == 1
    assert Unit.get(Unit.name == "Puskesmas Baru").parent_id == unit_ids["BIDYAN"]
    code, report = run_json(capsys, str(path), "--units-parent", "NOPE", "--db", str(db_path))
    assert code == 2 and "--create-units" in ERR[0]
    help_text = subprocess.run(
        [sys.executable, "main.py", "employees", "import", "--help"],
        cwd=ROOT, capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ).stdout  # fmt: skip
    assert "--units-parent CODE" in help_text


def test_a_refused_rounded_nip_row_shows_what_the_file_held(unit_ids, db_path, tmp_path, capsys):
    path = tmp_path / "rounded.xlsx"
    rf.write_book(path, {"Pegawai": [["NIP", "Nama"], [198609262015051001, "Budi"]]})
    code, report = run_json(capsys, str(path), "--dry-run", "--db", str(db_path))
    assert code == 0 and report["refused"] == 1
    refused = report["refused_rows"][0]
    assert refused["nip"] == "198609262015051000", refused  # as Excel shows the rounded number
    assert "lost digits" in refused["reasons"][0] or "rounded" in refused["reasons"][0]
