"""Peak memory of the program on a database after visiting every tab (one fresh process)."""

import argparse
import json
import os
import resource
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.demo import accounts as demo
    from desktop_app.views import controller as controller_module
    from desktop_app.views.controller import AppController

    QCoreApplication.setOrganizationName("KinerjaLuringBench")
    QCoreApplication.setApplicationName("KinerjaLuringBench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication(sys.argv[:1])
    admin = next(a for a in demo.DEMO_ACCOUNTS if a.role == "admin")

    def answer(dialog):  # type: ignore[no-untyped-def]
        dialog.username.setText(admin.username)
        dialog.password.setText(admin.password)
        dialog.sign_in()
        return dialog.session is not None

    controller_module.run_dialog = answer
    controller = AppController(app, Path(args.db), "id")
    if not controller.start():
        return 1
    tabs = controller.window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
    controller.wait_for_backup()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"peak_mb": round(peak_kb / 1024, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
