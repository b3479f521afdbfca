"""Archive appraisals (PP 46/2011, PP 30/2019) through the service: scores worked by hand,
number input the Indonesian way, who may write, closed and non-archive years, finalise and
re-open with history, and a failing save that leaves everything as it was."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.errors import InputError, NotFoundError
from desktop_app.models import AuditEntry, db
from desktop_app.models.legacy import LegacyActivity, LegacyAppraisal, LegacyStatusChange
from desktop_app.services import auth, periods, session
from desktop_app.services.archive import appraisals as legacy
from desktop_app.services.archive.appraisals import ActivityInput, LegacyInput
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.session import AccessDenied

PASSWORD = "Rahasia-Kantor-2026"
PP46_YEAR, PP30_YEAR, NOW = 2018, 2020, 2026
D = Decimal


@pytest.fixture
def staff(office):
    """Kadis (JPT, structural) appraises Kabid; Kabid appraises Budi and Sari (pelaksana);
    Lain is appraised by Kadis. 2018 is a PP 46 year, 2020 a PP 30 year, 2026 current."""
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kadis = employees.save_employee(
        EmployeeInput(
            "197001012000031001",
            "Kadis",
            "IV/c",
            unit,
            position_name="Kepala Dinas",
            position_type="JPT",
        )
    )
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002",
            "Kabid",
            "IV/a",
            unit,
            position_name="Kepala Bidang",
            position_type="ADMINISTRATOR",
            supervisor_id=kadis,
            appraiser_id=kadis,
        )
    )
    budi, sari = (
        employees.save_employee(
            EmployeeInput(
                nip,
                name,
                "III/b",
                unit,
                position_name="Pengadministrasi Umum",
                position_type="PELAKSANA",
                supervisor_id=kabid,
                appraiser_id=kabid,
            )
        )
        for nip, name in (("198609262015051001", "Budi"), ("198703152015052002", "Sari"))
    )
    lain = employees.save_employee(
        EmployeeInput(
            "198501012010011003", "Lain", "III/c", unit, supervisor_id=kadis, appraiser_id=kadis
        )
    )
    periods.open_period(PP46_YEAR, regime="PP_46_2011")
    periods.open_period(PP30_YEAR, regime="PP_30_2019")
    periods.open_period(NOW)
    auth.create_user("admin", PASSWORD, "admin")
    auth.create_user("staffhr", PASSWORD, "hr")
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    auth.create_user("lihat", PASSWORD, "viewer")
    return {"kadis": kadis, "kabid": kabid, "budi": budi, "sari": sari, "lain": lain}


def _as(username: str | None) -> None:
    session.sign_in_as(auth.authenticate(username, PASSWORD) if username else None)


def pp46_input() -> LegacyInput:
    """The PP 46 example worked by hand (domain.md §6.1):

    Kegiatan 1, laporan: kuantitas 8 of 10 -> 8/10 x 100 = 80; kualitas 90 of 100 -> 90;
      waktu 12 of 12 months: eff = 0 <= 24 -> (1.76 x 12 - 12) / 12 x 100 = 9.12 / 12 x 100
      = 76. Nilai capaian = (80 + 90 + 76) / 3 = 246 / 3 = 82.00.
    Kegiatan 2, with biaya: kuantitas 4 of 4 -> 100; kualitas 85 of 100 -> 85; waktu 10 of
      12: eff = 100 - 83.33 = 16.67 <= 24 -> (21.12 - 10) / 12 x 100 = 92.666.. -> 92.67;
      biaya Rp 800.000 of 1.000.000: eff = 20 <= 24 -> (1.76 - 0.8) x 100 = 96.
      Nilai capaian = (100 + 85 + 92.67 + 96) / 4 = 373.67 / 4 = 93.4175 -> 93.42.
    Mean = (82.00 + 93.42) / 2 = 87.71; tugas tambahan 2 tasks -> +1; kreativitas for the
      organisation -> +6. Nilai SKP = 87.71 + 7 = 94.71.
    Perilaku (pelaksana: 5 aspects) 90, 85, 80, 88, 82 -> 425 / 5 = 85.00.
    Prestasi kerja = 60% x 94.71 + 40% x 85.00 = 56.826 + 34 = 90.826 -> 90.83, which lies
      between the Baik band (76-90) and Sangat Baik (>= 91): banded on >= 91, so Baik.
    """
    return LegacyInput(
        [
            ActivityInput(
                "Menyusun laporan bulanan kepegawaian",
                kuantitas_target="10",
                kuantitas_real="8",
                output_unit="laporan",
                kualitas_target="100",
                kualitas_real="90",
                waktu_target="12",
                waktu_real="12",
                angka_kredit="0,5",
            ),
            ActivityInput(
                "Pengadaan alat tulis kantor",
                kuantitas_target="4",
                kuantitas_real="4",
                output_unit="paket",
                kualitas_target="100",
                kualitas_real="85",
                waktu_target="12",
                waktu_real="10",
                biaya_target="1.000.000",
                biaya_real="800.000",
            ),
        ],
        structural=False,
        perilaku={
            "orientasi_pelayanan": "90",
            "integritas": "85",
            "komitmen": "80",
            "disiplin": "88",
            "kerja_sama": "82",
        },
        tugas_tambahan=2,
        kreativitas="organisasi",
        notes="Arsip 2018 dari berkas kepegawaian",
    )


def pp30_input() -> LegacyInput:
    """The PP 30 example worked by hand (domain.md §6.2):

    Kegiatan 1: kuantitas 12 of 12 -> 100; kualitas 100 of 100 -> 100; waktu 12 of 12 -> 76.
      (100 + 100 + 76) / 3 = 92.00.
    Kegiatan 2: kuantitas 13 of 10 -> 130; kualitas 110 of 100 -> 110; waktu 9 of 12: eff =
      100 - 75 = 25 > 24 -> base (21.12 - 9) / 12 x 100 = 101 -> 76 - (101 - 100) = 75.
      (130 + 110 + 75) / 3 = 315 / 3 = 105.00.
    Nilai SKP = (92 + 105) / 2 = 98.50 (no tugas tambahan or kreativitas under PP 30).
    Perilaku 90, 92, 88, 95, 85 -> 450 / 5 = 90.00.
    Without peers (70/30): 0.7 x 98.5 + 0.3 x 90 = 68.95 + 27 = 95.95 -> Baik (90..120;
      Sangat Baik needs >= 110 and an innovation).
    With peers (60/40): 0.6 x 98.5 + 0.4 x 90 = 59.10 + 36 = 95.10 -> Baik.
    """
    return LegacyInput(
        [
            ActivityInput(
                "Verifikasi usulan kenaikan pangkat",
                kuantitas_target="12",
                kuantitas_real="12",
                output_unit="berkas",
                kualitas_target="100",
                kualitas_real="100",
                waktu_target="12",
                waktu_real="12",
            ),
            ActivityInput(
                "Pemutakhiran data pegawai",
                kuantitas_target="10",
                kuantitas_real="13",
                output_unit="dokumen",
                kualitas_target="100",
                kualitas_real="110",
                waktu_target="12",
                waktu_real="9",
            ),
        ],
        perilaku={
            "orientasi_pelayanan": "90",
            "integritas": "92",
            "komitmen": "88",
            "disiplin": "95",
            "kerja_sama": "85",
        },
    )


def test_pp46_appraisal_worked_by_hand(staff):
    _as("kabid")
    appraisal_id = legacy.open_appraisal(staff["budi"], PP46_YEAR)
    legacy.save_appraisal(appraisal_id, pp46_input())
    detail = legacy.get_appraisal(appraisal_id)
    assert detail.regime == "PP_46_2011" and detail.regime_label == "PP 46/2011"
    assert [a.nilai_capaian for a in detail.activities] == ["82.00", "93.42"]
    assert (detail.nilai_skp, detail.nilai_perilaku) == ("94.71", "85.00")
    assert (detail.nilai_prestasi, detail.sebutan) == ("90.83", "Baik")
    assert (detail.skp_sebutan, detail.perilaku_sebutan) == ("Sangat Baik", "Baik")
    assert not detail.structural  # a pelaksana: no kepemimpinan
    # numbers are stored plainly, whatever the typing
    assert detail.activities[1].biaya_target == "1000000"
    assert detail.data.activities[1].biaya_target == "1.000.000"
    assert detail.activities[0].angka_kredit == "0.5" and detail.angka_kredit_total == "0.5"
    assert detail.data.activities[0].id == detail.activities[0].id
    rows = {r.name: r for r in legacy.list_appraisals(PP46_YEAR)}
    assert set(rows) == {"Kabid", "Budi", "Sari"}  # what a supervisor sees
    assert rows["Budi"].state == legacy.DRAFT
    assert (rows["Budi"].nilai, rows["Budi"].sebutan) == ("90.83", "Baik")
    assert rows["Sari"].state == legacy.NOT_STARTED and rows["Sari"].appraisal_id is None


def test_pp46_structural_position_scores_kepemimpinan(staff):
    _as("admin")
    appraisal_id = legacy.open_appraisal(staff["kabid"], PP46_YEAR)
    detail = legacy.get_appraisal(appraisal_id)
    assert detail.structural  # an administrator post today
    data = detail.data
    data.activities = pp46_input().activities
    data.perilaku = dict(pp46_input().perilaku)
    data.tugas_tambahan, data.kreativitas = 2, "organisasi"
    legacy.save_appraisal(appraisal_id, data)
    detail = legacy.get_appraisal(appraisal_id)
    assert detail.nilai_perilaku is None and detail.sebutan is None  # kepemimpinan missing
    with pytest.raises(InputError, match="score every perilaku aspect"):
        legacy.finalize(appraisal_id)
    # kepemimpinan 86: (425 + 86) / 6 = 85.1666.. -> 85.17;
    # prestasi = 0.6 x 94.71 + 0.4 x 85.17 = 56.826 + 34.068 = 90.894 -> 90.89 (Baik)
    data.perilaku["kepemimpinan"] = "86"
    legacy.save_appraisal(appraisal_id, data)
    detail = legacy.get_appraisal(appraisal_id)
    assert (detail.nilai_perilaku, detail.nilai_prestasi, detail.sebutan) == (
        "85.17",
        "90.89",
        "Baik",
    )
    # not structural: kepemimpinan is refused, not silently dropped
    data.structural = False
    with pytest.raises(InputError, match="only for a jabatan struktural"):
        legacy.save_appraisal(appraisal_id, data)


def test_pp30_appraisal_worked_by_hand(staff):
    _as("kabid")
    appraisal_id = legacy.open_appraisal(staff["budi"], PP30_YEAR)
    legacy.save_appraisal(appraisal_id, pp30_input())
    detail = legacy.get_appraisal(appraisal_id)
    assert [a.nilai_capaian for a in detail.activities] == ["92.00", "105.00"]
    assert (detail.nilai_skp, detail.nilai_perilaku) == ("98.50", "90.00")
    assert (detail.nilai_prestasi, detail.sebutan) == ("95.95", "Baik")
    assert detail.skp_sebutan is None  # PP 46 bands do not apply
    data = detail.data
    data.with_peers = True
    data.innovation = True  # still below 110: Baik
    legacy.save_appraisal(appraisal_id, data)
    detail = legacy.get_appraisal(appraisal_id)
    assert (detail.nilai_prestasi, detail.sebutan) == ("95.10", "Baik")
    # PP 46 points under PP 30 are refused with a clear message
    data.tugas_tambahan = 1
    with pytest.raises(InputError, match="belong to PP 46/2011"):
        legacy.save_appraisal(appraisal_id, data)


def test_pp30_sangat_baik_needs_innovation_and_scale_is_capped(staff):
    # kuantitas 12 of 10 -> 120, kualitas 130 of 100 -> 130, waktu 9.12 of 12 months (eff =
    # 24, first branch) -> (21.12 - 9.12) / 12 x 100 = 100: capaian 350 / 3 = 116.67;
    # perilaku all 100 -> 100; 0.7 x 116.67 + 0.3 x 100 = 81.669 + 30 = 111.669 -> 111.67:
    # in the 110..120 band, but Sangat Baik only with the innovation mark.
    row = ActivityInput("Kegiatan", "10", "12", "dokumen", "100", "130", "12", "9,12")
    perfect = {a: "100" for a in legacy.REQUIRED_ASPECTS}
    data = LegacyInput([row], perilaku=perfect)
    result = legacy.scores(legacy.PP30, data)
    assert (result.nilai_skp, result.nilai_prestasi, result.sebutan) == (
        D("116.67"),
        D("111.67"),
        "Baik",
    )
    data.innovation = True
    assert legacy.scores(legacy.PP30, data).sebutan == "Sangat Baik"
    row.kuantitas_real = "20"  # 200 -> capaian 143.33: above the 0..120 scale
    with pytest.raises(InputError, match="above 120"):
        legacy.scores(legacy.PP30, data)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("kuantitas_target", "sepuluh", "Kegiatan 2: the kuantitas target 'sepuluh' is not a"),
        ("waktu_target", "0", "Kegiatan 2: the waktu target (months) must be greater than 0"),
        ("kualitas_real", "-5", "Kegiatan 2: the kualitas realisasi must not be negative"),
        ("text", "  ", "Kegiatan 2: write what the activity was"),
    ],
)
def test_bad_numbers_name_the_row_and_field(staff, field, value, message):
    data = pp46_input()
    setattr(data.activities[1], field, value)
    with pytest.raises(InputError, match=re.escape(message)):
        legacy.scores(legacy.PP46, data)


def test_number_input_and_incomplete_rows():
    assert legacy.parse_number("12,5") == D("12.5")
    assert legacy.parse_number("1.500.000") == legacy.parse_number("1,500,000") == D(1500000)
    assert legacy.parse_number("1.500.000,75") == D("1500000.75")
    assert legacy.parse_number("800.000") == D(800000)  # Indonesian grouping
    assert legacy.parse_number("0.5") == legacy.parse_number("0,5") == D("0.5")
    assert legacy.parse_number("12.5") == D("12.5")
    assert legacy.parse_number("1,125") == D("1.125")  # the decimal comma
    for stored, shown in [
        ("1.125", "1,125"),
        ("1500000", "1.500.000"),
        ("-1500.75", "-1.500,75"),
        ("800", "800"),
        ("90.83", "90,83"),
        ("", ""),
    ]:
        assert legacy.display_number(stored) == shown
        if stored:  # shown the way it reads back
            assert legacy.parse_number(shown) == D(stored)
    assert legacy.parse_number("-3") == D(-3)
    assert legacy.parse_number(" ") is None
    for bad in ("12a", "1.2.3", "--1", "Infinity"):
        with pytest.raises(ValueError):
            legacy.parse_number(bad)
    data = pp46_input()
    data.activities[0].waktu_real = ""  # not realised yet: no capaian, no totals, no error
    data.activities.append(ActivityInput(""))  # a blank row is ignored
    result = legacy.scores(legacy.PP46, data)
    assert result.capaian == (None, D("93.42"), None)
    assert result.nilai_skp is None and result.sebutan is None
    assert result.nilai_perilaku == D("85.00")
    data.perilaku["integritas"] = "101"
    with pytest.raises(InputError, match="Perilaku integritas: 101 must be between 0 and 100"):
        legacy.scores(legacy.PP46, data)


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3))
def test_every_stored_number_reads_back_as_shown(value):
    stored = format(value.normalize(), "f")
    assert legacy.parse_number(legacy.display_number(stored)) == value


def test_finalise_locks_and_reopen_needs_a_reason_with_history(staff):
    _as("kabid")
    appraisal_id = legacy.open_appraisal(staff["budi"], PP46_YEAR)
    with pytest.raises(InputError, match="add at least one kegiatan"):
        legacy.finalize(appraisal_id)
    legacy.save_appraisal(appraisal_id, pp46_input())
    legacy.finalize(appraisal_id)
    detail = legacy.get_appraisal(appraisal_id)
    assert detail.status == legacy.FINAL and not detail.editable
    assert detail.snapshot["employee"]["name"] == "Budi"
    assert detail.snapshot["appraiser"]["name"] == "Kabid"
    with pytest.raises(InputError, match="final and locked"):
        legacy.save_appraisal(appraisal_id, pp46_input())
    with pytest.raises(InputError, match="Give the reason"):
        legacy.reopen(appraisal_id, "  ")
    legacy.reopen(appraisal_id, "Nilai kualitas salah ketik")
    detail = legacy.get_appraisal(appraisal_id)
    assert detail.status == legacy.DRAFT and detail.editable and detail.finalized_at is None
    steps = [(s.from_status, s.to_status, s.reason, s.actor) for s in detail.history]
    assert steps == [
        ("", "DRAFT", "", "kabid"),
        ("DRAFT", "FINAL", "", "kabid"),
        ("FINAL", "DRAFT", "Nilai kualitas salah ketik", "kabid"),
    ]
    with pytest.raises(InputError, match="Only a final appraisal"):
        legacy.reopen(appraisal_id, "lagi")
    entities = {e.entity for e in AuditEntry.select()}
    assert {"legacy_appraisal", "legacy_activity", "legacy_status_change"} <= entities
    with pytest.raises(InputError, match="already has an archive appraisal for 2018"):
        legacy.open_appraisal(staff["budi"], PP46_YEAR)


def test_activities_are_saved_whole_keeping_their_identity(staff):
    appraisal_id = legacy.open_appraisal(staff["budi"], PP46_YEAR)
    legacy.save_appraisal(appraisal_id, pp46_input())
    data = legacy.get_appraisal(appraisal_id).data
    first_uid = LegacyActivity.get_by_id(data.activities[0].id).uid
    removed = data.activities.pop(1)
    data.activities[0].kualitas_real = "95"
    legacy.save_appraisal(appraisal_id, data)
    detail = legacy.get_appraisal(appraisal_id)
    assert [a.id for a in detail.activities] == [data.activities[0].id]
    assert LegacyActivity.get_by_id(detail.activities[0].id).uid == first_uid
    assert LegacyActivity.get_by_id(removed.id).deleted  # a tombstone that syncs
    # (80 + 95 + 76) / 3 = 83.67; SKP = 83.67 + 1 + 6 = 90.67; prestasi
    # 0.6 x 90.67 + 0.4 x 85 = 54.402 + 34 = 88.402 -> 88.40 (Baik)
    assert (detail.activities[0].nilai_capaian, detail.nilai_skp) == ("83.67", "90.67")
    assert (detail.nilai_prestasi, detail.sebutan) == ("88.40", "Baik")
    data.activities[0].id = removed.id  # a row of elsewhere (or deleted) is refused
    with pytest.raises(InputError, match="not part of this appraisal"):
        legacy.save_appraisal(appraisal_id, data)


def test_who_may_read_and_write(staff):
    _as("admin")
    other_id = legacy.open_appraisal(staff["lain"], PP46_YEAR)
    _as("staffhr")  # HR keeps the register but does not appraise
    with pytest.raises(AccessDenied):
        legacy.open_appraisal(staff["budi"], PP46_YEAR)
    assert legacy.get_appraisal(other_id).employee_name == "Lain"  # HR reads everything
    _as("kabid")  # Lain is Kadis's to appraise
    with pytest.raises(AccessDenied):
        legacy.get_appraisal(other_id)
    with pytest.raises(AccessDenied):
        legacy.save_appraisal(other_id, pp46_input())
    with pytest.raises(AccessDenied):
        legacy.open_appraisal(staff["lain"], PP46_YEAR)
    assert "Lain" not in {r.name for r in legacy.list_appraisals(PP46_YEAR)}
    _as("lihat")
    assert legacy.get_appraisal(other_id).status == legacy.DRAFT
    with pytest.raises(AccessDenied):
        legacy.finalize(other_id)


def test_current_regime_unknown_and_closed_years_are_refused(staff):
    with pytest.raises(InputError, match="2026 is appraised under PermenPANRB 6/2022"):
        legacy.open_appraisal(staff["budi"], NOW)
    with pytest.raises(InputError, match="not an archive regime"):
        legacy.list_appraisals(NOW)
    with pytest.raises(InputError, match="has not been opened"):
        legacy.open_appraisal(staff["budi"], 2015)
    appraisal_id = legacy.open_appraisal(staff["budi"], PP46_YEAR)
    legacy.save_appraisal(appraisal_id, pp46_input())
    legacy.finalize(appraisal_id)
    periods.set_closed(PP46_YEAR, True)
    for attempt in (
        lambda: legacy.open_appraisal(staff["sari"], PP46_YEAR),
        lambda: legacy.reopen(appraisal_id, "koreksi"),
        lambda: legacy.save_appraisal(appraisal_id, pp46_input()),
        lambda: legacy.finalize(appraisal_id),
    ):
        with pytest.raises(InputError, match="2018 is closed"):
            attempt()
    detail = legacy.get_appraisal(appraisal_id)  # still readable
    assert detail.period_closed and not detail.editable
    assert len(legacy.list_appraisals(PP46_YEAR)) == 5  # everyone, read-only


def test_inactive_employee_with_an_archive_appraisal_stays_listed(staff):
    appraisal_id = legacy.open_appraisal(staff["sari"], PP46_YEAR)
    employees.set_active(staff["sari"], False, "Pensiun")
    employees.set_active(staff["budi"], False, "Pindah")
    rows = {r.name: r for r in legacy.list_appraisals(PP46_YEAR)}
    assert rows["Sari"].appraisal_id == appraisal_id
    assert "Budi" not in rows  # inactive without an appraisal that year


def test_failing_save_changes_nothing(staff, monkeypatch):
    appraisal_id = legacy.open_appraisal(staff["budi"], PP46_YEAR)
    legacy.save_appraisal(appraisal_id, pp46_input())

    def state():
        return (
            list(LegacyAppraisal.select().dicts()),
            list(LegacyActivity.select().dicts()),
            LegacyStatusChange.select().count(),
            AuditEntry.select().count(),
            db.execute_sql("SELECT value FROM change_counter").fetchone(),
        )

    before = state()
    data = legacy.get_appraisal(appraisal_id).data
    data.notes = "perubahan yang tidak boleh tersimpan"
    data.activities[0].kualitas_real = "70"
    data.activities.append(ActivityInput("Kegiatan baru", "1", "1", "", "100", "100", "1", "1"))
    calls = []
    real_save = LegacyActivity.save

    def failing_save(self, *args, **kwargs):
        calls.append(self.text)
        if len(calls) == 2:
            raise OSError("disk full")
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(LegacyActivity, "save", failing_save)
    with pytest.raises(OSError):
        legacy.save_appraisal(appraisal_id, data)
    assert len(calls) == 2  # the appraisal and one row were written, then rolled back
    monkeypatch.undo()
    assert state() == before
    # a refused value stops the save before anything is written
    data.activities[1].waktu_real = "-1"
    with pytest.raises(InputError, match="Kegiatan 2"):
        legacy.save_appraisal(appraisal_id, data)
    assert state() == before


def test_stored_decimals_read_back_unchanged(staff):
    """A stored "85.125" must not come back as 85125 (Indonesian grouping) when the detail's
    data is saved again or finalised."""
    appraisal_id = legacy.open_appraisal(staff["budi"], PP46_YEAR)
    data = pp46_input()
    data.activities[0].kualitas_real = "85,125"  # 85.125 / 100 x 100 = 85.125 -> 85.13
    data.perilaku["komitmen"] = "80,125"
    legacy.save_appraisal(appraisal_id, data)
    first = legacy.get_appraisal(appraisal_id)
    assert first.activities[0].kualitas_real == "85.125"
    # (80 + 85.13 + 76) / 3 = 241.13 / 3 = 80.3766.. -> 80.38
    assert first.activities[0].nilai_capaian == "80.38"
    assert first.data.activities[0].kualitas_real == "85,125"
    legacy.save_appraisal(appraisal_id, first.data)
    legacy.finalize(appraisal_id)
    again = legacy.get_appraisal(appraisal_id)
    assert again.activities == first.activities
    assert (again.nilai_skp, again.nilai_perilaku) == (first.nilai_skp, first.nilai_perilaku)
    assert again.perilaku["komitmen"] == "80.125"


def test_missing_appraisal_and_stored_perilaku(staff):
    with pytest.raises(NotFoundError):
        legacy.get_appraisal(999)
    appraisal_id = legacy.open_appraisal(staff["budi"], PP46_YEAR)
    data = pp46_input()
    data.perilaku["integritas"] = "85,5"
    legacy.save_appraisal(appraisal_id, data)
    stored = json.loads(LegacyAppraisal.get_by_id(appraisal_id).perilaku)
    assert stored["integritas"] == "85.5"
    assert legacy.appraisal_id_for(staff["budi"], PP46_YEAR) == appraisal_id
    assert legacy.appraisal_id_for(staff["budi"], PP30_YEAR) is None


def test_every_archive_refusal_has_its_words():
    """Each code `scoring.archive` raises is worded in the "legacy" context, and a refusal
    becomes the InputError the screens always showed (field label nested, same params)."""
    import ast
    import string
    from pathlib import Path

    from desktop_app.scoring import archive
    from desktop_app.services.archive import scores

    tree = ast.parse(Path(archive.__file__).read_text(encoding="utf-8"))
    raised = {
        node.args[0].value: {k.arg for k in node.keywords}
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_error"
    }
    assert set(raised) == set(scores.MESSAGES)
    for code, names in raised.items():
        wanted = {f for _, f, _, _ in string.Formatter().parse(scores.MESSAGES[code]) if f}
        assert wanted == names, code
    error = scores.service_error(
        archive.ArchiveRefusal("activity.negative", row=2, field="kualitas_real")
    )
    assert (error.msgid, error.context) == (scores.MESSAGES["activity.negative"], "legacy")
    assert error.params["field"].msgid == "kualitas realisasi"
    assert str(error) == "Kegiatan 2: the kualitas realisasi must not be negative."
