"""Register files as HR really has them, written by the tests (issue 19): a SIASN "Data Utama"
style export with leading apostrophes, a school staff list with a title row and combined
pangkat/golongan cells, and a Dinas list as a semicolon CSV in cp1252. Names and NIPs are
synthetic; the NIPs are valid (birth date, TMT, gender digit)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

SIASN_HEADERS = [
    "PNS ID",
    "NIP BARU",
    "NAMA",
    "GELAR DEPAN",
    "GELAR BELAKANG",
    "TEMPAT LAHIR NAMA",
    "GOL AKHIR NAMA",
    "JABATAN NAMA",
    "UNOR NAMA",
    "NOMOR HP",
    "KEDUDUKAN HUKUM NAMA",
]
SIASN_ROWS = [
    # pns id, nip, name, front, back, birth place, golongan, jabatan, unor, phone, status
    (
        "A8ACA7A3B4D43912E040640A040269BB",
        "'197001012000031001",
        "HARTONO",
        "Dr.",
        "M.Kes",
        "SEMARANG",
        "IV/b",
        "Kepala Dinas Kesehatan",
        "Dinas Kesehatan",
        "'081234567890",
        "Aktif",
    ),
    (
        "A8ACA7A3B4D43912E040640A040269BC",
        "'198609262015051001",
        "BUDI SANTOSO",
        "",
        "S.Kep",
        "KENDAL",
        "III/b",
        "Perawat Ahli Pertama",
        "Bidang P2P",
        "'081298765432",
        "Aktif",
    ),
    (
        "A8ACA7A3B4D43912E040640A040269BD",
        "'199001152015032002",
        "SITI AMINAH",
        "",
        "S.E.",
        "DEMAK",
        "III/a",
        "Kepala Subbagian Umum",
        "Subbag Umum dan Kepegawaian",
        "'081311112222",
        "Aktif",
    ),
]

SCHOOL_TITLE = "DAFTAR PEGAWAI SMP NEGERI 1 CONTOH TAHUN 2026"
SCHOOL_HEADERS = ["No", "Nama", "NIP", "Pangkat/Gol", "Jabatan", "Keterangan"]
SCHOOL_ROWS = [
    (1, "Drs. SUPARMAN", "19680505 199303 1 007", "Pembina Tk.I, IV-b", "Kepala Sekolah", ""),
    (2, "RINA MARLINA, S.Pd", "19800312 200501 2 011", "Penata TK. I\u00a0 III/d", "Guru", ""),
    (3, "AHMAD FAUZI", "19850720 201001 1 003", "Penata Muda, III-a", "Guru", ""),
    (4, "DEWI LESTARI", "", "", "Tenaga Administrasi", "Honorer"),
]

DINAS_HEADERS = [
    "NIP",
    "Nama Lengkap",
    "Golongan",
    "Jabatan",
    "Unit Kerja",
    "Kontak",
    "Catatan Lain",
]
DINAS_ROWS = [
    (
        "198703152010011004",
        "Andi Prasetyo",
        "III/c",
        "Analis Kepegawaian Ahli Pertama",
        "Bidang P2P",
        "081377778888",
        "–",
    ),
    (
        "199105102019032005",
        "Nur\u2019aini Rahma",
        "III/a",
        "Pengadministrasi Umum",
        "",
        "081355556666",
        "—",
    ),
]
DINAS_ROWS_LATER = [
    (
        "198202142008012006",
        "Yuliana Sari",
        "III/d",
        "Pranata Komputer Ahli Muda",
        "Bidang P2P",
        "081244443333",
        "",
    ),
]


def siasn_xlsx(folder: Path, name: str = "siasn_data_utama.xlsx") -> Path:
    """The SIASN Data Utama export as a workbook: the header in row 1, NIPs and phone numbers
    with a leading apostrophe (Excel's text marker, typed into the cell)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Data Utama"
    sheet.append(SIASN_HEADERS)
    for values in SIASN_ROWS:
        sheet.append(list(values))
    path = folder / name
    book.save(path)
    return path


def school_xlsx(folder: Path, name: str = "daftar_pegawai_smp.xlsx") -> Path:
    """A school list: an empty first sheet, then a sheet with a merged title row and a blank row
    above the header, grouped NIPs, pangkat and golongan in one cell, a non-ASN row."""
    book = Workbook()
    book.active.title = "Petunjuk"
    book.active["A1"] = "Isi data pada sheet berikutnya."
    sheet = book.create_sheet("Pegawai")
    sheet.append([SCHOOL_TITLE])
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(SCHOOL_HEADERS)
    for values in SCHOOL_ROWS:
        sheet.append(list(values))
    path = folder / name
    book.save(path)
    return path


def dinas_csv(
    folder: Path, name: str = "pegawai_dinas.csv", rows: list[tuple[str, ...]] | None = None
) -> Path:
    """A Dinas list saved by Excel as "CSV (semicolon)" in the Windows code page (cp1252)."""
    lines = [";".join(DINAS_HEADERS)]
    lines += [";".join(values) for values in (DINAS_ROWS if rows is None else rows)]
    path = folder / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path
