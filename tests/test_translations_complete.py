"""The catalogues are complete (issue 18, Deliver 3): no unfinished or empty entry in either
`.ts` file under resources/translations/, and no source string of a `tr()`/`N_()` call is
Indonesian, since the source strings are what the English interface shows.

Indonesian words may stay in English text as official terms and names (`OFFICIAL_TERMS`):
SKP, RHK, IKU, IKI, NIP, PNS, PPPK, JPT, JP, IDP, TMT; the predikat and rating names (Sangat
Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang, Istimewa; Di Atas / Sesuai / Di Bawah
Ekspektasi), the word "predikat" and the two ratings of PermenPANRB 6/2022 (rating hasil kerja,
rating perilaku kerja); the BerAKHLAK core values; the names of the official forms (Evaluasi
Kinerja Pegawai, Dokumen Evaluasi Kinerja Pegawai, short Dokumen Evaluasi); regulations
(PermenPANRB, PP, SE); unit kinds (Dinas, Badan, Bidang, Seksi, ...) and position types
(Administrator, Pengawas, Pelaksana, Fungsional with their jenjang); the program's name
"Kinerja Luring"; the sheet names, column names and cell values an Excel file must hold
(Pegawai, Petunjuk, the headers of the employee sheet, Aktif, Tidak Aktif); and the terms of the
PP 46/2011 and PP 30/2019 archive forms the archive appraisal copies (`ARCHIVE_TERMS`: kegiatan
tugas jabatan, angka kredit, kuantitas, kualitas, waktu, biaya, nilai capaian, tugas tambahan,
kreativitas, perilaku kerja and its aspects, nilai SKP, nilai prestasi kerja, sebutan). An
Indonesian word in brackets after its English words ("Appraiser (pejabat penilai)") or in
quotes is a gloss, not a leak.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.i18n import extract

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "translations"
CATALOGUES = sorted(FOLDER.glob("*.ts"))

OFFICIAL_TERMS = (
    "Kinerja Luring",
    "Dokumen Evaluasi Kinerja Pegawai",
    "Evaluasi Kinerja Pegawai",
    "Sangat Baik",
    "Butuh Perbaikan",
    "Sangat Kurang",
    "Di Atas Ekspektasi",
    "Sesuai Ekspektasi",
    "Di Bawah Ekspektasi",
    "Tidak Aktif",
    "Berorientasi Pelayanan",
    "Ahli Pertama",
    "Jabatan Pimpinan Tinggi",
    "Perspektif Penerima Layanan",
    "BPSDM Provinsi",
    "Dinas Kesehatan Kabupaten Sleman",
    "Rating hasil kerja",
    "Rating perilaku kerja",
    "Dokumen Evaluasi",
    "sheet Pegawai",
    "sheet Petunjuk",
    "Golongan PNS",
    "Golongan PPPK",
)
ARCHIVE_TERMS = (  # the PP 46/2011 and PP 30/2019 forms, as the archive appraisal shows them
    "Kegiatan tugas jabatan",
    "Jabatan struktural",
    "Nilai prestasi kerja",
    "Nilai perilaku kerja",
    "Perilaku kerja",
    "Nilai capaian",
    "Nilai kinerja",
    "Nilai SKP",
    "Angka kredit",
    "Tugas tambahan",
    "Kreativitas",
    "Kepemimpinan",
    "Kerja sama",
    "Sebutan",
    "Kuantitas",
    "Kualitas",
    "Waktu",
    "Biaya",
    "Kegiatan",
    "Perilaku",
    "Nilai",
    "realisasi",
)
ARCHIVE_CONTEXTS = frozenset({"LegacyAppraisalDialog", "LegacyListModel", "legacy"})
EXCEL_CONTEXTS = frozenset({"employee_io", "EmployeeIo"})
INDONESIAN_WORDS = frozenset(
    """
    dan yang untuk dengan atau tidak dari pada ini itu akan sudah belum harus dapat bisa
    pegawai jabatan golongan lampiran realisasi matriks peran hasil kuantitatif kualitatif
    triwulan tahunan penilaian atasan penilai perilaku bukti dukung umpan balik rencana
    kegiatan jenis nilai tahun bulan catatan keterangan sebutan angka kredit kuantitas
    kualitas waktu biaya tugas tambahan kreativitas diklat jalur pelatihan sejak versi
    perintah pengguna kunci kantor pusat cetak simpan tutup batal ubah hapus tambah baru
    ajukan setujui kembalikan tetapkan keberatan pejabat pangkat instansi bagian kepegawaian
    kepala uraian ekspektasi indikator aspek pendekatan pengembangan kompetensi kesenjangan
    sertifikat penyelenggara tujuan tanggal tempat lahir nama gelar kelamin alasan impor
    ekspor paket terima tanda kerja jenjang langsung rekan bawahan layanan mitra
    kepemimpinan organisasi negara struktural prestasi capaian evaluasi dokumen semua
    daftar pilih isi lihat berkas unduh laporan sasaran eselon usulan rekap
    """.split()  # noqa: SIM905  (a word list reads better as text)
)
_GLOSS = re.compile(r"\([^()]*\)|'[^']*'|\"[^\"]*\"|\{[^{}]*\}|<[^<>]*>")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def _messages(ts: Path):
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            yield name, message.findtext("source") or "", translation.get("type"), forms


def unfinished(ts: Path) -> list[str]:
    """Entries of a catalogue that are unfinished, obsolete or empty."""
    return [
        f"{ts.name} {ctx}: {src!r}"
        for ctx, src, kind, forms in _messages(ts)
        if kind in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms)
    ]


def _column_names() -> tuple[str, ...]:
    from desktop_app.services.register.employee_columns import COLUMNS

    return tuple(sorted((c.header for c in COLUMNS), key=len, reverse=True))


def indonesian_words(source: str, context: str = "") -> list[str]:
    """The Indonesian words of an English source string, glosses and official terms aside."""
    text = _GLOSS.sub(" ", source.replace("&", "").replace("\n", " "))
    terms = OFFICIAL_TERMS
    if context in EXCEL_CONTEXTS:  # the help of the import template names its columns
        terms += _column_names()
    if context in ARCHIVE_CONTEXTS:
        terms += ARCHIVE_TERMS
    for term in terms:
        text = re.sub(rf"\b{re.escape(term)}\b", " ", text, flags=re.IGNORECASE)
    return [w for w in _WORD.findall(text) if w.casefold() in INDONESIAN_WORDS]


def indonesian_sources(ts: Path) -> list[str]:
    return [
        f"{ctx}: {src!r} ({', '.join(words)})"
        for ctx, src, _kind, _forms in _messages(ts)
        if (words := indonesian_words(src, ctx))
    ]


def test_there_are_three_catalogues():
    """Indonesian (ours and Qt's) and English, which holds only the plural forms."""
    assert [p.name for p in CATALOGUES] == ["kinerja_en.ts", "kinerja_id.ts", "qtbase_id.ts"]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_no_unfinished_or_empty_entry(catalogue: Path):
    found = unfinished(catalogue)
    assert found == [], "\n".join(found[:50])


def test_the_catalogue_holds_what_the_code_says_now(tmp_path):
    """Extracted afresh from the code, our catalogue still has nothing unfinished."""
    fresh = tmp_path / "kinerja_id.ts"
    shutil.copy(FOLDER / "kinerja_id.ts", fresh)
    extract.update(fresh)
    found = unfinished(fresh)
    assert found == [], "\n".join(found[:50])


def test_the_english_catalogue_holds_what_the_code_says_now(tmp_path):
    """Extracted afresh, every `%n` string of the code has its two English forms."""
    fresh = tmp_path / "kinerja_en.ts"
    shutil.copy(FOLDER / "kinerja_en.ts", fresh)
    extract.update_plurals(fresh)
    found = unfinished(fresh)
    assert found == [], "\n".join(found[:50])


_MADE_PLURAL = re.compile(r"\w\((?:s|es|ies)\)")


def made_plurals(ts: Path) -> list[str]:
    """Source strings that make a plural with brackets ("row(s)", "entry(ies)"): English
    says "1 row", "2 rows" with a `%n` string and its forms in kinerja_en.ts instead."""
    return [
        f"{ctx}: {src!r}" for ctx, src, _kind, _forms in _messages(ts) if _MADE_PLURAL.search(src)
    ]


def test_no_source_string_makes_a_plural_with_brackets():
    found = made_plurals(FOLDER / "kinerja_id.ts")
    assert found == [], "\n".join(found)


def _numerus(ts: Path) -> dict[tuple[str, str], list[str]]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    forms = []
                found[(context.findtext("name"), message.findtext("source"))] = forms
    return found


def unfinished_plurals(english: Path, indonesian: Path = FOLDER / "kinerja_id.ts") -> list[str]:
    """The `%n` strings whose English forms are missing, unfinished or not a singular and
    the plural (the source): each shows "1 rows" in English."""
    forms = _numerus(english)
    wrong = []
    for key in _numerus(indonesian):
        got = forms.get(key, [])
        if len(got) != 2 or not all(f.strip() for f in got) or got[1] != key[1]:
            wrong.append(f"{key[0]}: {key[1]!r} -> {got}")
    return wrong


def test_every_count_has_its_english_singular_and_plural():
    found = unfinished_plurals(FOLDER / "kinerja_en.ts")
    assert found == [], "\n".join(found)
    assert len(_numerus(FOLDER / "kinerja_en.ts")) >= 20


def test_the_english_catalogue_holds_only_plural_forms():
    root = ET.parse(FOLDER / "kinerja_en.ts").getroot()
    assert root.get("language", "").startswith("en")
    assert all(m.get("numerus") == "yes" for m in root.iter("message"))


def test_a_planted_bracket_plural_and_an_unfinished_plural_fail(tmp_path):
    path = _planted(
        tmp_path,
        '<message numerus="yes"><source>%n entry(ies)</source><translation>'
        "<numerusform>%n entri</numerusform></translation></message>\n"
        "<message><source>{count} file(s) saved</source>"
        "<translation>{count} berkas disimpan</translation></message>\n",
    )
    assert made_plurals(path) == [
        "Planted: '%n entry(ies)'",
        "Planted: '{count} file(s) saved'",
    ]
    assert unfinished_plurals(FOLDER / "kinerja_en.ts", path) == ["Planted: '%n entry(ies)' -> []"]
    english = (FOLDER / "kinerja_en.ts").read_text(encoding="utf-8")
    half = tmp_path / "kinerja_en.ts"
    half.write_text(
        english.replace("<numerusform>%n entry</numerusform>", "<numerusform></numerusform>"),
        encoding="utf-8",
    )
    assert unfinished_plurals(half) == ["AuditViewer: '%n entries' -> ['', '%n entries']"]


def test_no_source_string_is_indonesian():
    found = indonesian_sources(FOLDER / "kinerja_id.ts")
    assert found == [], f"{len(found)} Indonesian source string(s):\n" + "\n".join(found[:80])


def _planted(tmp_path: Path, message: str) -> Path:
    text = (FOLDER / "kinerja_id.ts").read_text(encoding="utf-8")
    context = f"<context>\n    <name>Planted</name>\n{message}</context>\n"
    planted = text.replace("</TS>", context + "</TS>")
    path = tmp_path / "planted_id.ts"
    path.write_text(planted, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "message",
    [
        '<message><source>Print</source><translation type="unfinished"></translation></message>',
        "<message><source>Print</source><translation></translation></message>",
        '<message numerus="yes"><source>%n row(s)</source><translation>'
        "<numerusform></numerusform></translation></message>",
    ],
    ids=["unfinished", "empty", "empty plural"],
)
def test_a_planted_unfinished_entry_fails(tmp_path, message: str):
    assert unfinished(FOLDER / "kinerja_id.ts") == []
    found = unfinished(_planted(tmp_path, message))
    assert len(found) == 1 and "Planted" in found[0]


def test_a_planted_entry_in_the_qt_catalogue_fails(tmp_path):
    text = (FOLDER / "qtbase_id.ts").read_text(encoding="utf-8")
    path = tmp_path / "qtbase_id.ts"
    path.write_text(
        text.replace(
            "<translation>Simpan</translation>",
            '<translation type="unfinished"></translation>',
            1,
        ),
        encoding="utf-8",
    )
    assert unfinished(FOLDER / "qtbase_id.ts") == []
    assert len(unfinished(path)) == 1


def test_a_planted_indonesian_source_fails(tmp_path):
    path = _planted(
        tmp_path,
        "<message><source>All golongan</source><translation>Semua golongan</translation></message>",
    )
    found = indonesian_sources(path)
    assert found == ["Planted: 'All golongan' (golongan)"]


@pytest.mark.parametrize(
    "source, words",
    [
        ("&Matriks peran hasil…", ["Matriks", "peran", "hasil"]),
        ("&Lampiran", ["Lampiran"]),
        ("Realisasi", ["Realisasi"]),
        ("Triwulan I 2026", ["Triwulan"]),
        ("Kuantitatif", ["Kuantitatif"]),
        ("Appraiser (pejabat penilai)", []),
        ("Predikat: {predikat}", []),
        ("Evaluasi Kinerja Pegawai of the selected employee", []),
        ("'{value}' is not a status: write Aktif or Tidak Aktif.", []),
        ("Sign in — Kinerja Luring", []),
    ],
)
def test_the_heuristic(source: str, words: list[str]):
    assert indonesian_words(source) == words
