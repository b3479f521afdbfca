"""Update the translation catalogues from the source (`make lupdate`).

Source strings are English. Qt-free layers mark strings with `N_(context, text)`; module-level
view code translates with `tr_(context, text)`; QObject subclasses use `self.tr(text)`. A count
is said with `%n` and the count as `n` (`self.tr("%n rows", "", count)`; lupdate reads the count
only from `self.tr`, so a module function asks a small QObject of its own): the Indonesian
catalogue gives its one form, the English one (`kinerja_en.ts`, only these `%n` entries) the
singular and the plural.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = [ROOT / "resources" / "translations" / "kinerja_id.ts"]
PLURALS = ROOT / "resources" / "translations" / "kinerja_en.ts"  # English: the %n entries only
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


def update_plurals(target: Path) -> None:
    """Bring the English catalogue up to date: every `%n` string of the code with its two
    English forms (kept from before, new ones unfinished), and nothing else."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / target.name  # lupdate guesses the language from the name
        if target.exists():
            shutil.copy(target, work)
        update(work)
        tree = ET.parse(work)
    root = tree.getroot()
    root.set("language", "en_GB")
    root.set("sourcelanguage", "en_GB")
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    target.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def main() -> int:
    for catalogue in CATALOGUES:
        update(catalogue)
        print(f"updated {catalogue.relative_to(ROOT)}")
    update_plurals(PLURALS)
    print(f"updated {PLURALS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
