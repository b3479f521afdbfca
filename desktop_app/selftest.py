"""`--self-test`: prove that this installation (source tree or frozen bundle) works.

In a fresh temporary data folder (the user's data folder, settings and database are never
touched) it opens a new database through every migration, fills a tiny demo office, signs in,
prints one SKP to PDF, seals one full sync package for a fresh central office key and opens it
again with that key (signature and file hashes checked), writes the register to Excel and reads
it back, makes a backup copy, then builds the main window with all its tabs offscreen, with the
Indonesian translations loaded from the shipped resources.

Exit 0 and one summary line on stdout when everything held; otherwise exit 1 with the reason
on stderr. Any warning logged by the program or by Qt on the way counts as a failure, so a
missing translation, font or plugin in the bundle is caught. `--report FILE` also writes the
outcome to FILE, for windowed Windows builds where stdout and stderr do not exist.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

EMPLOYEES = 6
# Qt chatter that says nothing about the installation (the same list as the test suite's).
QT_IGNORED = ("This plugin does not support", "QFont::")


class SelfTestError(RuntimeError):
    """A check of the self-test did not hold."""


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestError(reason)


class _Problems(logging.Handler):
    """Collects every warning or error logged while the self-test runs."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")


def _isolate(base: Path) -> None:
    """Point every place the program writes to into `base`."""
    os.environ["KINERJA_DATA_DIR"] = str(base / "data")
    os.environ.pop("KINERJA_DB", None)
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a self-test needs no screen


def _database(base: Path) -> dict[str, object]:
    from desktop_app.models.database import latest_schema_version, open_database
    from desktop_app.services import settings
    from desktop_app.version import __version__

    result = open_database(base / "selftest.db")
    known = latest_schema_version()
    _check(known >= 1, "no migration scripts were found (shipped as data?)")
    _check(
        result.schema_version == known,
        f"new database is at schema {result.schema_version}, expected {known}",
    )
    last = settings.get("app.last_version")
    _check(last == __version__, f"app.last_version is {last!r}, expected {__version__!r}")
    return {"schema": known}


def _office() -> dict[str, object]:
    from desktop_app.demo import generator as demo
    from desktop_app.demo.accounts import DEMO_ACCOUNTS
    from desktop_app.services import auth, session

    auth.configure_hasher(time_cost=1, memory_cost=1024, parallelism=1)  # throwaway accounts
    made = demo.generate_demo(EMPLOYEES, seed=1)
    _check(made.employees == EMPLOYEES, f"demo wrote {made.employees} employees")
    admin = next(a for a in DEMO_ACCOUNTS if a.role == "admin")
    signed = auth.authenticate(admin.username, admin.password)
    session.sign_in_as(signed)
    return {"office": made.office_code, "employees": made.employees}


def _pdf(base: Path) -> dict[str, object]:
    import datetime as dt

    from desktop_app.models import Employee
    from desktop_app.services.reports import print_one
    from desktop_app.services.reports.batch import record_for

    year = str(dt.date.today().year)
    nip = next(
        (
            e.nip
            for e in Employee.select().where(Employee.deleted == False).order_by(Employee.id)
            if record_for("skp", e.id, year) is not None
        ),
        None,
    )
    _check(nip is not None, f"the demo office has no SKP for {year} to print")
    out = base / "skp.pdf"
    pages = print_one("skp", nip, year, out)
    data = out.read_bytes()
    _check(data.startswith(b"%PDF-"), "the printed SKP does not start with a PDF header")
    _check(b"%%EOF" in data[-64:], "the printed SKP has no end-of-file marker")
    _check(pages >= 1, "the printed SKP has no pages")
    merged = _merged(base, nip, year)
    return {"pdf_pages": pages, "pdf_kb": round(len(data) / 1024), "merged_pages": merged}


def _merged(base: Path, nip: str, year: str) -> int:
    """The same SKP three times through the merged writer, a chunk each (pypdf reads every
    chunk back), with reportlab's C accelerator loaded (rl_accel: a batch is slow without)."""
    from pypdf import PdfReader
    from reportlab.lib import rl_accel

    from desktop_app.models import Employee
    from desktop_app.printing.merged import render_merged
    from desktop_app.printing.skp import skp_document
    from desktop_app.services.reports import sources
    from desktop_app.services.reports.batch import record_for
    from desktop_app.services.reports.forms import skp_report

    _check(
        type(rl_accel.fp_str).__name__ == "builtin_function_or_method",
        "reportlab's accelerator (rl_accel) is missing: batch printing would be slow",
    )
    plan = record_for("skp", Employee.get(Employee.nip == nip).id, year)
    setup = sources.page_setup()
    out = base / "merged.pdf"
    counts = render_merged(
        out,
        (skp_document(skp_report(plan), setup) for _ in range(3)),
        setup,
        title="t",
        subject="s",
        chunk=1,
    )
    pages = len(PdfReader(out).pages)
    _check(pages == sum(counts) == 3 * counts[0], f"the merged PDF has {pages} pages")
    return pages


def _package(base: Path) -> dict[str, object]:
    from pyrage import x25519

    from desktop_app.services import office
    from desktop_app.services.sync import office as sync_office
    from desktop_app.sync.keys import fingerprint, new_signing_key
    from desktop_app.sync.package import open_package

    central = x25519.Identity.generate()
    sync_office.set_hq_key(str(central.to_public()), fingerprint(new_signing_key()[1]))
    stick = base / "stick"
    stick.mkdir()
    result = sync_office.export_package(stick, full=True)
    _check(result.path.is_file(), f"the package {result.path} was not written")
    sealed = result.path.read_bytes()
    opened = open_package(sealed, str(central), office.require_office().public_key)
    _check(opened.manifest.since_version == 0, "the package is not a full snapshot")
    rows = sum(f.rows for f in opened.manifest.files)
    _check(rows == result.rows and rows > 0, f"the package holds {rows} rows, {result.rows} sent")
    return {"package_rows": rows, "package_kb": round(len(sealed) / 1024)}


def _excel_and_backup(base: Path) -> dict[str, object]:
    from desktop_app.models import Employee
    from desktop_app.services import backup, backup_seal
    from desktop_app.services.register import employee_export, employee_import_preview

    ids = [e.id for e in Employee.select(Employee.id).order_by(Employee.id)]
    out = base / "pegawai.xlsx"
    written = employee_export.export_employees(out, ids)
    preview = employee_import_preview.read_file(out)
    _check(
        written == len(ids) and len(preview.rows) == len(ids),
        f"the Excel round trip lost rows: {len(ids)} exported, {len(preview.rows)} read back",
    )
    key = backup_seal.create_backup_key("selftest-backup-passphrase")  # age and scrypt work
    copy = backup.make_backup(base / "backup.db")
    _check(backup_seal.is_sealed(copy), f"the backup {copy} is not sealed")
    opened = backup_seal.unseal(copy, key.recovery_key, base / "backup-opened.db")
    problems = backup.integrity_problems(opened)
    _check(not problems, f"the backup copy is damaged: {problems}")
    return {"xlsx_rows": written}


def _qt_message_handler(problems: list[str]):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QtMsgType

    def handler(kind, context, message) -> None:  # type: ignore[no-untyped-def]
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if message.startswith(QT_IGNORED):
            return
        problems.append(f"Qt: {message}")

    return handler


def _window(base: Path, problems: list[str]) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication, QSettings, Qt, qInstallMessageHandler, qVersion
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_qt_message_handler(problems))
    QCoreApplication.setOrganizationName("KinerjaLuringSelfTest")
    QCoreApplication.setApplicationName("KinerjaLuringSelfTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(base / "qt"))
    app = QApplication.instance() or QApplication(sys.argv[:1])

    from desktop_app.i18n import translator
    from desktop_app.services import office as office_service
    from desktop_app.services import session
    from desktop_app.views import controller  # noqa: F401  (QtNetwork: the single-instance socket)
    from desktop_app.views.main_window import LazyTab, MainWindow

    translator.install("id")
    _check(
        len(translator._installed) == 2,
        "the Indonesian translations were not found in the resources folder",
    )
    info = office_service.current_office()
    window = MainWindow(f"{info.name} ({info.code})", session=session.current())
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.show()
    built = 0
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        app.processEvents()
        tab = window.tabs.widget(i)
        _check(
            not isinstance(tab, LazyTab) or tab.inner is not None,
            f"tab {window.tabs.tabText(i)!r} was not built",
        )
        built += 1
    window.close()
    window.deleteLater()
    app.processEvents()
    translator.install("en")
    _check(
        len(translator._installed) == 1,
        "the English plural forms (kinerja_en.qm) were not found in the resources folder",
    )
    qInstallMessageHandler(None)
    return {"tabs": built, "qt": qVersion(), "platform": app.platformName()}


def _args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kinerja-luring --self-test")
    parser.add_argument("--self-test", action="store_true", required=True)
    parser.add_argument("--report", metavar="FILE", help="also write the outcome to FILE")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--no-window", action="store_true", help="skip the Qt part")
    parser.add_argument("--no-err-windows", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(list(argv))


def run(argv: Sequence[str]) -> int:
    """Run every check; 0 when all held (summary on stdout), 1 with the reason on stderr."""
    args = _args(argv)
    started = time.perf_counter()
    base = Path(tempfile.mkdtemp(prefix="kinerja-selftest-"))
    saved_env = {k: os.environ.get(k) for k in ("KINERJA_DATA_DIR", "KINERJA_DB")}
    problems = _Problems()
    root = logging.getLogger()
    root.addHandler(problems)
    summary: dict[str, object] = {}
    failure = None
    try:
        _isolate(base)
        summary.update(_database(base))
        summary.update(_office())
        summary.update(_pdf(base))
        summary.update(_package(base))
        summary.update(_excel_and_backup(base))
        if not args.no_window:
            qt_problems: list[str] = []
            summary.update(_window(base, qt_problems))
            problems.messages += qt_problems
        _check(not problems.messages, "warnings on the way: " + "; ".join(problems.messages))
    except SelfTestError as err:
        failure = str(err)
    except Exception:
        failure = "unexpected error:\n" + traceback.format_exc()
    finally:
        root.removeHandler(problems)
        _cleanup(base, keep=args.keep)
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    seconds = time.perf_counter() - started
    if failure is None:
        details = ", ".join(f"{k} {v}" for k, v in summary.items())
        text = f"self-test passed in {seconds:.1f} s: {details}"
        _emit(sys.stdout, text, args.report)
        return 0
    _emit(sys.stderr, f"self-test FAILED: {failure}", args.report)
    return 1


def _cleanup(base: Path, *, keep: bool) -> None:
    from desktop_app.models.database import close_database
    from desktop_app.services import session

    session.sign_in_as(None)
    close_database()
    if keep:
        print(f"self-test folder kept: {base}")
    else:
        shutil.rmtree(base, ignore_errors=True)


def _emit(stream, text: str, report: str | None) -> None:  # type: ignore[no-untyped-def]
    if stream is not None:  # None in a windowed Windows build
        print(text, file=stream)
        stream.flush()
    if report:
        Path(report).write_text(text + "\n", encoding="utf-8")
