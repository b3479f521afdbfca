"""The Windows packaging files: the PyInstaller spec keeps every Qt module the program imports,
and the NSIS script compiles (when makensis is installed) against a folder laid out like the
Windows bundle, with the uninstall page saying the data folder is kept."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "kinerja.spec"


def _spec_set(name: str) -> set[str]:
    text = SPEC.read_text(encoding="utf-8")
    match = re.search(rf"^{name} = ([\[{{].*?[\]}}])", text, re.S | re.M)
    assert match, f"{name} not found in kinerja.spec"
    return set(ast.literal_eval(match.group(1)))


def test_spec_keeps_every_qt_module_the_program_imports():
    imported = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    used, unused = _spec_set("QT_USED"), _spec_set("QT_UNUSED")
    assert imported <= used, f"add to QT_USED in installer/kinerja.spec: {imported - used}"
    assert not imported & unused


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed")
def test_nsis_script_compiles_for_a_windows_bundle(tmp_path):
    bundle = tmp_path / "kinerja-luring"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "kinerja-luring.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "python311.dll").write_bytes(b"stand-in")
    out = tmp_path / "KinerjaLuring-1.2.3-setup.exe"
    done = subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",
            "-DFAST",  # stored, not compressed: the texts can be checked below
            "-DVERSION=1.2.3",
            "-DVERSION4=1.2.3.0",
            f"-DSRCDIR={bundle}",
            f"-DOUTFILE={out}",
            str(ROOT / "installer" / "kinerja.nsi"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    data = out.read_bytes()
    for text in ("Your data is NOT deleted", "Data Anda TIDAK dihapus", "KinerjaLuring\\Kinerja"):
        assert text.encode("utf-16-le") in data
