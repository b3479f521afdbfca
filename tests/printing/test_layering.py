"""printing/ renders typed data: it imports no models and no services (design.md, `services
-> printing -> scoring`), and the atomic-write helper imports nothing of ours."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "desktop_app"
FORBIDDEN = ("desktop_app.models", "desktop_app.services", "desktop_app.sync", "PySide6")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            if node.module == "desktop_app":
                names += [f"desktop_app.{a.name}" for a in node.names]
    return names


def _offenders(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.name}: {name}"
        for path in paths
        for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


def test_printing_imports_no_models_and_no_services():
    assert _offenders(sorted((ROOT / "printing").rglob("*.py")), FORBIDDEN) == []


def test_the_check_finds_a_planted_import(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text(
        "from desktop_app.services.skp import plans\nfrom desktop_app import models\n",
        encoding="utf-8",
    )
    assert _offenders([planted], FORBIDDEN) == [
        "planted.py: desktop_app.services.skp",
        "planted.py: desktop_app.models",
    ]


def test_the_file_helper_imports_nothing_of_ours():
    names = _imports(ROOT / "files.py")
    assert [n for n in names if n.startswith("desktop_app")] == []
