"""Register files with the layouts and quirks HR really has (issue 19), written by the tests
themselves with synthetic names and NIPs: a SIASN "Data Utama" export (CSV with apostrophes,
any delimiter and encoding), a SIMPEG-style list with a title row and a two-row merged header,
a school list on the second sheet with combined pangkat cells and non-ASN staff, crafted
hostile files (a zip bomb-like xlsx, formulas without saved values)."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

# Synthetic NIPs: valid birth dates, TMT and gender digits; no real person.
KADIS = "197001012000031001"  # male, born 1970-01-01
KABID = "197505152001122002"  # female, born 1975-05-15
GURU = "198609262015051001"  # male, born 1986-09-26
GURU_F = "199001152015032002"  # female, born 1990-01-15
STAFF = "198705052010011003"
PPPK_A = "200012312024211001"  # a PPPK NI (2024, code 21)
PPPK_B = "199502022023212002"

SIASN_HEADERS = [
    "PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG",
    "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "NOMOR HP", "EMAIL",
    "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM NAMA", "GOL AKHIR NAMA", "TMT GOLONGAN",
    "JENIS JABATAN NAMA", "JABATAN NAMA", "TMT JABATAN", "UNOR NAMA", "INSTANSI INDUK NAMA",
]  # fmt: skip


def siasn_rows() -> list[list[str]]:
    return [
        ["8ae483a5-6652-c6fa-0166-7c0561560957", f"'{KADIS}", "'010203040", "ANDRÉ WIJAYA",
         "dr.", "M.Kes", "Kota Uji", "01-01-1970", "L", "'081200000001", "andi@uji.go.id",
         "PNS Daerah Kabupaten/Kota", "Aktif", "IV/c", "01-04-2020", "Jabatan Struktural",
         "Kepala Dinas Kesehatan", "02-01-2021", "Dinas Kesehatan", "Pemerintah Kab. Uji"],
        ["A5EB03E23DACF6A0E040640A040252AD", f"'{KABID}", "", "SRI LESTARI", "", "S.KM",
         "Kota Uji", "15-05-1975", "P", "'081200000002", "", "PNS Daerah Kabupaten/Kota",
         "Aktif", "IV/a", "01-10-2019", "Jabatan Struktural", "Kepala Bidang Pelayanan",
         "03-01-2022", "BIDANG PELAYANAN", "Pemerintah Kab. Uji"],
        ["B1", f"'{STAFF}", "", "RUDI HARTONO", "", "", "Desa Uji", "05-05-1987", "L", "", "",
         "PNS Daerah Kabupaten/Kota", "Pensiun", "III/b", "", "Jabatan Pelaksana",
         "Pengadministrasi Umum", "", "Subbag. Umum dan Kepegawaian", "Pemerintah Kab. Uji"],
        ["C2", f"'{PPPK_A}", "", "NINA KARTIKA", "", "A.Md.Kep", "Kota Uji", "31-12-2000",
         "L", "", "", "PPPK", "Aktif", "VII", "", "Jabatan Fungsional",
         "Perawat Terampil", "", "UPT Puskesmas Kota", "Pemerintah Kab. Uji"],
    ]  # fmt: skip


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    above: Sequence[str] = (),
) -> Path:
    """A CSV as Excel or SIASN writes it: `above` are title lines before the header."""
    lines = [*above, delimiter.join(header)]
    lines += [delimiter.join("" if v is None else str(v) for v in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_siasn_csv(path: Path, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    rows = siasn_rows()
    if delimiter == ",":  # the sample values hold no comma except the gelar columns
        rows = [[v.replace(",", " ") for v in row] for row in rows]
    return write_csv(path, SIASN_HEADERS, rows, delimiter=delimiter, encoding=encoding)


def write_book(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    """An xlsx with the given sheets (name -> rows), in order."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for values in rows:
            sheet.append(list(values))
    book.save(path)
    return path


def simpeg_two_row_header(path: Path) -> Path:
    """A SIMPEG-style list: two title rows, a two-row merged header ("Pangkat/Golongan" over
    "Pangkat" and "Gol."), a NIP grouped with spaces, an Excel serial date."""
    serial = (dt.date(2020, 4, 1) - dt.date(1899, 12, 30)).days
    rows = [
        ["DAFTAR URUT KEPANGKATAN PEGAWAI"],
        ["DINAS KESEHATAN KABUPATEN UJI TAHUN 2026"],
        [],
        ["No", "NIP", "Nama", "Pangkat/Golongan", None, "TMT Gol", "Jabatan", "Unit Kerja"],
        [None, None, None, "Pangkat", "Gol.", None, None, None],
        [1, "19700101 200003 1 001", "ANDI WIJAYA, S.Pd", "Pembina Utama Muda", "IV-c", serial,
         "Kepala Dinas Kesehatan", "Dinas Kesehatan"],
        [2, "19860926 201505 1 001", "Budi Prasetyo", "Penata Tk. I", "IIId", "12/01/2012",
         "Kepala Seksi Pelayanan", "Seksi Pelayanan"],
    ]  # fmt: skip
    book = Workbook()
    sheet = book.active
    sheet.title = "DUK"
    for values in rows:
        sheet.append(values)
    sheet.merge_cells("D4:E4")
    book.save(path)
    return path


def school_second_sheet(path: Path) -> Path:
    """A school list: a cover sheet first, the data on the second sheet with combined pangkat
    cells (a no-break space), names with gelar after a comma, non-ASN staff."""
    return write_book(
        path,
        {
            "Sampul": [["SD NEGERI 1 UJI"], ["Data guru dan tenaga kependidikan"]],
            "Data PTK": [
                ["Nama", "NIP", "Status Kepegawaian", "Pangkat/Gol", "Jabatan", "Sekolah"],
                ["ALFIKRI, S.Pd", GURU, "PNS", "Penata TK. I\u00a0 III/d", "Guru Ahli Muda",
                 "SD Negeri 1 Uji"],
                ["Siti Rahma, S.Pd., Gr.", GURU_F, "PNS", "Penata Muda, III-a", "Guru",
                 "SD Negeri 1 Uji"],
                ["Tono", "-", "Honor Sekolah", "", "Penjaga Sekolah", "SD Negeri 1 Uji"],
                ["Wati", "", "GTT", "", "Guru Kelas", "SD Negeri 1 Uji"],
                ["Dewi Anggraini", PPPK_B, "PPPK", "IX", "Guru Ahli Pertama",
                 "SD Negeri 1 Uji"],
            ],
        },
    )  # fmt: skip


def zip_bomb_xlsx(path: Path, inflated: int = 600 * 1024 * 1024) -> Path:
    """A small xlsx whose sheet inflates to `inflated` bytes of one shared string."""
    content_types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"/>'
    )
    workbook = (
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Pegawai" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as member:
            member.write(
                b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
            )
            chunk = b"A" * (1024 * 1024)
            for _ in range(inflated // len(chunk)):
                member.write(chunk)
            member.write(b"</t></si></sst>")
    return path


def raw_xlsx(path: Path, sheet_xml: str, shared: Sequence[str] = (), styles: str = "") -> Path:
    """An xlsx written by hand: one sheet "Pegawai" with the given sheetData XML."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook {ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships"><sheets><sheet name="Pegawai" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>",
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f"<worksheet {ns}><sheetData>{sheet_xml}</sheetData></worksheet>",
        )
        if shared:
            items = "".join(f"<si><t>{s}</t></si>" for s in shared)
            archive.writestr("xl/sharedStrings.xml", f"<sst {ns}>{items}</sst>")
        if styles:
            archive.writestr("xl/styles.xml", f"<styleSheet {ns}>{styles}</styleSheet>")
    return path


def inline_row(number: int, values: Sequence[Any]) -> str:
    """A <row> of inline strings (and numbers) for `raw_xlsx`."""
    cells = []
    for index, value in enumerate(values):
        ref = f"{chr(65 + index)}{number}"
        if value is None:
            continue
        if isinstance(value, int | float):
            cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        else:
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'
