"""The fast xlsx reader (calamine, issue 19's speed target) reads a plain sheet exactly as the
expat reader does, and leaves every sheet it cannot vouch for to expat."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from desktop_app.errors import InputError
from desktop_app.services.register import import_sources
from desktop_app.services.register.import_xlsx import XlsxBook
from desktop_app.services.register.import_xlsx_fast import fast_rows
from tests.data import register_files as rf


def _both(path: Path, sheet_name: str | None = None) -> tuple[list[Any] | None, list[Any]]:
    opened = import_sources.open_file(path)
    sheet = next(s for s in opened.sheets if sheet_name in (None, s.name))
    fast = fast_rows(XlsxBook(path, opened.data), opened.data, sheet.name, sheet.member)
    fast = None if fast is None else list(fast)
    slow = [
        (number, _trimmed(values))
        for number, values in opened.rows(sheet)
        if any(v not in (None, "") for v in values)
    ]
    return fast, slow


def _trimmed(values: list[Any]) -> list[Any]:
    cells = [None if v == "" else v for v in values]
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def _mixed_book(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Pegawai"
    sheet.append(["NIP", "Nama", "Lahir", "Jam", "Angka", "Benar", "NIP angka"])
    sheet.append([rf.GURU, "Ana", dt.datetime(1986, 9, 26), dt.time(7, 30), 1.5, True,
                  198609262015051001])  # fmt: skip
    sheet.append([rf.GURU_F, "", dt.datetime(1990, 1, 15, 8, 0), None, 42, False, 12345])
    sheet["B5"] = CellRichText([TextBlock(InlineFont(b=True), "Budi "), "Santoso"])
    sheet["J7"] = "kanan bawah"
    book.save(path)
    return path


def _away_from_the_corner(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Pegawai"
    sheet["C3"], sheet["D3"], sheet["D5"], sheet["E6"] = "NIP", "Nama", rf.GURU, "Ana"
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("make", "sheet"),
    [
        (_away_from_the_corner, None),
        (rf.simpeg_two_row_header, None),
        (rf.school_second_sheet, "Data PTK"),
        (rf.school_second_sheet, "Sampul"),
        (_mixed_book, None),
    ],
)
def test_a_plain_sheet_reads_the_same_fast_and_slow(tmp_path, make, sheet):
    fast, slow = _both(make(tmp_path / "f.xlsx"), sheet)
    assert fast is not None, "the fast reader should take a plain sheet"
    assert fast == slow


def _sheet(rows: str) -> str:
    return rf.inline_row(1, ["NIP", "Nama"]) + rows


@pytest.mark.parametrize(
    "rows",
    [
        '<row r="2"><c r="A2"><f>1+1</f></c></row>',  # a formula: its saved value is checked
        '<row r="2"><c r="A2" t="e"><v>#N/A</v></c></row>',  # calamine reads errors as ""
        '<row r="2"><c t="inlineStr"><is><t>x</t></is></c></row>',  # a cell without reference
        '<row r="2"><c r="ZZ900000"><v>1</v></c></row>',  # a dense area too big to hold
        '<row r="2"><c r="A2" t="d"><v>2026-12-03</v></c></row>',  # an ISO date
    ],
)
def test_a_sheet_that_is_not_plain_goes_to_expat(tmp_path, rows):
    fast, _slow = _both(rf.raw_xlsx(tmp_path / "f.xlsx", _sheet(rows)))
    assert fast is None


def test_a_long_cell_of_several_runs_is_refused_by_the_fast_reader(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Pegawai"
    sheet.append(["NIP", "Nama"])
    sheet["B2"] = CellRichText([TextBlock(InlineFont(b=True), "A" * 20_000), "B" * 20_000])
    book.save(tmp_path / "f.xlsx")
    opened = import_sources.open_file(tmp_path / "f.xlsx")
    with pytest.raises(InputError, match="B2"):
        list(opened.rows(opened.sheets[0], whole=True))


def test_the_whole_reader_is_the_fast_one_for_a_plain_sheet(tmp_path, monkeypatch):
    from desktop_app.services.register import import_xlsx

    path = rf.simpeg_two_row_header(tmp_path / "f.xlsx")
    opened = import_sources.open_file(path)

    def no_expat(*_args: Any) -> Any:
        raise AssertionError("expat was used")

    monkeypatch.setattr(import_xlsx.XlsxBook, "rows", no_expat)
    rows = list(opened.rows(opened.sheets[0], whole=True))
    assert [number for number, _ in rows] == [1, 2, 4, 5, 6, 7]  # row 3 is empty
