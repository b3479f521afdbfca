"""The floors of start-up, timed like bench.startup times ours.

Without arguments: a bare PySide6 main window (what the user feels; the goal is against it).
With `--db FILE --sql-file SQL.json`: the fairer floor, the same bare window plus the same
SQLite open and the same SELECT of the register rows as ours (plain sqlite3, rows fetched,
their count shown), so the ratio shows what the program adds beyond reading its data.
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = sys.argv[1:]
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    text = "Kinerja Luring"
    if "--db" in args:
        import sqlite3

        with open(args[args.index("--sql-file") + 1], encoding="utf-8") as file:
            query = json.load(file)
        con = sqlite3.connect(args[args.index("--db") + 1])
        rows = con.execute(query["sql"], query["params"]).fetchall()
        text = f"{text}: {len(rows)}"
    window = QMainWindow()
    window.setCentralWidget(QLabel(text))
    window.resize(1200, 760)
    window.show()
    window.repaint()
    app.processEvents()
    print(json.dumps({"startup_s": round(time.perf_counter() - T0, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
