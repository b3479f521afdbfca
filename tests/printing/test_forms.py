"""The official forms read back with pypdf: metadata, the NIP in groups, predikat, signers,
"Halaman X dari Y", page count, embedded fonts, qpdf, byte-identical reprints, paper size,
logo, drafts and access."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.units import mm

from desktop_app.errors import FieldErrors, NotFoundError
from desktop_app.printing import layout
from desktop_app.printing.document import periode_line
from desktop_app.printing.layout import PrintError
from desktop_app.services import auth, session, settings
from desktop_app.services.evaluation import evaluations
from desktop_app.services.reports import build_document, build_evaluation, build_skp
from desktop_app.services.reports.sources import period
from desktop_app.services.session import AccessDenied
from tests.printing.conftest import (
    NIP_BUDI,
    NIP_KABID,
    NIP_KADIS,
    assert_valid,
    read,
    tiny_png,
)

BUDI = "19860926 201505 1 001"
KABID = "19710202 200003 2 002"
KADIS = "19700101 200003 1 001"
SITI = "19900115 202421 2 002"


def test_skp_with_lampiran(printable, tmp_path):
    path = tmp_path / "skp.pdf"
    pages = build_skp(path, printable["plan_budi"])
    reader, texts = read(path)
    assert pages == len(reader.pages) >= 2
    assert reader.metadata.title == "Sasaran Kinerja Pegawai 2026 – Budi Santoso"
    assert reader.metadata.author == "Dinas Uji Coba"
    assert BUDI in reader.metadata.subject
    first, last = texts[0], texts[-1]
    assert "SASARAN KINERJA PEGAWAI" in first and "PENDEKATAN HASIL KERJA KUANTITATIF" in first
    assert "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL" in first
    assert BUDI in first and KABID in first and NIP_BUDI not in first
    assert "Layanan kepegawaian <tepat> & cepat" in first  # escaped, printed as typed
    assert "Terselenggaranya layanan prima" in first and "120 usulan" in first
    assert "A. UTAMA" in first and "B. TAMBAHAN" in first
    assert f"Halaman 1 dari {pages}" in first and f"Halaman {pages} dari {pages}" in last
    assert "LAMPIRAN SASARAN KINERJA PEGAWAI" in last
    assert "1. Aplikasi SIASN" in last and "2. Ruang arsip" in last and "KONSEKUENSI" in last
    assert "Kabid Pelayanan" in last and f"NIP. {KABID}" in last and f"NIP. {BUDI}" in last
    assert "Sukamaju, " in last and "DRAF" not in "".join(texts)
    assert_valid(path)


def test_skp_forms_of_jpt_and_kualitatif(printable, tmp_path):
    build_skp(tmp_path / "jpt.pdf", printable["plan_kadis"])
    _, texts = read(tmp_path / "jpt.pdf")
    text = "".join(texts)
    assert "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI" in text
    assert "PERSPEKTIF" in text and "Perspektif Proses Bisnis" in text
    assert "DIINTERVENSI" not in text
    build_skp(tmp_path / "pppk.pdf", printable["plan_siti"])
    _, texts = read(tmp_path / "pppk.pdf")
    text = "".join(texts)
    assert "PENDEKATAN HASIL KERJA KUALITATIF" in text
    assert "UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU, DAN TARGET" in text
    assert "Laporan lengkap & tepat waktu" in text
    assert "NI PPPK" in text and SITI in text and "Golongan IX" in text


def test_draft_skp_prints_todays_people_undated_and_marked(printable, tmp_path):
    path = tmp_path / "draft.pdf"
    build_skp(path, printable["plan_ani"])
    _, texts = read(path)
    assert "DRAF" in texts[0] and "Ani Lestari" in texts[0] and "Kabid Pelayanan" in texts[0]
    assert "Sukamaju, ...................." in texts[-1]


def test_evaluation_form_annual_with_pattern(printable, tmp_path):
    path = tmp_path / "evaluasi.pdf"
    pages = build_evaluation(path, printable["eval_siti"])
    reader, texts = read(path)
    text = "".join(texts)
    assert pages == len(reader.pages)
    assert reader.metadata.title == "Evaluasi Kinerja Pegawai Tahunan 2026 – Siti Aminah"
    assert "EVALUASI KINERJA PEGAWAI" in text and "PERIODE: TAHUNAN" in text
    assert "1 JANUARI – 31 DESEMBER 2026" in text
    assert "CAPAIAN KINERJA ORGANISASI" in text and "POLA DISTRIBUSI" in text
    assert (
        "Kurva Distribusi Predikat Kinerja Pegawai dengan Capaian Kinerja Organisasi Baik" in text
    )
    assert "Sangat Kurang" in text and "65%" in text  # the chart's axis and bars
    assert "REALISASI BERDASARKAN BUKTI DUKUNG" in text and "100 usulan" in text
    assert "RATING HASIL KERJA" in text and "Sesuai Ekspektasi" in text
    assert "PREDIKAT KINERJA PEGAWAI" in text and "Baik" in text
    assert "Ramah dan cekatan" in text and "Menjawab surat dalam 2 hari" in text
    assert SITI in text and KABID in text and "Kabid Pelayanan" in text
    assert f"Halaman 1 dari {pages}" in texts[0]
    assert_valid(path)


def test_evaluation_form_periodic(printable, tmp_path):
    path = tmp_path / "q1.pdf"
    build_evaluation(path, printable["eval_budi_q1"])
    _, texts = read(path)
    text = "".join(texts)
    assert "PERIODE: TRIWULAN I" in text and "1 JANUARI – 31 MARET 2026" in text
    assert "Capaian kinerja organisasi belum ditetapkan." in text  # none set for Q1
    # the footer names the period as the form does (found in the walkthrough: "2026-Q1")
    assert "Evaluasi Kinerja Triwulan I 2026 · Budi Santoso" in texts[0]
    assert "2026-Q1" not in text


def test_document_with_keberatan_and_three_signers(printable, tmp_path):
    path = tmp_path / "dokumen.pdf"
    pages = build_document(path, printable["eval_budi"])
    reader, texts = read(path)
    text = "".join(texts)
    assert reader.metadata.title == "Dokumen Evaluasi Kinerja Pegawai Tahunan 2026 – Budi Santoso"
    assert "DOKUMEN EVALUASI KINERJA PEGAWAI" in text and "NAMA INSTANSI" in text
    # the footer names the period as the title does (it said the key, "2026-Q4" on a quarter)
    assert "Dokumen Evaluasi Kinerja Tahunan 2026 · Budi Santoso" in texts[0]
    for block in (
        "PEGAWAI YANG DINILAI",
        "PEJABAT PENILAI KINERJA",
        "ATASAN PEJABAT PENILAI KINERJA",
        "EVALUASI KINERJA",
        "CATATAN/REKOMENDASI",
        "KEBERATAN",
        "PENJELASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN",
        "KEPUTUSAN ATASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN",
    ):
        assert block in text
    assert "SANGAT BAIK" in text and "BAIK" in text  # predikat, capaian organisasi
    assert "Layak mengikuti pelatihan kepemimpinan." in text
    assert "Keberatan ditolak; predikat tetap." in text
    assert BUDI in text and KABID in text and KADIS in text
    assert "dr. Kadis Sehat, M.Kes." in text and "Atasan Pejabat Penilai Kinerja" in text
    assert f"NIP. {KADIS}" in text  # the atasan signs the decision
    assert f"Halaman 1 dari {pages}" in texts[0]
    assert_valid(path)


def test_document_without_keberatan_has_five_blocks(printable, tmp_path):
    path = tmp_path / "dokumen.pdf"
    assert build_document(path, printable["eval_siti"]) == 1
    _, texts = read(path)
    assert "CATATAN/REKOMENDASI" in texts[0] and "KEBERATAN" not in texts[0]
    assert "Atasan Pejabat Penilai Kinerja" not in texts[0]
    assert texts[0].count("Sukamaju, ") == 2


def test_periode_line_strikes_what_does_not_apply(printable):
    assert periode_line(period("2026-Q2")) == (
        "PERIODE: TRIWULAN <strike>I</strike>/II/<strike>III</strike>/<strike>IV</strike>"
        "-<strike>AKHIR</strike>"
    )
    assert periode_line(period("2026", year_frequency=True)).endswith("<strike>IV</strike>-AKHIR")


def test_two_runs_are_byte_identical(printable):
    for build, record in (
        (build_skp, printable["plan_budi"]),
        (build_evaluation, printable["eval_siti"]),
        (build_document, printable["eval_budi"]),
    ):
        first, second = io.BytesIO(), io.BytesIO()
        build(first, record)
        build(second, record)
        assert first.getvalue() == second.getvalue()
        assert b"/CreationDate (D:2000" not in first.getvalue()  # dated from the data


def test_paper_f4_and_logo_from_the_settings(printable, tmp_path):
    logo = tiny_png(tmp_path / "logo.png")
    settings.update_report_options("f4", "  Kota   Baru ", str(logo))
    assert settings.get("paper_size") == "F4" and settings.get("report_place") == "Kota Baru"
    path = tmp_path / "f4.pdf"
    build_document(path, printable["eval_siti"])
    build_skp(tmp_path / "skp.pdf", printable["plan_budi"])
    for name in ("f4.pdf", "skp.pdf"):
        reader, texts = read(tmp_path / name)
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (
            round(215 * mm),
            round(330 * mm),
        )
        images = [
            x for x in reader.pages[0]["/Resources"]["/XObject"].values()
            if x.get_object()["/Subtype"] == "/Image"
        ]  # fmt: skip
        assert images
        assert "Kota Baru, " in "".join(texts)
        assert_valid(tmp_path / name)


def test_report_options_are_validated(printable, tmp_path):
    with pytest.raises(FieldErrors) as err:
        settings.update_report_options("A5", "x" * 61, str(tmp_path / "none.png"))
    assert set(err.value.errors) == {"paper_size", "report_place", "report_logo"}
    assert settings.get("paper_size") == "A4"


def test_a_failure_leaves_no_file(printable, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotFoundError):
        build_document(out / "gone.pdf", 999999)
    with pytest.raises(PrintError, match="Could not write"):
        build_document(out / "missing" / "x.pdf", printable["eval_siti"])
    monkeypatch.setattr(layout._FormCanvas, "_footer", lambda *a: 1 / 0)  # fails half-way
    with pytest.raises(ZeroDivisionError):
        build_document(out / "half.pdf", printable["eval_siti"])
    assert list(out.iterdir()) == []


def test_a_supervisor_prints_only_whom_they_appraise(printable, tmp_path):
    auth.create_user("kabid", "Rahasia-Kantor-2026", "supervisor", printable["kabid"])
    session.sign_in_as(auth.authenticate("kabid", "Rahasia-Kantor-2026"))
    assert build_document(tmp_path / "budi.pdf", printable["eval_budi"]) == 1
    with pytest.raises(AccessDenied):
        build_skp(tmp_path / "kadis.pdf", printable["plan_kadis"])
    assert not (tmp_path / "kadis.pdf").exists()


def test_draft_evaluation_is_marked_and_undated(printable, tmp_path):
    evaluations.reopen(printable["eval_siti"], "Salah ketik realisasi")
    path = tmp_path / "draft.pdf"
    build_document(path, printable["eval_siti"])
    _, texts = read(path)
    assert "DRAF" in texts[0] and "Sukamaju, ...................." in texts[0]
    assert NIP_KABID[:8] in texts[0]  # people as they are today
    assert NIP_KADIS[:8] in texts[0]
