"""`main.py --self-test` (the smoke test the frozen bundle runs in CI and in installer/build.py):
passes with one summary line and nothing on stderr, leaves the data folder alone, and fails
with the reason on stderr (and in --report) when a check does not hold."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import app, selftest
from desktop_app.models.database import current_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_self_test_passes_silently_in_a_fresh_process(tmp_path):
    data = tmp_path / "user-data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KINERJA_DATA_DIR=str(data))
    env.pop("KINERJA_DB", None)
    done = subprocess.run(
        [sys.executable, "main.py", "--self-test", "--report", str(tmp_path / "report.txt")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith("self-test passed")
    for part in ("pdf_pages", "package_rows", "tabs 5"):  # the fifth: Progres Harian (#21)
        assert part in done.stdout
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == done.stdout
    assert not data.exists()  # the user's data folder was never touched


def test_failed_check_exits_1_with_the_reason_on_stderr(tmp_path, monkeypatch, capsys):
    def no_pdf(base):  # type: ignore[no-untyped-def]
        raise selftest.SelfTestError("the printed SKP does not start with a PDF header")

    monkeypatch.setattr(selftest, "_pdf", no_pdf)
    before = os.environ.get("KINERJA_DATA_DIR")
    report = tmp_path / "report.txt"
    assert app.main(["--self-test", "--no-window", "--report", str(report)]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert "self-test FAILED: the printed SKP does not start with a PDF header" in out.err
    assert report.read_text(encoding="utf-8").startswith("self-test FAILED")
    assert os.environ.get("KINERJA_DATA_DIR") == before
    assert current_path() is None or not current_path().exists()  # temp folder removed


def test_a_logged_warning_fails_the_self_test(monkeypatch, capsys):
    real = selftest._package

    def warns(base):  # type: ignore[no-untyped-def]
        logging.getLogger("desktop_app.i18n.translator").warning("catalogue x.qm is missing")
        return real(base)

    monkeypatch.setattr(selftest, "_package", warns)
    assert selftest.run(["--self-test", "--no-window"]) == 1
    assert "warnings on the way: desktop_app.i18n.translator: catalogue x.qm" in (
        capsys.readouterr().err
    )
