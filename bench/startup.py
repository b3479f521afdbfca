"""One cold start of the GUI on a demo database, timed from process start.

Run by `bench.run` in a fresh process each time: `python -m bench.startup --db FILE`. The
sign-in dialog is answered with the demo administrator's password (as a user would type it).
Prints one JSON line: seconds from interpreter start (this module's first line) to the sign-in
dialog painted, the password check (argon2id), from sign-in to the main window painted, and
the number of rows the register holds.
"""

import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.demo import accounts as demo
    from desktop_app.logging_setup import setup_logging
    from desktop_app.views import controller as controller_module
    from desktop_app.views.controller import AppController

    marks: dict[str, float] = {}
    admin = next(a for a in demo.DEMO_ACCOUNTS if a.role == "admin")

    def answer(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        dialog.repaint()
        app.processEvents()
        marks["dialog"] = time.perf_counter() - T0
        dialog.username.setText(admin.username)
        dialog.password.setText(admin.password)
        dialog.sign_in()
        marks["signed"] = time.perf_counter() - T0
        dialog.hide()
        return dialog.session is not None

    controller_module.run_dialog = answer

    setup_logging()
    QCoreApplication.setOrganizationName("KinerjaLuringBench")
    QCoreApplication.setApplicationName("KinerjaLuringBench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication(sys.argv[:1])
    controller = AppController(app, Path(args.db), "id")
    if not controller.start():
        print(json.dumps({"error": "could not start"}))
        return 1
    window = controller.window
    window.repaint()
    app.processEvents()
    shown = time.perf_counter() - T0
    tab = window.tabs.widget(0)
    rows = tab.model.total if hasattr(tab, "model") else 0
    print(
        json.dumps(
            {
                "to_sign_in_dialog_s": round(marks["dialog"], 3),
                "password_check_s": round(marks["signed"] - marks["dialog"], 3),
                "sign_in_to_window_s": round(shown - marks["signed"], 3),
                "startup_s": round(shown - (marks["signed"] - marks["dialog"]), 3),
                "rows": rows,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
