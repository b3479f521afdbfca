"""The limits of the register import (issue 19, point 8): hostile files are refused within
seconds, in bounded memory, with a message that says what to do, for xlsx and CSV alike."""

from __future__ import annotations

import os
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from desktop_app.errors import InputError
from desktop_app.services.register import import_limits, import_xlsx
from desktop_app.services.register.employee_import_preview import read_file
from desktop_app.services.register.import_layout import detect_layout
from tests.data import register_files as rf


def refused(path: Path, words: str, *, seconds: float = 5, megabytes: float = 80) -> str:
    """Read the file through the preview: it must be refused with `words`, in time and memory."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(InputError, match=words) as info:
            read_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < seconds
    assert peak < megabytes * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"
    return str(info.value)


def test_a_zip_bomb_like_workbook_is_refused_from_its_directory(unit_ids, tmp_path, monkeypatch):
    # the real limit is 400 MB; a 40 MB one keeps the test file quick to write
    monkeypatch.setattr(import_limits, "MAX_UNCOMPRESSED", 40 * 1024 * 1024)
    path = rf.zip_bomb_xlsx(tmp_path / "bom.xlsx", inflated=64 * 1024 * 1024)  # one cell
    assert path.stat().st_size < 200 * 1024
    text = refused(path, "unpacks to more than 40 MB")
    assert "bom.xlsx" in text


def test_a_workbook_whose_directory_lies_is_stopped_while_inflating(unit_ids, tmp_path):
    path = tmp_path / "liar.xlsx"
    rf.raw_xlsx(path, rf.inline_row(1, ["NIP", "Nama"]), ["D" * 30_000] * 200)  # 6 MB
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/sharedStrings.xml")
    # the local header and the central directory both claim 1 KB for the shared strings
    struct_size = (1024).to_bytes(4, "little")
    data[info.header_offset + 22 : info.header_offset + 26] = struct_size
    central = data.find(b"PK\x01\x02" + data[info.header_offset + 4 : info.header_offset + 6])
    while data[central + 46 : central + 46 + len(info.filename)] != info.filename.encode():
        central = data.find(b"PK\x01\x02", central + 4)
    data[central + 24 : central + 28] = struct_size
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/sharedStrings.xml").file_size == 1024
    refused(path, "could not be read")


def test_the_inflating_stream_counts_what_it_reads(tmp_path):
    import io

    budget = [10]
    stream = import_xlsx.Limited(
        io.BytesIO(b"x" * 100), budget, 1000, lambda: InputError("too much")
    )
    with pytest.raises(InputError, match="too much"):
        stream.read(100)
    stream = import_xlsx.Limited(io.BytesIO(b"x" * 100), [1000], 10, lambda: InputError("claim"))
    with pytest.raises(InputError, match="claim"):
        stream.read(100)


@pytest.mark.parametrize("kind", ["symlink", "fifo", "dir"])
def test_special_files_are_refused_without_reading_them(unit_ids, tmp_path, kind):
    path = tmp_path / "pegawai.csv"
    if kind == "symlink":
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero here")
        os.symlink("/dev/zero", path)
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(path)
    else:
        path.mkdir()
    text = refused(path, "not an ordinary file|could not be opened", seconds=2, megabytes=5)
    assert "pegawai.csv" in text


def test_a_file_too_big_on_disk_is_refused_before_reading(unit_ids, tmp_path, monkeypatch):
    from desktop_app.services.register import employee_file_reader

    path = rf.write_siasn_csv(tmp_path / "siasn.csv")
    monkeypatch.setattr(employee_file_reader, "MAX_BYTES", 100)
    refused(path, "files up to")


def test_a_cell_too_long_in_a_csv(unit_ids, tmp_path):
    path = rf.write_csv(
        tmp_path / "f.csv", ["NIP", "Nama"], [[rf.GURU, "A" * 40_000]], delimiter=";"
    )
    assert "more than 32767 characters" in refused(path, "more than 32767")


def test_a_cell_too_long_in_an_xlsx(unit_ids, tmp_path):
    sheet = rf.inline_row(1, ["NIP", "Nama"]) + rf.inline_row(2, [rf.GURU, "B" * 40_000])
    text = refused(rf.raw_xlsx(tmp_path / "f.xlsx", sheet), "more than 32767")
    assert "Pegawai" in text and "B2" in text
    shared = rf.raw_xlsx(
        tmp_path / "g.xlsx", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', ["C" * 40_000]
    )
    refused(shared, "more than 32767")


def test_too_many_columns(unit_ids, tmp_path):
    path = rf.write_csv(tmp_path / "f.csv", ["NIP", "Nama", *["x"] * 1200], [], delimiter=";")
    assert "1202 columns" in refused(path, "at most 1000 can be read")
    sheet = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>NIP</t></is></c><c r="ZZZ1"><v>1</v></c></row>'
    )
    refused(rf.raw_xlsx(tmp_path / "f.xlsx", sheet), "at most 1000 can be read")


def test_millions_of_empty_rows_are_refused_at_once(unit_ids, tmp_path):
    sheet = rf.inline_row(1, ["NIP", "Nama"]) + '<row r="20000000"/>'
    assert "Pegawai" in refused(rf.raw_xlsx(tmp_path / "f.xlsx", sheet), "more than 1048576 rows")


def test_the_row_count_includes_empty_rows(unit_ids, tmp_path, monkeypatch):
    monkeypatch.setattr(import_limits, "MAX_SHEET_ROWS", 50)
    sheet = rf.inline_row(1, ["NIP", "Nama"]) + "<row/>" * 60
    refused(rf.raw_xlsx(tmp_path / "f.xlsx", sheet), "more than 50 rows")
    path = rf.write_csv(tmp_path / "f.csv", ["NIP", "Nama"], [[""]] * 60, delimiter=";")
    refused(path, "more than 50 rows")


def test_a_dtd_or_entity_in_a_workbook_is_refused(unit_ids, tmp_path):
    path = rf.raw_xlsx(tmp_path / "f.xlsx", rf.inline_row(1, ["NIP", "Nama"]))
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts["xl/workbook.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + parts["xl/workbook.xml"]
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    with pytest.raises(InputError, match="could not be read"):
        detect_layout(path)


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"PK\x03\x04 broken", "could not be read"), (b"", "could not be read")],
)
def test_broken_workbooks(unit_ids, tmp_path, content, words):
    path = tmp_path / "f.xlsx"
    path.write_bytes(content)
    refused(path, words)


def test_a_csv_refusal_names_the_file_not_a_sheet(unit_ids, tmp_path, monkeypatch):
    long_cell = rf.write_csv(
        tmp_path / "pegawai.csv", ["NIP", "Nama"], [[rf.GURU, "A" * 40_000]], delimiter=";"
    )
    wide = rf.write_csv(tmp_path / "lebar.csv", ["NIP", "Nama", *["x"] * 1200], [], delimiter=";")
    monkeypatch.setattr(import_limits, "MAX_SHEET_ROWS", 5)
    tall = rf.write_csv(tmp_path / "panjang.csv", ["NIP", "Nama"], [[""]] * 10, delimiter=";")
    for path, words in ((long_cell, "32767"), (wide, "columns"), (tall, "more than 5 rows")):
        text = refused(path, words)
        assert path.name in text and "sheet" not in text.lower(), text
