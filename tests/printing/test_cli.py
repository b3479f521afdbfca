"""`main.py print ...` (design.md, CLI contract): exit 0 with what was written, 2 on bad input
with the reason on stderr, no signed-in session needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app import cli
from tests.printing.conftest import ANNUAL, NIP_BUDI, Q1, read

ROOT = Path(__file__).resolve().parents[2]


def test_print_each_form_by_nip(printable, db_path, out, capsys):
    nip = f"{NIP_BUDI[:8]} {NIP_BUDI[8:14]} {NIP_BUDI[14]} {NIP_BUDI[15:]}"  # spaces allowed
    for form, period in (("skp", ANNUAL), ("evaluation", Q1), ("document", ANNUAL)):
        pdf = out / f"{form}.pdf"
        argv = ["print", form, "--nip", nip, "--period", period, "--out", str(pdf)]
        assert cli.run([*argv, "--db", str(db_path)]) == 0
        assert f"{form} written: {pdf}" in capsys.readouterr().out
        assert "Budi Santoso" in "".join(read(pdf)[1])


def test_print_refuses_bad_input_with_exit_2(printable, db_path, out, capsys):
    pdf, missing = str(out / "x.pdf"), str(out / "no" / "x.pdf")
    one = ["print", "document", "--nip", NIP_BUDI, "--period"]
    cases = [
        (["print", "idp", "--nip", NIP_BUDI, "--period", ANNUAL, "--out", pdf], "not available"),
        (["print", "document", "--nip", "123", "--period", ANNUAL, "--out", pdf], "No employee"),
        ([*one, "2026-Q9", "--out", pdf], "not known"),
        ([*one, "2026-Q2", "--out", pdf], "no evaluation"),
        ([*one, ANNUAL, "--out", missing], "does not exist"),
        (["print", "batch", "--unit", "NOPE", "--period", ANNUAL, "--out", str(out)], "No unit"),
        (["print", "batch", "--unit", "DINKES", "--period", ANNUAL, "--out", pdf], "folder"),
    ]
    for argv, reason in cases:
        assert cli.run([*argv, "--db", str(db_path)]) == 2, argv
        assert reason in capsys.readouterr().err
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


def test_main_py_runs_print_in_a_fresh_process(printable, db_path, tmp_path):
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
    assert done.returncode == 2 and "not available yet" in done.stderr
