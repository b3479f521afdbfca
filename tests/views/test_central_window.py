"""The central office's window: the offices' data in the usual tabs, read-only, one office
or all chosen in the corner of the tabs."""

from __future__ import annotations

import pytest

from desktop_app.services import session
from desktop_app.views.main_window import MainWindow
from desktop_app.views.register.tab import RegisterTab
from tests.sync.conftest import sites, using  # noqa: F401  (the sites fixture)

pytestmark = pytest.mark.gui


def test_central_window_reads_offices_read_only(qtbot, sites):  # noqa: F811
    sites.import_(sites.export())
    with using(sites.central):
        window = MainWindow("BKPSDM")
        qtbot.addWidget(window)
        try:
            assert session.is_central() and "Central office" in window.windowTitle()
            combo = window.office_filter
            assert combo is not None and [combo.itemData(i) for i in range(combo.count())] == [
                None,
                "DEMO01",
            ]
            register = window.tabs.widget(0)
            assert isinstance(register, RegisterTab)
            qtbot.waitUntil(lambda: register.model.rowCount() > 0)
            assert not register.add_button.isEnabled()  # read-only at the central office
            combo.setCurrentIndex(1)
            assert session.office_filter() == "DEMO01"
            fresh = window.tabs.widget(0)
            assert isinstance(fresh, RegisterTab) and fresh is not register
            qtbot.waitUntil(lambda: fresh.model.rowCount() > 0)
            assert window.import_tab is not None
        finally:
            window.close()
            session.set_central(False)
