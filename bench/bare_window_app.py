"""The floor for the frozen bundle's cold start: a bare PySide6 main window that stays open.

Frozen by bench/bare_window.spec the way installer/kinerja.spec freezes the program (one
folder, windowed, no UPX); bench/bundle_startup.py times both to their first visible window.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.setCentralWidget(QLabel("Kinerja Luring"))
    window.resize(1200, 760)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
