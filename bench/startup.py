"""One cold start of the GUI on a database, timed from process start to the painted window.

Run by `bench.run` in a fresh process each time: `python -m bench.startup --db FILE`. Prints
one JSON line: seconds from interpreter start (this module's first line) to the window shown
and painted, and the number of rows the register holds.
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

    from desktop_app.logging_setup import setup_logging
    from desktop_app.views.controller import AppController

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
    print(json.dumps({"startup_s": round(shown, 3), "rows": rows}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
