"""The e-Kinerja export of the daily log (exact layout, read back with openpyxl; text never a
formula), the CLI `daily-log export|print|recap` (exit 2 with the reason for an unknown NIP or
month) and the PDFs read back with pypdf."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app import cli
from desktop_app.models.database import close_database
from desktop_app.services.daily_log import entries, export, reports
from desktop_app.services.daily_log.entries import EntryInput
from desktop_app.services.daily_log.periods import period_of
from tests import daily_log_office
from tests.daily_log_office import BUDI_NIP, action, sign_in

TODAY = dt.date.today()


@pytest.fixture
def log(office):
    built = daily_log_office.build()
    sign_in("budi")
    key = str(period_of(TODAY))
    serving = action(built, built.budi, key, '=HYPERLINK("http://x")')
    entries.save_entry(
        EntryInput(
            built.budi,
            TODAY,
            dt.time(8),
            dt.time(9, 30),
            "+SUM(A1:A2) rapat",
            "PLAN",
            serving,
            "",
            5,
            "bayi",
            "https://drive.example/bukti",
        )
    )
    entries.save_entry(
        EntryInput(
            built.budi,
            TODAY,
            dt.time(10),
            dt.time(11),
            "Menyusun surat",
            "TASK",
            None,
            "Kepala Puskesmas",
            2,
            "surat",
        )
    )
    sign_in(None)
    return built


def test_export_has_the_importers_exact_layout(log, tmp_path):
    out = tmp_path / "budi.xlsx"
    assert export.export_month(log.budi, TODAY.year, TODAY.month, out) == 2
    book = load_workbook(out)
    assert book.sheetnames == ["Progres Harian"]
    sheet = book.active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == list(export.HEADERS)
    assert rows[1:] == [
        [
            '=HYPERLINK("http://x")',
            TODAY.isoformat(),
            "08:00",
            "09:30",
            "+SUM(A1:A2) rapat",
            5,
            "bayi",
            "https://drive.example/bukti",
        ],
        [
            "Tugas Langsung Atasan",
            TODAY.isoformat(),
            "10:00",
            "11:00",
            "Menyusun surat",
            2,
            "surat",
            None,
        ],
    ]
    assert sheet.max_row == 3 and sheet.max_column == 8
    for row in sheet.iter_rows():
        for c in row:
            assert c.data_type != "f"  # never a formula from user text


def test_cli_export_and_its_refusals(log, db_path, tmp_path, capsys):
    close_database()
    out = tmp_path / "cli.xlsx"
    month = f"{TODAY.year:04d}-{TODAY.month:02d}"
    args = ["daily-log", "export", "--nip", BUDI_NIP, "--month", month, "--out", str(out)]
    assert cli.run([*args, "--db", str(db_path)]) == 0
    assert load_workbook(out).active.max_row == 3
    bad_nip = ["daily-log", "export", "--nip", "199999999999999999", "--month", month]
    assert cli.run([*bad_nip, "--out", str(tmp_path / "x.xlsx"), "--db", str(db_path)]) == 2
    assert "No employee with NIP 199999999999999999" in capsys.readouterr().err
    bad_month = ["daily-log", "export", "--nip", BUDI_NIP, "--month", "2026-13"]
    assert cli.run([*bad_month, "--out", str(tmp_path / "y.xlsx"), "--db", str(db_path)]) == 2
    assert "2026-13 is not a month" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "y.xlsx").exists()


def test_cli_print_and_recap_pdfs_read_back(log, db_path, tmp_path):
    close_database()
    month = f"{TODAY.year:04d}-{TODAY.month:02d}"
    one = tmp_path / "budi.pdf"
    args = ["daily-log", "print", "--nip", BUDI_NIP, "--month", month, "--out", str(one)]
    assert cli.run([*args, "--db", str(db_path)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(one).pages)
    assert "LAPORAN PROGRES HARIAN" in text and "Menyusun surat" in text
    assert "Tugas Langsung Atasan (Kepala Puskesmas)" in text
    recap = tmp_path / "recap.pdf"
    args = ["daily-log", "recap", "--unit", "PKM01", "--month", month, "--out", str(recap)]
    assert cli.run([*args, "--db", str(db_path)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(recap).pages)
    assert "REKAP PENGISIAN PROGRES HARIAN" in text and "Budi" in text and "Pia" in text


def test_recap_of_a_supervisor_lists_only_their_staff(log):
    sign_in("kasi")
    with pytest.raises(Exception, match="nobody"):
        reports.recap_report(log.unit, TODAY.year, TODAY.month)
