"""`main.py print ...` (design.md, CLI contract, and the `print recap` addition): exit 0 with
what was written, 2 on bad input with the reason on stderr, no signed-in session needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import cli
from tests.printing.conftest import ANNUAL, NIP_BUDI, Q1, read

ROOT = Path(__file__).resolve().parents[2]


def test_print_each_form_by_nip(idps, db_path, out, capsys):
    nip = f"{NIP_BUDI[:8]} {NIP_BUDI[8:14]} {NIP_BUDI[14]} {NIP_BUDI[15:]}"  # spaces allowed
    forms = (("skp", ANNUAL), ("evaluation", Q1), ("document", ANNUAL), ("idp", "2026-Q2"))
    for form, period in forms:
        pdf = out / f"{form}.pdf"
        argv = ["print", form, "--nip", nip, "--period", period, "--out", str(pdf)]
        assert cli.run([*argv, "--db", str(db_path)]) == 0
        assert f"{form} written: {pdf}" in capsys.readouterr().out
        assert "Budi Santoso" in "".join(read(pdf)[1])


def test_print_refuses_bad_input_with_exit_2(printable, db_path, out, capsys):
    pdf, missing = str(out / "x.pdf"), str(out / "no" / "x.pdf")
    one = ["print", "document", "--nip", NIP_BUDI, "--period"]
    recap = ["print", "recap", "--kind"]
    cases = [
        (["print", "idp", "--nip", NIP_BUDI, "--period", ANNUAL, "--out", pdf], "has no IDP"),
        (["print", "idp", "--nip", NIP_BUDI, "--period", "2031", "--out", pdf], "has no IDP"),
        (["print", "document", "--nip", "123", "--period", ANNUAL, "--out", pdf], "No employee"),
        ([*one, "2026-Q9", "--out", pdf], "not known"),
        ([*one, "2026-Q2", "--out", pdf], "no evaluation"),
        ([*one, ANNUAL, "--out", missing], "does not exist"),
        (["print", "batch", "--unit", "NOPE", "--period", ANNUAL, "--out", str(out)], "No unit"),
        (["print", "batch", "--unit", "DINKES", "--period", ANNUAL, "--out", pdf], "folder"),
        (["print", "batch", "--unit", "DINKES", "--period", ANNUAL, "--out", str(out),
          "--form", "idp"], "no employee of Dinas Kesehatan has an agreed IDP"),
        ([*recap, "progress", "--period", "2031", "--out", pdf], "has not been opened"),
        ([*recap, "jp", "--period", "2026-Q9", "--out", pdf], "not known"),
        ([*recap, "jp", "--period", ANNUAL, "--out", pdf, "--unit", "NOPE"], "No unit"),
        ([*recap, "distribution", "--period", ANNUAL, "--out", missing], "does not exist"),
    ]  # fmt: skip
    for argv, reason in cases:
        assert cli.run([*argv, "--db", str(db_path)]) == 2, argv
        assert reason in capsys.readouterr().err
    with pytest.raises(SystemExit) as done:  # argparse refuses an unknown kind itself
        cli.run([*recap, "nope", "--period", ANNUAL, "--out", pdf, "--db", str(db_path)])
    assert done.value.code == 2 and "invalid choice" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_print_batch_merged_and_per_employee(printable, db_path, tmp_path, capsys):
    merged, single = tmp_path / "merged", tmp_path / "single"
    merged.mkdir()
    single.mkdir()
    argv = ["print", "batch", "--unit", "DINKES", "--period", ANNUAL, "--db", str(db_path)]
    assert cli.run([*argv, "--out", str(merged), "--merged"]) == 0
    out = capsys.readouterr().out
    assert "3 document(s), 3 page(s) written" in out and "2 employee(s)" in out
    assert len(list(merged.iterdir())) == 1
    assert cli.run([*argv, "--out", str(single), "--form", "evaluation"]) == 0
    assert len(list(single.iterdir())) == 3


def test_print_recaps_and_idp_batch(idps, db_path, tmp_path, capsys):
    db = ["--db", str(db_path)]
    for kind, period in (("distribution", Q1), ("progress", ANNUAL), ("jp", "2026-S1")):
        pdf = tmp_path / f"{kind}.pdf"
        argv = ["print", "recap", "--kind", kind, "--period", period, "--out", str(pdf), *db]
        assert cli.run(argv) == 0
        assert f"{kind} recap written: {pdf} (1 page)" in capsys.readouterr().out
        first = pdf.read_bytes()
        assert cli.run(argv) == 0 and pdf.read_bytes() == first  # byte-identical
        assert "Halaman 1 dari 1" in read(pdf)[1][0]
    pdf = tmp_path / "sekret.pdf"
    argv = ["print", "recap", "--kind", "jp", "--period", ANNUAL, "--unit", "sekret"]
    assert cli.run([*argv, "--out", str(pdf), *db]) == 0
    assert "Dinas Kesehatan" not in read(pdf)[1][0]
    folder = tmp_path / "idp"
    folder.mkdir()
    argv = ["print", "batch", "--unit", "DINKES", "--period", "2026-Q4", "--form", "idp"]
    assert cli.run([*argv, "--out", str(folder), *db]) == 0
    printed = capsys.readouterr().out
    assert "1 document(s), 2 page(s) written" in printed and "4 employee(s)" in printed
    assert [p.name for p in folder.iterdir()] == [f"{NIP_BUDI}_idp_2026.pdf"]


def test_main_py_runs_print_in_a_fresh_process(idps, db_path, tmp_path):
    out = tmp_path / "dokumen.pdf"
    done = subprocess.run(
        [sys.executable, "main.py", "print", "document", "--nip", NIP_BUDI, "--period", ANNUAL,
         "--out", str(out), "--db", str(db_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.exists() and "document written" in done.stdout
    done = subprocess.run(
        [sys.executable, "main.py", "print", "idp", "--nip", NIP_BUDI, "--period", ANNUAL,
         "--out", str(out), "--db", str(db_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "idp written" in done.stdout and "(2 pages)" in done.stdout
    assert "Budi Santoso" in "".join(read(out)[1])
