"""Test configuration: offscreen Qt, an isolated data folder and QSettings, file databases."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pickle
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_DIR = Path(tempfile.mkdtemp(prefix="kinerja-tests-"))
os.environ["KINERJA_DATA_DIR"] = str(_SESSION_DIR / "data")
os.environ.pop("KINERJA_DB", None)

import pytest  # noqa: E402

from desktop_app.models.database import close_database, open_database  # noqa: E402
from desktop_app.services import auth, session  # noqa: E402

auth.configure_hasher(time_cost=1, memory_cost=1024, parallelism=1)  # cheap hashes in tests
T = TypeVar("T")


@pytest.fixture(autouse=True)
def _nobody_signed_in():
    session.sign_in_as(None)
    yield
    session.sign_in_as(None)


@pytest.fixture
def db_path(tmp_path: Path):
    """A fresh database file built through the migrations, as production builds it."""
    path = tmp_path / "kinerja.db"
    open_database(path)
    yield path
    close_database()


class DatabaseTemplates:
    """Databases built once per test run, each by key, and copied into a test's own database
    file on request: building one through the services is the slow part of many tests, a
    copy of the file is quick. The files live in one folder for the whole run, shared by the
    pytest-xdist workers (a lock file: one worker builds, the others wait and copy)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)

    def open_copy(self, target: Path, key: str, build: Callable[[], T]) -> T:
        """Make `target` a fresh copy of the database `build` fills (in a database made as
        `db_path` makes one; built on first use in this run) and open it; returns what
        `build` returned then (a fresh copy of it)."""
        path = self.folder / f"{key}.db"
        made = self.folder / f"{key}.pickle"
        with _locked(self.folder / f"{key}.lock"):
            if not made.exists():
                close_database()
                building = self.folder / f"{key}.{os.getpid()}.building"
                building.unlink(missing_ok=True)
                open_database(building)
                try:
                    result = build()
                finally:
                    close_database()
                os.replace(building, path)
                spare = made.with_suffix(f".{os.getpid()}")
                spare.write_bytes(pickle.dumps(result))
                os.replace(spare, made)
        result = pickle.loads(made.read_bytes())
        close_database()
        source, copy_ = sqlite3.connect(path), sqlite3.connect(target)
        try:
            source.backup(copy_)
        finally:
            copy_.close()
            source.close()
        open_database(target)
        return result


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on `path` across processes where the OS offers one (flock); without
    it two workers may both build a template, each writing it whole (os.replace)."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock, a duplicate build at worst
        yield
        return
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _templates_folder(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """The folder of this run's templates: given by a parent run (a child pytest, e.g. the
    1366×768 geometry run), else beside the workers' own folders under xdist, else in this
    run's base folder."""
    given = os.environ.get(TEMPLATES_ENV)
    if given:
        return Path(given)
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # <run>/popen-gw0 -> <run>: the same for every worker of the run
    return base / "database-templates"


TEMPLATES_ENV = "KINERJA_TEST_TEMPLATES"


@pytest.fixture(scope="session")
def database_templates(tmp_path_factory) -> DatabaseTemplates:
    """The databases of this test run built once (see DatabaseTemplates)."""
    folder = _templates_folder(tmp_path_factory)
    os.environ[TEMPLATES_ENV] = str(folder)  # a child pytest this run starts shares them
    return DatabaseTemplates(folder)


class DemoTemplates:
    """Demo databases built once per test run through the real generator (building one is the
    slow part of the demo tests), each copied into a test's own database file on request."""

    def __init__(self, templates: DatabaseTemplates) -> None:
        self.templates = templates

    def open_copy(
        self, target: Path, employees: int, *, seed: int, today: dt.date | None = None
    ) -> object:
        """Make `target` a fresh copy of the demo of `employees` people (seed, today as
        generate_demo takes them) and open it; returns the DemoResult of the build. The
        template is built on first use, in a database made as `db_path` makes one."""
        from desktop_app.demo import generator as demo

        key = f"demo-{employees}-{seed}-{today or 'today'}"
        if today is None:
            key += f"-{dt.date.today().isoformat()}"  # a run across midnight builds anew
        return self.templates.open_copy(
            target, key, lambda: demo.generate_demo(employees, seed=seed, today=today)
        )


@pytest.fixture(scope="session")
def demo_templates(database_templates) -> DemoTemplates:
    """The demo offices of this test run, by size, seed and day (see DemoTemplates)."""
    return DemoTemplates(database_templates)


@pytest.fixture
def office(db_path: Path):
    """A database that is an office (code TST01)."""
    from desktop_app.services import office as office_service

    return office_service.init_office("TST01", "Dinas Uji Coba")


@pytest.fixture(scope="session")
def qapp_args():
    return ["kinerja-test"]


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(autouse=True)
def _isolated_qsettings(request, tmp_path_factory):
    """QSettings of the tests never touch the developer's real settings."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("KinerjaLuringTest")
    QCoreApplication.setApplicationName("KinerjaLuringTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(autouse=True)
def _language_restored(request):
    """A test that starts the program in Indonesian (or switches the language) leaves the
    next test of its worker the language it found: the translators and the default locale
    are put back, even when the test failed halfway."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop_app.i18n import translator

    before, locale = list(translator._installed), QLocale()
    yield
    if translator._installed != before:
        app = QCoreApplication.instance()
        for tr in translator._installed:
            app.removeTranslator(tr)
        translator._installed[:] = before
        for tr in before:
            app.installTranslator(tr)
    QLocale.setDefault(locale)


ADMIN_PASSWORD = "Rahasia-Kantor-2026"


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(request, monkeypatch):
    """A modal dialog or file dialog that nobody answers would hang the suite until CI's time
    limit: in GUI tests they fail at once instead (tests replace the module-level openers)."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def refuse(*args, **kwargs):
        raise AssertionError(f"a blocking dialog was opened in a test: {args[:1]}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))
    yield


class WorkflowQuestions(list):
    """The questions asked before a workflow step (their texts, in order); `answer` is how
    the next ones are answered: "accept" clicks the step's button, "no" clicks No, "escape"
    presses Esc."""

    answer = "accept"


@pytest.fixture(autouse=True)
def workflow_questions(request, monkeypatch):
    """The question before Ajukan, Setujui, Tetapkan final... is really built and shown, and
    answered by a click (or Esc) instead of a modal loop; every test sees it asked."""
    asked = WorkflowQuestions()
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield asked
        return
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.views import workflow_steps

    def run(box: QMessageBox) -> None:
        asked.append(box.text())
        box.show()
        if asked.answer == "escape":
            QTest.keyClick(box, Qt.Key.Key_Escape)
            return
        role = (
            QMessageBox.ButtonRole.AcceptRole
            if asked.answer == "accept"
            else QMessageBox.ButtonRole.RejectRole
        )
        button = next(b for b in box.buttons() if box.buttonRole(b) == role)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(workflow_steps, "run_box", run)
    yield asked


@pytest.fixture
def admin_password() -> str:
    return ADMIN_PASSWORD


@pytest.fixture
def admin(office):
    """An administrator account (user name admin)."""
    auth.create_user("admin", ADMIN_PASSWORD, "admin", None, "Admin Kantor")
    return "admin"


@pytest.fixture
def answer_dialogs(monkeypatch):
    """Replace the controller's modal dialogs: SignInDialog signs in as `answers.user`
    (default admin); other dialogs are answered by `answers.handlers[ClassName](dialog)`.
    `answers.shown` lists the dialogs in the order they were opened."""
    from desktop_app.views import controller

    class Answers:
        user = "admin"
        password = ADMIN_PASSWORD
        shown: list[str] = []
        handlers: dict = {}

    answers = Answers()
    answers.shown = []
    answers.handlers = {}

    def run(dialog):
        name = type(dialog).__name__
        answers.shown.append(name)
        if name in answers.handlers:
            return answers.handlers[name](dialog)
        if name == "SignInDialog":
            dialog.username.setText(answers.user)
            dialog.password.setText(answers.password)
            dialog.sign_in()
            return dialog.session is not None
        raise AssertionError(f"unexpected dialog {name}")

    monkeypatch.setattr(controller, "run_dialog", run)
    yield answers
    import threading

    for thread in threading.enumerate():  # the daily backup of a started controller
        if thread.name == "daily-backup":
            thread.join(30)
