"""The floor of start-up: a bare PySide6 main window, timed like bench.startup times ours."""

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Kinerja Luring"))
    window.resize(1200, 760)
    window.show()
    window.repaint()
    app.processEvents()
    print(json.dumps({"startup_s": round(time.perf_counter() - T0, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
