"""Long work in a worker thread behind a progress dialog that can be cancelled.

`run_task(parent, label, work)` runs `work(progress)` off the GUI thread with its own database
connection and waits for it while the GUI stays responsive; the work calls
`progress(done, total)`, which raises Cancelled once the user pressed Cancel.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.i18n.translator import tr_
from desktop_app.models.database import worker_connection

T = TypeVar("T")
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user pressed Cancel in the progress dialog."""


class _Worker(QThread):
    """Runs one service call off the GUI thread with its own database connection.

    Progress is left in `done`/`total` for the GUI thread to poll, instead of a Python signal
    per step: PySide6 6.12 on Python 3.11 loses a reference to True on every Python-side
    `Signal.emit()` and crashes after a few hundred of them.
    """

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancel_requested = threading.Event()
        self.done = 0
        self.total = 0

    def run(self) -> None:
        try:
            with worker_connection():
                self.result = self.work(self._progress)
        except BaseException as exc:  # handed to the GUI thread, which re-raises it
            self.error = exc

    def _progress(self, done: int, total: int) -> None:
        if self.cancel_requested.is_set():
            raise Cancelled
        self.done, self.total = done, total


def run_task(parent: QWidget | None, label: str, work: Callable[[Progress], T]) -> T:
    """Run `work(progress)` in a worker thread behind a cancellable progress dialog and wait
    for it (the GUI stays responsive). Re-raises the work's exception; Cancelled on Cancel."""
    dialog = QProgressDialog(label, tr_("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(tr_("Tasks", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _Worker(work)
    shown = [0, 0]

    def poll() -> None:
        done, total = worker.done, worker.total
        if total > 0 and [done, total] != shown:
            shown[:] = [done, total]
            if dialog.maximum() != total:
                dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(poll)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    dialog.canceled.connect(worker.cancel_requested.set)
    # Free the garbage of earlier screens here, in the GUI thread: a cyclic collection that
    # the worker's allocations set off would otherwise destroy those Qt objects off the GUI
    # thread, which crashes Qt.
    gc.collect()
    worker.start()
    timer.start()
    loop.exec()
    timer.stop()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    worker.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result
