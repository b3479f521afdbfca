"""Entry point: builds QApplication, settings, translator and database; shows MainWindow.

`main(argv)` runs a CLI subcommand when the first argument names one, else the GUI.
"""

from __future__ import annotations

import argparse
import ctypes.util
import logging
import os
import sys
from collections.abc import Sequence

from desktop_app import cli, paths
from desktop_app.logging_setup import install_thread_hook, setup_logging
from desktop_app.version import APP_ID, ORG_NAME, __version__

log = logging.getLogger(__name__)

NO_DISPLAY_HELP = """\
Kinerja Luring needs a graphical desktop, and none was found (DISPLAY and WAYLAND_DISPLAY are
not set). On a server or in a terminal without a desktop, run it under a virtual screen:

    xvfb-run -a .venv/bin/python main.py

or use the batch commands, for example:  .venv/bin/python main.py --help
"""

MISSING_XCB_HELP = """\
Qt needs the system library libxcb-cursor0 to open windows on this Linux desktop, and it is
not installed. Install it (Debian/Ubuntu):

    sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 \\
        libxcb-shape0 libxcb-xinerama0 libegl1 libgl1 libfontconfig1 libdbus-1-3
"""


def display_problem(env: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why Qt could not open a window here, in plain words; None when it should work."""
    env = dict(os.environ) if env is None else env
    platform = platform or sys.platform
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return NO_DISPLAY_HELP
    if (
        not env.get("WAYLAND_DISPLAY")
        and not getattr(sys, "frozen", False)  # the bundle carries its own libxcb-cursor
        and ctypes.util.find_library("xcb-cursor") is None
    ):
        return MISSING_XCB_HELP
    return None


def _gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description="Kinerja Luring")
    parser.add_argument("--db", help="database file (default: KINERJA_DB or the data folder)")
    parser.add_argument("--lang", choices=("id", "en"), help="interface language")
    parser.add_argument(
        "--no-err-windows", action="store_true", help="log errors without showing dialogs"
    )
    parser.add_argument("--version", action="version", version=f"Kinerja Luring {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary folder (database, PDF, package, window)",
    )
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in argv and not (argv and argv[0] in cli.COMMANDS):
        # before logging: the self-test never touches the user's data folder
        from desktop_app import selftest

        return selftest.run(argv)
    setup_logging()
    install_thread_hook()
    if argv and (argv[0] in cli.COMMANDS or argv[0] in ("-h", "--help")):
        return cli.run(argv)
    if argv and not argv[0].startswith("-"):  # a mistyped command: list the real ones, exit 2
        return cli.run(argv)
    args = _gui_args(argv)
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr, end="")
        return 1
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.views.controller import AppController
    from desktop_app.views.messages import CrashReporter

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    icon = paths.resources_dir() / "icons" / "kinerja.png"
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    sys.excepthook = CrashReporter(show_windows=not args.no_err_windows)
    controller = AppController(
        app, paths.resolve_db_path(args.db), args.lang, named=args.db is not None
    )
    if not controller.start():
        return 0 if controller.handed_over else 1
    app.aboutToQuit.connect(controller.shutdown)
    return app.exec()
