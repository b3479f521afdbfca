"""The IDP form and the recaps read back with pypdf: metadata, the NIP in groups, the JP totals,
signers from the snapshot, "Halaman X dari Y", embedded fonts, qpdf, byte-identical reprints;
the signatures never alone on the last page of the evaluation form and the SKP."""

from __future__ import annotations

import io

import pypdf
import pytest

from desktop_app.errors import InputError, NotFoundError
from desktop_app.printing.recap import finding_words
from desktop_app.scoring import Predikat
from desktop_app.services import auth, session
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.reports import (
    RECAPS,
    build_evaluation,
    build_idp,
    build_idp_for,
    build_recap,
    build_skp,
)
from desktop_app.services.session import AccessDenied
from tests.printing.conftest import ANNUAL, NIP_KABID, YEAR, assert_valid, read

BUDI = "19860926 201505 1 001"
KABID = "19710202 200003 2 002"
KADIS = "19700101 200003 1 001"
SITI = "19900115 202421 2 002"


def test_agreed_idp_with_jp_totals_and_signers(idps, tmp_path):
    path = tmp_path / "idp.pdf"
    pages = build_idp(path, idps["idp_budi"])
    reader, texts = read(path)
    text = " ".join(texts)
    assert pages == len(reader.pages) == 2
    assert reader.metadata.title == "Rencana Pengembangan Kompetensi Pegawai 2026 – Budi Santoso"
    assert reader.metadata.author == "Dinas Uji Coba" and BUDI in reader.metadata.subject
    assert "RENCANA PENGEMBANGAN KOMPETENSI PEGAWAI" in texts[0]
    assert "(INDIVIDUAL DEVELOPMENT PLAN)" in texts[0] and "TAHUN 2026" in texts[0]
    assert "PERIODE: 1 JANUARI – 31 DESEMBER 2026" in texts[0]
    assert BUDI in texts[0] and KABID in texts[0] and "19860926201505" not in text
    assert "Disepakati pada" in text and "Tidak wajib" in text
    assert "26,5 JP terlaksana dari paling sedikit 20 JP (terpenuhi)" in text
    assert "direncanakan dalam IDP 30 JP" in text
    assert "Belum memakai modul usulan <layanan> & arsip" in text  # escaped, as typed
    # B. the plan: 24 + 6 JP, the cancelled workshop shown but not counted
    assert "Bimtek SIASN & Arsip Digital" in text and "2 – 4 Maret 2026" in text
    assert "28 September – 30 Oktober 2026" in text
    assert "Workshop Arsip Dinamis" in text and "Dibatalkan" in text
    assert "JUMLAH RENCANA (tanpa kegiatan yang dibatalkan) 30 Rp 3.500.000" in text
    # C. what was done, planned or not, with the year's JP
    assert "12/BKN/III/2026 Rencana no. 1" in text
    assert "Seminar Pelayanan Publik" in text and "2,5" in text and "Di luar IDP" in text
    assert "JUMLAH JP TERLAKSANA TAHUN 2026 26,5 Rp 3.400.000" in text
    assert "D. RIWAYAT" in text and "Dibuat (Draf)" in text and "Diajukan" in text
    last = texts[-1]
    assert "Budi Santoso" in last and "Kabid Pelayanan" in last
    assert f"NIP. {BUDI}" in last and f"NIP. {KABID}" in last
    assert last.count("Sukamaju, ") == 2 and "...................." not in last
    assert "Pegawai" in last and "Pejabat Penilai Kinerja" in last
    assert "Halaman 1 dari 2" in texts[0] and "Halaman 2 dari 2" in last
    assert "DRAF" not in text
    assert_valid(path)


def test_agreed_idp_keeps_the_people_of_the_snapshot(idps, tmp_path):
    employees.save_employee(
        EmployeeInput(
            NIP_KABID, "Kabid Baru", "IV/a", idps["top"], supervisor_id=idps["kadis"],
            appraiser_id=idps["kadis"], position_name="Sekretaris", position_type="ADMINISTRATOR",
            echelon="32",
        ),
        idps["kabid"],
    )  # fmt: skip
    build_idp(tmp_path / "budi.pdf", idps["idp_budi"])
    assert "Kabid Pelayanan" in read(tmp_path / "budi.pdf")[1][-1]  # agreed: the snapshot
    build_idp(tmp_path / "kabid.pdf", idps["idp_kabid"])
    assert "Kabid Baru" in read(tmp_path / "kabid.pdf")[1][0]  # a draft: as today


def test_required_draft_idp_is_marked_and_undated(idps, tmp_path):
    path = tmp_path / "kabid.pdf"
    build_idp(path, idps["idp_kabid"])
    _, texts = read(path)
    text = " ".join(texts)
    assert "DRAF – belum final" in texts[0] and "STATUS IDP Draf" in text
    assert "IDP wajib disusun. Predikat Kurang/Misconduct pada Tahunan 2026." in text
    assert "Tindak lanjut yang disarankan: Mentoring oleh atasan langsung." in text
    assert "0 JP terlaksana dari paling sedikit 20 JP (kurang 20 JP)" in text
    assert "Perilaku kerja Berorientasi Pelayanan" in text  # proposed from the evaluation
    assert "Belum ada kegiatan yang terlaksana." in text
    assert KABID in text and KADIS in text and "dr. Kadis Sehat, M.Kes." in text
    assert texts[-1].count("Sukamaju, ....................") == 2
    assert_valid(path)


def test_idp_by_employee_and_year(idps, tmp_path):
    assert build_idp_for(tmp_path / "a.pdf", idps["budi"], YEAR) == 2
    with pytest.raises(NotFoundError):
        build_idp_for(tmp_path / "b.pdf", idps["siti"], YEAR)
    assert not (tmp_path / "b.pdf").exists()


def test_a_supervisor_prints_the_idp_of_whom_they_appraise_only(idps, tmp_path):
    auth.create_user("kabid", "Rahasia-Kantor-2026", "supervisor", idps["kabid"])
    auth.create_user("siti", "Rahasia-Kantor-2026", "supervisor", idps["siti"])
    session.sign_in_as(auth.authenticate("kabid", "Rahasia-Kantor-2026"))
    assert build_idp(tmp_path / "budi.pdf", idps["idp_budi"]) == 2
    session.sign_in_as(auth.authenticate("siti", "Rahasia-Kantor-2026"))
    with pytest.raises(AccessDenied):
        build_idp(tmp_path / "other.pdf", idps["idp_budi"])
    assert not (tmp_path / "other.pdf").exists()


# --- recaps ------------------------------------------------------------------------------------


def test_distribution_recap_per_unit_with_findings(idps, tmp_path):
    path = tmp_path / "distribusi.pdf"
    assert build_recap(path, "distribution", ANNUAL) == 1
    reader, texts = read(path)
    text = texts[0]
    assert reader.metadata.title == "Rekapitulasi Distribusi Predikat Kinerja Pegawai 2026"
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    assert "REKAPITULASI DISTRIBUSI PREDIKAT KINERJA PEGAWAI" in text
    assert "PERIODE: TAHUNAN 2026" in text and "Keadaan data: " in text
    for head in ("SANGAT BAIK", "BUTUH PERBAIKAN", "SANGAT KURANG", "CAPAIAN KINERJA"):
        assert head in text
    # Dinas Kesehatan with its Sekretariat: 5 active, 3 with a predikat (SB, B, K)
    assert "1 Dinas Kesehatan 5 3 1 (33,3%) 1 (33,3%) 0 1 (33,3%) 0 Baik" in text
    assert "2 Sekretariat 3 2 1 (50%) 1 (50%) 0 0 0 Baik" in text
    summary = evaluations.distribution(
        unit_service.descendants(idps["sub"]), ANNUAL, org_predikat="BAIK"
    )
    assert summary.findings
    for finding in summary.findings:
        assert f"• {finding_words(finding)}" in text
    assert "Butuh Perbaikan dan/atau Kurang/Misconduct: tidak ada" in text
    assert "Halaman 1 dari 1" in text
    assert_valid(path)


def test_distribution_recap_of_a_quarter_without_organisation_predikat(idps, tmp_path):
    path = tmp_path / "q1.pdf"
    build_recap(path, "distribution", "2026-q1", unit="sekret")
    reader, texts = read(path)
    assert reader.metadata.title.endswith("2026-Q1 – Sekretariat")
    assert "PERIODE: TRIWULAN I 2026" in texts[0] and "Dinas Kesehatan" not in texts[0]
    assert "Unit kerja: Sekretariat beserta sub-unitnya" in texts[0]
    assert "Capaian kinerja organisasi belum ditetapkan." in texts[0]


def test_progress_recap_counts_each_status_with_a_total(idps, tmp_path):
    path = tmp_path / "skp.pdf"
    build_recap(path, "progress", "2026-Q3")  # a year's recap: the year of the key
    reader, texts = read(path)
    text = texts[0]
    assert reader.metadata.title == "Rekapitulasi Penyusunan Sasaran Kinerja Pegawai 2026"
    assert "BELUM ADA SKP DRAF DIKEMBALIKAN DIAJUKAN DISETUJUI" in text
    assert "TERLAMBAT DIKECUALIKAN" in text  # issue 20: late and exempt per unit
    assert "1 Dinas Kesehatan 2 0 0 0 0 2 100% 0 0" in text
    assert "2 Sekretariat 3 0 1 0 0 2 66,7% 0 0" in text
    assert "JUMLAH 5 0 1 0 0 4 80% 0 0" in text
    assert_valid(path)


def test_jp_recap_per_unit_and_who_is_under_20_jp(idps, tmp_path):
    path = tmp_path / "jp.pdf"
    build_recap(path, "jp", ANNUAL)
    reader, texts = read(path)
    text = " ".join(texts)
    assert reader.metadata.title == "Rekapitulasi Pengembangan Kompetensi Pegawai 2026"
    assert "2 Sekretariat 3 2 1 1 0 0 30 26,5 Rp 3.500.000 Rp 3.400.000" in text
    assert "JUMLAH 5 4 2 1 1 1 30 26,5 Rp 3.500.000 Rp 3.400.000" in text
    assert "PEGAWAI DENGAN JP KURANG DARI 20 JP TAHUN 2026" in text
    for nip in (KADIS, KABID, SITI):
        assert nip in text
    assert BUDI not in text  # 26,5 JP
    assert f"{KABID} Kabid Pelayanan Dinas Kesehatan 0 20 0 Draf" in text
    assert f"Halaman 1 dari {len(texts)}" in texts[0]
    assert_valid(path)


def test_recaps_reprint_byte_identical_and_long_ones_repeat_headers(idps, tmp_path):
    for kind in RECAPS:
        first, second = io.BytesIO(), io.BytesIO()
        build_recap(first, kind, ANNUAL)
        build_recap(second, kind, ANNUAL)
        assert first.getvalue() == second.getvalue(), kind
        assert b"/CreationDate (D:2000" not in first.getvalue()
    first, second = io.BytesIO(), io.BytesIO()
    build_idp(first, idps["idp_budi"])
    build_idp(second, idps["idp_budi"])
    assert first.getvalue() == second.getvalue()


def test_recaps_refuse_bad_input(idps, tmp_path):
    with pytest.raises(InputError, match="Recap 'x' is not known"):
        build_recap(tmp_path / "x.pdf", "x", ANNUAL)
    with pytest.raises(InputError, match="has not been opened"):
        build_recap(tmp_path / "x.pdf", "progress", "2031")
    with pytest.raises(InputError, match="has not been opened"):
        build_recap(tmp_path / "x.pdf", "jp", "2031")
    with pytest.raises(InputError, match="No unit with code NOPE"):
        build_recap(tmp_path / "x.pdf", "jp", ANNUAL, unit="NOPE")
    assert list(tmp_path.glob("*.pdf*")) == []


def test_a_supervisor_recap_counts_whom_they_see(idps, tmp_path):
    auth.create_user("kabid", "Rahasia-Kantor-2026", "supervisor", idps["kabid"])
    session.sign_in_as(auth.authenticate("kabid", "Rahasia-Kantor-2026"))
    build_recap(tmp_path / "skp.pdf", "progress", ANNUAL)
    text = read(tmp_path / "skp.pdf")[1][0]
    assert "JUMLAH 5 " not in text and "JUMLAH" in text


# --- the signatures stay with the end of the form ----------------------------------------------


def _last_page_holds_more_than_signatures(path) -> bool:  # type: ignore[no-untyped-def]
    reader = pypdf.PdfReader(str(path))
    last = " ".join(reader.pages[-1].extract_text().split())
    return "PERILAKU KERJA" in last or "LAMPIRAN" in last


@pytest.mark.parametrize("key", ["eval_budi_q1", "eval_siti", "eval_kabid", "eval_budi"])
def test_evaluation_signatures_share_the_page_with_the_predikat(idps, tmp_path, key):
    path = tmp_path / f"{key}.pdf"
    build_evaluation(path, idps[key])
    _, texts = read(path)
    last = texts[-1]
    assert "Pejabat Penilai Kinerja" in last and "PREDIKAT KINERJA PEGAWAI" in last
    assert "RATING PERILAKU KERJA" in last and "Kolaboratif" in last  # the last value too
    assert "PERILAKU KERJA NO PERILAKU KERJA" in last  # its header repeated above it
    predikat = evaluations.get_evaluation(idps[key]).predikat
    assert Predikat(predikat).label in last


def test_skp_signatures_share_the_page_with_the_last_value(idps, tmp_path):
    for key in ("plan_budi", "plan_kadis", "plan_siti"):
        path = tmp_path / f"{key}.pdf"
        build_skp(path, idps[key])
        _, texts = read(path)
        signed = [n for n, t in enumerate(texts) if "Pejabat Penilai Kinerja" in t]
        assert signed and all("NO PERILAKU KERJA" in texts[n] or "LAMPIRAN" in texts[n]
                              for n in signed)  # fmt: skip
        assert _last_page_holds_more_than_signatures(path)
