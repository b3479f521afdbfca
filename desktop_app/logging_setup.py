"""Logging to a rotating file in the data folder, plus crash hooks that log before anything else."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
from pathlib import Path

from desktop_app import paths

LOG_NAME = "kinerja.log"
_fault_file = None


def log_path() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Rotating log (5 x 1 MB) in the data folder; native crashes go to faults.log."""
    global _fault_file
    root = logging.getLogger()
    path = log_path()
    if not any(getattr(h, "_kinerja", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
        )
        handler._kinerja = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        root.setLevel(level)
    if _fault_file is None:
        _fault_file = (paths.log_dir() / "faults.log").open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    return path


def install_thread_hook() -> None:
    """Exceptions in plain threads are logged (the GUI hook is installed by the app)."""

    def hook(args: threading.ExceptHookArgs) -> None:
        logging.getLogger("thread").error(
            "uncaught exception in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    threading.excepthook = hook


def log_exception(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
    logging.getLogger("crash").error("uncaught exception", exc_info=(exc_type, exc, tb))
    sys.stderr.flush()
