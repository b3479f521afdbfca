"""The evaluation exports in Excel: the monitoring list of a period with its summary, and the
SIASN reconciliation of the year's final annual results with the employees not final yet;
NIPs as text, codes and labels, visibility, cancelling and failing without leaving a file."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from desktop_app.errors import InputError, ServiceError
from desktop_app.services import auth, periods
from desktop_app.services import office as office_service
from desktop_app.services import session as session_service
from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation import exports as evaluation_io
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.session import AccessDenied, Role, Session
from desktop_app.services.skp.plans import IndicatorInput
from desktop_app.services.xlsx import ExportCancelled, indonesian_date
from tests.builders import USULAN, approved_skp

PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026
ANNUAL = str(YEAR)
A, S, B = "DI_ATAS", "SESUAI", "DI_BAWAH"
KADIS_NIP = "197001012000031001"
KABID_NIP = "197102022000032002"


def _nip(i: int) -> str:
    return f"19{80 + i:02d}0101201001{1 + i % 2}{i + 1:03d}"


def _approved_skp(employee_id: int) -> None:
    approved_skp(
        employee_id,
        YEAR,
        indicators=(USULAN, IndicatorInput("WAKTU", "Lama proses", "3", "hari")),
        expectations={1: "Menjawab surat dalam 2 hari"},
    )


def _rate(employee_id: int, hasil, perilaku, *, realise=True, final=False) -> int:
    evaluation_id = evaluations.open_evaluation(employee_id, ANNUAL)
    data = evaluations.get_evaluation(evaluation_id).data
    if realise:
        for n, item in enumerate(data.realisations):
            item.realisasi = f"{100 + n} usulan"
    data.rating_hasil, data.rating_perilaku = hasil, perilaku
    evaluations.save_evaluation(evaluation_id, data)
    if final:
        evaluations.finalize(evaluation_id)
    return evaluation_id


@pytest.fixture
def office_year(db_path, database_templates):
    """The office of `_office_year`, built once per test run and copied for each test."""
    return database_templates.open_copy(db_path, "evaluation-io-office-year", _office_year)


def _office_year() -> dict:
    """Dinas Kesehatan: Kadis (IV/c, Kepala Dinas) appraises Kabid and Lain; Kabid (IV/a,
    Kepala Bidang) appraises ten staff. Puskesmas: one employee without SKP. Annual
    evaluations of 2026: Kabid S/S final; staff 0 A/A final, 1 S/B final, 2 B/S final,
    3 rated draft, 4 not rated, 5 nothing realised; staff 6-9 none; Lain and Kadis no SKP."""
    office_service.init_office("TST01", "Dinas Uji Coba")  # as the `office` fixture makes it
    dinkes = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    pusk = unit_service.save_unit(unit_service.UnitInput("PKM01", "Puskesmas Kota", "PUSKESMAS"))
    kadis = employees.save_employee(
        EmployeeInput(
            KADIS_NIP,
            "Kadis",
            "IV/c",
            dinkes,
            front_title="dr.",
            position_name="Kepala Dinas Kesehatan",
            position_type="JPT",
            echelon="II.a",
        )
    )
    kabid = employees.save_employee(
        EmployeeInput(
            KABID_NIP,
            "Kabid",
            "IV/a",
            dinkes,
            back_title="S.KM.",
            position_name="Kepala Bidang Pelayanan Kesehatan",
            position_type="ADMINISTRATOR",
            echelon="III.b",
            supervisor_id=kadis,
            appraiser_id=kadis,
        )
    )
    other = employees.save_employee(
        EmployeeInput(
            "198501012010011003", "Lain", "III/c", dinkes, supervisor_id=kadis, appraiser_id=kadis
        )
    )
    ten = [
        employees.save_employee(
            EmployeeInput(
                _nip(i), f"Staf {i:02d}", "III/a", dinkes, supervisor_id=kabid, appraiser_id=kabid
            )
        )
        for i in range(10)
    ]
    nurse = employees.save_employee(EmployeeInput("199001012015032004", "Perawat", "III/b", pusk))
    periods.open_period(YEAR)
    for employee_id in [kabid, *ten]:
        _approved_skp(employee_id)
    _rate(kabid, S, S, final=True)
    _rate(ten[0], A, A, final=True)
    _rate(ten[1], S, B, final=True)
    _rate(ten[2], B, S, final=True)
    _rate(ten[3], A, S)
    _rate(ten[4], A, None)
    _rate(ten[5], None, None, realise=False)
    # after finalising Kabid: Kadis is promoted and moves; the export keeps who assessed then
    employees.save_employee(
        EmployeeInput(
            KADIS_NIP,
            "Kadis",
            "IV/d",
            dinkes,
            front_title="dr.",
            position_name="Sekretaris Daerah",
            position_type="JPT",
            echelon="II.a",
        ),
        kadis,
    )
    auth.create_user("admin", PASSWORD, "admin")
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    return {
        "dinkes": dinkes,
        "pusk": pusk,
        "kadis": kadis,
        "kabid": kabid,
        "other": other,
        "ten": ten,
        "nurse": nurse,
    }


def _rows(path, sheet):
    return list(load_workbook(path)[sheet].iter_rows(values_only=True))


# --- SIASN -----------------------------------------------------------------------------------


def test_siasn_rows_in_the_siasn_layout_with_codes_and_labels(office_year, tmp_path):
    from desktop_app.models import Employee

    Employee.update(pns_id="A5EB03E23D0CF6A0E040640A040252AD").where(
        Employee.id == office_year["kabid"]
    ).execute()  # the PNS ID, not the NIP, names the employee (issue 25); others have none
    path = tmp_path / "siasn_2026.xlsx"
    assert evaluation_io.export_siasn(path, YEAR) == 4
    book = load_workbook(path)
    assert book.sheetnames == ["Rekonsiliasi SKP", "Belum final", "Keterangan"]
    sheet = book["Rekonsiliasi SKP"]
    lines = list(sheet.iter_rows(values_only=True))
    assert lines[0] == (
        "PNS_DINILAI_ID", "UNOR_ID", "TAHUN", "HASIL_KERJA", "PERILAKU_KERJA",
        "PEGAWAI_ATASAN_UNOR_NAMA", "PENILAI_JABATAN_NM", "PENILAI_GOLONGAN_ID", "PENILAI_NAMA",
        "NIP_NIK_PENILAI", "STATUS_PENILAIAN(ASN/NON_ASN)", "KUADRAN",
        "NAMA_PNS_DINILAI", "UNOR_NAMA", "HASIL_KERJA_NAMA", "PERILAKU_KERJA_NAMA",
        "KUADRAN_NAMA", "PENILAI_GOLONGAN_NAMA", "BULAN_MULAI_PENILAIAN",
        "BULAN_SELESAI_PENILAIAN", "NIP_PNS_DINILAI",
    )  # fmt: skip
    kabid_penilai = (
        "Dinas Kesehatan",
        "Kepala Bidang Pelayanan Kesehatan",
        "41",
        "Kabid, S.KM.",
        KABID_NIP,
        "ASN",
    )
    # checked by hand: Kabid S/S -> Baik (2); Staf 00 A/A -> Sangat Baik (1); Staf 01
    # Sesuai/Di Bawah -> Kurang/Misconduct (4, not max(2, 3)); Staf 02 Di Bawah/Sesuai ->
    # Butuh Perbaikan (3); in name order
    assert lines[1:] == [
        (
            "A5EB03E23D0CF6A0E040640A040252AD", "DINKES", 2026, 2, 2,
            "Dinas Kesehatan", "Kepala Dinas Kesehatan", "43", "dr. Kadis", KADIS_NIP, "ASN", 2,
            "Kabid, S.KM.", "Dinas Kesehatan", "Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik",
            "Pembina Utama Muda (IV/c)", 1, 12, KABID_NIP,
        ),
        (
            None, "DINKES", 2026, 1, 1, *kabid_penilai, 1,
            "Staf 00", "Dinas Kesehatan", "Di Atas Ekspektasi", "Di Atas Ekspektasi",
            "Sangat Baik", "Pembina (IV/a)", 1, 12, "198001012010011001",
        ),
        (
            None, "DINKES", 2026, 2, 3, *kabid_penilai, 4,
            "Staf 01", "Dinas Kesehatan", "Sesuai Ekspektasi", "Di Bawah Ekspektasi",
            "Kurang/Misconduct", "Pembina (IV/a)", 1, 12, "198101012010012002",
        ),
        (
            None, "DINKES", 2026, 3, 2, *kabid_penilai, 3,
            "Staf 02", "Dinas Kesehatan", "Di Bawah Ekspektasi", "Sesuai Ekspektasi",
            "Butuh Perbaikan", "Pembina (IV/a)", 1, 12, "198201012010011003",
        ),
    ]  # fmt: skip
    for cell in ("A2", "B2", "H2", "J2", "U2"):  # PNS ID, unit, golongan, NIPs stay text
        assert sheet[cell].data_type == "s" and sheet[cell].number_format == "@"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:U5"
    notes = [v for line in _rows(path, "Keterangan") for v in line if v is not None]
    assert "3 pegawai (kolom PNS_DINILAI_ID kosong)" in notes  # never the NIP instead


def test_siasn_lists_everyone_not_final_with_the_reason(office_year, tmp_path):
    path = tmp_path / "siasn.xlsx"
    evaluation_io.export_siasn(path, YEAR)
    lines = _rows(path, "Belum final")
    assert lines[0] == (
        "No", "NIP", "Nama", "Unit Kerja", "Pejabat Penilai", "Status Evaluasi Tahunan", "Alasan"
    )  # fmt: skip
    by_name = {line[2]: line for line in lines[1:]}
    # Kadis, Lain, Staf 03..09 (Dinas Kesehatan) and Perawat (Puskesmas): 10, none final
    assert sorted(by_name) == sorted(
        ["dr. Kadis", "Lain", "Perawat", *(f"Staf {i:02d}" for i in range(3, 10))]
    )
    assert [line[0] for line in lines[1:]] == list(range(1, 11))
    assert by_name["Staf 03"][1:] == (
        "19830101 201001 2 004",
        "Staf 03",
        "Dinas Kesehatan",
        "Kabid",
        "Sudah dinilai",
        "Evaluasi tahunan sudah dinilai tetapi belum difinalkan",
    )
    assert by_name["Staf 04"][5:] == (
        "Belum dinilai",
        "Evaluasi tahunan masih draf: rating hasil kerja atau perilaku kerja belum diisi",
    )
    assert by_name["Staf 05"][5:] == (
        "Realisasi belum lengkap",
        "Evaluasi tahunan masih draf: realisasi baru 0 dari 2 IKI",
    )
    assert by_name["Staf 06"][5:] == ("Belum dimulai", "Evaluasi tahunan belum dibuat")
    assert by_name["Lain"][5:] == (
        "Belum ada SKP yang disetujui",
        "Belum ada SKP tahun 2026 yang disetujui",
    )
    assert by_name["Perawat"][3:5] == ("Puskesmas Kota", None)
    cell = load_workbook(path)["Belum final"]["B2"]
    assert cell.data_type == "s"

    notes = _rows(path, "Keterangan")
    flat = [v for line in notes for v in line if v is not None]
    assert "Dinas Uji Coba (TST01)" in flat
    assert indonesian_date(dt.date.today()) in flat
    assert "4 evaluasi tahunan final" in flat and "10 pegawai belum final" in flat
    assert ("KUADRAN", 4, "Kurang/Misconduct") in notes


def test_siasn_keeps_results_of_people_who_left_and_drops_reopened_ones(office_year, tmp_path):
    ten = office_year["ten"]
    employees.set_active(ten[0], False, "Pensiun")  # finalised, then retired
    evaluations.reopen(evaluations.evaluation_id_for(ten[1], ANNUAL), "Salah rating")
    path = tmp_path / "siasn.xlsx"
    assert evaluation_io.export_siasn(path, YEAR) == 3
    names = [line[12] for line in _rows(path, "Rekonsiliasi SKP")[1:]]
    assert names == ["Kabid, S.KM.", "Staf 00", "Staf 02"]
    not_final = {line[2]: line[6] for line in _rows(path, "Belum final")[1:]}
    assert not_final["Staf 01"] == "Evaluasi tahunan sudah dinilai tetapi belum difinalkan"
    assert "Staf 00" not in not_final  # inactive: not monitored, but its result is exported


def test_siasn_of_one_unit_and_of_a_supervisor(office_year, tmp_path):
    path = tmp_path / "pkm.xlsx"
    assert evaluation_io.export_siasn(path, YEAR, [office_year["pusk"]]) == 0
    assert len(_rows(path, "Rekonsiliasi SKP")) == 1  # the header alone
    assert [line[2] for line in _rows(path, "Belum final")[1:]] == ["Perawat"]

    session_service.sign_in_as(auth.authenticate("kabid", PASSWORD))
    path = tmp_path / "bidang.xlsx"
    assert evaluation_io.export_siasn(path, YEAR) == 4  # own result and those they appraise
    not_final = {line[2] for line in _rows(path, "Belum final")[1:]}
    assert not_final == {f"Staf {i:02d}" for i in range(3, 10)}

    session_service.sign_in_as(Session(99, "penilai", Role.SUPERVISOR, None))
    with pytest.raises(AccessDenied):
        evaluation_io.export_siasn(tmp_path / "x.xlsx", YEAR)
    assert not (tmp_path / "x.xlsx").exists()


def test_siasn_of_a_year_not_opened_is_refused(office_year, tmp_path):
    with pytest.raises(InputError, match="2031 has not been opened"):
        evaluation_io.export_siasn(tmp_path / "x.xlsx", 2031)
    assert not list(tmp_path.glob("x.xlsx*"))


# --- monitoring ------------------------------------------------------------------------------


def test_monitoring_rows_title_and_nip_as_text(office_year, tmp_path):
    path = tmp_path / "monitoring.xlsx"
    calls = []
    count = evaluation_io.export_monitoring(
        path, ANNUAL, progress=lambda done, total: calls.append((done, total))
    )
    assert count == 14  # every active employee of both units
    assert calls[0] == (0, 14) and calls[-1] == (14, 14)
    assert not (tmp_path / "monitoring.xlsx.part").exists()
    book = load_workbook(path)
    assert book.sheetnames == ["Monitoring Evaluasi", "Ringkasan"]
    sheet = book["Monitoring Evaluasi"]
    lines = list(sheet.iter_rows(values_only=True))
    assert lines[0][0] == "Dinas Uji Coba"
    assert lines[1][0] == "Monitoring Evaluasi Kinerja Pegawai Tahunan 2026"
    assert lines[2][0] == "Tanggal ekspor: " + indonesian_date(dt.date.today())
    assert lines[4] == (
        "No", "NIP", "Nama", "Unit Kerja", "Pejabat Penilai", "Status Evaluasi",
        "Realisasi Terisi", "Jumlah IKI", "Rating Hasil Kerja", "Rating Perilaku Kerja",
        "Predikat Kinerja", "Terlambat", "Dikecualikan",  # issue 20: late, exempt with why
    )  # fmt: skip
    body = {line[2]: line for line in lines[5:]}
    assert len(body) == 14
    # checked by hand against the fixture
    assert body["Staf 01"][1:11] == (
        "19810101 201001 2 002", "Staf 01", "Dinas Kesehatan", "Kabid", "Final", 2, 2,
        "Sesuai Ekspektasi", "Di Bawah Ekspektasi", "Kurang/Misconduct",
    )  # fmt: skip
    assert body["Staf 03"][5:11] == (
        "Sudah dinilai", 2, 2, "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Baik"
    )  # fmt: skip
    assert body["Staf 04"][5:11] == ("Belum dinilai", 2, 2, "Di Atas Ekspektasi", None, None)
    assert body["Staf 05"][5:11] == ("Realisasi belum lengkap", 0, 2, None, None, None)
    assert body["Staf 06"][5:11] == ("Belum dimulai", 0, 2, None, None, None)
    assert body["Lain"][5:11] == ("Belum ada SKP yang disetujui", None, None, None, None, None)
    assert body["Perawat"][1:5] == ("19900101 201503 2 004", "Perawat", "Puskesmas Kota", None)
    assert [line[0] for line in lines[5:]] == list(range(1, 15))
    assert sheet["B6"].data_type == "s" and sheet["B6"].number_format == "@"
    assert sheet.freeze_panes == "A6"
    assert sheet.auto_filter.ref == "A5:M19"


def test_monitoring_summary_counts_states_and_final_predikat_per_unit(office_year, tmp_path):
    path = tmp_path / "monitoring.xlsx"
    evaluation_io.export_monitoring(path, ANNUAL)
    lines = _rows(path, "Ringkasan")
    assert lines[0][0] == "Ringkasan Monitoring Evaluasi Kinerja Tahunan 2026"
    assert lines[3][0] == "Status evaluasi per unit kerja"
    assert lines[4] == (
        "Unit Kerja", "Belum ada SKP yang disetujui", "Belum dimulai", "Realisasi belum lengkap",
        "Belum dinilai", "Sudah dinilai", "Final", "Jumlah",
    )  # fmt: skip
    assert lines[5] == ("Dinas Kesehatan", 2, 4, 1, 1, 1, 4, 13)
    assert lines[6] == ("Puskesmas Kota", 1, 0, 0, 0, 0, 0, 1)
    assert lines[7] == ("Jumlah", 3, 4, 1, 1, 1, 4, 14)
    assert lines[9][0] == "Predikat kinerja per unit kerja (evaluasi final)"
    assert lines[10][:7] == (
        "Unit Kerja", "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct",
        "Sangat Kurang", "Jumlah",
    )  # fmt: skip
    # the rated draft of Staf 03 (Baik) is not counted: only final evaluations
    assert lines[11][:7] == ("Dinas Kesehatan", 1, 1, 1, 1, 0, 4)
    assert lines[12][:7] == ("Puskesmas Kota", 0, 0, 0, 0, 0, 0)
    assert lines[13][:7] == ("Jumlah", 1, 1, 1, 1, 0, 4)


def test_monitoring_of_a_quarter_and_of_one_unit(office_year, tmp_path):
    path = tmp_path / "q1.xlsx"
    assert evaluation_io.export_monitoring(path, "2026-q1", [office_year["pusk"]]) == 1
    lines = _rows(path, "Monitoring Evaluasi")
    assert lines[1][0] == "Monitoring Evaluasi Kinerja Pegawai Triwulan I 2026"
    assert [line[2] for line in lines[5:]] == ["Perawat"]
    with pytest.raises(InputError, match="not known"):
        evaluation_io.export_monitoring(tmp_path / "x.xlsx", "2026-Q5")


# --- files: cancel, failure, suffix ----------------------------------------------------------


@pytest.mark.parametrize("export", ["monitoring", "siasn"])
def test_a_cancelled_export_keeps_the_old_file(office_year, tmp_path, export):
    run = {
        "monitoring": lambda path, **kw: evaluation_io.export_monitoring(path, ANNUAL, **kw),
        "siasn": lambda path, **kw: evaluation_io.export_siasn(path, YEAR, **kw),
    }[export]
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "hasil.xlsx"
    path.write_bytes(b"old")

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:  # as run_task's progress after Cancel
        if done > 0:
            raise Stop

    with pytest.raises(Stop):
        run(path, progress=progress)
    assert path.read_bytes() == b"old"
    assert list(folder.iterdir()) == [path]

    with pytest.raises(ExportCancelled) as info:
        run(path, cancelled=lambda: True)
    assert isinstance(info.value, ServiceError) and "cancelled" in str(info.value)
    assert path.read_bytes() == b"old"

    answers = iter([False, True])  # cancelled while the workbook is written
    with pytest.raises(ExportCancelled):
        run(path, cancelled=lambda: next(answers))
    assert path.read_bytes() == b"old"
    assert list(folder.iterdir()) == [path]


def test_progress_reports_in_chunks_of_a_long_list(office_year, tmp_path, monkeypatch):
    monkeypatch.setattr("desktop_app.services.xlsx.CHUNK", 5)
    calls = []
    evaluation_io.export_siasn(
        tmp_path / "s.xlsx", YEAR, progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(0, 14), (5, 14), (10, 14), (14, 14)]


def test_missing_or_unwritable_folder_is_a_clear_service_error(office_year, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    missing = folder / "no" / "such" / "folder" / "hasil.xlsx"
    with pytest.raises(InputError) as info:
        evaluation_io.export_siasn(missing, YEAR)
    assert info.value.context == "xlsx" and str(missing) in str(info.value)
    assert "choose another folder" in str(info.value)
    not_a_folder = folder / "berkas.txt"
    not_a_folder.write_text("x")
    with pytest.raises(InputError) as info:
        evaluation_io.export_monitoring(not_a_folder / "hasil.xlsx", ANNUAL)
    assert isinstance(info.value, ServiceError) and not isinstance(info.value, OSError)
    assert info.value.__cause__ is not None and isinstance(info.value.__cause__, OSError)
    assert sorted(p.name for p in folder.iterdir()) == ["berkas.txt"]


def test_only_xlsx_files(office_year, tmp_path):
    with pytest.raises(InputError) as info:
        evaluation_io.export_monitoring(tmp_path / "hasil.csv", ANNUAL)
    assert info.value.context == "evaluation_io" and "hasil.csv" in str(info.value)
    with pytest.raises(InputError):
        evaluation_io.export_siasn(tmp_path / "hasil", YEAR)
    assert not list(tmp_path.glob("hasil*"))
