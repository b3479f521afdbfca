"""One version source (desktop_app/version.py): packaging, the Windows version resource, the
About dialog and the database all read it; a database from a newer program is refused in
words, in the user's language."""

from __future__ import annotations

import importlib.util
import json
import tomllib
from pathlib import Path

import pytest

from desktop_app import version
from desktop_app.models import db
from desktop_app.models.database import close_database, open_database
from desktop_app.services import settings

ROOT = Path(__file__).resolve().parents[1]


def _installer_module(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "installer" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pyproject_takes_the_version_from_version_py():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert "version" not in project["project"]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "desktop_app.version.__version__"}


def test_windows_version_resource_is_made_from_version_py():
    info = _installer_module("version_info")
    assert info.read_version()["__version__"] == version.__version__
    assert info.numeric("1.2.3") == (1, 2, 3, 0)
    assert info.numeric("2.0rc1") == (2, 0, 0, 0)
    text = info.version_info_text()
    assert f"StringStruct('ProductVersion', '{version.__version__}')" in text
    assert f"filevers={info.numeric(version.__version__)}" in text


def test_database_records_the_version_that_last_wrote_it(tmp_path, monkeypatch):
    path = tmp_path / "k.db"
    open_database(path)
    assert settings.get("app.last_version") == version.__version__
    close_database()
    monkeypatch.setattr("desktop_app.models.database.__version__", "9.9.9")
    open_database(path)
    assert settings.get("app.last_version") == "9.9.9"
    row = db.execute_sql("SELECT value FROM setting WHERE key = 'app.last_version'").fetchone()
    assert json.loads(row[0]) == "9.9.9"
    close_database()


@pytest.mark.gui
def test_newer_database_is_refused_in_the_users_language(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from desktop_app.i18n import translator
    from desktop_app.views import controller as controller_module

    path = tmp_path / "newer.db"
    open_database(path)
    db.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('0999_x', '2030-01-01')")
    close_database()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(controller_module.messages, "warn", lambda p, t, x: shown.append((t, x)))
    try:
        controller = controller_module.AppController(qapp, path, "id")
        assert not controller.start()
        title = QCoreApplication.translate("AppController", "Newer database")
    finally:
        translator.install("en")
    assert title != "Newer database"  # the Indonesian catalogue is loaded
    assert shown == [(title, shown[0][1])]
    assert "999" in shown[0][1] and "Traceback" not in shown[0][1]
    assert controller.window is None


@pytest.mark.gui
def test_about_shows_version_qt_python_and_data_folder(qtbot, db_path):
    import platform

    from PySide6.QtCore import qVersion

    from desktop_app import paths
    from desktop_app.views.main_window import MainWindow

    window = MainWindow("Dinas Uji (TST01)")
    qtbot.addWidget(window)
    text = window.about_text()
    for part in (version.__version__, qVersion(), platform.python_version(), str(paths.data_dir())):
        assert part in text
