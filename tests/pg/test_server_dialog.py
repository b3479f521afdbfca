"""The connection dialog, driven from the keyboard against the session's real server: a
wrong port or password is said beside the fields and the dialog stays; the right account
connects; the program opened with --db postgresql://... asks for the password the server
wants and opens the office database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.models.engines import ServerTarget
from desktop_app.views.server_dialog import ServerConnectionDialog

pytestmark = pytest.mark.gui


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_a_wrong_port_is_said_beside_the_fields_then_the_server_connects(qtbot, pg_url):
    target = ServerTarget.parse(pg_url)
    dialog = ServerConnectionDialog(None, ServerTarget(target.dbname, target.user, target.host))
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.port, "99999")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "1 to 65535" in dialog.error.text() and dialog.isVisible()
    _type(qtbot, dialog.port, "5999")  # no server listens there
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "does not answer" in dialog.error.text() and dialog.target is None
    _type(qtbot, dialog.port, "5432")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.target is not None and dialog.target.dbname == target.dbname
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_program_opens_a_server_database_named_with_db(qtbot, pg_url, answer_dialogs):
    from desktop_app import paths
    from desktop_app.models.base import db
    from desktop_app.models.database import close_database, current_url, is_server, open_database
    from desktop_app.services import auth
    from desktop_app.services import office as office_service

    open_database(pg_url)
    office_service.init_office("TST01", "Dinas Uji Coba")
    auth.create_user("admin", answer_dialogs.password, "admin", None, "Admin Kantor")
    close_database()
    from PySide6.QtWidgets import QApplication

    from desktop_app.views.controller import AppController

    path = paths.resolve_db_path(pg_url)
    controller = AppController(QApplication.instance(), path, named=True)
    try:
        assert controller.start()
        assert is_server() and current_url() == ServerTarget.parse(pg_url).url()
        assert controller.window is not None
        # the status bar's lasting database entry names the server database, not a file
        assert ServerTarget.parse(pg_url).dbname in controller.window.path_label.text()
        assert db.execute_sql("SELECT code FROM office").fetchone()[0] == "TST01"
    finally:
        controller.shutdown()
        close_database()


def _office_with_admin(url: str, code: str, password: str) -> None:
    from desktop_app.models.database import close_database, open_database
    from desktop_app.services import auth
    from desktop_app.services import office as office_service

    open_database(url)
    office_service.init_office(code, f"Dinas {code}")
    auth.create_user("admin", password, "admin", None, "Admin Kantor")
    close_database()


def test_file_connect_to_a_server_switches_to_its_office_database(
    qtbot, pg_server, pg_url, answer_dialogs
):
    from PySide6.QtWidgets import QApplication

    from desktop_app import paths
    from desktop_app.i18n.translator import tr_
    from desktop_app.models.database import close_database, current_url
    from desktop_app.services import office as office_service
    from desktop_app.views.controller import AppController

    _office_with_admin(pg_url, "TST01", answer_dialogs.password)
    pg_server.admin('CREATE DATABASE "second" TEMPLATE "kinerja_template"')
    second = pg_server.url("second")
    _office_with_admin(second, "TST02", answer_dialogs.password)

    def connect(dialog: ServerConnectionDialog) -> bool:
        dialog.show()
        assert dialog.host.text() == ServerTarget.parse(pg_url).host  # the open one's fields
        _type(qtbot, dialog.dbname, "second")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        return dialog.result() == dialog.DialogCode.Accepted

    answer_dialogs.handlers["ServerConnectionDialog"] = connect
    controller = AppController(QApplication.instance(), paths.resolve_db_path(pg_url), named=True)
    try:
        assert controller.start()
        menu = controller.window.menuBar().actions()[0].menu()
        wanted = tr_("MainWindow", "Connect to a ser&ver…")  # in the language installed
        action = next(a for a in menu.actions() if a.text() == wanted)
        action.trigger()
        assert ServerTarget.parse(current_url()).dbname == "second"
        assert office_service.current_office().code == "TST02"
        assert answer_dialogs.shown[-2:] == ["ServerConnectionDialog", "SignInDialog"]
    finally:
        controller.shutdown()
        close_database()
