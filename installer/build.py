"""Build Kinerja Luring for the OS this runs on, test it, and list what was made.

    .venv/bin/python installer/build.py            (Linux; `make bundle` runs this)
    .venv\\Scripts\\python installer\\build.py       (Windows)

Steps: translations (.ts -> .qm with pyside6-lrelease), PyInstaller with installer/kinerja.spec
into dist/kinerja-luring/, the smoke test (the frozen program's `--self-test`: a fresh database
in a temporary folder, migrations, one PDF, one sealed export package, the main window
offscreen; any stderr output or a non-zero exit fails the build), makensis when it is installed,
and the SHA-256 of the artefacts (also written to dist/SHA256SUMS).

On Windows makensis makes the real installer, dist/KinerjaLuring-<version>-setup.exe. Elsewhere
it compiles the same script against this bundle without compression into build/ as a syntax
and packaging check only (the result installs a Linux program: never ship it).
Exit status 0 when everything held, 1 with the failing step on stderr otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import version_info  # noqa: E402

NAME = "kinerja-luring"
WINDOWS = sys.platform == "win32"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / NAME
EXE = BUNDLE / (NAME + (".exe" if WINDOWS else ""))
NSIS_DEFAULTS = [
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "NSIS" / "makensis.exe",
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "NSIS" / "makensis.exe",
]


class BuildError(RuntimeError):
    pass


def _tool(name: str) -> Path:
    """A console script of this virtual environment (bin/ or Scripts/)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    found = shutil.which(name)
    if found is None:
        raise BuildError(f"{name} not found next to {sys.executable} (pip install -e '.[dev]')")
    return Path(found)


def _run(cmd: list[str | Path], **kwargs) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], cwd=ROOT, check=False, **kwargs)


def translations() -> None:
    lrelease = _tool("pyside6-lrelease")
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        done = _run([lrelease, "-silent", ts, "-qm", ts.with_suffix(".qm")])
        if done.returncode != 0:
            raise BuildError(f"lrelease failed on {ts.name}")


def pyinstaller() -> None:
    done = _run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            BUILD,
            HERE / "kinerja.spec",
        ]
    )
    if done.returncode != 0 or not EXE.exists():
        raise BuildError(f"PyInstaller failed (exit {done.returncode}); no {EXE}")


def smoke_test() -> str:
    """The frozen program's own self-test; returns its summary line."""
    report = BUILD / "self-test.txt"
    report.unlink(missing_ok=True)
    env = dict(os.environ)
    if not WINDOWS:
        env["QT_QPA_PLATFORM"] = "offscreen"
    done = _run(
        [EXE, "--self-test", "--report", report],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    text = report.read_text(encoding="utf-8").strip() if report.exists() else ""
    if done.returncode != 0 or done.stderr.strip() or not text.startswith("self-test passed"):
        raise BuildError(
            f"the self-test of {EXE} failed (exit {done.returncode})\n"
            f"stderr: {done.stderr.strip()}\nreport: {text}"
        )
    return text


def makensis_path() -> Path | None:
    found = shutil.which("makensis")
    if found:
        return Path(found)
    return next((p for p in NSIS_DEFAULTS if WINDOWS and p.exists()), None)


def makensis(tool: Path, version: str) -> Path:
    """The installer (Windows) or the packaging check of the script (elsewhere)."""
    nums = ".".join(str(n) for n in version_info.numeric(version))
    rel = os.path.relpath(BUNDLE, HERE)  # makensis works from the script's folder
    if WINDOWS:
        out = DIST / f"KinerjaLuring-{version}-setup.exe"
        extra: list[str] = []
    else:
        out = BUILD / f"nsis-check-KinerjaLuring-{version}-setup.exe"
        extra = ["-DFAST", f"-DEXE={NAME}"]
    out.unlink(missing_ok=True)
    done = _run(
        [
            tool,
            "-V2",
            "-WX",  # a warning is an error
            f"-DVERSION={version}",
            f"-DVERSION4={nums}",
            f"-DSRCDIR={rel}",
            f"-DOUTFILE={os.path.relpath(out, HERE)}",
            *extra,
            HERE / "kinerja.nsi",
        ]
    )
    if done.returncode != 0 or not out.exists():
        raise BuildError(f"makensis failed (exit {done.returncode})")
    return out


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def checksums(artefacts: list[Path]) -> list[str]:
    """`sha256sum -c` lines for the artefacts, plus every file of the bundle in
    dist/kinerja-luring.sha256 (to check a copy carried on a stick)."""
    lines = [f"{sha256(p)}  {p.relative_to(DIST).as_posix()}" for p in artefacts]
    (DIST / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = sorted(p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    (DIST / f"{NAME}.sha256").write_text(
        "".join(f"{sha256(p)}  {p.relative_to(DIST).as_posix()}\n" for p in files),
        encoding="utf-8",
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-nsis", action="store_true", help="do not run makensis")
    args = parser.parse_args(argv)
    version = version_info.read_version()["__version__"]
    timings: list[tuple[str, float]] = []

    def step(name: str, fn, *a):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        result = fn(*a)
        timings.append((name, time.perf_counter() - started))
        return result

    try:
        step("translations", translations)
        step("PyInstaller", pyinstaller)
        summary = step("self-test", smoke_test)
        print(summary)
        artefacts = [EXE]
        tool = None if args.skip_nsis else makensis_path()
        if tool is not None:
            setup = step("makensis", makensis, tool, version)
            if WINDOWS:
                artefacts.insert(0, setup)
            else:
                print(f"NSIS script compiled against this bundle (check only): {setup}")
        elif not args.skip_nsis:
            print("makensis not installed: installer step skipped")
    except BuildError as err:
        print(f"build failed: {err}", file=sys.stderr)
        return 1
    lines = checksums(artefacts)
    size = folder_size(BUNDLE)
    print(f"== Kinerja Luring {version} for {sys.platform}")
    print(f"bundle: {BUNDLE} ({size / 2**20:.0f} MiB)")
    for name, seconds in timings:
        print(f"  {name:<13} {seconds:6.1f} s")
    print("SHA-256 (dist/SHA256SUMS; every bundle file in dist/kinerja-luring.sha256):")
    for line in lines:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
