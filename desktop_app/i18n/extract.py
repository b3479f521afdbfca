"""Update the translation catalogues from the source (`make lupdate`).

Source strings are English. Qt-free layers mark strings with `N_(context, text)`; module-level
view code translates with `tr_(context, text)`; QObject subclasses use `self.tr(text)`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = [ROOT / "resources" / "translations" / "kinerja_id.ts"]
ALIASES = "QT_TRANSLATE_NOOP+=N_,translate+=tr_"


def lupdate_exe() -> str:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    return str(exe) if exe.exists() else (shutil.which("pyside6-lupdate") or "pyside6-lupdate")


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "desktop_app").rglob("*.py")
        if "migrations" not in p.parts
    )


def update(target: Path, *, no_obsolete: bool = True) -> None:
    args = [lupdate_exe(), "-tr-function-alias", ALIASES, "-locations", "none"]
    if no_obsolete:
        args.append("-no-obsolete")
    subprocess.run(
        [*args, *sources(), "-ts", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )


def main() -> int:
    for catalogue in CATALOGUES:
        update(catalogue)
        print(f"updated {catalogue.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
