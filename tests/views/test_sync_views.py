"""Sync through the screens: the office sets the central office key from the file on the
stick and exports to the stick; the central office's Impor tab shows the dry run, registers
the office after its fingerprint is confirmed, applies and writes the receipt; the office
imports the receipt and sees the package acknowledged. A refused package shows its reason
and changes nothing; a NIP in two offices is resolved in the merge queue."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.sync import central as sync_central
from desktop_app.services.sync import office as sync_office
from desktop_app.sync.keys import grouped
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.central import import_steps
from desktop_app.views.sync.central.tab import ImportTab
from desktop_app.views.sync.hq_key_dialog import HqKeyDialog
from desktop_app.views.sync.office_dialog import SyncDialog
from desktop_app.views.sync.quarantined_dialog import QuarantinedDialog
from tests.sync.conftest import dump, sites, using  # noqa: F401  (the sites fixture)

pytestmark = pytest.mark.gui


class Screens:
    """The module-level questions of the sync screens, answered by the test."""

    def __init__(self, monkeypatch) -> None:
        self.infos: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.dialogs: list[object] = []
        self.folder = ""
        self.open_file = ""
        self.open_files: list[str] = []
        self.save_file = ""
        self.confirmed: list[str] = []
        self.fingerprints: list[sync_central.PackageInfo] = []
        self.register = True
        self.text: str | None = None
        from desktop_app.views.messages import error_text

        monkeypatch.setattr(sync_common, "ask_folder", lambda *a: self.folder)
        monkeypatch.setattr(sync_common, "ask_open_file", lambda *a: self.open_file)
        monkeypatch.setattr(sync_common, "ask_open_files", lambda *a: list(self.open_files))
        monkeypatch.setattr(sync_common, "ask_save_file", lambda *a: self.save_file)
        monkeypatch.setattr(sync_common, "ask_text", lambda *a: self.text)
        monkeypatch.setattr(
            sync_common, "info", lambda parent, title, text: self.infos.append((title, text))
        )
        monkeypatch.setattr(
            sync_common, "show_error", lambda parent, exc: self.errors.append(error_text(exc))
        )

        def confirm(parent, title, text):
            self.confirmed.append(text)
            return True

        monkeypatch.setattr(sync_common, "confirm", confirm)

        def fingerprint(parent, info):
            self.fingerprints.append(info)
            return self.register

        monkeypatch.setattr(import_steps, "confirm_fingerprint", fingerprint)

        def run(dialog):
            self.dialogs.append(dialog)
            if isinstance(dialog, HqKeyDialog):
                dialog.store()
                return dialog.result() == dialog.DialogCode.Accepted
            return True

        monkeypatch.setattr(sync_common, "run_dialog", run)


@pytest.fixture
def screens(monkeypatch):
    return Screens(monkeypatch)


def test_round_trip_through_the_screens(qtbot, sites, screens, tmp_path, qtmodeltester):  # noqa: F811
    # the central office puts its key on the stick
    with using(sites.central):
        tab = ImportTab()
        qtbot.addWidget(tab)
        assert "never been exported" in tab.header.identity_label.text()
        screens.save_file = str(sites.stick / "kunci-pusat.txt")
        tab.header.save_key_file()
        recipient, signing = sync_central.hq_key()
    assert Path(screens.save_file).is_file()

    # the office reads it from the stick and exports
    with using(sites.office):
        from desktop_app.services import settings
        from desktop_app.services.sync.office.state import HQ_RECIPIENT, HQ_SIGNING

        settings.put(HQ_RECIPIENT, None)  # an office that has not set the central key yet
        settings.put(HQ_SIGNING, None)
        dialog = SyncDialog()
        qtbot.addWidget(dialog)
        assert "receipts cannot be checked" in dialog.signing_label.text()
        screens.open_file = screens.save_file
        dialog.key_from_file()
        assert isinstance(screens.dialogs[-1], HqKeyDialog)
        assert dialog.key_label.text() == recipient
        assert dialog.signing_label.text() == grouped(signing)
        assert "first package holds every record" in dialog.state_label.text()
        screens.folder = str(sites.stick)
        dialog.full.setChecked(True)
        dialog.export()
        assert screens.errors == []
        _title, text = screens.infos[-1]
        (package,) = sites.stick.glob("*.kpkg")
        assert str(package) in text and "safely remove the stick" in text
        assert dialog.outbox_model.rowCount() == 1 and not dialog.full.isChecked()
        qtmodeltester.check(dialog.outbox_model)
        # a copy again to another stick, from the outbox
        other = tmp_path / "other-stick"
        other.mkdir()
        dialog.outbox.table.selectRow(0)
        assert dialog.copy_button.isEnabled()
        screens.folder = str(other)
        dialog.copy_again()
        assert (other / package.name).read_bytes() == package.read_bytes()

    # the central office: dry run first, nothing written
    before = dump(sites.central)
    with using(sites.central):
        tab = ImportTab()
        qtbot.addWidget(tab)
        screens.open_files = [str(package)]
        tab.packages.choose()
        assert screens.errors == []
        (asked,) = screens.fingerprints
        assert asked.office_code == "DEMO01" and asked.fingerprint == sites.fingerprint
        page = tab.packages
        (entry,) = page.entries
        assert entry.new_office and entry.ready
        assert page.model.index(0, page.STATE).data() == "Ready (new office)"
        assert page.model.index(0, page.NEW).data() != ""
        assert page.entity_model.rowCount() > 3  # per entity
        qtmodeltester.check(page.model)
        qtmodeltester.check(page.entity_model)
        assert "nothing has been written" in page.status.text()
        assert page.apply_button.isEnabled()
    assert dump(sites.central) == before

    # apply: the office is registered, the receipt written to the chosen folder
    with using(sites.central):
        page.receipts.setText(str(sites.receipts))
        page.apply()
        assert screens.errors == []
        assert "Registered as new offices: DEMO01" in screens.confirmed[-1]
        assert page.model.index(0, page.STATE).data() == "Imported"
        assert not page.apply_button.isEnabled()
        (receipt,) = sites.receipts.glob("*.receipt")
        assert str(sites.receipts) in screens.infos[-1][1]
        tab.pages.setCurrentWidget(tab.offices)
        offices = tab.offices.model
        assert offices.rowCount() == 1
        assert offices.index(0, tab.offices.CODE).data() == "DEMO01"
        assert offices.index(0, tab.offices.LAST).data() == "1"
        assert offices.index(0, tab.offices.DAYS).data() == "0"
        assert tab.history.model.rowCount() == 1
        qtmodeltester.check(offices)
        # the same package again: nothing changes, and it says so
        tab.packages.load([package])
        assert page.model.index(0, page.STATE).data() == "Already imported"
        assert len(screens.fingerprints) == 1  # known now: not asked again

    # back at the office: the receipt acknowledges the package
    with using(sites.office):
        dialog = SyncDialog()
        qtbot.addWidget(dialog)
        screens.open_file = str(receipt)
        dialog.import_receipt()
        assert screens.errors == []
        shown = screens.dialogs[-1]
        assert isinstance(shown, QuarantinedDialog)
        assert "Receipt for package 1 imported" in shown.summary.text()
        assert "Nothing was quarantined" in shown.summary.text()
        assert dialog.outbox_model.index(0, SyncDialog.ACKNOWLEDGED).data() != ""
        assert "confirmed the packages whose receipt came back" in dialog.state_label.text()
        assert sync_office.acknowledged_version() > 0
        # and again: it says so
        dialog.import_receipt()
        assert "imported before" in screens.dialogs[-1].summary.text()


def test_a_refused_package_shows_why_and_changes_nothing(qtbot, sites, screens, tmp_path):  # noqa: F811
    good = sites.export()
    flipped = tmp_path / "DEMO01_000009_20260101T000000Z.kpkg"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped.write_bytes(bytes(data))
    before = dump(sites.central)
    with using(sites.central):
        tab = ImportTab()
        qtbot.addWidget(tab)
        page = tab.packages
        screens.register = False  # the office read another fingerprint on the phone
        screens.open_files = [str(good), str(flipped)]
        page.choose()
        assert screens.errors == []
        states = {
            page.model.index(r, page.FILE).data(): page.model.index(r, page.STATE).data()
            for r in range(page.model.rowCount())
        }
        assert states == {good.name: "Refused", flipped.name: "Refused"}
        assert not page.apply_button.isEnabled()
        reasons = {}
        for row in range(page.model.rowCount()):
            page.table.selectRow(row)
            reasons[page.model.index(row, page.FILE).data()] = page.details_label.text()
        assert "is not registered" in reasons[good.name]
        assert grouped(sites.fingerprint) in reasons[good.name]
        assert "refused" in reasons[flipped.name]
        tip = page.model.index(0, page.STATE).data(Qt.ItemDataRole.ToolTipRole)
        assert "refused" in tip or "not registered" in tip  # the reason as a tooltip too
    assert dump(sites.central) == before


def test_a_nip_in_two_offices_is_resolved_in_the_merge_queue(qtbot, sites, screens, tmp_path):  # noqa: F811
    from desktop_app.models import Employee
    from desktop_app.models.database import close_database
    from desktop_app.services import office as office_service
    from desktop_app.services.register import employees
    from desktop_app.services.register import units as unit_service

    sites.import_(sites.export())
    with using(sites.office):
        nip = Employee.select().where(Employee.active == True).first().nip
    with using(tmp_path / "other.db"):
        office_service.init_office("DEMO02", "Puskesmas Lain")
        unit = unit_service.save_unit(
            unit_service.UnitInput("PKM02", "Puskesmas Lain", "PUSKESMAS")
        )
        employees.save_employee(employees.EmployeeInput(nip, "Pegawai Pindahan", "III/a", unit))
        sync_office.set_hq_key(sites.recipient, sites.hq_fingerprint)
        path = sync_office.export_package(sites.stick).path
    with using(sites.central):
        tab = ImportTab()
        qtbot.addWidget(tab)
        screens.open_files = [str(path)]
        screens.folder = str(sites.receipts)
        tab.packages.receipts.setText("")
        tab.packages.choose()
        assert tab.packages.model.index(0, tab.packages.MERGES).data() == "1"
        tab.packages.receipts.setText("")
        tab.packages.apply()  # no folder typed: asked for one
        assert screens.errors == []
        merges = tab.merges
        assert merges.model.rowCount() == 1 and "(1)" in tab.pages.tabText(4)
        merges.list.table.selectRow(0)
        assert merges.model.index(0, 5).data() == "Pegawai Pindahan"
        screens.text = "Pindah ke DEMO02 sejak Oktober"
        merges.resolve()
        assert screens.errors == []
        assert merges.model.rowCount() == 0
        assert sync_central.merge_queue() == []
    close_database()


def test_the_central_office_has_an_import_tab_and_the_office_a_sync_menu(qtbot, sites, screens):  # noqa: F811
    from desktop_app.views.main_window import MainWindow

    with using(sites.central):
        window = MainWindow("PUSAT")
        qtbot.addWidget(window)
        window.show()
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles[-1] == "Import"
        sync_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "S&ync")
        sync_menu.actions()[0].trigger()
        assert window.tabs.currentWidget() is window.import_tab
        assert isinstance(window.import_tab.inner, ImportTab)
    with using(sites.office):
        window = MainWindow("DEMO01")
        qtbot.addWidget(window)
        assert "Import" not in [window.tabs.tabText(i) for i in range(window.tabs.count())]
        asked = []
        window.sync_requested.connect(asked.append)
        sync_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "S&ync")
        sync_menu.actions()[1].trigger()
        assert asked == ["export"]


def test_exporting_the_central_identity_warns_first(qtbot, sites, screens, tmp_path):  # noqa: F811
    with using(sites.central):
        tab = ImportTab()
        qtbot.addWidget(tab)
        screens.save_file = str(tmp_path / "identitas.age")
        tab.header.export_identity()
        assert "makes every package unreadable" in screens.confirmed[-1]
        assert Path(screens.save_file).read_text().count("AGE-SECRET-KEY-") == 1
        assert "last exported on" in tab.header.identity_label.text()


def test_quarantined_records_are_shown_with_their_reason_on_both_sides(
    qtbot,
    sites,  # noqa: F811
    screens,
    tmp_path,
):
    import hashlib
    import json

    from desktop_app.models import OutboxPackage
    from tests.sync.test_sync_roundtrip import _reseal

    path = sites.export()
    with using(sites.central):
        identity = sync_central.identity().age_identity
    from desktop_app.sync import package as package_format

    opened = package_format.open_package(path.read_bytes(), identity, None)
    lines = opened.files["data/employee.jsonl"].splitlines()
    orphan = json.loads(lines[-1])
    orphan["unit"] = "00000000-0000-4000-8000-000000000000"
    lines[-1] = json.dumps(orphan).encode()
    files = dict(opened.files)
    files["data/employee.jsonl"] = b"\n".join(lines) + b"\n"
    forged = _reseal(sites, opened, files, tmp_path / path.name)
    with using(sites.central):
        tab = ImportTab()
        qtbot.addWidget(tab)
        page = tab.packages
        screens.open_files = [str(forged)]
        page.choose()
        assert page.model.index(0, page.QUARANTINED).data() not in ("", "0")
        assert page.model.index(0, page.QUARANTINED).data(Qt.ItemDataRole.ForegroundRole)
        reasons = [
            page.quarantine_model.index(r, 2).data()
            for r in range(page.quarantine_model.rowCount())
        ]
        assert "the record it belongs to (Units) is missing: " in " ".join(reasons)
        page.receipts.setText(str(sites.receipts))
        page.apply()
        assert tab.quarantine.model.rowCount() == len(reasons)
        assert f"({len(reasons)})" in tab.pages.tabText(3)
        tab.quarantine.list.search.setText("(Units) is missing")
        tab.quarantine.list.apply_filter()
        assert tab.quarantine.list.proxy.rowCount() == 1
        (receipt,) = sites.receipts.glob("*.receipt")
    with using(sites.office):
        OutboxPackage.update(sha256=hashlib.sha256(forged.read_bytes()).hexdigest()).execute()
        dialog = SyncDialog()
        qtbot.addWidget(dialog)
        screens.open_file = str(receipt)
        dialog.import_receipt()
        shown = screens.dialogs[-1]
        assert isinstance(shown, QuarantinedDialog)
        assert f"The central office quarantined {len(reasons)} record" in shown.summary.text()
        uids = [shown.model.index(r, 1).data() for r in range(shown.model.rowCount())]
        assert orphan["uid"] in uids
        assert dialog.outbox_model.index(0, SyncDialog.QUARANTINED).data() == str(len(reasons))
        dialog.outbox.table.selectRow(0)
        assert dialog.quarantined_button.isEnabled()
        dialog.show_quarantined()
        assert screens.dialogs[-1].model.rowCount() == len(reasons)


def test_the_office_is_told_what_is_missing_and_nothing_is_written(qtbot, sites, screens, tmp_path):  # noqa: F811
    from desktop_app.services import settings

    with using(sites.office):
        settings.put(sync_office.HQ_RECIPIENT, None)
        dialog = SyncDialog()
        qtbot.addWidget(dialog)
        assert "Not set yet" in dialog.key_label.text()
        screens.folder = str(sites.stick)
        dialog.export()  # asks for the key first; the empty form is refused
        assert screens.infos[-1][0] == "Central office key"
        form = screens.dialogs[-1]
        assert isinstance(form, HqKeyDialog)
        assert "No central office key found" in form.error.text()
        assert list(sites.stick.iterdir()) == []
        bad = tmp_path / "DEMO01_000001.receipt"
        bad.write_bytes(b"bukan tanda terima")
        screens.open_file = str(bad)
        dialog.import_receipt()
        assert screens.errors and "not a valid receipt" in screens.errors[-1]
        assert dialog.outbox_model.rowCount() == 0


def test_the_sync_menu_opens_the_dialog_and_starts_the_export(
    qtbot,
    qapp,
    sites,  # noqa: F811
    screens,
    monkeypatch,
):
    from desktop_app.views import controller as controller_module
    from desktop_app.views.controller import AppController

    with using(sites.office):
        controller = AppController(qapp, sites.office, lang="en")
        opened = []

        def run(dialog):
            qtbot.addWidget(dialog)
            opened.append(dialog)
            qtbot.waitUntil(lambda: bool(screens.infos))  # the export started by itself
            return False

        monkeypatch.setattr(controller_module, "run_dialog", run)
        screens.folder = str(sites.stick)
        controller.open_sync("export")
        assert isinstance(opened[0], SyncDialog)
        assert screens.infos[-1][0] == "Package written"
        assert len(list(sites.stick.glob("*.kpkg"))) == 1


def test_cancel_during_an_import_rolls_back_that_package_only(sites):  # noqa: F811
    from desktop_app.views.tasks import Cancelled

    first, second = sites.export(), sites.export()
    seen = []

    def progress(done, total):
        seen.append(done)
        if done > 100:  # inside the second package, after its first entity
            raise Cancelled

    with using(sites.central):
        results, stopped = import_steps.apply_packages(
            [first, second], {"DEMO01": sites.fingerprint}, str(sites.receipts), progress
        )
        assert stopped and [p for p, _ in results] == [first]
        (state,) = sync_central.office_status()
        assert state.last_sequence == 1
        assert len(sync_central.import_history()) == 1
    assert [r.name for r in sites.receipts.iterdir()] == ["DEMO01_000001.receipt"]
    assert max(seen) > 100
