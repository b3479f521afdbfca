"""The mapping step of the register import (issue 19, point 1): the sheet, the header row and
the columns found automatically, changed by the user, and remembered for the same headers."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.errors import InputError
from desktop_app.services.register import import_layout
from desktop_app.services.register.employee_import_preview import Action, read_file
from desktop_app.services.register.import_layout import MatchKind, detect_layout
from tests.data import register_files as rf


@pytest.mark.parametrize("delimiter", [",", ";", "|", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_a_siasn_export_reads_as_it_is(unit_ids, tmp_path, delimiter, encoding):
    path = rf.write_siasn_csv(tmp_path / "siasn.csv", delimiter, encoding)
    layout = detect_layout(path)
    assert (layout.delimiter, layout.encoding, layout.header_row) == (delimiter, encoding, 1)
    assert any("ANDRÉ WIJAYA" in c.samples for c in layout.columns)
    by_header = {c.header: c.field for c in layout.columns}
    assert by_header["NIP BARU"] == "nip" and by_header["PNS ID"] == "pns_id"
    assert by_header["GOL AKHIR NAMA"] == "grade" and by_header["UNOR NAMA"] == "unit_name"
    assert by_header["JABATAN NAMA"] == "position_name" and by_header["NOMOR HP"] == "phone"
    assert by_header["KEDUDUKAN HUKUM NAMA"] == "legal_status"
    assert by_header["NIP LAMA"] is None  # the old 9-digit NIP is not the NIP
    nip_column = next(c for c in layout.columns if c.field == "nip")
    assert nip_column.samples[0] == rf.KADIS  # the leading apostrophe is gone
    preview = read_file(path)
    assert [r.action for r in preview.rows] == [Action.NEW] * 4, [
        [str(p) for p in r.problems] for r in preview.rows
    ]


def test_headers_are_compared_loosely_and_say_how_they_matched(unit_ids, tmp_path):
    path = rf.write_csv(
        tmp_path / "f.csv",
        ["nip_baru", "Nama  Lengkap", "GOL. RUANG", "satuan_kerja", "Kode Unit", "Hobi"],
        [[rf.GURU, "Budi", "III/b", "", "DINKES", "catur"]],
        delimiter=";",
    )
    columns = {c.header: c for c in detect_layout(path).columns}
    assert (columns["nip_baru"].field, columns["nip_baru"].match) == ("nip", MatchKind.EXACT)
    assert columns["GOL. RUANG"].field == "grade"
    assert (columns["satuan_kerja"].field, columns["satuan_kerja"].match) == (
        "unit_name",
        MatchKind.SYNONYM,
    )
    assert columns["Kode Unit"].match == MatchKind.EXACT and columns["Hobi"].field is None
    assert columns["Hobi"].samples == ("catur",)


def test_title_rows_and_a_two_row_merged_header(unit_ids, tmp_path):
    layout = detect_layout(rf.simpeg_two_row_header(tmp_path / "duk.xlsx"))
    assert (layout.sheet, layout.header_row, layout.header_depth) == ("DUK", 4, 2)
    fields = {c.letter: c.field for c in layout.columns}
    assert fields["D"] == "rank" and fields["E"] == "grade" and fields["B"] == "nip"
    assert layout.column(4).header == "Pangkat/Golongan / Gol."
    assert layout.data_start == 6


def test_the_sheet_with_the_most_recognised_headers(unit_ids, tmp_path):
    layout = detect_layout(rf.school_second_sheet(tmp_path / "sekolah.xlsx"))
    assert layout.sheet == "Data PTK"
    assert [(s.name, s.recognised > 0) for s in layout.sheets] == [
        ("Sampul", False),
        ("Data PTK", True),
    ]
    with pytest.raises(InputError, match="no sheet Guru; its sheets: Sampul, Data PTK"):
        detect_layout(tmp_path / "sekolah.xlsx", sheet="Guru")
    chosen = detect_layout(tmp_path / "sekolah.xlsx", sheet="Sampul")
    assert chosen.sheet == "Sampul" and not chosen.recognised


def test_a_changed_mapping_is_used_and_remembered(unit_ids, tmp_path):
    header = ["Nomor Pegawai", "Pegawai", "Ruang", "Satuan"]
    path = rf.write_csv(
        tmp_path / "f.csv", header, [[rf.GURU, "Budi", "III/b", "Seksi Pelayanan"]], delimiter=";"
    )
    layout = detect_layout(path)
    assert layout.mapping == {1: "name"}
    assert [f.key for f in layout.missing_required()] == ["nip"]
    with pytest.raises(InputError, match="no column NIP / NI PPPK"):
        read_file(path)
    mapping = import_layout.mapping_from_pairs(
        layout, ["Nomor Pegawai=nip", "C=grade", "satuan = unit_name"]
    )
    assert mapping == {0: "nip", 1: "name", 2: "grade", 3: "unit_name"}
    preview = read_file(path, mapping=mapping)
    assert preview.rows[0].action == Action.NEW
    assert preview.rows[0].missing == ("Jabatan", "Appraiser (pejabat penilai)")
    import_layout.remember_mapping(layout, mapping)
    again = detect_layout(rf.write_csv(tmp_path / "g.csv", header, [], delimiter=";"))
    assert again.mapping == mapping
    assert {c.match for c in again.columns} == {MatchKind.REMEMBERED}
    assert import_layout.mapping_from_pairs(again, ["Pegawai=-"]) == {
        0: "nip",
        2: "grade",
        3: "unit_name",
    }


@pytest.mark.parametrize(
    ("pair", "words"),
    [
        ("Nomor Pegawai", "HEADER=field"),
        ("Gaji=nip", "no column 'Gaji'"),
        ("C=gaji", "not a field"),
    ],
)
def test_a_wrong_map_pair_is_named(unit_ids, tmp_path, pair, words):
    path = rf.write_csv(tmp_path / "f.csv", ["Nomor Pegawai", "Nama", "Ruang"], [], delimiter=";")
    with pytest.raises(InputError, match=words):
        import_layout.mapping_from_pairs(detect_layout(path), [pair])


def test_a_refused_file_names_the_sheet_header_and_columns(unit_ids, tmp_path):
    path = rf.write_book(
        tmp_path / "f.xlsx", {"Rekap": [["Judul"], ["NIP", "Gaji", "Tunjangan"], [rf.GURU, 1, 2]]}
    )
    with pytest.raises(InputError) as info:
        read_file(path)
    text = str(info.value)
    assert "no column Name" in text and "sheet Rekap, header row 2" in text
    assert "recognised NIP" in text and "not recognised Gaji, Tunjangan" in text


def test_an_empty_file_is_refused(unit_ids, tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes(b"\r\n\r\n")
    with pytest.raises(InputError, match="empty"):
        detect_layout(path)


def test_the_layout_of_our_own_template(unit_ids, tmp_path):
    from desktop_app.services.register.employee_export import write_template

    write_template(tmp_path / "t.xlsx")
    layout = detect_layout(tmp_path / "t.xlsx")
    assert layout.sheet == "Pegawai" and layout.header_row == 1
    assert all(c.match == MatchKind.EXACT for c in layout.columns if c.header)
    assert "pns_id" in layout.mapping.values()


def test_date_samples_read_as_dates(tmp_path):
    layout = detect_layout(rf.simpeg_two_row_header(tmp_path / "duk.xlsx"))
    tmt = next(c for c in layout.columns if c.field == "grade_since")
    assert tmt.samples[0] == "1 April 2020"  # an Excel serial number, not "43922"
    book = rf.write_book(
        tmp_path / "tgl.xlsx",
        {"Pegawai": [["NIP", "Nama", "TMT Jabatan"], [rf.GURU, "Budi", dt.datetime(2026, 12, 3)]]},
    )
    column = next(c for c in detect_layout(book).columns if c.field == "position_since")
    assert column.samples == ("3 Desember 2026",)
